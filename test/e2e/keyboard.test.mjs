import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BAKE_FORM, openBakeStage, openSandbox, screenshot, waitFor } from './sandbox.mjs';

// Keyboard only: after one focus() on Deck's first field, every move is Tab, Shift+Tab, typing, Space or Enter.
let sandbox;
let page;

const panel = () => page.locator('.bake-share-panel');
const chosenAccounts = () => panel().getByRole('list', { name: 'Chosen accounts' }).locator('li.bake-share-value');
const chosenRegions = () => panel().getByRole('list', { name: 'Chosen copy regions' });

// What has the focus, in the words a test needs: tag, type, role, accessible name (roughly), and where it sits.
function focused() {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'body', name: '', inPanel: false };
    const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const name =
      element.getAttribute('aria-label') ||
      labelledBy ||
      Array.from(element.labels ?? [], (label) => label.textContent).join(' ') ||
      element.textContent ||
      '';
    return {
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type') ?? '',
      role: element.getAttribute('role') ?? '',
      id: element.id,
      name: name.replace(/\s+/g, ' ').trim(),
      activeDescendant: element.getAttribute('aria-activedescendant') ?? '',
      inPanel: Boolean(element.closest('.bake-share-panel')),
    };
  });
}

const describe = (info) => `<${info.tag}${info.role ? ` role=${info.role}` : ''}> "${info.name.slice(0, 60)}"`;

// Presses Tab (or Shift+Tab) until the focused element satisfies `predicate`, at most `max` times.
async function tabUntil(predicate, { backwards = false, max = 60, what = 'the wanted element' } = {}) {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const visited = [];
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(key);
    const info = await focused();
    if (predicate(info)) return info;
    visited.push(describe(info));
  }
  throw new Error(`${max} presses of ${key} never reached ${what}; the focus went through:\n${visited.join('\n')}`);
}

const isShareToggle = (info) => info.inPanel && info.type === 'checkbox' && /Share the baked AMI/.test(info.name);
const isCombobox = (name) => (info) => info.inPanel && info.role === 'combobox' && info.name === name;
const isButton = (name) => (info) => info.inPanel && info.tag === 'button' && info.name === name;

async function shareAttributes() {
  const attributes = await page.evaluate(() => {
    const input = document.querySelector('input[ng-model="stage.package"]');
    return JSON.parse(JSON.stringify(window.angular.element(input).scope().stage.extendedAttributes ?? {}));
  });
  return Object.fromEntries(Object.entries(attributes).filter(([key]) => /^(share_with|copy_to)/.test(key)));
}

before(async () => {
  sandbox = await openSandbox();
  page = sandbox.page;
  const form = await openBakeStage(page, sandbox.gate.url);
  await panel().waitFor();
  await form.locator('input[ng-model="stage.package"]').focus();
});

after(async () => {
  await sandbox?.close();
});

test('an author shares, pastes, copies, undoes and saves with the keyboard alone', async () => {
  await tabUntil(isShareToggle, { what: 'the "Share the baked AMI…" checkbox' });
  await page.keyboard.press('Space');
  await panel().getByRole('combobox', { name: 'Accounts' }).waitFor();

  await tabUntil(isCombobox('Accounts'), { max: 10, what: 'the Accounts combobox' });
  await page.keyboard.type('pro');
  await page.keyboard.press('ArrowDown');
  const highlighted = await focused();
  assert.ok(highlighted.activeDescendant, 'ArrowDown highlights no option (aria-activedescendant is empty)');
  const option = page.locator(`[id="${highlighted.activeDescendant}"]`);
  assert.equal(await option.getAttribute('role'), 'option');
  assert.match(await option.innerText(), /prod/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('333333333333');
  await page.keyboard.press('Enter');
  assert.deepEqual(await shareAttributes(), { share_with_1: '111111111111', share_with_2: '333333333333' });
  assert.ok(isCombobox('Accounts')(await focused()), 'the focus left the Accounts box after Enter');

  await tabUntil(isButton('Paste a list of account IDs'), { max: 10, what: '"Paste a list of account IDs"' });
  await page.keyboard.press('Enter');
  await waitFor(async () => (await focused()).tag === 'textarea');
  const pasteBox = await focused();
  assert.ok(pasteBox.inPanel && /Paste account IDs/.test(pasteBox.name), `the focus is on ${describe(pasteBox)}`);
  await page.keyboard.type('444444444444 555555555555');
  await tabUntil(isButton('Add these accounts'), { max: 3, what: '"Add these accounts"' });
  await page.keyboard.press('Enter');
  await waitFor(async () => isButton('Paste a list of account IDs')(await focused()));
  assert.equal(await chosenAccounts().count(), 4);

  await tabUntil(isCombobox('Copy to regions'), { max: 15, what: 'the Copy to regions combobox' });
  await page.keyboard.type('eu-west-1');
  await page.keyboard.press('Enter');
  await chosenRegions().getByText('eu-west-1').waitFor();
  assert.equal((await shareAttributes()).copy_to_1, 'eu-west-1');

  await tabUntil(isButton('Remove eu-west-1'), { backwards: true, max: 5, what: '"Remove eu-west-1"' });
  await page.keyboard.press('Enter');
  await chosenRegions().waitFor({ state: 'detached' });
  const afterRemove = await focused();
  assert.notEqual(afterRemove.tag, 'body', 'removing the last region dropped the focus to <body>');
  assert.ok(
    afterRemove.inPanel,
    `removing the last region moved the focus out of the panel, to ${describe(afterRemove)}`,
  );
  assert.equal((await shareAttributes()).copy_to_1, undefined);

  await tabUntil(isShareToggle, { backwards: true, max: 30, what: 'the share checkbox' });
  await page.keyboard.press('Space');
  await waitFor(async () => Object.keys(await shareAttributes()).length === 0);
  await page.keyboard.press('Space');
  await waitFor(async () => Object.keys(await shareAttributes()).length === 4);
  assert.equal(await chosenAccounts().count(), 4);
  assert.equal(await chosenRegions().count(), 0);

  const saves = sandbox.gate.savedPipelines.length;
  await tabUntil((info) => info.tag === 'button' && info.name === 'Save Changes', {
    backwards: true,
    max: 200,
    what: 'Deck\'s "Save Changes" button',
  });
  await page.keyboard.press('Enter');
  await waitFor(() => sandbox.gate.savedPipelines.length === saves + 1);
  const bake = sandbox.gate.savedPipelines.at(-1).stages.find((stage) => stage.type === 'bake');
  assert.equal(bake.templateFileName, 'aws-multi-ebs.json');
  assert.deepEqual(bake.extendedAttributes, {
    aws_vpc_id: 'vpc-0abc1234',
    share_with_1: '111111111111',
    share_with_2: '333333333333',
    share_with_3: '444444444444',
    share_with_4: '555555555555',
  });
  await page.locator(BAKE_FORM).waitFor();
  await screenshot(panel(), 'keyboard-share.png');
});

test('the keyboard run causes no console errors', () => {
  assert.deepEqual(sandbox.consoleErrors, []);
});
