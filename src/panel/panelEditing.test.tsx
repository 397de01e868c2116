import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { PipelineConfigValidator } from '@spinnaker/core';
import {
  accountInput,
  bakeStage,
  chosenAccounts,
  listAccountsWith,
  preparePanelTests,
  previewLine,
  regionInput,
  renderPanel,
  renderSharingPanel,
  shareToggle,
} from './testing/renderPanel';

preparePanelTests();

beforeEach(() => {
  listAccountsWith(() =>
    Promise.resolve([
      { name: 'prod', accountId: '111111111111' },
      { name: 'staging', accountId: '222222222222' },
    ]),
  );
});

describe('Enter in the account box', () => {
  it('adds the highlighted suggestion for digits its ID starts with', async () => {
    const { stage, user } = await renderSharingPanel();

    await user.type(accountInput(), '2222{Enter}');

    expect(stage.extendedAttributes?.share_with_1).toBe('222222222222');
  });
});

describe('text left in a box', () => {
  it('is named beside the box once the author leaves it, and Deck is asked to validate again', async () => {
    const { user } = await renderSharingPanel();

    await user.type(accountInput(), '333333333333');
    expect(screen.queryByText(/typed in the account box but not added/)).toBeNull();
    await user.tab();

    expect(accountInput()).toHaveAccessibleDescription(
      expect.stringMatching(/'333333333333' is typed in the account box but not added yet/),
    );
    expect(accountInput()).toHaveAttribute('aria-invalid', 'true');
    expect(PipelineConfigValidator.validatePipeline).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'pipeline-1' }),
    );
  });

  it('is still there when the stage is opened again', async () => {
    const stage = bakeStage({ templateFileName: 'aws-multi-ebs.json' });
    const first = renderPanel(stage);
    await first.user.type(accountInput(), '333333333333');
    document.body.innerHTML = '';

    renderPanel(stage);

    expect(accountInput()).toHaveValue('333333333333');
    expect(screen.getByText(/'333333333333' is typed in the account box but not added yet/)).toBeInTheDocument();
  });
});

describe('switching sharing off and on', () => {
  it('brings back the accounts, the copy regions and the template', async () => {
    const { stage, user } = await renderSharingPanel(bakeStage({ templateFileName: 'aws-chroot.json' }));
    await user.type(accountInput(), '111111111111{Enter}');
    await user.type(regionInput(), 'eu-west-1{Enter}');
    const shared = { ...stage.extendedAttributes };

    await user.click(shareToggle());
    expect(stage.templateFileName).toBe('aws-chroot.json');
    expect(stage.extendedAttributes).toEqual({ aws_vpc_id: 'vpc-0abc1234' });
    await user.click(shareToggle());

    expect(stage.extendedAttributes).toEqual(shared);
    expect(stage.templateFileName).toBe('aws-multi-chroot.json');
  });

  it('says that switching on changed the template, and to what', async () => {
    await renderSharingPanel(bakeStage({ templateFileName: 'aws-chroot.json' }));

    expect(screen.getByText(/^Sharing needs a template that declares share and copy slots/)).toHaveTextContent(
      "the template is now 'aws-multi-chroot.json' (it was 'aws-chroot.json'). Switching sharing off restores it.",
    );
  });
});

describe('counts and the preview', () => {
  it('says "1 account" and "1 copy region" where the template capacity is unknown', async () => {
    const { user } = await renderSharingPanel(bakeStage({ templateFileName: 'custom.json' }));

    await user.type(accountInput(), '111111111111{Enter}');
    await user.type(regionInput(), 'eu-west-1{Enter}');

    expect(screen.getByText('1 account')).toBeInTheDocument();
    expect(screen.getByText('1 copy region')).toBeInTheDocument();
  });

  it('marks a hand-written invalid ID in ami_users instead of listing it as fine', async () => {
    renderPanel(
      bakeStage({ templateFileName: 'aws-multi-ebs.json', extendedAttributes: { share_with_1: '12345678901' } }),
    );

    expect(previewLine('ami_users')).toHaveTextContent('12345678901 (invalid, see above)');
  });

  it('says that each bake region gets its own copies', async () => {
    const { user } = await renderSharingPanel(bakeStage({ regions: ['us-east-1', 'us-west-2'] }));

    await user.type(regionInput(), 'eu-west-1{Enter}');

    expect(screen.getByText(/bakes in 2 regions \(us-east-1, us-west-2\): each bake makes its own AMI/)).toBeVisible();
  });

  it('names an account once when its name and its ID are pasted while it is already listed', async () => {
    const { user } = renderPanel(
      bakeStage({ templateFileName: 'aws-multi-ebs.json', extendedAttributes: { share_with_1: '111111111111' } }),
    );
    await waitFor(() => expect(screen.queryByText(/Loading Spinnaker's AWS accounts/)).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Paste a list of account IDs' }));
    await user.paste('prod, 111111111111');
    await user.click(screen.getByRole('button', { name: 'Add these accounts' }));

    expect(screen.getByText('Already in the list: prod (111111111111).')).toBeInTheDocument();
    expect(within(chosenAccounts()).getAllByRole('listitem')).toHaveLength(1);
  });
});
