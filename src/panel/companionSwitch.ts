import { capacityOf, isCompanionTemplate, isMultiTemplate, multiTemplateFor, needsBeyond } from '../share';
import type { ShareModel, TemplateCapacity } from '../share';

export interface CompanionSwitch {
  before?: string;
  after: string;
  reasons: string[];
}

export function companionNoteOf({ before, after, reasons }: CompanionSwitch): string {
  const from = before ? `'${before}'` : "Rosco's default template";
  return `The template is now '${after}', bake-share's companion template, because ${from} cannot take ${reasons.join(', ')}. An administrator must have installed it in Rosco: see bake-share's setup page.`;
}

// The panel swaps a stock template for its companion only on the author's edit; this says what it did and why.
export function companionSwitchOf(
  before: ShareModel,
  after: string | undefined,
  templates: Record<string, TemplateCapacity>,
  next: ShareModel,
): CompanionSwitch | undefined {
  const from = before.templateFileName;
  if (after === undefined || !isCompanionTemplate(after) || isCompanionTemplate(from)) return undefined;
  const capacity = capacityOf(templates, isMultiTemplate(from) ? from : multiTemplateFor(from));
  return { before: from, after, reasons: capacity ? needsBeyond(capacity, next) : [] };
}
