import { cleanValue } from './attributeValues';
import type { ShareModel } from './model';
import { isOrganizationalUnitArn } from './organizations';
import {
  capacityOf,
  companionTemplateFor,
  hasMultiTwin,
  isCompanionTemplate,
  isMultiTemplate,
  multiTemplateFor,
  type TemplateCapacity,
} from './templates';

// Which template a stage that shares is written with: the one it names, unless that is one this plugin knows and
// cannot hold what the stage asks for.
const counted = (values: readonly string[]) => values.filter((value) => cleanValue(value) !== undefined).length;

// What a template cannot hold of what the stage asks for, in words for the panel's note.
export function needsBeyond(capacity: TemplateCapacity, model: ShareModel): string[] {
  const units = counted(model.organizations.filter(isOrganizationalUnitArn));
  const organizations = counted(model.organizations) - units;
  const over = (count: number, slots: number, noun: string) =>
    count > slots ? [`${count} ${noun}${count === 1 ? '' : 's'} (it takes ${slots})`] : [];
  return [
    ...over(counted(model.accounts), capacity.accounts, 'account'),
    ...over(counted(model.copyRegions), capacity.regions, 'copy region'),
    ...over(organizations, capacity.organizations ?? 0, 'organization'),
    ...over(units, capacity.organizationalUnits ?? 0, 'OU'),
    ...(model.shareSnapshots === true && !capacity.snapshots ? ['shared snapshots'] : []),
    ...(model.encrypted && !capacity.encryption ? ['KMS encryption'] : []),
  ];
}

const fits = (capacity: TemplateCapacity, model: ShareModel): boolean => needsBeyond(capacity, model).length === 0;

// The stock multi template a companion one can go back to, while the stage asks for nothing only the companion has.
export function stockTwinThatFits(model: ShareModel, templates: Record<string, TemplateCapacity>): string | undefined {
  if (!isCompanionTemplate(model.templateFileName)) return undefined;
  const stock = multiTemplateFor(model.templateFileName);
  const capacity = capacityOf(templates, stock);
  return capacity && fits(capacity, { ...model, shareSnapshots: model.shareSnapshots || undefined })
    ? stock
    : undefined;
}

// Only templates this plugin knows are swapped: a stock multi template for the companion one (EBS or chroot alike)
// when it cannot hold what the stage asks for, and a companion template for its twin when encryption is switched.
export function fittingTemplate(
  template: string,
  model: ShareModel,
  templates: Record<string, TemplateCapacity>,
): string {
  if (!isMultiTemplate(template)) return template;
  if (isCompanionTemplate(template)) return companionTemplateFor(template, model.encrypted);
  const capacity = capacityOf(templates, template);
  return capacity && fits(capacity, model) ? template : companionTemplateFor(template, model.encrypted);
}

export function templateToWrite(model: ShareModel, templates: Record<string, TemplateCapacity>): string | undefined {
  const current = model.templateFileName || undefined;
  if (model.enabled) {
    const needsMultiTwin = current === undefined || (hasMultiTwin(current) && !capacityOf(templates, current));
    return fittingTemplate(needsMultiTwin ? multiTemplateFor(current) : current, model, templates);
  }
  return isMultiTemplate(current) ? model.baseTemplateFileName || undefined : current;
}
