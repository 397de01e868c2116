import type { IStage, IValidatorConfig } from '@spinnaker/core';

interface CustomValidator extends IValidatorConfig {
  validate(pipeline: unknown, stage: IStage): Promise<string | null>;
}

export const loadStageChecks = () => import('./stageChecks');

// Deck runs a stage's validators on every pipeline change and ignores validateFn once validators exist, so the
// panel's errors reach Deck's own validation (and block Save) through a custom validator. Deck waits for what
// validate returns (PipelineConfigValidator wraps it in $q.resolve, Promise.resolve on Deck main), so the checks
// can load on the first validation instead of at Deck's start.
export function shareValidators(): IValidatorConfig[] {
  const blockSave: CustomValidator = {
    type: 'custom',
    preventSave: true,
    validate: (pipeline, stage) =>
      loadStageChecks()
        .then((checks) => checks.shareProblems(pipeline, stage))
        .catch((error: unknown) => {
          console.error('bake-share: could not validate the stage', error);
          return null;
        }),
  };
  return [blockSave];
}
