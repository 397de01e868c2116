import type { IStage } from '@spinnaker/core';
import { bakeRegionsOf, capacityOf, deployImageWarnings, isAwsBake, isSpel, keyedRegions, keyOf } from '../../share';
import type { Finding, KnownAccount, ShareModel, TemplateCapacity } from '../../share';
import type { PipelineConfig } from '../../deck/pipelineConfigs';
import { shareReport } from '../../deck/stageShare';

export interface ReviewAccount {
  // As written in the stage: the value Packer receives.
  id: string;
  name?: string;
  note?: string;
}

export interface ReviewProblem {
  severity: 'error' | 'warning';
  message: string;
}

export interface ReviewRow {
  key: string;
  application: string;
  pipelineId: string;
  pipelineName: string;
  // The stage's place in its pipeline's stages, which a bulk change targets.
  stageIndex: number;
  pipelineDisabled: boolean;
  stageName: string;
  template?: string;
  accounts: ReviewAccount[];
  copyRegions: string[];
  // Organization and OU ARNs (companion templates).
  organizations: string[];
  sharesSnapshots: boolean;
  // Set for an encrypted image: the key of each region that needs one, '' where none is given.
  kmsKeys?: Array<{ region: string; key: string }>;
  problems: ReviewProblem[];
}

export interface ReviewContext {
  templates: Record<string, TemplateCapacity>;
  // Undefined when Spinnaker's account list could not be loaded: then no account is called unknown.
  knownAccounts?: KnownAccount[];
}

export const NOT_A_SPINNAKER_ACCOUNT = 'not a Spinnaker account';
export const AN_EXPRESSION = 'an expression, resolved when the pipeline runs';
export const A_SPINNAKER_ACCOUNT_NAME = 'a Spinnaker account name, not an AWS account ID';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export { isAwsBake } from '../../share';

function accountNamer(knownAccounts: KnownAccount[] | undefined): (id: string) => ReviewAccount {
  const names = new Map<string, string>();
  for (const account of knownAccounts ?? []) {
    if (account.accountId && !names.has(account.accountId)) names.set(account.accountId, account.name);
  }
  const accountNames = new Set((knownAccounts ?? []).map((account) => account.name));
  return (id) => {
    const name = names.get(id);
    if (name !== undefined) return { id, name };
    if (isSpel(id)) return { id, note: AN_EXPRESSION };
    if (accountNames.has(id)) return { id, note: A_SPINNAKER_ACCOUNT_NAME };
    return knownAccounts ? { id, note: NOT_A_SPINNAKER_ACCOUNT } : { id };
  };
}

function problemsOf(findings: Finding[]): ReviewProblem[] {
  return findings
    .filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
    .map(({ severity, message }) => ({ severity: severity as ReviewProblem['severity'], message }));
}

function encryptionOf(share: ShareModel, bakeRegions: string[]): Pick<ReviewRow, 'kmsKeys'> {
  if (!share.encrypted) return {};
  return { kmsKeys: keyedRegions(share, bakeRegions).map((region) => ({ region, key: keyOf(share, region) })) };
}

export function reviewRows(pipelines: readonly PipelineConfig[], context: ReviewContext): ReviewRow[] {
  const accountOf = accountNamer(context.knownAccounts);
  const rows: ReviewRow[] = [];
  pipelines.forEach((pipeline, pipelineIndex) => {
    const stages = Array.isArray(pipeline.stages) ? pipeline.stages : [];
    const deployWarnings = deployImageWarnings(stages as Array<Record<string, unknown>>);
    stages.forEach((candidate, stageIndex) => {
      if (typeof candidate !== 'object' || candidate === null) return;
      const stage = candidate as IStage;
      if (!isAwsBake(stage)) return;
      const { model: share, findings } = shareReport(stage, context, context.knownAccounts ?? []);
      const lists = [share.accounts, share.copyRegions, share.organizations, share.unparsed];
      if (lists.every((list) => list.length === 0)) return;
      const capacity = capacityOf(context.templates, share.templateFileName);
      const pipelineId = text(pipeline.id);
      rows.push({
        key: `${pipelineIndex}/${stageIndex}`,
        application: text(pipeline.application),
        pipelineId,
        pipelineName: text(pipeline.name),
        stageIndex,
        pipelineDisabled: pipeline.disabled === true,
        stageName: text(stage.name),
        template: share.templateFileName,
        accounts: share.accounts.map((account) => accountOf(account)),
        copyRegions: share.copyRegions,
        organizations: share.organizations,
        sharesSnapshots: capacity?.snapshots === true && (share.shareSnapshots ?? capacity.encryption === true),
        ...encryptionOf(share, bakeRegionsOf(stage)),
        problems: [
          ...problemsOf(findings),
          ...deployWarnings
            .filter((warning) => warning.bakeRefId === text(stage.refId))
            .map((warning): ReviewProblem => ({ severity: 'warning', message: warning.bakeMessage })),
        ],
      });
    });
  });
  return rows;
}

export const pipelineEditorUrl = (row: Pick<ReviewRow, 'application' | 'pipelineId'>): string =>
  `#/applications/${encodeURIComponent(row.application)}/executions/configure/${encodeURIComponent(row.pipelineId)}`;
