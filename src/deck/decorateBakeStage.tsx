import React from 'react';
import type { IStageConfigProps, IStageTypeConfig, IValidatorConfig } from '@spinnaker/core';
import { clearStageConfigCache, findAwsBakeStage } from './bakeStageEntry';
import { FrozenAngularForm } from './FrozenAngularForm';

export interface BakeStagePanelProps extends IStageConfigProps {
  // True where Deck's own bake form has no Template File Name or Extended Attributes fields (Deck main).
  standalone: boolean;
}

export interface BakeStageExtensions {
  Panel: React.ComponentType<BakeStagePanelProps>;
  validators: IValidatorConfig[];
}

function withPanelBelow(
  OriginalForm: React.ComponentType<IStageConfigProps>,
  Panel: React.ComponentType<BakeStagePanelProps>,
  standalone: boolean,
): React.ComponentType<IStageConfigProps> {
  const BakeStageWithSharePanel = (props: IStageConfigProps) => (
    <>
      <OriginalForm {...props} />
      <Panel {...props} standalone={standalone} />
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
    entry.component = withPanelBelow(entry.component, Panel, true);
  } else if (entry.templateUrl) {
    entry.component = withPanelBelow(angularFormComponent(entry.templateUrl), Panel, false);
  } else {
    return false;
  }
  entry.validators = [...(entry.validators ?? []), ...validators];
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
