import React from 'react';
import type { Finding } from '../share';
import { FindingMessages } from './FindingMessages';

interface EncryptionFieldsProps {
  idPrefix: string;
  regions: Array<{ region: string; bakeRegion: boolean }>;
  keys: Record<string, string>;
  findings: Finding[];
  onKeyChange(region: string, key: string): void;
}

// One key per region: KMS keys belong to a region, and each copy is encrypted with the key named for its region.
export function EncryptionFields({ idPrefix, regions, keys, findings, onKeyChange }: EncryptionFieldsProps) {
  const general = findings.filter((finding) => !regions.some(({ region }) => region === finding.value));
  return (
    <div className="bake-share-kms-keys">
      {regions.map(({ region, bakeRegion }) => {
        const inputId = `${idPrefix}-${region}`;
        const messagesId = `${inputId}-messages`;
        const regionFindings = findings.filter((finding) => finding.value === region);
        return (
          <div key={region} className="bake-share-kms-key">
            <label htmlFor={inputId} className="bake-share-kms-label">
              KMS key for {region} <span className="text-muted">({bakeRegion ? 'bake region' : 'copy'})</span>
            </label>
            <input
              id={inputId}
              type="text"
              className="form-control input-sm"
              value={Object.prototype.hasOwnProperty.call(keys, region) ? keys[region] : ''}
              placeholder="Key ID, alias/… or ARN"
              aria-describedby={messagesId}
              aria-invalid={regionFindings.some((finding) => finding.severity === 'error') || undefined}
              onChange={(event) => onKeyChange(region, event.target.value)}
            />
            <FindingMessages id={messagesId} findings={regionFindings} />
          </div>
        );
      })}
      <FindingMessages findings={general} />
    </div>
  );
}
