import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import React from 'react';
import type { PipelinePlan } from '../../share';
import type { PipelineResult } from './pipelineSteps';
import { SAVE_CONCURRENCY, useBulkRun } from './useBulkRun';

const planOf = (id: string) =>
  ({
    pipelineId: id,
    application: 'app',
    pipelineName: id,
    before: {},
    after: {},
    changes: [],
    skipped: [],
  }) as PipelinePlan;
const plans = Array.from({ length: SAVE_CONCURRENCY + 3 }, (_, index) => planOf(`p${index}`));

// Each save answers only when the test says so, as a slow Gate would.
const pending = new Map<string, (result: PipelineResult) => void>();
const step = (plan: PipelinePlan) => new Promise<PipelineResult>((resolve) => pending.set(plan.pipelineId, resolve));

function Runner() {
  const { run, start, cancel } = useBulkRun();
  return (
    <>
      <button onClick={() => start(plans, step)}>start</button>
      <button onClick={cancel}>cancel</button>
      <output>
        {run?.results.map((result) => `${result.plan.pipelineId}:${result.outcome}`).join(' ')}
        {run?.running ? ' running' : ' idle'}
        {run?.cancelled ? ' cancelled' : ''}
      </output>
    </>
  );
}

it('keeps the outcome of saves under way when cancelled, and starts no more', async () => {
  render(<Runner />);
  fireEvent.click(screen.getByText('start'));
  expect(pending.size).toBe(SAVE_CONCURRENCY);
  pending.get('p0')!({ plan: plans[0], outcome: 'saved' });
  await waitFor(() => expect(pending.size).toBe(SAVE_CONCURRENCY + 1));
  fireEvent.click(screen.getByText('cancel'));
  for (const [id, resolve] of pending) if (id !== 'p0') resolve({ plan: planOf(id), outcome: 'saved' });
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/idle/));
  const text = screen.getByRole('status').textContent ?? '';
  expect(text).toMatch(/p6:saved p7:not started p8:not started idle cancelled$/);
  expect(text.match(/:saved/g)).toHaveLength(SAVE_CONCURRENCY + 1);
  expect(pending.size).toBe(SAVE_CONCURRENCY + 1);
});
