import React from 'react';
import { reviewCsv } from './csv';
import type { ReviewRow } from './reviewRows';

export const CSV_FILE_NAME = 'bake-share-review.csv';

export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the blob after click() returns, so it is released later rather than at once.
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

export function DownloadCsvButton({ rows }: { rows: ReviewRow[] }) {
  return (
    <button
      type="button"
      className="btn btn-default btn-sm"
      disabled={rows.length === 0}
      onClick={() => download(CSV_FILE_NAME, reviewCsv(rows), 'text/csv;charset=utf-8')}
    >
      <span className="glyphicon glyphicon-download-alt" aria-hidden /> Download CSV
    </button>
  );
}
