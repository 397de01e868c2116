import React from 'react';
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
  onRemove(index: number): void;
}

export function ValueList({ rows, findings, noun, onRemove }: ValueListProps) {
  if (rows.length === 0) {
    return null;
  }
  return (
    <ol className="list-unstyled bake-share-values" aria-label={`Chosen ${noun}`}>
      {rows.map((row, index) => (
        <li key={`${row.value}-${index}`} className="bake-share-value">
          <span className="bake-share-value-label">{row.label}</span>
          <button
            type="button"
            className="btn btn-link btn-sm"
            aria-label={`Remove ${row.value}`}
            title={`Remove ${row.value}`}
            onClick={() => onRemove(index)}
          >
            <span className="glyphicon glyphicon-trash" />
          </button>
          <FindingMessages findings={findings.filter((finding) => finding.value === row.value)} />
        </li>
      ))}
    </ol>
  );
}
