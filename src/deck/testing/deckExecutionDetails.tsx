import React from 'react';

// Stand-ins written from Deck main's source (core StepExecutionDetails, ExecutionDetailsTasks; amazon
// AwsBakeExecutionDetails from 2026-09): the nav names each section by its title, and every section is rendered
// with name and current, the current one showing itself.
export interface SectionProps {
  name: string;
  current: string;
  stage: { context?: Record<string, unknown> };
  execution?: unknown;
}

type Section = React.ComponentType<SectionProps> & { title: string };

function sectionOf(title: string, render: (props: SectionProps) => React.ReactNode): Section {
  const DeckSection = (props: SectionProps) =>
    props.current === props.name ? <div className="step-section-details">{render(props)}</div> : null;
  DeckSection.title = title;
  return DeckSection;
}

export const ExecutionDetailsTasks = sectionOf('taskStatus', () => <p>Deck&apos;s task list</p>);

export const AwsBakeExecutionDetails = sectionOf('bakeConfig', ({ stage }) => (
  <dl>
    <dt>Image</dt>
    <dd>{String(stage.context?.ami ?? '')}</dd>
  </dl>
));

interface StepExecutionDetailsProps {
  detailsSections: Section[];
  current: string;
  stage: SectionProps['stage'];
  execution?: unknown;
}

export function StepExecutionDetails({ detailsSections, current, stage, execution }: StepExecutionDetailsProps) {
  return (
    <div>
      <ul className="nav nav-pills">
        {detailsSections.map((section) => (
          <li key={section.title}>{section.title}</li>
        ))}
      </ul>
      {detailsSections.map((Section) => (
        <Section key={Section.title} name={Section.title} current={current} stage={stage} execution={execution} />
      ))}
    </div>
  );
}
