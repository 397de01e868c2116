import { isAccountId, normalizeAccountId } from './accounts';
import { bakeRegionsOf, isAwsBake } from './bakeStages';
import { readShare, writeShare } from './codec';
import { quote } from './findings';
import type { ExtendedAttributes, ShareModel, StageShareFields } from './model';
import { findRegion, partitionOf } from './regions';
import { templateToWrite } from './templateChoice';
import { capacityOf, type TemplateCapacity } from './templates';

// One change an admin makes to many bake stages at once, from the share review.
export type BulkChange =
  | { kind: 'addAccounts'; accounts: string[] }
  | { kind: 'removeAccount'; account: string }
  | { kind: 'replaceAccount'; account: string; by: string }
  | { kind: 'addCopyRegion'; region: string }
  | { kind: 'removeCopyRegion'; region: string };

export interface StageTarget {
  pipelineId: string;
  stageIndex: number;
}

// What a changed stage held before and holds after: the share fields only, as the codec writes them.
export interface StageShareImage {
  templateFileName?: string;
  extendedAttributes?: ExtendedAttributes;
}

export interface StageChange {
  stageIndex: number;
  stageName: string;
  refId: string;
  before: StageShareImage;
  after: StageShareImage;
  // The attribute keys whose value differs, with both values ('' where the key is absent).
  keys: Array<{ key: string; before: string; after: string }>;
  // Set when the change also switched Rebake on: the stage's rebake field as it was (undefined where absent).
  rebake?: { before: unknown };
}

export interface SkippedStage {
  stageIndex: number;
  stageName: string;
  refId: string;
  reason: string;
}

export interface PlanOptions {
  // Switch Rebake on in each changed stage: the share lists are not in Rosco's bake key, so without it the next run
  // may find the old image and keep its old sharing.
  rebake?: boolean;
}

export interface PipelinePlan {
  pipelineId: string;
  application: string;
  pipelineName: string;
  // The pipeline as read, and as it is to be saved: only the changed stages' share fields differ.
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  changes: StageChange[];
  skipped: SkippedStage[];
}

type Outcome = { model: ShareModel } | { skipped: string };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
// A hand-edited value that is not text (a number that lost its leading zero) is shown as JSON holds it.
const valueText = (value: unknown): string =>
  value === undefined ? '' : typeof value === 'string' ? value : `${JSON.stringify(value)} (${typeof value}, not text)`;
const sameAccount = (left: string, right: string) =>
  normalizeAccountId(left.trim()).value === normalizeAccountId(right.trim()).value;

function overSlots(count: number, slots: number, noun: string, template: string): string | undefined {
  return count > slots
    ? `the template ${quote(template)} takes ${slots} ${noun}, and this would make ${count}`
    : undefined;
}

function addAccounts(model: ShareModel, accounts: string[], capacity: TemplateCapacity, template: string): Outcome {
  const added = accounts.filter((account) => !model.accounts.some((listed) => sameAccount(listed, account)));
  if (added.length === 0) return { skipped: `it already shares with ${accounts.map(quote).join(', ')}` };
  const next = [...model.accounts, ...added];
  const over = overSlots(next.length, capacity.accounts, 'accounts', template);
  return over ? { skipped: over } : { model: { ...model, accounts: next } };
}

function replaceAccount(model: ShareModel, account: string, by: string): Outcome {
  const index = model.accounts.findIndex((listed) => sameAccount(listed, account));
  if (index < 0) return { skipped: `it does not share with ${quote(account)}` };
  if (model.accounts.some((listed) => sameAccount(listed, by)))
    return { skipped: `it already shares with ${quote(by)}` };
  return { model: { ...model, accounts: model.accounts.map((listed, i) => (i === index ? by : listed)) } };
}

function addCopyRegion(
  model: ShareModel,
  region: string,
  bakeRegions: string[],
  capacity: TemplateCapacity,
  template: string,
): Outcome {
  if (model.copyRegions.includes(region)) return { skipped: `it already copies to ${quote(region)}` };
  const elsewhere = bakeRegions.find((bake) => partitionOf(bake) !== partitionOf(region));
  if (elsewhere) return { skipped: `it bakes in ${quote(elsewhere)}, and AMIs cannot be copied to another partition` };
  if (model.encrypted)
    return { skipped: `its image is encrypted, and ${quote(region)} would need a KMS key of its own` };
  const over = overSlots(model.copyRegions.length + 1, capacity.regions, 'copy regions', template);
  return over ? { skipped: over } : { model: { ...model, copyRegions: [...model.copyRegions, region] } };
}

