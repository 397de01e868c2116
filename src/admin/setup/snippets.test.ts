import { parse } from 'yaml';
import {
  halyardGateSnippet,
  halyardRoscoSnippet,
  kubernetesEnvSnippet,
  operatorGateSnippet,
  operatorRoscoSnippet,
  shellEnvSnippet,
} from './snippets';

const defaults = { accountId: '012345678901', region: 'us-east-1' };
const install = {
  pluginId: 'BakeShare.ShareWithAccounts',
  version: '0.1.0',
  repositoryName: 'bake-share',
  repositoryUrl: 'https://plugins.example.com/bake-share/plugins.json',
};

describe('Rosco env snippets', () => {
  it('gives the Operator a SpinnakerService whose rosco env keeps the leading zero', () => {
    const manifest = parse(operatorRoscoSnippet(defaults).text);
    expect(manifest.kind).toBe('SpinnakerService');
    expect(manifest.spec.spinnakerConfig['service-settings'].rosco.env).toEqual({
      SPINNAKER_AWS_DEFAULT_ACCOUNT: '012345678901',
      SPINNAKER_AWS_DEFAULT_REGION: 'us-east-1',
    });
  });

  it("writes Halyard's service-settings file for the deployment and the command to apply it", () => {
    const [file, apply] = halyardRoscoSnippet(defaults, 'prod');
    expect(file.target).toBe('~/.hal/prod/service-settings/rosco.yml');
    expect(parse(file.text)).toEqual({
      env: { SPINNAKER_AWS_DEFAULT_ACCOUNT: '012345678901', SPINNAKER_AWS_DEFAULT_REGION: 'us-east-1' },
    });
    expect(apply.text.trim()).toBe('hal deploy apply');
  });

  it('lists the variables as a Kubernetes env array of strings', () => {
    expect(parse(kubernetesEnvSnippet(defaults).text)).toEqual({
      env: [
        { name: 'SPINNAKER_AWS_DEFAULT_ACCOUNT', value: '012345678901' },
        { name: 'SPINNAKER_AWS_DEFAULT_REGION', value: 'us-east-1' },
      ],
    });
  });

  it('quotes values for a shell so nothing typed can run', () => {
    const text = shellEnvSnippet({ accountId: "1'; rm -rf /", region: 'us-east-1' }).text;
    expect(text).toContain(`export SPINNAKER_AWS_DEFAULT_ACCOUNT='1'\\''; rm -rf /'`);
  });
});

describe('Gate plugin snippets', () => {
  it('enables the repository and the plugin in the Operator gate profile', () => {
    const gate = parse(operatorGateSnippet(install).text).spec.spinnakerConfig.profiles.gate;
    expect(gate.spinnaker.extensibility.repositories['bake-share'].url).toBe(install.repositoryUrl);
    expect(gate.spinnaker.extensibility['deck-proxy'].plugins['BakeShare.ShareWithAccounts']).toEqual({
      enabled: true,
      version: '0.1.0',
    });
  });

  it("writes the same block to Halyard's gate-local.yml and names the plugin in hal commands", () => {
    const [file, commands] = halyardGateSnippet(install);
    expect(file.target).toBe('~/.hal/default/profiles/gate-local.yml');
    expect(parse(file.text).spinnaker.extensibility['deck-proxy'].enabled).toBe(true);
    expect(commands.text).toContain('hal plugins add BakeShare.ShareWithAccounts --version 0.1.0 --enabled true');
    expect(commands.text).toContain(`--url '${install.repositoryUrl}'`);
  });
});
