import { numberedSlots, type ShareList, slotKey, slotKeyPattern } from './codec';
import { type Finding, listInWords, nonBlank, quote } from './findings';
import type { ShareModel, StageShareFields } from './model';
import { capacityOf, hasMultiTwin, isTemplateWithoutSlots, multiTemplateFor, type TemplateCapacity } from './templates';

const LIST_WORDS: Readonly<Record<ShareList, { plural: string; field: Finding['field'] }>> = {
  accounts: { plural: 'accounts', field: 'accounts' },
  copyRegions: { plural: 'copy regions', field: 'copyRegions' },
};

function slotsOf(capacity: TemplateCapacity, list: ShareList): number {
  return list === 'accounts' ? capacity.accounts : capacity.regions;
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function slotRange(list: ShareList, slots: number): string {
  return slots === 1 ? slotKey(list, 1) : `${slotKey(list, 1)} to ${slotKey(list, slots)}`;
}

function templateError(template: string | undefined, message: string): Finding {
  return { severity: 'error', field: 'template', value: template, message };
}

// Packer accepts undeclared -var values and ignores them, so values beyond the template's slots vanish silently.
function overflowFindings(template: string, capacity: TemplateCapacity, list: ShareList, values: string[]): Finding[] {
  const slots = slotsOf(capacity, list);
  if (values.length <= slots) return [];
  const { plural, field } = LIST_WORDS[list];
  const lost = values.slice(slots);
  const declared =
    slots === 0 ? 'declares no slots for' : `has ${countOf(slots, 'slot')} (${slotRange(list, slots)}) for`;
  const message = `The template ${quote(template)} ${declared} ${plural}, but ${values.length} ${values.length === 1 ? 'is' : 'are'} listed; Packer would silently ignore ${listInWords(lost)}.`;
  return [{ severity: 'error', field, value: lost[0], message }];
}

function missingSlotsMessage(template: string | undefined): string {
  const subject =
    template === undefined ? "This stage uses Rosco's default template, which" : `The template ${quote(template)}`;
  const fix = template === undefined || hasMultiTwin(template);
  const switching = fix
    ? ` When this panel next updates the stage, it switches the template to ${quote(multiTemplateFor(template))}.`
    : '';
  return `${subject} has no share or copy slots, so the accounts and copy regions listed do nothing.${switching}`;
}

function unknownTemplateMessage(template: string): string {
  return `The template ${quote(template)} is not a known multi template; it must declare ${slotKey('accounts', 1)} … ${slotKeyPattern('accounts')} and ${slotKey('copyRegions', 1)} … ${slotKeyPattern('copyRegions')}, or Packer ignores these values. An administrator can declare its slot counts in the bake-share settings.`;
}

export function templateFindings(model: ShareModel, templates: Record<string, TemplateCapacity>): Finding[] {
  const accounts = nonBlank(model.accounts);
  const copyRegions = nonBlank(model.copyRegions);
  if (!model.enabled || (accounts.length === 0 && copyRegions.length === 0)) return [];
  const template = model.templateFileName;
  const capacity = capacityOf(templates, template);
  if (template !== undefined && capacity) {
    return [
      ...overflowFindings(template, capacity, 'accounts', accounts),
      ...overflowFindings(template, capacity, 'copyRegions', copyRegions),
    ];
  }
  if (template === undefined || isTemplateWithoutSlots(template)) {
    return [templateError(template, missingSlotsMessage(template))];
  }
  return [{ severity: 'warning', field: 'template', value: template, message: unknownTemplateMessage(template) }];
}

// A hand-written stage can number past the template's slots (share_with_12 with only 10 declared) even when
// the list itself fits; those values are lost until the stage is saved from the panel, which renumbers them.
export function slotFindings(
  stage: StageShareFields,
  model: ShareModel,
  templates: Record<string, TemplateCapacity>,
): Finding[] {
  const capacity = capacityOf(templates, model.templateFileName);
  if (!model.enabled || !capacity || model.templateFileName === undefined) return [];
  const template = model.templateFileName;
  const slots = numberedSlots(stage);
  return (['accounts', 'copyRegions'] as const).flatMap((list) => {
    const declared = slotsOf(capacity, list);
    if (nonBlank(model[list]).length > declared) return [];
    return slots[list]
      .filter((slot) => slot.slot > declared)
      .map((slot): Finding => ({
        severity: 'error',
        field: LIST_WORDS[list].field,
        value: slot.value,
        message: `${quote(slot.value)} is in ${slot.key}, but the template ${quote(template)} declares ${declared === 0 ? 'no such slots' : `only ${slotRange(list, declared)}`}, so Packer ignores it. When this panel next updates the stage, it renumbers the entries from ${slotKey(list, 1)}.`,
      }));
  });
}
