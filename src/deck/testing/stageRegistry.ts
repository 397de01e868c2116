import { Registry } from '@spinnaker/core';
import type { IStageTypeConfig, IValidatorConfig } from '@spinnaker/core';

interface PipelineRegistryInternals {
  stageTypes: IStageTypeConfig[];
  getStageConfig: { cache: { clear(): void } };
}

export interface CustomValidator extends IValidatorConfig {
  validate(pipeline: unknown, stage: unknown): Promise<string | null>;
}

const pipelineRegistry = Registry.pipeline as unknown as PipelineRegistryInternals;
const deckStageTypes = pipelineRegistry.stageTypes;

// Replaces Deck's registered stages for one test, as a Deck with exactly these stage entries would hold them.
export function registerStageTypes(...stageTypes: IStageTypeConfig[]): void {
  pipelineRegistry.stageTypes = stageTypes;
  pipelineRegistry.getStageConfig.cache.clear();
}

export function restoreDeckStageTypes(): void {
  pipelineRegistry.stageTypes = deckStageTypes;
  pipelineRegistry.getStageConfig.cache.clear();
}
