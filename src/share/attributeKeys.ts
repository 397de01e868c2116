// The attribute spellings Rosco's templates declare. Only the codec reads or writes them.
export type ShareList = 'accounts' | 'copyRegions';

export type KeyRole =
  | { kind: 'comma'; list: ShareList }
  | { kind: 'numbered'; list: ShareList; slot: string }
  | { kind: 'unparsed'; reason: string }
  | { kind: 'other' };

const LIST_PREFIX: Readonly<Record<ShareList, string>> = { accounts: 'share_with', copyRegions: 'copy_to' };
const SHARE_KEY = /^(share_with|copy_to)(?:_([\s\S]*))?$/;
const SLOT_NUMBER = /^[1-9][0-9]*$/;

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

export function classifyKey(key: string): KeyRole {
  const match = SHARE_KEY.exec(key);
  if (!match) return lookalikeRole(key);
  const [, prefix, slot] = match;
  const list = listOf(prefix);
  if (slot === undefined) return { kind: 'comma', list };
  if (SLOT_NUMBER.test(slot)) return { kind: 'numbered', list, slot };
  return { kind: 'unparsed', reason: slotProblem(prefix, slot) };
}

export function isOwnedKey(key: string): boolean {
  const kind = classifyKey(key).kind;
  return kind === 'comma' || kind === 'numbered';
}
