import { bakeRegionsOf, isAwsBake } from './bakeStages';
import { readShare } from './codec';
import { quote } from './findings';
import { isSpel } from './spel';

interface PipelineStage {
  refId?: unknown;
  name?: unknown;
  type?: unknown;
  requisiteStageRefIds?: unknown;
  [field: string]: unknown;
}

export interface DeployImageWarning {
  // The refId of the stage that deploys, so the warning sits on that stage.
  stageRefId: string;
  // The bake stage that only copies to the region, so the share review can list it there.
  bakeRefId: string;
  region: string;
  message: string;
  // The same, told from the bake stage.
  bakeMessage: string;
}

const asText = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

function parentsOf(stage: PipelineStage): string[] {
  const ids = Array.isArray(stage.requisiteStageRefIds) ? stage.requisiteStageRefIds : [];
  return ids.map(asText).filter((id): id is string => id !== undefined);
}

// Stages that find an existing image and hand it on for the regions they search, as a bake does for its own.
const FIND_IMAGE_STAGES = ['findImageFromTags', 'findImage', 'findAmi'];

function upstreamStages(stage: PipelineStage, byRefId: Map<string, PipelineStage>): PipelineStage[] {
  const seen = new Set<string>();
  const upstream: PipelineStage[] = [];
  const queue = parentsOf(stage);
  while (queue.length > 0) {
    const refId = queue.shift() as string;
    const parent = byRefId.get(refId);
    if (seen.has(refId) || !parent) continue;
    seen.add(refId);
    upstream.push(parent);
    queue.push(...parentsOf(parent));
  }
  return upstream;
}

// A find-image stage without a region list of its own is taken to cover every region.
function findsImageIn(stage: PipelineStage, region: string): boolean {
  if (!FIND_IMAGE_STAGES.includes(String(stage.type))) return false;
  return !Array.isArray(stage.regions) || stage.regions.includes(region);
}

function regionsOf(zones: unknown): string[] {
  return zones && typeof zones === 'object' && !Array.isArray(zones) ? Object.keys(zones) : [];
}

// The regions an AWS stage that takes its image from an upstream bake deploys to: a Deploy stage's AWS clusters,
// or a Clone Server Group stage's own target.
function deployRegions(stage: PipelineStage): string[] {
  if (stage.type === 'deploy' && Array.isArray(stage.clusters)) {
    return stage.clusters.flatMap((cluster: Record<string, unknown>) =>
      cluster && (cluster.provider ?? cluster.cloudProvider) === 'aws' ? regionsOf(cluster.availabilityZones) : [],
    );
  }
  if (stage.type === 'cloneServerGroup' && stage.cloudProvider === 'aws') {
    const region = asText(stage.region);
    return [...regionsOf(stage.availabilityZones), ...(region ? [region] : [])];
  }
  return [];
}

const nameOf = (stage: PipelineStage) => quote(asText(stage.name) ?? asText(stage.refId) ?? 'Bake');

// Orca hands a later stage only the AMIs of the regions its bake baked (the parent's deploymentDetails); a copy
// made with ami_regions never reaches it, so a Deploy there gets no amiName and falls back to another region's
// imageId, and cross-account it fails with "No AMI found". Deploy-time launch permission is granted in the baked
// region only, so it cannot help either.
export function deployImageWarnings(stages: readonly PipelineStage[]): DeployImageWarning[] {
  const byRefId = new Map<string, PipelineStage>();
  for (const stage of stages) {
    const refId = asText(stage?.refId);
    if (refId !== undefined) byRefId.set(refId, stage);
  }
  // Each bake's share settings are read once, however many deploys and regions ask about them.
  const copyRegions = new Map<PipelineStage, string[]>();
  const copiesTo = (bake: PipelineStage, region: string) => {
    if (!copyRegions.has(bake)) copyRegions.set(bake, readShare(bake as never).copyRegions);
    return (copyRegions.get(bake) as string[]).includes(region);
  };
  const warnings: DeployImageWarning[] = [];
  for (const stage of stages) {
    const stageRefId = asText(stage?.refId);
    const regions = stageRefId === undefined ? [] : [...new Set(deployRegions(stage))];
    if (regions.length === 0) continue;
    const upstream = upstreamStages(stage, byRefId);
    const bakes = upstream.filter(isAwsBake);
    const baked = new Set(bakes.flatMap(bakeRegionsOf));
    for (const region of regions) {
      if (baked.has(region) || isSpel(region) || upstream.some((parent) => findsImageIn(parent, region))) continue;
      const copying = bakes.find((bake) => copiesTo(bake, region));
      if (!copying) continue;
      const fixes = `Add ${quote(region)} to the bake's regions, or find the image with a "Find Image from Tags" stage before the deploy.`;
      const message = `This stage deploys to ${quote(region)}, where the bake stage ${nameOf(copying)} only copies its AMI; Spinnaker passes on only the AMIs of the regions a bake bakes in, so this deploy would not find the copy. ${fixes}`;
      const bakeMessage = `The stage ${nameOf(stage)} deploys to ${quote(region)}, where this bake only copies its AMI, so it would not find the copy. ${fixes}`;
      const bakeRefId = asText(copying.refId) ?? '';
      warnings.push({ stageRefId: stageRefId as string, bakeRefId, region, message, bakeMessage });
    }
  }
  return warnings;
}
