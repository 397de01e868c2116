import { AWS_REGIONS, findRegion, isWellFormedRegion, PARTITION_LABELS, partitionOf } from './regions';

describe('AWS_REGIONS', () => {
  it('has each region once, well formed, with a label', () => {
    const names = AWS_REGIONS.map((region) => region.name);
    expect(new Set(names).size).toBe(names.length);
    expect(AWS_REGIONS.every((region) => isWellFormedRegion(region.name) && region.label.length > 0)).toBe(true);
  });

  it.each([
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'ca-central-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'eu-central-1',
    'eu-north-1',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-south-1',
    'sa-east-1',
  ])('knows %s as a commercial region enabled by default', (name) => {
    expect(findRegion(name)).toMatchObject({ partition: 'aws', optIn: false });
  });

  it.each([
    'af-south-1',
    'ap-east-1',
    'ap-south-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-7',
    'ca-west-1',
    'eu-south-1',
    'eu-south-2',
    'eu-central-2',
    'il-central-1',
    'me-south-1',
    'me-central-1',
    'mx-central-1',
  ])('knows %s as an opt-in commercial region', (name) => {
    expect(findRegion(name)).toMatchObject({ partition: 'aws', optIn: true });
  });

  it('knows GovCloud and China', () => {
    expect(AWS_REGIONS.filter((region) => region.partition === 'aws-us-gov').map((region) => region.name)).toEqual([
      'us-gov-east-1',
      'us-gov-west-1',
    ]);
    expect(AWS_REGIONS.filter((region) => region.partition === 'aws-cn').map((region) => region.name)).toEqual([
      'cn-north-1',
      'cn-northwest-1',
    ]);
  });

  it('labels regions the way the AWS console does', () => {
    expect(findRegion('us-east-1')?.label).toBe('US East (N. Virginia)');
    expect(findRegion('nowhere-1')).toBeUndefined();
  });
});

describe('isWellFormedRegion', () => {
  it.each(['us-east-1', 'us-gov-west-1', 'xx-somewhere-12'])('accepts %s', (name) => {
    expect(isWellFormedRegion(name)).toBe(true);
  });

  it.each(['us-east-1a', 'US-EAST-1', 'us_east_1', 'us-east', 'useast1', 'us-east-01', ' us-east-1', 'u-east-1', ''])(
    'rejects %s',
    (name) => {
      expect(isWellFormedRegion(name)).toBe(false);
    },
  );
});

describe('partitionOf', () => {
  it('uses the catalogue, then the name prefix', () => {
    expect(partitionOf('eu-west-1')).toBe('aws');
    expect(partitionOf('us-gov-east-1')).toBe('aws-us-gov');
    expect(partitionOf('cn-northwest-1')).toBe('aws-cn');
    expect(partitionOf('us-gov-central-9')).toBe('aws-us-gov');
    expect(partitionOf('cn-south-3')).toBe('aws-cn');
    expect(partitionOf('xx-new-1')).toBe('aws');
  });

  it('has no partition for names that are not regions', () => {
    expect(partitionOf('us-east-1a')).toBeUndefined();
    expect(partitionOf('${region}')).toBeUndefined();
  });

  it('has a label for every partition', () => {
    expect(Object.keys(PARTITION_LABELS).sort()).toEqual(['aws', 'aws-cn', 'aws-us-gov']);
  });
});
