import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import type { IStage } from '@spinnaker/core';
import {
  accountInput,
  bakeStage,
  chosenAccounts,
  deckSettings,
  listAccountsWith,
  preparePanelTests,
  previewLine,
  regionInput,
  renderPanel,
  shareToggle,
  templateInput,
} from './testing/renderPanel';

const SPINNAKER_ACCOUNTS = [
  { name: 'prod', accountId: 111111111111 },
  { name: 'staging', accountId: '222222222222' },
  { name: 'dev', accountId: '012345678901' },
  { name: 'legacy', accountId: undefined },
  { name: '<img src=x onerror=alert(1)>', accountId: '444444444444' },
];

async function renderSharing(stage: IStage = bakeStage(), options: { standalone?: boolean } = {}) {
  const rendered = renderPanel(stage, options);
  await rendered.user.click(shareToggle());
  return rendered;
}

preparePanelTests();

// The account list is loaded once per page and a successful one is kept, so the tests that need it to fail or
// hang run before any test lets it load.
describe('when the account list cannot be loaded', () => {
  beforeEach(() => {
    listAccountsWith(() => Promise.reject({ status: 500 }));
  });

  it('says so and still takes typed account IDs', async () => {
    const { stage, user } = await renderSharing();

    expect(await screen.findByText(/account list could not be loaded \(HTTP 500\)/)).toHaveTextContent(
      /type or paste 12-digit account IDs instead/,
    );
    await user.type(accountInput(), '333333333333{Enter}');

    expect(stage.extendedAttributes).toEqual({ aws_vpc_id: 'vpc-0abc1234', share_with_1: '333333333333' });
    expect(within(chosenAccounts()).getByText('333333333333')).toBeInTheDocument();
  });
});

