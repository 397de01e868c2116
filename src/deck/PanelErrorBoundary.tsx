import React from 'react';

interface PanelErrorBoundaryState {
  failed: boolean;
}

// The panel shares a React root with Deck's own bake form: a failure in the panel (a chunk that cannot load, data
// nobody expected) must not take the form down with it.
interface PanelErrorBoundaryProps {
  children: React.ReactNode;
  // What the user reads instead of the part that failed.
  failure?: string;
}

const PANEL_FAILURE = 'The Share with accounts panel could not be shown; reopen the stage to try again.';

export class PanelErrorBoundary extends React.Component<PanelErrorBoundaryProps, PanelErrorBoundaryState> {
  state: PanelErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): PanelErrorBoundaryState {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.error(`bake-share: ${this.props.failure ?? PANEL_FAILURE}`, error);
  }

  render() {
    if (this.state.failed) {
      return (
        <p className="warning-message bake-share-failed" role="status">
          {this.props.failure ?? PANEL_FAILURE}
        </p>
      );
    }
    return this.props.children;
  }
}
