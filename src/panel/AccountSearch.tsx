import React from 'react';
import type { KnownAccount } from '../deck/awsAccounts';
import { matchAccounts, preselectedAccount } from './accountChoices';
import { Combobox } from './Combobox';

interface AccountSearchProps {
  inputId: string;
  knownAccounts: KnownAccount[];
  chosen: string[];
  query: string;
  describedBy: string;
  invalid: boolean;
  inputRef: React.Ref<HTMLInputElement>;
  onQueryChange(text: string): void;
  onLeave(): void;
  onAddTyped(text: string): void;
  onPick(account: KnownAccount): void;
}

export function AccountSearch(props: AccountSearchProps) {
  const { query, knownAccounts, chosen } = props;
  const matches = matchAccounts(knownAccounts, query, chosen);
  const options = matches.shown.map((account) => ({
    key: account.name,
    primary: <strong>{account.name}</strong>,
    secondary: account.accountId ?? 'no account ID known to Spinnaker',
    disabled: !account.accountId,
  }));
  const addTyped = () => {
    if (query.trim() !== '') props.onAddTyped(query);
  };
  return (
    <Combobox
      inputId={props.inputId}
      inputRef={props.inputRef}
      listLabel="Spinnaker AWS accounts"
      query={query}
      options={options}
      moreCount={matches.total - matches.shown.length}
      preselect={preselectedAccount(query, matches.shown)}
      placeholder="Account name or 12-digit ID"
      describedBy={props.describedBy}
      invalid={props.invalid}
      onQueryChange={props.onQueryChange}
      onLeave={props.onLeave}
      onPick={(option) => {
        const account = matches.shown.find((candidate) => candidate.name === option.key);
        if (account?.accountId) props.onPick(account);
      }}
      onEnter={addTyped}
    >
      <span className="input-group-btn">
        <button type="button" className="btn btn-default btn-sm" onClick={addTyped} disabled={query.trim() === ''}>
          Add
        </button>
      </span>
    </Combobox>
  );
}
