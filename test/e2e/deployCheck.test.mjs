import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openSandbox, screenshot, waitFor } from './sandbox.mjs';

// A bake that bakes in us-east-1 and copies to eu-west-1, and a Deploy into both regions, as Deck saves them.
const COPY_THEN_DEPLOY = {
  id: 'copy-then-deploy',
  name: 'Copy then deploy',
  application: 'demo',
  index: 1,
  keepWaitingPipelines: false,
  limitConcurrent: true,
  triggers: [{ type: 'jenkins', enabled: true, master: 'ci', job: 'demo-app-build', propertyFile: '' }],
  stages: [
    {
      type: 'bake',
      cloudProviderType: 'aws',
      name: 'Bake',
      refId: '1',
      requisiteStageRefIds: [],
      regions: ['us-east-1'],
      package: 'demo-app',
      baseOs: 'bionic',
      baseLabel: 'release',
      vmType: 'hvm',
      storeType: 'ebs',
      templateFileName: 'aws-multi-ebs.json',
      extendedAttributes: { share_with_1: '111111111111', copy_to_1: 'eu-west-1' },
    },
    {
      type: 'deploy',
      name: 'Deploy',
      refId: '2',
      requisiteStageRefIds: ['1'],
      clusters: [
        {
          application: 'demo',
          account: 'prod',
          cloudProvider: 'aws',
          provider: 'aws',
          strategy: '',
          capacity: { min: 1, max: 1, desired: 1 },
          availabilityZones: { 'us-east-1': ['us-east-1a'], 'eu-west-1': ['eu-west-1a'] },
          instanceType: 'm5.large',
        },
      ],
    },
  ],
};

let sandbox;
let page;

before(async () => {
  sandbox = await openSandbox({ extraPipelines: [COPY_THEN_DEPLOY] });
  page = sandbox.page;
});

after(async () => {
  await sandbox?.close();
});

const stageLink = (name) =>
  page.locator('pipeline-graph .label-body.clickable a', { hasText: new RegExp(`^${name}$`) });

test('the pipeline editor warns on a Deploy into a region the bake only copies to, without blocking Save', async () => {
  await page.goto(`${sandbox.gate.url}/#/applications/demo/executions/configure/${COPY_THEN_DEPLOY.id}`);
  await stageLink('Deploy').waitFor({ timeout: 30000 });

  // Deck marks a stage with validation messages in the graph and lists them when its marker is hovered.
  const markers = page.locator('pipeline-graph g.warning circle');
  await waitFor(async () => (await markers.count()) === 1, { timeout: 15000 });
  await markers.first().hover({ force: true });
  const tooltip = page.locator('.tooltip, .popover').filter({ hasText: /only copies its AMI/ });
  await tooltip.waitFor({ timeout: 10000 });
  assert.match(
    await tooltip.innerText(),
    /This stage deploys to 'eu-west-1', where the bake stage 'Bake' only copies its AMI.*"Find Image from Tags"/s,
  );
  await screenshot(page, 'deploy-copy-region-warning.png');

  // A warning, not an error: an edit elsewhere still saves.
  await stageLink('Bake').click();
  await page.locator('input[ng-model="stage.package"]').fill('demo-app-2');
  const saved = sandbox.gate.savedPipelines.length;
  await page.getByRole('button', { name: 'Save Changes' }).click();
  await waitFor(() => sandbox.gate.savedPipelines.length === saved + 1);
  assert.equal(
    sandbox.gate.savedPipelines.at(-1).stages[1].clusters[0].availabilityZones['eu-west-1'][0],
    'eu-west-1a',
  );
  assert.deepEqual(sandbox.consoleErrors, []);
});
