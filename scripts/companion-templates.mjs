// Writes the companion Rosco templates to rosco-templates/: `npm run templates`. They are committed, shipped in the
// release and validated by Debian's Packer in test/scripts/companion-templates.test.mjs.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './plugin-identity.mjs';

export const TEMPLATES_DIR = path.join(repoRoot, 'rosco-templates');

// How many values each list takes. Rosco's stock multi templates have 10 accounts and 5 copy regions.
export const SLOTS = { accounts: 50, copyRegions: 15, organizations: 5, organizationalUnits: 20 };

export const COMPANION_TEMPLATES = [
  { file: 'bake-share-ebs.json', builder: 'amazon-ebs', encrypted: false },
  { file: 'bake-share-chroot.json', builder: 'amazon-chroot', encrypted: false },
  { file: 'bake-share-ebs-kms.json', builder: 'amazon-ebs', encrypted: true },
  { file: 'bake-share-chroot-kms.json', builder: 'amazon-chroot', encrypted: true },
];

const slots = (prefix, count) => Array.from({ length: count }, (_, index) => `${prefix}_${index + 1}`);

const ACCOUNT_SLOTS = slots('share_with', SLOTS.accounts);
const COPY_SLOTS = slots('copy_to', SLOTS.copyRegions);
const ORGANIZATION_SLOTS = slots('share_with_org', SLOTS.organizations);
const OU_SLOTS = slots('share_with_ou', SLOTS.organizationalUnits);

const user = (name) => `{{user \`${name}\`}}`;

