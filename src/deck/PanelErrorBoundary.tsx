import React from 'react';

interface PanelErrorBoundaryState {
  failed: boolean;
}

// The panel shares a React root with Deck's own bake form: a failure in the panel (a chunk that cannot load, data
// nobody expected) must not take the form down with it.
export class PanelErrorBoundary extends React.Component<{ children: React.ReactNode }, PanelErrorBoundaryState> {
  state: PanelErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): PanelErrorBoundaryState {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.error('bake-share: the share panel failed; the rest of the stage is unaffected.', error);
  }

  render() {
    if (this.state.failed) {
      return (
        <p className="warning-message bake-share-failed" role="status">
          The Share with accounts panel could not be shown; reopen the stage to try again.
        </p>
      );
    }
    return this.props.children;
  }
}
