import React from 'react';
import { download } from '../review/DownloadCsvButton';
import { changeRecordCsv } from './changeRecord';
import type { ChangeRecord } from './changeRecord';

export function RecordDownloads({ record, name, what }: { record: ChangeRecord; name: string; what: string }) {
  return (
    <p>
      <button
        type="button"
        className="btn btn-default btn-sm"
        onClick={() => download(`${name}.json`, `${JSON.stringify(record, null, 2)}\n`, 'application/json')}
      >
        <span className="glyphicon glyphicon-download-alt" aria-hidden /> Download {what} (JSON)
      </button>{' '}
      <button
        type="button"
        className="btn btn-default btn-sm"
        onClick={() => download(`${name}.csv`, changeRecordCsv(record), 'text/csv;charset=utf-8')}
      >
        <span className="glyphicon glyphicon-download-alt" aria-hidden /> Download {what} (CSV)
      </button>
    </p>
  );
}
