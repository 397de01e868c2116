import React from 'react';
import type { KnownAccount } from '../deck/awsAccounts';
import type { DeckFormFields } from '../deck/decorateBakeStage';
import type { Admission, EditableList, EntryBox, Finding, ShareModel, SharePreview, TemplateCapacity } from '../share';
import type { AccountsStatus } from './AccountPicker';
import { AccountPicker } from './AccountPicker';
import { CheckboxField } from './CheckboxField';
import { FindingMessages } from './FindingMessages';
import { LabelledField } from './LabelledField';
import { OrganizationPicker } from './OrganizationPicker';
import { OtherAttributes } from './OtherAttributes';
import { RebakeHint } from './RebakeHint';
import { RegionPicker } from './RegionPicker';
import { ShareNotes } from './ShareNotes';
import { SharePreviewView } from './SharePreviewView';
import { SnapshotAndKeyFields } from './SnapshotAndKeyFields';
import { TemplateField } from './TemplateField';
import { TemplateOffer } from './TemplateOffer';

export interface SharePanelProps {
  idPrefix: string;
  model: ShareModel;
  findings: Finding[];
  preview: SharePreview;
  capacity?: TemplateCapacity;
  knownAccounts: KnownAccount[];
  accountsStatus: AccountsStatus;
  knownTemplates: string[];
  bakeRegions: string[];
  deckEdits: DeckFormFields;
  otherAttributes: Array<[string, string]>;
  showRebakeHint: boolean;
  templateNote?: string;
  drafts: Partial<Record<EntryBox, string>>;
  onDraftChange(box: EntryBox, text: string): void;
  onSharingChange(enabled: boolean): void;
  onAdd(list: EditableList, values: string[]): Admission;
  onChange(model: ShareModel): void;
  onTemplateChange(templateFileName: string): void;
  onRebake(): void;
  // The companion template a stock one could give way to, and the stock one a companion could go back to.
  companionTemplate?: string;
  stockTwin?: string;
  onEncryptionChange(encrypted: boolean): void;
  onCopyRegionsChange(copyRegions: string[]): void;
}

const forField = (findings: Finding[], field: Finding['field']) =>
  findings.filter((finding) => finding.field === field);

export function SharePanel(props: SharePanelProps) {
  const { idPrefix, model, findings, capacity, onChange, drafts, onDraftChange } = props;
  const editableTemplate = !props.deckEdits.template;
  const ids = {
    enabled: `${idPrefix}-enabled`,
    accounts: `${idPrefix}-accounts`,
    copyRegions: `${idPrefix}-regions`,
    template: `${idPrefix}-template`,
    organizations: `${idPrefix}-organizations`,
  };
  const organizationSlots = {
    organizations: capacity?.organizations ?? 0,
    organizationalUnits: capacity?.organizationalUnits ?? 0,
  };
  const takesOrganizations = organizationSlots.organizations + organizationSlots.organizationalUnits > 0;
  return (
    <div className="bake-share-panel">
      <div className="form-group">
        <div className="col-md-12">
          <h4 className="bake-share-title">Share with accounts</h4>
        </div>
      </div>
      <LabelledField label="Share AMI" htmlFor={ids.enabled} helpKey="bakeShare.enabled">
        <CheckboxField
          id={ids.enabled}
          checked={model.enabled}
          text="Share the baked AMI with other AWS accounts and copy it to other regions"
          onChange={props.onSharingChange}
        />
      </LabelledField>
      {model.enabled && (
        <>
          <LabelledField label="Accounts" htmlFor={ids.accounts} helpKey="bakeShare.accounts">
            <AccountPicker
              inputId={ids.accounts}
              accounts={model.accounts}
              knownAccounts={props.knownAccounts}
              status={props.accountsStatus}
              findings={forField(findings, 'accounts')}
              capacity={capacity?.accounts}
              typed={drafts.account ?? ''}
              pasted={drafts.paste ?? ''}
              onTypedChange={(text) => onDraftChange('account', text)}
              onPastedChange={(text) => onDraftChange('paste', text)}
              onAdd={(values) => props.onAdd('accounts', values)}
              onChange={(accounts) => onChange({ ...model, accounts })}
              organizations={{
                companion: takesOrganizations ? undefined : props.companionTemplate,
                onMove: (values) => props.onAdd('organizations', values),
              }}
            />
          </LabelledField>
          {takesOrganizations && (
            <LabelledField label="Organizations and OUs" htmlFor={ids.organizations} helpKey="bakeShare.organizations">
              <OrganizationPicker
                inputId={ids.organizations}
                organizations={model.organizations}
                findings={forField(findings, 'organizations')}
                capacity={organizationSlots}
                typed={drafts.organization ?? ''}
                onTypedChange={(text) => onDraftChange('organization', text)}
                onAdd={(values) => props.onAdd('organizations', values)}
                onChange={(organizations) => onChange({ ...model, organizations })}
              />
            </LabelledField>
          )}
          <LabelledField label="Copy to regions" htmlFor={ids.copyRegions} helpKey="bakeShare.copyRegions">
            <RegionPicker
              inputId={ids.copyRegions}
              copyRegions={model.copyRegions}
              bakeRegions={props.bakeRegions}
              findings={forField(findings, 'copyRegions')}
              capacity={capacity?.regions}
              typed={drafts.copyRegion ?? ''}
              onTypedChange={(text) => onDraftChange('copyRegion', text)}
              onAdd={(values) => props.onAdd('copyRegions', values)}
              onChange={props.onCopyRegionsChange}
            />
          </LabelledField>
          {capacity?.snapshots && (
            <SnapshotAndKeyFields
              idPrefix={idPrefix}
              model={model}
              encryptsByDefault={capacity.encryption === true}
              bakeRegions={props.bakeRegions}
              findings={findings}
              onChange={onChange}
              onEncryptionChange={props.onEncryptionChange}
            />
          )}
          <LabelledField label="Rosco will run" helpKey="bakeShare.preview">
            <SharePreviewView preview={props.preview} bakeRegions={props.bakeRegions} />
          </LabelledField>
        </>
      )}
      {(model.enabled || editableTemplate) && (
        <LabelledField
          label="Template"
          htmlFor={editableTemplate ? ids.template : undefined}
          helpKey="bakeShare.template"
        >
          <TemplateField
            inputId={ids.template}
            templateFileName={model.templateFileName}
            knownTemplates={props.knownTemplates}
            editable={editableTemplate}
            findings={forField(findings, 'template')}
            note={props.templateNote}
            onChange={props.onTemplateChange}
          />
          {model.enabled && (
            <TemplateOffer
              companion={props.companionTemplate}
              stockTwin={props.stockTwin}
              onUse={props.onTemplateChange}
            />
          )}
        </LabelledField>
      )}
      <LabelledField label="">
        <FindingMessages findings={forField(findings, 'attributes')} />
        {model.enabled && props.showRebakeHint && <RebakeHint onRebake={props.onRebake} />}
        {model.enabled && <ShareNotes />}
      </LabelledField>
      {!props.deckEdits.extendedAttributes && (
        <LabelledField label="Other attributes" helpKey="bakeShare.otherAttributes">
          <OtherAttributes attributes={props.otherAttributes} />
        </LabelledField>
      )}
    </div>
  );
}
