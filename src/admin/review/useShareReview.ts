import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadAllPipelineConfigs } from '../../deck/pipelineConfigs';
import type { ApplicationProgress, PipelineConfigsLoad } from '../../deck/pipelineConfigs';
import { readBakeShareSettings } from '../../deck/settings';
import { useAwsAccounts } from '../../deck/useAwsAccounts';
import { reviewRows } from './reviewRows';
import type { ReviewRow } from './reviewRows';

export type ShareReviewLoad =
  | { state: 'loading'; progress?: ApplicationProgress }
  | ({ state: 'ready'; rows: ReviewRow[]; accountsProblem?: string } & PipelineConfigsLoad)
  | { state: 'failed'; reason: string };

type PipelinesState =
  | { state: 'loading'; progress?: ApplicationProgress }
  | { state: 'ready'; loaded: PipelineConfigsLoad }
  | { state: 'failed'; reason: string };

// Pipelines and Spinnaker's accounts load side by side; the rows show as soon as the pipelines are in and gain
// account names when the account list arrives, so a slow account list never holds the review back.
export function useShareReview(): { load: ShareReviewLoad; cancel: () => void; readAgain: () => void } {
  const [pipelines, setPipelines] = useState<PipelinesState>({ state: 'loading' });
  const [reading, setReading] = useState(0);
  const accounts = useAwsAccounts();
  // Until the list is in (or if it never comes), no account is called "not a Spinnaker account".
  const knownAccounts = accounts.state === 'ready' ? accounts.accounts : undefined;
  const read = useRef<AbortController>();
  useEffect(() => {
    const controller = new AbortController();
    read.current = controller;
    setPipelines({ state: 'loading' });
    let current = true;
    loadAllPipelineConfigs({
      signal: controller.signal,
      onProgress: (progress) => current && setPipelines({ state: 'loading', progress }),
    }).then(
      (loaded) => current && setPipelines({ state: 'ready', loaded }),
      (error: unknown) =>
        current && setPipelines({ state: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
      controller.abort();
    };
  }, [reading]);
  const cancel = useCallback(() => read.current?.abort(), []);
  const readAgain = useCallback(() => setReading((count) => count + 1), []);
  const templates = useMemo(() => readBakeShareSettings().templates, []);
  const rows = useMemo(
    () => (pipelines.state === 'ready' ? reviewRows(pipelines.loaded.pipelines, { templates, knownAccounts }) : []),
    [pipelines, knownAccounts, templates],
  );
  if (pipelines.state !== 'ready') {
    return { load: pipelines, cancel, readAgain };
  }
  return {
    load: {
      state: 'ready',
      rows,
      accountsProblem: accounts.state === 'failed' ? accounts.reason : undefined,
      ...pipelines.loaded,
    },
    cancel,
    readAgain,
  };
}
