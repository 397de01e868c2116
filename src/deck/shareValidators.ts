import type { IStage, IValidatorConfig } from '@spinnaker/core';
import { pendingFindings } from '../share';
import { knownAccountsSnapshot } from './awsAccounts';
import { draftKey, pendingEntriesOf } from './entryDrafts';
import { readBakeShareSettings } from './settings';
import { shareReport } from './stageShare';
import { validatorText } from './validatorText';

interface CustomValidator extends IValidatorConfig {
  validate(pipeline: unknown, stage: IStage): string | null;
}

// Deck runs a stage's validators on every pipeline change and ignores validateFn once validators exist, so the
// panel's errors reach Deck's own validation (and block Save) through a custom validator.
export function shareValidators(): IValidatorConfig[] {
  const settings = readBakeShareSettings();
  const blockSave: CustomValidator = {
    type: 'custom',
    preventSave: true,
    validate: (pipeline, stage) => {
      try {
        const report = shareReport(stage, settings, knownAccountsSnapshot());
        // The boxes are shown, and so hold text that counts, only while the stage shares.
        const pending = report.model.enabled ? pendingFindings(pendingEntriesOf(draftKey(pipeline, stage))) : [];
        const findings = [...report.findings, ...pending];
        const errors = findings.filter((finding) => finding.severity === 'error');
        return errors.length === 0
          ? null
          : validatorText(`Share with accounts: ${errors.map((error) => error.message).join(' ')}`);
      } catch (error) {
        console.error('bake-share: could not validate the stage', error);
        return null;
      }
    },
  };
  return [blockSave];
}
