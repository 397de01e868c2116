import React from 'react';
import { ReviewTableRow } from './ReviewTableRow';
import type { ReviewRow } from './reviewRows';
import type { ReviewSort, SortColumn } from './reviewQuery';
import { SortHeader } from './SortHeader';

const COLUMNS: Array<[SortColumn, string]> = [
  ['application', 'Application'],
  ['pipeline', 'Pipeline'],
  ['stage', 'Stage'],
  ['template', 'Template'],
  ['accounts', 'Accounts'],
  ['copyRegions', 'Copy regions'],
  ['problems', 'Problems'],
];

interface ReviewTableProps {
  rows: ReviewRow[];
  sort: ReviewSort;
  onSort: (column: SortColumn) => void;
  selected: ReadonlySet<string>;
  onSelect: (row: ReviewRow, selected: boolean) => void;
}

export function ReviewTable({ rows, sort, onSort, selected, onSelect }: ReviewTableProps) {
  return (
    <table className="table table-condensed bake-share-review-table" aria-label="AWS bake stages that share or copy">
      <thead>
        <tr>
          <th scope="col">
            <span className="sr-only">Selected</span>
          </th>
          {COLUMNS.map(([column, label]) => (
            <SortHeader key={column} column={column} sort={sort} onSort={onSort}>
              {label}
            </SortHeader>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <ReviewTableRow key={row.key} row={row} selected={selected.has(row.key)} onSelect={onSelect} />
        ))}
      </tbody>
    </table>
  );
}
