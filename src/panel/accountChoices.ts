import type { KnownAccount } from '../deck/awsAccounts';
import { normalizeAccountId } from '../share';

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
// pasted "1234-5678-9012" removed) and left to validation.
export function accountValueFor(typed: string, known: KnownAccount[]): string {
  const text = typed.trim();
  const byName = known.find((account) => account.accountId && account.name.toLowerCase() === text.toLowerCase());
  return byName?.accountId ?? normalizeAccountId(text).value;
}

export function addAccounts(current: string[], additions: string[]): string[] {
  const next = [...current];
  additions.filter((value) => value !== '' && !next.includes(value)).forEach((value) => next.push(value));
  return next;
}

export function accountName(accountId: string, known: KnownAccount[]): string | undefined {
  return known.find((account) => account.accountId === accountId)?.name;
}
