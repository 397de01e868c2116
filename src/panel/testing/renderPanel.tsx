import React, { useReducer } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccountService, PipelineConfigValidator } from '@spinnaker/core';
import type { IStage } from '@spinnaker/core';
import type { BakeStagePanelProps } from '../../deck/decorateBakeStage';
import { StageSharePanel } from '../StageSharePanel';
import { dropDeckStylesheets } from '../../deck/testing/deckStylesheets';

type ListAccounts = typeof AccountService.listAccounts;

export const deckSettings = (window as unknown as { spinnakerSettings: { bakeShare?: unknown } }).spinnakerSettings;

let stagesMade = 0;

export function bakeStage(fields: Partial<IStage> = {}): IStage {
  return {
    refId: `bake-${++stagesMade}`,
    type: 'bake',
    cloudProviderType: 'aws',
    regions: ['us-east-1'],
    extendedAttributes: { aws_vpc_id: 'vpc-0abc1234' },
    ...fields,
  } as IStage;
}

export interface PanelOptions {
  // Deck's own form shows neither template nor extended attributes, as Deck main's AmazonStageConfig.
  standalone?: boolean;
  // Called after each change the panel hands to Deck, with the stage as Deck then holds it.
  onUpdate?(stage: IStage): void;
}

const DEMO_PIPELINE = { id: 'pipeline-1', application: 'demo', name: 'Bake and deploy' };

// Deck's StageConfigWrapper applies updateStageField to the very stage object and renders the form again.
export function renderPanel(stage: IStage = bakeStage(), { standalone = false, onUpdate }: PanelOptions = {}) {
  function Host() {
    const [, rerender] = useReducer((count: number) => count + 1, 0);
    const updateStageField = (changes: Partial<IStage>) => {
      Object.assign(stage, changes);
      onUpdate?.(stage);
      rerender();
    };
    const deckEdits = { template: !standalone, extendedAttributes: !standalone };
    const props = { stage, pipeline: DEMO_PIPELINE, updateStageField, deckEdits } as unknown as BakeStagePanelProps;
    return <StageSharePanel {...props} />;
  }
  // Nothing in the panel waits between keystrokes, so neither do the tests.
  const user = userEvent.setup({ delay: null });
  render(<Host />);
  return { stage, user };
}

// Renders the panel, ticks Share AMI and waits for Spinnaker's account list.
export async function renderSharingPanel(stage: IStage = bakeStage(), options: PanelOptions = {}) {
  const rendered = renderPanel(stage, options);
  await rendered.user.click(shareToggle());
  await waitFor(() => expect(screen.queryByText(/Loading Spinnaker's AWS accounts/)).toBeNull());
  return rendered;
}

export const shareToggle = () => screen.getByRole('checkbox', { name: /share the baked ami/i });
export const accountInput = () => screen.getByRole('combobox', { name: 'Accounts' });
export const regionInput = () => screen.getByRole('combobox', { name: 'Copy to regions' });
export const chosenAccounts = () => screen.getByRole('list', { name: 'Chosen accounts' });
// An input with a list of suggestions is a combobox.
export const templateInput = () => screen.getByRole('combobox', { name: 'Template' });
export const previewLine = (label: string) =>
  within(screen.getByRole('group', { name: 'What Rosco will pass to Packer' }))
    .getByText(label)
    .closest('.bake-share-preview-line');

export function listAccountsWith(reply: () => Promise<unknown>) {
  jest.spyOn(AccountService, 'listAccounts').mockImplementation(() => reply() as ReturnType<ListAccounts>);
}

const REACT_16_8_ACT_WARNINGS = ['not wrapped in act(', 'not an awaitable version of "act"'];
let reportedErrors: unknown[][] = [];

// What reached console.error in the current test, React 16.8's act warnings aside: React reports a component that
// threw and jsdom an exception from an event handler there.
export const consoleErrors = (): unknown[][] => reportedErrors;

// Registers the hooks every panel test file needs.
export function preparePanelTests(): void {
  const reportError = console.error;
  beforeEach(() => {
    reportedErrors = [];
    dropDeckStylesheets();
    // Deck's validator runs on AngularJS's $q, which needs a bootstrapped Deck; the tests check that it is asked.
    jest
      .spyOn(PipelineConfigValidator, 'validatePipeline')
      .mockImplementation(
        () => Promise.resolve() as unknown as ReturnType<typeof PipelineConfigValidator.validatePipeline>,
      );
    // React 16.8's act cannot be awaited, so the account list arriving after render always draws these warnings.
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!REACT_16_8_ACT_WARNINGS.some((warning) => String(args[0]).includes(warning))) {
        reportedErrors.push(args);
        reportError(...args);
      }
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    delete deckSettings.bakeShare;
  });
}
