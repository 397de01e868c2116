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

export interface AccountMatches {
  shown: KnownAccount[];
  total: number;
}

export function matchAccounts(known: KnownAccount[], query: string, chosen: string[]): AccountMatches {
  const needle = query.trim().toLowerCase();
  const taken = new Set(chosen);
  const available = known.filter((account) => !(account.accountId && taken.has(account.accountId)));
  if (!needle) {
    return { shown: available.slice(0, MAX_SUGGESTIONS), total: available.length };
  }
  const byRank: KnownAccount[][] = [[], [], []];
  for (const account of available) {
    const rank = matchRank(account, needle);
    if (rank >= 0) byRank[rank].push(account);
  }
  const matches = byRank.flat();
  return { shown: matches.slice(0, MAX_SUGGESTIONS), total: matches.length };
}

// The suggestion Enter takes: nothing for an empty query; for digits, only an account whose ID starts with them
// (twelve digits typed are that ID, and '12345678901' must not become '012345678901' unseen); for a name, the
// best match that can be added.
export function preselectedAccount(query: string, suggestions: KnownAccount[]): number {
  const text = query.trim();
  if (text === '') return -1;
  const digits = /^[\d\s\u2010-\u2015\u2212-]+$/.test(text) ? text.replace(/\D/g, '') : undefined;
  if (digits !== undefined) return suggestions.findIndex((account) => (account.accountId ?? '').startsWith(digits));
  return suggestions.findIndex((account) => Boolean(account.accountId));
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

export function accountName(accountId: string, known: KnownAccount[]): string | undefined {
  return known.find((account) => account.accountId === accountId)?.name;
}
