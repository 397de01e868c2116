import { accountFindings, type KnownAccount } from './accountFindings';
import { attributeFindings } from './attributeFindings';
import { encryptionFindings, snapshotFindings } from './encryption';
import { organizationFindings } from './organizations';
import { readShare } from './codec';
import type { Finding } from './findings';
import type { ShareModel, StageShareFields } from './model';
import { copyRegionFindings } from './regionFindings';
import { slotFindings, templateFindings } from './templateFindings';
import type { TemplateCapacity } from './templates';

export { hasErrors, type Finding, type FindingField, type Severity } from './findings';
export type { KnownAccount } from './accountFindings';

export interface ShareContext {
  templates: Record<string, TemplateCapacity>;
  bakeRegions: string[];
  knownAccounts: KnownAccount[];
}

export function validateShare(model: ShareModel, context: ShareContext): Finding[] {
  const sharing = model.enabled
    ? [
        ...accountFindings(model.accounts, context.knownAccounts),
        ...copyRegionFindings(model.copyRegions, context.bakeRegions),
        ...organizationFindings(model, context.templates),
        ...snapshotFindings(model, context.templates),
        ...encryptionFindings(model, context.templates, context.bakeRegions),
        ...templateFindings(model, context.templates),
      ]
    : [];
  return [...sharing, ...attributeFindings(model)];
}

// For stages as they are stored (the Deck validator, the admin review), where slot numbers still matter.
export function validateStage(
  stage: StageShareFields,
  context: ShareContext,
  model: ShareModel = readShare(stage),
): Finding[] {
  return [...validateShare(model, context), ...slotFindings(stage, model, context.templates)];
}
