export type { ExtendedAttributes, ShareForm, ShareModel, StageShareFields, UnparsedAttribute } from './model';
export { needsBeyond, stockTwinThatFits, templateToWrite } from './templateChoice';
export { otherAttributes, readShare, writeShare, type EditableList, type ShareList, type ShareWrite } from './codec';
export {
  DEFAULT_ACCOUNT_ENV,
  DEFAULT_REGION_ENV,
  previewCompanionFields,
  previewShare,
  type CompanionPreview,
  type PreviewEntry,
  type RegionKeyPreview,
  type RoscoDefaults,
  type SharePreview,
} from './preview';
export { isAccountId, isSpel, normalizeAccountId, parseAccountList } from './accounts';
export {
  AWS_REGIONS,
  findRegion,
  isWellFormedRegion,
  PARTITION_LABELS,
  PARTITIONS,
  partitionOf,
  type AwsRegion,
  type Partition,
} from './regions';
export {
  baseTemplateFor,
  capacityOf,
  COMPANION_TEMPLATES,
  companionTemplateFor,
  DEFAULT_TEMPLATES,
  isChrootTemplate,
  isCompanionTemplate,
  isEncryptingTemplate,
  isMultiTemplate,
  MULTI_CHROOT,
  MULTI_EBS,
  multiTemplateFor,
  templateCatalogue,
  type TemplateCapacity,
} from './templates';
export { accountFindings } from './accountFindings';
export {
  hasErrors,
  validateShare,
  validateStage,
  type Finding,
  type FindingField,
  type KnownAccount,
  type Severity,
  type ShareContext,
} from './validate';
export { admitValues, type Admission, type RefusedValue } from './admission';
export { pendingFindings, unknownRegionFinding, type EntryBox, type PendingEntry } from './pendingEntries';
export { sharingOff, sharingOn, type SharingMemory } from './sharingSwitch';
export { deployImageWarnings, type DeployImageWarning } from './deployImageCheck';
export { bakeRegionsOf, isAwsBake } from './bakeStages';
export { isOrganizationsArn, organizationArnKind, type OrganizationKind } from './organizations';
export { isAwsManagedEbsKey, keyedRegions, keyOf } from './encryption';
export { keyPolicyGrantees, keyPolicyStatements, type KeyPolicyGrantees } from './keyPolicy';
export {
  bulkChangeProblem,
  planBulkChange,
  revertBulkChange,
  targetsAgain,
  type BulkChange,
  type BulkChangeProblem,
  type PipelinePlan,
  type PlanOptions,
  type SkippedStage,
  type StageChange,
  type StageTarget,
} from './bulkChange';
