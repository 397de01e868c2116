import React from 'react';
import type { BakeOutcome } from '../share/bakeOutcome';

interface AskedForProps {
  outcome: BakeOutcome;
}

function accountWords(names: string[]): string {
  return names.length > 0 ? names.join(', ') : 'not a Spinnaker account';
}

// From the stage's execution context: the attributes as they ran, not the pipeline as it is now.
export function AskedFor({ outcome }: AskedForProps) {
  const { templateFileName, bakeRegion, requestedAccounts, copyRegions } = outcome;
  return (
    <dl className="dl-narrow dl-horizontal bake-share-asked-for">
      <dt>Template</dt>
      <dd>{templateFileName ?? "Rosco's default"}</dd>
      <dt>Baked in</dt>
      <dd>{bakeRegion ?? 'no region recorded'}</dd>
      <dt>Shared with</dt>
      <dd>
        {requestedAccounts.length === 0 ? (
          'no accounts'
        ) : (
          <ul className="list-unstyled">
            {requestedAccounts.map(({ id, names }) => (
              <li key={id}>
                <code>{id}</code> ({accountWords(names)})
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Copied to</dt>
      <dd>{copyRegions.length === 0 ? 'no other regions' : copyRegions.join(', ')}</dd>
    </dl>
  );
}
