import type { IStageTypeConfig, IValidatorConfig } from '@spinnaker/core';
import { clearStageConfigCache, findStageEntries } from './bakeStageEntry';
import { ownValidators } from './ownValidators';
import { lazyValidator } from './shareValidators';

// A warning only: without preventSave Deck shows the message on the stage and still saves.
export function deployImageValidator(): IValidatorConfig {
  return lazyValidator('check where this stage finds its image', (checks, pipeline, stage) =>
    checks.deployImageProblems(pipeline, stage),
  );
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
