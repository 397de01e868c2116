import { DEFAULT_ACCOUNT_ENV, DEFAULT_REGION_ENV } from '../../share';
import { toYaml } from './yaml';

export interface RoscoDefaultsInput {
  accountId: string;
  region: string;
}

export interface PluginInstallInput {
  pluginId: string;
  version: string;
  repositoryName: string;
  repositoryUrl: string;
}

export interface Snippet {
  title: string;
  // where the text goes: a file path, or what to run it in
  target: string;
  language: 'yaml' | 'shell' | 'json';
  text: string;
}

const spinnakerService = (spinnakerConfig: object) => ({
  apiVersion: 'spinnaker.io/v1alpha2',
  kind: 'SpinnakerService',
  metadata: { name: 'spinnaker' },
  spec: { spinnakerConfig },
});

const roscoEnv = ({ accountId, region }: RoscoDefaultsInput) => ({
  [DEFAULT_ACCOUNT_ENV]: accountId,
  [DEFAULT_REGION_ENV]: region,
});

export function operatorRoscoSnippet(input: RoscoDefaultsInput): Snippet {
  return {
    title: 'Spinnaker Operator',
    target: 'SpinnakerService manifest (merge into yours, then kubectl apply)',
    language: 'yaml',
    text: toYaml(spinnakerService({ 'service-settings': { rosco: { env: roscoEnv(input) } } })),
  };
}

export function halyardRoscoSnippet(input: RoscoDefaultsInput, deployment = 'default'): Snippet[] {
  return [
    {
      title: 'Halyard',
      target: `~/.hal/${deployment}/service-settings/rosco.yml`,
      language: 'yaml',
      text: toYaml({ env: roscoEnv(input) }),
    },
    { title: 'Halyard: apply', target: 'shell', language: 'shell', text: 'hal deploy apply\n' },
  ];
}

export function kubernetesEnvSnippet(input: RoscoDefaultsInput): Snippet {
  return {
    title: 'Kubernetes container env',
    target: "Rosco's container spec",
    language: 'yaml',
    text: toYaml({ env: Object.entries(roscoEnv(input)).map(([name, value]) => ({ name, value })) }),
  };
}

const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

export function shellEnvSnippet(input: RoscoDefaultsInput): Snippet {
  return {
    title: 'Plain environment',
    target: 'the shell or service unit that starts Rosco',
    language: 'shell',
    text: Object.entries(roscoEnv(input))
      .map(([name, value]) => `export ${name}=${shellQuote(value)}\n`)
      .join(''),
  };
}

const gateExtensibility = ({ pluginId, version, repositoryName, repositoryUrl }: PluginInstallInput) => ({
  spinnaker: {
    extensibility: {
      repositories: { [repositoryName]: { url: repositoryUrl } },
      'deck-proxy': { enabled: true, plugins: { [pluginId]: { enabled: true, version } } },
    },
  },
});

export function operatorGateSnippet(input: PluginInstallInput): Snippet {
  return {
    title: 'Gate with the Spinnaker Operator',
    target: 'SpinnakerService manifest (merge into yours, then kubectl apply)',
    language: 'yaml',
    text: toYaml(spinnakerService({ profiles: { gate: gateExtensibility(input) } })),
  };
}

export function halyardGateSnippet(input: PluginInstallInput, deployment = 'default'): Snippet[] {
  const { pluginId, version, repositoryName, repositoryUrl } = input;
  return [
    {
      title: 'Gate with Halyard',
      target: `~/.hal/${deployment}/profiles/gate-local.yml`,
      language: 'yaml',
      text: toYaml(gateExtensibility(input)),
    },
    {
      title: 'Halyard: plugin commands',
      target: 'shell',
      language: 'shell',
      text: [
        `hal plugins repository add ${repositoryName} --url ${shellQuote(repositoryUrl)}`,
        `hal plugins add ${pluginId} --version ${version} --enabled true`,
        'hal deploy apply',
        '',
      ].join('\n'),
    },
  ];
}

export interface TemplateFile {
  file: string;
  url: string;
}

export interface TemplateText {
  file: string;
  text: string;
}

// Rosco reads its Packer templates from rosco.configDir: /opt/rosco/config/packer (spinnaker/spinnaker
// rosco/rosco-web/config/rosco.yml; rosco/Dockerfile.slim copies the stock templates there).
export const ROSCO_PACKER_DIR = '/opt/rosco/config/packer';

// Halyard deploys every file under ~/.hal/<deployment>/profiles/ as a custom profile, and one under rosco/ to
// /opt/rosco/config/… (spinnaker/halyard GenerateService.aggregateProfilesInPath, RoscoService.customProfileOutputPath;
// spinnaker.io content/en/docs/setup/other_config/bakery/_index.md before 2026-04).
export function halyardTemplatesSnippet(files: readonly TemplateFile[], deployment = 'default'): Snippet {
  const folder = `~/.hal/${deployment}/profiles/rosco/packer`;
  return {
    title: 'Halyard: companion templates',
    target: 'shell, where hal runs',
    language: 'shell',
    text: [
      `mkdir -p ${folder}`,
      ...files.map(({ file, url }) => `curl -fsSL -o ${folder}/${file} ${shellQuote(url)}`),
      'hal deploy apply --service-names rosco',
      '',
    ].join('\n'),
  };
}

// The Operator writes each spec.spinnakerConfig.files entry to the path its key names, '__' standing for '/'
// (armory/spinnaker-operator doc/options.md, spec.spinnakerConfig.files; the example there is a Rosco template).
export function operatorTemplatesSnippet(templates: readonly TemplateText[]): Snippet {
  const files = Object.fromEntries(templates.map(({ file, text }) => [`profiles__rosco__packer__${file}`, text]));
  return {
    title: 'Spinnaker Operator: companion templates',
    target: 'SpinnakerService manifest (merge into yours, then kubectl apply)',
    language: 'yaml',
    text: toYaml(spinnakerService({ files })),
  };
}

// A ConfigMap mounted file by file (subPath), so that Rosco's own templates stay in the folder.
export function configMapTemplatesSnippet(
  templates: readonly TemplateText[],
  name = 'bake-share-rosco-templates',
): Snippet {
  const configMap = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name },
    data: Object.fromEntries(templates.map(({ file, text }) => [file, text])),
  };
  const mounts = {
    spec: {
      template: {
        spec: {
          volumes: [{ name, configMap: { name } }],
          containers: [
            {
              name: 'rosco',
              volumeMounts: templates.map(({ file }) => ({
                name,
                mountPath: `${ROSCO_PACKER_DIR}/${file}`,
                subPath: file,
              })),
            },
          ],
        },
      },
    },
  };
  return {
    title: 'Kubernetes: ConfigMap for the companion templates',
    target: "kubectl apply the ConfigMap, then merge the mounts into Rosco's Deployment",
    language: 'yaml',
    text: `${toYaml(configMap)}---\n# Rosco's Deployment: add to its pod spec\n${toYaml(mounts)}`,
  };
}
