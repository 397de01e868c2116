import type { IStage } from '@spinnaker/core';
import { deployImageWarnings, pendingFindings } from '../share';
import { knownAccountsSnapshot } from './awsAccounts';
import { draftKey, pendingEntriesOf } from './entryDrafts';
import { readBakeShareSettings } from './settings';
import { shareReport } from './stageShare';
import { validatorText } from './validatorText';

// What the validators check, in a chunk of its own: Deck's start pays only for the validators that load it.
export function shareProblems(pipeline: unknown, stage: IStage): string | null {
  const report = shareReport(stage, readBakeShareSettings(), knownAccountsSnapshot());
  // The boxes are shown, and so hold text that counts, only while the stage shares.
  const pending = report.model.enabled ? pendingFindings(pendingEntriesOf(draftKey(pipeline, stage))) : [];
  const errors = [...report.findings, ...pending].filter((finding) => finding.severity === 'error');
  return errors.length === 0
    ? null
    : validatorText(`Share with accounts: ${errors.map((error) => error.message).join(' ')}`);
}

export function deployImageProblems(pipeline: { stages?: unknown }, stage: IStage): string | null {
  const stages = Array.isArray(pipeline?.stages) ? pipeline.stages : [];
  const messages = deployImageWarnings(stages)
    .filter((warning) => warning.stageRefId === String(stage?.refId))
    .map((warning) => warning.message);
  return messages.length === 0 ? null : validatorText(messages.join(' '));
}
