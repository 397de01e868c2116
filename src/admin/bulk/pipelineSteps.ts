import { planBulkChange, revertBulkChange, targetsAgain } from '../../share';
import type { BulkChange, PipelinePlan, PlanOptions, TemplateCapacity } from '../../share';
import type { PipelineRead, SaveOutcome } from '../../deck/pipelineSaves';

export type PipelineOutcome = 'saved' | 'skipped' | 'stale' | 'refused' | 'failed' | 'not started';

export interface PipelineResult {
  plan: PipelinePlan;
  outcome: PipelineOutcome;
  reason?: string;
  time?: string;
}

export interface GatePorts {
  read: (plan: PipelinePlan) => Promise<PipelineRead>;
  save: (pipeline: Record<string, unknown>) => Promise<SaveOutcome>;
}

const done = (plan: PipelinePlan, outcome: PipelineOutcome, reason?: string): PipelineResult => ({
  plan,
  outcome,
  ...(reason ? { reason } : {}),
  time: new Date().toISOString(),
});

const saved = (plan: PipelinePlan, outcome: SaveOutcome) =>
  outcome.outcome === 'saved' ? done(plan, 'saved') : done(plan, outcome.outcome, outcome.reason);

const updateTsOf = (pipeline: Record<string, unknown>) => String(pipeline.updateTs ?? '');

async function readAgain(
  plan: PipelinePlan,
  ports: GatePorts,
): Promise<{ failed: PipelineResult } | { current: Record<string, unknown> }> {
  const read = await ports.read(plan);
  return 'reason' in read
    ? { failed: done(plan, 'failed', `it could not be read again: ${read.reason}`) }
    : { current: read.pipeline };
}

// Front50 before spinnaker#8022 accepts a stale save whatever staleCheck says, so the pipeline is read just before it
// is saved and its updateTs compared with the one the preview was made from; staleCheck then closes the gap between.
export function applyStep(ports: GatePorts) {
  return async (plan: PipelinePlan): Promise<PipelineResult> => {
    if (plan.changes.length === 0) {
      return done(plan, 'skipped', plan.skipped.map((stage) => `${stage.stageName}: ${stage.reason}`).join('; '));
    }
    const read = await readAgain(plan, ports);
    if ('failed' in read) return read.failed;
    const { current } = read;
    if (updateTsOf(current) !== updateTsOf(plan.before)) {
      const by = typeof current.lastModifiedBy === 'string' ? ` by ${current.lastModifiedBy}` : '';
      return done(plan, 'stale', `it was saved${by} since it was read`);
    }
    return saved(plan, await ports.save(plan.after));
  };
}

// "Read again and retry": the change is planned anew on the pipeline as it is now, for the same stages.
export function retryStep(
  ports: GatePorts,
  change: BulkChange,
  templates: Record<string, TemplateCapacity>,
  options: PlanOptions,
) {
  return async (plan: PipelinePlan): Promise<PipelineResult> => {
    const read = await readAgain(plan, ports);
    if ('failed' in read) return read.failed;
    const { current } = read;
    const [again] = planBulkChange([current], targetsAgain(plan, current), change, templates, options);
    if (!again || again.changes.length === 0) return done(again ?? plan, 'skipped', 'read again, it needs no change');
    return saved(again, await ports.save(again.after));
  };
}

// Undo of a saved pipeline: its changed stages get their share fields back; what else changed since is kept.
export function revertStep(ports: GatePorts) {
  return async (plan: PipelinePlan): Promise<PipelineResult> => {
    const read = await readAgain(plan, ports);
    if ('failed' in read) return read.failed;
    const { current } = read;
    const reverted = revertBulkChange(current, plan.changes);
    if ('conflicts' in reverted) {
      const stages = reverted.conflicts.map((change) => `'${change.stageName}'`).join(', ');
      return done(plan, 'stale', `${stages} changed since the bulk change; not reverted`);
    }
    return saved(plan, await ports.save(reverted.pipeline));
  };
}
