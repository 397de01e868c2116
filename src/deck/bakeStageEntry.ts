import { Registry } from '@spinnaker/core';
import type { IStageTypeConfig } from '@spinnaker/core';

interface PipelineRegistryInternals {
  stageTypes?: IStageTypeConfig[];
  getStageConfig?: { cache?: { clear?: () => void } };
}

// Deck keeps registered stages in a private array and hands out deep clones (getStageTypes); only the original
// entry can be decorated so that every later lookup sees the change.
export function findAwsBakeStage(): IStageTypeConfig | undefined {
  const stageTypes = (Registry.pipeline as unknown as PipelineRegistryInternals).stageTypes;
  if (!Array.isArray(stageTypes)) {
    return undefined;
  }
  return stageTypes.find((stageType) => stageType.provides === 'bake' && stageType.cloudProvider === 'aws');
}

// getStageConfig is memoized per stage type and provider; a cached copy would keep the undecorated entry.
export function clearStageConfigCache(): void {
  (Registry.pipeline as unknown as PipelineRegistryInternals).getStageConfig?.cache?.clear?.();
}
