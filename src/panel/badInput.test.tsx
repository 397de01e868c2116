import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import type { IStage } from '@spinnaker/core';
import { reviewCsv } from '../admin/review/csv';
import type { ReviewRow } from '../admin/review/reviewRows';
import { reviewRow } from '../admin/review/testRows';
import {
  accountInput,
  bakeStage,
  consoleErrors,
  listAccountsWith,
  preparePanelTests,
  regionInput,
  renderPanel,
  shareToggle,
  templateInput,
} from './testing/renderPanel';

// Normalisations some rows expect, beyond what their names say:
// | input                                        | becomes                                                 |
// |----------------------------------------------|---------------------------------------------------------|
// | an ID typed or pasted in console spelling    | plain digits: '1234-5678-9012' → '123456789012'         |
// | an ID already listed, in any spelling        | not added a second time                                 |
// | a value with spaces or line breaks around it | trimmed when the panel next writes (SpEL kept as is)    |
// | comma form (share_with) next to numbered     | every value rewritten as numbered keys, comma first     |
// | a slot past the template's last              | renumbered from share_with_1 when the panel next writes |

const HOSTILE_NAME = '<img src=x onerror=window.__pwned=1>';
const SPINNAKER_ACCOUNTS = [
  { name: 'prod', accountId: '111111111111' },
  { name: 'dev', accountId: '012345678901' },
  { name: 'legacy', accountId: undefined },
  { name: HOSTILE_NAME, accountId: '444444444444' },
  { name: '555555555555', accountId: '666666666666' },
];

// Attributes the panel does not own; every row checks they survive each change byte for byte.
const UNRELATED = { aws_vpc_id: 'vpc-0abc1234', 'weird key': 'a\nb' };
const OWNED_KEY = /^(share_with|copy_to)(_[1-9][0-9]*)?$/;
// Added by stage rows so that the panel writes the stage at least once.
const WRITTEN_BY_PANEL = '909090909090';
const SPEL = '${trigger.parameters.accounts}';
const fiveRegions = ['us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1'];
const elevenAccounts = Array.from({ length: 11 }, (_, index) => String(100000000001 + index));
const fiftyAccounts = Array.from({ length: 50 }, (_, index) => String(100000000001 + index));

type Arrival = { typed: string } | { pasted: string } | { chosenRegion: string } | { typedTemplate: string } | 'stage';

type Field = 'Accounts' | 'Copy to regions' | 'Template' | 'attributes';

interface Message {
  field: Field;
  message: RegExp;
  // The chosen value whose row holds the message.
  beside?: string;
}

interface BadInputRow {
  name: string;
  arrives: Arrival;
  // Merged into a stage that already shares (multi template), bakes in us-east-1 and holds UNRELATED.
  stage?: { attributes?: Record<string, unknown>; templateFileName?: string; regions?: string[] };
  standalone?: boolean;
  // Errors block saving and are announced; warnings and notes inform.
  error?: Message;
  warning?: Message;
  note?: Message;
  // Accepted without any error: at most warnings or notes.
  noError?: boolean;
  // The share keys in the stage afterwards, exactly.
  writes?: Record<string, unknown>;
  templateFileName?: string;
  nothingAdded?: boolean;
  // Refused by the panel: kept where it was typed or pasted, with its message there, and never written.
  refused?: boolean;
  // The panel's own write is refused (the list is full, the value already listed), so nothing changes.
  writesNothing?: boolean;
  // Shown as this very text, with no element made from it.
  inert?: string;
}

