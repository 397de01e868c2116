import { explainBakeFailure } from './bakeFailures';

// Lines as packer-plugin-amazon and AWS print them, each from the source or issue its pattern names.
const CASES: Array<[string, string, RegExp]> = [
  [
    'default-account-unset',
    '==> amazon-ebs: Error modify AMI attributes: InvalidAMIAttributeItemValue: Invalid attribute item value " " for userId item type.',
    /SPINNAKER_AWS_DEFAULT_ACCOUNT, which is not set/,
  ],
  [
    'malformed-account-id',
    'Build \'amazon-ebs\' errored after 14 minutes 56 seconds: Error modify AMI attributes: InvalidAMIAttributeItemValue: Invalid attribute item value "86385474502 " for userId item type.',
    /'86385474502', which has 11 digits: a leading zero was probably lost \(try '086385474502'\)/,
  ],
  [
    'aws-managed-key',
    '==> amazon-ebs: Error modify AMI attributes: InvalidParameter: Snapshots encrypted with the AWS Managed CMK can’t be shared. Specify another snapshot.',
    /aws\/ebs key, which cannot be shared/,
  ],
  [
    'invalid-region',
    "Build 'amazon-ebs' errored after 1 second 770 milliseconds: error validating regions: Invalid region(s): [ap-southeast-4], available regions: [ap-south-1 eu-north-1 us-west-2]",
    /copy region 'ap-southeast-4': unknown, or an opt-in region/,
  ],
  [
    'region-not-enabled',
    '==> amazon-ebs: * error copying AMI (ami-0c5e2f8a91b7d3e46) to region (ap-east-1): Error Copying AMI (ami-0c5e2f8a91b7d3e46) to region (ap-east-1): AuthFailure: AWS was not able to validate the provided access credentials',
    /Copying to 'ap-east-1' was refused/,
  ],
  [
    'copy-timeout',
    '==> amazon-ebs: * Error waiting for AMI (ami-0c5e2f8a91b7d3e46) in region (eu-west-1): Failed with ResourceNotReady error, which can have a variety of causes.',
    /copy to 'eu-west-1' did not finish in time/,
  ],
  [
    'kms-key',
    '* Region eu-west-1 is in ami_regions but not in region_kms_key_ids',
    /Give a valid key for every copy region/,
  ],
  [
    'not-authorized',
    '==> amazon-ebs: Error modify AMI attributes: UnauthorizedOperation: You are not authorized to perform this operation.',
    /ec2:ModifyImageAttribute/,
  ],
  [
    'ami-name-taken',
    "==> amazon-ebs: Error: AMI Name: 'demo-all-20260821153000-bionic' is used by an existing AMI: ami-0c5e2f8a91b7d3e46",
    /already exists/,
  ],
];

describe('explainBakeFailure', () => {
  it.each(CASES)('recognises %s', (cause, line, message) => {
    const [failure, ...others] = explainBakeFailure(
      `==> amazon-ebs: Modifying: users\n${line}\n==> Builds finished but no artifacts were created.`,
    );

    expect(others).toEqual([]);
    expect(failure).toEqual({ cause, message: expect.stringMatching(message), evidence: line.trim() });
  });

  it('names each cause once though Packer repeats the error in its summary', () => {
    const line =
      'Error modify AMI attributes: InvalidAMIAttributeItemValue: Invalid attribute item value " " for userId item type.';
    const log = `==> amazon-ebs: ${line}\nBuild 'amazon-ebs' errored after 10 minutes: ${line}\n--> amazon-ebs: ${line}`;

    expect(explainBakeFailure(log).map((failure) => failure.cause)).toEqual(['default-account-unset']);
  });

  it('finds nothing in a successful log', () => {
    expect(
      explainBakeFailure(
        '==> Builds finished. The artifacts of successful builds are:\n--> amazon-ebs: AMIs were created:\nus-east-1: ami-0c5e2f8a91b7d3e46',
      ),
    ).toEqual([]);
  });
});
