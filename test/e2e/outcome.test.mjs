import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EXECUTION_IDS, FIXTURE_IMAGES, OUTSIDE_ACCOUNT_ID } from '../sandbox/fixtures/executions.mjs';
import { openSandbox, screenshot, waitFor } from './sandbox.mjs';

const OUTCOME_REQUEST = /^\/(images|bakery\/logs)\//;

const detailsUrl = (gate, key) =>
  `${gate.url}/#/applications/demo/executions/details/${EXECUTION_IDS[key]}?stage=0&step=0&details=bakeConfig`;

const sharingButton = (page) => page.getByRole('button', { name: 'Sharing' });
const section = (page) => page.locator('.bake-share-outcome');
const outcomeRequests = (sandbox) => sandbox.requests.filter((path) => OUTCOME_REQUEST.test(path));

// Opens a run's bake details as Deck shows them (the region's step), checks Deck's own details are there, and
// opens the Sharing section unless it is open already.
async function openSharing(page, gate, key) {
  await page.goto(detailsUrl(gate, key));
  await page.locator('.stage-details').getByText('Bake in us-east-1').waitFor({ timeout: 30000 });
  const button = sharingButton(page);
  await button.waitFor();
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await section(page).waitFor();
}

function visibilityCell(page, accountId, column) {
  return page.locator('table.bake-share-visibility tbody tr', { hasText: accountId }).locator('td').nth(column);
}

