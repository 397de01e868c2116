import React, { useEffect, useRef } from 'react';
import type { AdminTab } from '../deck/adminRoute';
import { ADMIN_TABS, adminUrl } from '../deck/adminRoute';

export const TAB_LABELS: Record<AdminTab, string> = { setup: 'Rosco setup', review: 'Share review' };

export const tabId = (tab: AdminTab): string => `bake-share-tab-${tab}`;
export const panelId = (tab: AdminTab): string => `bake-share-panel-${tab}`;

// Opening a tab changes the route's tab param, and UI-Router's UIView remounts the page for it (its key changes with
// the view config, @uirouter/react UIView), so the tab chosen from the keyboard is focused again once rebuilt.
let tabToFocus: AdminTab | undefined;

function tabAfter(tab: AdminTab, key: string): AdminTab | undefined {
  const index = ADMIN_TABS.indexOf(tab);
  const last = ADMIN_TABS.length - 1;
  if (key === 'ArrowRight') return ADMIN_TABS[index === last ? 0 : index + 1];
  if (key === 'ArrowLeft') return ADMIN_TABS[index === 0 ? last : index - 1];
  if (key === 'Home') return ADMIN_TABS[0];
  if (key === 'End') return ADMIN_TABS[last];
  return undefined;
}

export function AdminTabs({ tab }: { tab: AdminTab }) {
  const links = useRef<Partial<Record<AdminTab, HTMLAnchorElement | null>>>({});
  useEffect(() => {
    if (tabToFocus !== tab) return;
    tabToFocus = undefined;
    links.current[tab]?.focus();
  }, [tab]);

  const onKeyDown = (from: AdminTab, event: React.KeyboardEvent<HTMLAnchorElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const to = tabAfter(from, event.key);
    const link = to && links.current[to];
    if (!to || !link) return;
    event.preventDefault();
    link.focus();
    if (to === tab) return;
    tabToFocus = to;
    window.location.assign(link.href);
  };

  return (
    <ul className="nav nav-tabs" role="tablist">
      {ADMIN_TABS.map((name) => (
        <li key={name} role="presentation" className={name === tab ? 'active' : ''}>
          <a
            ref={(link) => (links.current[name] = link)}
            id={tabId(name)}
            href={adminUrl(name)}
            role="tab"
            aria-selected={name === tab}
            aria-controls={panelId(name)}
            tabIndex={name === tab ? 0 : -1}
            onKeyDown={(event) => onKeyDown(name, event)}
          >
            {TAB_LABELS[name]}
          </a>
        </li>
      ))}
    </ul>
  );
}
