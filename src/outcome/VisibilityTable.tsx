import React from 'react';
import type { BakeOutcome, RequestedAccount } from '../share/bakeOutcome';
import type { Visibility } from '../deck/imageVisibility';
import { visibilityKey } from '../deck/imageVisibility';

interface VisibilityTableProps {
  outcome: BakeOutcome;
  visibility: ReadonlyMap<string, Visibility>;
  accountsReady: boolean;
}

function VisibilityWords({ visibility }: { visibility?: Visibility }) {
  if (!visibility) return <>Checking…</>;
  if (visibility.state === 'visible') {
    return (
      <>
        <span className="fa fa-check" aria-hidden="true" /> Visible
      </>
    );
  }
  if (visibility.state === 'not-visible') {
    return (
      <>
        <span className="fa fa-times" aria-hidden="true" /> Not visible yet
      </>
    );
  }
  return <>Could not check: {visibility.reason}</>;
}

function AccountCells({
  account,
  outcome,
  visibility,
  accountsReady,
}: VisibilityTableProps & { account: RequestedAccount }) {
  if (account.names.length === 0) {
    return (
      <td colSpan={outcome.regions.length}>
        {accountsReady
          ? 'Spinnaker does not manage this account, so it cannot check what the account sees.'
          : "Waiting for Spinnaker's account list…"}
      </td>
    );
  }
  return (
    <>
      {outcome.regions.map(({ region, imageIds }) => (
        <td key={region}>
          {imageIds.length === 0
            ? 'No AMI to check'
            : imageIds.map((imageId) => (
                <div key={imageId}>
                  <VisibilityWords
                    visibility={visibility.get(
                      visibilityKey({ accountId: account.id, accountName: account.names[0], region, imageId }),
                    )}
                  />
                </div>
              ))}
        </td>
      ))}
    </>
  );
}

// Clouddriver caches, per account and region, the images that account owns or that are shared with it.
export function VisibilityTable(props: VisibilityTableProps) {
  const { outcome } = props;
  if (outcome.requestedAccounts.length === 0) return null;
  return (
    <div className="bake-share-visibility-scroll">
      <table className="table table-condensed bake-share-visibility">
        <caption>Who can see it</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            {outcome.regions.map(({ region }) => (
              <th scope="col" key={region}>
                {region}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {outcome.requestedAccounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                <code>{account.id}</code>
                {account.names.length > 0 ? <div>{account.names[0]}</div> : null}
              </th>
              <AccountCells {...props} account={account} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
