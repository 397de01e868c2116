import React, { Suspense } from 'react';
import type { BakeStagePanelProps } from '../deck/decorateBakeStage';

// The panel's UI is its own chunk, fetched when someone opens an AWS bake stage, so Deck's start pays only for the
// decoration and the validator.
const StageSharePanel = React.lazy(() =>
  import('./StageSharePanel').then((module) => ({ default: module.StageSharePanel })),
);

export function LazyStageSharePanel(props: BakeStagePanelProps) {
  return (
    <Suspense fallback={null}>
      <StageSharePanel {...props} />
    </Suspense>
  );
}
