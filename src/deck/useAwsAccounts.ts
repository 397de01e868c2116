import { useEffect, useState } from 'react';
import { describeAccountsFailure, loadAwsAccounts } from './awsAccounts';
import type { KnownAccount } from './awsAccounts';

export type AwsAccountsState =
  | { state: 'loading'; accounts: KnownAccount[] }
  | { state: 'ready'; accounts: KnownAccount[] }
  | { state: 'failed'; accounts: KnownAccount[]; reason: string };

export function useAwsAccounts(): AwsAccountsState {
  const [result, setResult] = useState<AwsAccountsState>({ state: 'loading', accounts: [] });
  useEffect(() => {
    let current = true;
    loadAwsAccounts().then(
      (accounts) => current && setResult({ state: 'ready', accounts }),
      (error: unknown) =>
        current && setResult({ state: 'failed', accounts: [], reason: describeAccountsFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, []);
  return result;
}
