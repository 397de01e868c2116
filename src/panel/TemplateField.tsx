import React from 'react';
import type { Finding } from '../share';
import { FindingMessages } from './FindingMessages';

interface TemplateFieldProps {
  templateFileName?: string;
  knownTemplates: string[];
  editable: boolean;
  findings: Finding[];
  onChange(templateFileName: string): void;
}

const TEMPLATE_OPTIONS_ID = 'bake-share-templates';

export function TemplateField({ templateFileName, knownTemplates, editable, findings, onChange }: TemplateFieldProps) {
  return (
    <div className="bake-share-template">
      {editable ? (
        <>
          <input
            type="text"
            className="form-control input-sm"
            aria-label="Packer template file name"
            list={TEMPLATE_OPTIONS_ID}
            placeholder="Rosco's default template"
            value={templateFileName ?? ''}
            onChange={(event) => onChange(event.target.value)}
          />
          <datalist id={TEMPLATE_OPTIONS_ID}>
            {knownTemplates.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      ) : (
        <p className="form-control-static">
          <code>{templateFileName || "Rosco's default template"}</code>{' '}
          <span className="text-muted">(Template File Name above)</span>
        </p>
      )}
      <FindingMessages findings={findings} />
    </div>
  );
}
