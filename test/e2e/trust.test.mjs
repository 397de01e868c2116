import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { BAKE_FORM, openBakeStage, openSandbox, saveAndReadBakeStage, waitFor } from './sandbox.mjs';

// Each test opens the demo pipeline afresh and leaves it unsaved, or saves it back as it was.
let sandbox;
let page;

const panel = () => page.locator('.bake-share-panel');
const deckForm = () => page.locator(BAKE_FORM);
const shareToggle = () => panel().getByRole('checkbox', { name: /Share the baked AMI/ });
const accountBox = () => panel().getByRole('combobox', { name: 'Accounts' });
const regionBox = () => panel().getByRole('combobox', { name: 'Copy to regions' });
const chosen = (noun) =>
  panel()
    .getByRole('list', { name: `Chosen ${noun}` })
    .locator('li.bake-share-value');
const saveButton = () => page.getByRole('button', { name: 'Save Changes' });
const templateInput = () => deckForm().locator('input[ng-model="stage.templateFileName"]');

const savedBakeStage = () => saveAndReadBakeStage(page, sandbox.gate);

async function shareAttributes() {
  const attributes = await page.evaluate(() => {
    const input = document.querySelector('input[ng-model="stage.package"]');
    return JSON.parse(JSON.stringify(window.angular.element(input).scope().stage.extendedAttributes ?? {}));
  });
  return Object.fromEntries(Object.entries(attributes).filter(([key]) => /^(share_with|copy_to)/.test(key)));
}

// True when one of the elements the control names in aria-describedby holds the message.
async function describes(control, message) {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  return message.evaluate((element, ids) => ids.some((id) => document.getElementById(id)?.contains(element)), ids);
}

async function showAdvancedOptions() {
  if (!(await templateInput().isVisible())) {
    await deckForm().getByText('Show Advanced Options').click();
  }
  await templateInput().waitFor();
}

before(async () => {
  sandbox = await openSandbox();
  page = sandbox.page;
  // Deck asks before leaving a pipeline with unsaved changes.
  page.on('dialog', (dialog) => dialog.accept());
});

beforeEach(async () => {
  await page.goto('about:blank');
  await openBakeStage(page, sandbox.gate.url);
});

after(async () => {
  await sandbox?.close();
});

test("switching sharing off restores the template typed in Deck's form just before it was switched on", async () => {
  await showAdvancedOptions();
  await templateInput().fill('aws-chroot.json');
  await shareToggle().check();
  await waitFor(async () => (await templateInput().inputValue()) === 'aws-multi-chroot.json');
  await panel()
    .getByText(/the template is now 'aws-multi-chroot.json'/i)
    .waitFor();

  await shareToggle().uncheck();

  await waitFor(async () => (await templateInput().inputValue()) === 'aws-chroot.json');
  const bake = await savedBakeStage();
  assert.equal(bake.templateFileName, 'aws-chroot.json');
  await templateInput().fill('');
  await savedBakeStage();
});

test('a saved custom template, then aws-ebs.json typed: switching off brings back aws-ebs.json', async () => {
  await showAdvancedOptions();
  await templateInput().fill('my-custom.json');
  await savedBakeStage();
  await templateInput().fill('aws-ebs.json');
  await shareToggle().check();
  await waitFor(async () => (await templateInput().inputValue()) === 'aws-multi-ebs.json');

  await shareToggle().uncheck();

  await waitFor(async () => (await templateInput().inputValue()) === 'aws-ebs.json');
  await templateInput().fill('');
  await savedBakeStage();
});

test('arrow keys in the copy region picker move through the regions without adding any', async () => {
  await shareToggle().check();
  await regionBox().focus();
  await regionBox().press('ArrowDown');
  await regionBox().press('ArrowDown');
  await regionBox().press('ArrowDown');
  await regionBox().pressSequentially('eu');

  assert.deepEqual(await shareAttributes(), {});
  assert.equal(await panel().getByRole('list', { name: 'Chosen copy regions' }).count(), 0);

  await regionBox().fill('eu-west-2');
  await regionBox().press('Enter');
  assert.deepEqual(await shareAttributes(), { copy_to_1: 'eu-west-2' });
});

test('an ID typed but not added blocks Save and says so beside the box', async () => {
  await shareToggle().check();
  await accountBox().fill('333333333333');
  await accountBox().blur();

  const message = panel().getByText(/'333333333333' is typed in the account box but not added yet/);
  await message.waitFor();
  assert.equal(await accountBox().getAttribute('aria-invalid'), 'true');
  assert.ok(await describes(accountBox(), message));
  await waitFor(async () => await saveButton().isDisabled());

  await accountBox().press('Enter');
  await waitFor(async () => !(await saveButton().isDisabled()));
  const bake = await savedBakeStage();
  assert.equal(bake.extendedAttributes.share_with_1, '333333333333');
  await shareToggle().uncheck();
  assert.deepEqual((await savedBakeStage()).extendedAttributes, { aws_vpc_id: 'vpc-0abc1234' });
});

