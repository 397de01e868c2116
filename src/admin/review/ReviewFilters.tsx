import React from 'react';
import { AccountOptions } from './AccountOptions';
import type { AccountChoice, ReviewFilter } from './reviewQuery';

interface ReviewFiltersProps {
  filter: ReviewFilter;
  accounts: AccountChoice[];
  onChange: (filter: ReviewFilter) => void;
}

export function ReviewFilters({ filter, accounts, onChange }: ReviewFiltersProps) {
  return (
    <div className="form-inline bake-share-review-filters" role="search" aria-label="Filter the stages">
      <div className="form-group">
        <label htmlFor="bake-share-review-text">Search the stages</label>{' '}
        <input
          id="bake-share-review-text"
          type="search"
          className="form-control input-sm"
          placeholder="application, pipeline, stage, account, region"
          value={filter.text}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </div>{' '}
      <div className="form-group">
        <label htmlFor="bake-share-review-account">Account</label>{' '}
        <select
          id="bake-share-review-account"
          className="form-control input-sm"
          style={{ maxWidth: '28em' }}
          value={filter.account}
          onChange={(event) => onChange({ ...filter, account: event.target.value })}
        >
          <option value="">All accounts</option>
          <AccountOptions accounts={accounts} />
        </select>
      </div>{' '}
      <div className="checkbox">
        <label>
          <input
            type="checkbox"
            checked={filter.problemsOnly}
            onChange={(event) => onChange({ ...filter, problemsOnly: event.target.checked })}
          />{' '}
          Has problems
        </label>
      </div>
    </div>
  );
}
