import React from 'react';
import { StageConfigField } from '@spinnaker/core';
import type { KnownAccount } from '../deck/awsAccounts';
import type { Finding, ShareModel, SharePreview, TemplateCapacity } from '../share';
import type { AccountsStatus } from './AccountPicker';
import { AccountPicker } from './AccountPicker';
import { FindingMessages } from './FindingMessages';
import { OtherAttributes } from './OtherAttributes';
import { RebakeHint } from './RebakeHint';
import { RegionPicker } from './RegionPicker';
import { ShareNotes } from './ShareNotes';
import { SharePreviewView } from './SharePreviewView';
import { TemplateField } from './TemplateField';

export interface SharePanelProps {
  model: ShareModel;
  findings: Finding[];
  preview: SharePreview;
  capacity?: TemplateCapacity;
  knownAccounts: KnownAccount[];
  accountsStatus: AccountsStatus;
  knownTemplates: string[];
  bakeRegions: string[];
  // Deck main's bake form shows neither template nor extended attributes: the panel then shows them itself.
  standalone: boolean;
  otherAttributes: Array<[string, string]>;
  showRebakeHint: boolean;
  onChange(model: ShareModel): void;
  onTemplateChange(templateFileName: string): void;
  onRebake(): void;
}

const forField = (findings: Finding[], field: Finding['field']) =>
  findings.filter((finding) => finding.field === field);

export function SharePanel(props: SharePanelProps) {
  const { model, findings, capacity, onChange } = props;
  const editableTemplate = props.standalone;
  return (
    <div className="bake-share-panel">
      <div className="form-group">
        <div className="col-md-12">
          <h4 className="bake-share-title">Share with accounts</h4>
        </div>
      </div>
      <StageConfigField label="Share AMI" helpKey="bakeShare.enabled">
        <div className="checkbox">
          <label>
            <input
              type="checkbox"
              checked={model.enabled}
              onChange={(event) => onChange({ ...model, enabled: event.target.checked })}
            />{' '}
            Share the baked AMI with other AWS accounts and copy it to other regions
          </label>
        </div>
      </StageConfigField>
      {model.enabled && (
        <>
          <StageConfigField label="Accounts" helpKey="bakeShare.accounts">
            <AccountPicker
              accounts={model.accounts}
              knownAccounts={props.knownAccounts}
              status={props.accountsStatus}
              findings={forField(findings, 'accounts')}
              capacity={capacity?.accounts}
              onChange={(accounts) => onChange({ ...model, accounts })}
            />
          </StageConfigField>
          <StageConfigField label="Copy to regions" helpKey="bakeShare.copyRegions">
            <RegionPicker
              copyRegions={model.copyRegions}
              bakeRegions={props.bakeRegions}
              findings={forField(findings, 'copyRegions')}
              capacity={capacity?.regions}
              onChange={(copyRegions) => onChange({ ...model, copyRegions })}
            />
          </StageConfigField>
          <StageConfigField label="Rosco will run" helpKey="bakeShare.preview">
            <SharePreviewView preview={props.preview} />
          </StageConfigField>
        </>
      )}
      {(model.enabled || editableTemplate) && (
        <StageConfigField label="Template" helpKey="bakeShare.template">
          <TemplateField
            templateFileName={model.templateFileName}
            knownTemplates={props.knownTemplates}
            editable={editableTemplate}
            findings={forField(findings, 'template')}
            onChange={props.onTemplateChange}
          />
        </StageConfigField>
      )}
      <StageConfigField label="" fieldColumns={8}>
        <FindingMessages findings={forField(findings, 'attributes')} />
        {model.enabled && props.showRebakeHint && <RebakeHint onRebake={props.onRebake} />}
        {model.enabled && <ShareNotes />}
      </StageConfigField>
      {props.standalone && (
        <StageConfigField label="Other attributes" helpKey="bakeShare.otherAttributes">
          <OtherAttributes attributes={props.otherAttributes} />
        </StageConfigField>
      )}
    </div>
  );
}
