import type { EditableList } from './attributeKeys';
import { templateToWrite } from './templateChoice';
import type { Finding } from './findings';
import type { ShareModel } from './model';
import { type ShareContext, validateShare } from './validate';

export interface RefusedValue {
  value: string;
  findings: Finding[];
}

export interface Admission {
  // The list after adding every value the panel accepts, in the order given.
  values: string[];
  added: string[];
  refused: RefusedValue[];
  // Values that were in the list before this addition (once each, in the order given).
  alreadyListed: string[];
}

// Judged against the template the stage will have once written: a stock template that cannot hold a value gives way
// to its companion, so the value is not refused for want of a slot.
const errorsAbout = (model: ShareModel, list: EditableList, context: ShareContext): Finding[] =>
  validateShare({ ...model, templateFileName: templateToWrite(model, context.templates) }, context).filter(
    (finding) => finding.severity === 'error' && finding.field === list,
  );

// A value the panel itself would flag as an error is never written to the stage: Deck validates asynchronously, so
// for a moment after it is written Save would still take it. Such a value stays where it was typed, with the
// errors it would cause; warnings and notes (an expression, an account Spinnaker does not manage) do not refuse.
export function admitValues(
  model: ShareModel,
  list: EditableList,
  candidates: readonly string[],
  context: ShareContext,
): Admission {
  const before = model[list];
  let current = { ...model, enabled: true };
  const admission: Admission = { values: [...before], added: [], refused: [], alreadyListed: [] };
  for (const value of candidates) {
    if (value.trim() === '') continue;
    if (admission.values.includes(value)) {
      if (before.includes(value) && !admission.alreadyListed.includes(value)) admission.alreadyListed.push(value);
      continue;
    }
    const known = new Set(errorsAbout(current, list, context).map((finding) => finding.message));
    const trial = { ...current, [list]: [...admission.values, value] };
    const caused = errorsAbout(trial, list, context).filter((finding) => !known.has(finding.message));
    if (caused.length > 0) {
      admission.refused.push({ value, findings: caused });
    } else {
      current = trial;
      admission.values.push(value);
      admission.added.push(value);
    }
  }
  return admission;
}
