import type { IStage, IValidatorConfig } from '@spinnaker/core';

type StageChecks = typeof import('./stageChecks');

interface CustomValidator extends IValidatorConfig {
  validate(pipeline: unknown, stage: IStage): Promise<string | null>;
}

const loadStageChecks = () => import('./stageChecks');

// Deck waits for what a custom validator returns (PipelineConfigValidator wraps it in $q.resolve, Promise.resolve on
// Deck main), so the checks load on the first validation instead of at Deck's start. A check that fails is logged
// and passes: the validator never breaks Deck's validation.
export function lazyValidator(
  what: string,
  check: (checks: StageChecks, pipeline: never, stage: IStage) => string | null,
  fields: Partial<IValidatorConfig> = {},
): IValidatorConfig {
  const validator: CustomValidator = {
    type: 'custom',
    ...fields,
    validate: (pipeline, stage) =>
      loadStageChecks()
        .then((checks) => check(checks, pipeline as never, stage))
        .catch((error: unknown) => {
          console.error(`bake-share: could not ${what}`, error);
          return null;
        }),
  };
  return validator;
}

// Deck runs a stage's validators on every pipeline change and ignores validateFn once validators exist, so the
// panel's errors reach Deck's own validation (and block Save) through a custom validator.
export function shareValidators(): IValidatorConfig[] {
  return [
    lazyValidator('validate the stage', (checks, pipeline, stage) => checks.shareProblems(pipeline, stage), {
      preventSave: true,
    }),
  ];
}