describe('while the account list is loading', () => {
  let endRequest: () => void;

  beforeEach(() => {
    listAccountsWith(() => new Promise((_resolve, reject) => (endRequest = () => reject(new Error('test over')))));
  });

  afterEach(() => endRequest());

  it('shows that accounts are loading and lets the user type IDs meanwhile', async () => {
    const { stage, user } = await renderSharing();

    expect(screen.getByText(/Loading Spinnaker's AWS accounts/)).toBeInTheDocument();
    await user.type(accountInput(), '333333333333{Enter}');

    expect(stage.extendedAttributes?.share_with_1).toBe('333333333333');
    expect(screen.getByText(/Loading Spinnaker's AWS accounts/)).toBeInTheDocument();
  });
});

describe("with Spinnaker's AWS accounts", () => {
  beforeEach(() => {
    listAccountsWith(() => Promise.resolve(SPINNAKER_ACCOUNTS));
  });

  async function renderWithAccounts(stage?: IStage, options?: { standalone?: boolean }) {
    const rendered = await renderSharing(stage, options);
    await waitFor(() => expect(screen.queryByText(/Loading Spinnaker's AWS accounts/)).toBeNull());
    return rendered;
  }

  describe('switching sharing on', () => {
    it('sets the multi template and keeps the other attributes', async () => {
      const { stage } = await renderSharing();

      expect(stage.templateFileName).toBe('aws-multi-ebs.json');
      expect(stage.extendedAttributes).toEqual({ aws_vpc_id: 'vpc-0abc1234' });
      expect(shareToggle()).toBeChecked();
    });
  });

  describe('choosing accounts', () => {
    it('adds an account picked by name from the suggestions', async () => {
      const { stage, user } = await renderWithAccounts();

      await user.type(accountInput(), 'prod');
      await user.click(await screen.findByRole('option', { name: /prod/ }));

      expect(stage.extendedAttributes?.share_with_1).toBe('111111111111');
      expect(within(chosenAccounts()).getByText('prod')).toBeInTheDocument();
    });

    it('keeps the suggestions open when the user leaves the input and comes straight back', async () => {
      const { user } = await renderWithAccounts();

      await user.type(accountInput(), 'prod');
      await user.tab();
      await user.click(accountInput());
      await new Promise((resolve) => setTimeout(resolve, 200));

      expect(screen.getByRole('option', { name: /prod/ })).toBeInTheDocument();
    });

    it('shows an account without an account ID but does not let it be picked', async () => {
      const { stage, user } = await renderWithAccounts();

      await user.type(accountInput(), 'legacy');
      const legacy = await screen.findByRole('option', { name: /legacy/ });
      expect(legacy).toHaveAttribute('aria-disabled', 'true');
      expect(legacy).toHaveTextContent('no account ID known to Spinnaker');
      await user.click(legacy);

      expect(stage.extendedAttributes).toEqual({ aws_vpc_id: 'vpc-0abc1234' });
    });

    it('adds an account ID typed by hand on Enter', async () => {
      const { stage, user } = await renderWithAccounts();

      await user.type(accountInput(), '012345678901{Enter}');

      expect(stage.extendedAttributes?.share_with_1).toBe('012345678901');
      expect(within(chosenAccounts()).getByText('dev')).toBeInTheDocument();
      expect(accountInput()).toHaveValue('');
    });

    it('adds a pasted list, writing console-style IDs as plain digits', async () => {
      const { stage, user } = await renderWithAccounts();

      await user.click(screen.getByRole('button', { name: 'Paste a list of account IDs' }));
      await user.click(screen.getByRole('textbox', { name: /paste account ids/i }));
      await user.paste('333333333333, 4444-5555-6666\n777777777777');
      await user.click(screen.getByRole('button', { name: 'Add these accounts' }));

      expect(stage.extendedAttributes).toEqual({
        aws_vpc_id: 'vpc-0abc1234',
        share_with_1: '333333333333',
        share_with_2: '444455556666',
        share_with_3: '777777777777',
      });
      expect(screen.getByText('3 of 10 accounts')).toBeInTheDocument();
    });

    it('says so when an ID typed in another spelling is already chosen', async () => {
      const { stage, user } = await renderWithAccounts();

      await user.type(accountInput(), '012345678901{Enter}');
      await user.type(accountInput(), '0123-4567-8901{Enter}');

      expect(screen.getByText('Already in the list: dev (012345678901).')).toBeInTheDocument();
      expect(stage.extendedAttributes).toEqual({ aws_vpc_id: 'vpc-0abc1234', share_with_1: '012345678901' });
    });

    it('keeps an 11-digit ID in the box, explains beside it that a leading zero may be lost, and writes nothing', async () => {
      const { stage, user } = await renderWithAccounts();

      await user.type(accountInput(), '12345678901{Enter}');

      expect(accountInput()).toHaveValue('12345678901');
      expect(accountInput()).toHaveAttribute('aria-invalid', 'true');
      expect(accountInput()).toHaveAccessibleDescription(expect.stringMatching(/has 11 digits.*leading zero/));
      expect(stage.extendedAttributes).toEqual({ aws_vpc_id: 'vpc-0abc1234' });
      expect(screen.queryByRole('list', { name: 'Chosen accounts' })).toBeNull();
    });

    it('shows an account name containing HTML as plain text', async () => {
      const { user } = await renderWithAccounts();

      await user.type(accountInput(), '444444444444{Enter}');

      expect(within(chosenAccounts()).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
      expect(document.querySelector('img')).toBeNull();
    });
  });

  describe('copy regions', () => {
    it('adds a chosen region and marks the bake region', async () => {
      const { stage, user } = await renderWithAccounts();

      await user.click(regionInput());
      expect(screen.getByRole('option', { name: /^us-east-1 .*\(bake region\)/ })).toBeInTheDocument();
      await user.type(regionInput(), 'eu-west-1{Enter}');
      await user.type(regionInput(), 'us-east-1{Enter}');

      expect(stage.extendedAttributes).toEqual({
        aws_vpc_id: 'vpc-0abc1234',
        copy_to_1: 'eu-west-1',
        copy_to_2: 'us-east-1',
      });
      const chosen = within(screen.getByRole('list', { name: 'Chosen copy regions' })).getAllByRole('listitem');
      expect(chosen[0]).not.toHaveTextContent('bake region');
      expect(chosen[1]).toHaveTextContent('bake region');
    });
  });

  describe('the preview of what Rosco runs', () => {
    it("names Rosco's default account when no default account ID is configured", async () => {
      await renderWithAccounts();

      expect(previewLine('ami_users')).toHaveTextContent("Rosco's default account (SPINNAKER_AWS_DEFAULT_ACCOUNT)");
    });

    it('shows the configured default account ID', async () => {
      deckSettings.bakeShare = { defaultAccountId: '999999999999' };
      const { user } = await renderWithAccounts();

      await user.type(accountInput(), '333333333333{Enter}');

      expect(previewLine('ami_users')).toHaveTextContent("333333333333, 999999999999 (Rosco's default account)");
    });
  });

  describe('a template declared in Deck settings', () => {
    it('keeps sharing switched on while no account is chosen yet', async () => {
      deckSettings.bakeShare = { templates: { 'wide.json': { accounts: 20, regions: 8 } } };
      const { stage } = await renderSharing(bakeStage({ templateFileName: 'wide.json' }));

      expect(shareToggle()).toBeChecked();
      expect(accountInput()).toBeInTheDocument();
      expect(screen.getByText('0 of 20 accounts')).toBeInTheDocument();
      expect(stage.templateFileName).toBe('wide.json');
    });
  });

  describe('the rebake hint', () => {
    it('appears once the share list changes and its button asks for a rebake', async () => {
      const { stage, user } = await renderWithAccounts();
      expect(screen.queryByRole('button', { name: 'Turn on Rebake' })).toBeNull();

      await user.type(accountInput(), '333333333333{Enter}');
      await user.click(screen.getByRole('button', { name: 'Turn on Rebake' }));

      expect(stage.rebake).toBe(true);
      expect(screen.queryByRole('button', { name: 'Turn on Rebake' })).toBeNull();
    });

    it('does not appear when the stage already rebakes', async () => {
      const { user } = await renderWithAccounts(bakeStage({ rebake: true }));

      await user.type(accountInput(), '333333333333{Enter}');

      expect(screen.queryByRole('button', { name: 'Turn on Rebake' })).toBeNull();
    });
  });

  describe('switching sharing off', () => {
    it('removes the share attributes and the template it set', async () => {
      const { stage, user } = await renderWithAccounts();
      await user.type(accountInput(), '333333333333{Enter}');

      await user.click(shareToggle());

      expect(stage.templateFileName).toBeUndefined();
      expect(stage.extendedAttributes).toEqual({ aws_vpc_id: 'vpc-0abc1234' });
    });

    it('restores the template the stage started with', async () => {
      const { stage, user } = await renderWithAccounts(bakeStage({ templateFileName: 'aws-ebs.json' }));
      expect(stage.templateFileName).toBe('aws-multi-ebs.json');

      await user.click(shareToggle());

      expect(stage.templateFileName).toBe('aws-ebs.json');
    });
  });

  describe('standalone, where Deck shows no template or extended attributes', () => {
    it('shows the template as an input and the other attributes read-only', () => {
      renderPanel(bakeStage(), { standalone: true });

      expect(templateInput()).toHaveValue('');
      const others = screen.getByRole('table', { name: /other extended attributes/i });
      expect(within(others).getByText('aws_vpc_id')).toBeInTheDocument();
      expect(within(others).getByText('vpc-0abc1234')).toBeInTheDocument();
      expect(within(others).queryByRole('textbox')).toBeNull();
    });

    it('lets the template be emptied while sharing, and says the default template has no slots', async () => {
      const { stage, user } = await renderWithAccounts(bakeStage(), { standalone: true });
      await user.type(accountInput(), '333333333333{Enter}');

      await user.clear(templateInput());

      expect(templateInput()).toHaveValue('');
      expect(stage.templateFileName).toBeUndefined();
      expect(screen.getByText(/Rosco's default template, which has no share or copy slots/)).toBeVisible();
    });

    it('keeps a custom template typed there and warns that it must declare the slots', async () => {
      const { stage, user } = await renderWithAccounts(bakeStage(), { standalone: true });
      await user.type(accountInput(), '333333333333{Enter}');
      const template = templateInput();

      await user.clear(template);
      await user.type(template, 'custom.json');

      expect(stage.templateFileName).toBe('custom.json');
      expect(template).toHaveValue('custom.json');
      expect(
        screen.getByText(/'custom.json' is not a known multi template; it must declare share_with_1/),
      ).toBeVisible();
      expect(stage.extendedAttributes?.share_with_1).toBe('333333333333');
    });
  });
});
