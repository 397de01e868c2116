import React, { Suspense } from 'react';
import type { AdminTab } from '../deck/adminRoute';

// The page is its own chunk: Deck only downloads it when someone opens #/bake-share.
const AdminPage = React.lazy(() => import('./AdminPage'));

export function AdminPageRoute({ tab }: { tab: AdminTab }) {
  return (
    <Suspense fallback={<div className="container">Loading bake-share…</div>}>
      <AdminPage tab={tab} />
    </Suspense>
  );
}
