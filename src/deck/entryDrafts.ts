import { PipelineConfigValidator } from '@spinnaker/core';
import type { EntryBox, PendingEntry } from '../share';
import { deckService } from './angularScope';

interface StageIdentity {
  refId?: unknown;
}

interface PipelineIdentity {
  id?: unknown;
}

type Drafts = Partial<Record<EntryBox, string>>;

// Text typed in the panel's boxes but not added yet, per stage of a pipeline. It lives for the page: Deck removes a
// stage's form without unmounting it, so text left in a box is still there when the stage is opened again, and
// the share validator reads it from here to block Save. Stages are keyed by refId, not by object: Deck main's bake
// form replaces the stage object on every change.
const draftsByStage = new Map<string, Drafts>();

export function draftKey(pipeline: unknown, stage: unknown): string {
  const pipelineId = (pipeline as PipelineIdentity | undefined)?.id;
  const refId = (stage as StageIdentity | undefined)?.refId;
  return `${typeof pipelineId === 'string' ? pipelineId : ''}\u0000${typeof refId === 'string' || typeof refId === 'number' ? refId : ''}`;
}

export function draftsOf(key: string): Drafts {
  return { ...draftsByStage.get(key) };
}

export function pendingEntriesOf(key: string): PendingEntry[] {
  const drafts = draftsByStage.get(key) ?? {};
  return (Object.keys(drafts) as EntryBox[]).map((box) => ({ box, text: drafts[box] ?? '' }));
}

export function saveDraft(key: string, box: EntryBox, text: string): void {
  const drafts = { ...draftsByStage.get(key) };
  if (text.trim() === '') delete drafts[box];
  else drafts[box] = text;
  if (Object.keys(drafts).length === 0) draftsByStage.delete(key);
  else draftsByStage.set(key, drafts);
}

// Deck revalidates a pipeline when the pipeline changes; text in a box is no change to it, so the panel asks for
// validation itself. On AngularJS Decks the results arrive through $q, which settles only in a digest.
export function revalidate(pipeline: unknown): void {
  if (!pipeline || typeof PipelineConfigValidator?.validatePipeline !== 'function') return;
  try {
    const validation = PipelineConfigValidator.validatePipeline(pipeline as never) as {
      catch?: (f: () => void) => void;
    };
    validation?.catch?.(() => undefined);
    deckService<{ $applyAsync?: () => void }>('$rootScope')?.$applyAsync?.();
  } catch (error) {
    console.error('bake-share: could not ask Deck to validate the pipeline again', error);
  }
}
