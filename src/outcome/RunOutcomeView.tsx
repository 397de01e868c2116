import React from 'react';
import type { BakeRun } from '../share/bakeRuns';
import { visibilityKey } from '../deck/imageVisibility';
import { AskedFor } from './AskedFor';
import { FailureCauses } from './FailureCauses';
import { OutcomeLimits } from './OutcomeLimits';
import { RegionAmis } from './RegionAmis';
import { ReusedBakeNote } from './ReusedBakeNote';
import { useRunOutcome } from './useRunOutcome';
import { VisibilityTable } from './VisibilityTable';

interface RunOutcomeViewProps {
  run: BakeRun;
  heading?: string;
  configureUrl?: string;
}

export function RunOutcomeView({ run, heading, configureUrl }: RunOutcomeViewProps) {
  const { outcome, accounts, log, search, failures, visibility, checking, checkAgain } = useRunOutcome(run);
  const answers = outcome.checks.filter((check) => visibility.has(visibilityKey(check)));
  const notVisible = [...visibility.values()].some((answer) => answer.state === 'not-visible');
  return (
    <div className="bake-share-run">
      {heading ? <h6>{heading}</h6> : null}
      <AskedFor outcome={outcome} />
      {accounts.state === 'failed' ? <p className="error-message">{accounts.reason}</p> : null}
      {outcome.phase === 'running' ? (
        <p role="status">Still baking: where the AMI went and who can see it show here once the bake finishes.</p>
      ) : null}
      {outcome.phase === 'failed' ? <FailureCauses log={log} failures={failures} /> : null}
      {outcome.phase === 'succeeded' ? (
        <>
          {outcome.reused ? (
            <ReusedBakeNote imageId={outcome.regions[0]?.imageIds[0]} configureUrl={configureUrl} />
          ) : null}
          <RegionAmis outcome={outcome} searching={search.state === 'reading' || log.state === 'reading'} />
          <VisibilityTable outcome={outcome} visibility={visibility} accountsReady={accounts.state !== 'loading'} />
          <OutcomeLimits
            notVisible={notVisible}
            checking={checking}
            checked={answers.length}
            total={outcome.checks.length}
            onCheckAgain={checkAgain}
          />
        </>
      ) : null}
    </div>
  );
}
