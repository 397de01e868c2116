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

// The companion templates' manifests run to hundreds of lines: long snippets scroll in a box of their own, which the
// keyboard can reach and scroll (WCAG 2.1.1).
const LONG_SNIPPET_LINES = 30;

export function SnippetBlock({ snippet }: { snippet: Snippet }) {
  const long = snippet.text.split('\n').length > LONG_SNIPPET_LINES;
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
      <pre
        className={long ? 'bake-share-snippet-long' : undefined}
        style={long ? { maxHeight: '24em', overflow: 'auto' } : undefined}
        tabIndex={long ? 0 : undefined}
        aria-label={long ? `${snippet.title}, scrollable` : undefined}
      >
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
