import React, { useMemo, useRef } from 'react';
import type { BakeStagePanelProps } from '../deck/decorateBakeStage';
import { readBakeShareSettings } from '../deck/settings';
import {
  bakeRegionsOf,
  changeStageTemplate,
  readStageShare,
  shareFieldsOf,
  requestRebake,
  shareContextFor,
  writeStageShare,
} from '../deck/stageShare';
import { useAwsAccounts } from '../deck/useAwsAccounts';
import { useStageWatch } from '../deck/useStageWatch';
import { capacityOf, otherAttributes, previewShare, validateStage } from '../share';
import type { ShareModel } from '../share';
import { SharePanel } from './SharePanel';

const sameValues = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

export function StageSharePanel(props: BakeStagePanelProps) {
  const { stage, standalone } = props;
  const host = useRef<HTMLDivElement>(null);
  useStageWatch(host, () => [stage.templateFileName, stage.extendedAttributes, stage.rebake, stage.regions]);
  const settings = useMemo(readBakeShareSettings, []);
  const accounts = useAwsAccounts();

  const model = readStageShare(stage);
  const opened = useRef(model);
  const bakeRegions = bakeRegionsOf(stage);
  const capacity = capacityOf(settings.templates, model.templateFileName);
  const findings = validateStage(shareFieldsOf(stage), shareContextFor(stage, settings, accounts.accounts));
  const preview = previewShare(
    model.accounts,
    model.copyRegions,
    capacity,
    { accountId: settings.defaultAccountId, region: settings.defaultRegion },
    bakeRegions,
  );
  const shareChanged =
    !sameValues(opened.current.accounts, model.accounts) || !sameValues(opened.current.copyRegions, model.copyRegions);

  const change = (next: ShareModel) =>
    writeStageShare(props, { ...next, baseTemplateFileName: opened.current.baseTemplateFileName }, settings.templates);

  return (
    <div ref={host} className="form-horizontal bake-share">
      <SharePanel
        model={model}
        findings={findings}
        preview={preview}
        capacity={capacity}
        knownAccounts={accounts.accounts}
        accountsStatus={accounts}
        knownTemplates={Object.keys(settings.templates)}
        bakeRegions={bakeRegions}
        otherAttributes={standalone ? otherAttributes(stage.extendedAttributes ?? {}) : undefined}
        showRebakeHint={shareChanged && !stage.rebake}
        onChange={change}
        onTemplateChange={(typed) => changeStageTemplate(props, typed, settings.templates)}
        onRebake={() => requestRebake(props)}
      />
    </div>
  );
}
