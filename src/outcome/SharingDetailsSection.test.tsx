import '@testing-library/jest-dom';
import React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccountService } from '@spinnaker/core';
import { forgetBakeLogs } from '../deck/bakeLogReads';
import { forgetImageSearches } from '../deck/imageSearch';
import { forgetVisibility } from '../deck/imageVisibility';
import { dropDeckStylesheets } from '../deck/testing/deckStylesheets';
import { SharingDetailsSection, SharingDisclosure } from './SharingDetailsSection';
import {
  ACCOUNTS,
  BAKED_AMI,
  childStage,
  COPIED_AMI,
  executionOf,
  IMAGE_NAME,
  sharedRunRoutes,
  standInGate,
} from './testing/gateStandIn';

type ListAccounts = typeof AccountService.listAccounts;

beforeEach(() => {
  dropDeckStylesheets();
  forgetBakeLogs();
  forgetImageSearches();
  forgetVisibility();
  jest
    .spyOn(AccountService, 'listAccounts')
    .mockImplementation(() => Promise.resolve(ACCOUNTS) as unknown as ReturnType<ListAccounts>);
});

afterEach(() => {
  jest.restoreAllMocks();
  delete (globalThis as { fetch?: unknown }).fetch;
});

function showSection(stage = childStage(), current = 'sharing') {
  return render(
    <SharingDetailsSection name="sharing" current={current} stage={stage} execution={executionOf(stage)} />,
  );
}

const cell = (accountId: string, column: number) =>
  [...document.querySelectorAll('table.bake-share-visibility tbody tr')]
    .find((row) => row.querySelector('th')?.textContent?.includes(accountId))
    ?.querySelectorAll('td')[column];

