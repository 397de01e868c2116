export interface TemplateCapacity {
  accounts: number;
  regions: number;
}

export const MULTI_EBS = 'aws-multi-ebs.json';
export const MULTI_CHROOT = 'aws-multi-chroot.json';
const CHROOT = 'aws-chroot.json';

// Rosco's stock multi templates declare share_with_1..10 and copy_to_1..5 (rosco/halconfig/packer).
export const DEFAULT_TEMPLATES: Readonly<Record<string, TemplateCapacity>> = {
  [MULTI_EBS]: { accounts: 10, regions: 5 },
  [MULTI_CHROOT]: { accounts: 10, regions: 5 },
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
  const { accounts, regions } = value as Record<string, unknown>;
  if (!isSlotCount(accounts) || !isSlotCount(regions)) return undefined;
  return { accounts, regions };
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

export function isMultiTemplate(name: string | undefined): boolean {
  return name === MULTI_EBS || name === MULTI_CHROOT;
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

export function baseTemplateFor(multiTemplate: string | undefined): string | undefined {
  return multiTemplate === MULTI_CHROOT ? CHROOT : undefined;
}
