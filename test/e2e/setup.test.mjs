import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import { identity, openSandbox, screenshot } from './sandbox.mjs';

let sandbox;
let page;

before(async () => {
  sandbox = await openSandbox();
  page = sandbox.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sandbox.gate.url });
  await page.goto(`${sandbox.gate.url}/#/bake-share/setup`);
});

after(async () => {
  await sandbox?.close();
});

test('the Rosco setup tab turns the chosen values into an Operator manifest on the clipboard', async () => {
  await page.getByLabel('SPINNAKER_AWS_DEFAULT_ACCOUNT').fill('0123-4567-8901');
  await page.getByLabel('SPINNAKER_AWS_DEFAULT_REGION').selectOption('eu-west-1');
  await page.getByRole('button', { name: 'Copy Spinnaker Operator', exact: true }).click();
  await page.getByText('Copied to the clipboard.').first().waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const manifest = parse(copied);
  assert.equal(manifest.kind, 'SpinnakerService');
  assert.deepEqual(manifest.spec.spinnakerConfig['service-settings'].rosco.env, {
    SPINNAKER_AWS_DEFAULT_ACCOUNT: '012345678901',
    SPINNAKER_AWS_DEFAULT_REGION: 'eu-west-1',
  });
  await screenshot(page, 'admin-setup.png');
});

test('the Gate snippets name this release of the plugin', async () => {
  const gate = parse(
    await page.getByRole('region', { name: 'Gate with the Spinnaker Operator' }).locator('pre').innerText(),
  );
  const plugins = gate.spec.spinnakerConfig.profiles.gate.spinnaker.extensibility['deck-proxy'].plugins;
  assert.deepEqual(plugins[identity.id], { enabled: true, version: identity.version });
});

test('an ID that lost its leading zero is flagged and hides the snippets', async () => {
  await page.getByLabel('SPINNAKER_AWS_DEFAULT_ACCOUNT').fill('12345678901');
  await page.getByText(/leading zero/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Copy Spinnaker Operator', exact: true }).count(), 0);
});

test('the prerequisites say what Deck can and cannot check', async () => {
  const checklist = page.getByRole('list', { name: 'Prerequisites' });
  assert.match(await checklist.innerText(), /roscoMode[\s\S]*Checked/);
  assert.match(await checklist.innerText(), /Deck cannot check this/);
});

test('the admin page causes no console errors', () => {
  assert.deepEqual(sandbox.consoleErrors, []);
});
