import React from 'react';
import type { KnownAccount } from '../../deck/awsAccounts';
import type { Finding } from '../../share';
import { WHEN_ACCOUNT_RECEIVES } from './roscoDefaults';

interface DefaultAccountFieldProps {
  value: string;
  knownAccounts: KnownAccount[];
  // what is known about Spinnaker's account list while it cannot be offered
  accountsNotice?: string;
  findings: Finding[];
  onChange(value: string): void;
}

const OPTIONS_ID = 'bake-share-default-accounts';

export function DefaultAccountField({
  value,
  knownAccounts,
  accountsNotice,
  findings,
  onChange,
}: DefaultAccountFieldProps) {
  return (
    <div className="form-group">
      <label className="col-md-3 sm-label-right" htmlFor="bake-share-default-account">
        SPINNAKER_AWS_DEFAULT_ACCOUNT
      </label>
      <div className="col-md-7">
        <input
          id="bake-share-default-account"
          type="text"
          className="form-control input-sm"
          list={OPTIONS_ID}
          placeholder="12-digit account ID"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        <datalist id={OPTIONS_ID}>
          {knownAccounts
            .filter((account) => account.accountId)
            .map((account) => (
              <option key={account.name} value={account.accountId} label={account.name} />
            ))}
        </datalist>
        <p className="help-block">
          Rosco&apos;s multi templates put this account in every share slot a stage leaves unused, so it receives the
          AMI {WHEN_ACCOUNT_RECEIVES}.
        </p>
        {accountsNotice && (
          <p className="warning-message" role="status">
            {accountsNotice}
          </p>
        )}
        {findings.map((finding, index) => (
          <p key={index} className={finding.severity === 'error' ? 'error-message' : 'warning-message'}>
            {finding.message}
          </p>
        ))}
      </div>
    </div>
  );
}
