import React, { useEffect, useRef } from 'react';
import type { Finding } from '../share';
import { FindingMessages } from './FindingMessages';

export interface ValueRow {
  value: string;
  label: React.ReactNode;
}

interface ValueListProps {
  rows: ValueRow[];
  findings: Finding[];
  noun: string;
  idPrefix: string;
  onRemove(index: number): void;
  // Where the focus goes once the last row is removed.
  onEmptied(): void;
}

// After Remove the focus moves to the row that took the removed one's place, or the one before it, so that keyboard
// users stay in the list instead of falling back to the top of the page.
function useFocusAfterRemove(rowCount: number, onEmptied: () => void) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const removedAt = useRef<number>();
  useEffect(() => {
    const index = removedAt.current;
    if (index === undefined) return;
    removedAt.current = undefined;
    if (rowCount === 0) onEmptied();
    else buttons.current[Math.min(index, rowCount - 1)]?.focus();
  }, [rowCount, onEmptied]);
  return { buttons, rememberRemoval: (index: number) => (removedAt.current = index) };
}

export function ValueList({ rows, findings, noun, idPrefix, onRemove, onEmptied }: ValueListProps) {
  const { buttons, rememberRemoval } = useFocusAfterRemove(rows.length, onEmptied);
  if (rows.length === 0) {
    return null;
  }
  return (
    <ol className="list-unstyled bake-share-values" aria-label={`Chosen ${noun}`}>
      {rows.map((row, index) => {
        const messagesId = `${idPrefix}-${index}-messages`;
        const rowFindings = findings.filter((finding) => finding.value === row.value);
        return (
          <li key={`${row.value}-${index}`} className="bake-share-value">
            <span className="bake-share-value-label">{row.label}</span>
            <button
              ref={(button) => (buttons.current[index] = button)}
              type="button"
              className="btn btn-link btn-sm"
              aria-label={`Remove ${row.value}`}
              aria-describedby={rowFindings.length > 0 ? messagesId : undefined}
              title={`Remove ${row.value}`}
              onClick={() => {
                rememberRemoval(index);
                onRemove(index);
              }}
            >
              <span className="glyphicon glyphicon-trash" aria-hidden="true" />
            </button>
            <FindingMessages id={messagesId} findings={rowFindings} />
          </li>
        );
      })}
    </ol>
  );
}
