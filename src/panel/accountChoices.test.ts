import { matchAccounts, preselectedAccount } from './accountChoices';

const suggestAccounts = (...args: Parameters<typeof matchAccounts>) => matchAccounts(...args).shown;

const known = [
  { name: 'preprod', accountId: '333333333333' },
  { name: 'prod', accountId: '111111111111' },
  { name: 'prod-eu', accountId: '444444444444' },
  { name: 'staging', accountId: '222222222222' },
];

describe('suggestAccounts', () => {
  it('puts the exact name first, then names that start with the query, then the rest', () => {
    expect(suggestAccounts(known, 'Prod', []).map((account) => account.name)).toEqual(['prod', 'prod-eu', 'preprod']);
  });

  it('leaves out accounts already chosen and offers everything for an empty query', () => {
    expect(suggestAccounts(known, '', ['111111111111']).map((account) => account.name)).toEqual([
      'preprod',
      'prod-eu',
      'staging',
    ]);
  });

  it('matches account IDs by prefix too', () => {
    expect(suggestAccounts(known, '2222', []).map((account) => account.name)).toEqual(['staging']);
  });
});

describe('matchAccounts', () => {
  it('says how many accounts match beyond the ones shown', () => {
    const many = Array.from({ length: 120 }, (_, index) => ({
      name: `acct-${index}`,
      accountId: String(100000000000 + index),
    }));
    const matches = matchAccounts(many, 'acct', []);

    expect(matches.shown).toHaveLength(50);
    expect(matches.total).toBe(120);
  });
});

describe('preselectedAccount', () => {
  const suggestions = [
    { name: 'legacy' },
    { name: 'dev', accountId: '012345678901' },
    { name: 'staging', accountId: '222222222222' },
  ];

  it('highlights nothing for an empty query', () => {
    expect(preselectedAccount(' ', suggestions)).toBe(-1);
  });

  it('highlights an account whose ID starts with the digits typed', () => {
    expect(preselectedAccount('2222', suggestions)).toBe(2);
    expect(preselectedAccount('0123-4567', suggestions)).toBe(1);
  });

  it('does not highlight an ID that merely contains the digits typed', () => {
    expect(preselectedAccount('12345678901', suggestions)).toBe(-1);
  });

  it('highlights the first account with an ID for a name', () => {
    expect(preselectedAccount('e', suggestions)).toBe(1);
    expect(preselectedAccount('legacy', [{ name: 'legacy' }])).toBe(-1);
  });
});
