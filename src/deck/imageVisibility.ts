import type { VisibilityCheck } from '../share/bakeOutcome';
import { fetchFromGate, GATE_CONCURRENCY, gatePath } from './gateFetch';
import { runBounded } from './runBounded';

export type Visibility =
  | { state: 'visible' }
  // Clouddriver's cache for that account has no such image: not shared, or not cached yet (it lags one cycle).
  | { state: 'not-visible' }
  | { state: 'unknown'; reason: string };

export interface VisibilityOptions {
  concurrency?: number;
  signal?: AbortSignal;
  // Asks Gate again instead of answering from what this page already learned.
  fresh?: boolean;
  onResult?(check: VisibilityCheck, visibility: Visibility): void;
}

export const VISIBILITY_CONCURRENCY = GATE_CONCURRENCY;

const keyOf = ({ accountName, region, imageId }: VisibilityCheck) => `${accountName}/${region}/${imageId}`;

// Answers kept for the page's life; "not visible" is kept too, until someone asks to check again.
const known = new Map<string, Visibility>();

// Gate GET /images/{account}/{region}/{imageId}?provider=aws (Clouddriver's per-account image cache): 200 when that
// account sees the image, 404 when its cache has none.
async function askGate(check: VisibilityCheck, signal?: AbortSignal): Promise<Visibility> {
  const path = `/images/${gatePath(check.accountName, check.region, check.imageId)}?provider=aws`;
  const answer = await fetchFromGate(path, 'application/json', signal);
  if (answer.ok) return { state: 'visible' };
  return answer.status === 404 ? { state: 'not-visible' } : { state: 'unknown', reason: answer.reason };
}

// At most `concurrency` requests at once (a matrix can be 50 accounts × 15 regions); cancelling starts nothing new
// and aborts what is under way. Resolves with every answer that arrived.
export function checkVisibility(
  checks: readonly VisibilityCheck[],
  { concurrency = VISIBILITY_CONCURRENCY, signal, fresh = false, onResult }: VisibilityOptions = {},
): Promise<Map<string, Visibility>> {
  const answers = new Map<string, Visibility>();
  const pending = [...new Map(checks.map((check) => [keyOf(check), check])).values()];
  const settle = (check: VisibilityCheck, visibility: Visibility) => {
    answers.set(keyOf(check), visibility);
    if (visibility.state !== 'unknown') known.set(keyOf(check), visibility);
    onResult?.(check, visibility);
  };
  const checkOne = async (check: VisibilityCheck): Promise<void> => {
    const cached = fresh ? undefined : known.get(keyOf(check));
    if (cached) return settle(check, cached);
    // A cancelled request rejects; it has no answer to keep, and runBounded starts nothing after it.
    await askGate(check, signal).then(
      (visibility) => settle(check, visibility),
      () => undefined,
    );
  };
  return runBounded(pending, checkOne, { concurrency, signal }).then(() => answers);
}

export const visibilityKey = keyOf;

export function forgetVisibility(): void {
  known.clear();
}
