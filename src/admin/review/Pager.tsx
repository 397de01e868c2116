import React from 'react';

interface PagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

export function Pager({ page, pages, onPage }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav className="bake-share-review-pager" aria-label="Pages of stages">
      <button type="button" className="btn btn-default btn-sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>{' '}
      <span aria-live="polite">
        Page {page} of {pages}
      </span>{' '}
      <button
        type="button"
        className="btn btn-default btn-sm"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
