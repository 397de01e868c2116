import { prerequisites } from './prerequisites';
import type { PrerequisiteInput } from './prerequisites';

const detailOf = (title: RegExp, input: PrerequisiteInput): string => {
  const item = prerequisites(input).find((prerequisite) => title.test(prerequisite.title));
  if (!item) throw new Error(`no prerequisite ${title}`);
  return item.detail;
};

const accountDetail = (defaultAccount: PrerequisiteInput['defaultAccount']) =>
  detailOf(/SPINNAKER_AWS_DEFAULT_ACCOUNT/, { roscoMode: true, defaultAccount, region: '' });
const regionDetail = (region: string) =>
  detailOf(/SPINNAKER_AWS_DEFAULT_REGION/, { roscoMode: true, defaultAccount: { state: 'not chosen' }, region });

describe("the checklist's Rosco defaults", () => {
  it('says the default account receives an AMI only when the stage leaves a share slot unused', () => {
    const detail = accountDetail({ state: 'chosen', accountId: '012345678901' });
    expect(detail).toMatch(/^012345678901 receives the AMI whenever a stage lists fewer than 10 accounts/);
    expect(detail).toMatch(/unused share_with slots/);
    expect(detail).not.toMatch(/every AMI|whatever|always/);
  });

  it('says the default region receives a copy only when the stage leaves a copy slot unused', () => {
    const detail = regionDetail('eu-west-1');
    expect(detail).toMatch(/^eu-west-1 receives a copy of the AMI whenever a stage lists fewer than 5 copy regions/);
    expect(detail).not.toMatch(/every AMI|whatever|always/);
    expect(regionDetail('')).toMatch(/fewer than 5 copy regions/);
    expect(regionDetail('')).not.toMatch(/every AMI/);
  });

  it('builds no sentence from an account the field refuses, and asks for a 12-digit ID instead', () => {
    const detail = accountDetail({ state: 'refused' });
    expect(detail).toMatch(/12-digit AWS account ID/);
    expect(detail).not.toMatch(/receives/);
    expect(accountDetail({ state: 'not chosen' })).toMatch(/^Not chosen yet\./);
  });

  it('says which bakes fail when the account is unset', () => {
    for (const state of ['chosen', 'refused', 'not chosen'] as const) {
      const detail = accountDetail(state === 'chosen' ? { state, accountId: '012345678901' } : { state });
      expect(detail).toMatch(/bake that lists fewer than 10 accounts fails with InvalidAMIAttributeItemValue/);
    }
  });
});
