import { encryptionFindings, keyedRegions, snapshotFindings } from './encryption';
import type { ShareModel } from './model';
import { COMPANION_EBS, COMPANION_EBS_KMS, MULTI_EBS, templateCatalogue } from './templates';
import { shareModel } from './testing/shareModel';

const templates = templateCatalogue();
const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const encrypted = (overrides: Partial<ShareModel>) =>
  shareModel({ templateFileName: COMPANION_EBS_KMS, encrypted: true, accounts: ['111111111111'], ...overrides });
const findings = (overrides: Partial<ShareModel>, bakeRegions = ['us-east-1']) =>
  encryptionFindings(encrypted(overrides), templates, bakeRegions);

describe('encryptionFindings', () => {
  it.each([
    [KEY],
    ['mrk-1234abcd12ab34cd56ef1234567890ab'],
    ['alias/bake-share'],
    [`arn:aws:kms:us-east-1:111122223333:key/${KEY}`],
    ['arn:aws:kms:us-east-1:111122223333:alias/bake-share'],
  ])('accepts %s for the bake region', (key) => {
    expect(findings({ kmsKeys: { 'us-east-1': key } })).toEqual([]);
  });

  it('asks for a key for each bake region and each copy region, once each', () => {
    const missing = findings({ copyRegions: ['eu-west-1', 'us-west-2'], kmsKeys: {} }, ['us-east-1', 'us-west-2']);
    expect(missing.map((finding) => finding.value)).toEqual(['us-east-1', 'us-west-2', 'eu-west-1']);
    expect(missing[2].message).toMatch(/^Choose a KMS key for 'eu-west-1': Packer encrypts each copy/);
    expect(keyedRegions({ copyRegions: ['eu-west-1', '${x}', ''] }, ['us-east-1'])).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('refuses a key in another region', () => {
    const [finding] = findings({ kmsKeys: { 'us-east-1': `arn:aws:kms:eu-west-1:111122223333:key/${KEY}` } });
    expect(finding).toMatchObject({ severity: 'error', field: 'encryption', value: 'us-east-1' });
    expect(finding.message).toMatch(/is a key in 'eu-west-1', but it is the key for 'us-east-1'/);
  });

  it.each([['not a key'], ['1234'], ['arn:aws:kms:us-east-1:111122223333:secret/x'], ['alias/']])(
    'refuses %s',
    (key) => {
      expect(findings({ kmsKeys: { 'us-east-1': key } })).toEqual([expect.objectContaining({ severity: 'error' })]);
    },
  );

  it('refuses the AWS-managed aws/ebs key when the image is shared, and allows it when it is not', () => {
    for (const key of ['alias/aws/ebs', 'arn:aws:kms:us-east-1:111122223333:alias/aws/ebs']) {
      expect(findings({ kmsKeys: { 'us-east-1': key } })[0].message).toMatch(
        /AWS-managed EBS key, which cannot be shared/,
      );
      expect(findings({ accounts: [], kmsKeys: { 'us-east-1': key } })).toEqual([]);
    }
  });

  it('says a template without encryption would ignore the keys', () => {
    const [finding] = encryptionFindings(
      encrypted({ templateFileName: MULTI_EBS, kmsKeys: { 'us-east-1': KEY } }),
      templates,
      ['us-east-1'],
    );
    expect(finding.message).toMatch(/'aws-multi-ebs.json' does not encrypt .* 'bake-share-ebs-kms.json' does/);
  });

  it('warns that unshared snapshots keep the accounts from copying an encrypted image', () => {
    expect(findings({ kmsKeys: { 'us-east-1': KEY }, shareSnapshots: false })).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'snapshots' }),
    ]);
  });

  it('says nothing when the image is not encrypted', () => {
    expect(encryptionFindings(shareModel({ accounts: ['111111111111'] }), templates, ['us-east-1'])).toEqual([]);
  });
});

describe('snapshotFindings', () => {
  it('says a stock template does not share snapshots', () => {
    const [finding] = snapshotFindings(shareModel({ templateFileName: MULTI_EBS, shareSnapshots: true }), templates);
    expect(finding.message).toMatch(/'aws-multi-ebs.json' does not share snapshots .* 'bake-share-ebs.json' does/);
    expect(snapshotFindings(shareModel({ templateFileName: COMPANION_EBS, shareSnapshots: true }), templates)).toEqual(
      [],
    );
    expect(snapshotFindings(shareModel({ templateFileName: MULTI_EBS, shareSnapshots: false }), templates)).toEqual([]);
  });
});
