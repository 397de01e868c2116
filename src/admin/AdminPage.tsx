import React from 'react';
import type { AdminTab } from '../deck/adminRoute';
import { adminUrl } from '../deck/adminRoute';
import { ShareReviewTab } from './review/ShareReviewTab';
import { RoscoSetupTab } from './setup/RoscoSetupTab';

const TAB_LABELS: Record<AdminTab, string> = { setup: 'Rosco setup', review: 'Share review' };

export default function AdminPage({ tab }: { tab: AdminTab }) {
  return (
    <div className="container bake-share-admin">
      <h2>Share with accounts</h2>
      <ul className="nav nav-tabs" role="tablist">
        {(Object.keys(TAB_LABELS) as AdminTab[]).map((name) => (
          <li key={name} role="presentation" className={name === tab ? 'active' : ''}>
            <a href={adminUrl(name)} role="tab" aria-selected={name === tab}>
              {TAB_LABELS[name]}
            </a>
          </li>
        ))}
      </ul>
      <div className="tab-content" role="tabpanel">
        {tab === 'setup' ? <RoscoSetupTab /> : <ShareReviewTab />}
      </div>
    </div>
  );
}
