import type { BakeRunContext } from './bakeOutcome';

export interface ExecutionStageShape {
  id?: unknown;
  type?: unknown;
  name?: unknown;
  status?: unknown;
  context?: unknown;
  outputs?: unknown;
  parentStageId?: unknown;
}

export interface ExecutionShape {
  id?: unknown;
  application?: unknown;
  pipelineConfigId?: unknown;
  stages?: unknown;
}

export interface BakeRun {
  stageId?: string;
  name?: string;
  stageStatus?: unknown;
  context: BakeRunContext;
  deploymentDetails?: unknown;
}

const stagesOf = (execution: ExecutionShape | undefined): ExecutionStageShape[] =>
  Array.isArray(execution?.stages)
    ? (execution.stages as unknown[]).filter(
        (stage): stage is ExecutionStageShape => !!stage && typeof stage === 'object',
      )
    : [];

const objectOr = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

// Orca's bake stage runs one synthetic child per baked region (BakeStage); the details show either a child, or the
// parent whose children hold what ran. deploymentDetails sits on the parent's outputs.
export function bakeRunsOf(stage: ExecutionStageShape, execution?: ExecutionShape): BakeRun[] {
  const stages = stagesOf(execution);
  const parent = stages.find((candidate) => candidate.id !== undefined && candidate.id === stage.parentStageId);
  const children = stages.filter(
    (candidate) =>
      candidate.parentStageId !== undefined && candidate.parentStageId === stage.id && candidate.type === 'bake',
  );
  const runStages = objectOr(stage.context).region === undefined && children.length > 0 ? children : [stage];
  const deploymentDetails = objectOr((parent ?? stage).outputs).deploymentDetails;
  return runStages.map((run) => ({
    stageId: text(run.id),
    name: text(run.name),
    stageStatus: run.status,
    context: objectOr(run.context) as BakeRunContext,
    deploymentDetails,
  }));
}
