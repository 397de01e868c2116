import { type Finding, listInWords, nonBlank, quote, repeatedValues } from './findings';
import { AWS_REGIONS, findRegion, isWellFormedRegion, type Partition, PARTITION_LABELS, partitionOf } from './regions';
import { isSpel } from './spel';

const AVAILABILITY_ZONE = /^([a-z]{2}-(?:gov-)?[a-z]+-[1-9][0-9]*)[a-z]$/;

interface BakeRegion {
  name: string;
  partition: Partition;
}

function regionFinding(severity: Finding['severity'], value: string, message: string): Finding {
  return { severity, field: 'copyRegions', value, message };
}

function suggestionFor(value: string): string {
  const lower = value.toLowerCase();
  const zone = AVAILABILITY_ZONE.exec(lower);
  if (zone) return `${quote(value)} looks like an availability zone; copy to its region ${quote(zone[1])}.`;
  if (isWellFormedRegion(lower)) return `${quote(value)} must be written in lowercase: ${quote(lower)}.`;
  const labelled = AWS_REGIONS.find((region) => region.label.toLowerCase() === lower);
  if (labelled) return `${quote(value)} is a region's display name; use its code ${quote(labelled.name)}.`;
  const dashed = lower.replace(/[\s_]+/g, '-');
  if (isWellFormedRegion(dashed))
    return `${quote(value)} is not written as a region name; did you mean ${quote(dashed)}?`;
  return `${quote(value)} is not an AWS region name; region names look like 'us-east-1'.`;
}

// AMI copies stay inside one partition: commercial, GovCloud and China accounts cannot reach each other.
function partitionFindings(value: string, bakeRegions: readonly BakeRegion[]): Finding[] {
  const partition = partitionOf(value);
  const elsewhere = bakeRegions.filter((bake) => bake.partition !== partition);
  if (partition === undefined || elsewhere.length === 0) return [];
  const bakeNames = listInWords(elsewhere.map((bake) => bake.name));
  const message = `${quote(value)} is in ${PARTITION_LABELS[partition]}, but this stage bakes in ${bakeNames} (${PARTITION_LABELS[elsewhere[0].partition]}); AMIs cannot be copied between partitions.`;
  return [regionFinding('error', value, message)];
}

// Packer drops the build region from ami_regions; with several bake regions the others still copy there.
function bakeRegionFindings(value: string, bakeRegions: readonly BakeRegion[]): Finding[] {
  if (!bakeRegions.some((bake) => bake.name === value)) return [];
  const message =
    bakeRegions.length === 1
      ? `${quote(value)} is the region this stage bakes in; Packer skips it because the AMI is already there.`
      : `${quote(value)} is also a bake region: the bake there already makes an AMI, and the bakes in the other regions each copy one more there.`;
  return [regionFinding('warning', value, message)];
}

function catalogueFindings(value: string): Finding[] {
  const region = findRegion(value);
  if (!region) {
    const message = `${quote(value)} is not a region bake-share knows; check the spelling, because Packer rejects regions the baking account has not enabled.`;
    return [regionFinding('warning', value, message)];
  }
  if (!region.optIn) return [];
  const message = `${quote(value)}, ${region.label}, is an opt-in region: it must be enabled in the baking account, or the copy fails.`;
  return [regionFinding('info', value, message)];
}

function findingsForRegion(written: string, bakeRegions: readonly BakeRegion[]): Finding[] {
  if (isSpel(written)) {
    const message = `${quote(written)} is an expression; the region it names is checked when the pipeline runs, not here.`;
    return [regionFinding('info', written, message)];
  }
  const value = written.trim();
  if (/[\r\n]/.test(value)) {
    return [regionFinding('error', written, `${quote(value)} contains a line break; give each region its own entry.`)];
  }
  if (!isWellFormedRegion(value)) return [regionFinding('error', written, suggestionFor(value))];
  return [
    ...partitionFindings(value, bakeRegions),
    ...bakeRegionFindings(value, bakeRegions),
    ...catalogueFindings(value),
  ];
}

function duplicateFindings(values: readonly string[]): Finding[] {
  return [...repeatedValues(values, (value) => (isSpel(value) ? value : value.trim()))].map(([value, count]) =>
    regionFinding('warning', value, `${quote(value)} is listed ${count} times; one entry is enough.`),
  );
}

function bakeRegionsOf(names: readonly string[]): BakeRegion[] {
  const regions: BakeRegion[] = [];
  for (const written of nonBlank(names)) {
    const name = written.trim();
    const partition = isSpel(name) ? undefined : partitionOf(name);
    if (partition && !regions.some((region) => region.name === name)) regions.push({ name, partition });
  }
  return regions;
}

export function copyRegionFindings(copyRegions: readonly string[], bakeRegionNames: readonly string[]): Finding[] {
  const values = nonBlank(copyRegions);
  const bakeRegions = bakeRegionsOf(bakeRegionNames);
  return [...values.flatMap((value) => findingsForRegion(value, bakeRegions)), ...duplicateFindings(values)];
}
