import type { AwsRegion, Partition } from '../share';
import { AWS_REGIONS, PARTITIONS, partitionOf } from '../share';

export interface RegionChoice {
  region: AwsRegion;
  // Set when the region cannot take a copy from this stage's bake regions.
  unavailable?: string;
}

function matchRank(region: AwsRegion, needle: string): number {
  const name = region.name.toLowerCase();
  if (name === needle) return 0;
  if (name.startsWith(needle)) return 1;
  return name.includes(needle) || region.label.toLowerCase().includes(needle) ? 2 : -1;
}

function bakePartitions(bakeRegions: readonly string[]): Set<Partition> {
  return new Set(bakeRegions.map((name) => partitionOf(name)).filter((partition) => partition !== undefined));
}

// Regions to offer for a query, by partition, best match first within each; copies never cross a partition, so
// regions outside every bake region's partition are shown but cannot be chosen.
export function matchRegions(query: string, chosen: readonly string[], bakeRegions: readonly string[]): RegionChoice[] {
  const needle = query.trim().toLowerCase();
  const partitions = bakePartitions(bakeRegions);
  const ranked = AWS_REGIONS.filter((region) => !chosen.includes(region.name))
    .map((region, order) => ({ region, order, rank: needle ? matchRank(region, needle) : 0 }))
    .filter((entry) => entry.rank >= 0);
  ranked.sort(
    (left, right) =>
      PARTITIONS.indexOf(left.region.partition) - PARTITIONS.indexOf(right.region.partition) ||
      left.rank - right.rank ||
      left.order - right.order,
  );
  return ranked.map(({ region }) =>
    partitions.size > 0 && !partitions.has(region.partition)
      ? { region, unavailable: 'another partition than the bake region' }
      : { region },
  );
}

export function preselectedRegion(query: string, choices: RegionChoice[]): number {
  const needle = query.trim().toLowerCase();
  if (needle === '') return -1;
  const exact = choices.findIndex((choice) => !choice.unavailable && choice.region.name === needle);
  return exact >= 0 ? exact : choices.findIndex((choice) => !choice.unavailable);
}
