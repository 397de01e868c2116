import React from 'react';
import { FailedApplications } from './FailedApplications';
import { LoadProgress } from './LoadProgress';
import { ReviewReport } from './ReviewReport';
import { useShareReview } from './useShareReview';

export function ShareReviewTab() {
  const { load, cancel, readAgain } = useShareReview();
  if (load.state === 'loading') return <LoadProgress progress={load.progress} onCancel={cancel} />;
  if (load.state === 'failed') {
    return (
      <div className="alert alert-danger" role="alert">
        {load.reason}.
      </div>
    );
  }
  const { progress } = load;
  return (
    <div className="bake-share-review">
      {load.allRefused && (
        <p className="text-muted">
          Gate did not answer the request for every pipeline at once ({load.allRefused}), so they were read application
          by application.
        </p>
      )}
      {load.cancelled && (
        <div className="alert alert-info" role="status">
          Reading was cancelled{progress ? ` after ${progress.done} of ${progress.total} applications` : ''}; the review
          shows only the pipelines read until then.
        </div>
      )}
      {load.accountsProblem && (
        <div className="alert alert-warning" role="alert">
          {load.accountsProblem} Accounts are shown by ID only.
        </div>
      )}
      <FailedApplications failures={load.failures} />
      <ReviewReport rows={load.rows} pipelines={load.pipelines} onReadAgain={readAgain} />
    </div>
  );
}
