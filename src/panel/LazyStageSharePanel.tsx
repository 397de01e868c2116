import React, { Suspense } from 'react';
import type { BakeStagePanelProps } from '../deck/decorateBakeStage';
import { registerHelpTexts } from '../deck/help';

// The panel's UI is its own chunk, fetched when someone opens an AWS bake stage, so Deck's start pays only for the
// decoration and the validator. Its help texts come with it: only the panel's HelpFields show them.
const StageSharePanel = React.lazy(() =>
  import('./StageSharePanel').then((module) => {
    registerHelpTexts(module.HELP_TEXTS);
    return { default: module.StageSharePanel };
  }),
);

export function LazyStageSharePanel(props: BakeStagePanelProps) {
  return (
    <Suspense fallback={null}>
      <StageSharePanel {...props} />
    </Suspense>
  );
}
