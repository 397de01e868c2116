import '@testing-library/jest-dom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import React from 'react';
import { BulkChangePanel } from './BulkChangePanel';

const stage = {
  type: 'bake',
  cloudProviderType: 'aws',
  name: 'Bake',
  refId: '1',
  regions: ['us-east-1'],
  templateFileName: 'aws-multi-ebs.json',
  extendedAttributes: { share_with_1: '111111111111' },
};
const pipeline = { id: 'p1', application: 'app', name: 'Release', updateTs: '1590710400000', stages: [stage] };

describe('BulkChangePanel', () => {
  let fetch: jest.Mock;
  beforeEach(() => {
    fetch = jest.fn((_url: string, init?: RequestInit) =>
      Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(init?.method === 'POST' ? {} : pipeline) }),
    );
    Object.assign(globalThis, { fetch });
  });

  const open = () =>
    render(
      <BulkChangePanel
        targets={[{ pipelineId: 'p1', stageIndex: 0 }]}
        pipelines={[pipeline]}
        onReadAgain={jest.fn()}
      />,
    );

  it('keeps what was typed when going back from the preview', () => {
    open();
    fireEvent.change(screen.getByLabelText('AWS account IDs to share with'), { target: { value: '2222 2222 2222' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview the change to 1 stage' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 pipeline in 1 applications to save: 1 stage changes');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the change' }));
    expect(screen.getByLabelText('AWS account IDs to share with')).toHaveValue('2222 2222 2222');
  });

  it('saves the pipeline as read with the new slot, and offers the revert', async () => {
    open();
    fireEvent.change(screen.getByLabelText('AWS account IDs to share with'), { target: { value: '222222222222' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview the change to 1 stage' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save 1 pipeline' }));
    await screen.findByRole('button', { name: 'Revert this change in the 1 saved pipeline' });
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(post[1].body)).toEqual({
      ...pipeline,
      stages: [{ ...stage, extendedAttributes: { share_with_1: '111111111111', share_with_2: '222222222222' } }],
    });
    await waitFor(() => expect(screen.getByText(/1 of 1 pipelines answered, 1 saved/)).toBeInTheDocument());
  });
});
