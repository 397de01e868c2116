import { writeShare } from './codec';
import type { ShareModel } from './model';
import { COMPANION_CHROOT, COMPANION_CHROOT_KMS, COMPANION_EBS, COMPANION_EBS_KMS } from './templates';
import { packerValidate, readTemplate, roscoVariables, type PackerTemplate } from './testing/packer';
import { shareModel } from './testing/shareModel';

// Debian's packer (1.6.6) checks the companion templates with what the panel writes and what Rosco adds. Two things
// that version cannot check are worked around, each where it is used: it does not know ami_org_arns / ami_ou_arns,
// and it is built with reflectwalk 1.0.1, which loses a map value whose key is a template (upstream Packer 1.6.6
// vendors reflectwalk 1.0.0, and so does packer-plugin-amazon, which renders the template in current Packer).

const accounts = Array.from({ length: 50 }, (_, index) => String(100000000000 + index));
const COPY_REGIONS = ['us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'sa-east-1', 'eu-west-1', 'eu-west-2'];
const copyRegions = [
  ...COPY_REGIONS,
  ...['eu-west-3', 'eu-central-1', 'eu-north-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1'],
  'ap-southeast-2',
];
const ORGANIZATION = 'arn:aws:organizations::111122223333:organization/o-exampleorgid';
const UNITS = [
  'arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-cd34ef56',
  'arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-gh78ij90',
];
const keyFor = (region: string) => `alias/bake-share-${region}`;

// What the panel writes for a model, through the codec, as Rosco would pass it.
function panelVariables(model: Partial<ShareModel>, template: string): string[] {
  const written = writeShare(
    { templateFileName: template, extendedAttributes: {} },
    shareModel({ templateFileName: template, ...model }),
  );
  expect(written.templateFileName).toBe(template);
  return roscoVariables(written.extendedAttributes);
}

const ORGANIZATION_FIELDS = ['ami_org_arns', 'ami_ou_arns'];

function withoutFields(template: PackerTemplate, fields: string[]): PackerTemplate {
  const [builder] = template.builders;
  return {
    ...template,
    builders: [Object.fromEntries(Object.entries(builder).filter(([key]) => !fields.includes(key)))],
  };
}

function withBuilderFields(template: PackerTemplate, fields: Record<string, unknown>): PackerTemplate {
  return { ...template, builders: [{ ...template.builders[0], ...fields }] };
}

// Packer checks that ami_regions and region_kms_key_ids name the same regions. Putting one of the templates'
// expressions in ami_regions, and the values it should give (plus a sentinel) as the keys, makes real Packer say
// exactly what the expression rendered to: only the sentinel may be missing from ami_regions.
function probe(template: PackerTemplate, expression: unknown, variables: string[]) {
  const probeTemplate = {
    variables: template.variables,
    builders: [
      {
        type: 'amazon-ebs',
        region: 'us-east-1',
        source_ami: 'ami-0abcdef1234567890',
        instance_type: 't3.small',
        ssh_username: 'ubuntu',
        ami_name: 'probe-{{timestamp}}',
        skip_region_validation: true,
        encrypt_boot: true,
        ami_regions: expression,
      },
    ],
    provisioners: [],
  };
  return {
    renders(expected: string[]) {
      const keys = Object.fromEntries([...expected, 'zz-sentinel-1'].map((value) => [value, 'alias/probe']));
      const result = packerValidate(withBuilderFields(probeTemplate, { region_kms_key_ids: keys }), variables);
      expect(result.errors).toEqual(['Region zz-sentinel-1 is in region_kms_key_ids but not in ami_regions']);
    },
  };
}

const field = (template: PackerTemplate, name: string) => template.builders[0][name];

describe.each([COMPANION_EBS, COMPANION_CHROOT])('%s in Packer', (file) => {
  const template = readTemplate(file);
  const checkable = withoutFields(template, ORGANIZATION_FIELDS);

  it('validates with every slot used: 50 accounts, 15 copy regions, snapshots', () => {
    const variables = panelVariables({ accounts, copyRegions, shareSnapshots: true }, file);
    expect(packerValidate(checkable, variables)).toMatchObject({ status: 0, errors: [] });
  });

  it('validates with organizations and OUs, and nothing else shared', () => {
    const variables = panelVariables({ organizations: [ORGANIZATION, ...UNITS] }, file);
    expect(packerValidate(checkable, variables)).toMatchObject({ status: 0, errors: [] });
  });

  it('validates with nothing set beyond what Rosco adds', () => {
    expect(packerValidate(checkable, roscoVariables({}))).toMatchObject({ status: 0, errors: [] });
  });

  it('passes the accounts to ami_users as written, and unused slots add nothing', () => {
    probe(template, field(template, 'ami_users'), panelVariables({ accounts: accounts.slice(0, 3) }, file)).renders(
      accounts.slice(0, 3),
    );
    probe(template, field(template, 'ami_users'), panelVariables({ accounts }, file)).renders(accounts);
    probe(template, field(template, 'ami_users'), roscoVariables({})).renders([]);
  });

  it('skips an unset slot between set ones', () => {
    const variables = roscoVariables({ share_with_2: '222222222222', share_with_7: '777777777777' });
    probe(template, field(template, 'ami_users'), variables).renders(['222222222222', '777777777777']);
  });

  it('shares the snapshots with the same accounts only when asked', () => {
    const shared = panelVariables({ accounts: accounts.slice(0, 2), shareSnapshots: true }, file);
    probe(template, field(template, 'snapshot_users'), shared).renders(accounts.slice(0, 2));
    const notShared = panelVariables({ accounts: accounts.slice(0, 2) }, file);
    probe(template, field(template, 'snapshot_users'), notShared).renders([]);
  });

  it('lists the bake region first in ami_regions, which Packer then drops', () => {
    const variables = panelVariables({ copyRegions: COPY_REGIONS }, file);
    probe(template, field(template, 'ami_regions'), variables).renders(['us-east-1', ...COPY_REGIONS]);
  });

  it('splits organizations and OUs into their own fields', () => {
    const variables = panelVariables({ organizations: [UNITS[0], ORGANIZATION, UNITS[1]] }, file);
    probe(template, field(template, 'ami_org_arns'), variables).renders([ORGANIZATION]);
    probe(template, field(template, 'ami_ou_arns'), variables).renders(UNITS);
    probe(template, field(template, 'ami_org_arns'), roscoVariables({})).renders([]);
  });
});

describe.each([COMPANION_EBS_KMS, COMPANION_CHROOT_KMS])('%s in Packer', (file) => {
  const template = readTemplate(file);
  const checkable = withoutFields(template, ORGANIZATION_FIELDS);
  const keysFor = (regions: string[]) => Object.fromEntries(regions.map((region) => [region, keyFor(region)]));
  const encrypted = (regions: string[], model: Partial<ShareModel> = {}) =>
    panelVariables(
      {
        encrypted: true,
        accounts: accounts.slice(0, 2),
        copyRegions: regions,
        kmsKeys: keysFor(['us-east-1', ...regions]),
        ...model,
      },
      file,
    );
  const keyMap = field(template, 'region_kms_key_ids') as Record<string, string>;

  // The key of each region_kms_key_ids entry, with its value as a literal; and each value with the key its slot
  // should render to as a literal. Together they cover the map without a templated key and value in one entry.
  const keysOnly = () =>
    withBuilderFields(checkable, {
      region_kms_key_ids: Object.fromEntries(Object.keys(keyMap).map((key) => [key, 'alias/probe'])),
    });
  function valuesOnly(regions: string[]) {
    const entries = Object.values(keyMap);
    const slotRegion = (index: number) => (index === 0 ? 'us-east-1' : (regions[index - 1] ?? 'us-east-1'));
    const literal: Record<string, string> = {};
    entries.forEach((value, index) => (literal[slotRegion(index)] = value));
    return withBuilderFields(checkable, { region_kms_key_ids: literal });
  }

  it('names exactly the regions in ami_regions, with every copy slot used or none', () => {
    for (const regions of [[], COPY_REGIONS, copyRegions]) {
      expect(packerValidate(keysOnly(), encrypted(regions))).toMatchObject({ status: 0, errors: [] });
    }
  });

  it("gives each region its own key, the bake region's to unused slots", () => {
    for (const regions of [[], COPY_REGIONS, copyRegions]) {
      expect(packerValidate(valuesOnly(regions), encrypted(regions))).toMatchObject({ status: 0, errors: [] });
    }
  });

  it('hands Packer the key written for the region, which Packer then checks', () => {
    const result = packerValidate(
      valuesOnly(COPY_REGIONS),
      encrypted(COPY_REGIONS, {
        kmsKeys: { ...keysFor(['us-east-1', ...COPY_REGIONS]), 'eu-west-1': 'not-a-kms-key' },
      }),
    );
    expect(result.errors).toEqual(['"not-a-kms-key" is not a valid KMS Key Id.']);
  });

  it('refuses, as the panel does, a shared image whose copy has no key', () => {
    const withoutKey = { kmsKeys: keysFor(['us-east-1', ...COPY_REGIONS.slice(1)]) };
    const result = packerValidate(valuesOnly(COPY_REGIONS), encrypted(COPY_REGIONS, withoutKey));
    expect(result.errors).toContain('Cannot share AMI encrypted with default KMS key for other regions');
  });

  it('requires the bake region key', () => {
    const result = packerValidate(valuesOnly([]), encrypted([], { kmsKeys: {} }));
    expect(result.status).not.toBe(0);
  });

  it('shares the snapshots by default', () => {
    const variables = panelVariables(
      { encrypted: true, accounts: accounts.slice(0, 2), kmsKeys: keysFor(['us-east-1']) },
      file,
    );
    probe(template, field(template, 'snapshot_users'), variables).renders(accounts.slice(0, 2));
  });
});
