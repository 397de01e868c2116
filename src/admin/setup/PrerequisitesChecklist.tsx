import React from 'react';
import type { CheckStatus, Prerequisite } from './prerequisites';

const STATUS_LOOK: Record<CheckStatus, { icon: string; className: string; label: string }> = {
  ok: { icon: 'glyphicon-ok-sign', className: 'text-success', label: 'Checked' },
  problem: { icon: 'glyphicon-exclamation-sign', className: 'text-danger', label: 'Needs attention' },
  unknown: { icon: 'glyphicon-question-sign', className: 'text-warning', label: 'Deck cannot check this' },
  info: { icon: 'glyphicon-info-sign', className: 'text-info', label: 'Good to know' },
};

export function PrerequisitesChecklist({ items }: { items: Prerequisite[] }) {
  return (
    <ul className="list-unstyled bake-share-prerequisites" aria-label="Prerequisites">
      {items.map((item) => {
        const look = STATUS_LOOK[item.status];
        return (
          <li key={item.title} className="sp-margin-m-bottom">
            <span className={`glyphicon ${look.icon} ${look.className}`} aria-hidden="true" />{' '}
            <strong>{item.title}</strong> <span className={`label label-default`}>{look.label}</span>
            <div className="help-block">{item.detail}</div>
          </li>
        );
      })}
    </ul>
  );
}
