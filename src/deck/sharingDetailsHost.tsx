import React from 'react';
import ReactDOM from 'react-dom';
import type { ExecutionShape, ExecutionStageShape } from '../share/bakeRuns';
import { scopeValuesOf, watchFromHost } from './angularScope';

export interface StageDetailsProps {
  stage: ExecutionStageShape;
  execution?: ExecutionShape;
}

export const SHARING_HOST_TAG = 'bake-share-sharing-details';

// A custom element needs no AngularJS directive (none can be registered once Deck has started): AngularJS leaves
// it alone, and it renders the section from the stage and execution that Deck's stepExecutionDetails component
// puts on its scope, again whenever Deck hands it a newer stage.
export function defineSharingDetailsHost(View: React.ComponentType<StageDetailsProps>): string {
  if (customElements.get(SHARING_HOST_TAG)) return SHARING_HOST_TAG;
  class SharingDetailsHost extends HTMLElement {
    private stopWatching: () => void = () => undefined;

    connectedCallback(): void {
      // AngularJS inserts a template's elements before it links them to their scope.
      queueMicrotask(() => this.show());
    }

    disconnectedCallback(): void {
      this.stopWatching();
      ReactDOM.unmountComponentAtNode(this);
    }

    private show(): void {
      const scope = this.isConnected ? scopeValuesOf(this) : undefined;
      if (!scope || !scope.stage || typeof scope.stage !== 'object') return;
      const render = () =>
        ReactDOM.render(
          <View stage={scope.stage as ExecutionStageShape} execution={scope.execution as ExecutionShape} />,
          this,
        );
      render();
      this.stopWatching = watchFromHost(this, () => scope.stage, render, false);
    }
  }
  customElements.define(SHARING_HOST_TAG, SharingDetailsHost);
  return SHARING_HOST_TAG;
}
