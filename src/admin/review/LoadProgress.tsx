import React from 'react';
import type { ApplicationProgress } from '../../deck/pipelineConfigs';

export function LoadProgress({ progress, onCancel }: { progress?: ApplicationProgress; onCancel: () => void }) {
  if (!progress) {
    return (
      <p className="bake-share-review-loading" role="status">
        Reading every pipeline…
      </p>
    );
  }
  const { done, total } = progress;
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <div className="bake-share-review-loading">
      <p id="bake-share-review-progress-label">
        Gate did not answer the request for every pipeline at once, so they are read application by application.
      </p>
      <div className="progress">
        <div
          className="progress-bar"
          role="progressbar"
          aria-labelledby="bake-share-review-progress-label"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={`${done} of ${total} applications read`}
          style={{ width: `${percent}%`, minWidth: '4em' }}
        >
          {done} of {total}
        </div>
      </div>
      <button type="button" className="btn btn-default btn-sm" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
