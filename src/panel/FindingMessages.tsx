import React from 'react';
import type { Finding } from '../share';

const CLASS_BY_SEVERITY: Record<Finding['severity'], string> = {
  error: 'error-message',
  warning: 'warning-message',
  info: 'help-block',
};

interface FindingMessagesProps {
  findings: Finding[];
}

export function FindingMessages({ findings }: FindingMessagesProps) {
  if (findings.length === 0) {
    return null;
  }
  return (
    <ul className="list-unstyled bake-share-findings">
      {findings.map((finding, index) => (
        <li
          key={`${finding.severity}-${index}`}
          className={CLASS_BY_SEVERITY[finding.severity]}
          role={finding.severity === 'error' ? 'alert' : undefined}
        >
          {finding.message}
        </li>
      ))}
    </ul>
  );
}
