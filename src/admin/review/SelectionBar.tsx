import React from 'react';

interface SelectionBarProps {
  selected: number;
  matching: number;
  changing: boolean;
  onSelectMatching: () => void;
  onClear: () => void;
  onChange: () => void;
}

export function SelectionBar({ selected, matching, changing, onSelectMatching, onClear, onChange }: SelectionBarProps) {
  return (
    <div className="bake-share-review-selection" role="group" aria-label="Selected stages" style={{ margin: '10px 0' }}>
      <span role="status">
        {selected} {selected === 1 ? 'stage' : 'stages'} selected.
      </span>{' '}
      <button type="button" className="btn btn-default btn-sm" disabled={matching === 0} onClick={onSelectMatching}>
        Select all {matching} matching the filters
      </button>{' '}
      <button type="button" className="btn btn-default btn-sm" disabled={selected === 0} onClick={onClear}>
        Clear the selection
      </button>{' '}
      <button
        type="button"
        className="btn btn-primary btn-sm"
        disabled={selected === 0 && !changing}
        aria-expanded={changing}
        onClick={onChange}
      >
        {changing ? 'Close the bulk change' : 'Change the selected stages'}
      </button>
    </div>
  );
}
