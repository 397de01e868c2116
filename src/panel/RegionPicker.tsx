import React, { useCallback, useRef } from 'react';
import type { Admission, Finding } from '../share';
import { findRegion, PARTITION_LABELS, unknownRegionFinding } from '../share';
import { Combobox } from './Combobox';
import { FindingMessages } from './FindingMessages';
import { matchRegions, preselectedRegion } from './regionChoices';
import { SlotCounter } from './SlotCounter';
import { useEntryBox } from './useEntryBox';
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
  const typedBox = useEntryBox('copyRegion', typed);
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
    typedBox.refuse(admission.refused.flatMap((refused) => refused.findings));
    if (admission.refused.length === 0) props.onTypedChange('');
  };
  const addTyped = (text: string) => {
    const region = findRegion(text.trim().toLowerCase());
    if (region) add(region.name);
    else if (text.trim() !== '') typedBox.refuse([unknownRegionFinding(text)]);
  };

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
        invalid={typedBox.invalid}
        onQueryChange={(text) => {
          typedBox.edited();
          props.onTypedChange(text);
        }}
        onPick={(option) => add(option.key)}
        onEnter={addTyped}
        onLeave={typedBox.left}
      />
      <FindingMessages id={typedMessagesId} findings={typedBox.messages} />
      <SlotCounter used={copyRegions.length} capacity={props.capacity} noun={REGION_NOUN} />
      <FindingMessages id={listMessagesId} findings={listFindings} />
    </div>
  );
}
