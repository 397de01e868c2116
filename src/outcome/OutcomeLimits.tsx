import React from 'react';

interface OutcomeLimitsProps {
  notVisible: boolean;
  checking: boolean;
  checked: number;
  total: number;
  onCheckAgain(): void;
}

export function OutcomeLimits({ notVisible, checking, checked, total, onCheckAgain }: OutcomeLimitsProps) {
  return (
    <div className="bake-share-limits">
      {total > 0 ? (
        <p role="status">
          {checking
            ? `Checking: ${checked} of ${total} account views answered.`
            : `Checked ${checked} of ${total} account views.`}{' '}
          <button type="button" className="btn btn-default btn-sm" onClick={onCheckAgain} disabled={checking}>
            Check again
          </button>
        </p>
      ) : null}
      <ul className="text-muted">
        <li className={notVisible ? 'bake-share-limit-active' : undefined}>
          Clouddriver&apos;s image cache lags AWS by a few minutes: &quot;Not visible yet&quot; just after a bake often
          becomes &quot;Visible&quot; after its next caching cycle.
        </li>
        <li>
          Visible is not launchable for an encrypted AMI: each account also needs a grant on the KMS key of its
          snapshots.
        </li>
        <li>AWS hides a deprecated AMI from the accounts it is shared with, though the sharing stays.</li>
      </ul>
    </div>
  );
}