describe('the Sharing section with every answer available', () => {
  let sandbox;
  let page;

  before(async () => {
    sandbox = await openSandbox();
    page = sandbox.page;
  });

  after(async () => {
    await sandbox?.close();
  });

  test("Deck's own bake details stay, and nothing is asked before the section opens", async () => {
    await page.goto(detailsUrl(sandbox.gate, 'shared'));
    const details = page.locator('.stage-details');
    await details.getByText('Bake in us-east-1').waitFor({ timeout: 30000 });
    await details.locator('dd', { hasText: FIXTURE_IMAGES.bakedAmi }).first().waitFor();
    await details.getByRole('link', { name: 'View Bakery Details' }).waitFor();
    assert.equal(await sharingButton(page).getAttribute('aria-expanded'), 'false');
    assert.deepEqual(outcomeRequests(sandbox), []);

    await details.getByText('Task Status', { exact: true }).click();
    await details
      .locator('execution-step-details')
      .getByText(/create bake/i)
      .first()
      .waitFor();
    assert.ok(await sharingButton(page).isVisible(), 'the section follows the Task Status tab too');
    assert.deepEqual(outcomeRequests(sandbox), []);
    await details.getByText('Bake Config', { exact: true }).click();
  });

  test('a run that shared with two Spinnaker accounts and one outside ID, and copied to one region', async () => {
    await openSharing(page, sandbox.gate, 'shared');
    const facts = section(page);
    await facts.getByText('Checked 4 of 4 account views.').waitFor();
    await screenshot(page.locator('.stage-details'), 'outcome-shared.png');

    const asked = await facts.locator('.bake-share-asked-for').innerText();
    assert.match(asked, /Template\s+aws-multi-ebs\.json/);
    assert.match(asked, /222222222222 \(staging\)/);
    assert.match(asked, /012345678901 \(dev\)/);
    assert.match(asked, new RegExp(`${OUTSIDE_ACCOUNT_ID} \\(not a Spinnaker account\\)`));
    assert.match(asked, /Copied to\s+eu-west-1/);

    const amis = await facts.locator('table.bake-share-region-amis tbody tr').allInnerTexts();
    assert.deepEqual(
      amis.map((row) => row.replace(/\s+/g, ' ').trim()),
      [
        `us-east-1 (baked) ${FIXTURE_IMAGES.bakedAmi} this stage's result`,
        `eu-west-1 (copy) ${FIXTURE_IMAGES.copiedAmi} the bake log`,
      ],
    );

    assert.match(await visibilityCell(page, '222222222222', 0).innerText(), /^\s*Visible/);
    assert.match(await visibilityCell(page, '222222222222', 1).innerText(), /^\s*Visible/);
    assert.match(await visibilityCell(page, '012345678901', 0).innerText(), /^\s*Visible/);
    assert.match(await visibilityCell(page, '012345678901', 1).innerText(), /Not visible yet/);
    assert.match(await visibilityCell(page, OUTSIDE_ACCOUNT_ID, 0).innerText(), /does not manage this account/);

    // Clouddriver is asked by account name, once per account and AMI; the outside account is never asked about.
    const imageRequests = sandbox.requests.filter((path) => path.startsWith('/images/'));
    assert.deepEqual([...imageRequests].sort(), [
      `/images/dev/eu-west-1/${FIXTURE_IMAGES.copiedAmi}`,
      `/images/dev/us-east-1/${FIXTURE_IMAGES.bakedAmi}`,
      `/images/staging/eu-west-1/${FIXTURE_IMAGES.copiedAmi}`,
      `/images/staging/us-east-1/${FIXTURE_IMAGES.bakedAmi}`,
    ]);
    assert.equal(sandbox.requests.filter((path) => path.startsWith('/bakery/logs/')).length, 1);
  });

  test('answers are kept for the page, and Check again asks Clouddriver afresh', async () => {
    const before = outcomeRequests(sandbox).length;
    await openSharing(page, sandbox.gate, 'failed');
    await openSharing(page, sandbox.gate, 'shared');
    await section(page).getByText('Checked 4 of 4 account views.').waitFor();
    const afterReopen = outcomeRequests(sandbox).length;
    assert.equal(
      afterReopen - before,
      1,
      "reopening the shared run asks nothing again (the failed run's log is the one new read)",
    );

    await section(page).getByRole('button', { name: 'Check again' }).click();
    await section(page).getByText('Checked 4 of 4 account views.').waitFor();
    await waitFor(() => outcomeRequests(sandbox).length === afterReopen + 4);
  });

  test('a reused bake says its sharing may predate the run, and shows the account that cannot see it', async () => {
    await openSharing(page, sandbox.gate, 'reused');
    const facts = section(page);
    await facts.getByText(/Checked \d+ of 6 account views\./).waitFor();
    await screenshot(page.locator('.stage-details'), 'outcome-reused.png');
    const note = facts.locator('.bake-share-reused');
    assert.match(await note.innerText(), new RegExp(`Rosco reused an earlier bake \\(${FIXTURE_IMAGES.bakedAmi}\\)`));
    assert.match(await note.innerText(), /Rebake/);
    assert.equal(
      await note.getByRole('link', { name: /pipeline's configuration/ }).getAttribute('href'),
      '#/applications/demo/executions/configure/bake-demo-pipeline',
    );
    assert.match(await visibilityCell(page, '111111111111', 0).innerText(), /Not visible yet/);
    assert.match(await visibilityCell(page, '111111111111', 1).innerText(), /Not visible yet/);
  });

  test('a failed bake names the empty default account and links the setup page', async () => {
    await openSharing(page, sandbox.gate, 'failed');
    const failure = section(page).locator('.bake-share-failure');
    await failure.getByText(/SPINNAKER_AWS_DEFAULT_ACCOUNT/).waitFor();
    await screenshot(page.locator('.stage-details'), 'outcome-failed.png');
    assert.match(await failure.innerText(), /Invalid attribute item value " " for userId item type/);
    assert.equal(
      await failure.getByRole('link', { name: "Open bake-share's Rosco setup" }).getAttribute('href'),
      '#/bake-share/setup',
    );
    assert.equal(await section(page).locator('table.bake-share-visibility').count(), 0);
  });

  test('a running bake waits, and asks nothing yet', async () => {
    const before = outcomeRequests(sandbox).length;
    await openSharing(page, sandbox.gate, 'running');
    await section(page)
      .getByText(/Still baking/)
      .waitFor();
    await screenshot(page.locator('.stage-details'), 'outcome-running.png');
    assert.equal(outcomeRequests(sandbox).length, before);
  });

  test('Deck logs no errors of its own or of the plugin', () => {
    const unexpected = sandbox.consoleErrors.filter((line) => !/the server responded with a status of 404/.test(line));
    assert.deepEqual(unexpected, []);
  });
});

describe('the Sharing section when answers are missing or slow', () => {
  test("no bake log (Rosco's expired): the copy is found by Clouddriver's image search", async () => {
    const sandbox = await openSandbox({ bakeLogs: 'missing' });
    try {
      const { page, gate } = sandbox;
      await openSharing(page, gate, 'shared');
      const facts = section(page);
      await facts.getByText('Checked 4 of 4 account views.').waitFor();
      const amis = await facts.locator('table.bake-share-region-amis tbody tr').allInnerTexts();
      assert.match(
        amis[1],
        new RegExp(`eu-west-1 \\(copy\\)\\s+${FIXTURE_IMAGES.copiedAmi}\\s+Clouddriver's image search`),
      );
      assert.ok(sandbox.requests.includes('/images/find'));
    } finally {
      await sandbox.close();
    }
  });

  test('a hanging Clouddriver: the requests under way are cancelled when the details close', async () => {
    const sandbox = await openSandbox({ bakeLogs: 'missing', images: 'hang', imagesHangMs: 60000 });
    try {
      const { page, gate } = sandbox;
      const aborted = [];
      page.on('requestfailed', (request) => aborted.push(new URL(request.url()).pathname));
      await openSharing(page, gate, 'shared');
      await section(page).getByText('Searching…').first().waitFor();
      await waitFor(() => sandbox.requests.includes('/images/find'));
      await page.goto(`${gate.url}/#/applications/demo/executions`);
      await waitFor(() => aborted.includes('/images/find'));
    } finally {
      await sandbox.close();
    }
  });

  test('Gate failing: the log and Clouddriver answer 500, and the section says what it could not check', async () => {
    const sandbox = await openSandbox({ bakeLogs: 'fail', images: 'fail' });
    try {
      const { page, gate } = sandbox;
      await openSharing(page, gate, 'shared');
      const facts = section(page);
      await facts.getByText('Checked 2 of 2 account views.').waitFor();
      const amis = await facts.locator('table.bake-share-region-amis tbody tr').allInnerTexts();
      assert.match(amis[1], /Not found: neither the bake log nor the image search names it/);
      assert.match(
        await visibilityCell(page, '222222222222', 0).innerText(),
        /Could not check: Gate answered HTTP 500/,
      );
      assert.match(await visibilityCell(page, '222222222222', 1).innerText(), /No AMI to check/);
    } finally {
      await sandbox.close();
    }
  });

  test('with latency, a region has no answer until it arrives', async () => {
    const sandbox = await openSandbox({ latencyMs: 400 });
    try {
      const { page, gate } = sandbox;
      await openSharing(page, gate, 'shared');
      await section(page).getByText('Checking…').first().waitFor();
      await section(page).getByText('Checked 4 of 4 account views.').waitFor({ timeout: 20000 });
    } finally {
      await sandbox.close();
    }
  });
});
