import { checkVisibility, forgetVisibility, visibilityKey } from './imageVisibility';

type Answer = { status: number } | 'unreachable';

// Stands in for Gate only: each request waits a tick, and the test says what each image path answers.
function gateAnswering(answerFor: (path: string) => Answer) {
  let running = 0;
  const seen = { requests: [] as string[], mostAtOnce: 0 };
  const fetch = jest.fn((url: string, init: RequestInit) => {
    seen.requests.push(url);
    running++;
    seen.mostAtOnce = Math.max(seen.mostAtOnce, running);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        running--;
        const answer = answerFor(new URL(url, 'http://gate.test').pathname);
        if (answer === 'unreachable') reject(new TypeError('Failed to fetch'));
        else resolve({ ok: answer.status < 300, status: answer.status });
      }, 5);
      init.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        running--;
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  });
  (globalThis as { fetch?: unknown }).fetch = fetch;
  return { fetch, seen };
}

const check = (accountName: string, region: string, imageId = 'ami-0c5e2f8a91b7d3e46') => ({
  accountId: '111111111111',
  accountName,
  region,
  imageId,
});

const REGIONS = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2'];
const matrix = Array.from({ length: 20 }, (_, index) => REGIONS.map((region) => check(`acct-${index}`, region))).flat();

afterEach(() => {
  forgetVisibility();
  delete (globalThis as { fetch?: unknown }).fetch;
});

describe('checkVisibility', () => {
  it("reads each account's image cache through Gate: found is visible, 404 is not visible yet", async () => {
    const { fetch } = gateAnswering((path) => ({ status: path.includes('/eu-west-1/') ? 404 : 200 }));

    const answers = await checkVisibility([check('prod', 'us-east-1'), check('prod', 'eu-west-1')]);

    expect(answers.get(visibilityKey(check('prod', 'us-east-1')))).toEqual({ state: 'visible' });
    expect(answers.get(visibilityKey(check('prod', 'eu-west-1')))).toEqual({ state: 'not-visible' });
    expect(fetch).toHaveBeenCalledWith(
      'http://gate.test/images/prod/us-east-1/ami-0c5e2f8a91b7d3e46?provider=aws',
      expect.objectContaining({ credentials: 'include' }),
    );
  });

  it('says why an answer is unknown when Gate fails or cannot be reached', async () => {
    gateAnswering((path) => (path.includes('staging') ? 'unreachable' : { status: 500 }));

    const answers = await checkVisibility([check('prod', 'us-east-1'), check('staging', 'us-east-1')]);

    expect([...answers.values()]).toEqual([
      { state: 'unknown', reason: 'Gate answered HTTP 500' },
      { state: 'unknown', reason: 'Gate could not be reached' },
    ]);
  });

  it('never has more requests under way than its concurrency, and answers all 120 cells', async () => {
    const { seen } = gateAnswering(() => ({ status: 200 }));

    const answers = await checkVisibility(matrix, { concurrency: 6 });

    expect(answers.size).toBe(120);
    expect(seen.mostAtOnce).toBe(6);
  });

  it('answers again from what the page learned, unless asked to check afresh', async () => {
    const { fetch } = gateAnswering(() => ({ status: 404 }));
    await checkVisibility([check('prod', 'eu-west-1')]);
    await checkVisibility([check('prod', 'eu-west-1')]);
    expect(fetch).toHaveBeenCalledTimes(1);

    await checkVisibility([check('prod', 'eu-west-1')], { fresh: true });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('stops starting requests and aborts those under way when cancelled', async () => {
    const { seen } = gateAnswering(() => ({ status: 200 }));
    const cancel = new AbortController();
    const results: string[] = [];

    const done = checkVisibility(matrix, {
      concurrency: 6,
      signal: cancel.signal,
      onResult: (c) => results.push(c.region),
    });
    await new Promise((resolve) => setTimeout(resolve, 1));
    cancel.abort();
    await done;

    expect(seen.requests).toHaveLength(6);
    expect(results).toEqual([]);
  });
});
