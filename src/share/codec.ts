import type { ExtendedAttributes, ShareForm, ShareModel, StageShareFields, UnparsedAttribute } from './model';
import {
  classifyKey,
  isOwnedKey,
  organizationKey,
  regionKeyKey,
  SHARE_SNAPSHOTS_KEY,
  slotKey,
  type ShareList,
} from './attributeKeys';
import { isOrganizationalUnitArn } from './organizations';
import { asText, cleanValue } from './attributeValues';
import { splitOutsideSpel } from './spel';
import { templateToWrite } from './templateChoice';
import {
  baseTemplateFor,
  DEFAULT_TEMPLATES,
  isEncryptingTemplate,
  isMultiTemplate,
  type TemplateCapacity,
} from './templates';

export { commaKey, slotKey, slotKeyPattern, type EditableList, type ShareList } from './attributeKeys';

export interface ShareWrite {
  templateFileName: string | undefined;
  extendedAttributes: ExtendedAttributes;
}

export interface NumberedSlot {
  key: string;
  slot: number;
  value: string;
}

// Rosco tokenizes the comma form and trims every token, dropping empty ones.
function splitCommaForm(value: unknown): string[] {
  return splitOutsideSpel(asText(value), (character) => character === ',')
    .map((token) => token.trim())
    .filter((token) => token !== '');
}

function compareSlots(left: string, right: string): number {
  return left.length - right.length || (left < right ? -1 : left > right ? 1 : 0);
}

function attributesOf(stage: StageShareFields | undefined): Record<string, unknown> {
  const attributes: unknown = stage?.extendedAttributes;
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return {};
  return attributes as Record<string, unknown>;
}

