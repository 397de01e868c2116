import { fetchJsonFromGate, gatePath, postToGate } from './gateFetch';

export type SaveOutcome = { outcome: 'saved' } | { outcome: 'stale' | 'refused' | 'failed'; reason: string };

export type PipelineRead = { pipeline: Record<string, unknown> } | { reason: string };

const messageOf = (body: unknown): string => {
  const message = (body as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : '';
};

// Gate's POST /pipelines runs Orca's savePipeline task and waits for it; every failure comes back as HTTP 400 whose
// message is the task's first error (gate PipelineController.savePipeline, PipelineException). Front50's stale check
// says "The submitted pipeline is stale", and a Fiat refusal from Front50 arrives as "Status: 403, …".
export function saveOutcomeOf(status: number, body: unknown): SaveOutcome {
  if (status >= 200 && status < 300) return { outcome: 'saved' };
  const message = messageOf(body);
  const reason = message || `Gate answered HTTP ${status}`;
  if (/\bstale\b/i.test(message)) return { outcome: 'stale', reason };
  if (status === 401 || status === 403 || /Status: 403\b|Access is denied/i.test(message)) {
    return { outcome: 'refused', reason };
  }
  // Gate stops waiting for the task after a while; a task still running may yet save the pipeline.
  if (/\(status: (RUNNING|NOT_STARTED)\)/.test(message)) {
    return { outcome: 'failed', reason: `${reason}; the save may still finish, so read the pipeline again` };
  }
  return { outcome: 'failed', reason };
}

// Saved as Deck's pipeline editor saves: the whole pipeline, with the updateTs it was read with, and staleCheck.
export async function savePipelineConfig(
  pipeline: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<SaveOutcome> {
  const response = await postToGate('/pipelines?staleCheck=true', pipeline, signal);
  if (!response) {
    return { outcome: 'failed', reason: 'Gate could not be reached; the pipeline may or may not be saved' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  return saveOutcomeOf(response.status, body);
}

const isPipeline = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The pipeline as Front50 holds it now. By name first (one pipeline); by id among the application's pipelines when
// the name no longer finds it (renamed since).
export async function readPipelineConfig(
  application: string,
  id: string,
  name: string,
  signal?: AbortSignal,
): Promise<PipelineRead> {
  const byName = await fetchJsonFromGate(`/applications/${gatePath(application, 'pipelineConfigs', name)}`, signal);
  if (byName.ok && isPipeline(byName.body) && byName.body.id === id) return { pipeline: byName.body };
  const all = await fetchJsonFromGate(`/applications/${gatePath(application, 'pipelineConfigs')}`, signal);
  if (!all.ok) return { reason: all.reason };
  const found = Array.isArray(all.body)
    ? all.body.find((pipeline) => isPipeline(pipeline) && pipeline.id === id)
    : undefined;
  return isPipeline(found) ? { pipeline: found } : { reason: 'it is no longer in its application (deleted?)' };
}
