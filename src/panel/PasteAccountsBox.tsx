import React, { useState } from 'react';

interface PasteAccountsBoxProps {
  onAddList(text: string): void;
}

export function PasteAccountsBox({ onAddList }: PasteAccountsBoxProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  if (!open) {
    return (
      <button type="button" className="btn btn-link btn-sm bake-share-paste-toggle" onClick={() => setOpen(true)}>
        Paste a list of account IDs
      </button>
    );
  }
  const add = () => {
    onAddList(text);
    setText('');
    setOpen(false);
  };
  return (
    <div className="bake-share-paste">
      <textarea
        className="form-control input-sm"
        rows={3}
        aria-label="Paste account IDs, separated by commas, spaces or new lines"
        placeholder="111111111111, 222222222222&#10;333333333333"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="sp-margin-xs-top">
        <button type="button" className="btn btn-default btn-sm" onClick={add} disabled={text.trim() === ''}>
          Add these accounts
        </button>{' '}
        <button type="button" className="btn btn-link btn-sm" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
