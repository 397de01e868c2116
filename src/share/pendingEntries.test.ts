import { pendingFindings } from './pendingEntries';

describe('pendingFindings', () => {
  it('turns text left in each box into an error that names it', () => {
    const findings = pendingFindings([
      { box: 'account', text: ' 333333333333 ' },
      { box: 'paste', text: '444444444444\n555555555555' },
      { box: 'copyRegion', text: 'eu' },
    ]);

    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'accounts',
        message: expect.stringMatching(/^'333333333333' is typed in the account box but not added/),
      }),
      expect.objectContaining({
        severity: 'error',
        field: 'accounts',
        message: expect.stringMatching(/paste box still holds '444444444444\\n555555555555'/),
      }),
      expect.objectContaining({
        severity: 'error',
        field: 'copyRegions',
        message: expect.stringMatching(/'eu' is typed in the copy region box/),
      }),
    ]);
  });

  it('ignores boxes holding only whitespace', () => {
    expect(pendingFindings([{ box: 'account', text: ' \t' }])).toEqual([]);
  });
});
