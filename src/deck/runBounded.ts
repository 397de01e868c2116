export interface BoundedRunOptions<R> {
  concurrency: number;
  signal?: AbortSignal;
  onResult?: (index: number, result: R) => void;
}

// Never more than `concurrency` at a time, in order. Cancelling starts nothing new but waits for what has started:
// a save already sent may land, so its outcome is still reported. Items never started are left undefined.
export function runBounded<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  { concurrency, signal, onResult }: BoundedRunOptions<R>,
): Promise<Array<R | undefined>> {
  const results: Array<R | undefined> = new Array(items.length).fill(undefined);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const index = next++;
      const result = await work(items[index]);
      results[index] = result;
      onResult?.(index, result);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length)) }, worker);
  return Promise.all(workers).then(() => results);
}
