import { isAccountId, isSpel, normalizeAccountId, parseAccountList } from './accounts';
import { type Finding, nonBlank, quote, repeatedValues } from './findings';
import { isOrganizationsArn } from './organizations';

export interface KnownAccount {
  name: string;
  accountId?: string;
}

const ASCII_DIGITS = /^[0-9]+$/;
const ANY_DIGITS = /^\p{Nd}+$/u;

function accountError(value: string, message: string): Finding {
  return { severity: 'error', field: 'accounts', value, message };
}

// Packer's ami_users takes account IDs only; organizations and OUs go to ami_org_arns / ami_ou_arns, which only the
// companion templates declare.
function arnProblem(value: string): string {
  const accountInside = value.split(':')[4] ?? '';
  const start = `${quote(value)} is an ARN; only AWS account IDs can be shared with here`;
  if (isOrganizationsArn(value)) {
    const management = isAccountId(accountInside)
      ? ` The 12-digit number in it, ${quote(accountInside)}, is the organization's management account; use it only if that one account is what you mean.`
      : '';
    return `${quote(value)} is an AWS Organizations ARN: it belongs in Organizations and OUs, not among the accounts.${management}`;
  }
  if (isAccountId(accountInside)) return `${start}. Use the account ID ${quote(accountInside)} instead.`;
  return `${start}, and it names no 12-digit account ID.`;
}

function digitCountProblem(value: string): string {
  const digits = value.length;
  if (digits === 11) {
    return `${quote(value)} has 11 digits; AWS account IDs have exactly 12 — did a leading zero get lost? Try ${quote(`0${value}`)}.`;
  }
  return `${quote(value)} has ${digits} digit${digits === 1 ? '' : 's'}; AWS account IDs have exactly 12.`;
}

// Spinnaker can hold thousands of accounts and the review checks every stage against them: each list is indexed by
// name once (the first of a name wins, as a search from the start would find it).
const byName = new WeakMap<readonly KnownAccount[], Map<string, KnownAccount>>();

function accountNamed(knownAccounts: readonly KnownAccount[], name: string): KnownAccount | undefined {
  let index = byName.get(knownAccounts);
  if (!index) {
    index = new Map();
    for (const account of knownAccounts) if (!index.has(account.name)) index.set(account.name, account);
    byName.set(knownAccounts, index);
  }
  return index.get(name);
}

function knownAccountProblem(value: string, knownAccounts: readonly KnownAccount[]): string | undefined {
  const account = accountNamed(knownAccounts, value);
  if (!account) return undefined;
  const start = `${quote(value)} is the name of a Spinnaker account, not an AWS account ID;`;
  if (account.accountId && isAccountId(account.accountId)) return `${start} use its ID ${quote(account.accountId)}.`;
  return `${start} enter its 12-digit AWS account ID instead.`;
}

function accountProblem(value: string, knownAccounts: readonly KnownAccount[]): string {
  if (/^arn:/i.test(value)) return arnProblem(value);
  const knownName = knownAccountProblem(value, knownAccounts);
  if (knownName) return knownName;
  const normalized = normalizeAccountId(value);
  if (normalized.normalized) {
    return `${quote(value)} is written with separators; enter the account ID as ${quote(normalized.value)}.`;
  }
  if (parseAccountList(value).length > 1) {
    return `${quote(value)} holds several values in one entry; give each account its own entry.`;
  }
  if (ASCII_DIGITS.test(value)) return digitCountProblem(value);
  if (ANY_DIGITS.test(value)) {
    return `${quote(value)} uses digits other than 0–9; AWS account IDs are 12 digits from 0 to 9.`;
  }
  return `${quote(value)} is not an AWS account ID; account IDs are exactly 12 digits, like '123456789012'.`;
}

function findingsForAccount(written: string, knownAccounts: readonly KnownAccount[]): Finding[] {
  if (isSpel(written)) {
    const message = `${quote(written)} is an expression; the account it names is checked when the pipeline runs, not here.`;
    return [{ severity: 'info', field: 'accounts', value: written, message }];
  }
  const value = written.trim();
  if (/[\r\n]/.test(value)) {
    return [accountError(written, `${quote(value)} contains a line break; give each account its own entry.`)];
  }
  if (isAccountId(value)) return [];
  const finding = accountError(written, accountProblem(value, knownAccounts));
  return isOrganizationsArn(value) ? [{ ...finding, belongsIn: 'organizations' }] : [finding];
}

function sameAccount(value: string): string {
  return isSpel(value) ? value : normalizeAccountId(value.trim()).value;
}

function duplicateFindings(values: readonly string[]): Finding[] {
  return [...repeatedValues(values, sameAccount)].map(([value, count]) => ({
    severity: 'warning',
    field: 'accounts',
    value,
    message: `${quote(value)} is listed ${count} times; one entry is enough, and each extra one uses up a slot.`,
  }));
}

export function accountFindings(accounts: readonly string[], knownAccounts: readonly KnownAccount[]): Finding[] {
  const values = nonBlank(accounts);
  return [...values.flatMap((value) => findingsForAccount(value, knownAccounts)), ...duplicateFindings(values)];
}
