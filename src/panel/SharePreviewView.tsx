import React from 'react';
import type { PreviewEntry, SharePreview } from '../share';
import { DEFAULT_ACCOUNT_ENV, DEFAULT_REGION_ENV } from '../share';

interface SharePreviewViewProps {
  preview: SharePreview;
}

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
      {entry.bakeRegion && <span className="text-muted"> (skipped where it is the bake region)</span>}
    </span>
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
    <dd>
      <span className="sp-margin-xs-right">
        <code>{label}</code>:
      </span>
      {entries.length === 0 && <span className="text-muted">none</span>}
      {entries.map((entry, index) => (
        <React.Fragment key={`${entry.value ?? entry.source}-${index}`}>
          {index > 0 && ', '}
          <EntryText entry={entry} env={env} noun={noun} />
        </React.Fragment>
      ))}
    </dd>
  );
}

export function SharePreviewView({ preview }: SharePreviewViewProps) {
  const dropped = [...preview.droppedAccounts, ...preview.droppedRegions];
  return (
    <dl className="bake-share-preview" aria-label="What Rosco will pass to Packer">
      <EntryLine label="ami_users" entries={preview.amiUsers} env={DEFAULT_ACCOUNT_ENV} noun="account" />
      <EntryLine label="ami_regions" entries={preview.amiRegions} env={DEFAULT_REGION_ENV} noun="region" />
      {dropped.length > 0 && (
        <dd className="error-message">Dropped by the template (no slot left): {dropped.join(', ')}</dd>
      )}
    </dl>
  );
}
