import { useCallback, useEffect, useRef, useState } from 'react';
import { describeAccountsFailure, loadAwsAccounts } from '../../deck/awsAccounts';
import type { KnownAccount } from '../../deck/awsAccounts';
import { loadAllPipelineConfigs } from '../../deck/pipelineConfigs';
import type { ApplicationProgress, PipelineConfigsLoad } from '../../deck/pipelineConfigs';
import { readBakeShareSettings } from '../../deck/settings';
import { reviewRows } from './reviewRows';
import type { ReviewRow } from './reviewRows';

export type ShareReviewLoad =
  | { state: 'loading'; progress?: ApplicationProgress }
  | ({ state: 'ready'; rows: ReviewRow[]; accountsProblem?: string } & Omit<PipelineConfigsLoad, 'pipelines'>)
  | { state: 'failed'; reason: string };

interface AccountsLoad {
  knownAccounts?: KnownAccount[];
  accountsProblem?: string;
}

const loadAccounts = (): Promise<AccountsLoad> =>
  loadAwsAccounts().then(
    (knownAccounts) => ({ knownAccounts }),
    (error: unknown) => ({ accountsProblem: describeAccountsFailure(error) }),
  );

export function useShareReview(): { load: ShareReviewLoad; cancel: () => void } {
  const [load, setLoad] = useState<ShareReviewLoad>({ state: 'loading' });
  const reading = useRef<AbortController>();
  useEffect(() => {
    const controller = new AbortController();
    reading.current = controller;
    let current = true;
    const pipelines = loadAllPipelineConfigs({
      signal: controller.signal,
      onProgress: (progress) => current && setLoad({ state: 'loading', progress }),
    });
    Promise.all([loadAccounts(), pipelines]).then(
      ([{ knownAccounts, accountsProblem }, { pipelines: configs, ...loaded }]) => {
        if (!current) return;
        const rows = reviewRows(configs, { templates: readBakeShareSettings().templates, knownAccounts });
        setLoad({ state: 'ready', rows, accountsProblem, ...loaded });
      },
      (error: unknown) =>
        current && setLoad({ state: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
      controller.abort();
    };
  }, []);
  const cancel = useCallback(() => reading.current?.abort(), []);
  return { load, cancel };
}
