import type { KnownAccount } from '../deck/awsAccounts';
import { isAccountId, normalizeAccountId } from '../share';

export const MAX_SUGGESTIONS = 50;

export function suggestAccounts(known: KnownAccount[], query: string, chosen: string[]): KnownAccount[] {
  const needle = query.trim().toLowerCase();
  const taken = new Set(chosen);
  const matches: KnownAccount[] = [];
  for (const account of known) {
    if (account.accountId && taken.has(account.accountId)) {
      continue;
    }
    if (!needle || account.name.toLowerCase().includes(needle) || (account.accountId ?? '').includes(needle)) {
      matches.push(account);
      if (matches.length === MAX_SUGGESTIONS) {
        break;
      }
    }
  }
  return matches;
}

// A typed Spinnaker account name means that account's ID; anything else is taken as an ID (dashes and spaces of a
// pasted "1234-5678-9012" removed) and left to validation. Twelve digits are always that ID, even where some
// Spinnaker account is named with them.
export function accountValueFor(typed: string, known: KnownAccount[]): string {
  const text = typed.trim();
  const asId = normalizeAccountId(text).value;
  if (isAccountId(asId)) return asId;
  const byName = known.find((account) => account.accountId && account.name.toLowerCase() === text.toLowerCase());
  return byName?.accountId ?? asId;
}

export function addAccounts(current: string[], additions: string[]): string[] {
  const next = [...current];
  for (const value of additions) {
    if (value !== '' && !next.includes(value)) next.push(value);
  }
  return next;
}

export function accountName(accountId: string, known: KnownAccount[]): string | undefined {
  return known.find((account) => account.accountId === accountId)?.name;
}
