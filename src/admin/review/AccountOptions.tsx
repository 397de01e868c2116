import React from 'react';
import { accountLabel } from './reviewQuery';
import type { AccountChoice } from './reviewQuery';

// Thousands of accounts are possible; memo keeps typing in the search box from rebuilding every option.
export const AccountOptions = React.memo(function AccountOptions({ accounts }: { accounts: AccountChoice[] }) {
  return (
    <>
      {accounts.map((account) => (
        <option key={account.id} value={account.id}>
          {accountLabel(account)} — {account.stages} {account.stages === 1 ? 'stage' : 'stages'}
        </option>
      ))}
    </>
  );
});
