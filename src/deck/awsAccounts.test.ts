import * as core from '@spinnaker/core';
import { AccountService } from '@spinnaker/core';

type AwsAccountsModule = typeof import('./awsAccounts');
type ListAccounts = typeof AccountService.listAccounts;

// The module keeps the loaded list for the page's life: each test gets its own copy of it, sharing the one Deck
// core whose AccountService is stubbed.
function freshAwsAccounts(): AwsAccountsModule {
  let fresh: AwsAccountsModule | undefined;
  jest.isolateModules(() => {
    jest.doMock('@spinnaker/core', () => core);
    fresh = jest.requireActual<AwsAccountsModule>('./awsAccounts');
  });
  return fresh as AwsAccountsModule;
}

const listAccounts = () => jest.spyOn(AccountService, 'listAccounts');
const settled = (result: unknown) => result as ReturnType<ListAccounts>;

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe('loadAwsAccounts', () => {
  it('asks Deck for the AWS accounts once and shares the list, sorted by name, with IDs as text', async () => {
    const request = listAccounts().mockReturnValue(
      settled(
        Promise.resolve([
          { name: 'staging', accountId: 222222222222 },
          { name: 'prod', accountId: '111111111111' },
          { name: 'legacy' },
        ]),
      ),
    );
    const { knownAccountsSnapshot, loadAwsAccounts } = freshAwsAccounts();

    const first = await loadAwsAccounts();
    const second = await loadAwsAccounts();

    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith('aws');
    expect(second).toBe(first);
    expect(first).toEqual([
      { name: 'legacy', accountId: undefined },
      { name: 'prod', accountId: '111111111111' },
      { name: 'staging', accountId: '222222222222' },
    ]);
    expect(knownAccountsSnapshot()).toBe(first);
  });

  it('gives up with a readable message when Deck does not answer in time', async () => {
    jest.useFakeTimers();
    listAccounts().mockReturnValue(settled(new Promise(() => undefined)));
    const { ACCOUNTS_TIMEOUT_MS, loadAwsAccounts } = freshAwsAccounts();
    const outcome = jest.fn();

    loadAwsAccounts().then(outcome, outcome);
    await jest.advanceTimersByTimeAsync(ACCOUNTS_TIMEOUT_MS - 1);
    expect(outcome).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);

    expect(outcome).toHaveBeenCalledWith(new Error("Spinnaker's account list did not arrive within 10 s"));
  });

  it('tries again on the next call after a failure', async () => {
    const request = listAccounts()
      .mockReturnValueOnce(settled(Promise.reject({ status: 500 })))
      .mockReturnValueOnce(settled(Promise.resolve([{ name: 'prod', accountId: '111111111111' }])));
    const { knownAccountsSnapshot, loadAwsAccounts } = freshAwsAccounts();

    await expect(loadAwsAccounts()).rejects.toEqual({ status: 500 });
    expect(knownAccountsSnapshot()).toEqual([]);
    await expect(loadAwsAccounts()).resolves.toEqual([{ name: 'prod', accountId: '111111111111' }]);

    expect(request).toHaveBeenCalledTimes(2);
  });
});

describe('describeAccountsFailure', () => {
  const { describeAccountsFailure } = freshAwsAccounts();

  it('names the HTTP status of a failed request', () => {
    expect(describeAccountsFailure({ status: 500 })).toBe("Spinnaker's account list could not be loaded (HTTP 500).");
  });

  it("uses an error's own message", () => {
    expect(describeAccountsFailure(new Error("Spinnaker's account list did not arrive within 10 s"))).toBe(
      "Spinnaker's account list did not arrive within 10 s.",
    );
  });

  it('falls back to a general sentence for anything else', () => {
    expect(describeAccountsFailure({ status: -1 })).toBe("Spinnaker's account list could not be loaded.");
    expect(describeAccountsFailure(undefined)).toBe("Spinnaker's account list could not be loaded.");
  });
});
