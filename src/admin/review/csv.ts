import { accountLabel } from './reviewQuery';
import type { ReviewRow } from './reviewRows';

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection); a leading apostrophe makes it
// text, and spreadsheets hide that apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// RFC 4180: CRLF between records, every record with the same fields.
export function toCsv(records: ReadonlyArray<readonly string[]>): string {
  return records.map((record) => record.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_HEADER = [
  'Application',
  'Pipeline',
  'Pipeline ID',
  'Pipeline disabled',
  'Stage',
  'Template',
  'Accounts',
  'Organizations and OUs',
  'Copy regions',
  'Snapshots shared',
  'KMS keys',
  'Problems',
] as const;

export function reviewCsv(rows: readonly ReviewRow[]): string {
  return toCsv([
    CSV_HEADER,
    ...rows.map((row) => [
      row.application,
      row.pipelineName,
      row.pipelineId,
      row.pipelineDisabled ? 'yes' : 'no',
      row.stageName,
      row.template ?? '',
      row.accounts.map(accountLabel).join('; '),
      row.organizations.join('; '),
      row.copyRegions.join('; '),
      row.sharesSnapshots ? 'yes' : 'no',
      (row.kmsKeys ?? []).map(({ region, key }) => `${region}: ${key}`).join('; '),
      row.problems.map((problem) => `${problem.severity}: ${problem.message}`).join('\n'),
    ]),
  ]);
}
