import React, { useMemo, useRef, useState } from 'react';
import type { BakeStagePanelProps } from '../deck/decorateBakeStage';
import { readBakeShareSettings } from '../deck/settings';
import { bakeRegionsOf, changeStageTemplate, shareReport, requestRebake, writeStageShare } from '../deck/stageShare';
import { useAwsAccounts } from '../deck/useAwsAccounts';
import { useStageWatch } from '../deck/useStageWatch';
import { capacityOf, otherAttributes, previewShare } from '../share';
import type { ShareModel } from '../share';
import { SharePanel } from './SharePanel';

const sameValues = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

export function StageSharePanel(props: BakeStagePanelProps) {
  const { stage, standalone } = props;
  const host = useRef<HTMLDivElement>(null);
  useStageWatch(host, () => [stage.templateFileName, stage.extendedAttributes, stage.rebake, stage.regions]);
  const settings = useMemo(readBakeShareSettings, []);
  const accounts = useAwsAccounts();

  // Ticking the box on a stage that already uses a template with slots writes nothing, so the stage alone cannot
  // say the author switched sharing on: the panel remembers it until the box is unticked.
  const [switchedOn, setSwitchedOn] = useState(false);
  const report = shareReport(stage, settings, accounts.accounts);
  const model = { ...report.model, enabled: report.model.enabled || switchedOn };
  const { findings } = report;
  const opened = useRef(report.model);
  const bakeRegions = bakeRegionsOf(stage);
  const capacity = capacityOf(settings.templates, model.templateFileName);
  const preview = previewShare(
    model.accounts,
    model.copyRegions,
    capacity,
    { accountId: settings.defaultAccountId, region: settings.defaultRegion },
    bakeRegions,
  );
  const shareChanged =
    !sameValues(opened.current.accounts, model.accounts) || !sameValues(opened.current.copyRegions, model.copyRegions);

  const change = (next: ShareModel) => {
    setSwitchedOn(next.enabled);
    writeStageShare(props, { ...next, baseTemplateFileName: opened.current.baseTemplateFileName }, settings.templates);
  };

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
        standalone={standalone}
        otherAttributes={otherAttributes(stage.extendedAttributes ?? {})}
        showRebakeHint={shareChanged && !stage.rebake}
        onChange={change}
        onTemplateChange={(typed) => changeStageTemplate(props, typed, settings.templates)}
        onRebake={() => requestRebake(props)}
      />
    </div>
  );
}
