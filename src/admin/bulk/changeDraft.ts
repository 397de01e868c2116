import { parseAccountList } from '../../share';
import type { BulkChange } from '../../share';

export type ChangeKind = BulkChange['kind'];

// What the form holds while the admin types: every field kept as typed, whichever kind is chosen.
export interface ChangeDraft {
  kind: ChangeKind;
  accounts: string;
  account: string;
  by: string;
  region: string;
}

export const EMPTY_DRAFT: ChangeDraft = { kind: 'addAccounts', accounts: '', account: '', by: '', region: '' };

export const CHANGE_KINDS: Array<[ChangeKind, string]> = [
  ['addAccounts', 'Share with more accounts'],
  ['removeAccount', 'Stop sharing with an account'],
  ['replaceAccount', 'Replace an account with another'],
  ['addCopyRegion', 'Copy to another region'],
  ['removeCopyRegion', 'Stop copying to a region'],
];

export function changeOf(draft: ChangeDraft): BulkChange {
  const { kind } = draft;
  switch (kind) {
    case 'addAccounts':
      return { kind, accounts: parseAccountList(draft.accounts) };
    case 'removeAccount':
      return { kind, account: draft.account.trim() };
    case 'replaceAccount':
      return { kind, account: draft.account.trim(), by: draft.by.trim() };
    case 'addCopyRegion':
    case 'removeCopyRegion':
      return { kind, region: draft.region.trim() };
  }
}
