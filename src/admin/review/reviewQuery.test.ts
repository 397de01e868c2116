import {
  accountChoices,
  accountLabel,
  DEFAULT_SORT,
  filterRows,
  NO_FILTER,
  nextSort,
  pageOf,
  sortRows,
  summarize,
  summaryText,
  withChoosableAccount,
} from './reviewQuery';
import { reviewRow } from './testRows';

const prod = { id: '111111111111', name: 'prod' };
const staging = { id: '222222222222', name: 'staging' };
const partner = { id: '333333333333', note: 'not a Spinnaker account' };
const problem = { severity: 'error' as const, message: "'12345678901' has 11 digits" };

const rows = [
  reviewRow({
    application: 'checkout',
    pipelineName: 'Release',
    accounts: [prod, partner],
    copyRegions: ['eu-west-1'],
  }),
  reviewRow({ application: 'billing', pipelineName: 'Nightly bake', accounts: [staging], problems: [problem] }),
  reviewRow({ application: 'Catalog', pipelineName: 'Canary', stageName: 'Bake (chroot)', accounts: [prod] }),
  reviewRow({ application: 'billing', pipelineName: 'Hotfix', template: undefined, accounts: [prod, prod] }),
];

const names = (shown: typeof rows) => shown.map((row) => `${row.application}/${row.pipelineName}`);

describe('filterRows', () => {
  it('keeps every row without a filter', () => {
    expect(filterRows(rows, NO_FILTER)).toEqual(rows);
  });

  it('matches every word of the text, in any column, ignoring case', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, text: 'BILLING night' }))).toEqual(['billing/Nightly bake']);
    expect(names(filterRows(rows, { ...NO_FILTER, text: 'chroot' }))).toEqual(['Catalog/Canary']);
    expect(names(filterRows(rows, { ...NO_FILTER, text: 'staging' }))).toEqual(['billing/Nightly bake']);
    expect(names(filterRows(rows, { ...NO_FILTER, text: '3333' }))).toEqual(['checkout/Release']);
    expect(names(filterRows(rows, { ...NO_FILTER, text: 'eu-west' }))).toEqual(['checkout/Release']);
    expect(filterRows(rows, { ...NO_FILTER, text: '   ' })).toEqual(rows);
  });

  it('keeps the stages that share with one account', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, account: prod.id }))).toEqual([
      'checkout/Release',
      'Catalog/Canary',
      'billing/Hotfix',
    ]);
  });

  it('keeps the stages with problems, combined with the other filters', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, problemsOnly: true }))).toEqual(['billing/Nightly bake']);
    expect(filterRows(rows, { text: '', account: prod.id, problemsOnly: true })).toEqual([]);
  });
});

describe('sortRows', () => {
  it('sorts by application by default, then by pipeline, ignoring case', () => {
    expect(names(sortRows(rows, DEFAULT_SORT))).toEqual([
      'billing/Hotfix',
      'billing/Nightly bake',
      'Catalog/Canary',
      'checkout/Release',
    ]);
  });

  it('sorts either way by any column, and counts for the list columns', () => {
    expect(names(sortRows(rows, { column: 'pipeline', direction: 'descending' }))).toEqual([
      'checkout/Release',
      'billing/Nightly bake',
      'billing/Hotfix',
      'Catalog/Canary',
    ]);
    expect(names(sortRows(rows, { column: 'problems', direction: 'descending' }))[0]).toBe('billing/Nightly bake');
    expect(names(sortRows(rows, { column: 'accounts', direction: 'ascending' }))).toEqual([
      'billing/Nightly bake',
      'Catalog/Canary',
      'billing/Hotfix',
      'checkout/Release',
    ]);
    expect(names(sortRows(rows, { column: 'template', direction: 'ascending' }))[0]).toBe('billing/Hotfix');
  });

  it('does not change the rows it is given', () => {
    const before = [...rows];
    sortRows(rows, { column: 'stage', direction: 'descending' });
    expect(rows).toEqual(before);
  });

  it('turns the direction around when the same column is chosen again', () => {
    expect(nextSort(DEFAULT_SORT, 'application')).toEqual({ column: 'application', direction: 'descending' });
    expect(nextSort({ column: 'application', direction: 'descending' }, 'application')).toEqual(DEFAULT_SORT);
    expect(nextSort({ column: 'stage', direction: 'descending' }, 'template')).toEqual({
      column: 'template',
      direction: 'ascending',
    });
  });
});

describe('summaries', () => {
  it('counts stages, applications, accounts and stages with problems', () => {
    const summary = summarize(rows);
    expect(summary).toEqual({ stages: 4, applications: 3, accounts: 3, withProblems: 1 });
    expect(summaryText(summary)).toBe('4 stages in 3 applications share with 3 accounts; 1 has problems.');
  });

  it('reads well for one and for none', () => {
    expect(summaryText({ stages: 1, applications: 1, accounts: 1, withProblems: 0 })).toBe(
      '1 stage in 1 application shares with 1 account; none has problems.',
    );
    expect(summaryText({ stages: 37, applications: 12, accounts: 5, withProblems: 3 })).toBe(
      '37 stages in 12 applications share with 5 accounts; 3 have problems.',
    );
    expect(summaryText(summarize([]))).toBe('No AWS bake stage shares or copies its AMI.');
  });
});

describe('the per-account view', () => {
  it('offers the accounts shared with, Spinnaker accounts first, with how many stages share with each', () => {
    expect(accountChoices(rows)).toEqual([
      { ...prod, stages: 3 },
      { ...staging, stages: 1 },
      { ...partner, stages: 1 },
    ]);
  });

  it('drops an account from a link that no stage shares with', () => {
    const choices = accountChoices(rows);
    const linked = { ...NO_FILTER, text: 'billing', account: staging.id };
    expect(withChoosableAccount(linked, choices)).toBe(linked);
    expect(withChoosableAccount({ ...linked, account: '999999999999' }, choices)).toEqual({ ...linked, account: '' });
    expect(withChoosableAccount(NO_FILTER, [])).toBe(NO_FILTER);
  });

  it('labels an account with its name and ID, or its ID and what it is', () => {
    expect(accountLabel(prod)).toBe('prod (111111111111)');
    expect(accountLabel(partner)).toBe('333333333333 (not a Spinnaker account)');
    expect(accountLabel({ id: '444444444444' })).toBe('444444444444');
  });
});

describe('pageOf', () => {
  const numbers = Array.from({ length: 120 }, (_, index) => index);

  it('cuts the rows into pages and keeps the page in range', () => {
    expect(pageOf(numbers, 1, 50)).toEqual({ rows: numbers.slice(0, 50), page: 1, pages: 3 });
    expect(pageOf(numbers, 3, 50)).toEqual({ rows: numbers.slice(100), page: 3, pages: 3 });
    expect(pageOf(numbers, 9, 50).page).toBe(3);
    expect(pageOf([], 2, 50)).toEqual({ rows: [], page: 1, pages: 1 });
  });
});
