import React, { useCallback, useRef, useState } from 'react';
import type { KnownAccount } from '../deck/awsAccounts';
import type { Admission, Finding } from '../share';
import { isSpel, parseAccountList } from '../share';
import { accountName, accountValueFor } from './accountChoices';
import { AccountSearch } from './AccountSearch';
import { FindingMessages } from './FindingMessages';
import { OrganizationMoveOffer } from './OrganizationMoveOffer';
import { PasteAccountsBox } from './PasteAccountsBox';
import { SlotCounter } from './SlotCounter';
import { useEntryBox } from './useEntryBox';
import { ValueList } from './ValueList';

export type AccountsStatus = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; reason: string };

interface AccountPickerProps {
  inputId: string;
  accounts: string[];
  knownAccounts: KnownAccount[];
  status: AccountsStatus;
  findings: Finding[];
  capacity?: number;
  typed: string;
  pasted: string;
  onTypedChange(text: string): void;
  onPastedChange(text: string): void;
  onAdd(values: string[]): Admission;
  onChange(accounts: string[]): void;
  // Organization and OU ARNs given as accounts can move to their own list; companion names the template that needs.
  organizations: { companion?: string; onMove(values: string[]): Admission };
}

const ACCOUNT_NOUN = { one: 'account', other: 'accounts' };

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

const named = (value: string, known: KnownAccount[]) => {
  const name = accountName(value, known);
  return name ? `${name} (${value})` : value;
};

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

const refusalsOf = (admission: Admission): Finding[] => admission.refused.flatMap((refused) => refused.findings);

const organizationArnsOf = (admission: Admission): string[] =>
  admission.refused
    .filter((refused) => refused.findings.some((finding) => finding.belongsIn === 'organizations'))
    .map((refused) => refused.value);

interface Movable {
  box: 'typed' | 'paste';
  values: string[];
}

export function AccountPicker(props: AccountPickerProps) {
  const { inputId, accounts, knownAccounts, findings, typed, pasted } = props;
  const input = useRef<HTMLInputElement>(null);
  const [alreadyChosen, setAlreadyChosen] = useState<string[]>([]);
  const [movable, setMovable] = useState<Movable>({ box: 'typed', values: [] });
  const typedBox = useEntryBox('account', typed);
  const pasteBox = useEntryBox('paste', pasted);
  const focusInput = useCallback(() => input.current?.focus(), []);

  const add = (values: string[]): Admission => {
    const admission = props.onAdd(values);
    setAlreadyChosen(admission.alreadyListed);
    return admission;
  };
  const addTyped = (text: string) => {
    const admission = add([accountValueFor(text, knownAccounts)]);
    typedBox.refuse(refusalsOf(admission));
    setMovable({ box: 'typed', values: organizationArnsOf(admission) });
    if (admission.refused.length === 0) props.onTypedChange('');
    focusInput();
  };
  const addPasted = (text: string): boolean => {
    const admission = add(parseAccountList(text).map((value) => accountValueFor(value, knownAccounts)));
    pasteBox.refuse(refusalsOf(admission));
    setMovable({ box: 'paste', values: organizationArnsOf(admission) });
    props.onPastedChange(admission.refused.map((refused) => refused.value).join('\n'));
    return admission.refused.length === 0;
  };

  const moveToOrganizations = () => {
    const admission = props.organizations.onMove(movable.values);
    const moved = new Set(admission.added);
    const box = movable.box === 'typed' ? typedBox : pasteBox;
    const left = (movable.box === 'typed' ? [typed.trim()] : parseAccountList(pasted)).filter(
      (value) => !moved.has(value) && value !== '',
    );
    box.refuse(refusalsOf(admission));
    if (movable.box === 'typed') props.onTypedChange(left.join(' '));
    else props.onPastedChange(left.join('\n'));
    setMovable({ box: movable.box, values: [] });
  };

  const listFindings = findings.filter((finding) => finding.value === undefined || !accounts.includes(finding.value));
  const hintId = `${inputId}-hint`;
  const typedMessagesId = `${inputId}-typed-messages`;
  const listMessagesId = `${inputId}-messages`;
  return (
    <div className="bake-share-accounts">
      <ValueList
        rows={accounts.map((value) => ({ value, label: accountLabel(value, knownAccounts) }))}
        findings={findings}
        noun="accounts"
        idPrefix={`${inputId}-chosen`}
        onRemove={(index) => props.onChange(accounts.filter((_, i) => i !== index))}
        onEmptied={focusInput}
      />
      <AccountSearch
        inputId={inputId}
        inputRef={input}
        knownAccounts={knownAccounts}
        chosen={accounts}
        query={typed}
        describedBy={`${hintId} ${typedMessagesId} ${listMessagesId}`}
        invalid={typedBox.invalid}
        onQueryChange={(text) => {
          typedBox.edited();
          if (movable.box === 'typed') setMovable({ box: 'typed', values: [] });
          props.onTypedChange(text);
        }}
        onPick={(account) => {
          add([account.accountId as string]);
          typedBox.edited();
          props.onTypedChange('');
        }}
        onLeave={typedBox.left}
        onAddTyped={addTyped}
      />
      <span id={hintId} className="sr-only">
        Type a Spinnaker account name or a 12-digit AWS account ID, then press Enter.
      </span>
      <FindingMessages id={typedMessagesId} findings={typedBox.messages} />
      {movable.box === 'typed' && (
        <OrganizationMoveOffer
          values={movable.values}
          companion={props.organizations.companion}
          onMove={moveToOrganizations}
        />
      )}
      <PasteAccountsBox
        idPrefix={`${inputId}-paste`}
        text={pasted}
        findings={pasteBox.messages}
        onTextChange={(text) => {
          pasteBox.edited();
          if (movable.box === 'paste') setMovable({ box: 'paste', values: [] });
          props.onPastedChange(text);
        }}
        onLeave={pasteBox.left}
        onAddList={addPasted}
      />
      {movable.box === 'paste' && (
        <OrganizationMoveOffer
          values={movable.values}
          companion={props.organizations.companion}
          onMove={moveToOrganizations}
        />
      )}
      <SlotCounter used={accounts.length} capacity={props.capacity} noun={ACCOUNT_NOUN} />
      <FindingMessages id={listMessagesId} findings={listFindings} />
      {alreadyChosen.length > 0 && (
        <p className="help-block" role="status">
          Already in the list: {alreadyChosen.map((value) => named(value, knownAccounts)).join(', ')}.
        </p>
      )}
      <StatusNotice status={props.status} />
    </div>
  );
}
