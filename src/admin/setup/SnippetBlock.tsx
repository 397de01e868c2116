import React, { useState } from 'react';
import type { Snippet } from './snippets';

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    return navigator.clipboard.writeText(text);
  }
  const area = document.createElement('textarea');
  area.value = text;
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) {
    throw new Error('the browser refused to copy');
  }
}

export function SnippetBlock({ snippet }: { snippet: Snippet }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = () =>
    copyText(snippet.text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <section className="bake-share-snippet" aria-label={snippet.title}>
      <h5>
        <strong>{snippet.title}</strong> <span className="text-muted">{snippet.target}</span>
      </h5>
      <pre>
        <code>{snippet.text}</code>
      </pre>
      <button type="button" className="btn btn-default btn-sm" onClick={copy} aria-label={`Copy ${snippet.title}`}>
        <span className="glyphicon glyphicon-copy" /> Copy
      </button>{' '}
      <span role="status" className="text-muted">
        {copied === 'yes' && 'Copied to the clipboard.'}
        {copied === 'failed' && 'The browser refused the clipboard: select the text and copy it by hand.'}
      </span>
    </section>
  );
}
