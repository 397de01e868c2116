import { API } from '@spinnaker/core';
import { loadAllPipelineConfigs, loadEachApplication, reasonOf } from './pipelineConfigs';
import type { PipelineConfig } from './pipelineConfigs';

type Answer = () => Promise<unknown>;

// Gate as seen through core's API: each path answers as the test says, and every request is recorded.
function stubGate(answers: Record<string, Answer>) {
  const requests: string[] = [];
  jest.spyOn(API, 'one').mockImplementation((...path: string[]) => {
    const url = path.join('/');
    return {
      get: () => {
        requests.push(url);
        const answer = answers[url];
        return answer ? answer() : Promise.reject({ status: 404 });
      },
    };
  });
  return requests;
}

const refused =
  (status: number): Answer =>
  () =>
    Promise.reject({ status, data: { message: 'refused' } });
const answering =
  (body: unknown): Answer =>
  () =>
    Promise.resolve(body);
const pipeline = (application: string, name: string): PipelineConfig => ({
  id: `${application}-${name}`,
  name,
  application,
  stages: [],
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => jest.restoreAllMocks());

describe('loadAllPipelineConfigs', () => {
  it('reads every pipeline with one request when Gate allows it', async () => {
    const requests = stubGate({ pipelineConfigs: answering([pipeline('a', 'one'), pipeline('b', 'two')]) });
    const load = await loadAllPipelineConfigs();
    expect(requests).toEqual(['pipelineConfigs']);
    expect(load).toEqual({
      pipelines: [pipeline('a', 'one'), pipeline('b', 'two')],
      failures: [],
      source: 'all',
      cancelled: false,
    });
  });

  it('reads application by application when the single request is refused, and lists the ones that fail', async () => {
    const requests = stubGate({
      pipelineConfigs: refused(403),
      applications: answering([{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'a' }]),
      'applications/a/pipelineConfigs': answering([pipeline('a', 'one')]),
      'applications/b/pipelineConfigs': refused(500),
      'applications/c/pipelineConfigs': answering([{ id: 'c-two', name: 'two', stages: [] }]),
    });
    const progress: unknown[] = [];
    const load = await loadAllPipelineConfigs({ onProgress: (step) => progress.push(step) });
    expect(requests).toEqual([
      'pipelineConfigs',
      'applications',
      'applications/a/pipelineConfigs',
      'applications/b/pipelineConfigs',
      'applications/c/pipelineConfigs',
    ]);
    expect(load).toEqual({
      pipelines: [pipeline('a', 'one'), { id: 'c-two', name: 'two', stages: [], application: 'c' }],
      failures: [{ application: 'b', reason: 'HTTP 500' }],
      source: 'per-application',
      allRefused: 'HTTP 403',
      progress: { done: 3, total: 3 },
      cancelled: false,
    });
    expect(progress).toEqual([
      { done: 0, total: 3 },
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it('falls back when the single answer is not a list of pipelines', async () => {
    stubGate({
      pipelineConfigs: answering('<html>login</html>'),
      applications: answering([{ name: 'a' }]),
      'applications/a/pipelineConfigs': answering([pipeline('a', 'one')]),
    });
    const load = await loadAllPipelineConfigs();
    expect(load.source).toBe('per-application');
    expect(load.allRefused).toBe("Gate's answer for all pipelines is not a list");
    expect(load.pipelines).toEqual([pipeline('a', 'one')]);
  });

  it('gives up with both reasons when the applications cannot be listed either', async () => {
    stubGate({ pipelineConfigs: refused(403), applications: refused(502) });
    await expect(loadAllPipelineConfigs()).rejects.toThrow(
      'The pipelines could not be read (HTTP 403) and neither could the applications (HTTP 502)',
    );
  });

  it('asks for nothing more once cancelled during the single request', async () => {
    const controller = new AbortController();
    const single = deferred<unknown>();
    const requests = stubGate({ pipelineConfigs: () => single.promise });
    const loading = loadAllPipelineConfigs({ signal: controller.signal });
    controller.abort();
    single.reject({ status: 403 });
    expect(await loading).toEqual({ pipelines: [], failures: [], source: 'per-application', cancelled: true });
    expect(requests).toEqual(['pipelineConfigs']);
  });
});

describe('loadEachApplication', () => {
  const applications = Array.from({ length: 20 }, (_, index) => `app-${index}`);

  it('never has more requests in flight than allowed, and keeps the order of the applications', async () => {
    const pending = new Map<string, ReturnType<typeof deferred<PipelineConfig[]>>>();
    let inFlight = 0;
    let mostInFlight = 0;
    const load = (application: string) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      const request = deferred<PipelineConfig[]>();
      pending.set(application, request);
      return request.promise.finally(() => inFlight--);
    };
    const loading = loadEachApplication(applications, load, { concurrency: 3 });
    // The newest request is answered first, so answers come back out of order.
    while (pending.size > 0) {
      const application = [...pending.keys()].pop()!;
      const request = pending.get(application)!;
      pending.delete(application);
      if (application === 'app-4') request.reject(new Error('socket hang up'));
      else request.resolve([pipeline(application, 'one')]);
      await settle();
    }
    const result = await loading;
    expect(mostInFlight).toBe(3);
    expect(result.pipelines.map((found) => found.application)).toEqual(applications.filter((name) => name !== 'app-4'));
    expect(result.failures).toEqual([{ application: 'app-4', reason: 'socket hang up' }]);
    expect(result.cancelled).toBe(false);
  });

  it('starts nothing new once cancelled and answers with what has arrived', async () => {
    const controller = new AbortController();
    const started: string[] = [];
    const pending: Array<ReturnType<typeof deferred<PipelineConfig[]>>> = [];
    const load = (application: string) => {
      started.push(application);
      const request = deferred<PipelineConfig[]>();
      pending.push(request);
      return request.promise;
    };
    const loading = loadEachApplication(applications, load, { concurrency: 2, signal: controller.signal });
    pending[0].resolve([pipeline('app-0', 'one')]);
    await settle();
    expect(started).toEqual(['app-0', 'app-1', 'app-2']);
    controller.abort();
    const result = await loading;
    pending.forEach((request, index) => request.resolve([pipeline(`app-${index}`, 'late')]));
    await settle();
    expect(started).toEqual(['app-0', 'app-1', 'app-2']);
    expect(result).toEqual({
      pipelines: [pipeline('app-0', 'one')],
      failures: [],
      progress: { done: 1, total: 20 },
      cancelled: true,
    });
  });

  it('answers at once for no applications and treats a nonsense concurrency as one', async () => {
    expect(await loadEachApplication([], () => Promise.resolve([]))).toEqual({
      pipelines: [],
      failures: [],
      progress: { done: 0, total: 0 },
      cancelled: false,
    });
    let inFlight = 0;
    let mostInFlight = 0;
    const load = async () => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await settle();
      inFlight--;
      return [];
    };
    await loadEachApplication(['a', 'b', 'c'], load, { concurrency: 0 });
    expect(mostInFlight).toBe(1);
  });
});

describe('reasonOf', () => {
  it('names the HTTP status, else the message', () => {
    expect(reasonOf({ status: 500 })).toBe('HTTP 500');
    expect(reasonOf({ status: -1 })).toBe('no answer from Gate (network error or timeout)');
    expect(reasonOf(new Error('socket hang up'))).toBe('socket hang up');
    expect(reasonOf(undefined)).toBe('unknown error');
  });
});
