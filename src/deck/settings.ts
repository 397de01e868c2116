import { SETTINGS } from '@spinnaker/core';
import { templateCatalogue } from '../share';
import type { TemplateCapacity } from '../share';

export interface BakeShareSettings {
  templates: Record<string, TemplateCapacity>;
  defaultAccountId?: string;
  defaultRegion?: string;
}

interface RawBakeShareSettings {
  templates?: unknown;
  defaultAccountId?: unknown;
  defaultRegion?: unknown;
}

const trimmedText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

export function readBakeShareSettings(): BakeShareSettings {
  const raw = ((SETTINGS as unknown as { bakeShare?: RawBakeShareSettings }).bakeShare ?? {}) as RawBakeShareSettings;
  return {
    templates: templateCatalogue(raw.templates),
    defaultAccountId: trimmedText(raw.defaultAccountId),
    defaultRegion: trimmedText(raw.defaultRegion),
  };
}
