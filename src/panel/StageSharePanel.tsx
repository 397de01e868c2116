import React, { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ensureAccessibleColours } from '../deck/accessibleColours';
import type { BakeStagePanelProps } from '../deck/decorateBakeStage';
import { draftKey, draftsOf, revalidate, saveDraft } from '../deck/entryDrafts';
import { readBakeShareSettings } from '../deck/settings';
import {
  bakeRegionsOf,
  changeStageTemplate,
  requestRebake,
  shareContextFor,
  shareReport,
  writeStageShare,
} from '../deck/stageShare';
import { useAwsAccounts } from '../deck/useAwsAccounts';
import { useDeckFormFields } from '../deck/useDeckFormFields';
import { useStageWatch } from '../deck/useStageWatch';
import {
  admitValues,
  capacityOf,
  companionTemplateFor,
  isCompanionTemplate,
  isMultiTemplate,
  keyedRegions,
  otherAttributes,
  previewCompanionFields,
  previewShare,
  sharingOff,
  sharingOn,
  stockTwinThatFits,
} from '../share';
import type { EditableList, EntryBox, Finding, ShareModel, SharingMemory } from '../share';
import { companionNoteOf, companionSwitchOf, type CompanionSwitch } from './companionSwitch';
import { SharePanel } from './SharePanel';

export { HELP_TEXTS } from './helpTexts';

const sameValues = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

let panelsShown = 0;

const flaggedValues = (findings: Finding[]) =>
  new Set(findings.flatMap((finding) => (finding.severity === 'error' && finding.value ? [finding.value] : [])));

function templateNoteOf(memory: SharingMemory, current: string | undefined): string | undefined {
  const on = memory.switchedOn;
  if (!on || on.before === on.after || on.after !== current) return undefined;
  const before = on.before ? `'${on.before}'` : "Rosco's default";
  return `Sharing needs a template that declares share and copy slots, so the template is now '${on.after}' (it was ${before}). Switching sharing off restores it.`;
}

