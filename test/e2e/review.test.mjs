import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { repoRoot } from '../../scripts/plugin-identity.mjs';
import { FORMULA_STAGE_NAME, QUOTED_PIPELINE_NAME } from '../sandbox/fixtures/generate.mjs';
import { identity, openBakeStage, openSandbox, screenshot } from './sandbox.mjs';

const CHUNK_PREFIX = `/plugins/deck/${identity.id}/${identity.version}/chunks/`;
const CSV_HEADER =
  'Application,Pipeline,Pipeline ID,Pipeline disabled,Stage,Template,Accounts,Organizations and OUs,Copy regions,Snapshots shared,KMS keys,Problems';
// Only the review's code holds this file name: a chunk with it is the admin page's.
const REVIEW_MARKER = 'bake-share-review.csv';

let sandbox;
let manifest;
let csvFromOneRequest;

const summaryLine = ({ stages, applications, accounts, withProblems }) =>
  `${stages} stages in ${applications} applications share with ${accounts} accounts; ${withProblems} have problems.`;

const chunksRequested = (requests) => requests.filter((pathname) => pathname.startsWith(CHUNK_PREFIX));

async function chunkHolds(pathname, text) {
  const file = path.join(repoRoot, 'build', 'dist', 'chunks', pathname.slice(CHUNK_PREFIX.length));
  return (await readFile(file, 'utf8')).includes(text);
}

async function openReview(page, gateUrl) {
  await page.goto(`${gateUrl}/#/bake-share/review`);
  await page.locator('.bake-share-review-summary').waitFor({ timeout: 30000 });
}

const tableRows = (page) => page.getByRole('table', { name: 'AWS bake stages that share or copy' }).locator('tbody tr');

async function downloadCsv(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'bake-share-review.csv');
  return readFile(await download.path(), 'utf8');
}

before(async () => {
  sandbox = await openSandbox();
  manifest = sandbox.gate.reviewManifest;
});

after(async () => {
  await sandbox?.close();
});

test('the fixtures hold enough applications and pipelines to review', () => {
  assert.ok(manifest.applications >= 20 && manifest.pipelines >= 100, JSON.stringify(manifest.all));
  assert.ok(manifest.all.withProblems > 0 && manifest.disabledStages > 0 && manifest.failingApplication);
});

test("the pipeline editor never downloads the admin page's code", async () => {
  const editor = await sandbox.browser.newPage();
  const requests = [];
  editor.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await openBakeStage(editor, sandbox.gate.url);
  await editor.locator('.bake-share-panel').waitFor();
  for (const chunk of chunksRequested(requests)) {
    assert.equal(await chunkHolds(chunk, REVIEW_MARKER), false, `the editor loaded ${chunk}`);
  }
  await editor.close();
});

