import React, { useEffect, useReducer, useState } from 'react';
import { cloneDeep, omit } from 'lodash';
import type { IPipeline, IStage, IStageConfigProps } from '@spinnaker/core';

// Stand-ins for Deck main's AWS bake forms and the page that hosts them, written from spinnaker/spinnaker deck/:
// packages/amazon/src/pipeline/stages/bake/AwsBakeStageConfig.tsx (f47da8e7, from 2026-09), AmazonStageConfig.tsx
// (2026-07/08), and core's PipelineConfigPage updateStageField + StageConfigWrapper (8f1801da).

type Attributes = Record<string, string>;

// AwsBakeStageConfig.deleteEmptyProperties: a copy without the keys whose value is ''.
const deleteEmptyProperties = (stage: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(stage).filter(([, value]) => value !== ''));

interface AwsBakeState {
  loading: boolean;
  showAdvancedOptions: boolean;
  extendedAttributeKey: string;
  extendedAttributeValue: string;
}

export interface BakeryOptions {
  // Resolves when the form's bakery requests (regions, base OS, base labels) answer.
  loaded: Promise<void>;
}

export const bakery: BakeryOptions = { loaded: Promise.resolve() };

// The class component from 2026-09: every change builds the whole next stage from this.props.stage and hands it to
// updateStage; on mount it keeps the stage it got and applies defaults to that copy once the bakery answers.
export class AwsBakeStageConfig extends React.Component<IStageConfigProps, AwsBakeState> {
  state: AwsBakeState = {
    loading: true,
    showAdvancedOptions: false,
    extendedAttributeKey: '',
    extendedAttributeValue: '',
  };

  componentDidMount() {
    const stage = this.props.stage;
    void bakery.loaded.then(() => {
      const nextStage = { ...stage, extendedAttributes: stage.extendedAttributes || {}, storeType: 'ebs' };
      this.replaceStage(nextStage);
      this.setState({ loading: false, showAdvancedOptions: this.showAdvanced(nextStage) });
    });
  }

  private showAdvanced(stage: IStage): boolean {
    return Boolean(stage.templateFileName || Object.keys(stage.extendedAttributes ?? {}).length > 0 || stage.amiName);
  }

  private replaceStage(nextStage: Record<string, unknown>) {
    (this.props.updateStage ?? this.props.updateStageField)(nextStage);
  }

  private update(changes: Record<string, unknown>) {
    this.replaceStage(deleteEmptyProperties({ ...this.props.stage, ...changes }));
  }

  private attributes(): Attributes {
    return (this.props.stage.extendedAttributes as Attributes) || {};
  }

  render() {
    if (this.state.loading) return <div className="load">Loading…</div>;
    const stage = this.props.stage;
    const attributes = this.attributes();
    return (
      <div className="form-horizontal">
        <StandInInput
          label="Package"
          value={stage.package ?? ''}
          onChange={(value) => this.update({ package: value })}
        />
        <div className="form-group">
          <div className="col-md-9 col-md-offset-1">
            <div className="checkbox">
              <label>
                <input
                  type="checkbox"
                  checked={this.state.showAdvancedOptions}
                  onChange={(event) => this.setState({ showAdvancedOptions: event.target.checked })}
                />
                <strong>Show Advanced Options</strong>
              </label>
            </div>
          </div>
        </div>
        {this.state.showAdvancedOptions && (
          <>
            <StandInInput
              label="Template File Name"
              value={stage.templateFileName ?? ''}
              onChange={(value) => this.update({ templateFileName: value })}
            />
            <StandInField label="Extended Attributes">
              <table className="table table-condensed packed">
                <tbody>
                  {Object.keys(attributes).map((key) => (
                    <tr key={key}>
                      <td>
                        <strong className="small">{key}</strong>
                      </td>
                      <td>
                        <input
                          className="form-control input-sm"
                          aria-label={`Value of ${key}`}
                          value={attributes[key]}
                          onChange={(event) =>
                            this.update({ extendedAttributes: { ...this.attributes(), [key]: event.target.value } })
                          }
                        />
                      </td>
                      <td>
                        <a
                          className="small"
                          href=""
                          onClick={(event) => {
                            event.preventDefault();
                            this.update({ extendedAttributes: omit(this.attributes(), key) });
                          }}
                        >
                          Remove
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </StandInField>
          </>
        )}
      </div>
    );
  }
}

// The generic form of 2026-07/08: Package and Region only.
export function AmazonStageConfig({ stage, updateStageField }: IStageConfigProps) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- AmazonStageConfig applies its defaults once, on mount
  useEffect(() => updateStageField({ cloudProvider: 'aws' }), []);
  return (
    <div className="form-horizontal">
      <StandInInput
        label="Package"
        value={stage.package ?? ''}
        onChange={(value) => updateStageField({ package: value })}
      />
      <StandInField label="Region">
        <input type="checkbox" name="regions" value="us-east-1" readOnly checked />
      </StandInField>
    </div>
  );
}

function StandInField({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="form-group">
      <label className="col-md-3 sm-label-right">
        <span className="label-text">{label}</span>
      </label>
      <div className="col-md-8">{children}</div>
    </div>
  );
}

function StandInInput({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  return (
    <StandInField label={label}>
      <input className="form-control input-sm" value={value} onChange={(event) => onChange(event.target.value)} />
    </StandInField>
  );
}

// PipelineConfigPage: the stage config gets the selected stage of a deep clone of the pipeline, made after every
// change; updateStageField copies each allowed key into that stage object, then the page clones again.
export function DeckMainStagePage({
  pipeline: initial,
  Component,
}: {
  pipeline: IPipeline;
  Component: React.ComponentType<IStageConfigProps>;
}) {
  const [pipeline, setPipeline] = useState(() => cloneDeep(initial));
  const [, forceUpdate] = useReducer((count: number) => count + 1, 0);
  const stage = pipeline.stages[0];
  const updateStageField = (changes: Record<string, unknown>) => {
    const allowed = omit(changes, ['requisiteStageRefIds', 'refId', 'isNew', 'name', 'type']);
    Object.entries(allowed).forEach(([key, value]) => {
      if (value !== undefined || key in stage) (stage as Record<string, unknown>)[key] = value;
    });
    latest.pipeline = pipeline;
    setPipeline(cloneDeep(pipeline));
  };
  // StageConfigWrapper: updateStage is the page's writer; updateStageField also forces a render.
  const props = {
    application: {},
    pipeline,
    stage,
    stageFieldUpdated: () => undefined,
    updateStage: updateStageField,
    updateStageField: (changes: Record<string, unknown>) => {
      updateStageField(changes);
      forceUpdate();
    },
  } as unknown as IStageConfigProps;
  latest.pipeline = pipeline;
  return <Component {...props} />;
}

// The pipeline as the page last held it, for the tests to read what Save would send.
export const latest: { pipeline?: IPipeline } = {};
