import React from 'react';
import type { Finding } from '../share';
import { FindingMessages } from './FindingMessages';

interface TemplateFieldProps {
  inputId: string;
  templateFileName?: string;
  knownTemplates: string[];
  editable: boolean;
  findings: Finding[];
  // Says so when the panel changed the template itself.
  note?: string;
  onChange(templateFileName: string): void;
}

export function TemplateField(props: TemplateFieldProps) {
  const { inputId, templateFileName, findings } = props;
  const messagesId = `${inputId}-messages`;
  return (
    <div className="bake-share-template">
      {props.editable ? (
        <>
          <input
            id={inputId}
            type="text"
            className="form-control input-sm"
            list={`${inputId}-known`}
            placeholder="Rosco's default template"
            aria-describedby={messagesId}
            aria-invalid={findings.some((finding) => finding.severity === 'error') || undefined}
            value={templateFileName ?? ''}
            onChange={(event) => props.onChange(event.target.value)}
          />
          <datalist id={`${inputId}-known`}>
            {props.knownTemplates.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      ) : (
        <p className="form-control-static">
          <code>{templateFileName || "Rosco's default template"}</code>{' '}
          <span className="text-muted">(Deck&apos;s Template File Name field above)</span>
        </p>
      )}
      {props.note && (
        <p className="help-block bake-share-template-note" role="status">
          {props.note}
        </p>
      )}
      <FindingMessages id={messagesId} findings={findings} />
    </div>
  );
}
