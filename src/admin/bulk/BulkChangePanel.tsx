import React, { useMemo, useState } from 'react';
import { planBulkChange } from '../../share';
import type { BulkChange, StageTarget } from '../../share';
import { currentUserName } from '../../deck/currentUser';
import { readPipelineConfig, savePipelineConfig } from '../../deck/pipelineSaves';
import { readBakeShareSettings } from '../../deck/settings';
import { BulkChangeForm } from './BulkChangeForm';
import { EMPTY_DRAFT } from './changeDraft';
import { BulkPreview } from './BulkPreview';
import { BulkResults } from './BulkResults';
import { changeRecord, describeChange } from './changeRecord';
import { applyStep, retryStep, revertStep } from './pipelineSteps';
import type { GatePorts } from './pipelineSteps';
import { RecordDownloads } from './RecordDownloads';
import { useBulkRun } from './useBulkRun';

const gate: GatePorts = {
  read: (plan) => readPipelineConfig(plan.application, plan.pipelineId, plan.pipelineName),
  save: (pipeline) => savePipelineConfig(pipeline),
};

interface BulkChangePanelProps {
  targets: StageTarget[];
  pipelines: ReadonlyArray<Record<string, unknown>>;
  onReadAgain: () => void;
}

export function BulkChangePanel({ targets, pipelines, onReadAgain }: BulkChangePanelProps) {
  const templates = useMemo(() => readBakeShareSettings().templates, []);
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [change, setChange] = useState<BulkChange>();
  const [rebake, setRebake] = useState(false);
  const plans = useMemo(
    () => (change ? planBulkChange(pipelines, targets, change, templates, { rebake }) : []),
    [change, pipelines, targets, templates, rebake],
  );
  const apply = useBulkRun();
  const revert = useBulkRun();
  const user = useMemo(currentUserName, []);

  if (!change) {
    return <BulkChangeForm stages={targets.length} draft={draft} onDraft={setDraft} onPreview={setChange} />;
  }
  const described = describeChange(change);
  if (!apply.run) {
    const saving = plans.filter((plan) => plan.changes.length > 0);
    return (
      <>
        <h4>{described}: preview</h4>
        <BulkPreview plans={plans} rebake={rebake} onRebake={setRebake} />
        <button
          type="button"
          className="btn btn-primary"
          disabled={saving.length === 0}
          onClick={() => apply.start(plans, applyStep(gate))}
        >
          Save {saving.length} {saving.length === 1 ? 'pipeline' : 'pipelines'}
        </button>{' '}
        <button type="button" className="btn btn-default" onClick={() => setChange(undefined)}>
          Back to the change
        </button>
      </>
    );
  }
  const saved = apply.run.results.filter((result) => result.outcome === 'saved');
  const idle = !apply.run.running && !revert.run?.running;
  return (
    <>
      <BulkResults
        title={described}
        run={apply.run}
        onCancel={apply.cancel}
        onRetry={(index) =>
          apply.retry(index, apply.run!.results[index].plan, retryStep(gate, change, templates, { rebake }))
        }
      />
      {idle && (
        <>
          <RecordDownloads
            record={changeRecord(described, user, apply.run.results)}
            name="bake-share-change"
            what="the change record"
          />
          {!revert.run && saved.length > 0 && (
            <button
              type="button"
              className="btn btn-default"
              onClick={() =>
                revert.start(
                  saved.map((result) => result.plan),
                  revertStep(gate),
                )
              }
            >
              Revert this change in the {saved.length} saved {saved.length === 1 ? 'pipeline' : 'pipelines'}
            </button>
          )}{' '}
          <button type="button" className="btn btn-default" onClick={onReadAgain}>
            Read the pipelines again
          </button>
        </>
      )}
      {revert.run && (
        <>
          <BulkResults
            title={`Revert: ${described}`}
            run={revert.run}
            onCancel={revert.cancel}
            onRetry={(index) => revert.retry(index, revert.run!.results[index].plan, revertStep(gate))}
          />
          {!revert.run.running && (
            <RecordDownloads
              record={changeRecord(`Revert: ${described}`, user, revert.run.results, true)}
              name="bake-share-revert"
              what="the revert record"
            />
          )}
        </>
      )}
    </>
  );
}
