import React, { useLayoutEffect, useMemo } from 'react';
import { bakeRunsOf } from '../share/bakeRuns';
import type { ExecutionShape } from '../share/bakeRuns';
import { ensureAccessibleColours } from '../deck/accessibleColours';
import type { StageDetailsProps } from '../deck/sharingDetailsHost';
import { RunOutcomeView } from './RunOutcomeView';

function configureUrlOf(execution?: ExecutionShape): string | undefined {
  const { application, pipelineConfigId } = execution ?? {};
  if (typeof application !== 'string' || typeof pipelineConfigId !== 'string') return undefined;
  return `#/applications/${encodeURIComponent(application)}/executions/configure/${encodeURIComponent(pipelineConfigId)}`;
}

export function BakeOutcomeView({ stage, execution }: StageDetailsProps) {
  useLayoutEffect(ensureAccessibleColours, []);
  const runs = useMemo(() => bakeRunsOf(stage, execution), [stage, execution]);
  const configureUrl = configureUrlOf(execution);
  return (
    <div className="bake-share bake-share-outcome">
      {runs.map((run, index) => (
        <RunOutcomeView
          key={run.stageId ?? index}
          run={run}
          heading={runs.length > 1 ? run.name : undefined}
          configureUrl={configureUrl}
        />
      ))}
    </div>
  );
}
