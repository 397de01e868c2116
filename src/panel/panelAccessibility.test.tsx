import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import {
  accountInput,
  bakeStage,
  listAccountsWith,
  preparePanelTests,
  regionInput,
  renderPanel,
  renderSharingPanel,
  shareToggle,
} from './testing/renderPanel';

const manyAccounts = Array.from({ length: 120 }, (_, index) => ({
  name: `acct-${String(index).padStart(3, '0')}`,
  accountId: String(100000000000 + index),
}));

preparePanelTests();

beforeEach(() => {
  listAccountsWith(() => Promise.resolve([{ name: 'staging', accountId: '222222222222' }, ...manyAccounts]));
});

describe('labels', () => {
  it('ties the visible field labels to their controls', async () => {
    await renderSharingPanel();

    expect(screen.getByRole('combobox', { name: 'Accounts' })).toBe(accountInput());
    expect(screen.getByRole('combobox', { name: 'Copy to regions' })).toBe(regionInput());
    expect(screen.getByRole('checkbox', { name: /^Share AMI/ })).toBe(shareToggle());
  });
});

describe('the account combobox', () => {
  it('names its list in aria-controls only while the list is shown', async () => {
    const { user } = await renderSharingPanel();
    expect(accountInput()).not.toHaveAttribute('aria-controls');

    await user.type(accountInput(), 'staging');

    const list = screen.getByRole('listbox', { name: 'Spinnaker AWS accounts' });
    expect(accountInput()).toHaveAttribute('aria-controls', list.id);
    expect(accountInput()).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(accountInput()).not.toHaveAttribute('aria-controls');
    expect(accountInput()).toHaveAttribute('aria-expanded', 'false');
  });

  it('points aria-activedescendant at the highlighted option as the arrows move', async () => {
    const { user } = await renderSharingPanel();

    await user.type(accountInput(), 'acct');
    const options = screen.getAllByRole('option');
    expect(accountInput()).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.keyboard('{ArrowDown}{ArrowDown}');

    expect(accountInput()).toHaveAttribute('aria-activedescendant', options[2].id);
    expect(options[2]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
  });

  it('highlights nothing for an empty box, so Enter there adds nothing', async () => {
    const { stage, user } = await renderSharingPanel();

    await user.click(accountInput());
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
    expect(accountInput()).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}');

    expect(stage.extendedAttributes).toEqual({ aws_vpc_id: 'vpc-0abc1234' });
  });

  it('bounds the list, which scrolls inside itself, and says how many more accounts match', async () => {
    const { user } = await renderSharingPanel();

    await user.type(accountInput(), 'acct');

    const list = screen.getByRole('listbox', { name: 'Spinnaker AWS accounts' });
    expect(within(list).getAllByRole('option')).toHaveLength(50);
    expect(list).toHaveStyle({ maxHeight: '18em', overflowY: 'auto', position: 'static' });
    expect(screen.getByText('Showing 50 of 120; type more to narrow the list.')).toBeInTheDocument();
  });
});

describe('focus', () => {
  it('moves to the next Remove button after Remove, then to the box once the list is empty', async () => {
    const { user } = await renderSharingPanel();
    await user.type(accountInput(), '333333333333{Enter}');
    await user.type(accountInput(), '444444444444{Enter}');

    await user.click(screen.getByRole('button', { name: 'Remove 333333333333' }));
    expect(screen.getByRole('button', { name: 'Remove 444444444444' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(accountInput()).toHaveFocus();
  });

  it('goes into the paste box when it opens and back to its button when it closes', async () => {
    const { user } = await renderSharingPanel();

    await user.click(screen.getByRole('button', { name: 'Paste a list of account IDs' }));
    expect(screen.getByRole('textbox', { name: /paste account ids/i })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.getByRole('button', { name: 'Paste a list of account IDs' })).toHaveFocus();
  });
});

describe('messages tied to the box they are about', () => {
  it('describes the region box with the reason a region was refused', async () => {
    const { stage, user } = await renderSharingPanel();

    await user.type(regionInput(), 'us-gov-west-1{Enter}');

    expect(regionInput()).toHaveAttribute('aria-invalid', 'true');
    expect(regionInput()).toHaveAccessibleDescription(expect.stringMatching(/cannot be copied between partitions/));
    expect(stage.extendedAttributes).toEqual({ aws_vpc_id: 'vpc-0abc1234' });
  });

  it('does not offer regions of another partition than the bake region', async () => {
    const { user } = await renderSharingPanel();

    await user.type(regionInput(), 'gov');

    expect(screen.getByRole('option', { name: /us-gov-west-1/ })).toHaveAttribute('aria-disabled', 'true');
    expect(regionInput()).not.toHaveAttribute('aria-activedescendant');
  });

  it("describes a chosen value's Remove button with the value's problems", async () => {
    renderPanel(
      bakeStage({ templateFileName: 'aws-multi-ebs.json', extendedAttributes: { share_with_1: '12345678901' } }),
    );

    expect(screen.getByRole('button', { name: 'Remove 12345678901' })).toHaveAccessibleDescription(
      expect.stringMatching(/has 11 digits/),
    );
  });
});
