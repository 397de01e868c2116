import { suggestAccounts } from './accountChoices';

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
