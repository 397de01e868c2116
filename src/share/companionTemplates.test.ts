import { writeShare } from './codec';
import { COMPANION_TEMPLATES, DEFAULT_TEMPLATES, isChrootTemplate, isEncryptingTemplate } from './templates';
import { readTemplate } from './testing/packer';
import { shareModel } from './testing/shareModel';

const slotCount = (variables: Record<string, unknown>, prefix: string) =>
  Object.keys(variables).filter((name) => new RegExp(`^${prefix}_[1-9][0-9]*$`).test(name)).length;

describe.each(COMPANION_TEMPLATES)('the catalogue entry of %s', (file) => {
  const template = readTemplate(file);
  const [builder] = template.builders;

  it('says what the template declares', () => {
    const capacity = DEFAULT_TEMPLATES[file];
    expect(slotCount(template.variables, 'share_with')).toBe(capacity.accounts);
    expect(slotCount(template.variables, 'copy_to')).toBe(capacity.regions);
    expect(slotCount(template.variables, 'share_with_org')).toBe(capacity.organizations);
    expect(slotCount(template.variables, 'share_with_ou')).toBe(capacity.organizationalUnits);
    expect('snapshot_users' in builder).toBe(capacity.snapshots);
    expect('region_kms_key_ids' in builder).toBe(capacity.encryption);
    expect(isEncryptingTemplate(file)).toBe(capacity.encryption);
    expect(builder.type).toBe(isChrootTemplate(file) ? 'amazon-chroot' : 'amazon-ebs');
  });

  it('declares every slot key the panel writes into it', () => {
    const organizations = [
      'arn:aws:organizations::111122223333:organization/o-exampleorgid',
      'arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-cd34ef56',
    ];
    const model = shareModel({
      templateFileName: file,
      accounts: ['111111111111'],
      copyRegions: ['eu-west-1'],
      organizations,
      shareSnapshots: true,
      encrypted: isEncryptingTemplate(file),
      kmsKeys: { 'eu-west-1': 'alias/a' },
    });
    const keys = Object.keys(writeShare({ templateFileName: file }, model).extendedAttributes);
    // A KMS key is read by its region's name (kms_key_<region>), which the template cannot declare for every region.
    const undeclared = keys.filter((key) => !(key in template.variables) && !/^kms_key_/.test(key));
    expect(undeclared).toEqual([]);
  });

  // Packer 1.6.6 predates these two fields, so they are held against packer-plugin-amazon's own definition
  // (builder/common/ami_config.go, v1.8.2: `AMIOrgArns []string mapstructure:"ami_org_arns"` and
  // `AMIOuArns []string mapstructure:"ami_ou_arns"`; documented on
  // developer.hashicorp.com/packer/integrations/hashicorp/amazon/latest/components/builder/ebs as lists of strings).
  // A string is given where a list of strings is expected: the SDK splits it at commas, as it does for ami_users,
  // which Packer 1.6.6 reads that way in companionTemplates.packer.test.ts.
  it.each([
    ['ami_org_arns', 'share_with_org'],
    ['ami_ou_arns', 'share_with_ou'],
  ])('passes %s as the documented list of ARNs, one slot after another', (name, prefix) => {
    const value = String(builder[name]);
    const referenced = [...value.matchAll(/user `([^`]+)`/g)].map((match) => match[1]);
    expect(referenced).toEqual(
      Array.from({ length: slotCount(template.variables, prefix) }, (_, i) => `${prefix}_${i + 1}`),
    );
  });
});
