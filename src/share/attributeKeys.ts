// The attribute spellings Rosco's templates declare. Only the codec reads or writes them.
export type ShareList = 'accounts' | 'copyRegions';

// The lists the panel edits: the two slot lists plus organization and OU ARNs (companion templates only).
export type EditableList = ShareList | 'organizations';

// Variables of the companion templates (rosco-templates/): whether to share the snapshots, and a KMS key per region
// named after the region, which the templates look up for the build region and for each copy region.
export const SHARE_SNAPSHOTS_KEY = 'share_snapshots';
const REGION_KEY = /^kms_key_([a-z]{2}-(?:gov-)?[a-z]+-[1-9][0-9]*)$/;

export function regionKeyKey(region: string): string {
  return `kms_key_${region}`;
}

export type KeyRole =
  | { kind: 'comma'; list: ShareList }
  | { kind: 'numbered'; list: ShareList; slot: string }
  | { kind: 'organization'; unit: boolean; slot: string }
  | { kind: 'regionKey'; region: string }
  | { kind: 'setting'; key: typeof SHARE_SNAPSHOTS_KEY }
  | { kind: 'unparsed'; reason: string }
  | { kind: 'other' };

const LIST_PREFIX: Readonly<Record<ShareList, string>> = { accounts: 'share_with', copyRegions: 'copy_to' };
const ORGANIZATION_PREFIX = 'share_with_org';
const UNIT_PREFIX = 'share_with_ou';
const SHARE_KEY = /^(share_with|copy_to)(?:_([\s\S]*))?$/;
const ORGANIZATION_KEY = /^(share_with_org|share_with_ou)(?:_([\s\S]*))?$/;
const SLOT_NUMBER = /^[1-9][0-9]*$/;

export function organizationKey(unit: boolean, slot: number): string {
  return `${unit ? UNIT_PREFIX : ORGANIZATION_PREFIX}_${slot}`;
}

export function slotKey(list: ShareList, slot: number): string {
  return `${LIST_PREFIX[list]}_${slot}`;
}

export function slotKeyPattern(list: ShareList): string {
  return `${LIST_PREFIX[list]}_N`;
}

export function commaKey(list: ShareList): string {
  return LIST_PREFIX[list];
}

function listOf(prefix: string): ShareList {
  return prefix === LIST_PREFIX.accounts ? 'accounts' : 'copyRegions';
}

function slotProblem(prefix: string, slot: string): string {
  if (slot === '') return `it has no slot number after '${prefix}_'`;
  if (/^0+$/.test(slot)) return `slots are numbered from 1, so the first one is '${prefix}_1'`;
  if (/^0[0-9]+$/.test(slot)) {
    const plain = slot.replace(/^0+/, '');
    return `slot numbers have no leading zeros, so the template declares '${prefix}_${plain}' rather than '${prefix}_${slot}'`;
  }
  return `'${slot}' is not a slot number, and the template declares '${prefix}_1', '${prefix}_2' and so on`;
}

// Rosco and Packer match variable names exactly, so near misses are kept and flagged rather than read.
function lookalikeRole(key: string): KeyRole {
  const cleaned = key.trim().toLowerCase();
  if (cleaned !== key && SHARE_KEY.test(cleaned)) {
    const role = classifyKey(cleaned);
    if (role.kind === 'unparsed') return role;
    return { kind: 'unparsed', reason: `names must match exactly, and the template expects '${cleaned}'` };
  }
  const withoutUnderscore = /^(share_with|copy_to)([1-9][0-9]*)$/.exec(cleaned);
  if (withoutUnderscore) {
    const expected = `${withoutUnderscore[1]}_${withoutUnderscore[2]}`;
    return { kind: 'unparsed', reason: `the template expects '${expected}', with an underscore before the number` };
  }
  return { kind: 'other' };
}

function organizationRole(prefix: string, slot: string | undefined): KeyRole {
  if (slot === undefined || !SLOT_NUMBER.test(slot))
    return { kind: 'unparsed', reason: slotProblem(prefix, slot ?? '') };
  return { kind: 'organization', unit: prefix === UNIT_PREFIX, slot };
}

export function classifyKey(key: string): KeyRole {
  if (key === SHARE_SNAPSHOTS_KEY) return { kind: 'setting', key };
  const regionKey = REGION_KEY.exec(key);
  if (regionKey) return { kind: 'regionKey', region: regionKey[1] };
  const organization = ORGANIZATION_KEY.exec(key);
  if (organization) return organizationRole(organization[1], organization[2]);
  const match = SHARE_KEY.exec(key);
  if (!match) return lookalikeRole(key);
  const [, prefix, slot] = match;
  const list = listOf(prefix);
  if (slot === undefined) return { kind: 'comma', list };
  if (SLOT_NUMBER.test(slot)) return { kind: 'numbered', list, slot };
  return { kind: 'unparsed', reason: slotProblem(prefix, slot) };
}

const OWNED_KINDS: ReadonlySet<KeyRole['kind']> = new Set([
  'comma',
  'numbered',
  'organization',
  'regionKey',
  'setting',
]);

export function isOwnedKey(key: string): boolean {
  return OWNED_KINDS.has(classifyKey(key).kind);
}
