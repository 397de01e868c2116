import React, { useEffect, useRef, useState } from 'react';
import type { Finding } from '../share';
import { afterPointerRelease } from './afterPointerRelease';
import { FindingMessages } from './FindingMessages';

interface PasteAccountsBoxProps {
  idPrefix: string;
  text: string;
  // Messages about the text in the box: values it refused, or text left without adding.
  findings: Finding[];
  onTextChange(text: string): void;
  onLeave(): void;
  // Adds what it can; true when nothing is left in the box.
  onAddList(text: string): boolean;
}

export function PasteAccountsBox(props: PasteAccountsBoxProps) {
  const { idPrefix, text, findings, onTextChange, onAddList } = props;
  const [open, setOpen] = useState(text.trim() !== '');
  const opener = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (open ? box.current : opener.current)?.focus();
  }, [open]);
  const toggle = (next: boolean) => {
    moveFocus.current = true;
    setOpen(next);
  };

  if (!open) {
    return (
      <button
        ref={opener}
        type="button"
        className="btn btn-link btn-sm bake-share-paste-toggle"
        onClick={() => toggle(true)}
      >
        Paste a list of account IDs
      </button>
    );
  }
  const messagesId = `${idPrefix}-messages`;
  const hasErrors = findings.some((finding) => finding.severity === 'error');
  return (
    <div className="bake-share-paste">
      <label htmlFor={`${idPrefix}-text`} className="sr-only">
        Paste account IDs, separated by commas, spaces or new lines
      </label>
      <textarea
        id={`${idPrefix}-text`}
        ref={box}
        className="form-control input-sm"
        rows={3}
        aria-describedby={messagesId}
        aria-invalid={hasErrors || undefined}
        placeholder="111111111111, 222222222222&#10;333333333333"
        value={text}
        onChange={(event) => onTextChange(event.target.value)}
        onBlur={(event) => {
          // Moving to the box's own buttons is not leaving it unadded.
          if (!event.currentTarget.parentElement?.contains(event.relatedTarget as Node | null)) {
            afterPointerRelease(props.onLeave);
          }
        }}
      />
      <div className="sp-margin-xs-top">
        <button
          type="button"
          className="btn btn-default btn-sm"
          onClick={() => (onAddList(text) ? toggle(false) : box.current?.focus())}
          disabled={text.trim() === ''}
        >
          Add these accounts
        </button>{' '}
        <button
          type="button"
          className="btn btn-link btn-sm"
          onClick={() => {
            onTextChange('');
            toggle(false);
          }}
        >
          Cancel
        </button>
      </div>
      <FindingMessages id={messagesId} findings={findings} />
    </div>
  );
}
