import React, { useReducer } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccountService } from '@spinnaker/core';
import type { IStage } from '@spinnaker/core';
import type { BakeStagePanelProps } from '../../deck/decorateBakeStage';
import { StageSharePanel } from '../StageSharePanel';

type ListAccounts = typeof AccountService.listAccounts;

export const deckSettings = (window as unknown as { spinnakerSettings: { bakeShare?: unknown } }).spinnakerSettings;

export function bakeStage(fields: Partial<IStage> = {}): IStage {
  return {
    type: 'bake',
    cloudProviderType: 'aws',
    regions: ['us-east-1'],
    extendedAttributes: { aws_vpc_id: 'vpc-0abc1234' },
    ...fields,
  } as IStage;
}

export interface PanelOptions {
  standalone?: boolean;
  // Called after each change the panel hands to Deck, with the stage as Deck then holds it.
  onUpdate?(stage: IStage): void;
}

// Deck's StageConfigWrapper applies updateStageField to the very stage object and renders the form again.
export function renderPanel(stage: IStage = bakeStage(), { standalone = false, onUpdate }: PanelOptions = {}) {
  function Host() {
    const [, rerender] = useReducer((count: number) => count + 1, 0);
    const updateStageField = (changes: Partial<IStage>) => {
      Object.assign(stage, changes);
      onUpdate?.(stage);
      rerender();
    };
    const props = { stage, updateStageField, standalone } as unknown as BakeStagePanelProps;
    return <StageSharePanel {...props} />;
  }
  // Nothing in the panel waits between keystrokes, so neither do the tests.
  const user = userEvent.setup({ delay: null });
  render(<Host />);
  return { stage, user };
}

export const shareToggle = () => screen.getByRole('checkbox', { name: /share the baked ami/i });
export const accountInput = () => screen.getByRole('combobox', { name: /add an account/i });
export const chosenAccounts = () => screen.getByRole('list', { name: 'Chosen accounts' });
export const templateInput = () => screen.getByLabelText('Packer template file name');
export const previewLine = (label: string) =>
  within(screen.getByLabelText('What Rosco will pass to Packer')).getByText(label).closest('dd');

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
    // @spinnaker/core adds its stylesheets on import; jsdom walks them for every computed-style lookup, and
    // user-event and toBeVisible make many.
    document.head.querySelectorAll('style').forEach((style) => style.remove());
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
