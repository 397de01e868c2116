import type { IStage, IStageTypeConfig, IValidatorConfig } from '@spinnaker/core';
import { deployImageWarnings } from '../share';
import { clearStageConfigCache, findStageEntries } from './bakeStageEntry';
import { ownValidators } from './ownValidators';
import { validatorText } from './validatorText';

interface CustomValidator extends IValidatorConfig {
  validate(pipeline: { stages?: unknown }, stage: IStage): string | null;
}

// A warning only: without preventSave Deck shows the message on the stage and still saves.
export function deployImageValidator(): IValidatorConfig {
  const warn: CustomValidator = {
    type: 'custom',
    validate: (pipeline, stage) => {
      try {
        const stages = Array.isArray(pipeline?.stages) ? pipeline.stages : [];
        const messages = deployImageWarnings(stages)
          .filter((warning) => warning.stageRefId === String(stage?.refId))
          .map((warning) => warning.message);
        return messages.length === 0 ? null : validatorText(messages.join(' '));
      } catch (error) {
        console.error('bake-share: could not check where this stage finds its image', error);
        return null;
      }
    },
  };
  return warn;
}

// Deck's Deploy stage (core, key 'deploy') and AWS's Clone Server Group take their image from an upstream bake.
const takesImageFromBake = (entry: IStageTypeConfig) =>
  entry.key === 'deploy' || (entry.provides === 'cloneServerGroup' && entry.cloudProvider === 'aws');

export function addDeployImageCheck(validator: IValidatorConfig = deployImageValidator()): number {
  const entries = findStageEntries(takesImageFromBake);
  for (const entry of entries) entry.validators = [...ownValidators(entry), validator];
  if (entries.length > 0) clearStageConfigCache();
  return entries.length;
}
