import React, { useLayoutEffect } from 'react';
import { ensureAccessibleColours } from '../deck/accessibleColours';
import type { AdminTab } from '../deck/adminRoute';
import { ADMIN_TABS } from '../deck/adminRoute';
import { AdminTabs, panelId, tabId } from './AdminTabs';
import { ShareReviewTab } from './review/ShareReviewTab';
import { RoscoSetupTab } from './setup/RoscoSetupTab';

export default function AdminPage({ tab }: { tab: AdminTab }) {
  useLayoutEffect(ensureAccessibleColours, []);
  return (
    <div className="container bake-share-admin">
      <h2>Share with accounts</h2>
      <AdminTabs tab={tab} />
      <div className="tab-content">
        {ADMIN_TABS.map((name) => (
          <div
            key={name}
            id={panelId(name)}
            role="tabpanel"
            aria-labelledby={tabId(name)}
            className={name === tab ? 'tab-pane active' : 'tab-pane'}
            tabIndex={name === tab ? 0 : undefined}
            hidden={name !== tab}
          >
            {name === tab && (name === 'setup' ? <RoscoSetupTab /> : <ShareReviewTab />)}
          </div>
        ))}
      </div>
    </div>
  );
}
