import type { ExtendedAttributes, ShareForm, ShareModel, StageShareFields, UnparsedAttribute } from './model';
import { classifyKey, isOwnedKey, slotKey, type ShareList } from './attributeKeys';
import { asText, cleanValue } from './attributeValues';
import { splitOutsideSpel } from './spel';
import {
  baseTemplateFor,
  capacityOf,
  DEFAULT_TEMPLATES,
  hasMultiTwin,
  isMultiTemplate,
  multiTemplateFor,
  type TemplateCapacity,
} from './templates';

export { commaKey, slotKey, slotKeyPattern, type ShareList } from './attributeKeys';

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

export function readShare(stage: StageShareFields): ShareModel {
  const attributes = attributesOf(stage);
  const readings: Record<ShareList, ListReading> = {
    accounts: { comma: [], numbered: [] },
    copyRegions: { comma: [], numbered: [] },
  };
  const unparsed: UnparsedAttribute[] = [];
  for (const key of Object.keys(attributes)) {
    const role = classifyKey(key);
    const value = attributes[key];
    if (role.kind === 'comma') readings[role.list].comma.push(...splitCommaForm(value));
    if (role.kind === 'numbered') {
      const cleaned = cleanValue(value);
      if (cleaned !== undefined) readings[role.list].numbered.push({ slot: role.slot, value: cleaned });
    }
    if (role.kind === 'unparsed') unparsed.push({ key, value: asText(value), reason: role.reason });
  }
  const accounts = valuesOf(readings.accounts);
  const copyRegions = valuesOf(readings.copyRegions);
  const templateFileName = templateOf(stage);
  return {
    enabled: accounts.length > 0 || copyRegions.length > 0 || isMultiTemplate(templateFileName),
    accounts,
    copyRegions,
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

function templateToWrite(model: ShareModel, templates: Record<string, TemplateCapacity>): string | undefined {
  const current = model.templateFileName || undefined;
  if (model.enabled) {
    const needsMultiTwin = current === undefined || (hasMultiTwin(current) && !capacityOf(templates, current));
    return needsMultiTwin ? multiTemplateFor(current) : current;
  }
  return isMultiTemplate(current) ? model.baseTemplateFileName || undefined : current;
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
