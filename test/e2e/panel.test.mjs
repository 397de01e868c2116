import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BAKE_FORM, openBakeStage, openSandbox, saveAndReadBakeStage, screenshot, waitFor } from './sandbox.mjs';

let sandbox;
let page;

const panel = () => page.locator('.bake-share-panel');
const chosenAccounts = () => panel().getByRole('list', { name: 'Chosen accounts' }).locator('li');
const saveButton = () => page.getByRole('button', { name: 'Save Changes' });
const deckForm = () => page.locator(BAKE_FORM);

const savedBakeStage = () => saveAndReadBakeStage(page, sandbox.gate);

async function attributeInput(key) {
  const row = deckForm().locator('tr', { has: page.locator('td', { hasText: new RegExp(`^\\s*${key}\\s*$`) }) });
  return row.locator('input[ng-model="stage.extendedAttributes[key]"]');
}

before(async () => {
  sandbox = await openSandbox();
  page = sandbox.page;
  await openBakeStage(page, sandbox.gate.url);
});

after(async () => {
  await sandbox?.close();
});

test('an author shares the AMI with four accounts and a copy region, and Save writes it', async () => {
  await panel().getByLabel('Share the baked AMI with other AWS accounts and copy it to other regions').check();
  const search = panel().getByRole('combobox', { name: 'Accounts' });
  await search.fill('prod');
  await panel().getByRole('option', { name: /prod/ }).click();
  await search.fill('012345678901');
  await search.press('Enter');
  await panel().getByRole('button', { name: 'Paste a list of account IDs' }).click();
  await panel()
    .getByRole('textbox', { name: /Paste account IDs/ })
    .fill('333333333333,\n4444-4444-4444');
  await panel().getByRole('button', { name: 'Add these accounts' }).click();
  const regions = panel().getByRole('combobox', { name: 'Copy to regions' });
  await regions.fill('eu-west-1');
  await regions.press('Enter');
  assert.equal(await chosenAccounts().count(), 4);
  await panel().getByText('4 of 10 accounts').waitFor();
  await screenshot(panel(), 'share-panel.png');

  const bake = await savedBakeStage();
  assert.equal(bake.templateFileName, 'aws-multi-ebs.json');
  assert.deepEqual(bake.extendedAttributes, {
    aws_vpc_id: 'vpc-0abc1234',
    share_with_1: '111111111111',
    share_with_2: '012345678901',
    share_with_3: '333333333333',
    share_with_4: '444444444444',
    copy_to_1: 'eu-west-1',
  });
});

test('reopening the stage shows the same share settings', async () => {
  await page.reload();
  await openBakeStage(page, sandbox.gate.url);
  const labels = await chosenAccounts().allInnerTexts();
  assert.deepEqual(
    labels.map((text) => text.match(/\d{12}/)?.[0]),
    ['111111111111', '012345678901', '333333333333', '444444444444'],
  );
  assert.match(labels[0], /prod/);
  await panel().getByRole('list', { name: 'Chosen copy regions' }).getByText('eu-west-1').waitFor();
});

test("an edit in Deck's own Extended Attributes table shows in the panel", async () => {
  const input = await attributeInput('share_with_2');
  await input.fill('222222222222');
  await chosenAccounts().nth(1).getByText('staging').waitFor();
  assert.match(await chosenAccounts().nth(1).innerText(), /222222222222/);
});

test('an invalid ID stays in the box with its message beside it, and Deck refuses to save', async () => {
  const search = panel().getByRole('combobox', { name: 'Accounts' });
  await search.fill('12345678901');
  await search.press('Enter');
  await panel()
    .getByRole('alert')
    .filter({ hasText: /'12345678901' has 11 digits.*leading zero/ })
    .waitFor();
  assert.equal(await chosenAccounts().filter({ hasText: '12345678901' }).count(), 0);
  await waitFor(async () => await saveButton().isDisabled());
  await search.fill('');
  await waitFor(async () => !(await saveButton().isDisabled()));
});

test('switching sharing off removes the keys and restores the template', async () => {
  await panel().getByLabel('Share the baked AMI with other AWS accounts and copy it to other regions').uncheck();
  const templateInput = deckForm().locator('input[ng-model="stage.templateFileName"]');
  await waitFor(async () => (await templateInput.inputValue()) === '');
  const bake = await savedBakeStage();
  assert.equal(bake.templateFileName, undefined);
  assert.deepEqual(bake.extendedAttributes, { aws_vpc_id: 'vpc-0abc1234' });
});

test('the panel causes no console errors', () => {
  assert.deepEqual(sandbox.consoleErrors, []);
});
