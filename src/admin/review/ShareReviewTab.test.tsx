import '@testing-library/jest-dom';
import React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccountService, API } from '@spinnaker/core';
import { ShareReviewTab } from './ShareReviewTab';
import { dropDeckStylesheets } from '../../deck/testing/deckStylesheets';

type ListAccounts = typeof AccountService.listAccounts;

const SPINNAKER_ACCOUNTS = [
  { name: 'prod', accountId: '111111111111' },
  { name: '<script>alert(1)</script>', accountId: '222222222222' },
];

function bake(shareWith: string[], name = 'Bake') {
  return {
    type: 'bake',
    cloudProviderType: 'aws',
    name,
    regions: ['us-east-1'],
    templateFileName: 'aws-multi-ebs.json',
    extendedAttributes: Object.fromEntries(shareWith.map((id, index) => [`share_with_${index + 1}`, id])),
  };
}

// 55 sharing stages in 11 applications (one more than a page), two of them broken.
const PIPELINES = Array.from({ length: 55 }, (_, index) => {
  const application = `app-${String(Math.floor(index / 5)).padStart(2, '0')}`;
  const shareWith =
    index === 7 ? ['12345678901'] : index % 2 === 0 ? ['111111111111'] : ['222222222222', '333333333333'];
  return {
    id: `pipeline-${index}`,
    name: `Pipeline ${String(index).padStart(2, '0')}`,
    application,
    disabled: index === 54,
    stages: [bake(shareWith, index === 20 ? '=SUM(A1)' : 'Bake')],
  };
});
PIPELINES[30].stages[0].templateFileName = 'aws-ebs.json';

function stubGate(answers: Record<string, () => Promise<unknown>>) {
  const requests: string[] = [];
  jest.spyOn(API, 'one').mockImplementation((...path: string[]) => ({
    get: () => {
      requests.push(path.join('/'));
      return (answers[path.join('/')] ?? (() => Promise.reject({ status: 404 })))();
    },
  }));
  return requests;
}

