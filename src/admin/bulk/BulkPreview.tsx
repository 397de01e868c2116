import React from 'react';
import type { PipelinePlan } from '../../share';
import { pipelineEditorUrl } from '../review/reviewRows';

export function PipelineLink({ plan }: { plan: PipelinePlan }) {
  return (
    <>
      {plan.application} / <a href={pipelineEditorUrl(plan)}>{plan.pipelineName || plan.pipelineId}</a>
    </>
  );
}

const shown = (value: string) => (value === '' ? <span className="text-muted">(none)</span> : <code>{value}</code>);

function PlannedPipeline({ plan }: { plan: PipelinePlan }) {
  return (
    <li>
      <PipelineLink plan={plan} />
      {plan.changes.length > 0 && (
        <table className="table table-condensed" aria-label={`Changes to ${plan.pipelineName}`}>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Key</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {plan.changes.flatMap((stage) =>
              stage.keys.map(({ key, before, after }) => (
                <tr key={`${stage.stageIndex}/${key}`}>
                  <td>{stage.stageName}</td>
                  <td>
                    <code>{key}</code>
                  </td>
                  <td>{shown(before)}</td>
                  <td>{shown(after)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      {plan.skipped.map((stage) => (
        <p key={stage.stageIndex} className="text-muted">
          <span className="label label-default">skipped</span> {stage.stageName}: {stage.reason}.
        </p>
      ))}
    </li>
  );
}

export const countStages = (plans: readonly PipelinePlan[], part: 'changes' | 'skipped') =>
  plans.reduce((sum, plan) => sum + plan[part].length, 0);

interface BulkPreviewProps {
  plans: PipelinePlan[];
  rebake: boolean;
  onRebake: (rebake: boolean) => void;
}

export function BulkPreview({ plans, rebake, onRebake }: BulkPreviewProps) {
  const saving = plans.filter((plan) => plan.changes.length > 0);
  const changed = countStages(plans, 'changes');
  return (
    <section aria-label="Preview of the change">
      <p role="status">
        {saving.length} {saving.length === 1 ? 'pipeline' : 'pipelines'} in{' '}
        {new Set(saving.map((plan) => plan.application)).size} applications to save: {changed}{' '}
        {changed === 1 ? 'stage changes' : 'stages change'}, {countStages(plans, 'skipped')} skipped. Nothing else in
        them changes.
      </p>
      <div className="checkbox">
        <label>
          <input type="checkbox" checked={rebake} onChange={(event) => onRebake(event.target.checked)} /> Also switch
          Rebake on in the {changed} changed {changed === 1 ? 'stage' : 'stages'}
        </label>
        <p className="help-block">
          Rosco&apos;s bake key leaves out the share lists, so the next run may find an image baked before this change
          and keep its old sharing. Rebake makes every run of these stages bake anew, even when nothing else changed: a
          full Packer bake (build instance time, minutes per region) on each run, until Rebake is switched off in the
          stage or this change is reverted. To rebake once instead, run the pipelines by hand with Force Rebake.
        </p>
      </div>
      <ul className="list-unstyled bake-share-bulk-plans">
        {plans.map((plan) => (
          <PlannedPipeline key={plan.pipelineId} plan={plan} />
        ))}
      </ul>
    </section>
  );
}
