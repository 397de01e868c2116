import React, { useState } from 'react';
import { AWS_REGIONS, bulkChangeProblem } from '../../share';
import type { BulkChange, BulkChangeProblem } from '../../share';
import { CHANGE_KINDS, changeOf } from './changeDraft';
import type { ChangeDraft } from './changeDraft';

interface FieldProps {
  name: keyof ChangeDraft;
  label: string;
  draft: ChangeDraft;
  error?: BulkChangeProblem;
  onChange: (draft: ChangeDraft) => void;
  children?: React.ReactNode;
}

function DraftField({ name, label, draft, error, onChange, children }: FieldProps) {
  const id = `bake-share-bulk-${name}`;
  const message = error?.field === name ? error.message : undefined;
  const common = {
    id,
    className: 'form-control input-sm',
    value: draft[name],
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message ? `${id}-error` : undefined,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ ...draft, [name]: event.target.value }),
  };
  return (
    <div className={`form-group${message ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children ? <select {...common}>{children}</select> : <input type="text" {...common} />}
      {message && (
        <span id={`${id}-error`} className="help-block">
          {message}
        </span>
      )}
    </div>
  );
}

const regionOptions = [
  <option key="" value="">
    Choose a region
  </option>,
  ...AWS_REGIONS.map((region) => (
    <option key={region.name} value={region.name}>
      {region.name} ({region.label})
    </option>
  )),
];

interface BulkChangeFormProps {
  stages: number;
  // Kept by the caller, so that going back from the preview finds the form as it was left.
  draft: ChangeDraft;
  onDraft: (draft: ChangeDraft) => void;
  onPreview: (change: BulkChange) => void;
}

export function BulkChangeForm({ stages, draft, onDraft, onPreview }: BulkChangeFormProps) {
  const [error, setError] = useState<FieldProps['error']>();
  const edit = (next: ChangeDraft) => {
    onDraft(next);
    setError(undefined);
  };
  const preview = (event: React.FormEvent) => {
    event.preventDefault();
    const change = changeOf(draft);
    const problem = bulkChangeProblem(change);
    if (problem) setError(problem);
    else onPreview(change);
  };
  const field = { draft, error, onChange: edit };
  const { kind } = draft;
  return (
    <form className="bake-share-bulk-form" onSubmit={preview} aria-label="Change the selected stages">
      <DraftField name="kind" label="Change" {...field}>
        {CHANGE_KINDS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </DraftField>
      {kind === 'addAccounts' && <DraftField name="accounts" label="AWS account IDs to share with" {...field} />}
      {(kind === 'removeAccount' || kind === 'replaceAccount') && (
        <DraftField name="account" label="AWS account ID" {...field} />
      )}
      {kind === 'replaceAccount' && <DraftField name="by" label="Replace with AWS account ID" {...field} />}
      {(kind === 'addCopyRegion' || kind === 'removeCopyRegion') && (
        <DraftField name="region" label="Region" {...field}>
          {regionOptions}
        </DraftField>
      )}
      <button type="submit" className="btn btn-default">
        Preview the change to {stages} {stages === 1 ? 'stage' : 'stages'}
      </button>
    </form>
  );
}
