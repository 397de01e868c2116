import React from 'react';
import type { ReviewSort, SortColumn } from './reviewQuery';

interface SortHeaderProps {
  column: SortColumn;
  sort: ReviewSort;
  onSort: (column: SortColumn) => void;
  children: React.ReactNode;
}

export function SortHeader({ column, sort, onSort, children }: SortHeaderProps) {
  const sorted = sort.column === column;
  return (
    <th scope="col" aria-sort={sorted ? sort.direction : 'none'}>
      <button type="button" className="btn btn-link btn-xs bake-share-sort" onClick={() => onSort(column)}>
        {children}
        {sorted && (
          <span
            className={`glyphicon glyphicon-triangle-${sort.direction === 'ascending' ? 'top' : 'bottom'}`}
            aria-hidden
          />
        )}
      </button>
    </th>
  );
}
