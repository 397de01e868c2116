import { DEFAULT_SORT, NO_FILTER } from './reviewQuery';
import type { ReviewQuery } from './reviewUrl';
import { readReviewQuery, REVIEW_URL_PARAMS, withReviewQuery } from './reviewUrl';

const UNFILTERED: ReviewQuery = { filter: NO_FILTER, sort: DEFAULT_SORT };

describe('readReviewQuery', () => {
  it('reads the filters and the sort from the query of the hash', () => {
    expect(
      readReviewQuery('#/bake-share/review?q=checkout%20prod&account=111111111111&problems=yes&sort=-pipeline'),
    ).toEqual({
      filter: { text: 'checkout prod', account: '111111111111', problemsOnly: true },
      sort: { column: 'pipeline', direction: 'descending' },
    });
    expect(readReviewQuery('#/bake-share/review?sort=copyRegions').sort).toEqual({
      column: 'copyRegions',
      direction: 'ascending',
    });
  });

  it('reads a hand-typed + as a space and keeps expressions as accounts', () => {
    const query = readReviewQuery('#/bake-share/review?q=nightly+bake&account=%24%7Btrigger.parameters.a%7D');
    expect(query.filter.text).toBe('nightly bake');
    expect(query.filter.account).toBe('${trigger.parameters.a}');
  });

  it('gives the unfiltered review without a query', () => {
    expect(readReviewQuery('#/bake-share/review')).toEqual(UNFILTERED);
    expect(readReviewQuery('')).toEqual(UNFILTERED);
    expect(readReviewQuery('#/bake-share/review?')).toEqual(UNFILTERED);
  });

  it('ignores malformed values and keeps the well-formed ones', () => {
    expect(readReviewQuery('#/bake-share/review?sort=name&problems=maybe&account=')).toEqual(UNFILTERED);
    expect(readReviewQuery('#/bake-share/review?sort=--pipeline').sort).toEqual(DEFAULT_SORT);
    expect(readReviewQuery('#/bake-share/review?sort=toString').sort).toEqual(DEFAULT_SORT);
    expect(readReviewQuery('#/bake-share/review?sort=-__proto__').sort).toEqual(DEFAULT_SORT);
    expect(readReviewQuery('#/bake-share/review?q=%E0%A4%A&sort=-stage')).toEqual({
      filter: { ...NO_FILTER, text: expect.any(String) },
      sort: { column: 'stage', direction: 'descending' },
    });
    expect(readReviewQuery('#/bake-share/review?q=a&q=b&problems=yes&problems=no').filter).toEqual({
      ...NO_FILTER,
      text: 'a',
      problemsOnly: true,
    });
  });
});

describe('withReviewQuery', () => {
  it('writes what differs from the unfiltered review, and nothing when there is nothing to say', () => {
    expect(withReviewQuery('#/bake-share/review', UNFILTERED)).toBe('#/bake-share/review');
    expect(
      withReviewQuery('#/bake-share/review?q=old&sort=-stage', {
        filter: { text: 'a b&c=d', account: '012345678901', problemsOnly: true },
        sort: { column: 'problems', direction: 'descending' },
      }),
    ).toBe('#/bake-share/review?q=a%20b%26c%3Dd&account=012345678901&problems=yes&sort=-problems');
    expect(withReviewQuery('#/bake-share/review?q=old&sort=-stage', UNFILTERED)).toBe('#/bake-share/review');
  });

  it('keeps the parameters it does not own', () => {
    expect(
      withReviewQuery('#/bake-share/review?debug=1&q=old', {
        ...UNFILTERED,
        sort: { column: 'stage', direction: 'ascending' },
      }),
    ).toBe('#/bake-share/review?debug=1&sort=stage');
  });

  it('writes its own parameters in a fixed order', () => {
    const written = withReviewQuery('#/x', {
      filter: { text: 't', account: 'a', problemsOnly: true },
      sort: { column: 'stage', direction: 'descending' },
    });
    expect([...new URLSearchParams(written.split('?')[1]).keys()]).toEqual([...REVIEW_URL_PARAMS]);
  });

  it('reads back what it writes', () => {
    const queries: ReviewQuery[] = [
      UNFILTERED,
      { filter: { text: '  100% ünïcode + plus ', account: '${x}', problemsOnly: false }, sort: DEFAULT_SORT },
      { filter: NO_FILTER, sort: { column: 'application', direction: 'descending' } },
    ];
    for (const query of queries) {
      expect(readReviewQuery(withReviewQuery('#/bake-share/review', query))).toEqual(query);
    }
  });
});
