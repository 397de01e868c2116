import { cleanValue } from './attributeValues';
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

export interface SharePreview {
  amiUsers: PreviewEntry[];
  amiRegions: PreviewEntry[];
  droppedAccounts: string[];
  droppedRegions: string[];
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
function fillSlots(values: string[], slots: number | undefined, fallback: string | undefined): SlotPreview {
  if (slots === undefined) return { entries: uniqueEntries(values), dropped: [] };
  const slotted = values.slice(0, slots);
  const entries = uniqueEntries(slotted);
  const fallbackShown = fallback !== undefined && slotted.includes(fallback);
  if (values.length < slots && !fallbackShown) entries.push({ source: 'rosco-default', value: fallback });
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
  const users = fillSlots(valuesOf(accounts), capacity?.accounts, defaults.accountId);
  const regions = fillSlots(valuesOf(copyRegions), capacity?.regions, defaults.region);
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
