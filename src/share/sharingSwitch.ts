import type { ShareModel } from './model';
import { baseTemplateFor, isMultiTemplate } from './templates';

// What the panel remembers while a stage is open, so that the share checkbox can be switched off and on again
// without losing the author's lists or templates.
export interface SharingMemory {
  // The template in effect just before sharing was switched on, and the one the panel switched to.
  switchedOn?: { before?: string; after?: string };
  // The lists and template as they were when sharing was switched off, and the template written then.
  switchedOff?: { accounts: string[]; copyRegions: string[]; template?: string; templateAfter?: string };
}

export function sharingOn(model: ShareModel, memory: SharingMemory): ShareModel {
  const off = memory.switchedOff;
  if (!off) return { ...model, enabled: true };
  // A template changed while sharing was off is the author's newer choice.
  const template = model.templateFileName === off.templateAfter ? off.template : model.templateFileName;
  return { ...model, enabled: true, accounts: off.accounts, copyRegions: off.copyRegions, templateFileName: template };
}

// The template to go back to: the one in effect before the panel switched sharing on, while the stage still uses
// the template the panel chose; otherwise a multi template's single-region twin, and any other template stays.
export function sharingOff(model: ShareModel, memory: SharingMemory): ShareModel {
  const on = memory.switchedOn;
  const current = model.templateFileName;
  const setByPanel = on !== undefined && on.after === current && on.before !== current;
  const base = setByPanel ? on.before : isMultiTemplate(current) ? baseTemplateFor(current) : current;
  return { ...model, enabled: false, baseTemplateFileName: base };
}
