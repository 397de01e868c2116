import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readIdentity, repoRoot } from '../../scripts/plugin-identity.mjs';
import { buildDeck } from '../sandbox/build-deck.mjs';
import { startGate } from '../sandbox/gate.mjs';
import { launchChromium } from './browser.mjs';

export const E2E_DIR = path.join(repoRoot, 'build', 'e2e');
export const DEMO_PIPELINE = 'bake-demo-pipeline';
export const BAKE_FORM = '[ng-controller="awsBakeStageCtrl as bakeStageCtrl"]';

export const identity = readIdentity();

// Starts the fixture Gate serving the sandbox Deck and the built plugin, and a Chromium page that records what
// Deck logs and requests.
export async function openSandbox(gateOptions = {}) {
  await buildDeck();
  const gateLog = [];
  const gate = await startGate({
    plugin: { id: identity.id, version: identity.version, dir: path.join(repoRoot, 'build', 'dist') },
    recordFile: path.join(E2E_DIR, 'saved-pipelines.jsonl'),
    log: (line) => gateLog.push(line),
    ...gateOptions,
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const consoleErrors = [];
  const consoleWarnings = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (message.type() === 'warning') consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const close = async () => {
    await browser.close();
    await gate.close();
  };
  return { gate, browser, page, consoleErrors, consoleWarnings, requests, gateLog, close };
}

export async function openBakeStageNode(page, gateUrl) {
  await page.goto(`${gateUrl}/#/applications/demo/executions/configure/${DEMO_PIPELINE}`);
  await page.locator('pipeline-graph .label-body.clickable a', { hasText: /^Bake$/ }).click({ timeout: 30000 });
}

export async function openBakeStage(page, gateUrl) {
  await openBakeStageNode(page, gateUrl);
  const form = page.locator(BAKE_FORM);
  await form.locator('input[ng-model="stage.package"]').waitFor({ timeout: 15000 });
  return form;
}

export async function waitFor(predicate, { timeout = 10000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  while (!(await predicate())) {
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${timeout} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

export async function screenshot(target, name) {
  await mkdir(E2E_DIR, { recursive: true });
  await target.screenshot({ path: path.join(E2E_DIR, name) });
}

// Clicks Deck's Save Changes and returns the bake stage of the pipeline the fixture Gate received.
export async function saveAndReadBakeStage(page, gate) {
  const saveButton = page.getByRole('button', { name: 'Save Changes' });
  const saved = gate.savedPipelines.length;
  await saveButton.click();
  await waitFor(() => gate.savedPipelines.length === saved + 1);
  await saveButton.waitFor({ state: 'hidden' });
  return gate.savedPipelines.at(-1).stages.find((stage) => stage.type === 'bake');
}