test('the review sums up every sharing stage and lists the problems', async () => {
  const { page, requests } = sandbox;
  await openReview(page, sandbox.gate.url);
  assert.equal(await page.locator('.bake-share-review-summary').innerText(), summaryLine(manifest.all));
  const adminChunks = chunksRequested(requests);
  assert.ok((await Promise.all(adminChunks.map((chunk) => chunkHolds(chunk, REVIEW_MARKER)))).includes(true));
  assert.equal(await tableRows(page).count(), Math.min(50, manifest.all.stages));

  await page.getByRole('checkbox', { name: 'Has problems' }).check();
  await page.getByText(`Showing ${manifest.all.withProblems} of ${manifest.all.stages} stages.`).waitFor();
  await screenshot(page, 'admin-review.png');

  const expected = [
    ['eleven-digits', /11 digits; AWS account IDs have exactly 12/],
    ['too-many-accounts', /but 11 are listed; Packer would silently ignore/],
    ['template-without-slots', /'aws-ebs\.json' has no share or copy slots/],
    ['no-template', /Rosco's default template, which has no share or copy slots/],
    ['mixed-forms', /both as a comma list .* and as numbered keys/],
    ['account-name', /is the name of a Spinnaker account/],
    ['misnumbered-key', /'share_with_01' is ignored/],
  ];
  const search = page.getByRole('searchbox', { name: 'Search the stages' });
  for (const [kind, message] of expected) {
    const stage = manifest.listed.find((entry) => entry.kind === kind);
    await search.fill(stage.application);
    const row = tableRows(page).filter({ has: page.getByRole('link', { name: stage.pipelineName, exact: true }) });
    assert.match(await row.filter({ hasText: message }).first().innerText(), message, kind);
  }
  await search.fill('');
  await page.getByRole('checkbox', { name: 'Has problems' }).uncheck();
});

test('choosing an account shows the pipelines that share with it', async () => {
  const { page } = sandbox;
  const sharing = manifest.listed.filter((entry) => entry.accounts.includes('111111111111'));
  await page.getByRole('combobox', { name: 'Account' }).selectOption('111111111111');
  await page.getByRole('heading', { name: 'Pipelines that share with prod (111111111111)' }).waitFor();
  await page.getByText(`Showing ${sharing.length} of ${manifest.all.stages} stages.`).waitFor();
  await page.getByRole('combobox', { name: 'Account' }).selectOption('');
});

test('the CSV holds every stage, quoted, with formulas neutralised', async () => {
  const csv = await downloadCsv(sandbox.page);
  const records = csv.split('\r\n');
  assert.equal(records[0], CSV_HEADER);
  assert.equal(records.at(-1), '');
  assert.equal(records.length - 2, manifest.all.stages);
  const formula = records.find((record) => record.includes('HYPERLINK'));
  assert.ok(formula.includes(`"'${FORMULA_STAGE_NAME.replace(/"/g, '""')}"`), formula);
  const quoted = manifest.listed.find((entry) => entry.pipelineName === QUOTED_PIPELINE_NAME);
  assert.ok(
    records.some((record) =>
      record.startsWith(`${quoted.application},"Bake, ""canary"" and share",${quoted.pipelineId},`),
    ),
  );
  const tooMany = manifest.listed.find((entry) => entry.kind === 'too-many-accounts');
  const tooManyRecord = records.find((record) => record.includes(`,${tooMany.pipelineId},`));
  assert.match(tooManyRecord, /prod \(111111111111\); staging \(222222222222\); dev \(012345678901\); 333333333333/);
  assert.match(tooManyRecord, /"error: The template 'aws-multi-ebs\.json' has 10 slots/);
  csvFromOneRequest = csv;
});

test('the review causes no console errors', () => {
  assert.deepEqual(sandbox.consoleErrors, []);
  assert.deepEqual(sandbox.gateLog, []);
});

test('when Gate refuses the single request, reading each application gives the same rows and names the failed one', async () => {
  const refusing = await openSandbox({ refusePipelineConfigs: true, latencyMs: 100 });
  try {
    const { page } = refusing;
    await page.goto(`${refusing.gate.url}/#/bake-share/review`);
    const progress = page.getByRole('progressbar');
    await progress.waitFor({ timeout: 30000 });
    assert.equal(await progress.getAttribute('aria-valuemax'), String(manifest.applications + 1));
    await page.locator('.bake-share-review-summary').waitFor({ timeout: 30000 });

    assert.equal(await page.locator('.bake-share-review-summary').innerText(), summaryLine(manifest.perApplication));
    const failed = page.getByRole('alert').filter({ hasText: 'could not be read' });
    assert.match(await failed.innerText(), new RegExp(`${manifest.failingApplication}: HTTP 500`));
    await page.getByText(/\(HTTP 403\), so they were read application by application/).waitFor();

    const csv = await downloadCsv(page);
    const withoutFailed = csvFromOneRequest
      .split('\r\n')
      .filter((record) => !record.startsWith(`${manifest.failingApplication},`));
    assert.deepEqual(csv.split('\r\n'), withoutFailed);
    const networkErrors = /Failed to load resource: the server responded with a status of (403|500)/;
    assert.deepEqual(
      refusing.consoleErrors.filter((line) => !networkErrors.test(line)),
      [],
    );
  } finally {
    await refusing.close();
  }
});
