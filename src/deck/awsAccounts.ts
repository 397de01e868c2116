import { AccountService } from '@spinnaker/core';
import type { KnownAccount } from '../share';

export type { KnownAccount };

export const ACCOUNTS_TIMEOUT_MS = 10000;

let loaded: Promise<KnownAccount[]> | undefined;
let snapshot: KnownAccount[] = [];

export const knownAccountsSnapshot = (): KnownAccount[] => snapshot;

type AccountDetails = { name: string; accountId?: unknown };

const toKnownAccount = (account: AccountDetails): KnownAccount => ({
  name: account.name,
  accountId: account.accountId === undefined || account.accountId === null ? undefined : String(account.accountId),
});

function withTimeout<T>(promise: PromiseLike<T>, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Spinnaker's account list did not arrive within ${Math.round(timeoutMs / 1000)} s`)),
      timeoutMs,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

// Loaded on first use, never at plugin start, and shared by every panel; a failure is forgotten so a later
// panel tries again.
export function loadAwsAccounts(timeoutMs = ACCOUNTS_TIMEOUT_MS): Promise<KnownAccount[]> {
  if (!loaded) {
    loaded = withTimeout<AccountDetails[]>(AccountService.listAccounts('aws'), timeoutMs).then((accounts) =>
      (accounts ?? []).map(toKnownAccount).sort((a, b) => a.name.localeCompare(b.name)),
    );
    loaded.then(
      (accounts) => (snapshot = accounts),
      () => (loaded = undefined),
    );
  }
  return loaded;
}

export function describeAccountsFailure(error: unknown): string {
  const status = (error as { status?: number })?.status;
  if (typeof status === 'number' && status > 0) {
    return `Spinnaker's account list could not be loaded (HTTP ${status}).`;
  }
  const message = error instanceof Error ? error.message : '';
  return message ? `${message.replace(/\.$/, '')}.` : "Spinnaker's account list could not be loaded.";
}
