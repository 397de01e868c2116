import { randomUUID } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

// Gate's POST /pipelines (PipelineController.savePipeline) runs Orca's savePipeline task and waits for it; any
// failure becomes HTTP 400 with the task's first error as the message (PipelineException), in kork's error body.
const gateError = (message) => ({
  status: 400,
  body: {
    timestamp: new Date().toISOString(),
    status: 400,
    error: 'Bad Request',
    exception: 'com.netflix.spinnaker.gate.controllers.PipelineController$PipelineException',
    message,
  },
});

// Front50's stale check (PipelineController.save, as repaired in spinnaker/spinnaker#8022): with staleCheck, a
// pipeline that has an id and an updateTs must carry the updateTs Front50 holds, or the save is refused. Front50
// then stamps its own updateTs. Switches: `stalePipelines` (ids someone else saves just before their first save,
// so that reading again and retrying succeeds),
// `refusedApplications` (Fiat refuses WRITE: Front50's 403 reaches Gate's caller inside Orca's 400) and
// `failingPipelines` (the task fails for another reason).
export function createPipelineStore({ pipelines, savedPipelines, recordFile, saveFaults = {} }) {
  const { stalePipelines = [], refusedApplications = [], failingPipelines = [] } = saveFaults;
  const savedBySomeoneElse = new Set();
  return async function savePipeline(pipeline, { staleCheck }) {
    const index = pipelines.findIndex((stored) => pipeline.id !== undefined && stored.id === pipeline.id);
    if (index !== -1 && stalePipelines.includes(pipeline.id) && !savedBySomeoneElse.has(pipeline.id)) {
      savedBySomeoneElse.add(pipeline.id);
      pipelines[index] = { ...pipelines[index], updateTs: String(Date.now() + 1), lastModifiedBy: 'someone-else' };
    }
    if (refusedApplications.includes(pipeline.application)) {
      return gateError(
        'Status: 403, Method: POST, URL: http://front50/pipelines?staleCheck=true, Message: Access is denied',
      );
    }
    if (failingPipelines.includes(pipeline.id)) {
      return gateError(`Pipeline save operation did not succeed: ${randomUUID()} (status: TERMINAL)`);
    }
    const stored = index === -1 ? undefined : pipelines[index];
    if (
      staleCheck &&
      stored &&
      pipeline.updateTs !== undefined &&
      String(pipeline.updateTs) !== String(stored.updateTs)
    ) {
      return gateError(
        `The submitted pipeline is stale.  submitted updateTs ${pipeline.updateTs} does not match stored updateTs ${stored.updateTs}`,
      );
    }
    const saved = { ...pipeline, id: pipeline.id ?? randomUUID(), updateTs: String(Date.now()) };
    if (index === -1) pipelines.push(saved);
    else pipelines[index] = saved;
    savedPipelines.push(saved);
    if (recordFile) {
      await mkdir(path.dirname(recordFile), { recursive: true });
      await appendFile(recordFile, `${JSON.stringify(saved)}\n`);
    }
    return { status: 200, body: {} };
  };
}
