export type CheckStatus = 'ok' | 'problem' | 'unknown' | 'info';

export interface Prerequisite {
  title: string;
  status: CheckStatus;
  detail: string;
}

export interface PrerequisiteInput {
  roscoMode: boolean | undefined;
  accountId: string;
  region: string;
}

export function prerequisites({ roscoMode, accountId, region }: PrerequisiteInput): Prerequisite[] {
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
      detail: accountId
        ? `${accountId} receives every AMI Rosco bakes with a multi template, whatever the stage lists. If it is ` +
          'unset, every such bake fails with InvalidAMIAttributeItemValue.'
        : 'Not chosen yet. If it is unset in Rosco, every bake with a multi template fails with ' +
          'InvalidAMIAttributeItemValue.',
    },
    {
      title: 'SPINNAKER_AWS_DEFAULT_REGION in Rosco’s environment',
      status: 'info',
      detail: region
        ? `${region} receives a copy of every AMI baked with a multi template (except where it is the bake region).`
        : 'Not chosen yet. Every AMI baked with a multi template is copied to this region.',
    },
  ];
}
