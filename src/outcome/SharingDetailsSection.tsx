import React, { Suspense, useState } from 'react';
import type { StageDetailsProps } from '../deck/sharingDetailsHost';
import { PanelErrorBoundary } from '../deck/PanelErrorBoundary';

// The section's UI is its own chunk, fetched when someone opens it.
const BakeOutcomeView = React.lazy(() =>
  import('./BakeOutcomeView').then((module) => ({ default: module.BakeOutcomeView })),
);

function LoadedOutcome(props: StageDetailsProps) {
  return (
    <PanelErrorBoundary failure="The Sharing section could not be shown; close and reopen the details to try again.">
      <Suspense fallback={<p role="status">Loading…</p>}>
        <BakeOutcomeView {...props} />
      </Suspense>
    </PanelErrorBoundary>
  );
}

interface SectionProps extends StageDetailsProps {
  name: string;
  current: string;
}

// Deck main renders every section when the details open, current or not: nothing is loaded or asked until the
// Sharing tab is the current one.
export function SharingDetailsSection({ name, current, stage, execution }: SectionProps) {
  if (current !== name) return null;
  return (
    <div className="step-section-details">
      <LoadedOutcome stage={stage} execution={execution} />
    </div>
  );
}
SharingDetailsSection.title = 'sharing';

// Once opened, later details open it by themselves for the rest of the page.
let openedBefore = false;

// On AngularJS Decks the section follows Deck's own tabs, closed until asked for.
export function SharingDisclosure(props: StageDetailsProps) {
  const [open, setOpen] = useState(openedBefore);
  const toggle = () => {
    openedBefore = !open;
    setOpen(!open);
  };
  return (
    <div className="step-section-details bake-share-sharing-disclosure">
      <h5>
        <button type="button" className="btn btn-link" aria-expanded={open} onClick={toggle}>
          <span className={`fa fa-chevron-${open ? 'down' : 'right'}`} aria-hidden="true" /> Sharing
        </button>
      </h5>
      {open ? <LoadedOutcome {...props} /> : null}
    </div>
  );
}
