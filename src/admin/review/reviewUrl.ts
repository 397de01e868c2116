import { DEFAULT_SORT, NO_FILTER, SORT_COLUMNS } from './reviewQuery';
import type { ReviewFilter, ReviewSort, SortColumn } from './reviewQuery';

export interface ReviewQuery {
  filter: ReviewFilter;
  sort: ReviewSort;
}

export const REVIEW_URL_PARAMS = ['q', 'account', 'problems', 'sort'] as const;
type ReviewUrlParam = (typeof REVIEW_URL_PARAMS)[number];

const PROBLEMS_ONLY = 'yes';
const DESCENDING = '-';

function splitHash(hash: string): { path: string; search: string } {
  const mark = hash.indexOf('?');
  return mark === -1 ? { path: hash, search: '' } : { path: hash.slice(0, mark), search: hash.slice(mark + 1) };
}

const isSortColumn = (value: string): value is SortColumn => (SORT_COLUMNS as readonly string[]).includes(value);

function sortIn(value: string | null): ReviewSort {
  if (!value) return DEFAULT_SORT;
  const descending = value.startsWith(DESCENDING);
  const column = descending ? value.slice(DESCENDING.length) : value;
  if (!isSortColumn(column)) return DEFAULT_SORT;
  return { column, direction: descending ? 'descending' : 'ascending' };
}

export function readReviewQuery(hash: string): ReviewQuery {
  // URLSearchParams never throws: a broken %-escape comes back as U+FFFD rather than failing the page.
  const params = new URLSearchParams(splitHash(hash).search);
  return {
    filter: {
      text: params.get('q') ?? NO_FILTER.text,
      account: params.get('account') ?? NO_FILTER.account,
      problemsOnly: ['yes', 'true', '1'].includes(params.get('problems') ?? ''),
    },
    sort: sortIn(params.get('sort')),
  };
}

function paramsOf({ filter, sort }: ReviewQuery): Array<[ReviewUrlParam, string]> {
  const params: Array<[ReviewUrlParam, string]> = [];
  if (filter.text) params.push(['q', filter.text]);
  if (filter.account) params.push(['account', filter.account]);
  if (filter.problemsOnly) params.push(['problems', PROBLEMS_ONLY]);
  if (sort.column !== DEFAULT_SORT.column || sort.direction !== DEFAULT_SORT.direction) {
    params.push(['sort', `${sort.direction === 'descending' ? DESCENDING : ''}${sort.column}`]);
  }
  return params;
}

// AngularJS's encodeUriQuery: $location (Deck 0.0.479, 0.29.x) writes back its own spelling of a changed URL, as a
// new history entry, when it differs from the browser's.
const encodeQueryValue = (value: string): string =>
  encodeURIComponent(value)
    .replace(/%40/gi, '@')
    .replace(/%3A/gi, ':')
    .replace(/%24/g, '$')
    .replace(/%2C/gi, ',')
    .replace(/%3B/gi, ';');

const keyOf = (part: string): string => new URLSearchParams(part).keys().next().value ?? '';

// The review's parameters replace their old values; any other parameter stays as it was written.
export function withReviewQuery(hash: string, query: ReviewQuery): string {
  const { path, search } = splitHash(hash);
  const owned = new Set<string>(REVIEW_URL_PARAMS);
  const kept = search.split('&').filter((part) => part !== '' && !owned.has(keyOf(part)));
  const written = paramsOf(query).map(([name, value]) => `${name}=${encodeQueryValue(value)}`);
  const parts = [...kept, ...written];
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}
