import { writeShare } from './codec';
import type { SharingMemory } from './sharingSwitch';
import { sharingOff, sharingOn } from './sharingSwitch';
import { MULTI_CHROOT, MULTI_EBS } from './templates';
import { shareModel } from './testing/shareModel';

const templateAfterOff = (templateFileName: string | undefined, memory: SharingMemory) =>
  writeShare({ templateFileName }, sharingOff(shareModel({ templateFileName }), memory)).templateFileName;

describe('sharingOff', () => {
  it('restores the template in effect just before the panel switched sharing on', () => {
    expect(templateAfterOff(MULTI_CHROOT, { switchedOn: { before: 'aws-chroot.json', after: MULTI_CHROOT } })).toBe(
      'aws-chroot.json',
    );
    expect(templateAfterOff(MULTI_EBS, { switchedOn: { before: 'aws-ebs.json', after: MULTI_EBS } })).toBe(
      'aws-ebs.json',
    );
    expect(templateAfterOff(MULTI_EBS, { switchedOn: { before: undefined, after: MULTI_EBS } })).toBeUndefined();
  });

  it("falls back to the multi template's twin when the stage opened sharing or the template changed since", () => {
    expect(templateAfterOff(MULTI_CHROOT, {})).toBe('aws-chroot.json');
    expect(templateAfterOff(MULTI_CHROOT, { switchedOn: { before: 'my-custom.json', after: MULTI_EBS } })).toBe(
      'aws-chroot.json',
    );
  });

  it('never clears or replaces a template that is not one of the multi templates', () => {
    expect(templateAfterOff('wide.json', { switchedOn: { before: 'wide.json', after: 'wide.json' } })).toBe(
      'wide.json',
    );
    expect(templateAfterOff('my-custom.json', { switchedOn: { before: undefined, after: MULTI_EBS } })).toBe(
      'my-custom.json',
    );
  });
});

describe('sharingOn', () => {
  const off = { accounts: ['111111111111'], copyRegions: ['eu-west-1'], template: MULTI_CHROOT };

  it('brings back the lists and the template of the last switch-off', () => {
    const model = sharingOn(shareModel({ enabled: false, templateFileName: 'aws-chroot.json' }), {
      switchedOff: { ...off, templateAfter: 'aws-chroot.json' },
    });

    expect(model).toMatchObject({
      enabled: true,
      accounts: ['111111111111'],
      copyRegions: ['eu-west-1'],
      templateFileName: MULTI_CHROOT,
    });
  });

  it('keeps a template the author chose while sharing was off', () => {
    const model = sharingOn(shareModel({ enabled: false, templateFileName: 'wide.json' }), {
      switchedOff: { ...off, templateAfter: 'aws-chroot.json' },
    });

    expect(model.templateFileName).toBe('wide.json');
    expect(model.accounts).toEqual(['111111111111']);
  });

  it('only switches on when nothing was switched off before', () => {
    const model = shareModel({ enabled: false, templateFileName: 'aws-ebs.json' });

    expect(sharingOn(model, {})).toEqual({ ...model, enabled: true });
  });
});
