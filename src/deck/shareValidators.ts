import type { IStage, IValidatorConfig } from '@spinnaker/core';
import { knownAccountsSnapshot } from './awsAccounts';
import { readBakeShareSettings } from './settings';
import { validateStageShare } from './stageShare';

interface CustomValidator extends IValidatorConfig {
  validate(pipeline: unknown, stage: IStage): string | null;
}

// Deck shows validator messages as HTML (ng-bind-html, Markdown), so values typed by the user are escaped.
const asHtmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Deck runs a stage's validators on every pipeline change and ignores validateFn once validators exist, so the
// panel's errors reach Deck's own validation (and block Save) through a custom validator.
export function shareValidators(): IValidatorConfig[] {
  const blockSave: CustomValidator = {
    type: 'custom',
    preventSave: true,
    validate: (_pipeline, stage) => {
      try {
        const errors = validateStageShare(stage, readBakeShareSettings(), knownAccountsSnapshot()).filter(
          (finding) => finding.severity === 'error',
        );
        return errors.length === 0
          ? null
          : asHtmlText(`Share with accounts: ${errors.map((error) => error.message).join(' ')}`);
      } catch (error) {
        console.error('bake-share: could not validate the stage', error);
        return null;
      }
    },
  };
  return [blockSave];
}
