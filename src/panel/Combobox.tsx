import React, { useEffect, useRef, useState } from 'react';
import { afterPointerRelease, watchPointer } from './afterPointerRelease';

export interface ComboboxOption {
  key: string;
  primary: React.ReactNode;
  secondary?: string;
  disabled?: boolean;
  group?: string;
}

interface ComboboxProps {
  inputId: string;
  listLabel: string;
  query: string;
  options: ComboboxOption[];
  // Matches beyond the options shown, so the list can say how many more there are.
  moreCount?: number;
  // The option highlighted once the query changes; -1 for none, so that Enter takes the text as typed.
  preselect: number;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
  onQueryChange(text: string): void;
  onPick(option: ComboboxOption): void;
  onEnter(text: string): void;
  onLeave?(): void;
  children?: React.ReactNode;
}

// In the page flow rather than floating over the fields below it, and bounded, scrolling inside itself.
const LIST_STYLE: React.CSSProperties = {
  position: 'static',
  float: 'none',
  width: '100%',
  maxHeight: '18em',
  overflowY: 'auto',
  marginTop: 2,
};

const optionId = (inputId: string, index: number) => `${inputId}-option-${index}`;

function groupsOf(options: ComboboxOption[]): Array<{ name?: string; entries: Array<[ComboboxOption, number]> }> {
  const groups: Array<{ name?: string; entries: Array<[ComboboxOption, number]> }> = [];
  options.forEach((option, index) => {
    const last = groups[groups.length - 1];
    if (last && last.name === option.group) last.entries.push([option, index]);
    else groups.push({ name: option.group, entries: [[option, index]] });
  });
  return groups;
}

// The ARIA 1.2 combobox pattern: focus stays in the input, arrows move the highlight (aria-activedescendant), and
// only Enter or a click adds. The list sits in the page flow, bounded, so it covers nothing below it.
export function Combobox(props: ComboboxProps) {
  const { inputId, query, options, preselect } = props;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const focused = useRef(false);
  useEffect(watchPointer, []);
  useEffect(() => setActive(preselect), [query, preselect]);
  const shown = open && options.length > 0;
  const activeIndex = shown && active < options.length ? active : -1;
  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(optionId(inputId, activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  }, [inputId, activeIndex]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (option: ComboboxOption) => {
    if (option.disabled) return;
    props.onPick(option);
    close();
  };
  const move = (step: number) => {
    setOpen(true);
    if (options.length === 0) return;
    setActive((index) =>
      index < 0 && step < 0 ? options.length - 1 : Math.min(Math.max(index + step, 0), options.length - 1),
    );
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeIndex >= 0) pick(options[activeIndex]);
      else props.onEnter(query);
    } else if (event.key === 'Escape') {
      if (shown) close();
      else props.onQueryChange('');
    }
  };

  const listId = `${inputId}-options`;
  return (
    <div className="bake-share-combobox">
      {/* Bootstrap's input-group only sizes the input beside an add-on; alone it would shrink it. */}
      <div className={props.children ? 'input-group input-group-sm' : undefined}>
        <input
          id={inputId}
          ref={props.inputRef}
          type="text"
          className="form-control input-sm"
          role="combobox"
          autoComplete="off"
          aria-expanded={shown}
          aria-controls={shown ? listId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(inputId, activeIndex) : undefined}
          aria-describedby={props.describedBy}
          aria-invalid={props.invalid || undefined}
          placeholder={props.placeholder}
          value={query}
          onChange={(event) => {
            props.onQueryChange(event.target.value);
            setOpen(true);
          }}
          onFocus={() => {
            focused.current = true;
            setOpen(true);
          }}
          onBlur={() => {
            focused.current = false;
            afterPointerRelease(() => {
              if (focused.current) return;
              close();
              props.onLeave?.();
            });
          }}
          onKeyDown={onKeyDown}
        />
        {props.children}
      </div>
      {shown && (
        <div className="dropdown open bake-share-options-box">
          <ul
            id={listId}
            role="listbox"
            aria-label={props.listLabel}
            className="dropdown-menu bake-share-options"
            style={LIST_STYLE}
          >
            {groupsOf(options).map((group) => [
              group.name !== undefined && (
                // Bootstrap styles only direct children of the menu; each option's name says enough on its own.
                <li key={`group-${group.name}`} className="dropdown-header" aria-hidden="true">
                  {group.name}
                </li>
              ),
              ...group.entries.map(([option, index]) => (
                <ComboboxItem
                  key={option.key}
                  id={optionId(inputId, index)}
                  option={option}
                  active={index === activeIndex}
                  onPick={() => pick(option)}
                />
              )),
            ])}
          </ul>
          {(props.moreCount ?? 0) > 0 && (
            <p className="help-block bake-share-options-more">
              Showing {options.length} of {options.length + (props.moreCount ?? 0)}; type more to narrow the list.
            </p>
          )}
        </div>
      )}
    </div>
  );
}

interface ComboboxItemProps {
  id: string;
  option: ComboboxOption;
  active: boolean;
  onPick(): void;
}

function ComboboxItem({ id, option, active, onPick }: ComboboxItemProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      aria-disabled={option.disabled || undefined}
      className={[active ? 'active' : '', option.disabled ? 'disabled' : ''].join(' ').trim() || undefined}
      onMouseDown={(event) => {
        // Keeps the focus in the input, so the list does not close before the click lands.
        event.preventDefault();
        onPick();
      }}
    >
      <a>
        {option.primary}
        {option.secondary && <span className={active ? undefined : 'text-muted'}> {option.secondary}</span>}
      </a>
    </li>
  );
}
