import { type Finding, nonBlank, quote } from './findings';
import type { ShareModel } from './model';
import { isSpel } from './spel';
import { capacityOf, companionTemplateFor, isMultiTemplate, type TemplateCapacity } from './templates';

// The forms KMS accepts for KmsKeyId in CopyImage and RegisterImage: a key ID, a multi-Region key ID, an alias, or the
// ARN of a key or an alias (AWS KMS "Key identifiers (KeyId)"). Packer checks the same forms (packer-plugin-amazon
// common.ValidateKmsKey), looser.
const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MULTI_REGION_KEY_ID = /^mrk-[0-9a-f]{32}$/;
const ALIAS = /^alias\/[a-zA-Z0-9:/_-]+$/;
const KEY_ARN = /^arn:(aws|aws-us-gov|aws-cn):kms:([a-z]{2}-(?:gov-)?[a-z]+-[0-9]+):([0-9]{12}):(key\/.+|alias\/.+)$/;
const AWS_MANAGED_EBS_KEY = /(^|:)alias\/aws\/ebs$/;

type KeyReading =
  | { form: 'keyId' | 'multiRegionKeyId' | 'alias' | 'expression' }
  | { form: 'arn'; region: string }
  | { form: 'invalid'; problem: string };

function readKey(key: string): KeyReading {
  if (isSpel(key)) return { form: 'expression' };
  if (KEY_ID.test(key)) return { form: 'keyId' };
  if (MULTI_REGION_KEY_ID.test(key)) return { form: 'multiRegionKeyId' };
  if (ALIAS.test(key)) return { form: 'alias' };
  const arn = KEY_ARN.exec(key);
  if (arn && (KEY_ID.test(arn[4].slice(4)) || MULTI_REGION_KEY_ID.test(arn[4].slice(4)) || ALIAS.test(arn[4]))) {
    return { form: 'arn', region: arn[2] };
  }
  if (/^arn:/.test(key)) {
    return {
      form: 'invalid',
      problem: `${quote(key)} is not a KMS key or alias ARN ('arn:aws:kms:<region>:<account>:key/<key ID>' or '…:alias/<name>').`,
    };
  }
  return {
    form: 'invalid',
    problem: `${quote(key)} is not a KMS key: use a key ID ('1234abcd-12ab-34cd-56ef-1234567890ab'), a multi-Region key ID ('mrk-…'), an alias ('alias/my-key') or an ARN.`,
  };
}

export const isAwsManagedEbsKey = (key: string): boolean => AWS_MANAGED_EBS_KEY.test(key.trim());

function keyError(message: string, value?: string): Finding {
  return { severity: 'error', field: 'encryption', value, message };
}

function keyFindings(key: string, region: string, sharing: boolean): Finding[] {
  const reading = readKey(key);
  if (reading.form === 'invalid') return [keyError(reading.problem, region)];
  if (sharing && isAwsManagedEbsKey(key)) {
    return [
      keyError(
        `${quote(key)} is the AWS-managed EBS key, which cannot be shared: the accounts could not launch the image. Use a customer-managed key whose policy grants them (packer #8271, #7499).`,
        region,
      ),
    ];
  }
  if (reading.form === 'arn' && reading.region !== region) {
    return [
      keyError(
        `${quote(key)} is a key in ${quote(reading.region)}, but it is the key for ${quote(region)}; a KMS key works only in its own region.`,
        region,
      ),
    ];
  }
  return [];
}

function templateFinding(model: ShareModel, capacity: TemplateCapacity | undefined): Finding[] {
  const template = model.templateFileName;
  if (template === undefined || !capacity || capacity.encryption) return [];
  const companion = isMultiTemplate(template)
    ? ` bake-share's ${quote(companionTemplateFor(template, true))} does; it must be installed in Rosco (see the bake-share setup page).`
    : '';
  return [
    keyError(
      `The template ${quote(template)} does not encrypt with customer-managed keys, so Packer would ignore the KMS keys.${companion}`,
    ),
  ];
}

export function keyOf(model: Pick<ShareModel, 'kmsKeys'>, region: string): string {
  return Object.prototype.hasOwnProperty.call(model.kmsKeys, region) ? model.kmsKeys[region].trim() : '';
}

// The regions that need a key: each bake region (the image) and each copy region (its copy), once each.
export function keyedRegions(model: Pick<ShareModel, 'copyRegions'>, bakeRegions: readonly string[]): string[] {
  const regions = [...bakeRegions, ...nonBlank(model.copyRegions).filter((region) => !isSpel(region))];
  return regions.filter((region, index) => regions.indexOf(region) === index);
}

function missingKey(region: string, bake: boolean): Finding {
  const why = bake
    ? 'the image is encrypted with the key named for the region it is baked in'
    : "Packer encrypts each copy with the key named for its region, and without one it would use that region's AWS-managed key, which cannot be shared";
  return keyError(`Choose a KMS key for ${quote(region)}: ${why}.`, region);
}

export function encryptionFindings(
  model: ShareModel,
  templates: Record<string, TemplateCapacity>,
  bakeRegions: readonly string[],
): Finding[] {
  if (!model.encrypted) return [];
  const sharing = nonBlank(model.accounts).length > 0 || nonBlank(model.organizations).length > 0;
  const keys = keyedRegions(model, bakeRegions).flatMap((region) => {
    const key = keyOf(model, region);
    return key === '' ? [missingKey(region, bakeRegions.includes(region))] : keyFindings(key, region, sharing);
  });
  const snapshots: Finding[] =
    sharing && model.shareSnapshots === false
      ? [
          {
            severity: 'warning',
            field: 'snapshots',
            message:
              'Without the snapshots, the accounts can launch the encrypted image but cannot copy it or create volumes from it.',
          },
        ]
      : [];
  return [...templateFinding(model, capacityOf(templates, model.templateFileName)), ...keys, ...snapshots];
}

export function snapshotFindings(model: ShareModel, templates: Record<string, TemplateCapacity>): Finding[] {
  const template = model.templateFileName;
  const capacity = capacityOf(templates, template);
  if (model.shareSnapshots !== true || template === undefined || !capacity || capacity.snapshots) return [];
  const companion = isMultiTemplate(template)
    ? ` bake-share's companion template ${quote(companionTemplateFor(template, model.encrypted))} does.`
    : '';
  const message = `The template ${quote(template)} does not share snapshots (it has no snapshot_users), so share_snapshots does nothing.${companion}`;
  return [{ severity: 'error', field: 'snapshots', message }];
}