function removeCopyRegion(model: ShareModel, region: string, bakeRegions: string[]): Outcome {
  if (!model.copyRegions.includes(region)) return { skipped: `it does not copy to ${quote(region)}` };
  const kmsKeys = bakeRegions.includes(region)
    ? model.kmsKeys
    : Object.fromEntries(Object.entries(model.kmsKeys).filter(([keyRegion]) => keyRegion !== region));
  return { model: { ...model, copyRegions: model.copyRegions.filter((listed) => listed !== region), kmsKeys } };
}

function changedModel(
  model: ShareModel,
  change: BulkChange,
  bakeRegions: string[],
  capacity: TemplateCapacity,
  template: string,
): Outcome {
  switch (change.kind) {
    case 'addAccounts':
      return addAccounts(model, change.accounts, capacity, template);
    case 'removeAccount': {
      const kept = model.accounts.filter((listed) => !sameAccount(listed, change.account));
      return kept.length === model.accounts.length
        ? { skipped: `it does not share with ${quote(change.account)}` }
        : { model: { ...model, accounts: kept } };
    }
    case 'replaceAccount':
      return replaceAccount(model, change.account, change.by);
    case 'addCopyRegion':
      return addCopyRegion(model, change.region, bakeRegions, capacity, template);
    case 'removeCopyRegion':
      return removeCopyRegion(model, change.region, bakeRegions);
  }
}

export interface BulkChangeProblem {
  // The field of the change that holds the refused value.
  field: 'accounts' | 'account' | 'by' | 'region';
  message: string;
}

// What makes a change itself unusable, whatever the stages: the same words the panel uses for a bad value.
export function bulkChangeProblem(change: BulkChange): BulkChangeProblem | undefined {
  const badAccount = (value: string) => !isAccountId(normalizeAccountId(value.trim()).value);
  const notAnAccount = (field: 'account' | 'by', value: string): BulkChangeProblem => ({
    field,
    message: `${quote(value)} is not a 12-digit AWS account ID.`,
  });
  switch (change.kind) {
    case 'addAccounts':
      return change.accounts.length === 0 || change.accounts.some(badAccount)
        ? { field: 'accounts', message: 'Give one or more 12-digit AWS account IDs.' }
        : undefined;
    case 'removeAccount':
    case 'replaceAccount':
      if (badAccount(change.account)) return notAnAccount('account', change.account);
      return change.kind === 'replaceAccount' && badAccount(change.by) ? notAnAccount('by', change.by) : undefined;
    case 'addCopyRegion':
    case 'removeCopyRegion':
      return findRegion(change.region)
        ? undefined
        : { field: 'region', message: `${quote(change.region)} is not an AWS region this review knows.` };
  }
}

function shareImage(stage: StageShareFields): StageShareImage {
  return { templateFileName: stage.templateFileName, extendedAttributes: stage.extendedAttributes };
}

function changedKeys(before: ExtendedAttributes | undefined, after: ExtendedAttributes): StageChange['keys'] {
  const old = before ?? {};
  const keys = [...Object.keys(old), ...Object.keys(after).filter((key) => !(key in old))];
  return keys
    .filter((key) => old[key] !== after[key])
    .map((key) => ({ key, before: valueText(old[key]), after: valueText(after[key]) }));
}

// One stage, changed by the codec as the panel would change it; the stage is skipped, with the reason, where the
// change would make it invalid or would need another template (a bulk change never swaps a template).
function planStage(
  stage: Record<string, unknown>,
  change: BulkChange,
  templates: Record<string, TemplateCapacity>,
): StageShareImage | string {
  if (!isAwsBake(stage)) return 'it is not an AWS bake stage';
  const fields = stage as StageShareFields;
  const model = readShare(fields);
  const template = model.templateFileName;
  const capacity = capacityOf(templates, template);
  if (!model.enabled || template === undefined || !capacity) {
    return template === undefined
      ? "it uses Rosco's default template, which cannot share"
      : `bake-share does not know the slots of its template ${quote(template)}`;
  }
  const outcome = changedModel(model, change, bakeRegionsOf(stage), capacity, template);
  if ('skipped' in outcome) return outcome.skipped;
  if (templateToWrite(outcome.model, templates) !== template) {
    return `the change needs another template than ${quote(template)}; change this stage in its editor`;
  }
  const written = writeShare(fields, outcome.model, templates);
  return { templateFileName: written.templateFileName, extendedAttributes: written.extendedAttributes };
}

