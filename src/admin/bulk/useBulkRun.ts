import { useCallback, useEffect, useRef, useState } from 'react';
import type { PipelinePlan } from '../../share';
import { GATE_CONCURRENCY } from '../../deck/gateFetch';
import { runBounded } from '../../deck/runBounded';
import type { PipelineResult } from './pipelineSteps';

export const SAVE_CONCURRENCY = GATE_CONCURRENCY;

export interface BulkRun {
  results: PipelineResult[];
  running: boolean;
  cancelled: boolean;
}

type Step = (plan: PipelinePlan) => Promise<PipelineResult>;

const notStarted = (plan: PipelinePlan): PipelineResult => ({ plan, outcome: 'not started' });

// A fault in one pipeline's step is that pipeline's failure; the others go on.
const failSafe =
  (step: Step): Step =>
  (plan) =>
    step(plan).catch((error: unknown) => ({
      plan,
      outcome: 'failed',
      reason: error instanceof Error ? error.message : String(error),
      time: new Date().toISOString(),
    }));

// One run of a step over many pipelines (apply, revert), with progress as each pipeline answers, cancel, and a
// retry of single pipelines once the run is over.
export function useBulkRun() {
  const [run, setRun] = useState<BulkRun>();
  const controller = useRef<AbortController>();
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
      controller.current?.abort();
    },
    [],
  );
  const update = useCallback((change: (current: BulkRun) => BulkRun) => {
    if (mounted.current) setRun((current) => current && change(current));
  }, []);
  const settle = useCallback(
    (index: number, result: PipelineResult) =>
      update((current) => ({ ...current, results: current.results.map((r, i) => (i === index ? result : r)) })),
    [update],
  );
  const start = useCallback(
    (plans: PipelinePlan[], step: Step) => {
      const abort = new AbortController();
      controller.current = abort;
      setRun({ results: plans.map(notStarted), running: true, cancelled: false });
      void runBounded(plans, failSafe(step), {
        concurrency: SAVE_CONCURRENCY,
        signal: abort.signal,
        onResult: settle,
      }).then(() => update((current) => ({ ...current, running: false, cancelled: abort.signal.aborted })));
    },
    [settle, update],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  const retry = useCallback(
    async (index: number, plan: PipelinePlan, step: Step) => {
      update((current) => ({ ...current, running: true }));
      settle(index, await failSafe(step)(plan));
      update((current) => ({ ...current, running: false }));
    },
    [settle, update],
  );
  return { run, start, cancel, retry };
}
