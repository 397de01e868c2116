import React from 'react';
import { HelpField } from '@spinnaker/core';

interface LabelledFieldProps {
  label: string;
  // The control the label names; StageConfigField's label names none.
  htmlFor?: string;
  helpKey?: string;
  children: React.ReactNode;
}

// Deck's StageConfigField layout (col-md-3 label, col-md-8 field) with a label tied to its control.
export function LabelledField({ label, htmlFor, helpKey, children }: LabelledFieldProps) {
  return (
    <div className="form-group">
      <div className="col-md-3 sm-label-right">
        {htmlFor ? (
          <label htmlFor={htmlFor} className="label-text">
            {label}
          </label>
        ) : (
          <span className="label-text">{label}</span>
        )}{' '}
        {helpKey && <HelpField id={helpKey} />}
      </div>
      <div className="col-md-8">{children}</div>
    </div>
  );
}
