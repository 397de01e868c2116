import { API } from '@spinnaker/core';
import { GATE_CONCURRENCY } from './gateFetch';

export interface PipelineConfig {
  id?: string;
  name?: string;
  application?: string;
  disabled?: boolean;
  stages?: unknown[];
}

export interface ApplicationFailure {
  application: string;
  reason: string;
}

export interface ApplicationProgress {
  done: number;
  total: number;
}

export interface PipelineConfigsLoad {
  pipelines: PipelineConfig[];
  failures: ApplicationFailure[];
  source: 'all' | 'per-application';
  // Why the single request was not used, when it was not.
  allRefused?: string;
  // How far reading application by application got.
  progress?: ApplicationProgress;
  cancelled: boolean;
}

export interface LoadOptions {
  concurrency?: number;
  onProgress?: (progress: ApplicationProgress) => void;
  signal?: AbortSignal;
}

export const DEFAULT_CONCURRENCY = GATE_CONCURRENCY;

// 0.0.479's API returns AngularJS $q promises; Promise.resolve turns them (and newer Decks' PromiseLike) into one kind.
const get = (...path: string[]): Promise<unknown> => Promise.resolve(API.one(...path).get());

export function reasonOf(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status > 0) return `HTTP ${status}`;
  if (typeof status === 'number') return 'no answer from Gate (network error or timeout)';
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message || 'unknown error';
}

function listOf(body: unknown, what: string): unknown[] {
  if (!Array.isArray(body)) throw new Error(`Gate's answer for ${what} is not a list`);
  return body;
}

const isPipeline = (value: unknown): value is PipelineConfig => typeof value === 'object' && value !== null;

function applicationNames(body: unknown): string[] {
  const names = listOf(body, 'the applications')
    .map((application) => (application as { name?: unknown } | null)?.name)
    .filter((name): name is string => typeof name === 'string' && name !== '');
  return [...new Set(names)];
}

async function pipelinesOf(application: string): Promise<PipelineConfig[]> {
  const pipelines = listOf(await get('applications', application, 'pipelineConfigs'), application).filter(isPipeline);
  return pipelines.map((pipeline) => (pipeline.application ? pipeline : { ...pipeline, application }));
}

interface PerApplication {
  pipelines: PipelineConfig[];
  failures: ApplicationFailure[];
  progress: ApplicationProgress;
  cancelled: boolean;
}

// Never more than `concurrency` requests at a time: a Gate in front of hundreds of applications must not get them
// all at once. Cancelling starts nothing new and answers at once with what has arrived.
export function loadEachApplication(
  applications: readonly string[],
  load: (application: string) => Promise<PipelineConfig[]>,
  { concurrency = DEFAULT_CONCURRENCY, onProgress, signal }: LoadOptions = {},
): Promise<PerApplication> {
  const limit = Math.max(1, Math.floor(concurrency) || 1);
  const total = applications.length;
  // Indexed by application, so the result keeps the order of the application list whatever order answers come in.
  const arrived: PipelineConfig[][] = [];
  const failed: ApplicationFailure[] = [];
  let started = 0;
  let done = 0;
  return new Promise((resolve) => {
    let finished = false;
    const finish = (cancelled: boolean) => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      resolve({ pipelines: arrived.flat(), failures: failed.filter(Boolean), progress: { done, total }, cancelled });
    };
    const onAbort = () => finish(true);
    const startMore = () => {
      while (!finished && started < total && started - done < limit) {
        const index = started++;
        const application = applications[index];
        load(application)
          .then(
            (pipelines) => void (finished || (arrived[index] = pipelines)),
            (error: unknown) => void (finished || (failed[index] = { application, reason: reasonOf(error) })),
          )
          .then(() => {
            if (finished) return;
            done++;
            onProgress?.({ done, total });
            if (done === total) finish(false);
            else startMore();
          });
      }
    };
    if (signal?.aborted) return finish(true);
    signal?.addEventListener('abort', onAbort);
    onProgress?.({ done, total });
    if (total === 0) return finish(false);
    startMore();
  });
}

const cancelledLoad = (source: PipelineConfigsLoad['source']): PipelineConfigsLoad => ({
  pipelines: [],
  failures: [],
  source,
  cancelled: true,
});

// One GET /pipelineConfigs answers for every application the user may read. Gates that refuse it (or fail on it)
// still answer per application, so the review falls back to reading them one by one.
export async function loadAllPipelineConfigs(options: LoadOptions = {}): Promise<PipelineConfigsLoad> {
  const { signal } = options;
  let allRefused: string;
  try {
    const pipelines = listOf(await get('pipelineConfigs'), 'all pipelines').filter(isPipeline);
    if (signal?.aborted) return cancelledLoad('all');
    return { pipelines, failures: [], source: 'all', cancelled: false };
  } catch (error) {
    allRefused = reasonOf(error);
  }
  if (signal?.aborted) return cancelledLoad('per-application');
  let applications: string[];
  try {
    applications = applicationNames(await get('applications'));
  } catch (error) {
    throw new Error(
      `The pipelines could not be read (${allRefused}) and neither could the applications (${reasonOf(error)})`,
    );
  }
  const perApplication = await loadEachApplication(applications, pipelinesOf, options);
  return { ...perApplication, source: 'per-application', allRefused };
}
