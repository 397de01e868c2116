import { numberedSlots, otherAttributes, readShare, writeShare } from './codec';
import type { ShareModel, StageShareFields } from './model';
import {
  COMPANION_CHROOT,
  COMPANION_CHROOT_KMS,
  COMPANION_EBS,
  COMPANION_EBS_KMS,
  MULTI_CHROOT,
  MULTI_EBS,
  templateCatalogue,
} from './templates';
import { shareModel } from './testing/shareModel';

const model = (overrides: Partial<ShareModel> = {}): ShareModel => shareModel({ form: 'none', ...overrides });

const attributes = (values: Record<string, unknown>) => values as Record<string, string>;

describe('readShare', () => {
  it('reads numbered slots in slot order, with gaps', () => {
    const read = readShare({
      templateFileName: MULTI_EBS,
      extendedAttributes: { share_with_3: '333333333333', share_with_1: '111111111111', share_with_10: '101010101010' },
    });
    expect(read.accounts).toEqual(['111111111111', '333333333333', '101010101010']);
    expect(read.form).toBe('numbered');
  });

  it('orders slot numbers beyond safe integers correctly', () => {
    const read = readShare({
      extendedAttributes: { copy_to_100000000000000000001: 'b', copy_to_99999999999999999999: 'a', copy_to_2: 'c' },
    });
    expect(read.copyRegions).toEqual(['c', 'a', 'b']);
  });

  it('splits the comma form, trimming and dropping empty tokens', () => {
    const read = readShare({
      extendedAttributes: { share_with: ' 111111111111 ,, 222222222222 , ', copy_to: 'eu-west-1' },
    });
    expect(read.accounts).toEqual(['111111111111', '222222222222']);
    expect(read.copyRegions).toEqual(['eu-west-1']);
    expect(read.form).toBe('comma');
  });

  it('keeps expressions whole when splitting the comma form', () => {
    const read = readShare({
      extendedAttributes: { share_with: "${ {'111111111111','222222222222'} }, 333333333333" },
    });
    expect(read.accounts).toEqual(["${ {'111111111111','222222222222'} }", '333333333333']);
  });

  it('puts comma-form values first, then numbered ones, and reports the mix', () => {
    const read = readShare({
      extendedAttributes: { share_with_1: '333333333333', share_with: '111111111111,222222222222' },
    });
    expect(read.accounts).toEqual(['111111111111', '222222222222', '333333333333']);
    expect(read.form).toBe('mixed');
  });

  // Rosco unrolls each comma list into its own numbered slots, so two lists in different forms never collide.
  it('does not call the stage mixed when each list uses one form', () => {
    expect(readShare({ extendedAttributes: { share_with: '111111111111', copy_to_1: 'eu-west-1' } }).form).toBe(
      'comma',
    );
    expect(readShare({ extendedAttributes: { share_with_1: '111111111111', copy_to: 'eu-west-1' } }).form).toBe(
      'comma',
    );
  });

  it('calls the stage mixed when one list uses both forms', () => {
    const attributes = { share_with: '111111111111', copy_to: 'eu-west-1', copy_to_1: 'eu-west-2' };
    expect(readShare({ extendedAttributes: attributes }).form).toBe('mixed');
  });

  it('ignores empty and whitespace-only numbered values, as Rosco skips them', () => {
    const read = readShare({
      extendedAttributes: { share_with_1: '', share_with_2: '  ', share_with_3: '111111111111' },
    });
    expect(read.accounts).toEqual(['111111111111']);
    expect(read.form).toBe('numbered');
  });

  it('does not count an empty comma form as a form', () => {
    expect(readShare({ extendedAttributes: { share_with: ' , ' } }).form).toBe('none');
  });

  it('trims plain values and keeps expressions exactly as written', () => {
    const read = readShare({
      extendedAttributes: { share_with_1: ' 111111111111 ', share_with_2: ' ${ accounts[0] } ' },
    });
    expect(read.accounts).toEqual(['111111111111', ' ${ accounts[0] } ']);
  });

  it('keeps a numbered value with commas as one value', () => {
    expect(readShare({ extendedAttributes: { share_with_1: '111111111111,222222222222' } }).accounts).toEqual([
      '111111111111,222222222222',
    ]);
  });

  it('reads numbers from hand-edited JSON as text, so a lost leading zero stays visible', () => {
    const read = readShare({ extendedAttributes: attributes({ share_with_1: 12345678901, copy_to: 5 }) });
    expect(read.accounts).toEqual(['12345678901']);
    expect(read.copyRegions).toEqual(['5']);
  });

  it('treats null values as empty and objects as their JSON text', () => {
    const read = readShare({ extendedAttributes: attributes({ share_with_1: null, share_with_2: { id: 1 } }) });
    expect(read.accounts).toEqual(['{"id":1}']);
  });

  it('survives attributes that are not an object', () => {
    expect(
      readShare({ extendedAttributes: attributes(['111111111111'] as unknown as Record<string, unknown>) }),
    ).toEqual(model({ enabled: false }));
    expect(readShare({ extendedAttributes: null as unknown as Record<string, string> }).accounts).toEqual([]);
  });

  it.each([
    ['share_with_0', /numbered from 1/],
    ['share_with_01', /no leading zeros.*'share_with_1'/],
    ['share_with_x', /'x' is not a slot number/],
    ['copy_to_1a', /'1a' is not a slot number/],
    ['share_with_', /no slot number/],
    ['SHARE_WITH_1', /must match exactly.*'share_with_1'/],
    [' copy_to', /must match exactly.*'copy_to'/],
    ['Share_With_01', /no leading zeros/],
    ['share_with1', /'share_with_1', with an underscore/],
  ])('keeps %s aside as unparsed', (key, reason) => {
    const read = readShare({ extendedAttributes: { [key]: '111111111111' } });
    expect(read.accounts).toEqual([]);
    expect(read.copyRegions).toEqual([]);
    expect(read.unparsed).toEqual([{ key, value: '111111111111', reason: expect.stringMatching(reason) }]);
  });

  it.each(['share_withhold', 'copy_toast', 'my_share_with_1', 'ami_name'])('ignores the unrelated key %s', (key) => {
    const read = readShare({ extendedAttributes: { [key]: '111111111111' } });
    expect(read.unparsed).toEqual([]);
    expect(read.accounts).toEqual([]);
  });

  describe('enabled and templates', () => {
    it('is off for a plain stage', () => {
      expect(readShare({})).toEqual(model({ enabled: false }));
    });

    it('is on when the stage already uses a multi template', () => {
      expect(readShare({ templateFileName: MULTI_CHROOT })).toMatchObject({
        enabled: true,
        templateFileName: MULTI_CHROOT,
        baseTemplateFileName: 'aws-chroot.json',
      });
      expect(readShare({ templateFileName: MULTI_EBS }).baseTemplateFileName).toBeUndefined();
    });

    it('is on when values exist, whatever the template', () => {
      expect(
        readShare({ templateFileName: 'custom.json', extendedAttributes: { copy_to_1: 'eu-west-1' } }),
      ).toMatchObject({
        enabled: true,
        baseTemplateFileName: 'custom.json',
      });
    });

    it('treats an empty template name as none', () => {
      expect(readShare({ templateFileName: '' }).templateFileName).toBeUndefined();
    });
  });
});

