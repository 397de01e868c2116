import React from 'react';
import type { Finding } from '../share';

const CLASS_BY_SEVERITY: Record<Finding['severity'], string> = {
  error: 'error-message',
  warning: 'warning-message',
  info: 'help-block',
};

interface FindingMessagesProps {
  findings: Finding[];
  // Given, the list keeps this id even while empty, so a control can name it in aria-describedby.
  id?: string;
}

export function FindingMessages({ findings, id }: FindingMessagesProps) {
  if (findings.length === 0) {
    return id ? <ul id={id} className="list-unstyled bake-share-findings" hidden /> : null;
  }
  return (
    <ul id={id} className="list-unstyled bake-share-findings">
      {findings.map((finding, index) => (
        <li key={`${finding.severity}-${index}`} className={CLASS_BY_SEVERITY[finding.severity]}>
          {/* On the item itself the role would take it out of the list. */}
          <span role={finding.severity === 'error' ? 'alert' : undefined}>{finding.message}</span>
        </li>
      ))}
    </ul>
  );
}
