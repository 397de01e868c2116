export type Partition = 'aws' | 'aws-us-gov' | 'aws-cn';

export interface AwsRegion {
  name: string;
  label: string;
  partition: Partition;
  optIn: boolean;
}

export const PARTITION_LABELS: Readonly<Record<Partition, string>> = {
  aws: 'AWS commercial',
  'aws-us-gov': 'AWS GovCloud (US)',
  'aws-cn': 'AWS China',
};

export const PARTITIONS: readonly Partition[] = ['aws', 'aws-us-gov', 'aws-cn'];

function commercial(name: string, label: string, optIn = false): AwsRegion {
  return { name, label, partition: 'aws', optIn };
}

// Regions launched after March 2019 are opt-in: an account must enable them before Packer can copy there.
export const AWS_REGIONS: readonly AwsRegion[] = [
  commercial('us-east-1', 'US East (N. Virginia)'),
  commercial('us-east-2', 'US East (Ohio)'),
  commercial('us-west-1', 'US West (N. California)'),
  commercial('us-west-2', 'US West (Oregon)'),
  commercial('ca-central-1', 'Canada (Central)'),
  commercial('ca-west-1', 'Canada West (Calgary)', true),
  commercial('mx-central-1', 'Mexico (Central)', true),
  commercial('sa-east-1', 'South America (São Paulo)'),
  commercial('eu-west-1', 'Europe (Ireland)'),
  commercial('eu-west-2', 'Europe (London)'),
  commercial('eu-west-3', 'Europe (Paris)'),
  commercial('eu-central-1', 'Europe (Frankfurt)'),
  commercial('eu-central-2', 'Europe (Zurich)', true),
  commercial('eu-north-1', 'Europe (Stockholm)'),
  commercial('eu-south-1', 'Europe (Milan)', true),
  commercial('eu-south-2', 'Europe (Spain)', true),
  commercial('af-south-1', 'Africa (Cape Town)', true),
  commercial('il-central-1', 'Israel (Tel Aviv)', true),
  commercial('me-south-1', 'Middle East (Bahrain)', true),
  commercial('me-central-1', 'Middle East (UAE)', true),
  commercial('ap-northeast-1', 'Asia Pacific (Tokyo)'),
  commercial('ap-northeast-2', 'Asia Pacific (Seoul)'),
  commercial('ap-northeast-3', 'Asia Pacific (Osaka)'),
  commercial('ap-southeast-1', 'Asia Pacific (Singapore)'),
  commercial('ap-southeast-2', 'Asia Pacific (Sydney)'),
  commercial('ap-southeast-3', 'Asia Pacific (Jakarta)', true),
  commercial('ap-southeast-4', 'Asia Pacific (Melbourne)', true),
  commercial('ap-southeast-5', 'Asia Pacific (Malaysia)', true),
  commercial('ap-southeast-6', 'Asia Pacific (New Zealand)', true),
  commercial('ap-southeast-7', 'Asia Pacific (Thailand)', true),
  commercial('ap-south-1', 'Asia Pacific (Mumbai)'),
  commercial('ap-south-2', 'Asia Pacific (Hyderabad)', true),
  commercial('ap-east-1', 'Asia Pacific (Hong Kong)', true),
  commercial('ap-east-2', 'Asia Pacific (Taipei)', true),
  { name: 'us-gov-east-1', label: 'AWS GovCloud (US-East)', partition: 'aws-us-gov', optIn: false },
  { name: 'us-gov-west-1', label: 'AWS GovCloud (US-West)', partition: 'aws-us-gov', optIn: false },
  { name: 'cn-north-1', label: 'China (Beijing)', partition: 'aws-cn', optIn: false },
  { name: 'cn-northwest-1', label: 'China (Ningxia)', partition: 'aws-cn', optIn: false },
];

const WELL_FORMED_REGION = /^[a-z]{2}-(?:gov-)?[a-z]+-[1-9][0-9]*$/;

export function isWellFormedRegion(name: string): boolean {
  return WELL_FORMED_REGION.test(name);
}

export function findRegion(name: string): AwsRegion | undefined {
  return AWS_REGIONS.find((region) => region.name === name);
}

export function partitionOf(name: string): Partition | undefined {
  const known = findRegion(name);
  if (known) return known.partition;
  if (!isWellFormedRegion(name)) return undefined;
  if (name.startsWith('us-gov-')) return 'aws-us-gov';
  if (name.startsWith('cn-')) return 'aws-cn';
  return 'aws';
}
