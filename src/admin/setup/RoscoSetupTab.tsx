import React, { useMemo, useState } from 'react';
import { SETTINGS } from '@spinnaker/core';
import { readBakeShareSettings } from '../../deck/settings';
import { useAwsAccounts } from '../../deck/useAwsAccounts';
import type { AwsAccountsState } from '../../deck/useAwsAccounts';
import { PLUGIN_IDENTITY } from '../../identity';
import { accountFindings, normalizeAccountId } from '../../share';
import type { KnownAccount } from '../../deck/awsAccounts';
import { CompanionTemplatesPart } from './CompanionTemplatesPart';
import { DefaultAccountField } from './DefaultAccountField';
import { DefaultRegionField } from './DefaultRegionField';
import { PrerequisitesChecklist } from './PrerequisitesChecklist';
import { prerequisites } from './prerequisites';
import type { DefaultAccountChoice } from './prerequisites';
import { SnippetBlock } from './SnippetBlock';
import {
  halyardGateSnippet,
  halyardRoscoSnippet,
  kubernetesEnvSnippet,
  operatorGateSnippet,
  operatorRoscoSnippet,
  shellEnvSnippet,
} from './snippets';

const REPOSITORY_NAME = 'bake-share';

function defaultsFindings(accountId: string, knownAccounts: KnownAccount[]) {
  return accountFindings(accountId ? [accountId] : [], knownAccounts).filter((finding) => finding.severity !== 'info');
}

function defaultAccountChoice(accountId: string, refused: boolean): DefaultAccountChoice {
  if (accountId === '') return { state: 'not chosen' };
  return refused ? { state: 'refused' } : { state: 'chosen', accountId };
}

function accountsNotice(accounts: AwsAccountsState): string | undefined {
  if (accounts.state === 'loading') {
    return "Loading Spinnaker's AWS accounts… you can type the 12-digit ID meanwhile.";
  }
  return accounts.state === 'failed' ? `${accounts.reason} Type the 12-digit account ID.` : undefined;
}

export function RoscoSetupTab() {
  const settings = useMemo(readBakeShareSettings, []);
  const accounts = useAwsAccounts();
  const [accountInput, setAccountInput] = useState(settings.defaultAccountId ?? '');
  const [region, setRegion] = useState(settings.defaultRegion ?? '');
  const [repositoryUrl, setRepositoryUrl] = useState('https://plugins.example.com/bake-share/plugins.json');

  const accountId = normalizeAccountId(accountInput).value;
  const findings = defaultsFindings(accountId, accounts.accounts);
  const refused = findings.some((finding) => finding.severity === 'error');
  const defaultAccount = defaultAccountChoice(accountId, refused);
  const ready = defaultAccount.state === 'chosen' && region !== '';
  const defaults = { accountId, region };
  const install = { ...PLUGIN_IDENTITY, pluginId: PLUGIN_IDENTITY.id, repositoryName: REPOSITORY_NAME, repositoryUrl };
  const roscoMode = (SETTINGS as unknown as { feature?: { roscoMode?: boolean } }).feature?.roscoMode;

  return (
    <div className="bake-share-setup">
      <h3>Rosco&apos;s environment</h3>
      <p>
        Rosco&apos;s multi templates fill every unused share and copy slot from two variables of the Rosco process.
        Choose them, then copy the snippet for the way you run Spinnaker.
      </p>
      <div className="form-horizontal">
        <DefaultAccountField
          value={accountInput}
          knownAccounts={accounts.accounts}
          accountsNotice={accountsNotice(accounts)}
          findings={findings}
          onChange={setAccountInput}
        />
        <DefaultRegionField value={region} onChange={setRegion} />
      </div>
      {ready ? (
        <>
          <SnippetBlock snippet={operatorRoscoSnippet(defaults)} />
          {halyardRoscoSnippet(defaults).map((snippet) => (
            <SnippetBlock key={snippet.title} snippet={snippet} />
          ))}
          <SnippetBlock snippet={kubernetesEnvSnippet(defaults)} />
          <SnippetBlock snippet={shellEnvSnippet(defaults)} />
        </>
      ) : (
        <p className="help-block">Choose a valid account ID and a region to see the snippets.</p>
      )}

      <CompanionTemplatesPart />

      <h3>Installing the plugin in Gate</h3>
      <div className="form-horizontal">
        <div className="form-group">
          <label className="col-md-3 sm-label-right" htmlFor="bake-share-repository-url">
            Plugin repository URL
          </label>
          <div className="col-md-7">
            <input
              id="bake-share-repository-url"
              type="url"
              className="form-control input-sm"
              value={repositoryUrl}
              onChange={(event) => setRepositoryUrl(event.target.value)}
            />
            <p className="help-block">Where your plugins.json is hosted.</p>
          </div>
        </div>
      </div>
      <SnippetBlock snippet={operatorGateSnippet(install)} />
      {halyardGateSnippet(install).map((snippet) => (
        <SnippetBlock key={snippet.title} snippet={snippet} />
      ))}

      <h3>Prerequisites</h3>
      <PrerequisitesChecklist items={prerequisites({ roscoMode, defaultAccount, region })} />
    </div>
  );
}
