import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { repoRoot } from '../../scripts/plugin-identity.mjs';
import { BAKE_FORM, openBakeStage, openSandbox, saveAndReadBakeStage, screenshot } from './sandbox.mjs';

let sandbox;
let page;

const ORGANIZATION = 'arn:aws:organizations::111122223333:organization/o-exampleorgid';
const UNIT = 'arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-cd34ef56';
const BAKE_KEY = 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const COPY_KEY = 'alias/bake-share-images';

const panel = () => page.locator('.bake-share-panel');
const deckTemplate = () => page.locator(BAKE_FORM).locator('input[ng-model="stage.templateFileName"]');

before(async () => {
  sandbox = await openSandbox();
  page = sandbox.page;
  // Leaving a pipeline with unsaved changes asks first; the setup test leaves whatever the tests before left.
  page.on('dialog', (dialog) => dialog.accept());
  await openBakeStage(page, sandbox.gate.url);
  await panel().getByLabel('Share the baked AMI with other AWS accounts and copy it to other regions').check();
});

after(async () => {
  await sandbox?.close();
});

test('an organization pasted among the accounts moves to its list, and the stage to the companion template', async () => {
  await panel().getByRole('combobox', { name: 'Accounts' }).fill('111111111111');
  await panel().getByRole('combobox', { name: 'Accounts' }).press('Enter');
  await panel().getByRole('button', { name: 'Paste a list of account IDs' }).click();
  await panel()
    .getByRole('textbox', { name: /Paste account IDs/ })
    .fill(`${ORGANIZATION}\n012345678901`);
  await panel().getByRole('button', { name: 'Add these accounts' }).click();

  await panel()
    .getByText(/needs bake-share's companion template bake-share-ebs.json/)
    .waitFor();
  await panel().getByRole('button', { name: 'Move the ARN to Organizations and OUs' }).click();

  const organizations = panel().getByRole('textbox', { name: 'Organizations and OUs' });
  await organizations.waitFor();
  assert.equal(await deckTemplate().inputValue(), 'bake-share-ebs.json');
  await panel()
    .getByText(/cannot take 1 organization \(it takes 0\)/)
    .waitFor();
  await organizations.fill(UNIT);
  await organizations.press('Enter');
  await panel().getByText('1 of 5 organizations, 1 of 20 OUs').waitFor();
});

test('encryption asks for a key per region, refuses the AWS-managed key, and Save writes the companion keys', async () => {
  const regions = panel().getByRole('combobox', { name: 'Copy to regions' });
  await regions.fill('eu-west-1');
  await regions.press('Enter');
  await panel()
    .getByRole('checkbox', { name: /Encrypt the image and its copies/ })
    .check();
  assert.equal(await deckTemplate().inputValue(), 'bake-share-ebs-kms.json');
  assert.equal(
    await panel()
      .getByRole('checkbox', { name: /Also share the snapshots/ })
      .isChecked(),
    true,
  );

  const copyKey = panel().getByRole('textbox', { name: /KMS key for eu-west-1/ });
  await copyKey.fill('alias/aws/ebs');
  await panel()
    .getByText(/is the AWS-managed EBS key, which cannot be shared/)
    .waitFor();
  assert.equal(await copyKey.getAttribute('aria-invalid'), 'true');
  await copyKey.fill(COPY_KEY);
  await panel()
    .getByRole('textbox', { name: /KMS key for us-east-1/ })
    .fill(BAKE_KEY);
  await panel().getByText(`eu-west-1 → ${COPY_KEY}`).waitFor();
  await page.setViewportSize({ width: 1400, height: 1900 });
  await screenshot(panel(), 'companion-panel.png');

  const bake = await saveAndReadBakeStage(page, sandbox.gate);
  assert.equal(bake.templateFileName, 'bake-share-ebs-kms.json');
  assert.deepEqual(bake.extendedAttributes, {
    aws_vpc_id: 'vpc-0abc1234',
    share_with_1: '111111111111',
    share_with_2: '012345678901',
    copy_to_1: 'eu-west-1',
    share_with_org_1: ORGANIZATION,
    share_with_ou_1: UNIT,
    'kms_key_us-east-1': BAKE_KEY,
    'kms_key_eu-west-1': COPY_KEY,
  });
});

test('the setup page offers the templates of this release from beside the plugin, with install snippets', async () => {
  await page.goto(`${sandbox.gate.url}/#/bake-share/setup`);
  await page.getByLabel('SPINNAKER_AWS_DEFAULT_ACCOUNT').waitFor({ timeout: 30000 });
  const downloads = page.getByRole('list', { name: 'Companion template files' }).getByRole('link');
  await downloads.first().waitFor();
  assert.equal(await downloads.count(), 4);
  const href = await page.getByRole('link', { name: 'bake-share-ebs.json' }).getAttribute('href');
  const served = await page.evaluate((url) => fetch(url).then((response) => response.text()), href);
  assert.equal(served, await readFile(path.join(repoRoot, 'rosco-templates', 'bake-share-ebs.json'), 'utf8'));

  const operator = page.getByRole('region', { name: 'Spinnaker Operator: companion templates' });
  await operator.waitFor();
  assert.match(await operator.locator('code').textContent(), /profiles__rosco__packer__bake-share-ebs-kms\.json: \|/);
  await page.getByRole('textbox', { name: 'Accounts and organizations' }).fill(`012345678901 ${ORGANIZATION}`);
  const policy = page.getByRole('region', { name: 'KMS key policy statements' });
  assert.match(await policy.locator('code').textContent(), /"aws:PrincipalOrgID": \[\s*"o-exampleorgid"\s*\]/);
  await screenshot(page.getByRole('region', { name: 'Companion templates', exact: true }), 'companion-setup.png');
  assert.deepEqual(sandbox.consoleErrors, []);
});
