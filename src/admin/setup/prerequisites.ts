import { SHARE_SLOTS, WHEN_ACCOUNT_RECEIVES, WHEN_REGION_RECEIVES } from './roscoDefaults';

export type CheckStatus = 'ok' | 'problem' | 'unknown' | 'info';

export interface Prerequisite {
  title: string;
  status: CheckStatus;
  detail: string;
}

// Only an account the default-account field accepts is named in a sentence.
export type DefaultAccountChoice =
  { state: 'not chosen' } | { state: 'refused' } | { state: 'chosen'; accountId: string };

export interface PrerequisiteInput {
  roscoMode: boolean | undefined;
  defaultAccount: DefaultAccountChoice;
  region: string;
}

const UNSET_ACCOUNT_FAILS =
  `If it is unset in Rosco, every bake that lists fewer than ${SHARE_SLOTS} accounts fails with ` +
  'InvalidAMIAttributeItemValue.';

function defaultAccountDetail(defaultAccount: DefaultAccountChoice): string {
  if (defaultAccount.state === 'chosen') {
    return (
      `${defaultAccount.accountId} receives the AMI ${WHEN_ACCOUNT_RECEIVES}: Rosco's multi templates fill the ` +
      `unused share_with slots with it. ${UNSET_ACCOUNT_FAILS}`
    );
  }
  if (defaultAccount.state === 'refused') {
    return `Not usable yet: Rosco needs the account's 12-digit AWS account ID. ${UNSET_ACCOUNT_FAILS}`;
  }
  return `Not chosen yet. ${UNSET_ACCOUNT_FAILS}`;
}

function defaultRegionDetail(region: string): string {
  if (region) {
    return (
      `${region} receives a copy of the AMI ${WHEN_REGION_RECEIVES} (except where it is the bake region): ` +
      "Rosco's multi templates fill the unused copy_to slots with it."
    );
  }
  return `Not chosen yet. Rosco's multi templates copy the AMI to this region ${WHEN_REGION_RECEIVES}.`;
}

export function prerequisites({ roscoMode, defaultAccount, region }: PrerequisiteInput): Prerequisite[] {
  return [
    {
      title: "Deck's roscoMode feature flag",
      status: roscoMode ? 'ok' : 'problem',
      detail: roscoMode
        ? 'On: the bake stage shows Template File Name and Extended Attributes beside this panel.'
        : "Off in Deck's settings: the bake stage hides Template File Name and Extended Attributes, so the panel is " +
          'the only place to see them. Set feature.roscoMode to true.',
    },
    {
      title: "The multi templates in Rosco's packer folder",
      status: 'unknown',
      detail:
        "Deck cannot see Rosco's files. aws-multi-ebs.json (and aws-multi-chroot.json for chroot bakes) must be in " +
        "Rosco's packer config folder; they ship with Rosco unless the folder was replaced.",
    },
    {
      title: "Orca's bakery.roscoApisEnabled",
      status: 'unknown',
      detail:
        "Deck cannot read Orca's configuration. It must not be false: Orca then drops extended attributes and the " +
        'template name, and no bake shares anything.',
    },
    {
      title: 'SPINNAKER_AWS_DEFAULT_ACCOUNT in Rosco’s environment',
      status: 'info',
      detail: defaultAccountDetail(defaultAccount),
    },
    {
      title: 'SPINNAKER_AWS_DEFAULT_REGION in Rosco’s environment',
      status: 'info',
      detail: defaultRegionDetail(region),
    },
    {
      title: "bake-share's companion templates in Rosco's packer folder",
      status: 'unknown',
      detail:
        'Needed only by stages that share with organizations, share snapshots, encrypt with KMS keys, or list more ' +
        "than 10 accounts or 5 copy regions. Deck cannot see Rosco's files: list the folder (for example " +
        '`kubectl exec deploy/spin-rosco -- ls /opt/rosco/config/packer`) and look for bake-share-ebs.json and ' +
        'the others; without them such a bake fails at once, its log saying the template file does not exist.',
    },
    {
      title: 'KMS key policies grant the accounts',
      status: 'unknown',
      detail:
        "An encrypted image can only be launched or copied by accounts its keys' policies allow. Deck cannot read " +
        'key policies: add the statements under "Key policies" below to the key of each region.',
    },
  ];
}
