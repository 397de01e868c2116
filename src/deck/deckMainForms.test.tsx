import '@testing-library/jest-dom';
import React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IPipeline, IStageConfigProps, IStageTypeConfig } from '@spinnaker/core';
import { StageSharePanel } from '../panel/StageSharePanel';
import { listAccountsWith, preparePanelTests } from '../panel/testing/renderPanel';
import { decorateAwsBakeStage } from './decorateBakeStage';
import { shareValidators } from './shareValidators';
import { registerStageTypes, restoreDeckStageTypes } from './testing/stageRegistry';
import { AmazonStageConfig, AwsBakeStageConfig, bakery, DeckMainStagePage, latest } from './testing/deckMainForms';

function decorated(component: React.ComponentType<IStageConfigProps>): React.ComponentType<IStageConfigProps> {
  const entry = { provides: 'bake', cloudProvider: 'aws', component } as IStageTypeConfig;
  registerStageTypes(entry);
  decorateAwsBakeStage({ Panel: StageSharePanel, validators: shareValidators() });
  return entry.component as React.ComponentType<IStageConfigProps>;
}

const demoPipeline = (extendedAttributes: Record<string, string> = { aws_vpc_id: 'vpc-0abc1234' }) =>
  ({
    id: 'pipeline-1',
    application: 'demo',
    name: 'Bake',
    stages: [{ refId: '1', type: 'bake', cloudProviderType: 'aws', regions: ['us-east-1'], extendedAttributes }],
    triggers: [],
  }) as unknown as IPipeline;

const savedStage = () => latest.pipeline?.stages[0] as unknown as Record<string, unknown>;
const shareToggle = () => screen.getByRole('checkbox', { name: /share the baked ami/i });
const accountBox = () => screen.getByRole('combobox', { name: 'Accounts' });

async function showAdvancedOptions(user: ReturnType<typeof userEvent.setup>) {
  const toggle = await screen.findByRole('checkbox', { name: 'Show Advanced Options' });
  if (!(toggle as HTMLInputElement).checked) await user.click(toggle);
}

preparePanelTests();

beforeEach(() => {
  listAccountsWith(() => Promise.resolve([{ name: 'prod', accountId: '111111111111' }]));
  bakery.loaded = Promise.resolve();
});

afterEach(() => {
  restoreDeckStageTypes();
});

async function openStage(component: React.ComponentType<IStageConfigProps>, pipeline = demoPipeline()) {
  const Form = decorated(component);
  const user = userEvent.setup({ delay: null });
  render(<DeckMainStagePage pipeline={pipeline} Component={Form} />);
  await screen.findByRole('checkbox', { name: /share the baked ami/i });
  return user;
}

describe('Deck main from 2026-09: AwsBakeStageConfig edits the template and the attributes itself', () => {
  it('shows no second template input and no second attribute table, even with Advanced Options closed', async () => {
    await openStage(AwsBakeStageConfig, demoPipeline({}));
    expect(await screen.findByRole('checkbox', { name: 'Show Advanced Options' })).not.toBeChecked();

    await waitFor(() => expect(screen.queryByRole('table', { name: /other extended attributes/i })).toBeNull());
    expect(screen.queryByRole('combobox', { name: 'Template' })).toBeNull();
  });

  it("shows the panel's accounts in Deck's table at once, and Deck's edits in the panel", async () => {
    const user = await openStage(AwsBakeStageConfig);
    await user.click(shareToggle());
    await user.type(accountBox(), '111111111111{Enter}');
    await showAdvancedOptions(user);

    const deckValue = screen.getByRole('textbox', { name: 'Value of share_with_1' });
    expect(deckValue).toHaveValue('111111111111');
    expect(screen.getAllByDisplayValue('aws-multi-ebs.json')).toHaveLength(1);

    await user.clear(deckValue);
    await user.type(deckValue, '222222222222');

    const chosen = screen.getByRole('list', { name: 'Chosen accounts' });
    expect(within(chosen).getByText('222222222222')).toBeInTheDocument();
    expect(savedStage().extendedAttributes).toEqual({ aws_vpc_id: 'vpc-0abc1234', share_with_1: '222222222222' });
  });

  it('keeps both changes when Deck and the panel write in quick succession', async () => {
    const user = await openStage(AwsBakeStageConfig);
    await user.click(shareToggle());
    await showAdvancedOptions(user);
    const vpc = screen.getByRole('textbox', { name: 'Value of aws_vpc_id' });

    await user.type(accountBox(), '111111111111');
    act(() => {
      vpc.focus();
      accountBox().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await user.type(vpc, '9');

    expect(savedStage().extendedAttributes).toEqual({ aws_vpc_id: 'vpc-0abc12349', share_with_1: '111111111111' });
    expect(savedStage().templateFileName).toBe('aws-multi-ebs.json');
  });

  it("lets the template typed in Deck's form switch sharing on, and the panel shows it read-only", async () => {
    const user = await openStage(AwsBakeStageConfig);
    await showAdvancedOptions(user);
    const deckTemplate = screen
      .getAllByRole('textbox')
      .find((input) => input.closest('.form-group')?.textContent?.includes('Template File Name')) as HTMLElement;

    await user.type(deckTemplate, 'aws-multi-chroot.json');

    expect(shareToggle()).toBeChecked();
    expect(screen.getByText('aws-multi-chroot.json', { selector: 'code' })).toBeInTheDocument();
  });
});

describe('Deck main 2026-07/08: AmazonStageConfig shows Package and Region only', () => {
  it('gets the template and the other attributes from the panel', async () => {
    const user = await openStage(AmazonStageConfig);

    expect(screen.getByRole('table', { name: /other extended attributes/i })).toBeInTheDocument();
    await user.click(shareToggle());
    const template = screen.getByRole('combobox', { name: 'Template' });
    expect(template).toHaveValue('aws-multi-ebs.json');
    await user.clear(template);
    await user.type(template, 'aws-multi-chroot.json');

    expect(savedStage().templateFileName).toBe('aws-multi-chroot.json');
  });
});
