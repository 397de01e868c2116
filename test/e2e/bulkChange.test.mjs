import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { openSandbox, screenshot } from './sandbox.mjs';

const NEW_ACCOUNT = '121212121212';
const REFUSED_APPLICATION = 'search';
// Generated stages an added account cannot go into, and why (test/sandbox/fixtures/reviewRecipes.mjs).
const SKIPPED_KINDS = {
  'too-many-accounts': /takes 10 accounts, and this would make 12/,
  'no-template': /Rosco's default template/,
  'template-without-slots': /aws-ebs\.json/,
};

let sandbox;
let manifest;
let originals;
let stalePipeline;

const originalOf = (id) => originals.find((pipeline) => pipeline.id === id);
const stored = (id) => sandbox.gate.pipelines.find((pipeline) => pipeline.id === id);
// Rosco reads share_with/copy_to and their numbered slots; every other key is the stage's own.
const SHARE_KEY = /^(share_with|copy_to)(_[1-9][0-9]*)?$/;
const otherKeys = (attributes) => Object.entries(attributes).filter(([key]) => !SHARE_KEY.test(key));
const listOf = (attributes, list) =>
  Object.entries(attributes)
    .filter(([key]) => SHARE_KEY.test(key) && key.startsWith(list))
    .flatMap(([, value]) => String(value).split(','))
    .map((value) => value.trim())
    .sort();
const withoutUpdate = ({ updateTs, lastModifiedBy, ...pipeline }) => (void updateTs, void lastModifiedBy, pipeline);

before(async () => {
  // Chosen before the sandbox starts, from what the generator makes: a pipeline in another application with a stage
  // the change can go into.
  const { generateReviewFixtures } = await import('../sandbox/fixtures/generate.mjs');
  const planned = generateReviewFixtures({ everyPipelineShares: true });
  stalePipeline = planned.manifest.listed.find(
    (entry) =>
      entry.application !== REFUSED_APPLICATION && !(entry.kind in SKIPPED_KINDS) && entry.pipelineId.endsWith('-2'),
  ).pipelineId;
  sandbox = await openSandbox({
    reviewFixtures: { everyPipelineShares: true },
    saveFaults: { stalePipelines: [stalePipeline], refusedApplications: [REFUSED_APPLICATION] },
  });
  manifest = sandbox.gate.reviewManifest;
  originals = structuredClone(sandbox.gate.pipelines);
});

