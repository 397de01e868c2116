import { logLines } from './bakeLog';
import { quote } from './findings';

export type BakeFailureCause =
  | 'default-account-unset'
  | 'malformed-account-id'
  | 'aws-managed-key'
  | 'invalid-region'
  | 'region-not-enabled'
  | 'copy-timeout'
  | 'kms-key'
  | 'not-authorized'
  | 'ami-name-taken';

export interface BakeFailure {
  cause: BakeFailureCause;
  // What went wrong and how to fix it, in a pipeline author's words.
  message: string;
  // The log line it was read from.
  evidence: string;
}

type Explain = (match: RegExpExecArray) => { cause: BakeFailureCause; message: string };

// Failures of sharing and copying as packer-plugin-amazon (v1.8.2) and AWS word them in a bake log; each pattern
// names its source.
const CATALOGUE: Array<[RegExp, Explain]> = [
  // step_modify_ami_attributes.go; AWS echoes the value with a trailing space, so an empty slot reads " ".
  [
    /InvalidAMIAttributeItemValue: Invalid attribute item value "(.*?) ?" for userId item type/,
    ([, value]) =>
      value.trim() === ''
        ? {
            cause: 'default-account-unset',
            message:
              "An account slot reached AWS empty: Rosco fills every unused share_with slot with SPINNAKER_AWS_DEFAULT_ACCOUNT, which is not set in Rosco's environment. Set it to a 12-digit account ID (see the setup page) and run the bake again.",
          }
        : {
            cause: 'malformed-account-id',
            message: `AWS refused the account ID ${quote(value.trim())}${/^\d{11}$/.test(value.trim()) ? `, which has 11 digits: a leading zero was probably lost (try ${quote(`0${value.trim()}`)})` : ''}. Correct it in the stage's accounts; AWS account IDs are exactly 12 digits.`,
          },
  ],
  // AWS's answer to sharing a snapshot encrypted with aws/ebs (hashicorp/packer #7410), and ami_config.go's check.
  [
    /(Snapshots encrypted with the AWS Managed CMK can.t be shared|Cannot share AMI encrypted with default KMS key|Encrypted snapshots with EBS default key cannot be shared)/,
    () => ({
      cause: 'aws-managed-key',
      message:
        'The image is encrypted with the AWS-managed aws/ebs key, which cannot be shared with other accounts (the baking account may have EBS encryption by default on). Encrypt with a customer-managed KMS key the target accounts may use, or bake unencrypted.',
    }),
  ],
  // regions.go: Packer checks ami_regions against the regions the baking account has enabled.
  [
    /error validating regions: Invalid region\(s\): \[([^\]]*)\]/,
    ([, regions]) => ({
      cause: 'invalid-region',
      message: `Packer refused the copy region${regions.trim().includes(' ') ? 's' : ''} ${regions.trim().split(/\s+/).map(quote).join(', ')}: unknown, or an opt-in region the baking account has not enabled. Enable it for the account, or remove it from the copy regions.`,
    }),
  ],
  // step_ami_region_copy.go, with region validation skipped: CopyImage into a disabled opt-in region.
  [
    /error copying AMI \((ami-[0-9a-f]+)\) to region \(([^)]+)\):.*AuthFailure/,
    ([, , region]) => ({
      cause: 'region-not-enabled',
      message: `Copying to ${quote(region)} was refused (AuthFailure): the baking account has probably not enabled that opt-in region. Enable it, or remove it from the copy regions.`,
    }),
  ],
  // state.go: the copy's waiter gave up.
  [
    /Error waiting for AMI \((ami-[0-9a-f]+)\) in region \(([^)]+)\).*ResourceNotReady/,
    ([, , region]) => ({
      cause: 'copy-timeout',
      message: `The copy to ${quote(region)} did not finish in time (ResourceNotReady). Large images take long to copy; run the bake again, and check Rosco's job timeout (rosco.jobs.local.timeoutMinutes).`,
    }),
  ],
  // ami_config.go: region_kms_key_ids must name exactly the copy regions, with valid keys.
  [
    /(is not a valid KMS Key Id|is in region_kms_key_ids but not in ami_regions|is in ami_regions but not in region_kms_key_ids)/,
    ([, problem]) => ({
      cause: 'kms-key',
      message: `Packer refused the KMS settings: ${problem}. Give a valid key for every copy region, and none for other regions.`,
    }),
  ],
  [
    /Error modify AMI attributes: UnauthorizedOperation/,
    () => ({
      cause: 'not-authorized',
      message:
        "Rosco's AWS role may not share the image (UnauthorizedOperation on ModifyImageAttribute). Grant it ec2:ModifyImageAttribute and ec2:ModifySnapshotAttribute.",
    }),
  ],
  // step_pre_validate.go (build region) and CreateImage/CopyImage's InvalidAMIName.Duplicate.
  [
    /(InvalidAMIName\.Duplicate|AMI Name: '[^']*' is used by an existing AMI)/,
    () => ({
      cause: 'ami-name-taken',
      message:
        'An AMI with this name already exists. Change the AMI name or suffix, or deregister the old image, and run the bake again.',
    }),
  ],
];

export function explainBakeFailure(log: string): BakeFailure[] {
  const failures: BakeFailure[] = [];
  for (const line of logLines(log)) {
    for (const [pattern, explain] of CATALOGUE) {
      const match = pattern.exec(line);
      if (!match) continue;
      const failure = { ...explain(match), evidence: line.trim() };
      if (!failures.some((known) => known.message === failure.message)) failures.push(failure);
    }
  }
  return failures;
}
