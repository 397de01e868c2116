import React from 'react';
import { AWS_REGIONS, PARTITIONS, PARTITION_LABELS } from '../../share';
import { WHEN_REGION_RECEIVES } from './roscoDefaults';

interface DefaultRegionFieldProps {
  value: string;
  onChange(value: string): void;
}

export function DefaultRegionField({ value, onChange }: DefaultRegionFieldProps) {
  return (
    <div className="form-group">
      <label className="col-md-3 sm-label-right" htmlFor="bake-share-default-region">
        SPINNAKER_AWS_DEFAULT_REGION
      </label>
      <div className="col-md-7">
        <select
          id="bake-share-default-region"
          className="form-control input-sm"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">Choose a region…</option>
          {PARTITIONS.map((partition) => (
            <optgroup key={partition} label={PARTITION_LABELS[partition]}>
              {AWS_REGIONS.filter((region) => region.partition === partition).map((region) => (
                <option key={region.name} value={region.name}>
                  {region.name} — {region.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <p className="help-block">
          Rosco&apos;s multi templates put this region in every copy slot a stage leaves unused, so the AMI is copied
          there {WHEN_REGION_RECEIVES} (skipped where it is baked).
        </p>
      </div>
    </div>
  );
}
