import { HELP_TEXTS } from './helpTexts';

describe('the help texts', () => {
  // Rosco fills only the slots a stage leaves unused with SPINNAKER_AWS_DEFAULT_ACCOUNT / _REGION.
  it('say the default account and region apply while slots are left, not to every AMI', () => {
    expect(HELP_TEXTS['bakeShare.preview']).not.toMatch(/every AMI|always|whatever/);
    expect(HELP_TEXTS['bakeShare.preview']).toMatch(/fewer accounts than the template has slots/);
  });
});