describe('writeShare', () => {
  const stage: StageShareFields = {
    templateFileName: undefined,
    extendedAttributes: {
      ami_name: 'base',
      share_with: '999999999999',
      share_with_4: '444444444444',
      copy_to_1: 'eu-west-1',
      share_with_01: 'kept',
      share_withhold: 'kept too',
    },
  };

  it('replaces every key the panel owns with contiguous numbered slots and keeps the rest in order', () => {
    const written = writeShare(
      stage,
      model({ accounts: ['111111111111', '222222222222'], copyRegions: ['us-west-2'] }),
    );
    expect(Object.entries(written.extendedAttributes)).toEqual([
      ['ami_name', 'base'],
      ['share_with_01', 'kept'],
      ['share_withhold', 'kept too'],
      ['share_with_1', '111111111111'],
      ['share_with_2', '222222222222'],
      ['copy_to_1', 'us-west-2'],
    ]);
  });

  it('drops blank values, trims plain ones and keeps expressions as written', () => {
    const written = writeShare({}, model({ accounts: ['', ' 111111111111 ', '   ', ' ${ x } '] }));
    expect(written.extendedAttributes).toEqual({ share_with_1: '111111111111', share_with_2: ' ${ x } ' });
  });

  it('writes no share or copy keys when sharing is off', () => {
    const written = writeShare(stage, model({ enabled: false, accounts: ['111111111111'] }));
    expect(written.extendedAttributes).toEqual({ ami_name: 'base', share_with_01: 'kept', share_withhold: 'kept too' });
  });

  it('does not change the stage it was given', () => {
    const before = JSON.stringify(stage);
    writeShare(stage, model({ accounts: ['111111111111'] }));
    expect(JSON.stringify(stage)).toBe(before);
  });

  it('keeps values of untouched keys identical, even ones that are not text', () => {
    const value = { nested: true };
    const written = writeShare({ extendedAttributes: attributes({ other: value }) }, model());
    expect(written.extendedAttributes.other).toBe(value);
  });

  it("keeps a '__proto__' attribute as an ordinary attribute", () => {
    const extendedAttributes = JSON.parse('{"__proto__":"x","share_with_1":"111111111111"}');
    const written = writeShare({ extendedAttributes }, readShare({ extendedAttributes }));
    expect(Object.keys(written.extendedAttributes)).toEqual(['__proto__', 'share_with_1']);
    expect(Object.getPrototypeOf(written.extendedAttributes)).toBe(Object.prototype);
  });

  describe('template when sharing is on', () => {
    const on = (templateFileName?: string, templates?: ReturnType<typeof templateCatalogue>) =>
      writeShare({ templateFileName }, model({ templateFileName }), templates).templateFileName;

    it.each([
      [undefined, MULTI_EBS],
      ['aws-ebs.json', MULTI_EBS],
      ['aws-chroot.json', MULTI_CHROOT],
      [MULTI_EBS, MULTI_EBS],
      [MULTI_CHROOT, MULTI_CHROOT],
      ['custom.json', 'custom.json'],
      ['aws-windows-2012-r2.json', 'aws-windows-2012-r2.json'],
    ])('%s becomes %s', (current, expected) => {
      expect(on(current)).toBe(expected);
    });

    it('keeps a stock template that the settings give share slots', () => {
      expect(on('aws-ebs.json', templateCatalogue({ 'aws-ebs.json': { accounts: 3, regions: 1 } }))).toBe(
        'aws-ebs.json',
      );
    });

    it('uses the template in the model, so the panel can change it', () => {
      expect(writeShare({ templateFileName: 'a.json' }, model({ templateFileName: 'b.json' })).templateFileName).toBe(
        'b.json',
      );
    });
  });

  describe('template when sharing is off', () => {
    const off = (templateFileName: string | undefined, baseTemplateFileName?: string) =>
      writeShare({ templateFileName }, model({ enabled: false, templateFileName, baseTemplateFileName }))
        .templateFileName;

    it('restores what the stage used before a multi template was set', () => {
      expect(off(MULTI_CHROOT, 'aws-chroot.json')).toBe('aws-chroot.json');
      expect(off(MULTI_EBS, undefined)).toBeUndefined();
      expect(off(MULTI_EBS, '')).toBeUndefined();
    });

    it('keeps any other template', () => {
      expect(off('custom.json', 'other.json')).toBe('custom.json');
      expect(off(undefined, 'other.json')).toBeUndefined();
    });
  });

  it('round-trips a switch on and off', () => {
    const plain: StageShareFields = { templateFileName: 'aws-chroot.json', extendedAttributes: { a: 'b' } };
    const opened = readShare(plain);
    const on = writeShare(plain, { ...opened, enabled: true, accounts: ['111111111111'] });
    expect(on.templateFileName).toBe(MULTI_CHROOT);
    const off = writeShare(on, { ...readShare(on), enabled: false });
    expect(off).toEqual({ templateFileName: 'aws-chroot.json', extendedAttributes: { a: 'b' } });
  });
});

