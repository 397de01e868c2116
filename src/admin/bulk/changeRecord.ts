import type { BulkChange } from '../../share';
import { toCsv } from '../review/csv';
import type { PipelineResult } from './pipelineSteps';

export interface ChangeRecordEntry {
  application: string;
  pipelineId: string;
  pipelineName: string;
  stageName: string;
  refId: string;
  // The changed keys only, as they were and as they are to be ('' for a key that was or is absent).
  before: Record<string, string>;
  after: Record<string, string>;
  outcome: string;
  reason: string;
  time: string;
  user: string;
}

export interface ChangeRecord {
  change: string;
  user: string;
  entries: ChangeRecordEntry[];
}

export function describeChange(change: BulkChange): string {
  switch (change.kind) {
    case 'addAccounts':
      return `Share with ${change.accounts.join(', ')}`;
    case 'removeAccount':
      return `Stop sharing with ${change.account}`;
    case 'replaceAccount':
      return `Share with ${change.by} instead of ${change.account}`;
    case 'addCopyRegion':
      return `Copy to ${change.region}`;
    case 'removeCopyRegion':
      return `Stop copying to ${change.region}`;
  }
}

// One entry per stage the change touched or skipped; a skipped stage keeps its pipeline's outcome out of it.
// A revert's record reads the other way: before is what the change wrote, after what it gave back.
export function changeRecord(
  change: string,
  user: string,
  results: readonly PipelineResult[],
  reverting = false,
): ChangeRecord {
  const entries = results.flatMap(({ plan, outcome, reason = '', time = '' }) => {
    const pipeline = { application: plan.application, pipelineId: plan.pipelineId, pipelineName: plan.pipelineName };
    const changed = plan.changes.map((stage) => {
      const pairs = [
        ...stage.keys,
        ...(stage.rebake ? [{ key: 'rebake', before: String(stage.rebake.before ?? ''), after: 'true' }] : []),
      ];
      return {
        ...pipeline,
        stageName: stage.stageName,
        refId: stage.refId,
        before: Object.fromEntries(pairs.map(({ key, before, after }) => [key, reverting ? after : before])),
        after: Object.fromEntries(pairs.map(({ key, before, after }) => [key, reverting ? before : after])),
        outcome,
        reason,
        time,
        user,
      };
    });
    const skipped = plan.skipped.map((stage) => ({
      ...pipeline,
      stageName: stage.stageName,
      refId: stage.refId,
      before: {},
      after: {},
      outcome: 'skipped',
      reason: stage.reason,
      time,
      user,
    }));
    return [...changed, ...skipped];
  });
  return { change, user, entries };
}

const pairsText = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([key, value]) => `${key}=${value}`)
    .join('; ');

export const RECORD_HEADER = [
  'Application',
  'Pipeline',
  'Pipeline ID',
  'Stage',
  'Stage refId',
  'Before',
  'After',
  'Outcome',
  'Reason',
  'Time',
  'User',
] as const;

export function changeRecordCsv(record: ChangeRecord): string {
  return toCsv([
    RECORD_HEADER,
    ...record.entries.map((entry) => [
      entry.application,
      entry.pipelineName,
      entry.pipelineId,
      entry.stageName,
      entry.refId,
      pairsText(entry.before),
      pairsText(entry.after),
      entry.outcome,
      entry.reason,
      entry.time,
      entry.user,
    ]),
  ]);
}
