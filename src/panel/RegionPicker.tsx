import React from 'react';
import type { Finding } from '../share';
import { AWS_REGIONS, PARTITIONS, PARTITION_LABELS, findRegion } from '../share';
import { FindingMessages } from './FindingMessages';
import { SlotCounter } from './SlotCounter';
import { ValueList } from './ValueList';

interface RegionPickerProps {
  copyRegions: string[];
  bakeRegions: string[];
  findings: Finding[];
  capacity?: number;
  onChange(copyRegions: string[]): void;
}

function regionLabel(name: string, bakeRegions: string[]): React.ReactNode {
  const region = findRegion(name);
  return (
    <>
      <strong>{name}</strong> {region && <span className="text-muted">{region.label}</span>}
      {bakeRegions.includes(name) && <span className="label label-default sp-margin-xs-left">bake region</span>}
    </>
  );
}

export function RegionPicker({ copyRegions, bakeRegions, findings, capacity, onChange }: RegionPickerProps) {
  const rows = copyRegions.map((value) => ({ value, label: regionLabel(value, bakeRegions) }));
  const listFindings = findings.filter(
    (finding) => finding.value === undefined || !copyRegions.includes(finding.value),
  );
  return (
    <div className="bake-share-regions">
      <ValueList
        rows={rows}
        findings={findings}
        noun="copy regions"
        onRemove={(index) => onChange(copyRegions.filter((_, i) => i !== index))}
      />
      <select
        className="form-control input-sm"
        aria-label="Add a region to copy the AMI to"
        value=""
        onChange={(event) => event.target.value && onChange([...copyRegions, event.target.value])}
      >
        <option value="">Add a copy region…</option>
        {PARTITIONS.map((partition) => (
          <optgroup key={partition} label={PARTITION_LABELS[partition]}>
            {AWS_REGIONS.filter((region) => region.partition === partition && !copyRegions.includes(region.name)).map(
              (region) => (
                <option key={region.name} value={region.name}>
                  {region.name} — {region.label}
                  {bakeRegions.includes(region.name) ? ' (bake region)' : ''}
                  {region.optIn ? ' (opt-in)' : ''}
                </option>
              ),
            )}
          </optgroup>
        ))}
      </select>
      <SlotCounter used={copyRegions.length} capacity={capacity} noun="copy regions" />
      <FindingMessages findings={listFindings} />
    </div>
  );
}
