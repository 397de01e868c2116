import type { IStageTypeConfig, IValidatorConfig } from '@spinnaker/core';

type ValidateFn = (stage: unknown, context: { pipeline: unknown }) => unknown;

const messagesIn = (errors: unknown): string[] => {
  if (typeof errors === 'string') return errors ? [errors] : [];
  if (errors && typeof errors === 'object') return Object.values(errors).flatMap(messagesIn);
  return [];
};

// Deck uses a stage's validateFn only while the stage has no validators: once the plugin adds a validator, the
// stage's own checks must run as a validator too or they would silently stop.
function validateFnAsValidator(validateFn: ValidateFn): IValidatorConfig {
  const validator = {
    type: 'custom',
    validate: (pipeline: unknown, stage: unknown) =>
      Promise.resolve(validateFn(stage, { pipeline })).then((errors) => messagesIn(errors).join(' ') || null),
  };
  return validator as IValidatorConfig;
}

export function ownValidators(entry: IStageTypeConfig): IValidatorConfig[] {
  const validateFn = (entry as { validateFn?: ValidateFn }).validateFn;
  if (entry.validators) return entry.validators;
  return typeof validateFn === 'function' ? [validateFnAsValidator(validateFn)] : [];
}
