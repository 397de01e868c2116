import React, { useMemo, useState } from 'react';
import type { PipelineConfig } from '../../deck/pipelineConfigs';
import type { StageTarget } from '../../share';
import { BulkChangePanel } from '../bulk/BulkChangePanel';
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
import { SelectionBar } from './SelectionBar';
import { useReviewQueryInUrl } from './useReviewQueryInUrl';

export const ROWS_PER_PAGE = 50;

interface ReviewReportProps {
  rows: ReviewRow[];
  pipelines: PipelineConfig[];
  onReadAgain: () => void;
}

const selectable = (row: ReviewRow) => row.pipelineId !== '';

export function ReviewReport({ rows, pipelines, onReadAgain }: ReviewReportProps) {
  const [query, setQuery] = useReviewQueryInUrl();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The stages a bulk change was opened for; what is selected afterwards does not move under it.
  const [changing, setChanging] = useState<StageTarget[]>();
  const summary = useMemo(() => summaryText(summarize(rows)), [rows]);
  const accounts = useMemo(() => accountChoices(rows), [rows]);
  const filter = useMemo(() => withChoosableAccount(query.filter, accounts), [query.filter, accounts]);
  const { sort } = query;
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const matching = useMemo(() => shown.filter(selectable), [shown]);
  const visible = pageOf(shown, page, ROWS_PER_PAGE);
  const chosenAccount = accounts.find((account) => account.id === filter.account);

  const changeFilter = (changed: ReviewFilter) => {
    setQuery({ filter: changed, sort });
    setPage(1);
  };
  const select = (row: ReviewRow, chosen: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (chosen) next.add(row.key);
      else next.delete(row.key);
      return next;
    });
  const openOrClose = () =>
    setChanging(
      changing
        ? undefined
        : rows.filter((row) => selected.has(row.key)).map(({ pipelineId, stageIndex }) => ({ pipelineId, stageIndex })),
    );
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
      <SelectionBar
        selected={selected.size}
        matching={matching.length}
        changing={changing !== undefined}
        onSelectMatching={() => setSelected(new Set(matching.map((row) => row.key)))}
        onClear={() => setSelected(new Set())}
        onChange={openOrClose}
      />
      {changing && (
        <div className="well bake-share-bulk-change">
          <BulkChangePanel
            targets={changing}
            pipelines={pipelines as Array<Record<string, unknown>>}
            onReadAgain={onReadAgain}
          />
        </div>
      )}
      {shown.length > 0 && (
        <ReviewTable rows={visible.rows} sort={sort} onSort={changeSort} selected={selected} onSelect={select} />
      )}
      <Pager page={visible.page} pages={visible.pages} onPage={setPage} />
    </div>
  );
}