describe('SharingDetailsSection', () => {
  it('is a Deck details section titled "sharing" that loads and asks nothing while another tab is current', async () => {
    const gate = standInGate(sharedRunRoutes());
    const { container } = showSection(childStage(), 'taskStatus');

    expect(SharingDetailsSection.title).toBe('sharing');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
    expect(gate.requests).toEqual([]);
  });

  it('shows what the run asked for, the AMI per region with its source, and who can see it', async () => {
    const gate = standInGate(sharedRunRoutes());
    showSection();

    await screen.findByText('Checked 4 of 4 account views.');
    const askedFor = document.querySelector('.bake-share-asked-for') as HTMLElement;
    expect(within(askedFor).getByText('222222222222').closest('li')).toHaveTextContent('222222222222 (staging)');
    expect(within(askedFor).getByText('999988887777').closest('li')).toHaveTextContent('(not a Spinnaker account)');
    const amis = screen.getByRole('table', { name: `AMI per region (${IMAGE_NAME})` });
    expect(
      within(amis)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'RegionAMIFrom',
      `us-east-1 (baked)${BAKED_AMI}this stage's result`,
      `eu-west-1 (copy)${COPIED_AMI}the bake log`,
    ]);
    expect(cell('222222222222', 1)).toHaveTextContent('Visible');
    expect(cell('012345678901', 0)).toHaveTextContent('Visible');
    expect(cell('012345678901', 1)).toHaveTextContent('Not visible yet');
    expect(cell('999988887777', 0)).toHaveTextContent('Spinnaker does not manage this account');
    expect(gate.requests.filter((path) => path.startsWith('/images/'))).toHaveLength(4);
  });

  it('falls back to the image search when the bake log is gone, and says when Clouddriver could not answer', async () => {
    const routes = sharedRunRoutes();
    delete routes['/bakery/logs/us-east-1/bake-1'];
    routes[`/images/find?provider=aws&q=${IMAGE_NAME}`] = {
      status: 200,
      body: JSON.stringify([{ imageName: IMAGE_NAME, amis: { 'us-east-1': [BAKED_AMI], 'eu-west-1': [COPIED_AMI] } }]),
    };
    routes[`/images/staging/eu-west-1/${COPIED_AMI}?provider=aws`] = { status: 503, body: '{}' };
    standInGate(routes);
    showSection();

    await screen.findByText('Checked 4 of 4 account views.');
    expect(document.querySelectorAll('table.bake-share-region-amis tbody tr')[1]).toHaveTextContent(
      "Clouddriver's image search",
    );
    expect(cell('222222222222', 1)).toHaveTextContent('Could not check: Gate answered HTTP 503');
  });

  it('asks nothing while the bake runs', async () => {
    const gate = standInGate({});
    showSection(
      childStage(
        { status: { id: 'bake-1', state: 'RUNNING' }, ami: undefined, imageId: undefined, artifacts: [] },
        'RUNNING',
      ),
    );

    await screen.findByText(/Still baking/);
    expect(gate.requests).toEqual([]);
  });

  it('explains a failed bake from its log and links the setup page', async () => {
    standInGate({
      '/bakery/logs/us-east-1/bake-1': {
        status: 200,
        body: JSON.stringify(
          '<pre>==> amazon-ebs: Error modify AMI attributes: InvalidAMIAttributeItemValue: Invalid attribute item value " " for userId item type.</pre>',
        ),
      },
    });
    showSection(
      childStage(
        { status: { id: 'bake-1', state: 'CANCELED', result: 'FAILURE' }, ami: undefined, imageId: undefined },
        'TERMINAL',
      ),
    );

    expect(await screen.findByText(/SPINNAKER_AWS_DEFAULT_ACCOUNT/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Open bake-share's Rosco setup" })).toHaveAttribute(
      'href',
      '#/bake-share/setup',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when a failed bake has no log to explain it', async () => {
    standInGate({});
    showSection(
      childStage(
        { status: { id: 'bake-1', state: 'CANCELED', result: 'FAILURE' }, ami: undefined, imageId: undefined },
        'TERMINAL',
      ),
    );

    expect(await screen.findByText(/The bake log could not be read \(Gate answered HTTP 404\)/)).toBeInTheDocument();
  });

  it('warns that a reused bake keeps its earlier sharing, with the way to the Rebake option', async () => {
    standInGate(sharedRunRoutes());
    showSection(childStage({ previouslyBaked: true }));

    const note = await screen.findByRole('note', { hidden: true });
    expect(note).toHaveTextContent(`Rosco reused an earlier bake (${BAKED_AMI})`);
    expect(within(note).getByRole('link')).toHaveAttribute(
      'href',
      '#/applications/demo/executions/configure/bake-demo-pipeline',
    );
  });

  it('cancels what is under way when the details close', async () => {
    const routes = sharedRunRoutes();
    routes[`/images/dev/eu-west-1/${COPIED_AMI}?provider=aws`] = 'hang';
    const gate = standInGate(routes);
    const { unmount } = showSection();

    await screen.findByText(/Checking: 3 of 4/);
    unmount();
    expect(gate.aborted).toEqual([`/images/dev/eu-west-1/${COPIED_AMI}?provider=aws`]);
  });

  it('Check again asks Clouddriver afresh, and the answers change', async () => {
    const routes = sharedRunRoutes();
    const gate = standInGate(routes);
    showSection();
    await screen.findByText('Checked 4 of 4 account views.');

    routes[`/images/dev/eu-west-1/${COPIED_AMI}?provider=aws`] = { status: 200, body: '[{}]' };
    await userEvent.click(screen.getByText('Check again'));

    await waitFor(() => expect(cell('012345678901', 1)).toHaveTextContent('Visible'));
    expect(gate.requests.filter((path) => path.startsWith('/images/'))).toHaveLength(8);
    expect(gate.requests.filter((path) => path.startsWith('/bakery/'))).toHaveLength(1);
  });
});

describe('SharingDisclosure', () => {
  it('stays closed and asks nothing until opened, then opens by itself for later details', async () => {
    const gate = standInGate(sharedRunRoutes());
    const stage = childStage();
    const { unmount } = render(<SharingDisclosure stage={stage} execution={executionOf(stage)} />);

    const button = screen.getByRole('button', { name: 'Sharing' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(gate.requests).toEqual([]);
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await screen.findByText('Checked 4 of 4 account views.');
    unmount();

    render(<SharingDisclosure stage={stage} execution={executionOf(stage)} />);
    expect(screen.getByRole('button', { name: 'Sharing' })).toHaveAttribute('aria-expanded', 'true');
  });
});
