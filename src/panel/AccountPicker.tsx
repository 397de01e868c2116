import React, { useState } from 'react';
import type { KnownAccount } from '../deck/awsAccounts';
import type { Finding } from '../share';
import { isSpel, parseAccountList } from '../share';
import { accountName, accountValueFor, addAccounts } from './accountChoices';
import { AccountSearch } from './AccountSearch';
import { FindingMessages } from './FindingMessages';
import { PasteAccountsBox } from './PasteAccountsBox';
import { SlotCounter } from './SlotCounter';
import { ValueList } from './ValueList';

export type AccountsStatus = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; reason: string };

interface AccountPickerProps {
  accounts: string[];
  knownAccounts: KnownAccount[];
  status: AccountsStatus;
  findings: Finding[];
  capacity?: number;
  onChange(accounts: string[]): void;
}

function accountLabel(value: string, known: KnownAccount[]): React.ReactNode {
  const name = accountName(value, known);
  if (name) {
    return (
      <>
        <strong>{name}</strong> <span className="text-muted">{value}</span>
      </>
    );
  }
  const note = isSpel(value) ? 'expression, resolved at run time' : 'not a Spinnaker account';
  return (
    <>
      <code>{value}</code> <span className="text-muted">({note})</span>
    </>
  );
}

function StatusNotice({ status }: { status: AccountsStatus }) {
  if (status.state === 'loading') {
    return <p className="help-block">Loading Spinnaker&apos;s AWS accounts… you can type account IDs meanwhile.</p>;
  }
  if (status.state === 'failed') {
    return (
      <p className="warning-message" role="status">
        {status.reason} Account names cannot be offered; type or paste 12-digit account IDs instead.
      </p>
    );
  }
  return null;
}

export function AccountPicker({ accounts, knownAccounts, status, findings, capacity, onChange }: AccountPickerProps) {
  const [alreadyChosen, setAlreadyChosen] = useState<string[]>([]);
  const add = (values: string[]) => {
    setAlreadyChosen(values.filter((value) => accounts.includes(value)));
    onChange(addAccounts(accounts, values));
  };
  const rows = accounts.map((value) => ({ value, label: accountLabel(value, knownAccounts) }));
  const listFindings = findings.filter((finding) => finding.value === undefined || !accounts.includes(finding.value));
  return (
    <div className="bake-share-accounts">
      <ValueList
        rows={rows}
        findings={findings}
        noun="accounts"
        onRemove={(index) => onChange(accounts.filter((_, i) => i !== index))}
      />
      <AccountSearch
        knownAccounts={knownAccounts}
        chosen={accounts}
        onPick={(account) => add([account.accountId as string])}
        onAddTyped={(text) => add([accountValueFor(text, knownAccounts)])}
      />
      <PasteAccountsBox
        onAddList={(text) => add(parseAccountList(text).map((value) => accountValueFor(value, knownAccounts)))}
      />
      <SlotCounter used={accounts.length} capacity={capacity} noun="accounts" />
      <FindingMessages findings={listFindings} />
      {alreadyChosen.length > 0 && (
        <p className="help-block" role="status">
          Already in the list: {alreadyChosen.join(', ')}.
        </p>
      )}
      <StatusNotice status={status} />
    </div>
  );
}
