import type { IStage, IStageTypeConfig, IValidatorConfig } from '@spinnaker/core';
import { clearStageConfigCache, findStageEntries } from './bakeStageEntry';
import { ownValidators } from './ownValidators';
import { loadStageChecks } from './shareValidators';

interface CustomValidator extends IValidatorConfig {
  validate(pipeline: { stages?: unknown }, stage: IStage): Promise<string | null>;
}

// A warning only: without preventSave Deck shows the message on the stage and still saves.
export function deployImageValidator(): IValidatorConfig {
  const warn: CustomValidator = {
    type: 'custom',
    validate: (pipeline, stage) =>
      loadStageChecks()
        .then((checks) => checks.deployImageProblems(pipeline, stage))
        .catch((error: unknown) => {
          console.error('bake-share: could not check where this stage finds its image', error);
          return null;
        }),
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