export function StageSharePanel(props: BakeStagePanelProps) {
  const { stage, pipeline } = props;
  const [idPrefix] = useState(() => `bake-share-${++panelsShown}`);
  useLayoutEffect(ensureAccessibleColours, []);
  const host = useRef<HTMLDivElement>(null);
  const deckEdits = useDeckFormFields(host, props.deckEdits);
  useStageWatch(host, () => [stage.templateFileName, stage.extendedAttributes, stage.rebake, stage.regions]);
  const settings = useMemo(readBakeShareSettings, []);
  const accounts = useAwsAccounts();
  const key = draftKey(pipeline, stage);
  const [drafts, setDrafts] = useState(() => draftsOf(key));
  // Until the stage is closed: what switching sharing off and on again brings back.
  const [memory, setMemory] = useState<SharingMemory>({});
  useEffect(() => {
    setDrafts(draftsOf(key));
    setMemory({});
  }, [key]);

  // Ticking the box on a stage that already uses a template with slots writes nothing, so the stage alone cannot
  // say the author switched sharing on: the panel remembers it until the box is unticked.
  const [switchedOn, setSwitchedOn] = useState(false);
  const [companionSwitch, setCompanionSwitch] = useState<CompanionSwitch>();
  // The keys of an encrypted image while encryption is switched off, to bring back when it is switched on again.
  const [keysWhileOff, setKeysWhileOff] = useState<Record<string, string>>({});
  const report = shareReport(stage, settings, accounts.accounts);
  const model = { ...report.model, enabled: report.model.enabled || switchedOn };
  const { findings } = report;
  const opened = useRef(report.model);
  const bakeRegions = bakeRegionsOf(stage);
  const capacity = capacityOf(settings.templates, model.templateFileName);
  const flagged = flaggedValues(findings);
  const preview = {
    ...previewShare(
      model.accounts,
      model.copyRegions,
      capacity,
      { accountId: settings.defaultAccountId, region: settings.defaultRegion },
      bakeRegions,
      flagged,
    ),
    companion: previewCompanionFields(model, capacity, bakeRegions, flagged),
  };
  const shareChanged =
    !sameValues(opened.current.accounts, model.accounts) || !sameValues(opened.current.copyRegions, model.copyRegions);

  const write = (next: ShareModel) => {
    const written = writeStageShare(props, next, settings.templates);
    const switched = companionSwitchOf(model, written.templateFileName, settings.templates, next);
    if (switched) setCompanionSwitch(switched);
    return written;
  };
  const switchEncryption = (encrypted: boolean) => {
    if (!encrypted) setKeysWhileOff(model.kmsKeys);
    write({ ...model, encrypted, kmsKeys: encrypted ? { ...keysWhileOff, ...model.kmsKeys } : {} });
  };
  // A removed copy region takes its key with it, unless a bake region still needs that key.
  const changeCopyRegions = (copyRegions: string[]) => {
    const keep = new Set(keyedRegions({ copyRegions }, bakeRegions));
    const kmsKeys = Object.fromEntries(Object.entries(model.kmsKeys).filter(([region]) => keep.has(region)));
    write({ ...model, copyRegions, kmsKeys });
  };
  const stockTemplate = isMultiTemplate(model.templateFileName) && !isCompanionTemplate(model.templateFileName);
  const companionTemplate =
    stockTemplate || model.templateFileName === undefined
      ? companionTemplateFor(model.templateFileName, model.encrypted)
      : undefined;
  const switchSharing = (enabled: boolean) => {
    if (enabled) {
      const before = model.templateFileName;
      const written = write(sharingOn(model, memory));
      setMemory({ switchedOn: { before, after: written.templateFileName } });
    } else {
      const written = write(sharingOff(model, memory));
      const { accounts: chosen, copyRegions, templateFileName } = model;
      setMemory({
        switchedOff: {
          accounts: chosen,
          copyRegions,
          template: templateFileName,
          templateAfter: written.templateFileName,
        },
      });
    }
    setSwitchedOn(enabled);
  };
  const add = (list: EditableList, values: string[]) => {
    const admission = admitValues(model, list, values, shareContextFor(stage, settings, accounts.accounts));
    if (admission.added.length > 0) write({ ...model, enabled: true, [list]: admission.values });
    return admission;
  };
  const changeDraft = (box: EntryBox, text: string) => {
    const wasEmpty = (drafts[box] ?? '').trim() === '';
    setDrafts((current) => ({ ...current, [box]: text }));
    saveDraft(key, box, text);
    if (wasEmpty !== (text.trim() === '')) revalidate(pipeline);
  };

  return (
    <div ref={host} className="form-horizontal bake-share">
      <SharePanel
        idPrefix={idPrefix}
        model={model}
        findings={findings}
        preview={preview}
        capacity={capacity}
        knownAccounts={accounts.accounts}
        accountsStatus={accounts}
        knownTemplates={Object.keys(settings.templates)}
        bakeRegions={bakeRegions}
        deckEdits={deckEdits}
        otherAttributes={otherAttributes(stage.extendedAttributes ?? {})}
        showRebakeHint={shareChanged && !stage.rebake}
        templateNote={
          companionSwitch?.after === model.templateFileName && companionSwitch
            ? companionNoteOf(companionSwitch)
            : templateNoteOf(memory, model.templateFileName)
        }
        companionTemplate={companionTemplate}
        stockTwin={stockTwinThatFits(model, settings.templates)}
        onEncryptionChange={switchEncryption}
        onCopyRegionsChange={changeCopyRegions}
        drafts={drafts}
        onDraftChange={changeDraft}
        onSharingChange={switchSharing}
        onAdd={add}
        onChange={write}
        onTemplateChange={(typed) => changeStageTemplate(props, typed, settings.templates)}
        onRebake={() => requestRebake(props)}
      />
    </div>
  );
}
