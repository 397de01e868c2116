import React from 'react';

interface CheckboxFieldProps {
  id: string;
  checked: boolean;
  text: string;
  onChange(checked: boolean): void;
}

// Bootstrap's checkbox, as Deck's own forms draw one, with its text as the control's label.
export function CheckboxField({ id, checked, text, onChange }: CheckboxFieldProps) {
  return (
    <div className="checkbox">
      <label>
        <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} /> {text}
      </label>
    </div>
  );
}
