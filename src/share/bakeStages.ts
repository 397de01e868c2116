interface BakeStageFields {
  type?: unknown;
  cloudProvider?: unknown;
  cloudProviderType?: unknown;
  regions?: unknown;
}

// Deck's own rule (BaseProviderStageCtrl): a stage's provider is cloudProvider, else cloudProviderType, else AWS.
export function isAwsBake(stage: object): boolean {
  const { type, cloudProvider, cloudProviderType } = stage as BakeStageFields;
  return type === 'bake' && (cloudProvider ?? cloudProviderType ?? 'aws') === 'aws';
}

// The regions a bake stage bakes in; anything but text, from hand-edited JSON, is left out.
export function bakeRegionsOf(stage: object): string[] {
  const { regions } = stage as BakeStageFields;
  return Array.isArray(regions) ? regions.filter((region): region is string => typeof region === 'string') : [];
}