const ROWS: BadInputRow[] = [
  {
    name: '11 digits typed: a lost leading zero',
    arrives: { typed: '12345678901' },
    error: { field: 'Accounts', message: /has 11 digits.*leading zero.*'012345678901'/ },
    refused: true,
  },
  {
    name: '13 digits typed',
    arrives: { typed: '1234567890123' },
    error: { field: 'Accounts', message: /has 13 digits; AWS account IDs have exactly 12/ },
    refused: true,
  },
  {
    name: 'a letter O for a zero',
    arrives: { typed: '12345678901O' },
    error: { field: 'Accounts', message: /'12345678901O' is not an AWS account ID/ },
    refused: true,
  },
  {
    name: 'full-width digits',
    arrives: { typed: '１２３４５６７８９０１２' },
    error: { field: 'Accounts', message: /uses digits other than 0–9/ },
    refused: true,
  },
  {
    name: 'Arabic-Indic digits',
    arrives: { typed: '٠١٢٣٤٥٦٧٨٩٠١' },
    error: { field: 'Accounts', message: /uses digits other than 0–9/ },
    refused: true,
  },
  {
    name: 'an IAM ARN typed',
    arrives: { typed: 'arn:aws:iam::123456789012:root' },
    error: { field: 'Accounts', message: /is an ARN.*Use the account ID '123456789012' instead/ },
    refused: true,
  },
  {
    name: 'an organization ARN typed into the account box',
    arrives: { typed: 'arn:aws:organizations::111122223333:organization/o-abc' },
    error: { field: 'Accounts', message: /is an AWS Organizations ARN: it belongs in Organizations and OUs/ },
    refused: true,
  },
  {
    name: 'an organization ARN pasted into the list box',
    arrives: { pasted: 'arn:aws:organizations::111122223333:organization/o-abc\n' },
    error: { field: 'Accounts', message: /'111122223333', is the organization's management account/ },
    refused: true,
  },
  {
    name: 'a zero-width space copied along with an ID',
    arrives: { typed: '\u200b123456789012' },
    noError: true,
    writes: { share_with_1: '123456789012' },
  },
  {
    name: 'a JSON list pasted',
    arrives: { pasted: '["111111111111","222222222222"]' },
    noError: true,
    writes: { share_with_1: '111111111111', share_with_2: '222222222222' },
  },
  {
    name: 'IDs pasted with pipes between them',
    arrives: { pasted: '111111111111|222222222222 | 333333333333' },
    noError: true,
    writes: { share_with_1: '111111111111', share_with_2: '222222222222', share_with_3: '333333333333' },
  },
  {
    name: 'an expression typed without its closing brace',
    arrives: { typed: '${trigger.parameters.accounts' },
    error: { field: 'Accounts', message: /'\$\{trigger.parameters.accounts' is not an AWS account ID/ },
    refused: true,
  },
  {
    name: 'whitespace only typed',
    arrives: { typed: ' \t  ' },
    nothingAdded: true,
  },
  {
    name: 'whitespace only pasted',
    arrives: { pasted: '  \n\t \n ' },
    nothingAdded: true,
  },
  {
    name: 'console dashes typed',
    arrives: { typed: '1234-5678-9012' },
    noError: true,
    writes: { share_with_1: '123456789012' },
  },
  {
    name: 'spaces and typographic dashes typed',
    arrives: { typed: ' 1234 5678–9012 ' },
    noError: true,
    writes: { share_with_1: '123456789012' },
  },
  {
    name: 'tabs, semicolons and spaced groups pasted',
    arrives: { pasted: '111111111111\t222222222222;333333333333 ;\r\n4444 5555 6666 7777 8888 9999' },
    noError: true,
    writes: {
      share_with_1: '111111111111',
      share_with_2: '222222222222',
      share_with_3: '333333333333',
      share_with_4: '444455556666',
      share_with_5: '777788889999',
    },
  },
  {
    name: 'one ID pasted in two spellings',
    arrives: { pasted: '012345678901, 0123-4567-8901' },
    noError: true,
    writes: { share_with_1: '012345678901' },
  },
  {
    name: 'an ID typed in another spelling of one already listed',
    arrives: { typed: '0123 4567 8901' },
    stage: { attributes: { share_with_1: '012345678901' } },
    noError: true,
    writes: { share_with_1: '012345678901' },
    writesNothing: true,
  },
  {
    name: 'one ID written twice in the stage, in two spellings',
    arrives: 'stage',
    stage: { attributes: { share_with_1: '012345678901', share_with_2: '0123-4567-8901' } },
    warning: { field: 'Accounts', message: /'012345678901' is listed 2 times/, beside: '012345678901' },
    error: { field: 'Accounts', message: /written with separators; enter the account ID as '012345678901'/ },
  },
  {
    name: '11 accounts pasted: the stage moves to the companion template',
    arrives: { pasted: elevenAccounts.join('\n') },
    noError: true,
    writes: Object.fromEntries(elevenAccounts.map((account, index) => [`share_with_${index + 1}`, account])),
    templateFileName: 'bake-share-ebs.json',
  },
  {
    name: 'a 51st account for the 50-slot companion template',
    arrives: { typed: '100000000051' },
    stage: {
      templateFileName: 'bake-share-ebs.json',
      attributes: Object.fromEntries(fiftyAccounts.map((account, index) => [`share_with_${index + 1}`, account])),
    },
    error: {
      field: 'Accounts',
      message: /has 50 slots .* but 51 are listed; Packer would silently ignore '100000000051'/,
    },
    refused: true,
  },
  {
    name: 'an 11th account in a stage written by hand',
    arrives: 'stage',
    stage: {
      attributes: Object.fromEntries(elevenAccounts.map((account, index) => [`share_with_${index + 1}`, account])),
    },
    error: { field: 'Accounts', message: /Packer would silently ignore '100000000011'/, beside: '100000000011' },
    writes: {
      ...Object.fromEntries(elevenAccounts.map((account, index) => [`share_with_${index + 1}`, account])),
      share_with_12: WRITTEN_BY_PANEL,
    },
    templateFileName: 'bake-share-ebs.json',
  },
  {
    name: 'a 6th copy region: the stage moves to the companion template',
    arrives: { chosenRegion: 'eu-north-1' },
    stage: { attributes: Object.fromEntries(fiveRegions.map((region, index) => [`copy_to_${index + 1}`, region])) },
    noError: true,
    writes: Object.fromEntries([...fiveRegions, 'eu-north-1'].map((region, index) => [`copy_to_${index + 1}`, region])),
    templateFileName: 'bake-share-ebs.json',
  },
  {
    name: "a hand-written slot past the template's last",
    arrives: 'stage',
    stage: { attributes: { share_with_12: '111111111111' } },
    error: {
      field: 'Accounts',
      message: /is in share_with_12, but the template 'aws-multi-ebs.json' declares only share_with_1 to share_with_10/,
    },
    writes: { share_with_1: '111111111111', share_with_2: WRITTEN_BY_PANEL },
  },
  {
    name: 'accounts on a template without slots',
    arrives: 'stage',
    stage: { templateFileName: 'aws-ebs.json', attributes: { share_with_1: '111111111111' } },
    error: { field: 'Template', message: /has no share or copy slots.*switches the template to 'aws-multi-ebs.json'/ },
    templateFileName: 'aws-multi-ebs.json',
  },
  {
    name: 'an availability zone as copy region',
    arrives: 'stage',
    stage: { attributes: { copy_to_1: 'us-east-1a' } },
    error: { field: 'Copy to regions', message: /looks like an availability zone; copy to its region 'us-east-1'/ },
  },
  {
    name: 'an uppercase region',
    arrives: 'stage',
    stage: { attributes: { copy_to_1: 'US-EAST-1' } },
    error: { field: 'Copy to regions', message: /must be written in lowercase: 'us-east-1'/, beside: 'US-EAST-1' },
  },
  {
    name: "a region's display name",
    arrives: 'stage',
    stage: { attributes: { copy_to_1: 'Europe (Ireland)' } },
    error: { field: 'Copy to regions', message: /display name; use its code 'eu-west-1'/ },
  },
  {
    name: 'a GovCloud copy region for a commercial bake',
    arrives: { chosenRegion: 'us-gov-west-1' },
    error: {
      field: 'Copy to regions',
      message:
        /'us-gov-west-1' is in AWS GovCloud \(US\), but this stage bakes in 'us-east-1'.*cannot be copied between partitions/,
    },
    refused: true,
  },
  {
    name: 'a China copy region for a commercial bake',
    arrives: { chosenRegion: 'cn-north-1' },
    error: { field: 'Copy to regions', message: /'cn-north-1' is in AWS China.*between partitions/ },
    refused: true,
  },
  {
    name: 'a commercial copy region for a GovCloud bake',
    arrives: { chosenRegion: 'us-east-1' },
    stage: { regions: ['us-gov-west-1'] },
    error: {
      field: 'Copy to regions',
      message: /'us-east-1' is in AWS commercial, but this stage bakes in 'us-gov-west-1'/,
    },
    refused: true,
  },
  {
    name: 'SpEL typed as an account',
    arrives: { typed: SPEL },
    noError: true,
    note: { field: 'Accounts', message: /is an expression; the account it names is checked when the pipeline runs/ },
    writes: { share_with_1: SPEL },
  },
  {
    name: 'SpEL pasted with IDs, commas inside the expression kept',
    arrives: { pasted: "${ {'a','b'}[0] }, 111111111111" },
    noError: true,
    note: { field: 'Accounts', message: /'\$\{ \{'a','b'\}\[0\] \}' is an expression/ },
    writes: { share_with_1: "${ {'a','b'}[0] }", share_with_2: '111111111111' },
  },
  {
    name: 'SpEL as copy region',
    arrives: 'stage',
    stage: { attributes: { copy_to_1: '${trigger.parameters.region}' } },
    noError: true,
    note: { field: 'Copy to regions', message: /the region it names is checked when the pipeline runs/ },
    writes: { copy_to_1: '${trigger.parameters.region}', share_with_1: WRITTEN_BY_PANEL },
  },
  {
    name: 'SpEL as template',
    arrives: 'stage',
    stage: { templateFileName: '${trigger.parameters.template}', attributes: { share_with_1: '111111111111' } },
    noError: true,
    warning: { field: 'Template', message: /is not a known multi template; it must declare share_with_1/ },
    templateFileName: '${trigger.parameters.template}',
  },
  {
    name: 'SpEL typed as template where Deck shows no template field',
    arrives: { typedTemplate: '${#stage("Find")["context"]["template"]}' },
    standalone: true,
    stage: { attributes: { share_with_1: '111111111111' } },
    noError: true,
    warning: { field: 'Template', message: /is not a known multi template/ },
    templateFileName: '${#stage("Find")["context"]["template"]}',
  },
  {
    name: 'slot 0',
    arrives: 'stage',
    stage: { attributes: { share_with_0: '111111111111' } },
    warning: { field: 'attributes', message: /'share_with_0' is ignored .* numbered from 1/ },
  },
  {
    name: 'a slot number with a leading zero',
    arrives: 'stage',
    stage: { attributes: { share_with_01: '111111111111' } },
    warning: { field: 'attributes', message: /'share_with_01' is ignored .* declares 'share_with_1'/ },
  },
  {
    name: 'a slot that is not a number',
    arrives: 'stage',
    stage: { attributes: { share_with_x: '111111111111' } },
    warning: { field: 'attributes', message: /'share_with_x' is ignored .* 'x' is not a slot number/ },
  },
  {
    name: 'a copy slot with a letter',
    arrives: 'stage',
    stage: { attributes: { copy_to_1a: 'eu-west-1' } },
    warning: { field: 'attributes', message: /'copy_to_1a' is ignored .* '1a' is not a slot number/ },
  },
  {
    name: 'an uppercase share key',
    arrives: 'stage',
    stage: { attributes: { SHARE_WITH_1: '111111111111' } },
    warning: { field: 'attributes', message: /'SHARE_WITH_1' is ignored .* expects 'share_with_1'/ },
  },
  {
    name: 'a share key without the underscore',
    arrives: 'stage',
    stage: { attributes: { share_with1: '111111111111' } },
    warning: { field: 'attributes', message: /'share_with1' is ignored .* with an underscore before the number/ },
  },
  {
    name: 'SpEL in a share key',
    arrives: 'stage',
    stage: { attributes: { 'share_with_${index}': '111111111111' } },
    warning: { field: 'attributes', message: /'share_with_\$\{index\}' is ignored/ },
  },
  {
    name: 'comma and numbered forms mixed',
    arrives: 'stage',
    stage: { attributes: { share_with: '111111111111, 222222222222', share_with_1: '333333333333' } },
    warning: { field: 'attributes', message: /both as a comma list .* rewrites them all as numbered keys/ },
    writes: {
      share_with_1: '111111111111',
      share_with_2: '222222222222',
      share_with_3: '333333333333',
      share_with_4: WRITTEN_BY_PANEL,
    },
  },
  {
    name: 'a newline inside an account value',
    arrives: 'stage',
    stage: { attributes: { share_with_1: '111111111111\n222222222222' } },
    error: { field: 'Accounts', message: /'111111111111\\n222222222222' contains a line break/ },
  },
  {
    name: 'a newline inside a region value',
    arrives: 'stage',
    stage: { attributes: { copy_to_1: 'eu-west-1\r\nus-west-2' } },
    error: { field: 'Copy to regions', message: /contains a line break; give each region its own entry/ },
  },
  {
    name: 'a trailing newline and spaces around values',
    arrives: 'stage',
    stage: { attributes: { share_with_1: ' 111111111111\n', copy_to_1: '\teu-west-1 ' } },
    noError: true,
    writes: { share_with_1: '111111111111', share_with_2: WRITTEN_BY_PANEL, copy_to_1: 'eu-west-1' },
  },
  {
    name: 'a comma inside a numbered value',
    arrives: 'stage',
    stage: { attributes: { share_with_1: '111111111111,222222222222' } },
    error: { field: 'Accounts', message: /holds several values in one entry; give each account its own entry/ },
  },
  {
    name: 'a number from hand-edited JSON',
    arrives: 'stage',
    stage: { attributes: { share_with_1: 12345678901 } },
    error: { field: 'Accounts', message: /has 11 digits.*leading zero.*'012345678901'/, beside: '12345678901' },
  },
  {
    name: 'a 12-digit number from hand-edited JSON',
    arrives: 'stage',
    stage: { attributes: { share_with_1: 123456789012 } },
    noError: true,
    writes: { share_with_1: '123456789012', share_with_2: WRITTEN_BY_PANEL },
  },
  {
    name: 'a list from hand-edited JSON',
    arrives: 'stage',
    stage: { attributes: { share_with_1: ['111111111111', '222222222222'] } },
    error: { field: 'Accounts', message: /holds several values in one entry/ },
  },
  {
    name: 'a __proto__ key from hand-edited JSON',
    arrives: 'stage',
    stage: { attributes: JSON.parse('{"__proto__": "kept", "constructor": "kept too"}') },
    noError: true,
  },
  {
    name: 'the name of a Spinnaker account without an ID',
    arrives: { typed: 'legacy' },
    error: { field: 'Accounts', message: /'legacy' is the name of a Spinnaker account.*12-digit AWS account ID/ },
    refused: true,
  },
  {
    name: 'HTML in a Spinnaker account name',
    arrives: { typed: '444444444444' },
    noError: true,
    writes: { share_with_1: '444444444444' },
    inert: HOSTILE_NAME,
  },
  {
    name: 'HTML in a Spinnaker account name, picked by typing part of it',
    arrives: { typed: '<img src' },
    noError: true,
    writes: { share_with_1: '444444444444' },
    inert: HOSTILE_NAME,
  },
  {
    name: "a Spinnaker account named like another account's ID",
    arrives: { typed: '555555555555' },
    noError: true,
    writes: { share_with_1: '555555555555' },
  },
  {
    name: 'HTML typed into the account box',
    arrives: { typed: '<script>window.__pwned=1</script>' },
    error: { field: 'Accounts', message: /is not an AWS account ID/ },
    inert: '<script>window.__pwned=1</script>',
    refused: true,
  },
  {
    name: 'HTML in a region and in an unrelated attribute where Deck shows no attributes',
    arrives: 'stage',
    standalone: true,
    stage: { attributes: { copy_to_1: HOSTILE_NAME, note: HOSTILE_NAME } },
    error: { field: 'Copy to regions', message: /is not an AWS region name/ },
    inert: HOSTILE_NAME,
  },
];

function unrelatedEntries(attributes: unknown): Array<[string, unknown]> {
  const all = (attributes ?? {}) as Record<string, unknown>;
  return Object.keys(all)
    .filter((key) => !OWNED_KEY.test(key))
    .map((key) => [key, all[key]]);
}

function shareEntries(attributes: unknown): Record<string, unknown> {
  const all = (attributes ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(all).flatMap((key) => (OWNED_KEY.test(key) ? [[key, all[key]]] : [])));
}

function stageFor(row: BadInputRow): IStage {
  return bakeStage({
    templateFileName: row.stage && 'templateFileName' in row.stage ? row.stage.templateFileName : 'aws-multi-ebs.json',
    regions: row.stage?.regions ?? ['us-east-1'],
    extendedAttributes: { ...UNRELATED, ...row.stage?.attributes },
  });
}

// user-event reads '{' and '[' as the start of a key name.
const asKeys = (text: string) => text.replace(/[{[]/g, '$&$&');

type User = ReturnType<typeof renderPanel>['user'];

async function deliver(arrival: Exclude<Arrival, 'stage'>, user: User): Promise<void> {
  if ('typed' in arrival) {
    await user.type(accountInput(), `${asKeys(arrival.typed)}{Enter}`);
  } else if ('pasted' in arrival) {
    await user.click(screen.getByRole('button', { name: 'Paste a list of account IDs' }));
    await user.click(screen.getByRole('textbox', { name: /paste account ids/i }));
    await user.paste(arrival.pasted);
    await user.click(screen.getByRole('button', { name: 'Add these accounts' }));
  } else if ('chosenRegion' in arrival) {
    await user.type(regionInput(), `${arrival.chosenRegion}{Enter}`);
  } else {
    await user.clear(templateInput());
    await user.type(templateInput(), asKeys(arrival.typedTemplate));
  }
}

// What is left in the box the value arrived through.
function textLeftIn(arrival: Arrival): string {
  if (arrival === 'stage' || 'typedTemplate' in arrival) return '';
  if ('typed' in arrival) return (accountInput() as HTMLInputElement).value;
  if ('chosenRegion' in arrival) return (regionInput() as HTMLInputElement).value;
  return (screen.getByRole('textbox', { name: /paste account ids/i }) as HTMLTextAreaElement).value;
}

function fieldArea(field: Field): HTMLElement {
  // Messages about attribute keys sit under a field without a label.
  if (field === 'attributes') return document.body;
  const label = screen.getByText(field, { selector: '.label-text' });
  return label.closest('.form-group') as HTMLElement;
}

// Messages about one value sit in that value's row of the chosen list.
function messageArea(field: Field, beside?: string): HTMLElement {
  const area = fieldArea(field);
  if (beside === undefined) return area;
  const rows = within(area)
    .getAllByRole('listitem')
    .filter((item) => item.classList.contains('bake-share-value'));
  const row = rows.find((item) => within(item).queryByRole('button', { name: `Remove ${beside}` }));
  if (!row) throw new Error(`no chosen value ${beside}`);
  return row;
}

function messagesIn(area: HTMLElement, severityClass: string): Element[] {
  return Array.from(area.querySelectorAll(`.bake-share-findings > li.${severityClass}`));
}

function expectShown(severityClass: string, { field, message, beside }: Message): void {
  const shown = messagesIn(messageArea(field, beside), severityClass);
  const matching = shown.filter((item) => message.test(item.textContent ?? ''));
  expect(matching.map((item) => item.textContent)).toContainEqual(expect.stringMatching(message));
  matching.forEach((item) => expect(item).toBeVisible());
}

function expectMessages(row: BadInputRow): void {
  if (row.error) {
    const alerts = within(messageArea(row.error.field, row.error.beside)).getAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toContainEqual(expect.stringMatching(row.error.message));
  }
  if (row.warning) expectShown('warning-message', row.warning);
  if (row.note) expectShown('help-block', row.note);
  if (row.noError) expect(screen.queryAllByRole('alert').map((alert) => alert.textContent)).toEqual([]);
}

preparePanelTests();

beforeEach(() => {
  listAccountsWith(() => Promise.resolve(SPINNAKER_ACCOUNTS));
});

describe('bad input through the share panel', () => {
  it('has at least 30 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ROWS)('$name', async (row) => {
    const stage = stageFor(row);
    const before = unrelatedEntries(stage.extendedAttributes);
    const beforeShares = shareEntries(stage.extendedAttributes);
    const seen: Array<Array<[string, unknown]>> = [];
    const { user } = renderPanel(stage, {
      standalone: row.standalone,
      onUpdate: (updated) => seen.push(unrelatedEntries(updated.extendedAttributes)),
    });
    await waitFor(() => expect(screen.queryByText(/Loading Spinnaker's AWS accounts/)).toBeNull());

    // A stage written by hand is judged as it opens; then the panel writes it once, as any change would.
    if (row.arrives === 'stage') {
      expectMessages(row);
      await user.type(accountInput(), `${WRITTEN_BY_PANEL}{Enter}`);
    } else {
      await deliver(row.arrives, user);
      expectMessages(row);
    }

    if (row.writes) expect(shareEntries(stage.extendedAttributes)).toEqual(row.writes);
    if ('templateFileName' in row) expect(stage.templateFileName).toBe(row.templateFileName);
    if (row.nothingAdded) {
      expect(seen).toEqual([]);
      expect(shareEntries(stage.extendedAttributes)).toEqual(beforeShares);
      expect(screen.queryByRole('list', { name: 'Chosen accounts' })).toBeNull();
    }
    if (row.refused) {
      expect(shareEntries(stage.extendedAttributes)).toEqual({ ...beforeShares, ...row.writes });
      expect(textLeftIn(row.arrives)).not.toBe('');
    }
    if (row.inert) {
      const shownAsText = screen.queryAllByText(row.inert, { normalizer: (text) => text }).length > 0;
      expect(shownAsText || textLeftIn(row.arrives) === row.inert).toBe(true);
      expect(document.body.querySelector('img, script, iframe, object, embed')).toBeNull();
      expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    }

    expect(consoleErrors()).toEqual([]);
    expect(shareToggle()).toBeInTheDocument();
    const writes = !row.nothingAdded && !row.writesNothing && !(row.refused && row.writes === undefined);
    expect(seen.length > 0).toBe(writes);
    seen.forEach((unrelated) => expect(unrelated).toStrictEqual(before));
    expect(unrelatedEntries(stage.extendedAttributes)).toStrictEqual(before);
  });
});

describe('formula characters at the start of a cell of the review CSV', () => {
  const row = (fields: Partial<ReviewRow>): ReviewRow =>
    reviewRow({ application: 'app', pipelineId: 'p-1', template: undefined, ...fields });

  it.each([
    { name: 'an application starting with =', fields: { application: '=1+1' }, cell: "'=1+1" },
    { name: 'a pipeline name starting with +', fields: { pipelineName: '+cmd' }, cell: "'+cmd" },
    { name: 'a stage name starting with -', fields: { stageName: '-2+3' }, cell: "'-2+3" },
    { name: 'a template starting with @', fields: { template: '@SUM(A1)' }, cell: "'@SUM(A1)" },
    {
      name: 'an account named with a HYPERLINK formula',
      fields: { accounts: [{ id: '111111111111', name: '=HYPERLINK("http://x.test","y")' }] },
      cell: '"\'=HYPERLINK(""http://x.test"",""y"") (111111111111)"',
    },
    { name: 'a copy region starting with a tab', fields: { copyRegions: ['\t=1'] }, cell: "'\t=1" },
    { name: 'a pipeline name starting with a carriage return', fields: { pipelineName: '\r=1' }, cell: '"\'\r=1"' },
  ])('$name', ({ fields, cell }) => {
    const [, record] = reviewCsv([row(fields)]).split('\r\n');

    expect(`,${record},`).toContain(`,${cell},`);
  });
});
