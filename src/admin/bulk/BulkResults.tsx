import React from 'react';
import { PipelineLink } from './BulkPreview';
import type { PipelineOutcome, PipelineResult } from './pipelineSteps';
import type { BulkRun } from './useBulkRun';

const LABEL: Record<PipelineOutcome, string> = {
  saved: 'success',
  skipped: 'default',
  stale: 'warning',
  refused: 'danger',
  failed: 'danger',
  'not started': 'default',
};

const RETRIED: PipelineOutcome[] = ['stale', 'failed'];

export const outcomeCounts = (results: readonly PipelineResult[]) =>
  (Object.keys(LABEL) as PipelineOutcome[])
    .map((outcome) => [outcome, results.filter((result) => result.outcome === outcome).length] as const)
    .filter(([, count]) => count > 0);

interface ResultRowProps {
  result: PipelineResult;
  index: number;
  onRetry?: (index: number) => void;
}

// Memoised: each answer replaces one result, and a run of 500 pipelines would otherwise draw 500 rows per answer.
const ResultRow = React.memo(function ResultRow({ result, index, onRetry }: ResultRowProps) {
  return (
    <tr>
      <td>
        <PipelineLink plan={result.plan} />
      </td>
      <td>
        <span className={`label label-${LABEL[result.outcome]}`}>{result.outcome}</span>
      </td>
      <td>
        {result.reason}{' '}
        {onRetry && RETRIED.includes(result.outcome) && (
          <button type="button" className="btn btn-link btn-sm" onClick={() => onRetry(index)}>
            Read again and retry {result.plan.pipelineName}
          </button>
        )}
      </td>
    </tr>
  );
});

interface BulkResultsProps {
  title: string;
  run: BulkRun;
  onCancel: () => void;
  onRetry?: (index: number) => void;
}

export function BulkResults({ title, run, onCancel, onRetry }: BulkResultsProps) {
  const { results, running } = run;
  const answered = results.filter((result) => result.outcome !== 'not started').length;
  return (
    <section aria-label={title}>
      <h4>{title}</h4>
      <div className="progress">
        <div
          className="progress-bar"
          role="progressbar"
          aria-label={`${title}: pipelines answered`}
          aria-valuemin={0}
          aria-valuemax={results.length}
          aria-valuenow={answered}
          style={{ width: `${(100 * answered) / Math.max(1, results.length)}%` }}
        />
      </div>
      <p role="status">
        {answered} of {results.length} pipelines answered
        {outcomeCounts(results).map(([outcome, count]) => `, ${count} ${outcome}`)}.
        {run.cancelled && ' Cancelled: what was saved stays saved; the pipelines not started are listed as such.'}
      </p>
      {running && (
        <button type="button" className="btn btn-default btn-sm" onClick={onCancel}>
          Cancel
        </button>
      )}
      <table className="table table-condensed" aria-label={`${title}: outcome per pipeline`}>
        <thead>
          <tr>
            <th scope="col">Pipeline</th>
            <th scope="col">Outcome</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result, index) => (
            <ResultRow
              key={result.plan.pipelineId}
              result={result}
              onRetry={running ? undefined : onRetry}
              index={index}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
