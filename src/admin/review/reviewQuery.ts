import type { ReviewAccount, ReviewRow } from './reviewRows';

export interface ReviewFilter {
  text: string;
  // An account ID as written in stages; '' for every account.
  account: string;
  problemsOnly: boolean;
}

export const NO_FILTER: ReviewFilter = { text: '', account: '', problemsOnly: false };

export const SORT_COLUMNS = [
  'application',
  'pipeline',
  'stage',
  'template',
  'accounts',
  'copyRegions',
  'problems',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface ReviewSort {
  column: SortColumn;
  direction: SortDirection;
}

export const DEFAULT_SORT: ReviewSort = { column: 'application', direction: 'ascending' };

export interface ReviewSummary {
  stages: number;
  applications: number;
  accounts: number;
  withProblems: number;
}

export interface AccountChoice extends ReviewAccount {
  stages: number;
}

export const hasProblems = (row: ReviewRow): boolean => row.problems.length > 0;

const searchableText = (row: ReviewRow): string =>
  [
    row.application,
    row.pipelineName,
    row.stageName,
    row.template ?? '',
    ...row.accounts.flatMap((account) => [account.id, account.name ?? '']),
    ...row.copyRegions,
  ]
    .join('\n')
    .toLowerCase();

export function filterRows(rows: readonly ReviewRow[], filter: ReviewFilter): ReviewRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.problemsOnly && !hasProblems(row)) return false;
    if (filter.account && !row.accounts.some((account) => account.id === filter.account)) return false;
    if (words.length === 0) return true;
    const searchable = searchableText(row);
    return words.every((word) => searchable.includes(word));
  });
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const byText = (value: (row: ReviewRow) => string) => (left: ReviewRow, right: ReviewRow) =>
  collator.compare(value(left), value(right));

const byCount = (count: (row: ReviewRow) => number) => (left: ReviewRow, right: ReviewRow) =>
  count(left) - count(right);

const COMPARE: Record<SortColumn, (left: ReviewRow, right: ReviewRow) => number> = {
  application: byText((row) => row.application),
  pipeline: byText((row) => row.pipelineName),
  stage: byText((row) => row.stageName),
  template: byText((row) => row.template ?? ''),
  accounts: byCount((row) => row.accounts.length),
  copyRegions: byCount((row) => row.copyRegions.length),
  problems: byCount((row) => row.problems.length),
};

const TIE_BREAKERS = [COMPARE.application, COMPARE.pipeline, COMPARE.stage];

export function sortRows(rows: readonly ReviewRow[], sort: ReviewSort): ReviewRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const primary = COMPARE[sort.column];
  return [...rows].sort((left, right) => {
    const order = primary(left, right);
    if (order !== 0) return sign * order;
    for (const compare of TIE_BREAKERS) {
      const tie = compare(left, right);
      if (tie !== 0) return tie;
    }
    return 0;
  });
}

export function nextSort(current: ReviewSort, column: SortColumn): ReviewSort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export function summarize(rows: readonly ReviewRow[]): ReviewSummary {
  return {
    stages: rows.length,
    applications: new Set(rows.map((row) => row.application)).size,
    accounts: new Set(rows.flatMap((row) => row.accounts.map((account) => account.id))).size,
    withProblems: rows.filter(hasProblems).length,
  };
}

const counted = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export function summaryText({ stages, applications, accounts, withProblems }: ReviewSummary): string {
  if (stages === 0) return 'No AWS bake stage shares or copies its AMI.';
  const sharing = `${counted(stages, 'stage', 'stages')} in ${counted(applications, 'application', 'applications')} ${stages === 1 ? 'shares' : 'share'} with ${counted(accounts, 'account', 'accounts')}`;
  const problems =
    withProblems === 0 ? 'none has problems' : `${withProblems} ${withProblems === 1 ? 'has' : 'have'} problems`;
  return `${sharing}; ${problems}.`;
}

// The accounts stages actually share with (Spinnaker accounts by name, then the other values): the per-account view.
export function accountChoices(rows: readonly ReviewRow[]): AccountChoice[] {
  const choices = new Map<string, AccountChoice>();
  for (const row of rows) {
    for (const account of new Map(row.accounts.map((entry) => [entry.id, entry])).values()) {
      const choice = choices.get(account.id);
      if (choice) choice.stages++;
      else choices.set(account.id, { ...account, stages: 1 });
    }
  }
  const unnamed = (choice: AccountChoice): number => (choice.name === undefined ? 1 : 0);
  return [...choices.values()].sort(
    (left, right) =>
      unnamed(left) - unnamed(right) ||
      collator.compare(left.name ?? '', right.name ?? '') ||
      collator.compare(left.id, right.id),
  );
}

// An account from a link that no stage shares with (any more) would show an empty table under a choice the account
// list cannot show: it is dropped instead.
export function withChoosableAccount(filter: ReviewFilter, accounts: readonly AccountChoice[]): ReviewFilter {
  if (!filter.account || accounts.some((account) => account.id === filter.account)) return filter;
  return { ...filter, account: '' };
}

export function accountLabel(account: ReviewAccount): string {
  if (account.name !== undefined) return `${account.name} (${account.id})`;
  return account.note ? `${account.id} (${account.note})` : account.id;
}

export function pageOf<T>(
  rows: readonly T[],
  page: number,
  pageSize: number,
): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * pageSize, current * pageSize), page: current, pages };
}
