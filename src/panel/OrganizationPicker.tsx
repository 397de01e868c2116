import React, { useCallback, useRef } from 'react';
import type { Admission, Finding } from '../share';
import { organizationArnKind, parseAccountList } from '../share';
import { FindingMessages } from './FindingMessages';
import { useEntryBox } from './useEntryBox';
import { ValueList } from './ValueList';

interface OrganizationPickerProps {
  inputId: string;
  organizations: string[];
  findings: Finding[];
  capacity: { organizations: number; organizationalUnits: number };
  typed: string;
  onTypedChange(text: string): void;
  onAdd(values: string[]): Admission;
  onChange(organizations: string[]): void;
}

const KIND_LABEL = { organization: 'organization', organizationalUnit: 'OU' };

function organizationLabel(value: string): React.ReactNode {
  const kind = organizationArnKind(value.trim());
  return (
    <>
      <code>{value}</code> {kind && <span className="text-muted">({KIND_LABEL[kind]})</span>}
    </>
  );
}

function countText(organizations: string[], capacity: OrganizationPickerProps['capacity']): string {
  const units = organizations.filter((value) => organizationArnKind(value.trim()) === 'organizationalUnit').length;
  return `${organizations.length - units} of ${capacity.organizations} organizations, ${units} of ${capacity.organizationalUnits} OUs`;
}

export function OrganizationPicker(props: OrganizationPickerProps) {
  const { inputId, organizations, findings, typed } = props;
  const input = useRef<HTMLInputElement>(null);
  const typedBox = useEntryBox('organization', typed);
  const focusInput = useCallback(() => input.current?.focus(), []);
  const addTyped = () => {
    const values = parseAccountList(typed);
    if (values.length === 0) return;
    const admission = props.onAdd(values);
    typedBox.refuse(admission.refused.flatMap((refused) => refused.findings));
    props.onTypedChange(admission.refused.map((refused) => refused.value).join(' '));
    focusInput();
  };
  const listFindings = findings.filter(
    (finding) => finding.value === undefined || !organizations.includes(finding.value),
  );
  const hintId = `${inputId}-hint`;
  const typedMessagesId = `${inputId}-typed-messages`;
  const listMessagesId = `${inputId}-messages`;
  return (
    <div className="bake-share-organizations">
      <ValueList
        rows={organizations.map((value) => ({ value, label: organizationLabel(value) }))}
        findings={findings}
        noun="organizations and OUs"
        idPrefix={`${inputId}-chosen`}
        onRemove={(index) => props.onChange(organizations.filter((_, i) => i !== index))}
        onEmptied={focusInput}
      />
      <div className="input-group">
        <input
          id={inputId}
          ref={input}
          type="text"
          className="form-control input-sm"
          value={typed}
          placeholder="arn:aws:organizations::111122223333:organization/o-…"
          aria-describedby={`${hintId} ${typedMessagesId} ${listMessagesId}`}
          aria-invalid={typedBox.invalid || undefined}
          onChange={(event) => {
            typedBox.edited();
            props.onTypedChange(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            addTyped();
          }}
          onBlur={typedBox.left}
        />
        <span className="input-group-btn">
          <button type="button" className="btn btn-default btn-sm" onClick={addTyped}>
            Add
          </button>
        </span>
      </div>
      <span id={hintId} className="sr-only">
        Type or paste organization or OU ARNs, then press Enter.
      </span>
      <FindingMessages id={typedMessagesId} findings={typedBox.messages} />
      <span className="help-block bake-share-counter">{countText(organizations, props.capacity)}</span>
      <FindingMessages id={listMessagesId} findings={listFindings} />
    </div>
  );
}
