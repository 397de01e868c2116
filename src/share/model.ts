export type ShareForm = 'none' | 'numbered' | 'comma' | 'mixed';

export interface UnparsedAttribute {
  key: string;
  value: string;
  reason: string;
}

export interface ShareModel {
  enabled: boolean;
  accounts: string[];
  copyRegions: string[];
  // Organization and OU ARNs, for the companion templates' ami_org_arns / ami_ou_arns.
  organizations: string[];
  // share_snapshots as written; undefined leaves the template's default (on for the encrypting templates).
  shareSnapshots?: boolean;
  // Encrypt the image with customer-managed keys, one per region (each bake region and each copy region).
  encrypted: boolean;
  kmsKeys: Record<string, string>;
  templateFileName?: string;
  // What to restore when sharing is switched off, so the panel can undo the template it set.
  baseTemplateFileName?: string;
  form: ShareForm;
  // Share/copy-looking keys Rosco's templates would ignore; written back untouched so nothing is lost.
  unparsed: UnparsedAttribute[];
}

export type ExtendedAttributes = Record<string, string>;

export interface StageShareFields {
  templateFileName?: string;
  extendedAttributes?: ExtendedAttributes;
}
