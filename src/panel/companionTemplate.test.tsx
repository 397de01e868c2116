import '@testing-library/jest-dom';
import { screen, waitFor } from '@testing-library/react';
import {
  accountInput,
  bakeStage,
  listAccountsWith,
  preparePanelTests,
  previewLine,
  regionInput,
  renderPanel,
  renderSharingPanel,
} from './testing/renderPanel';

preparePanelTests();

beforeEach(() => {
  listAccountsWith(() => Promise.resolve([{ name: 'prod', accountId: '111111111111' }]));
});

const ORGANIZATION = 'arn:aws:organizations::111122223333:organization/o-exampleorgid';
const UNIT = 'arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-cd34ef56';
const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const organizationsInput = () => screen.getByRole('textbox', { name: 'Organizations and OUs' });
const encryption = () => screen.getByRole('checkbox', { name: /encrypt the image and its copies/i });
const keyInput = (region: string) => screen.getByRole('textbox', { name: new RegExp(`KMS key for ${region}`) });

async function renderCompanionPanel(fields: Record<string, unknown> = {}) {
  const rendered = renderPanel(bakeStage({ templateFileName: 'bake-share-ebs.json', ...fields }));
  await waitFor(() => expect(screen.queryByText(/Loading Spinnaker's AWS accounts/)).toBeNull());
  return rendered;
}

describe('organizations and OUs', () => {
  it('are added by ARN to their own slots with a companion template', async () => {
    const { stage, user } = await renderCompanionPanel();

    await user.type(organizationsInput(), `${ORGANIZATION} ${UNIT}{Enter}`);

    expect(stage.extendedAttributes).toMatchObject({ share_with_org_1: ORGANIZATION, share_with_ou_1: UNIT });
    expect(organizationsInput()).toHaveValue('');
    expect(screen.getByText('1 of 5 organizations, 1 of 20 OUs')).toBeInTheDocument();
    expect(previewLine('ami_org_arns')).toHaveTextContent(ORGANIZATION);
    expect(previewLine('ami_ou_arns')).toHaveTextContent(UNIT);
  });

  it('keep a malformed ARN in the box, with the reason tied to it', async () => {
    const { stage, user } = await renderCompanionPanel();

    await user.type(
      organizationsInput(),
      'arn:aws:organizations:us-east-1:111122223333:organization/o-exampleorgid{Enter}',
    );

    expect(stage.extendedAttributes).not.toHaveProperty('share_with_org_1');
    expect(organizationsInput()).toHaveValue(
      'arn:aws:organizations:us-east-1:111122223333:organization/o-exampleorgid',
    );
    expect(organizationsInput()).toHaveAccessibleDescription(expect.stringMatching(/has the region 'us-east-1' in it/));
    expect(organizationsInput()).toHaveAttribute('aria-invalid', 'true');
  });

  it('pasted among the accounts on a stock template, are explained and moved on request, with the template', async () => {
    const { stage, user } = await renderSharingPanel();
    expect(screen.queryByRole('textbox', { name: 'Organizations and OUs' })).toBeNull();

    await user.type(accountInput(), `${ORGANIZATION}{Enter}`);
    expect(screen.getByText(/needs bake-share's companion template/)).toHaveTextContent('bake-share-ebs.json');
    for (const link of screen.getAllByRole('link', { name: "bake-share's setup page" })) {
      expect(link).toHaveAttribute('href', '#/bake-share/setup');
    }
    await user.click(screen.getByRole('button', { name: 'Move the ARN to Organizations and OUs' }));

    expect(stage.templateFileName).toBe('bake-share-ebs.json');
    expect(stage.extendedAttributes).toMatchObject({ share_with_org_1: ORGANIZATION });
    expect(accountInput()).toHaveValue('');
    expect(
      screen.getByText(
        /The template is now 'bake-share-ebs.json', bake-share's companion template, because 'aws-multi-ebs.json' cannot take 1 organization \(it takes 0\)/,
      ),
    ).toBeInTheDocument();
  });
});

describe('the switch to the companion template', () => {
  it('happens on the 11th account, says why, and can be undone once the list fits again', async () => {
    const ten = Array.from({ length: 10 }, (_, index) => [`share_with_${index + 1}`, String(100000000001 + index)]);
    const { stage, user } = renderPanel(
      bakeStage({ templateFileName: 'aws-multi-ebs.json', extendedAttributes: Object.fromEntries(ten) }),
    );
    await waitFor(() => expect(screen.queryByText(/Loading Spinnaker's AWS accounts/)).toBeNull());

    await user.type(accountInput(), '200000000001{Enter}');
    expect(stage.templateFileName).toBe('bake-share-ebs.json');
    expect(screen.getByText(/cannot take 11 accounts \(it takes 10\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Use Rosco's aws-multi-ebs.json again/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Remove 200000000001' }));
    await user.click(screen.getByRole('button', { name: "Use Rosco's aws-multi-ebs.json again" }));
    expect(stage.templateFileName).toBe('aws-multi-ebs.json');
  });

  it('is offered on a stock template without being made', async () => {
    const { stage, user } = await renderSharingPanel();
    await user.click(screen.getByRole('button', { name: 'Use bake-share-ebs.json' }));
    expect(stage.templateFileName).toBe('bake-share-ebs.json');
  });
});

describe('encryption', () => {
  it('switches to the encrypting template and asks for a key per region', async () => {
    const { stage, user } = await renderCompanionPanel({
      extendedAttributes: { share_with_1: '111111111111', copy_to_1: 'eu-west-1' },
    });

    await user.click(encryption());
    expect(stage.templateFileName).toBe('bake-share-ebs-kms.json');
    expect(keyInput('us-east-1')).toHaveAccessibleDescription(
      expect.stringMatching(/Choose a KMS key for 'us-east-1'/),
    );

    await user.type(keyInput('us-east-1'), KEY);
    await user.type(keyInput('eu-west-1'), 'alias/aws/ebs');
    expect(stage.extendedAttributes).toMatchObject({ 'kms_key_us-east-1': KEY, 'kms_key_eu-west-1': 'alias/aws/ebs' });
    expect(keyInput('eu-west-1')).toHaveAccessibleDescription(
      expect.stringMatching(/AWS-managed EBS key, which cannot be shared/),
    );
    expect(keyInput('eu-west-1')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('checkbox', { name: /also share the snapshots/i })).toBeChecked();
    expect(previewLine('region_kms_key_ids')).toHaveTextContent(`us-east-1 → ${KEY}, eu-west-1 → alias/aws/ebs`);
  });

  it('refuses a key from another region', async () => {
    const { user } = await renderCompanionPanel({ extendedAttributes: { share_with_1: '111111111111' } });
    await user.click(encryption());
    await user.type(keyInput('us-east-1'), `arn:aws:kms:eu-west-1:111122223333:key/${KEY}`);
    expect(keyInput('us-east-1')).toHaveAccessibleDescription(
      expect.stringMatching(/is a key in 'eu-west-1', but it is the key for 'us-east-1'/),
    );
  });

  it('switched off, goes back to the plain companion template and brings the keys back when switched on', async () => {
    const { stage, user } = await renderCompanionPanel({
      templateFileName: 'bake-share-ebs-kms.json',
      extendedAttributes: { share_with_1: '111111111111', 'kms_key_us-east-1': KEY },
    });

    await user.click(encryption());
    expect(stage.templateFileName).toBe('bake-share-ebs.json');
    expect(stage.extendedAttributes).not.toHaveProperty('kms_key_us-east-1');
    await user.click(encryption());
    expect(stage.templateFileName).toBe('bake-share-ebs-kms.json');
    expect(stage.extendedAttributes).toHaveProperty('kms_key_us-east-1', KEY);
  });

  it("drops a removed copy region's key, and keeps the others", async () => {
    const { stage, user } = await renderCompanionPanel({
      templateFileName: 'bake-share-ebs-kms.json',
      extendedAttributes: { copy_to_1: 'eu-west-1', 'kms_key_us-east-1': KEY, 'kms_key_eu-west-1': 'alias/eu' },
    });
    await user.click(screen.getByRole('button', { name: 'Remove eu-west-1' }));
    expect(stage.extendedAttributes).toEqual({ 'kms_key_us-east-1': KEY });
    expect(regionInput()).toBeInTheDocument();
  });
});

describe('shared snapshots', () => {
  it('are off by default for an unencrypted image, and written when ticked', async () => {
    const { stage, user } = await renderCompanionPanel({ extendedAttributes: { share_with_1: '111111111111' } });
    const snapshots = screen.getByRole('checkbox', { name: /also share the snapshots/i });
    expect(snapshots).not.toBeChecked();
    expect(previewLine('snapshot_users')).toHaveTextContent('none');

    await user.click(snapshots);
    expect(stage.extendedAttributes).toHaveProperty('share_snapshots', 'true');
    expect(previewLine('snapshot_users')).toHaveTextContent('111111111111');
  });
});

describe("on Deck main's AmazonStageConfig, where the panel is the only form for the template", () => {
  it('switches the template it shows itself and writes the organization', async () => {
    const { stage, user } = renderPanel(bakeStage(), { standalone: true });
    await waitFor(() => expect(screen.queryByText(/Loading Spinnaker's AWS accounts/)).toBeNull());
    await user.click(screen.getByRole('checkbox', { name: /share the baked ami/i }));

    await user.click(screen.getByRole('button', { name: 'Use bake-share-ebs.json' }));
    expect(screen.getByRole('combobox', { name: 'Template' })).toHaveValue('bake-share-ebs.json');
    await user.type(organizationsInput(), `${ORGANIZATION}{Enter}`);

    expect(stage).toMatchObject({
      templateFileName: 'bake-share-ebs.json',
      extendedAttributes: { aws_vpc_id: 'vpc-0abc1234', share_with_org_1: ORGANIZATION },
    });
  });
});
