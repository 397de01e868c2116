import '@testing-library/jest-dom';
import React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccountService } from '@spinnaker/core';
import { RoscoSetupTab } from './RoscoSetupTab';
import { dropDeckStylesheets } from '../../deck/testing/deckStylesheets';

type ListAccounts = typeof AccountService.listAccounts;

const SPINNAKER_ACCOUNTS = [
  { name: 'prod', accountId: '111111111111' },
  { name: 'dev', accountId: '012345678901' },
];

const accountField = () => screen.getByRole('combobox', { name: 'SPINNAKER_AWS_DEFAULT_ACCOUNT' });
const checklistItem = (name: RegExp) =>
  within(screen.getByRole('list', { name: 'Prerequisites' }))
    .getAllByRole('listitem')
    .find((item) => name.test(item.textContent ?? '')) as HTMLElement;

const accountsLoaded = () =>
  waitFor(() => expect(screen.queryByText(/Loading Spinnaker's AWS accounts/)).not.toBeInTheDocument());

beforeEach(() => {
  dropDeckStylesheets();
  jest
    .spyOn(AccountService, 'listAccounts')
    .mockImplementation(() => Promise.resolve(SPINNAKER_ACCOUNTS) as unknown as ReturnType<ListAccounts>);
});

afterEach(() => jest.restoreAllMocks());

describe('the Rosco setup tab', () => {
  it('says the default account and region fill only the slots a stage leaves unused', async () => {
    render(<RoscoSetupTab />);
    await accountsLoaded();

    const page = document.body.textContent ?? '';
    expect(page).not.toMatch(/whatever the stage|every AMI|every baked AMI/i);
    expect(screen.getByText(/receives the AMI whenever a stage lists fewer than 10 accounts/)).toBeInTheDocument();
    expect(screen.getByText(/copied there whenever a stage lists fewer than 5 copy regions/)).toBeInTheDocument();
  });

  it('asks for the 12-digit ID in the checklist while the field refuses a Spinnaker account name', async () => {
    const user = userEvent.setup();
    render(<RoscoSetupTab />);
    await accountsLoaded();

    await user.type(accountField(), 'dev');
    expect(screen.getByText(/'dev' is the name of a Spinnaker account/)).toBeInTheDocument();
    const item = checklistItem(/SPINNAKER_AWS_DEFAULT_ACCOUNT/);
    expect(item).not.toHaveTextContent(/dev receives/);
    expect(item).toHaveTextContent(/12-digit AWS account ID/);

    await user.clear(accountField());
    await user.type(accountField(), '0123-4567-8901');
    expect(checklistItem(/SPINNAKER_AWS_DEFAULT_ACCOUNT/)).toHaveTextContent(/^.*012345678901 receives the AMI/);
  });
});
