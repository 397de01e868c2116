import type { IStage, IStageConfigProps } from '@spinnaker/core';
import { bakeRegionsOf, readShare, validateStage, writeShare } from '../share';
import type { Finding, ShareContext, ShareModel, ShareWrite, StageShareFields, TemplateCapacity } from '../share';
import type { KnownAccount } from './awsAccounts';
import type { BakeShareSettings } from './settings';

export const shareFieldsOf = (stage: IStage): StageShareFields => ({
  templateFileName: stage.templateFileName,
  extendedAttributes: stage.extendedAttributes,
});

export { bakeRegionsOf } from '../share';

export function shareContextFor(
  stage: IStage,
  settings: Pick<BakeShareSettings, 'templates'>,
  knownAccounts: KnownAccount[],
): ShareContext {
  return { templates: settings.templates, bakeRegions: bakeRegionsOf(stage), knownAccounts };
}

export interface StageShareReport {
  model: ShareModel;
  findings: Finding[];
}

// The stage read once and validated as stored: what the panel shows, Deck's validator checks and the review lists.
export function shareReport(
  stage: IStage,
  settings: Pick<BakeShareSettings, 'templates'>,
  knownAccounts: KnownAccount[],
): StageShareReport {
  const fields = shareFieldsOf(stage);
  const model = readShare(fields);
  return { model, findings: validateStage(fields, shareContextFor(stage, settings, knownAccounts), model) };
}

// The one place the panel hands changes to Deck: only the keys the panel owns change, the rest is kept as it is.
export function writeStageShare(
  { stage, updateStageField }: Pick<IStageConfigProps, 'stage' | 'updateStageField'>,
  model: ShareModel,
  templates: Record<string, TemplateCapacity>,
): ShareWrite {
  const written = writeShare(shareFieldsOf(stage), model, templates);
  updateStageField({ templateFileName: written.templateFileName, extendedAttributes: written.extendedAttributes });
  return written;
}

// A template typed by hand is the user's choice: the model is read again with it, so switching to a multi template
// turns sharing on and nothing the user typed is replaced: writeShare would swap an empty or slotless name for the
// multi template while the user types, so validation reports that case instead.
export function changeStageTemplate(
  { stage, updateStageField }: Pick<IStageConfigProps, 'stage' | 'updateStageField'>,
  typed: string,
  templates: Record<string, TemplateCapacity>,
): void {
  const templateFileName = typed.trim() === '' ? undefined : typed;
  const fields = { ...shareFieldsOf(stage), templateFileName };
  const written = writeShare(fields, readShare(fields), templates);
  updateStageField({ templateFileName, extendedAttributes: written.extendedAttributes });
}

export function requestRebake({ updateStageField }: Pick<IStageConfigProps, 'updateStageField'>): void {
  updateStageField({ rebake: true });
}
