import { Registry } from '@spinnaker/core';
import type { IStageTypeConfig } from '@spinnaker/core';

interface PipelineRegistryInternals {
  stageTypes?: IStageTypeConfig[];
  getStageConfig?: { cache?: { clear?: () => void } };
}

// Deck keeps registered stages in a private array and hands out deep clones (getStageTypes); only the original
// entry can be decorated so that every later lookup sees the change.
export function findStageEntries(matches: (stageType: IStageTypeConfig) => boolean): IStageTypeConfig[] {
  const stageTypes = (Registry.pipeline as unknown as PipelineRegistryInternals).stageTypes;
  return Array.isArray(stageTypes) ? stageTypes.filter(matches) : [];
}

export function findAwsBakeStage(): IStageTypeConfig | undefined {
  return findStageEntries((stageType) => stageType.provides === 'bake' && stageType.cloudProvider === 'aws')[0];
}

// getStageConfig is memoized per stage type and provider; a cached copy would keep the undecorated entry.
export function clearStageConfigCache(): void {
  (Registry.pipeline as unknown as PipelineRegistryInternals).getStageConfig?.cache?.clear?.();
}
