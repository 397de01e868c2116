import '@testing-library/jest-dom';
import React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { HelpContentsRegistry } from '@spinnaker/core';
import type { BakeStagePanelProps } from '../deck/decorateBakeStage';
import { HELP_TEXTS } from './helpTexts';
import { LazyStageSharePanel } from './LazyStageSharePanel';
import { bakeStage, listAccountsWith, preparePanelTests } from './testing/renderPanel';

preparePanelTests();

it("registers the panel's help texts with Deck's help registry when the panel loads", async () => {
  listAccountsWith(() => Promise.resolve([]));
  const props = { stage: bakeStage(), pipeline: {}, updateStageField: () => undefined, deckEdits: {} };
  render(<LazyStageSharePanel {...(props as unknown as BakeStagePanelProps)} />);

  await screen.findByRole('checkbox', { name: /share the baked ami/i });
  await waitFor(() =>
    Object.keys(HELP_TEXTS).forEach((key) => expect(HelpContentsRegistry.getHelpField(key)).toBe(HELP_TEXTS[key])),
  );
});
