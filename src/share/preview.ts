import { cleanValue } from './attributeValues';
import { keyedRegions, keyOf } from './encryption';
import type { ShareModel } from './model';
import { isOrganizationalUnitArn } from './organizations';
import type { TemplateCapacity } from './templates';

// Every slot Rosco's templates declare falls back to these variables of the Rosco process when left empty.
export const DEFAULT_ACCOUNT_ENV = 'SPINNAKER_AWS_DEFAULT_ACCOUNT';
export const DEFAULT_REGION_ENV = 'SPINNAKER_AWS_DEFAULT_REGION';

export interface PreviewEntry {
  source: 'stage' | 'rosco-default';
  value?: string;
  bakeRegion?: boolean;
  // A value the panel reports as an error: Packer would fail on it or share with nobody.
  invalid?: boolean;
}

export interface RegionKeyPreview {
  region: string;
  key?: string;
  bakeRegion: boolean;
}

// The fields only the companion templates have; each is absent where the template does not declare it.
export interface CompanionPreview {
  amiOrgArns?: PreviewEntry[];
  amiOuArns?: PreviewEntry[];
  snapshotUsers?: PreviewEntry[];
  regionKeys?: RegionKeyPreview[];
}

export interface SharePreview {
  amiUsers: PreviewEntry[];
  amiRegions: PreviewEntry[];
  droppedAccounts: string[];
  droppedRegions: string[];
  companion?: CompanionPreview;
}

export interface RoscoDefaults {
  accountId?: string;
  region?: string;
}

interface SlotPreview {
  entries: PreviewEntry[];
  dropped: string[];
}

function valuesOf(written: readonly string[]): string[] {
  return written.map(cleanValue).filter((value): value is string => value !== undefined);
}

// Packer de-duplicates ami_users and ami_regions, so a value (or the default) listed twice is shown once.
function uniqueEntries(values: string[]): PreviewEntry[] {
  return values.filter((value, index) => values.indexOf(value) === index).map((value) => ({ source: 'stage', value }));
}

// Without a known slot count nothing can be said about fallbacks or losses, so the values are shown as written.
function fillSlots(
  values: string[],
  slots: number | undefined,
  fallback: string | undefined,
  fills: boolean,
): SlotPreview {
  if (slots === undefined) return { entries: uniqueEntries(values), dropped: [] };
  const slotted = values.slice(0, slots);
  const entries = uniqueEntries(slotted);
  const fallbackShown = fallback !== undefined && slotted.includes(fallback);
  if (fills && values.length < slots && !fallbackShown) entries.push({ source: 'rosco-default', value: fallback });
  return { entries, dropped: values.slice(slots) };
}

export function previewShare(
  accounts: readonly string[],
  copyRegions: readonly string[],
  capacity: TemplateCapacity | undefined,
  defaults: RoscoDefaults,
  bakeRegions: readonly string[],
  flagged: ReadonlySet<string> = new Set(),
): SharePreview {
  const marked = (entry: PreviewEntry): PreviewEntry =>
    entry.source === 'stage' && entry.value !== undefined && flagged.has(entry.value)
      ? { ...entry, invalid: true }
      : entry;
  // The companion templates join only the slots that are set; Rosco's fill the others from its environment.
  const fills = capacity?.skipsUnusedSlots !== true;
  const users = fillSlots(valuesOf(accounts), capacity?.accounts, fills ? defaults.accountId : undefined, fills);
  const regions = fillSlots(valuesOf(copyRegions), capacity?.regions, fills ? defaults.region : undefined, fills);
  const amiRegions = regions.entries.map((entry) =>
    marked(entry.value !== undefined && bakeRegions.includes(entry.value) ? { ...entry, bakeRegion: true } : entry),
  );
  return {
    amiUsers: users.entries.map(marked),
    amiRegions,
    droppedAccounts: users.dropped,
    droppedRegions: regions.dropped,
  };
}

const flaggedEntries = (values: string[], flagged: ReadonlySet<string>): PreviewEntry[] =>
  uniqueEntries(values).map((entry) =>
    entry.value !== undefined && flagged.has(entry.value) ? { ...entry, invalid: true } : entry,
  );

export function previewCompanionFields(
  model: Pick<ShareModel, 'accounts' | 'copyRegions' | 'organizations' | 'shareSnapshots' | 'kmsKeys'>,
  capacity: TemplateCapacity | undefined,
  bakeRegions: readonly string[],
  flagged: ReadonlySet<string> = new Set(),
): CompanionPreview | undefined {
  if (!capacity) return undefined;
  const organizations = valuesOf(model.organizations);
  const declaresOrganizations = (capacity.organizations ?? 0) + (capacity.organizationalUnits ?? 0) > 0;
  if (!declaresOrganizations && !capacity.snapshots && !capacity.encryption) return undefined;
  const sharesSnapshots = model.shareSnapshots ?? capacity.encryption === true;
  return {
    ...(declaresOrganizations
      ? {
          amiOrgArns: flaggedEntries(
            organizations.filter((value) => !isOrganizationalUnitArn(value)),
            flagged,
          ),
          amiOuArns: flaggedEntries(organizations.filter(isOrganizationalUnitArn), flagged),
        }
      : {}),
    ...(capacity.snapshots
      ? { snapshotUsers: sharesSnapshots ? flaggedEntries(valuesOf(model.accounts), flagged) : [] }
      : {}),
    ...(capacity.encryption
      ? {
          regionKeys: keyedRegions(model, bakeRegions).map((region) => ({
            region,
            key: keyOf(model, region) || undefined,
            bakeRegion: bakeRegions.includes(region),
          })),
        }
      : {}),
  };
}