test('a click below a box that holds text lands, although leaving the box shows a message above it', async () => {
  await shareToggle().check();
  await accountBox().fill('333333333333');
  await panel().getByRole('button', { name: 'Paste a list of account IDs' }).click();

  await panel()
    .getByRole('textbox', { name: /Paste account IDs/ })
    .waitFor();
  await panel()
    .getByText(/'333333333333' is typed in the account box but not added yet/)
    .waitFor();
});

test('IDs left in the paste box block Save the same way', async () => {
  await shareToggle().check();
  await panel().getByRole('button', { name: 'Paste a list of account IDs' }).click();
  const pasteBox = panel().getByRole('textbox', { name: /Paste account IDs/ });
  await pasteBox.fill('444444444444 555555555555');
  await pasteBox.blur();

  await panel()
    .getByText(/The paste box still holds/)
    .waitFor();
  await waitFor(async () => await saveButton().isDisabled());
  await panel().getByRole('button', { name: 'Add these accounts' }).click();
  await waitFor(async () => !(await saveButton().isDisabled()));
  assert.deepEqual(await shareAttributes(), { share_with_1: '444444444444', share_with_2: '555555555555' });
});

test('switching sharing off and on again brings back the accounts and the region', async () => {
  await shareToggle().check();
  for (const id of ['111111111111', '222222222222', '333333333333']) {
    await accountBox().fill(id);
    await accountBox().press('Enter');
  }
  await regionBox().fill('eu-west-1');
  await regionBox().press('Enter');
  const shared = await shareAttributes();
  assert.equal(Object.keys(shared).length, 4);

  await shareToggle().press('Space');
  await waitFor(async () => Object.keys(await shareAttributes()).length === 0);
  await shareToggle().press('Space');

  await waitFor(async () => Object.keys(await shareAttributes()).length === 4);
  assert.deepEqual(await shareAttributes(), shared);
  assert.equal(await chosen('accounts').count(), 3);
});

test('Enter adds the highlighted suggestion, not the digits typed', async () => {
  await shareToggle().check();
  await accountBox().pressSequentially('2222');
  const highlighted = panel().getByRole('option', { selected: true });
  await highlighted.filter({ hasText: 'staging' }).waitFor();

  await accountBox().press('Enter');

  assert.deepEqual(await shareAttributes(), { share_with_1: '222222222222' });
});

test('an ID the panel refuses stays in the box with its message and never reaches the stage', async () => {
  await shareToggle().check();
  await accountBox().fill('1234567890123');
  await accountBox().press('Enter');

  assert.deepEqual(await shareAttributes(), {});
  assert.equal(await accountBox().inputValue(), '1234567890123');
  const message = panel().getByText(/'1234567890123' has 13 digits/);
  await message.waitFor();
  assert.ok(await describes(accountBox(), message));
  await waitFor(async () => await saveButton().isDisabled());
});

// WCAG 2.1 relative luminance and contrast ratio of two CSS rgb() colours.
function contrast(foreground, background) {
  const luminance = (color) => {
    const [r, g, b] = color
      .match(/\d+(\.\d+)?/g)
      .slice(0, 3)
      .map(Number)
      .map((channel) => {
        const value = channel / 255;
        return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

test('the suggestion list covers nothing below it, and the highlighted account ID is legible', async () => {
  await shareToggle().check();
  await accountBox().pressSequentially('s');
  const list = panel().getByRole('listbox', { name: 'Spinnaker AWS accounts' });
  await list.waitFor();
  await accountBox().press('ArrowDown');

  const listBox = await list.boundingBox();
  const pasteBox = await panel().getByRole('button', { name: 'Paste a list of account IDs' }).boundingBox();
  assert.ok(
    listBox.y + listBox.height <= pasteBox.y,
    `list ${JSON.stringify(listBox)}, paste ${JSON.stringify(pasteBox)}`,
  );
  const colours = await panel()
    .getByRole('option', { selected: true })
    .evaluate((option) => {
      const id = option.querySelector('a > span');
      return {
        text: getComputedStyle(id).color,
        background: getComputedStyle(option.querySelector('a')).backgroundColor,
      };
    });
  assert.ok(contrast(colours.text, colours.background) >= 4.5, JSON.stringify(colours));
});
