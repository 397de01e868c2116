import React from 'react';
import type { ApplicationFailure } from '../../deck/pipelineConfigs';

export function FailedApplications({ failures }: { failures: ApplicationFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <div className="alert alert-warning" role="alert">
      <p id="bake-share-review-failed">
        The pipelines of {failures.length === 1 ? 'this application' : `these ${failures.length} applications`} could
        not be read, so they are missing from the review:
      </p>
      <ul aria-labelledby="bake-share-review-failed">
        {failures.map(({ application, reason }) => (
          <li key={application}>
            <strong>{application}</strong>: {reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
