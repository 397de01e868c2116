export const HELP_TEXTS: Record<string, string> = {
  'bakeShare.enabled':
    '<p>Shares the baked AMI with other AWS accounts and copies it to other regions. The stage then uses ' +
    "Rosco's <code>aws-multi-ebs.json</code> template (<code>aws-multi-chroot.json</code> for chroot bakes), the " +
    'templates that declare the share and copy slots. Switching it off removes the share settings and restores ' +
    'the template in effect before it was switched on; switching it on again, before the pipeline is saved or ' +
    'the stage closed, brings them back.</p>',
  'bakeShare.accounts':
    '<p>AWS accounts allowed to launch the AMI (Packer <code>ami_users</code>). Pick a Spinnaker account by name, ' +
    'type any 12-digit account ID (leading zeros matter) and press Enter, or paste a list. An ID the panel ' +
    'cannot accept stays in the box with the reason beside it, and text left in a box blocks Save until it is ' +
    'added or cleared. The template has a fixed number of ' +
    "slots, 10 in Rosco's templates: with more, the panel moves the stage to bake-share's companion template " +
    '(50), since Packer silently ignores any account beyond the slots.</p>',
  'bakeShare.copyRegions':
    '<p>Regions the AMI is copied to after the bake (Packer <code>ami_regions</code>); the accounts above can use ' +
    'every copy. Copies cannot leave the partition of the bake region (commercial, GovCloud, China), and the bake ' +
    'region itself is skipped.</p>',
  'bakeShare.preview':
    "<p>What Rosco passes to Packer. Unused slots fall back to Rosco's environment: " +
    '<code>SPINNAKER_AWS_DEFAULT_ACCOUNT</code> and <code>SPINNAKER_AWS_DEFAULT_REGION</code>, so the AMI is also ' +
    'shared with that account while the stage lists fewer accounts than the template has slots, and copied to that ' +
    'region while it lists fewer copy regions than slots (10 and 5 in <code>aws-multi-ebs.json</code> and ' +
    "<code>aws-multi-chroot.json</code>). bake-share's companion templates leave unused slots out instead.</p>",
  'bakeShare.template':
    "<p>The Packer template Rosco bakes with, read from Rosco's packer folder. Only templates that declare " +
    '<code>share_with_N</code> / <code>copy_to_N</code> variables can share or copy; templates with more slots can be ' +
    'declared in Deck settings under <code>bakeShare.templates</code>.</p>',
  'bakeShare.organizations':
    '<p>AWS Organizations and organizational units (OUs) whose accounts may launch the AMI (Packer ' +
    '<code>ami_org_arns</code> and <code>ami_ou_arns</code>), by ARN: ' +
    '<code>arn:aws:organizations::&lt;management account&gt;:organization/o-…</code> or ' +
    '<code>…:ou/o-…/ou-…-…</code>. Each counts as one of the 1,000 entities an image can be shared with. Only ' +
    "bake-share's companion templates declare them.</p>",
  'bakeShare.snapshots':
    "<p>Also grants the accounts above permission to create volumes from the AMI's snapshots (Packer " +
    '<code>snapshot_users</code>), which they need to copy the image or make volumes from it. On by default for ' +
    'encrypted images.</p>',
  'bakeShare.encryption':
    '<p>Encrypts the image with a customer-managed KMS key in each bake region, and each copy with the key given for ' +
    'its region (Packer <code>encrypt_boot</code>, <code>kms_key_id</code>, <code>region_kms_key_ids</code>). The ' +
    "AWS-managed <code>aws/ebs</code> key cannot be shared. Each key's policy must let the accounts use it: the " +
    'setup page writes the statement to add.</p>',
  'bakeShare.otherAttributes':
    '<p>Extended attributes this panel does not manage. They are passed to Packer as they are and never changed ' +
    'here.</p>',
};
