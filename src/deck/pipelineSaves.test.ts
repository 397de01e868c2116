import { readPipelineConfig, saveOutcomeOf, savePipelineConfig } from './pipelineSaves';

// Bodies as Gate's PipelineController answers a failed save: kork's error body, the task's first error as message.
const gateError = (message: string) => ({ status: 400, error: 'Bad Request', message });

describe('saveOutcomeOf', () => {
  it.each([
    [200, {}, 'saved'],
    [
      400,
      gateError('The submitted pipeline is stale.  submitted updateTs 1 does not match stored updateTs 2'),
      'stale',
    ],
    [400, gateError('Status: 403, Method: POST, URL: http://front50/pipelines, Message: Access is denied'), 'refused'],
    [403, { message: 'Access is denied' }, 'refused'],
    [400, gateError('Pipeline save operation did not succeed: 01J (status: TERMINAL)'), 'failed'],
    [502, undefined, 'failed'],
  ])('HTTP %i with %j is %s', (status, body, outcome) => {
    expect(saveOutcomeOf(status, body).outcome).toBe(outcome);
  });

  it('says a save Gate stopped waiting for may still land', () => {
    const outcome = saveOutcomeOf(400, gateError('Pipeline save operation did not succeed: 01J (status: RUNNING)'));
    expect(outcome).toEqual({ outcome: 'failed', reason: expect.stringMatching(/may still finish/) });
  });
});

describe('Gate requests', () => {
  const answer = (status: number, body: unknown) =>
    Promise.resolve({ ok: status < 300, status, json: () => Promise.resolve(body) });
  let fetch: jest.Mock;
  beforeEach(() => {
    fetch = jest.fn();
    Object.assign(globalThis, { fetch });
  });

  it('saves the whole pipeline with the stale check, as Deck does', async () => {
    fetch.mockReturnValue(answer(200, {}));
    const pipeline = { id: 'p', application: 'app', updateTs: '1', stages: [] };
    expect(await savePipelineConfig(pipeline)).toEqual({ outcome: 'saved' });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toMatch(/\/pipelines\?staleCheck=true$/);
    expect(init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(JSON.parse(init.body)).toEqual(pipeline);
  });

  it('reads a pipeline by name, and by id among its application when it was renamed', async () => {
    fetch.mockReturnValueOnce(answer(200, { id: 'p', name: 'Release' }));
    expect(await readPipelineConfig('app', 'p', 'Release')).toEqual({ pipeline: { id: 'p', name: 'Release' } });
    expect(fetch.mock.calls[0][0]).toMatch(/\/applications\/app\/pipelineConfigs\/Release$/);
    fetch
      .mockReturnValueOnce(answer(404, {}))
      .mockReturnValueOnce(answer(200, [{ id: 'q' }, { id: 'p', name: 'New' }]));
    expect(await readPipelineConfig('app', 'p', 'Release')).toEqual({ pipeline: { id: 'p', name: 'New' } });
    fetch.mockReturnValueOnce(answer(404, {})).mockReturnValueOnce(answer(200, []));
    expect(await readPipelineConfig('app', 'p', 'Release')).toEqual({ reason: expect.stringMatching(/no longer/) });
  });
});