after(async () => {
  await sandbox?.close();
});

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('an account is onboarded in 120 pipelines of 24 applications, one stale and one application refused, and reverted', async () => {
  const { page, gate } = sandbox;
  const listed = manifest.listed;
  const pipelineIds = new Set(listed.map((entry) => entry.pipelineId));
  assert.equal(pipelineIds.size, 120);
  assert.equal(new Set(listed.map((entry) => entry.application)).size, 24);
  const changing = listed.filter((entry) => !(entry.kind in SKIPPED_KINDS));
  const saving = new Set(changing.map((entry) => entry.pipelineId));
  const refused = [...saving].filter((id) => originalOf(id).application === REFUSED_APPLICATION);

  await page.goto(`${gate.url}/#/bake-share/review`);
  await page
    .getByRole('button', { name: `Select all ${listed.length} matching the filters` })
    .click({ timeout: 30000 });
  await page.getByText(`${listed.length} stages selected.`).waitFor();
  await page.getByRole('button', { name: 'Change the selected stages' }).click();
  await page.getByLabel('AWS account IDs to share with').fill('1212 1212 121');
  await page.getByRole('button', { name: `Preview the change to ${listed.length} stages` }).click();
  const accountsBox = page.getByLabel('AWS account IDs to share with');
  const error = page.locator(`#${await accountsBox.getAttribute('aria-describedby')}`);
  assert.equal(await error.innerText(), 'Give one or more 12-digit AWS account IDs.');
  assert.equal(await accountsBox.getAttribute('aria-invalid'), 'true');
  assert.equal(await accountsBox.inputValue(), '1212 1212 121', 'what was typed stays');
  await page.getByLabel('AWS account IDs to share with').fill(NEW_ACCOUNT);
  await page.getByRole('button', { name: `Preview the change to ${listed.length} stages` }).click();

  const preview = page.getByRole('region', { name: 'Preview of the change' });
  const applications = new Set([...saving].map((id) => originalOf(id).application)).size;
  await preview
    .getByText(
      `${saving.size} pipelines in ${applications} applications to save: ${changing.length} stages change, ${listed.length - changing.length} skipped.`,
      { exact: false },
    )
    .waitFor();
  for (const [kind, reason] of Object.entries(SKIPPED_KINDS)) {
    const entry = listed.find((candidate) => candidate.kind === kind);
    const line = preview
      .locator('li')
      .filter({ has: page.getByRole('link', { name: entry.pipelineName, exact: true }) })
      .filter({ hasText: new RegExp(`^${entry.application} /`) });
    assert.match(await line.innerText(), reason, kind);
  }
  await screenshot(page, 'bulk-preview.png');

  // Someone saves another pipeline after the preview: bake-share's own read before the save sees it.
  const editedElsewhere = [...saving].find(
    (id) =>
      id !== stalePipeline &&
      !refused.includes(id) &&
      originalOf(id).application !== originalOf(stalePipeline).application,
  );
  Object.assign(stored(editedElsewhere), { updateTs: '1700000000000', lastModifiedBy: 'ana' });
  const saved = gate.savedPipelines.length;
  await page.getByRole('button', { name: `Save ${saving.size} pipelines` }).click();
  const result = page.getByRole('region', { name: `Share with ${NEW_ACCOUNT}` });
  const skippedPipelines = pipelineIds.size - saving.size;
  const done = `${pipelineIds.size} of ${pipelineIds.size} pipelines answered, ${saving.size - refused.length - 2} saved, ${skippedPipelines} skipped, 2 stale, ${refused.length} refused.`;
  await result.getByText(done).waitFor({ timeout: 60000 });
  assert.equal(gate.savedPipelines.length - saved, saving.size - refused.length - 2);

  // Each saved body is the pipeline as Gate gave it, with the new account added to the changed stages only.
  for (const body of gate.savedPipelines.slice(saved)) {
    const original = originalOf(body.id);
    // Saved at all means it carried the updateTs the fixture Gate held: its stale check refuses any other.
    assert.deepEqual(Object.keys(body), Object.keys(original));
    body.stages.forEach((stage, index) => {
      const before = original.stages[index];
      if (!before.extendedAttributes) return assert.deepEqual(stage, before);
      const { extendedAttributes, ...rest } = stage;
      assert.deepEqual(
        { ...rest, extendedAttributes: before.extendedAttributes },
        before,
        `${body.id} stage ${index}: only the share keys change`,
      );
      assert.deepEqual(otherKeys(extendedAttributes), otherKeys(before.extendedAttributes));
      assert.deepEqual(listOf(extendedAttributes, 'copy_to'), listOf(before.extendedAttributes, 'copy_to'));
      const accounts = listOf(before.extendedAttributes, 'share_with');
      const now = listOf(extendedAttributes, 'share_with');
      assert.ok(
        now.every((account) => account === NEW_ACCOUNT || accounts.includes(account)),
        `${body.id} ${index}`,
      );
      assert.ok(
        accounts.every((account) => now.includes(account)),
        `${body.id} ${index}`,
      );
    });
    assert.ok(JSON.stringify(body.stages).includes(NEW_ACCOUNT), body.id);
  }
  assert.ok(refused.every((id) => !gate.savedPipelines.slice(saved).some((body) => body.id === id)));

  const staleRow = (id) =>
    result
      .getByRole('row', { name: new RegExp(`^${originalOf(id).application} / ${originalOf(id).name}`) })
      .filter({ has: page.locator('.label', { hasText: /^stale$/ }) });
  // Gate's stale check (Front50 holds a newer updateTs by the time the save arrives) and bake-share's own.
  assert.match(await staleRow(stalePipeline).innerText(), /The submitted pipeline is stale\./);
  assert.match(await staleRow(editedElsewhere).innerText(), /it was saved by ana since it was read/);
  for (const id of [stalePipeline, editedElsewhere]) {
    await staleRow(id)
      .getByRole('button', { name: /Read again and retry/ })
      .click();
    await staleRow(id).waitFor({ state: 'detached' });
    assert.ok(JSON.stringify(stored(id).stages).includes(NEW_ACCOUNT), id);
    assert.notEqual(stored(id).updateTs, '1700000000000', 'saved over the copy read again');
  }
  await result
    .getByText(`${saving.size - refused.length} saved, ${skippedPipelines} skipped, ${refused.length} refused.`, {
      exact: false,
    })
    .waitFor();
  await screenshot(page, 'bulk-result.png');

  const json = await download(page, 'Download the change record (JSON)');
  assert.equal(json.name, 'bake-share-change.json');
  const record = JSON.parse(json.text);
  assert.equal(record.change, `Share with ${NEW_ACCOUNT}`);
  assert.equal(record.entries.length, listed.length);
  const outcomes = record.entries.reduce(
    (counts, entry) => ({ ...counts, [entry.outcome]: (counts[entry.outcome] ?? 0) + 1 }),
    {},
  );
  const refusedStages = changing.filter((entry) => refused.includes(entry.pipelineId)).length;
  assert.deepEqual(outcomes, {
    saved: changing.length - refusedStages,
    refused: refusedStages,
    skipped: listed.length - changing.length,
  });
  for (const entry of record.entries.filter((candidate) => candidate.outcome === 'saved')) {
    assert.ok(Object.values(entry.after).includes(NEW_ACCOUNT) && entry.user && !Number.isNaN(Date.parse(entry.time)));
  }
  const csv = await download(page, 'Download the change record (CSV)');
  assert.equal(
    csv.text.split('\r\n')[0],
    'Application,Pipeline,Pipeline ID,Stage,Stage refId,Before,After,Outcome,Reason,Time,User',
  );
  assert.equal(csv.text.trimEnd().split('\r\n').length, listed.length + 1);

  // An edit made since the change is kept: that pipeline's revert is refused, the others go back as Gate had them.
  const edited = [...saving].find((id) => id !== stalePipeline && !refused.includes(id));
  const editedStage = stored(edited).stages.findIndex((stage) => JSON.stringify(stage).includes(NEW_ACCOUNT));
  stored(edited).stages[editedStage].extendedAttributes.share_with_9 = '343434343434';
  const reverting = saving.size - refused.length;
  await page.getByRole('button', { name: `Revert this change in the ${reverting} saved pipelines` }).click();
  const revert = page.getByRole('region', { name: `Revert: Share with ${NEW_ACCOUNT}` });
  await revert
    .getByText(`${reverting} of ${reverting} pipelines answered, ${reverting - 1} saved, 1 stale.`)
    .waitFor({ timeout: 60000 });
  for (const id of saving) {
    if (refused.includes(id)) continue;
    if (id === edited) {
      assert.equal(stored(id).stages[editedStage].extendedAttributes.share_with_9, '343434343434');
      continue;
    }
    assert.deepEqual(withoutUpdate(stored(id)), withoutUpdate(originalOf(id)), `${id} is back as it was`);
  }
  const revertRecord = JSON.parse((await download(page, 'Download the revert record (JSON)')).text);
  assert.equal(
    revertRecord.entries.filter((entry) => entry.outcome === 'saved').length,
    changing.length - refusedStages - 1,
  );
  // Chromium logs each refused save (HTTP 400) itself; nothing else may be logged.
  assert.deepEqual(
    sandbox.consoleErrors.filter((line) => !/status of 400 \(Bad Request\)/.test(line)),
    [],
  );
});
