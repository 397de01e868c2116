import React from 'react';
import type { AmiSource, BakeOutcome } from '../share/bakeOutcome';

interface RegionAmisProps {
  outcome: BakeOutcome;
  searching: boolean;
}

const SOURCE_WORDS: Record<AmiSource, string> = {
  stage: "this stage's result",
  'bake log': 'the bake log',
  'image search': "Clouddriver's image search",
};

export function RegionAmis({ outcome, searching }: RegionAmisProps) {
  return (
    <table className="table table-condensed bake-share-region-amis">
      <caption>AMI per region{outcome.imageName ? <> ({outcome.imageName})</> : null}</caption>
      <thead>
        <tr>
          <th scope="col">Region</th>
          <th scope="col">AMI</th>
          <th scope="col">From</th>
        </tr>
      </thead>
      <tbody>
        {outcome.regions.map(({ region, imageIds, source, copy }) => (
          <tr key={region}>
            <th scope="row">
              {region} <span className="text-muted">{copy ? '(copy)' : '(baked)'}</span>
            </th>
            <td>
              {imageIds.length > 0
                ? imageIds.map((id) => <code key={id}>{id}</code>)
                : searching
                  ? 'Searching…'
                  : 'Not found: neither the bake log nor the image search names it'}
            </td>
            <td>{source ? SOURCE_WORDS[source] : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
