import { copyRegionFindings } from './regionFindings';

const only = (value: string, bakeRegions: string[] = ['us-east-1']) => {
  const findings = copyRegionFindings([value], bakeRegions);
  expect(findings).toHaveLength(1);
  return findings[0];
};

describe('copyRegionFindings', () => {
  it('accepts known regions in the bake partition', () => {
    expect(copyRegionFindings(['eu-west-1', 'us-west-2', ' ap-northeast-1 ', ''], ['us-east-1'])).toEqual([]);
    expect(copyRegionFindings(['us-gov-east-1'], ['us-gov-west-1'])).toEqual([]);
    expect(copyRegionFindings(['cn-northwest-1'], ['cn-north-1'])).toEqual([]);
  });

  it.each([
    ['us-east-1a', "'us-east-1a' looks like an availability zone; copy to its region 'us-east-1'."],
    ['US-EAST-2B', "'US-EAST-2B' looks like an availability zone; copy to its region 'us-east-2'."],
    ['US-EAST-1', "'US-EAST-1' must be written in lowercase: 'us-east-1'."],
    ['US East (Ohio)', "'US East (Ohio)' is a region's display name; use its code 'us-east-2'."],
    ['us_west_2', "'us_west_2' is not written as a region name; did you mean 'us-west-2'?"],
    ['nowhere', "'nowhere' is not an AWS region name; region names look like 'us-east-1'."],
  ])('rejects the malformed %s with a suggestion', (value, message) => {
    expect(only(value)).toEqual({ severity: 'error', field: 'copyRegions', value, message });
  });

  it('warns about a well-formed region it does not know', () => {
    expect(only('xx-new-1')).toMatchObject({ severity: 'warning', message: /not a region bake-share knows/ });
  });

  it('rejects copies to another partition', () => {
    expect(only('cn-north-1')).toEqual({
      severity: 'error',
      field: 'copyRegions',
      value: 'cn-north-1',
      message:
        "'cn-north-1' is in AWS China, but this stage bakes in 'us-east-1' (AWS commercial); AMIs cannot be copied between partitions.",
    });
    expect(only('eu-west-1', ['us-gov-west-1']).message).toMatch(/is in AWS commercial, but this stage bakes in/);
    expect(only('us-gov-east-1', ['us-east-1']).message).toMatch(/AWS GovCloud \(US\)/);
  });

  it('checks partitions only against bake regions it can place', () => {
    expect(copyRegionFindings(['cn-north-1'], ['${region}', 'nowhere', ''])).toEqual([]);
    expect(copyRegionFindings(['cn-north-1'], [])).toEqual([]);
  });

  it('warns that a copy to the bake region is skipped', () => {
    expect(only('us-east-1')).toEqual({
      severity: 'warning',
      field: 'copyRegions',
      value: 'us-east-1',
      message: "'us-east-1' is the region this stage bakes in; Packer skips it because the AMI is already there.",
    });
  });

  it('explains the extra copies when the stage bakes in several regions', () => {
    expect(only('us-west-2', ['us-east-1', 'us-west-2']).message).toMatch(/also a bake region/);
  });

  it('notes that an opt-in region must be enabled', () => {
    expect(only('af-south-1')).toEqual({
      severity: 'info',
      field: 'copyRegions',
      value: 'af-south-1',
      message:
        "'af-south-1', Africa (Cape Town), is an opt-in region: it must be enabled in the baking account, or the copy fails.",
    });
  });

  it('leaves expressions to run time', () => {
    expect(only('${ parameters.region }')).toMatchObject({ severity: 'info', message: /when the pipeline runs/ });
  });

  it('rejects line breaks', () => {
    expect(only('eu-west-1\neu-west-2')).toMatchObject({ severity: 'error', message: /line break/ });
  });

  it('warns once about each region listed more than once', () => {
    expect(copyRegionFindings(['eu-west-1', ' eu-west-1', 'eu-west-1'], ['us-east-1'])).toEqual([
      {
        severity: 'warning',
        field: 'copyRegions',
        value: 'eu-west-1',
        message: "'eu-west-1' is listed 3 times; one entry is enough.",
      },
    ]);
  });
});
