import jquery from 'jquery';
import lodash from 'lodash';

window.$ = window.jQuery = jquery;
window._ = lodash;

const origin = window.location.origin;

window.spinnakerSettings = {
  authEnabled: true,
  authEndpoint: `${origin}/auth/user`,
  authTtl: 600000,
  analytics: {},
  bakeryDetailUrl: `${origin}/bakery/logs/{{context.region}}/{{context.status.resourceId}}`,
  checkForUpdates: false,
  debugEnabled: false,
  defaultInstancePort: 80,
  defaultProviders: ['aws'],
  defaultTimeZone: 'UTC',
  entityTags: { maxResults: 5000 },
  feature: {
    canary: false,
    chaosMonkey: false,
    dryRunEnabled: false,
    entityTags: false,
    fiatEnabled: false,
    functions: false,
    managedDelivery: false,
    managedResources: false,
    managedServiceAccounts: false,
    notifications: false,
    pagerDuty: false,
    pipelineTemplates: false,
    pipelines: true,
    quietPeriod: false,
    roscoMode: true,
    slack: false,
    snapshots: false,
  },
  gateUrl: origin,
  gitSources: ['github'],
  hiddenStages: [],
  maxPipelineAgeDays: 14,
  newApplicationDefaults: { chaosMonkey: false },
  notifications: {},
  onDemandClusterThreshold: 350,
  pollSchedule: 600000,
  providers: {
    aws: {
      defaults: { account: 'prod', region: 'us-east-1' },
      defaultSecurityGroups: [],
      loadBalancers: { disableManualOidcDialog: false, inferInternalFlagFromSubnet: false },
      useAmiBlockDeviceMappings: false,
    },
  },
  plugins: [],
  pubsubProviders: [],
  searchVersion: 1,
  triggerTypes: ['cron', 'git', 'jenkins', 'pipeline', 'webhook'],
  useClassicFirewallLabels: false,
};

// Per-run overrides from the fixture Gate (/sandbox-settings.js), merged one level deep.
const overrides = window.sandboxSettings?.spinnakerSettings ?? {};
Object.entries(overrides).forEach(([key, value]) => {
  const current = window.spinnakerSettings[key];
  window.spinnakerSettings[key] =
    current && typeof current === 'object' && !Array.isArray(current) ? { ...current, ...value } : value;
});
