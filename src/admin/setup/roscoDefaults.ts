import { DEFAULT_TEMPLATES, MULTI_EBS } from '../../share';

// Rosco's aws-multi-ebs.json and aws-multi-chroot.json declare share_with_1..10 and copy_to_1..5, each defaulting to
// SPINNAKER_AWS_DEFAULT_ACCOUNT / _REGION: the defaults only fill the slots a stage leaves unused.
export const SHARE_SLOTS = DEFAULT_TEMPLATES[MULTI_EBS].accounts;
export const COPY_SLOTS = DEFAULT_TEMPLATES[MULTI_EBS].regions;

export const WHEN_ACCOUNT_RECEIVES = `whenever a stage lists fewer than ${SHARE_SLOTS} accounts`;
export const WHEN_REGION_RECEIVES = `whenever a stage lists fewer than ${COPY_SLOTS} copy regions`;
