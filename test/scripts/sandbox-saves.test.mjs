import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGate } from '../sandbox/gate.mjs';

let gate;

before(async () => {
  gate = await startGate({
    log: () => {},
    recordFile: undefined,
    reviewFixtures: { applications: 3, pipelinesPerApplication: 2 },
    saveFaults: {
      stalePipelines: ['search-pipeline-1'],
      refusedApplications: ['billing'],
      failingPipelines: ['checkout-pipeline-2'],
    },
  });
});

after(async () => {
  await gate?.close();
});

const pipelineNamed = async (id) => {
  const pipelines = await (await fetch(`${gate.url}/pipelineConfigs`)).json();
  return pipelines.find((pipeline) => pipeline.id === id);
};

const save = (pipeline, staleCheck = true) =>
  fetch(`${gate.url}/pipelines${staleCheck ? '?staleCheck=true' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(pipeline),
  });

test("a save carrying the stored updateTs passes Front50's stale check and gets a new one", async () => {
  const pipeline = await pipelineNamed('checkout-pipeline-1');
  assert.equal(typeof pipeline.updateTs, 'string');
  const response = await save({ ...pipeline, description: 'edited' });
  assert.equal(response.status, 200);
  const stored = await pipelineNamed('checkout-pipeline-1');
  assert.equal(stored.description, 'edited');
  assert.notEqual(stored.updateTs, pipeline.updateTs);

  const stale = await save({ ...pipeline, description: 'from an old copy' });
  assert.equal(stale.status, 400);
  assert.equal(
    (await stale.json()).message,
    `The submitted pipeline is stale.  submitted updateTs ${pipeline.updateTs} does not match stored updateTs ${stored.updateTs}`,
  );
  assert.equal((await pipelineNamed('checkout-pipeline-1')).description, 'edited');
  assert.equal((await save({ ...pipeline, description: 'no check asked' }, false)).status, 200);
});

test('the switches make a pipeline stale, refuse an application and fail a save, each as Gate answers', async () => {
  const stale = await save(await pipelineNamed('search-pipeline-1'));
  assert.equal(stale.status, 400);
  assert.match((await stale.json()).message, /^The submitted pipeline is stale\./);
  const readAgain = await pipelineNamed('search-pipeline-1');
  assert.equal(readAgain.lastModifiedBy, 'someone-else');
  assert.equal((await save({ ...readAgain, description: 'retried' })).status, 200);

  const refused = await save(await pipelineNamed('billing-pipeline-1'));
  assert.equal(refused.status, 400);
  assert.match((await refused.json()).message, /Status: 403, .*Access is denied/);

  const failing = await save(await pipelineNamed('checkout-pipeline-2'));
  assert.equal(failing.status, 400);
  assert.match((await failing.json()).message, /Pipeline save operation did not succeed: .* \(status: TERMINAL\)/);
  assert.deepEqual(
    gate.savedPipelines.filter((saved) => saved.id !== 'checkout-pipeline-1').map((saved) => saved.description),
    ['retried'],
  );
});