function templateOf(stage: StageShareFields | undefined): string | undefined {
  const name: unknown = stage?.templateFileName;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

interface ListReading {
  comma: string[];
  numbered: Array<{ slot: string; value: string }>;
}

// Rosco unrolls each comma list into that list's own numbered slots, so only one list written in both forms collides.
function formOf(readings: ListReading[]): ShareForm {
  if (readings.some((reading) => reading.comma.length > 0 && reading.numbered.length > 0)) return 'mixed';
  if (readings.some((reading) => reading.comma.length > 0)) return 'comma';
  return readings.some((reading) => reading.numbered.length > 0) ? 'numbered' : 'none';
}

// Where both forms are set Rosco lets one overwrite the other slot by slot; the model keeps every value
// (comma form first, then numbered slots in order) so that saving loses nothing the author wrote.
function valuesOf(reading: ListReading): string[] {
  const numbered = [...reading.numbered].sort((left, right) => compareSlots(left.slot, right.slot));
  return [...reading.comma, ...numbered.map((entry) => entry.value)];
}

interface CompanionReading {
  organizations: Array<{ unit: boolean; slot: string; value: string }>;
  kmsKeys: Record<string, string>;
  shareSnapshots?: string;
}

const sortedBySlot = <T extends { slot: string }>(entries: T[]): T[] =>
  [...entries].sort((left, right) => compareSlots(left.slot, right.slot));

const isReadableSnapshots = (value: string | undefined) => value === undefined || value === 'true' || value === 'false';

function readShareSnapshots(value: string | undefined, unparsed: UnparsedAttribute[]): boolean | undefined {
  if (isReadableSnapshots(value)) return value === undefined ? undefined : value === 'true';
  const reason = "the companion templates share snapshots only when it is 'true', so it must be 'true' or 'false'";
  unparsed.push({ key: SHARE_SNAPSHOTS_KEY, value, reason });
  return undefined;
}

export function readShare(stage: StageShareFields): ShareModel {
  const attributes = attributesOf(stage);
  const readings: Record<ShareList, ListReading> = {
    accounts: { comma: [], numbered: [] },
    copyRegions: { comma: [], numbered: [] },
  };
  const companion: CompanionReading = { organizations: [], kmsKeys: {} };
  const unparsed: UnparsedAttribute[] = [];
  for (const key of Object.keys(attributes)) {
    const role = classifyKey(key);
    const value = attributes[key];
    const cleaned = cleanValue(value);
    if (role.kind === 'comma') readings[role.list].comma.push(...splitCommaForm(value));
    if (role.kind === 'numbered' && cleaned !== undefined)
      readings[role.list].numbered.push({ slot: role.slot, value: cleaned });
    if (role.kind === 'organization' && cleaned !== undefined) {
      companion.organizations.push({ unit: role.unit, slot: role.slot, value: cleaned });
    }
    if (role.kind === 'regionKey' && cleaned !== undefined) setAttribute(companion.kmsKeys, role.region, cleaned);
    if (role.kind === 'setting') companion.shareSnapshots = cleaned;
    if (role.kind === 'unparsed') unparsed.push({ key, value: asText(value), reason: role.reason });
  }
  const accounts = valuesOf(readings.accounts);
  const copyRegions = valuesOf(readings.copyRegions);
  const organizations = [
    ...sortedBySlot(companion.organizations.filter((entry) => !entry.unit)),
    ...sortedBySlot(companion.organizations.filter((entry) => entry.unit)),
  ].map((entry) => entry.value);
  const shareSnapshots = readShareSnapshots(companion.shareSnapshots, unparsed);
  const templateFileName = templateOf(stage);
  return {
    enabled:
      accounts.length > 0 || copyRegions.length > 0 || organizations.length > 0 || isMultiTemplate(templateFileName),
    accounts,
    copyRegions,
    organizations,
    shareSnapshots,
    encrypted: isEncryptingTemplate(templateFileName) || Object.keys(companion.kmsKeys).length > 0,
    kmsKeys: companion.kmsKeys,
    templateFileName,
    baseTemplateFileName: isMultiTemplate(templateFileName) ? baseTemplateFor(templateFileName) : templateFileName,
    form: formOf([readings.accounts, readings.copyRegions]),
    unparsed,
  };
}

// defineProperty keeps keys such as '__proto__' as ordinary attributes.
function setAttribute(attributes: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(attributes, key, { value, enumerable: true, writable: true, configurable: true });
}

function writeSlots(attributes: ExtendedAttributes, list: ShareList, values: readonly unknown[]): void {
  let slot = 0;
  for (const value of values) {
    const cleaned = cleanValue(value);
    if (cleaned !== undefined) setAttribute(attributes, slotKey(list, ++slot), cleaned);
  }
}

function writeCompanionKeys(attributes: ExtendedAttributes, model: ShareModel): void {
  const organizations = model.organizations.filter((value) => cleanValue(value) !== undefined);
  for (const unit of [false, true]) {
    organizations
      .filter((value) => isOrganizationalUnitArn(value) === unit)
      .forEach((value, index) => setAttribute(attributes, organizationKey(unit, index + 1), cleanValue(value)));
  }
  if (model.shareSnapshots !== undefined) setAttribute(attributes, SHARE_SNAPSHOTS_KEY, String(model.shareSnapshots));
  if (!model.encrypted) return;
  for (const region of Object.keys(model.kmsKeys)) {
    const key = cleanValue(model.kmsKeys[region]);
    if (key !== undefined) setAttribute(attributes, regionKeyKey(region), key);
  }
}

export function writeShare(
  stage: StageShareFields,
  model: ShareModel,
  templates: Record<string, TemplateCapacity> = DEFAULT_TEMPLATES,
): ShareWrite {
  const attributes = attributesOf(stage);
  const extendedAttributes: ExtendedAttributes = {};
  for (const key of Object.keys(attributes)) {
    if (!isOwnedKey(key)) setAttribute(extendedAttributes, key, attributes[key]);
  }
  if (model.enabled) {
    writeSlots(extendedAttributes, 'accounts', model.accounts);
    writeSlots(extendedAttributes, 'copyRegions', model.copyRegions);
    writeCompanionKeys(extendedAttributes, model);
  }
  // share_snapshots is the one key the codec owns whose value it can fail to read: such a value is kept as it was,
  // for the author to mend, unless the model now says what it should be.
  const snapshots = SHARE_SNAPSHOTS_KEY;
  const kept =
    Object.prototype.hasOwnProperty.call(attributes, snapshots) &&
    !isReadableSnapshots(cleanValue(attributes[snapshots]));
  if (kept && !Object.prototype.hasOwnProperty.call(extendedAttributes, snapshots)) {
    setAttribute(extendedAttributes, snapshots, attributes[snapshots]);
  }
  return { templateFileName: templateToWrite(model, templates), extendedAttributes };
}

export function numberedSlots(stage: StageShareFields): Record<ShareList, NumberedSlot[]> {
  const attributes = attributesOf(stage);
  const slots: Record<ShareList, NumberedSlot[]> = { accounts: [], copyRegions: [] };
  for (const key of Object.keys(attributes)) {
    const role = classifyKey(key);
    const value = role.kind === 'numbered' ? cleanValue(attributes[key]) : undefined;
    if (role.kind === 'numbered' && value !== undefined) {
      slots[role.list].push({ key, slot: Number(role.slot), value });
    }
  }
  return slots;
}

export function otherAttributes(attributes: ExtendedAttributes | undefined): Array<[string, string]> {
  const all = attributesOf({ extendedAttributes: attributes });
  return Object.keys(all)
    .filter((key) => !isOwnedKey(key))
    .map((key): [string, string] => [key, asText(all[key])]);
}
