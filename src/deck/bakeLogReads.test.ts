import { forgetBakeLogs, readBakeLog } from './bakeLogReads';

const LOG = '--> amazon-ebs: AMIs were created:\nus-east-1: ami-0c5e2f8a91b7d3e46';

// Stands in for Gate only.
function gateAnswering(status: number, body: string) {
  const fetch = jest.fn(() => Promise.resolve({ ok: status < 300, status, text: () => Promise.resolve(body) }));
  (globalThis as { fetch?: unknown }).fetch = fetch;
  return fetch;
}

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
  forgetBakeLogs();
});

describe('readBakeLog', () => {
  it('asks Gate for the log as text and unwraps its <pre> body', async () => {
    const fetch = gateAnswering(200, `<pre>${LOG}</pre>`);

    expect(await readBakeLog('us-east-1', 'b1/2')).toEqual({ state: 'read', log: LOG });
    expect(fetch).toHaveBeenCalledWith(
      'http://gate.test/bakery/logs/us-east-1/b1%2F2',
      expect.objectContaining({ credentials: 'include', headers: { Accept: 'text/plain' } }),
    );
  });

  it('reads a log once for the page, and asks again after a failure', async () => {
    const failing = gateAnswering(500, '');
    expect((await readBakeLog('us-east-1', 'b1')).state).toBe('unavailable');
    expect(failing).toHaveBeenCalledTimes(1);

    const fetch = gateAnswering(200, `<pre>${LOG}</pre>`);
    await readBakeLog('us-east-1', 'b1');
    expect(await readBakeLog('us-east-1', 'b1')).toEqual({ state: 'read', log: LOG });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('understands the JSON-quoted form too', async () => {
    gateAnswering(200, JSON.stringify(`<pre>${LOG}</pre>`));

    expect(await readBakeLog('us-east-1', 'b1')).toEqual({ state: 'read', log: LOG });
  });

  it('says why the log is unavailable', async () => {
    gateAnswering(404, '');
    expect(await readBakeLog('us-east-1', 'b1')).toEqual({ state: 'unavailable', reason: 'Gate answered HTTP 404' });

    (globalThis as { fetch?: unknown }).fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await readBakeLog('us-east-1', 'b1')).toEqual({ state: 'unavailable', reason: 'Gate could not be reached' });
  });
});
