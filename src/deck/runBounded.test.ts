import { runBounded } from './runBounded';

const later = () => {
  let resolve!: (value: string) => void;
  const promise = new Promise<string>((done) => (resolve = done));
  return { promise, resolve };
};

describe('runBounded', () => {
  it('never has more than the limit under way, and keeps the order of the items', async () => {
    let underWay = 0;
    let most = 0;
    const results = await runBounded(
      Array.from({ length: 20 }, (_, i) => i),
      async (item) => {
        most = Math.max(most, ++underWay);
        await new Promise((resolve) => setTimeout(resolve, (item * 7) % 5));
        underWay--;
        return item * 2;
      },
      { concurrency: 3 },
    );
    expect(most).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
  });

  it('starts nothing new once cancelled, but reports what had started', async () => {
    const answers = [later(), later(), later()];
    const controller = new AbortController();
    const reported: number[] = [];
    const run = runBounded([0, 1, 2], (item) => answers[item].promise, {
      concurrency: 2,
      signal: controller.signal,
      onResult: (index) => reported.push(index),
    });
    controller.abort();
    answers[1].resolve('b');
    answers[0].resolve('a');
    expect(await run).toEqual(['a', 'b', undefined]);
    expect(reported).toEqual([1, 0]);
  });
});