const table = () => screen.getByRole('table', { name: 'AWS bake stages that share or copy' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const firstPipeline = () => within(bodyRows()[0]).getAllByRole('cell')[2].textContent;

beforeEach(() => {
  window.history.replaceState(null, '', '/#/bake-share/review');
  dropDeckStylesheets();
  jest
    .spyOn(AccountService, 'listAccounts')
    .mockImplementation(() => Promise.resolve(SPINNAKER_ACCOUNTS) as unknown as ReturnType<ListAccounts>);
});

afterEach(() => jest.restoreAllMocks());

describe('with every pipeline in one answer', () => {
  beforeEach(() => {
    stubGate({ pipelineConfigs: () => Promise.resolve(PIPELINES) });
  });

  it('sums up, pages, filters and sorts the stages', async () => {
    const user = userEvent.setup();
    render(<ShareReviewTab />);

    expect(
      await screen.findByText('55 stages in 11 applications share with 4 accounts; 2 have problems.'),
    ).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(50);
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(bodyRows()).toHaveLength(5);
    expect(screen.getByText('pipeline disabled')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Has problems' }));
    expect(screen.getByText('Showing 2 of 55 stages.')).toBeInTheDocument();
    expect(screen.queryByText('Page 1 of 2')).not.toBeInTheDocument();
    expect(bodyRows().map((row) => within(row).getAllByRole('cell')[2].textContent)).toEqual([
      'Pipeline 07',
      'Pipeline 30',
    ]);
    expect(within(bodyRows()[0]).getByText(/11 digits/)).toBeInTheDocument();
    expect(within(bodyRows()[1]).getByText(/no share or copy slots/)).toBeInTheDocument();
    expect(within(bodyRows()[1]).getByRole('link', { name: 'Pipeline 30' })).toHaveAttribute(
      'href',
      '#/applications/app-06/executions/configure/pipeline-30',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Has problems' }));

    await user.type(screen.getByRole('searchbox', { name: 'Search the stages' }), 'app-03');
    expect(bodyRows()).toHaveLength(5);
    await user.clear(screen.getByRole('searchbox', { name: 'Search the stages' }));

    const pipelineHeader = screen.getByRole('columnheader', { name: 'Pipeline' });
    expect(pipelineHeader).toHaveAttribute('aria-sort', 'none');
    expect(firstPipeline()).toBe('Pipeline 00');
    await user.click(within(pipelineHeader).getByRole('button'));
    await user.click(within(pipelineHeader).getByRole('button'));
    expect(pipelineHeader).toHaveAttribute('aria-sort', 'descending');
    expect(firstPipeline()).toBe('Pipeline 54');
  });

  it('shows which pipelines share with one account, with account names as plain text', async () => {
    const user = userEvent.setup();
    render(<ShareReviewTab />);

    const account = await screen.findByRole('combobox', { name: 'Account' });
    await user.selectOptions(account, '222222222222');
    expect(
      screen.getByRole('heading', { name: 'Pipelines that share with <script>alert(1)</script> (222222222222)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Showing 26 of 55 stages.')).toBeInTheDocument();
    expect(within(bodyRows()[0]).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(within(bodyRows()[0]).getByText('(not a Spinnaker account)')).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
  });

  it('downloads the stages shown as CSV', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:review'),
      revokeObjectURL: () => undefined,
    });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    render(<ShareReviewTab />);

    await user.click(await screen.findByRole('checkbox', { name: 'Has problems' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    expect(downloads).toEqual(['bake-share-review.csv']);
    const csv = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]);
    });
    const records = csv.split('\r\n');
    expect(records[0]).toBe(
      'Application,Pipeline,Pipeline ID,Pipeline disabled,Stage,Template,Accounts,Organizations and OUs,Copy regions,Snapshots shared,KMS keys,Problems',
    );
    expect(records[1]).toMatch(
      /^app-01,Pipeline 07,pipeline-7,no,Bake,aws-multi-ebs\.json,12345678901 \(not a Spinnaker account\),,/,
    );
    expect(records).toHaveLength(4);
  });
});

describe('in the URL', () => {
  let requests: string[];
  beforeEach(() => {
    requests = stubGate({ pipelineConfigs: () => Promise.resolve(PIPELINES) });
  });

  const searchBox = () => screen.getByRole('searchbox', { name: 'Search the stages' });
  const problemsBox = () => screen.getByRole('checkbox', { name: 'Has problems' });
  const accountBox = () => screen.getByRole('combobox', { name: 'Account' });
  const pipelineHeader = () => screen.getByRole('columnheader', { name: 'Pipeline' });

  it('opens with the filters and the sort of a shared link', async () => {
    window.history.replaceState(
      null,
      '',
      '/#/bake-share/review?q=app-0&account=111111111111&problems=yes&sort=-pipeline',
    );
    render(<ShareReviewTab />);

    expect(await screen.findByText('Showing 1 of 55 stages.')).toBeInTheDocument();
    expect(searchBox()).toHaveValue('app-0');
    expect(accountBox()).toHaveValue('111111111111');
    expect(problemsBox()).toBeChecked();
    expect(pipelineHeader()).toHaveAttribute('aria-sort', 'descending');
  });

  it('writes each change into the URL in place, without reading the pipelines again', async () => {
    const user = userEvent.setup();
    const historyLength = window.history.length;
    render(<ShareReviewTab />);

    await user.type(await screen.findByRole('searchbox', { name: 'Search the stages' }), 'app 03');
    expect(window.location.hash).toBe('#/bake-share/review?q=app%2003');
    await user.selectOptions(accountBox(), '111111111111');
    await user.click(within(pipelineHeader()).getByRole('button'));
    await user.click(within(pipelineHeader()).getByRole('button'));
    await user.click(problemsBox());
    expect(window.location.hash).toBe(
      '#/bake-share/review?q=app%2003&account=111111111111&problems=yes&sort=-pipeline',
    );

    await user.click(problemsBox());
    await user.clear(searchBox());
    await user.selectOptions(accountBox(), '');
    await user.click(within(screen.getByRole('columnheader', { name: 'Application' })).getByRole('button'));
    expect(window.location.hash).toBe('#/bake-share/review');
    expect(window.history.length).toBe(historyLength);
    expect(requests).toEqual(['pipelineConfigs']);
  });

  it('ignores what it cannot use: an unknown sort column, an account no stage shares with, odd values', async () => {
    window.history.replaceState(null, '', '/#/bake-share/review?sort=-colour&account=999999999999&problems=maybe');
    render(<ShareReviewTab />);

    expect(await screen.findByText('Showing all 55 stages.')).toBeInTheDocument();
    expect(accountBox()).toHaveValue('');
    expect(problemsBox()).not.toBeChecked();
    expect(screen.getByRole('columnheader', { name: 'Application' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.queryByRole('heading', { name: /Pipelines that share with/ })).not.toBeInTheDocument();
  });

  it('follows a filtered link opened in the same tab', async () => {
    render(<ShareReviewTab />);
    await screen.findByText('Showing all 55 stages.');

    window.location.hash = '#/bake-share/review?q=app-03';
    expect(await screen.findByText('Showing 5 of 55 stages.')).toBeInTheDocument();
    expect(searchBox()).toHaveValue('app-03');
    expect(requests).toEqual(['pipelineConfigs']);
  });
});

describe('when Gate refuses the single request', () => {
  it('reads application by application with a progress bar, and names the applications that failed', async () => {
    const answers: Record<string, () => Promise<unknown>> = {
      pipelineConfigs: () => Promise.reject({ status: 403 }),
      applications: () => Promise.resolve([{ name: 'app-00' }, { name: 'app-01' }, { name: 'broken' }]),
      'applications/app-00/pipelineConfigs': () => Promise.resolve(PIPELINES.slice(0, 5)),
      'applications/broken/pipelineConfigs': () => Promise.reject({ status: 500 }),
    };
    let answerLast!: () => void;
    answers['applications/app-01/pipelineConfigs'] = () =>
      new Promise((resolve) => (answerLast = () => resolve(PIPELINES.slice(5, 10))));
    stubGate(answers);
    render(<ShareReviewTab />);

    const progress = await screen.findByRole('progressbar');
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuenow', '2'));
    expect(progress).toHaveAttribute('aria-valuemax', '3');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    answerLast();

    expect(await screen.findByText(/10 stages in 2 applications/)).toBeInTheDocument();
    expect(screen.getByText(/\(HTTP 403\), so they were read application by application/)).toBeInTheDocument();
    expect(within(screen.getByRole('alert')).getByText('broken').closest('li')).toHaveTextContent('broken: HTTP 500');
  });

  it('stops on Cancel and shows what was read', async () => {
    stubGate({
      pipelineConfigs: () => Promise.reject({ status: 403 }),
      applications: () => Promise.resolve([{ name: 'app-00' }, { name: 'app-01' }]),
      'applications/app-00/pipelineConfigs': () => Promise.resolve(PIPELINES.slice(0, 5)),
      'applications/app-01/pipelineConfigs': () => new Promise(() => undefined),
    });
    const user = userEvent.setup();
    render(<ShareReviewTab />);

    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(await screen.findByText(/Reading was cancelled after 1 of 2 applications/)).toBeInTheDocument();
    expect(screen.getByText(/5 stages in 1 application/)).toBeInTheDocument();
  });
});