describe('otherAttributes', () => {
  it('lists the attributes the panel does not own, as text', () => {
    expect(
      otherAttributes(attributes({ share_with_1: 'x', ami_name: 'a', share_with_0: 'y', size: 8, copy_to: 'z' })),
    ).toEqual([
      ['ami_name', 'a'],
      ['share_with_0', 'y'],
      ['size', '8'],
    ]);
    expect(otherAttributes(undefined)).toEqual([]);
  });
});

describe('numberedSlots', () => {
  it('lists the numbered slots that hold a value', () => {
    expect(
      numberedSlots({ extendedAttributes: { share_with_12: ' 1 ', share_with_2: '', copy_to_3: 'x', copy_to: 'y' } }),
    ).toEqual({
      accounts: [{ key: 'share_with_12', slot: 12, value: '1' }],
      copyRegions: [{ key: 'copy_to_3', slot: 3, value: 'x' }],
    });
  });
});

describe('the companion templates’ keys', () => {
  const ORGANIZATION = 'arn:aws:organizations::111122223333:organization/o-exampleorgid';
  const UNIT = 'arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-cd34ef56';
  const written = (overrides: Partial<ShareModel>, templateFileName?: string) =>
    writeShare({ templateFileName, extendedAttributes: { ami_name: 'x' } }, model({ templateFileName, ...overrides }));

  it('writes organizations and OUs to their own slots, and reads them back organizations first', () => {
    const write = written({ organizations: [UNIT, ORGANIZATION, ' '] }, COMPANION_EBS);
    expect(write.extendedAttributes).toEqual({ ami_name: 'x', share_with_org_1: ORGANIZATION, share_with_ou_1: UNIT });
    expect(readShare(write)).toMatchObject({ enabled: true, organizations: [ORGANIZATION, UNIT] });
  });

  it('writes share_snapshots only when the author chose, and reads it back', () => {
    expect(written({ shareSnapshots: true }, COMPANION_EBS).extendedAttributes).toHaveProperty(
      'share_snapshots',
      'true',
    );
    expect(written({}, COMPANION_EBS).extendedAttributes).not.toHaveProperty('share_snapshots');
    expect(readShare({ extendedAttributes: { share_snapshots: 'false' } }).shareSnapshots).toBe(false);
  });

  it('keeps an unreadable share_snapshots as it is, and flags it', () => {
    const stage = { templateFileName: COMPANION_EBS, extendedAttributes: attributes({ share_snapshots: 'yes' }) };
    const read = readShare(stage);
    expect(read.shareSnapshots).toBeUndefined();
    expect(read.unparsed).toEqual([expect.objectContaining({ key: 'share_snapshots', value: 'yes' })]);
    expect(writeShare(stage, read).extendedAttributes).toEqual({ share_snapshots: 'yes' });
  });

  it('names each KMS key after its region, and writes keys only for an encrypted image', () => {
    const keys = { 'us-east-1': 'alias/a', 'eu-west-1': 'alias/b' };
    const write = written({ encrypted: true, copyRegions: ['eu-west-1'], kmsKeys: keys }, COMPANION_EBS_KMS);
    expect(write.extendedAttributes).toEqual({
      ami_name: 'x',
      copy_to_1: 'eu-west-1',
      'kms_key_us-east-1': 'alias/a',
      'kms_key_eu-west-1': 'alias/b',
    });
    expect(readShare(write)).toMatchObject({ encrypted: true, kmsKeys: keys });
    expect(written({ kmsKeys: keys }, COMPANION_EBS).extendedAttributes).toEqual({ ami_name: 'x' });
  });

  it('reads an image with keys as encrypted even on another template, and leaves kms_key_id alone', () => {
    expect(readShare({ extendedAttributes: { 'kms_key_us-east-1': 'alias/a' } }).encrypted).toBe(true);
    expect(readShare({ extendedAttributes: { kms_key_id: 'alias/a' } }).encrypted).toBe(false);
    expect(otherAttributes({ kms_key_id: 'alias/a', 'kms_key_us-east-1': 'alias/b' })).toEqual([
      ['kms_key_id', 'alias/a'],
    ]);
  });

  it.each([
    [
      'eleven accounts',
      { accounts: Array.from({ length: 11 }, (_, i) => String(100000000000 + i)) },
      MULTI_EBS,
      COMPANION_EBS,
    ],
    ['six copy regions', { copyRegions: ['a-1', 'b-1', 'c-1', 'd-1', 'e-1', 'f-1'] }, MULTI_CHROOT, COMPANION_CHROOT],
    ['an organization', { organizations: [ORGANIZATION] }, MULTI_EBS, COMPANION_EBS],
    ['shared snapshots', { shareSnapshots: true }, MULTI_CHROOT, COMPANION_CHROOT],
    ['encryption', { encrypted: true }, MULTI_EBS, COMPANION_EBS_KMS],
    ['encryption on the chroot twin', { encrypted: true }, COMPANION_CHROOT, COMPANION_CHROOT_KMS],
    ['no encryption any more', { encrypted: false }, COMPANION_EBS_KMS, COMPANION_EBS],
    ['an organization, from Rosco’s default', { organizations: [ORGANIZATION] }, undefined, COMPANION_EBS],
  ])('switches to the companion template for %s', (_, overrides, from, to) => {
    expect(written(overrides, from).templateFileName).toBe(to);
  });

  it('keeps a template that can hold what is asked, and any template it does not know', () => {
    expect(written({ accounts: ['111111111111'], shareSnapshots: false }, MULTI_EBS).templateFileName).toBe(MULTI_EBS);
    expect(written({ accounts: ['111111111111'] }, COMPANION_EBS).templateFileName).toBe(COMPANION_EBS);
    expect(written({ organizations: [ORGANIZATION] }, 'custom.json').templateFileName).toBe('custom.json');
    const big = templateCatalogue({ [MULTI_EBS]: { accounts: 20, regions: 5 } });
    const accounts = Array.from({ length: 11 }, (_, i) => String(100000000000 + i));
    expect(
      writeShare({ templateFileName: MULTI_EBS }, model({ templateFileName: MULTI_EBS, accounts }), big)
        .templateFileName,
    ).toBe(MULTI_EBS);
  });

  it('goes back to the single-region twin when sharing is switched off', () => {
    const off = (templateFileName: string) =>
      writeShare({ templateFileName }, { ...readShare({ templateFileName }), enabled: false }).templateFileName;
    expect(off(COMPANION_CHROOT_KMS)).toBe('aws-chroot.json');
    expect(off(COMPANION_EBS)).toBeUndefined();
  });
});
