import React from 'react';
import type { Finding, ShareModel } from '../share';
import { keyedRegions } from '../share';
import { CheckboxField } from './CheckboxField';
import { EncryptionFields } from './EncryptionFields';
import { FindingMessages } from './FindingMessages';
import { LabelledField } from './LabelledField';

interface SnapshotAndKeyFieldsProps {
  idPrefix: string;
  model: ShareModel;
  // The encrypting companion templates share the snapshots unless told not to.
  encryptsByDefault: boolean;
  bakeRegions: string[];
  findings: Finding[];
  onChange(model: ShareModel): void;
  onEncryptionChange(encrypted: boolean): void;
}

// The companion templates' own settings: the snapshots, and the image's encryption with a key per region.
export function SnapshotAndKeyFields(props: SnapshotAndKeyFieldsProps) {
  const { idPrefix, model, bakeRegions, findings, onChange } = props;
  const ids = { snapshots: `${idPrefix}-snapshots`, encryption: `${idPrefix}-encryption` };
  const about = (field: Finding['field']) => findings.filter((finding) => finding.field === field);
  return (
    <>
      <LabelledField label="Snapshots" htmlFor={ids.snapshots} helpKey="bakeShare.snapshots">
        <CheckboxField
          id={ids.snapshots}
          checked={model.shareSnapshots ?? props.encryptsByDefault}
          text="Also share the snapshots with these accounts, so that they can copy the image or make volumes from it"
          onChange={(shareSnapshots) => onChange({ ...model, shareSnapshots })}
        />
        <FindingMessages findings={about('snapshots')} />
      </LabelledField>
      <LabelledField label="Encryption" htmlFor={ids.encryption} helpKey="bakeShare.encryption">
        <CheckboxField
          id={ids.encryption}
          checked={model.encrypted}
          text="Encrypt the image and its copies with customer-managed KMS keys"
          onChange={props.onEncryptionChange}
        />
        {model.encrypted && (
          <EncryptionFields
            idPrefix={`${idPrefix}-kms`}
            regions={keyedRegions(model, bakeRegions).map((region) => ({
              region,
              bakeRegion: bakeRegions.includes(region),
            }))}
            keys={model.kmsKeys}
            findings={about('encryption')}
            onKeyChange={(region, key) => onChange({ ...model, kmsKeys: { ...model.kmsKeys, [region]: key } })}
          />
        )}
      </LabelledField>
    </>
  );
}
