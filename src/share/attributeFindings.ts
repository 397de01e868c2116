import { commaKey, slotKey } from './codec';
import { type Finding, quote } from './findings';
import type { ShareModel } from './model';

function mixedFormFinding(): Finding {
  const message = `This stage writes one list both as a comma list (${commaKey('accounts')} or ${commaKey('copyRegions')}) and as numbered keys (${slotKey('accounts', 1)} or ${slotKey('copyRegions', 1)}, …). Rosco fills the same numbered slots from both, so some values overwrite others. When this panel next updates the stage, it rewrites them all as numbered keys.`;
  return { severity: 'warning', field: 'attributes', message };
}

export function attributeFindings(model: ShareModel): Finding[] {
  const unparsed = model.unparsed.map(({ key, reason }): Finding => ({
    severity: 'warning',
    field: 'attributes',
    value: key,
    message: `The attribute ${quote(key)} is ignored by the bake template: ${reason}. The panel leaves it as it is; rename or remove it.`,
  }));
  return model.form === 'mixed' ? [mixedFormFinding(), ...unparsed] : unparsed;
}
