import React, { useEffect, useRef, useState } from 'react';
import type { KnownAccount } from '../deck/awsAccounts';
import { suggestAccounts } from './accountChoices';

interface AccountSearchProps {
  knownAccounts: KnownAccount[];
  chosen: string[];
  onAddTyped(text: string): void;
  onPick(account: KnownAccount): void;
}

const LISTBOX_ID = 'bake-share-account-options';

export function AccountSearch({ knownAccounts, chosen, onAddTyped, onPick }: AccountSearchProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [navigated, setNavigated] = useState(false);
  const suggestions = open ? suggestAccounts(knownAccounts, query, chosen) : [];
  const closeAfterBlur = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(closeAfterBlur.current), []);

  const close = () => {
    setOpen(false);
    setActive(0);
    setNavigated(false);
  };
  const pick = (account: KnownAccount) => {
    if (!account.accountId) {
      return;
    }
    onPick(account);
    setQuery('');
    close();
  };
  const addTyped = () => {
    if (query.trim() !== '') {
      onAddTyped(query);
      setQuery('');
      close();
    }
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setNavigated(true);
      setActive((index) => Math.min(index + 1, Math.max(suggestions.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setNavigated(true);
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const highlighted = suggestions[active];
      // Digits typed by hand are an ID to add as typed, not a prefix of some other known account.
      const typedAnId = /^[\d\s-]+$/.test(query.trim());
      if (highlighted?.accountId && (navigated || (query.trim() !== '' && !typedAnId))) {
        pick(highlighted);
      } else {
        addTyped();
      }
    } else if (event.key === 'Escape') {
      close();
    }
  };

  return (
    <div className={`bake-share-account-search dropdown${suggestions.length > 0 ? ' open' : ''}`}>
      <div className="input-group input-group-sm">
        <input
          type="text"
          className="form-control input-sm"
          role="combobox"
          aria-label="Add an account by name or 12-digit ID"
          aria-expanded={suggestions.length > 0}
          aria-controls={LISTBOX_ID}
          aria-autocomplete="list"
          aria-activedescendant={suggestions[active] ? `${LISTBOX_ID}-${active}` : undefined}
          placeholder="Account name or 12-digit ID"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
            setNavigated(false);
          }}
          onFocus={() => {
            clearTimeout(closeAfterBlur.current);
            setOpen(true);
          }}
          onBlur={() => {
            closeAfterBlur.current = setTimeout(close, 150);
          }}
          onKeyDown={onKeyDown}
        />
        <span className="input-group-btn">
          <button type="button" className="btn btn-default btn-sm" onClick={addTyped} disabled={query.trim() === ''}>
            Add
          </button>
        </span>
      </div>
      {suggestions.length > 0 && (
        <ul
          id={LISTBOX_ID}
          role="listbox"
          aria-label="Spinnaker AWS accounts"
          className="dropdown-menu bake-share-options"
        >
          {suggestions.map((account, index) => (
            <li
              key={account.name}
              id={`${LISTBOX_ID}-${index}`}
              role="option"
              aria-selected={index === active}
              aria-disabled={!account.accountId}
              className={[index === active ? 'active' : '', account.accountId ? '' : 'disabled'].join(' ').trim()}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(account);
              }}
            >
              <a>
                <strong>{account.name}</strong>{' '}
                <span className="text-muted">{account.accountId ?? 'no account ID known to Spinnaker'}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
