import React from 'react';
import { pipelineEditorUrl } from './reviewRows';
import type { ReviewAccount, ReviewRow } from './reviewRows';

function AccountEntry({ account }: { account: ReviewAccount }) {
  if (account.name !== undefined) {
    return (
      <>
        {account.name} <span className="text-muted">{account.id}</span>
      </>
    );
  }
  return (
    <>
      {account.id} {account.note && <span className="text-muted">({account.note})</span>}
    </>
  );
}

function SharingFeatures({ row }: { row: ReviewRow }) {
  if (!row.kmsKeys && !row.sharesSnapshots) return null;
  return (
    <ul className="list-unstyled text-muted">
      {row.sharesSnapshots && <li>snapshots shared</li>}
      {row.kmsKeys && (
        <li>encrypted: {row.kmsKeys.map(({ region, key }) => `${region} → ${key || 'no key'}`).join(', ')}</li>
      )}
    </ul>
  );
}

function ProblemList({ row }: { row: ReviewRow }) {
  if (row.problems.length === 0 && !row.pipelineDisabled) return null;
  return (
    <ul className="list-unstyled">
      {row.pipelineDisabled && (
        <li>
          <span className="label label-default">pipeline disabled</span>
        </li>
      )}
      {row.problems.map((problem, index) => (
        <li key={index}>
          <span className={`label label-${problem.severity === 'error' ? 'danger' : 'warning'}`}>
            {problem.severity}
          </span>{' '}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

interface ReviewTableRowProps {
  row: ReviewRow;
  selected: boolean;
  onSelect: (row: ReviewRow, selected: boolean) => void;
}

export function ReviewTableRow({ row, selected, onSelect }: ReviewTableRowProps) {
  return (
    <tr className={row.problems.length > 0 ? 'bake-share-review-problem' : undefined}>
      <td>
        <input
          type="checkbox"
          checked={selected}
          disabled={!row.pipelineId}
          aria-label={`Select ${row.stageName || 'the stage'} in ${row.pipelineName || row.pipelineId} (${row.application})`}
          onChange={(event) => onSelect(row, event.target.checked)}
        />
      </td>
      <td>{row.application}</td>
      <td>
        {row.pipelineId ? <a href={pipelineEditorUrl(row)}>{row.pipelineName || row.pipelineId}</a> : row.pipelineName}
      </td>
      <td>{row.stageName}</td>
      <td>
        {row.template ?? <span className="text-muted">Rosco&apos;s default</span>}
        <SharingFeatures row={row} />
      </td>
      <td>
        <ul className="list-unstyled">
          {row.accounts.map((account, index) => (
            <li key={index}>
              <AccountEntry account={account} />
            </li>
          ))}
          {row.organizations.map((arn, index) => (
            <li key={`organization-${index}`}>
              <code>{arn}</code>
            </li>
          ))}
        </ul>
      </td>
      <td>{row.copyRegions.join(', ')}</td>
      <td>
        <ProblemList row={row} />
      </td>
    </tr>
  );
}
