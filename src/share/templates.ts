export interface TemplateCapacity {
  accounts: number;
  regions: number;
  // Slots for organization and OU ARNs (ami_org_arns, ami_ou_arns); none unless declared.
  organizations?: number;
  organizationalUnits?: number;
  // Declares share_snapshots (snapshot_users) and the KMS keys (encrypt_boot, kms_key_id, region_kms_key_ids).
  snapshots?: boolean;
  encryption?: boolean;
  // Rosco's stock templates fill unused slots from SPINNAKER_AWS_DEFAULT_ACCOUNT / _REGION; the companion ones skip
  // them. Unless declared otherwise a template is taken to behave like the stock ones.
  skipsUnusedSlots?: boolean;
}

export const MULTI_EBS = 'aws-multi-ebs.json';
export const MULTI_CHROOT = 'aws-multi-chroot.json';
const CHROOT = 'aws-chroot.json';

// The companion templates this plugin ships (rosco-templates/, written by scripts/companion-templates.mjs).
export const COMPANION_EBS = 'bake-share-ebs.json';
export const COMPANION_CHROOT = 'bake-share-chroot.json';
export const COMPANION_EBS_KMS = 'bake-share-ebs-kms.json';
export const COMPANION_CHROOT_KMS = 'bake-share-chroot-kms.json';
export const COMPANION_TEMPLATES: readonly string[] = [
  COMPANION_EBS,
  COMPANION_CHROOT,
  COMPANION_EBS_KMS,
  COMPANION_CHROOT_KMS,
];

const STOCK_MULTI: TemplateCapacity = { accounts: 10, regions: 5 };
const COMPANION: TemplateCapacity = {
  accounts: 50,
  regions: 15,
  organizations: 5,
  organizationalUnits: 20,
  snapshots: true,
  encryption: false,
  skipsUnusedSlots: true,
};

// Rosco's stock multi templates declare share_with_1..10 and copy_to_1..5 (rosco/halconfig/packer).
export const DEFAULT_TEMPLATES: Readonly<Record<string, TemplateCapacity>> = {
  [MULTI_EBS]: STOCK_MULTI,
  [MULTI_CHROOT]: STOCK_MULTI,
  [COMPANION_EBS]: COMPANION,
  [COMPANION_CHROOT]: COMPANION,
  [COMPANION_EBS_KMS]: { ...COMPANION, encryption: true },
  [COMPANION_CHROOT_KMS]: { ...COMPANION, encryption: true },
};

// Rosco's stock templates with no ami_users / ami_regions at all.
export const TEMPLATES_WITHOUT_SLOTS: readonly string[] = ['aws-ebs.json', CHROOT, 'aws-windows-2012-r2.json'];

// Only these are swapped for a multi template when sharing is switched on: they have a multi twin.
const DEFAULTS_WITH_MULTI_TWIN: readonly string[] = ['aws-ebs.json', CHROOT];

function isSlotCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function readCapacity(value: unknown): TemplateCapacity | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entry = value as Record<string, unknown>;
  const { accounts, regions } = entry;
  if (!isSlotCount(accounts) || !isSlotCount(regions)) return undefined;
  const capacity: TemplateCapacity = { accounts, regions };
  for (const count of ['organizations', 'organizationalUnits'] as const) {
    if (isSlotCount(entry[count])) capacity[count] = entry[count];
  }
  for (const flag of ['snapshots', 'encryption', 'skipsUnusedSlots'] as const) {
    if (typeof entry[flag] === 'boolean') capacity[flag] = entry[flag];
  }
  return capacity;
}

export function templateCatalogue(overrides?: unknown): Record<string, TemplateCapacity> {
  const catalogue: Record<string, TemplateCapacity> = {};
  for (const [name, capacity] of Object.entries(DEFAULT_TEMPLATES)) catalogue[name] = { ...capacity };
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) return catalogue;
  for (const [name, value] of Object.entries(overrides)) {
    const capacity = readCapacity(value);
    if (name.trim() === '' || !capacity) continue;
    Object.defineProperty(catalogue, name, { value: capacity, enumerable: true, writable: true, configurable: true });
  }
  return catalogue;
}

// Own properties only: a template called 'constructor' must not find Object.prototype.constructor.
export function capacityOf(
  templates: Record<string, TemplateCapacity>,
  name: string | undefined,
): TemplateCapacity | undefined {
  if (name === undefined || !Object.prototype.hasOwnProperty.call(templates, name)) return undefined;
  return templates[name];
}

export function isCompanionTemplate(name: string | undefined): boolean {
  return name !== undefined && COMPANION_TEMPLATES.includes(name);
}

// A template with share and copy slots that this plugin knows: Rosco's two, or a companion one.
export function isMultiTemplate(name: string | undefined): boolean {
  return name === MULTI_EBS || name === MULTI_CHROOT || isCompanionTemplate(name);
}

export function isEncryptingTemplate(name: string | undefined): boolean {
  return name === COMPANION_EBS_KMS || name === COMPANION_CHROOT_KMS;
}

export function isChrootTemplate(name: string | undefined): boolean {
  return name !== undefined && /chroot/i.test(name);
}

export function isTemplateWithoutSlots(name: string | undefined): boolean {
  return name !== undefined && TEMPLATES_WITHOUT_SLOTS.includes(name);
}

export function hasMultiTwin(name: string | undefined): boolean {
  return name !== undefined && DEFAULTS_WITH_MULTI_TWIN.includes(name);
}

export function multiTemplateFor(currentTemplate: string | undefined): string {
  return isChrootTemplate(currentTemplate) ? MULTI_CHROOT : MULTI_EBS;
}

export function companionTemplateFor(currentTemplate: string | undefined, encrypted: boolean): string {
  if (isChrootTemplate(currentTemplate)) return encrypted ? COMPANION_CHROOT_KMS : COMPANION_CHROOT;
  return encrypted ? COMPANION_EBS_KMS : COMPANION_EBS;
}

export function baseTemplateFor(multiTemplate: string | undefined): string | undefined {
  return isMultiTemplate(multiTemplate) && isChrootTemplate(multiTemplate) ? CHROOT : undefined;
}
