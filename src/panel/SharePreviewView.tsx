import React from 'react';
import type { CompanionPreview, PreviewEntry, RegionKeyPreview, SharePreview } from '../share';
import { DEFAULT_ACCOUNT_ENV, DEFAULT_REGION_ENV } from '../share';

interface SharePreviewViewProps {
  preview: SharePreview;
  bakeRegions: string[];
}

const INLINE: React.CSSProperties = { display: 'inline', fontWeight: 'normal', margin: 0 };

function EntryText({ entry, env, noun }: { entry: PreviewEntry; env: string; noun: string }) {
  if (entry.source === 'rosco-default') {
    return entry.value ? (
      <span title={`Rosco's ${env}`}>
        <code>{entry.value}</code> <span className="text-muted">(Rosco&apos;s default {noun})</span>
      </span>
    ) : (
      <span className="text-muted">
        Rosco&apos;s default {noun} (<code>{env}</code>)
      </span>
    );
  }
  return (
    <span>
      <code>{entry.value}</code>
      {entry.invalid && <span className="error-message"> (invalid, see above)</span>}
      {entry.bakeRegion && <span className="text-muted"> (skipped where it is the bake region)</span>}
    </span>
  );
}

// One Packer field of the preview: its name, then its values (or "none").
function PreviewLine({ label, empty, children }: { label: string; empty: boolean; children: React.ReactNode }) {
  return (
    <div className="bake-share-preview-line">
      <dt style={INLINE}>
        <code>{label}</code>:
      </dt>{' '}
      <dd style={INLINE}>{empty ? <span className="text-muted">none</span> : children}</dd>
    </div>
  );
}

function EntryLine({
  label,
  entries,
  env,
  noun,
}: {
  label: string;
  entries: PreviewEntry[];
  env: string;
  noun: string;
}) {
  return (
    <PreviewLine label={label} empty={entries.length === 0}>
      {entries.map((entry, index) => (
        <React.Fragment key={`${entry.value ?? entry.source}-${index}`}>
          {index > 0 && ', '}
          <EntryText entry={entry} env={env} noun={noun} />
        </React.Fragment>
      ))}
    </PreviewLine>
  );
}

function KeyLine({ label, keys }: { label: string; keys: RegionKeyPreview[] }) {
  return (
    <PreviewLine label={label} empty={keys.length === 0}>
      {keys.map(({ region, key }, index) => (
        <React.Fragment key={region}>
          {index > 0 && ', '}
          {region} → {key ? <code>{key}</code> : <span className="error-message">no key yet</span>}
        </React.Fragment>
      ))}
    </PreviewLine>
  );
}

// The companion templates' own fields; each appears only where the template declares it.
function CompanionLines({ companion }: { companion: CompanionPreview }) {
  const { regionKeys } = companion;
  const bakeKeys = regionKeys?.filter((entry) => entry.bakeRegion) ?? [];
  return (
    <>
      {companion.amiOrgArns && <EntryLine label="ami_org_arns" entries={companion.amiOrgArns} env="" noun="" />}
      {companion.amiOuArns && <EntryLine label="ami_ou_arns" entries={companion.amiOuArns} env="" noun="" />}
      {companion.snapshotUsers && <EntryLine label="snapshot_users" entries={companion.snapshotUsers} env="" noun="" />}
      {regionKeys && (
        <>
          <PreviewLine label="encrypt_boot" empty={false}>
            <code>true</code>
          </PreviewLine>
          <KeyLine label="kms_key_id" keys={bakeKeys} />
          <KeyLine label="region_kms_key_ids" keys={regionKeys} />
        </>
      )}
    </>
  );
}

// Orca runs one bake per bake region, and each bake copies its own AMI to every copy region.
function EachBakeCopies({ bakeRegions, copies }: { bakeRegions: string[]; copies: number }) {
  if (bakeRegions.length < 2 || copies === 0) return null;
  return (
    <p className="help-block">
      This stage bakes in {bakeRegions.length} regions ({bakeRegions.join(', ')}): each bake makes its own AMI and
      copies it, so every copy region receives {bakeRegions.length} AMIs, one from each bake region.
    </p>
  );
}

export function SharePreviewView({ preview, bakeRegions }: SharePreviewViewProps) {
  const dropped = [...preview.droppedAccounts, ...preview.droppedRegions];
  const copies = preview.amiRegions.filter((entry) => entry.source === 'stage').length;
  return (
    <div className="bake-share-preview" role="group" aria-label="What Rosco will pass to Packer">
      <dl className="form-control-static">
        <EntryLine label="ami_users" entries={preview.amiUsers} env={DEFAULT_ACCOUNT_ENV} noun="account" />
        <EntryLine label="ami_regions" entries={preview.amiRegions} env={DEFAULT_REGION_ENV} noun="region" />
        {preview.companion && <CompanionLines companion={preview.companion} />}
      </dl>
      <EachBakeCopies bakeRegions={bakeRegions} copies={copies} />
      {dropped.length > 0 && (
        <p className="error-message">Dropped by the template (no slot left): {dropped.join(', ')}</p>
      )}
    </div>
  );
}
