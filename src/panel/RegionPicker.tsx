import React, { useCallback, useRef, useState } from 'react';
import type { Admission, Finding } from '../share';
import { findRegion, PARTITION_LABELS, pendingFindings, unknownRegionFinding } from '../share';
import { Combobox } from './Combobox';
import { FindingMessages } from './FindingMessages';
import { matchRegions, preselectedRegion } from './regionChoices';
import { SlotCounter } from './SlotCounter';
import { ValueList } from './ValueList';

interface RegionPickerProps {
  inputId: string;
  copyRegions: string[];
  bakeRegions: string[];
  findings: Finding[];
  capacity?: number;
  typed: string;
  onTypedChange(text: string): void;
  onAdd(regions: string[]): Admission;
  onChange(copyRegions: string[]): void;
}

const REGION_NOUN = { one: 'copy region', other: 'copy regions' };

function regionLabel(name: string, bakeRegions: string[]): React.ReactNode {
  const region = findRegion(name);
  return (
    <>
      <strong>{name}</strong> {region && <span className="text-muted">{region.label}</span>}
      {bakeRegions.includes(name) && <span className="label label-default sp-margin-xs-left">bake region</span>}
    </>
  );
}

export function RegionPicker(props: RegionPickerProps) {
  const { inputId, copyRegions, bakeRegions, findings, typed } = props;
  const input = useRef<HTMLInputElement>(null);
  const [refusals, setRefusals] = useState<Finding[]>([]);
  const [left, setLeft] = useState(typed.trim() !== '');
  const focusInput = useCallback(() => input.current?.focus(), []);
  const choices = matchRegions(typed, copyRegions, bakeRegions);
  const options = choices.map(({ region, unavailable }) => ({
    key: region.name,
    primary: <strong>{region.name}</strong>,
    secondary: [
      region.label,
      bakeRegions.includes(region.name) ? '(bake region)' : '',
      region.optIn ? '(opt-in)' : '',
      unavailable ? `(${unavailable})` : '',
    ]
      .filter(Boolean)
      .join(' '),
    disabled: Boolean(unavailable),
    group: PARTITION_LABELS[region.partition],
  }));

  const add = (name: string) => {
    const admission = props.onAdd([name]);
    setRefusals(admission.refused.flatMap((refused) => refused.findings));
    if (admission.refused.length === 0) props.onTypedChange('');
  };
  const addTyped = (text: string) => {
    const region = findRegion(text.trim().toLowerCase());
    if (region) add(region.name);
    else if (text.trim() !== '') setRefusals([unknownRegionFinding(text)]);
  };

  const typedMessages =
    refusals.length > 0 ? refusals : left ? pendingFindings([{ box: 'copyRegion', text: typed }]) : [];
  const listFindings = findings.filter(
    (finding) => finding.value === undefined || !copyRegions.includes(finding.value),
  );
  const typedMessagesId = `${inputId}-typed-messages`;
  const listMessagesId = `${inputId}-messages`;
  return (
    <div className="bake-share-regions">
      <ValueList
        rows={copyRegions.map((value) => ({ value, label: regionLabel(value, bakeRegions) }))}
        findings={findings}
        noun="copy regions"
        idPrefix={`${inputId}-chosen`}
        onRemove={(index) => props.onChange(copyRegions.filter((_, i) => i !== index))}
        onEmptied={focusInput}
      />
      <Combobox
        inputId={inputId}
        inputRef={input}
        listLabel="AWS regions"
        query={typed}
        options={options}
        preselect={preselectedRegion(typed, choices)}
        placeholder="Region code or name, like eu-west-1"
        describedBy={`${typedMessagesId} ${listMessagesId}`}
        invalid={typedMessages.some((finding) => finding.severity === 'error')}
        onQueryChange={(text) => {
          setRefusals([]);
          setLeft(false);
          props.onTypedChange(text);
        }}
        onPick={(option) => add(option.key)}
        onEnter={addTyped}
        onLeave={() => setLeft(true)}
      />
      <FindingMessages id={typedMessagesId} findings={typedMessages} />
      <SlotCounter used={copyRegions.length} capacity={props.capacity} noun={REGION_NOUN} />
      <FindingMessages id={listMessagesId} findings={listFindings} />
    </div>
  );
}