// Packer turns a string into a list by splitting it at commas (the SDK decodes with
// mapstructure.StringToSliceHookFunc(",")), and an empty string into an empty list. Joining only the slots that are
// set means an unused slot adds nothing: no empty entry, which AWS would refuse, and no environment fallback.
const joinSet = (names) =>
  `{{$separator := \`\`}}${names.map((name) => `{{with user \`${name}\`}}{{$separator}}{{.}}{{$separator = \`,\`}}{{end}}`).join('')}`;

// Packer drops the build region from ami_regions (packer-plugin-amazon AMIConfig.prepareRegions), so it can lead the
// list; region_kms_key_ids then always has a key for it.
const copyRegions = () =>
  `${user('aws_region')}${COPY_SLOTS.map((name) => `{{with user \`${name}\`}},{{.}}{{end}}`).join('')}`;

// The key for a region is the variable kms_key_<region>, so a key follows its region whatever slot the region is in,
// and each of a stage's bake regions finds its own. Rosco passes every extended attribute as -var, and Packer's user
// function reads a -var the template does not declare (as Rosco's templates read build_info_url).
const keyFor = (region) => `{{user (printf \`kms_key_%s\` ${region})}}`;
const BUILD_REGION_KEY = keyFor('(user `aws_region`)');

// region_kms_key_ids must name exactly the regions in ami_regions. An unused copy slot names the build region with the
// build region's key, which is what the first entry says anyway.
function regionKeys() {
  const keys = { [user('aws_region')]: BUILD_REGION_KEY };
  for (const copySlot of COPY_SLOTS) {
    const region = `{{with user \`${copySlot}\`}}{{.}}{{else}}${user('aws_region')}{{end}}`;
    keys[region] = `{{with user \`${copySlot}\`}}${keyFor('.')}{{else}}${BUILD_REGION_KEY}{{end}}`;
  }
  return keys;
}

function variables({ builder, encrypted }) {
  const common = {
    aws_access_key: '',
    aws_secret_key: '',
    ...(builder === 'amazon-ebs'
      ? { aws_subnet_id: '{{env `AWS_SUBNET_ID`}}', aws_vpc_id: '{{env `AWS_VPC_ID`}}' }
      : {}),
    aws_region: null,
    ...(builder === 'amazon-ebs' ? { aws_ssh_username: null, aws_instance_type: null } : {}),
    aws_source_ami: null,
    aws_target_ami: null,
    ...(builder === 'amazon-ebs' ? { aws_associate_public_ip_address: 'true', aws_ena_support: 'false' } : {}),
    ...(builder === 'amazon-ebs' ? { aws_spot_price: '0', aws_spot_price_auto_product: '' } : {}),
    appversion: '',
    build_host: '',
    build_info_url: '',
    repository: '',
    package_type: '',
    packages: '',
    upgrade: '',
    configDir: null,
  };
  const unused = (names) => Object.fromEntries(names.map((name) => [name, '']));
  return {
    ...common,
    ...unused(ACCOUNT_SLOTS),
    ...unused(COPY_SLOTS),
    ...unused(ORGANIZATION_SLOTS),
    ...unused(OU_SLOTS),
    share_snapshots: encrypted ? 'true' : 'false',
  };
}

function sharing({ encrypted }) {
  return {
    ami_users: joinSet(ACCOUNT_SLOTS),
    ami_org_arns: joinSet(ORGANIZATION_SLOTS),
    ami_ou_arns: joinSet(OU_SLOTS),
    snapshot_users: `{{if eq (user \`share_snapshots\`) \`true\`}}${joinSet(ACCOUNT_SLOTS)}{{end}}`,
    ami_regions: copyRegions(),
    ...(encrypted ? { encrypt_boot: true, kms_key_id: BUILD_REGION_KEY, region_kms_key_ids: regionKeys() } : {}),
  };
}

const TAGS = {
  appversion: user('appversion'),
  build_host: user('build_host'),
  build_info_url: user('build_info_url'),
};

// Everything else is what Rosco's aws-multi-ebs.json and aws-multi-chroot.json declare and do
// (spinnaker/spinnaker rosco/halconfig/packer).
function ebsBuilder(template) {
  return {
    type: 'amazon-ebs',
    access_key: user('aws_access_key'),
    secret_key: user('aws_secret_key'),
    subnet_id: user('aws_subnet_id'),
    vpc_id: user('aws_vpc_id'),
    region: user('aws_region'),
    ssh_username: user('aws_ssh_username'),
    ssh_pty: true,
    instance_type: user('aws_instance_type'),
    source_ami: user('aws_source_ami'),
    ami_name: user('aws_target_ami'),
    ...sharing(template),
    associate_public_ip_address: user('aws_associate_public_ip_address'),
    ena_support: user('aws_ena_support'),
    spot_price: user('aws_spot_price'),
    spot_price_auto_product: user('aws_spot_price_auto_product'),
    tags: TAGS,
    run_tags: { Packages: user('packages') },
  };
}

function chrootBuilder(template) {
  return {
    type: 'amazon-chroot',
    ami_virtualization_type: 'hvm',
    access_key: user('aws_access_key'),
    secret_key: user('aws_secret_key'),
    // The stock chroot template sets no region and bakes where Rosco runs; Rosco still passes aws_region, which the
    // copy list and the per-region keys need.
    region: user('aws_region'),
    source_ami: user('aws_source_ami'),
    ami_name: user('aws_target_ami'),
    ...sharing(template),
    tags: TAGS,
  };
}

const EBS_PROVISIONER = {
  type: 'shell',
  script: '{{user `configDir`}}/install_packages.sh',
  environment_vars: [
    'repository={{user `repository`}}',
    'package_type={{user `package_type`}}',
    'packages={{user `packages`}}',
    'upgrade={{user `upgrade`}}',
  ],
  pause_before: '30s',
};

const CHROOT_PROVISIONER = {
  type: 'shell',
  script: '{{user `configDir`}}/install_packages.sh',
  environment_vars: [
    "repository='{{user `repository`}}'",
    'package_type={{user `package_type`}}',
    "packages='{{user `packages`}}'",
    'upgrade={{user `upgrade`}}',
    'disable_services=true',
  ],
};

export function companionTemplate(template) {
  const ebs = template.builder === 'amazon-ebs';
  return {
    description: `bake-share companion to Rosco's ${ebs ? 'aws-multi-ebs.json' : 'aws-multi-chroot.json'}: up to ${SLOTS.accounts} accounts, ${SLOTS.copyRegions} copy regions, ${SLOTS.organizations} organizations and ${SLOTS.organizationalUnits} OUs, snapshot sharing${template.encrypted ? ', and customer-managed KMS keys for the image and each copy' : ''}.`,
    variables: variables(template),
    builders: [ebs ? ebsBuilder(template) : chrootBuilder(template)],
    provisioners: [ebs ? EBS_PROVISIONER : CHROOT_PROVISIONER],
  };
}

export const templateText = (template) => `${JSON.stringify(companionTemplate(template), null, 2)}\n`;

async function writeTemplates() {
  await mkdir(TEMPLATES_DIR, { recursive: true });
  for (const template of COMPANION_TEMPLATES) {
    await writeFile(path.join(TEMPLATES_DIR, template.file), templateText(template));
    console.log(path.relative(repoRoot, path.join(TEMPLATES_DIR, template.file)));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await writeTemplates();
