import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { repoRoot } from '../../scripts/plugin-identity.mjs';
import { identity, openBakeStage, openSandbox, screenshot, waitFor } from './sandbox.mjs';

const fixturePipelines = JSON.parse(
  await readFile(path.join(repoRoot, 'test', 'sandbox', 'fixtures', 'pipeline-configs.json'), 'utf8'),
);
const fixtureBake = fixturePipelines[0].stages.find((stage) => stage.type === 'bake');

let sandbox;

before(async () => {
  sandbox = await openSandbox();
});

after(async () => {
  await sandbox?.close();
});

test('Deck loads the plugin through its manifest from the fixture Gate', async () => {
  const { page, gate, requests } = sandbox;
  await openBakeStage(page, gate.url);
  assert.ok(requests.includes('/plugins/deck/plugin-manifest.json'));
  assert.ok(requests.includes(`/plugins/deck/${identity.id}/${identity.version}/index.js`));
  // The panel registers its help texts when its chunk arrives, which is after Deck's form shows.
  await page.locator('.bake-share-panel').waitFor();
  const help = await page.evaluate(() =>
    window.spinnaker.plugins.sharedLibraries._spinnaker_core.HelpContentsRegistry.getHelpField('bakeShare.enabled'),
  );
  assert.match(help, /aws-multi-ebs\.json/);
});

test("the demo pipeline's Bake stage shows Deck's own AWS bake form", async () => {
  const { page } = sandbox;
  const form = page.locator('[ng-controller="awsBakeStageCtrl as bakeStageCtrl"]');
  assert.equal(await form.locator('input[ng-model="stage.package"]').inputValue(), 'demo-app');
  await form.getByText('Base OS', { exact: true }).waitFor();
  await form.getByLabel('Show Advanced Options').check();
  const vpc = form.locator('input[ng-model="stage.extendedAttributes[key]"]');
  assert.equal(await vpc.inputValue(), 'vpc-0abc1234');
  await screenshot(page, 'bake-stage.png');
});

test('Save sends the pipeline to Gate unchanged', async () => {
  const { page, gate } = sandbox;
  await page.getByRole('button', { name: 'Save Changes' }).click();
  await waitFor(() => gate.savedPipelines.length === 1);
  const saved = gate.savedPipelines[0].stages.find((stage) => stage.type === 'bake');
  // Deck itself fills in the bake's user when the form opens; nothing else may change.
  const { user: savedUser, ...savedRest } = saved;
  const { user: fixtureUser, ...fixtureRest } = fixtureBake;
  assert.deepEqual(savedRest, fixtureRest);
  assert.equal(fixtureUser, '');
  assert.equal(savedUser, 'anonymous');
});

test('Deck logs no errors', () => {
  assert.deepEqual(sandbox.consoleErrors, []);
  assert.deepEqual(sandbox.gateLog, []);
});
