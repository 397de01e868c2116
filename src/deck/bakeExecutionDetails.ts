import type React from 'react';
import { deckService } from './angularScope';
import { clearStageConfigCache, findAwsBakeStage } from './bakeStageEntry';

// Deck's IExecutionDetailsSection: a component with the static title its tab is named after.
export type ExecutionDetailsSection = React.ComponentType<never> & { title: string };

export interface SharingDetails {
  // For Decks that render the stage's React executionDetailsSections (Deck main).
  Section: ExecutionDetailsSection;
  // For AngularJS Decks: defines the element the details template shows the section in, and names it.
  defineHost(): string;
}

interface TemplateCache {
  get(url: string): unknown;
  put(url: string, template: string): void;
}

interface EntryWithDetails {
  executionDetailsSections?: unknown;
  executionDetailsUrl?: unknown;
}

// On AngularJS Decks a stage with executionDetailsSections loses its executionDetailsUrl template (StepDetails
// renders one or the other), so there the section joins Deck's template instead: a template of ours includes
// Deck's unchanged and puts the section's element after it.
function wrapAngularDetails(entry: EntryWithDetails, { defineHost }: SharingDetails): boolean {
  const deckUrl = entry.executionDetailsUrl;
  const cache = deckService<TemplateCache>('$templateCache');
  if (typeof deckUrl !== 'string' || !/^[\w./-]+$/.test(deckUrl) || !cache || cache.get(deckUrl) === undefined) {
    return false;
  }
  const tag = defineHost();
  const url = `bake-share/${deckUrl}`;
  cache.put(url, `<div ng-include="'${deckUrl}'"></div><${tag}></${tag}>`);
  entry.executionDetailsUrl = url;
  return true;
}

function addSection(entry: EntryWithDetails, { Section }: SharingDetails): boolean {
  const sections = entry.executionDetailsSections;
  if (!Array.isArray(sections)) return false;
  if (!sections.includes(Section)) entry.executionDetailsSections = [...sections, Section];
  return true;
}

export function addSharingDetails(details: SharingDetails): boolean {
  const entry = findAwsBakeStage() as EntryWithDetails | undefined;
  // A Deck without the AWS bake stage is already named once, by the panel.
  if (!entry) return false;
  if (!(addSection(entry, details) || wrapAngularDetails(entry, details))) {
    console.warn(
      "bake-share: this Deck shows the AWS Bake stage's execution details in a way bake-share does not know; the Sharing section is not added.",
    );
    return false;
  }
  clearStageConfigCache();
  return true;
}
