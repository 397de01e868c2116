import { DEFAULT_ACCOUNT_ENV, DEFAULT_REGION_ENV, previewCompanionFields, previewShare } from './preview';
import { COMPANION_EBS, COMPANION_EBS_KMS, templateCatalogue } from './templates';

const multi = { accounts: 10, regions: 5 };

describe('previewShare', () => {
  it('adds the Rosco default to the values when slots are left', () => {
    const preview = previewShare(['111111111111'], ['eu-west-1'], multi, {}, ['us-east-1']);
    expect(preview.amiUsers).toEqual([
      { value: '111111111111', source: 'stage' },
      { value: undefined, source: 'rosco-default' },
    ]);
    expect(preview.amiRegions).toEqual([
      { value: 'eu-west-1', source: 'stage' },
      { value: undefined, source: 'rosco-default' },
    ]);
  });

  it('names the known default values and de-duplicates like Packer', () => {
    const preview = previewShare(
      ['111111111111'],
      ['us-east-1'],
      multi,
      { accountId: '111111111111', region: 'us-east-1' },
      ['us-east-1'],
    );
    expect(preview.amiUsers).toEqual([{ value: '111111111111', source: 'stage' }]);
    expect(preview.amiRegions).toEqual([{ value: 'us-east-1', source: 'stage', bakeRegion: true }]);
  });

  it('shows what the template would drop and leaves no default when every slot is used', () => {
    const accounts = Array.from({ length: 11 }, (_, i) => String(100000000000 + i));
    const preview = previewShare(accounts, [], multi, {}, []);
    expect(preview.amiUsers).toHaveLength(10);
    expect(preview.amiUsers.every((entry) => entry.source === 'stage')).toBe(true);
    expect(preview.droppedAccounts).toEqual([accounts[10]]);
  });

  it('passes every value when the template capacity is unknown', () => {
    const preview = previewShare(['111111111111', '222222222222'], [], undefined, {}, []);
    expect(preview.amiUsers.map((entry) => entry.value)).toEqual(['111111111111', '222222222222']);
    expect(preview.droppedAccounts).toEqual([]);
  });
});

describe('previewShare with values the panel flags as errors', () => {
  it('marks them, so the preview never lists an invalid ID as if it were fine', () => {
    const flagged = new Set(['12345678901', 'us-east-1a']);
    const preview = previewShare(['12345678901', '111111111111'], ['us-east-1a'], multi, {}, [], flagged);

    expect(preview.amiUsers.slice(0, 2)).toEqual([
      { value: '12345678901', source: 'stage', invalid: true },
      { value: '111111111111', source: 'stage' },
    ]);
    expect(preview.amiRegions[0]).toEqual({ value: 'us-east-1a', source: 'stage', invalid: true });
  });
});

describe('previewShare, more cases', () => {
  it('trims values, drops blank ones and shows a repeated value once', () => {
    const preview = previewShare([' 111111111111 ', '', '111111111111'], [], { accounts: 3, regions: 1 }, {}, []);
    expect(preview.amiUsers).toEqual([
      { value: '111111111111', source: 'stage' },
      { value: undefined, source: 'rosco-default' },
    ]);
  });

  it('shows the default value by name when it is known and not already listed', () => {
    const preview = previewShare([], ['eu-west-1'], multi, { accountId: '999999999999', region: 'us-east-1' }, []);
    expect(preview.amiUsers).toEqual([{ value: '999999999999', source: 'rosco-default' }]);
    expect(preview.amiRegions).toEqual([
      { value: 'eu-west-1', source: 'stage' },
      { value: 'us-east-1', source: 'rosco-default' },
    ]);
  });

  it('drops every value when the template declares no slots of that kind', () => {
    const preview = previewShare([], ['eu-west-1', 'eu-west-2'], { accounts: 2, regions: 0 }, {}, []);
    expect(preview.amiRegions).toEqual([]);
    expect(preview.droppedRegions).toEqual(['eu-west-1', 'eu-west-2']);
  });

  it('names the environment variables the slots fall back to', () => {
    expect(DEFAULT_ACCOUNT_ENV).toBe('SPINNAKER_AWS_DEFAULT_ACCOUNT');
    expect(DEFAULT_REGION_ENV).toBe('SPINNAKER_AWS_DEFAULT_REGION');
  });
});

describe('the companion templates in the preview', () => {
  const companion = templateCatalogue()[COMPANION_EBS];
  const encrypting = templateCatalogue()[COMPANION_EBS_KMS];
  const ORGANIZATION = 'arn:aws:organizations::111122223333:organization/o-exampleorgid';
  const UNIT = 'arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-cd34ef56';

  it('shows no Rosco defaults: unused slots add nothing', () => {
    const preview = previewShare(
      ['111111111111'],
      [],
      companion,
      { accountId: '999999999999', region: 'us-east-1' },
      [],
    );
    expect(preview.amiUsers).toEqual([{ source: 'stage', value: '111111111111' }]);
    expect(preview.amiRegions).toEqual([]);
  });

  it('shows organizations, OUs and the snapshot users', () => {
    const model = {
      accounts: ['111111111111'],
      copyRegions: [],
      organizations: [UNIT, ORGANIZATION],
      shareSnapshots: true,
      kmsKeys: {},
    };
    expect(previewCompanionFields(model, companion, ['us-east-1'], new Set([UNIT]))).toEqual({
      amiOrgArns: [{ source: 'stage', value: ORGANIZATION }],
      amiOuArns: [{ source: 'stage', value: UNIT, invalid: true }],
      snapshotUsers: [{ source: 'stage', value: '111111111111' }],
    });
    expect(previewCompanionFields({ ...model, shareSnapshots: undefined }, companion, [])?.snapshotUsers).toEqual([]);
  });

  it('shows the key for each region of an encrypted image, sharing snapshots by default', () => {
    const model = {
      accounts: ['111111111111'],
      copyRegions: ['eu-west-1'],
      organizations: [],
      kmsKeys: { 'us-east-1': 'alias/a' },
    };
    const preview = previewCompanionFields(model, encrypting, ['us-east-1']);
    expect(preview?.regionKeys).toEqual([
      { region: 'us-east-1', key: 'alias/a', bakeRegion: true },
      { region: 'eu-west-1', key: undefined, bakeRegion: false },
    ]);
    expect(preview?.snapshotUsers).toEqual([{ source: 'stage', value: '111111111111' }]);
  });

  it('adds nothing for a stock template', () => {
    const model = { accounts: [], copyRegions: [], organizations: [], kmsKeys: {} };
    expect(previewCompanionFields(model, templateCatalogue()['aws-multi-ebs.json'], [])).toBeUndefined();
  });
});
