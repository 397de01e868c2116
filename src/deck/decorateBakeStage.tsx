import React from 'react';
import type { IStageConfigProps, IStageTypeConfig, IValidatorConfig } from '@spinnaker/core';
import { clearStageConfigCache, findAwsBakeStage } from './bakeStageEntry';
import { FrozenAngularForm } from './FrozenAngularForm';
import { ownValidators } from './ownValidators';
import { PanelErrorBoundary } from './PanelErrorBoundary';

// Which of the panel's fields Deck's own bake form edits itself; the panel offers an editor only for the others.
export interface DeckFormFields {
  template: boolean;
  extendedAttributes: boolean;
}

export interface BakeStagePanelProps extends IStageConfigProps {
  deckEdits: DeckFormFields;
}

export interface BakeStageExtensions {
  Panel: React.ComponentType<BakeStagePanelProps>;
  validators: IValidatorConfig[];
}

function withPanelBelow(
  OriginalForm: React.ComponentType<IStageConfigProps>,
  Panel: React.ComponentType<BakeStagePanelProps>,
  deckEdits: DeckFormFields,
): React.ComponentType<IStageConfigProps> {
  const BakeStageWithSharePanel = (props: IStageConfigProps) => (
    <>
      <OriginalForm {...props} />
      <PanelErrorBoundary>
        <Panel {...props} deckEdits={deckEdits} />
      </PanelErrorBoundary>
    </>
  );
  return BakeStageWithSharePanel;
}

function angularFormComponent(templateUrl: string): React.ComponentType<IStageConfigProps> {
  const AwsBakeStageForm = () => <FrozenAngularForm templateUrl={templateUrl} />;
  return AwsBakeStageForm;
}

function decorate(entry: IStageTypeConfig, { Panel, validators }: BakeStageExtensions): boolean {
  if (entry.component) {
    entry.component = withPanelBelow(entry.component, Panel, { template: false, extendedAttributes: false });
  } else if (entry.templateUrl) {
    entry.component = withPanelBelow(angularFormComponent(entry.templateUrl), Panel, {
      template: true,
      extendedAttributes: true,
    });
  } else {
    return false;
  }
  entry.validators = [...ownValidators(entry), ...validators];
  clearStageConfigCache();
  return true;
}

export function decorateAwsBakeStage(extensions: BakeStageExtensions): boolean {
  const entry = findAwsBakeStage();
  if (!entry || !decorate(entry, extensions)) {
    console.warn('bake-share: the AWS Bake stage is not registered in this Deck; the share panel is not added.');
    return false;
  }
  return true;
}