export function planBulkChange(
  pipelines: ReadonlyArray<Record<string, unknown>>,
  targets: readonly StageTarget[],
  change: BulkChange,
  templates: Record<string, TemplateCapacity>,
  { rebake = false }: PlanOptions = {},
): PipelinePlan[] {
  const byPipeline = new Map<string, Set<number>>();
  for (const { pipelineId, stageIndex } of targets) {
    byPipeline.set(pipelineId, (byPipeline.get(pipelineId) ?? new Set()).add(stageIndex));
  }
  return pipelines.flatMap((pipeline) => {
    const indexes = byPipeline.get(text(pipeline.id));
    const stages = Array.isArray(pipeline.stages) ? (pipeline.stages as Array<Record<string, unknown>>) : [];
    if (!indexes) return [];
    const plan: PipelinePlan = {
      pipelineId: text(pipeline.id),
      application: text(pipeline.application),
      pipelineName: text(pipeline.name),
      before: pipeline,
      after: pipeline,
      changes: [],
      skipped: [],
    };
    const after = stages.map((stage, stageIndex) => {
      if (!indexes.has(stageIndex) || typeof stage !== 'object' || stage === null) return stage;
      const written = planStage(stage, change, templates);
      const stageName = text(stage.name);
      const refId = text(stage.refId);
      if (typeof written === 'string') {
        plan.skipped.push({ stageIndex, stageName, refId, reason: written });
        return stage;
      }
      const keys = changedKeys(
        stage.extendedAttributes as ExtendedAttributes | undefined,
        written.extendedAttributes ?? {},
      );
      if (keys.length === 0) return stage;
      const setsRebake = rebake && stage.rebake !== true;
      plan.changes.push({
        stageIndex,
        stageName,
        refId,
        before: shareImage(stage),
        after: written,
        keys,
        ...(setsRebake ? { rebake: { before: stage.rebake } } : {}),
      });
      const changed = { ...stage, extendedAttributes: written.extendedAttributes };
      return setsRebake ? { ...changed, rebake: true } : changed;
    });
    if (plan.changes.length > 0) plan.after = { ...pipeline, stages: after };
    return [plan];
  });
}

const sameImage = (left: unknown, right: unknown) => JSON.stringify(left ?? {}) === JSON.stringify(right ?? {});

// Undo for a saved change: the stages it changed get their share fields back exactly as they were, unless a stage no
// longer holds what the change wrote (someone edited it since), which is reported instead of overwritten.
export function revertBulkChange(
  current: Record<string, unknown>,
  changes: readonly StageChange[],
): { pipeline: Record<string, unknown> } | { conflicts: StageChange[] } {
  const stages = Array.isArray(current.stages) ? (current.stages as Array<Record<string, unknown>>) : [];
  const conflicts = changes.filter(
    (change) => !sameImage(stages[change.stageIndex]?.extendedAttributes, change.after.extendedAttributes),
  );
  if (conflicts.length > 0) return { conflicts };
  const reverted = stages.map((stage, index) => {
    const change = changes.find((candidate) => candidate.stageIndex === index);
    if (!change) return stage;
    const attributes = withField(stage, 'extendedAttributes', change.before.extendedAttributes);
    // Rebake goes back only while it is still what the change set: someone who switched it since meant to.
    return change.rebake && stage.rebake === true ? withField(attributes, 'rebake', change.rebake.before) : attributes;
  });
  return { pipeline: { ...current, stages: reverted } };
}

function withField(stage: Record<string, unknown>, field: string, value: unknown): Record<string, unknown> {
  if (value !== undefined) return { ...stage, [field]: value };
  const rest = { ...stage };
  delete rest[field];
  return rest;
}

// The stages a plan chose, found again in a pipeline read since: by refId, which stays with a stage when others are
// added or moved, and by position for a stage without one.
export function targetsAgain(plan: PipelinePlan, current: Record<string, unknown>): StageTarget[] {
  const stages = Array.isArray(current.stages) ? (current.stages as unknown[]) : [];
  const refIds = stages.map((stage) => text((stage as { refId?: unknown } | null)?.refId));
  return [...plan.changes, ...plan.skipped].flatMap(({ stageIndex, refId }) => {
    const found = refId ? refIds.indexOf(refId) : stageIndex < stages.length ? stageIndex : -1;
    return found < 0 ? [] : [{ pipelineId: plan.pipelineId, stageIndex: found }];
  });
}
