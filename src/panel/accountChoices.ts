import type { KnownAccount } from '../deck/awsAccounts';
import { isAccountId, normalizeAccountId } from '../share';

export const MAX_SUGGESTIONS = 50;

// How well an account matches what was typed: its exact name first, then names that start with it, then the rest,
// so Enter after typing "prod" never picks "preprod".
function matchRank(account: KnownAccount, needle: string): number {
  const name = account.name.toLowerCase();
  if (name === needle || account.accountId === needle) return 0;
  if (name.startsWith(needle) || (account.accountId ?? '').startsWith(needle)) return 1;
  return name.includes(needle) || (account.accountId ?? '').includes(needle) ? 2 : -1;
}

export function suggestAccounts(known: KnownAccount[], query: string, chosen: string[]): KnownAccount[] {
  const needle = query.trim().toLowerCase();
  const taken = new Set(chosen);
  const available = known.filter((account) => !(account.accountId && taken.has(account.accountId)));
  if (!needle) {
    return available.slice(0, MAX_SUGGESTIONS);
  }
  const byRank: KnownAccount[][] = [[], [], []];
  for (const account of available) {
    const rank = matchRank(account, needle);
    if (rank >= 0) byRank[rank].push(account);
  }
  return byRank.flat().slice(0, MAX_SUGGESTIONS);
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
