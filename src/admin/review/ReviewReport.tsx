import React, { useMemo, useState } from 'react';
import { DownloadCsvButton } from './DownloadCsvButton';
import { Pager } from './Pager';
import { ReviewFilters } from './ReviewFilters';
import {
  accountChoices,
  accountLabel,
  filterRows,
  nextSort,
  pageOf,
  sortRows,
  summarize,
  summaryText,
  withChoosableAccount,
} from './reviewQuery';
import type { ReviewFilter, SortColumn } from './reviewQuery';
import type { ReviewRow } from './reviewRows';
import { ReviewTable } from './ReviewTable';
import { useReviewQueryInUrl } from './useReviewQueryInUrl';

export const ROWS_PER_PAGE = 50;

export function ReviewReport({ rows }: { rows: ReviewRow[] }) {
  const [query, setQuery] = useReviewQueryInUrl();
  const [page, setPage] = useState(1);
  const summary = useMemo(() => summaryText(summarize(rows)), [rows]);
  const accounts = useMemo(() => accountChoices(rows), [rows]);
  const filter = useMemo(() => withChoosableAccount(query.filter, accounts), [query.filter, accounts]);
  const { sort } = query;
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const visible = pageOf(shown, page, ROWS_PER_PAGE);
  const chosenAccount = accounts.find((account) => account.id === filter.account);

  const changeFilter = (changed: ReviewFilter) => {
    setQuery({ filter: changed, sort });
    setPage(1);
  };
  const changeSort = (column: SortColumn) => {
    setQuery({ filter, sort: nextSort(sort, column) });
    setPage(1);
  };

  return (
    <div className="bake-share-review-report">
      <p className="lead bake-share-review-summary">{summary}</p>
      <ReviewFilters filter={filter} accounts={accounts} onChange={changeFilter} />
      {chosenAccount && <h3>Pipelines that share with {accountLabel(chosenAccount)}</h3>}
      <div className="bake-share-review-shown" style={{ margin: '10px 0' }}>
        <span role="status">
          {shown.length === rows.length
            ? `Showing all ${rows.length} ${rows.length === 1 ? 'stage' : 'stages'}.`
            : `Showing ${shown.length} of ${rows.length} stages.`}
        </span>{' '}
        <DownloadCsvButton rows={shown} />
      </div>
      {shown.length > 0 && <ReviewTable rows={visible.rows} sort={sort} onSort={changeSort} />}
      <Pager page={visible.page} pages={visible.pages} onPage={setPage} />
    </div>
  );
}
