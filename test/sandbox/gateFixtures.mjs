import path from 'node:path';
import { generateReviewFixtures, padAccounts } from './fixtures/generate.mjs';
import { readJson } from './gateHttp.mjs';

async function loadFixtures(fixturesDir) {
  const names = ['auth-user', 'credentials', 'applications', 'bakery-options', 'pipeline-configs', 'build-masters'];
  const [authUser, credentials, applications, bakeryOptions, pipelineConfigs, buildMasters] = await Promise.all(
    names.map((name) => readJson(path.join(fixturesDir, `${name}.json`))),
  );
  return { authUser, credentials, applications, bakeryOptions, pipelineConfigs, buildMasters };
}

// The JSON fixtures (the demo application first, as the other tests expect) followed by the generated ones.
export async function gateFixtures(options) {
  const { fixturesDir, reviewFixtures, accountCount, refusePipelineConfigs, failingApplications } = options;
  const loaded = await loadFixtures(fixturesDir);
  const credentials = accountCount > 0 ? padAccounts(loaded.credentials, accountCount) : loaded.credentials;
  const accounts = credentials
    .filter((account) => account.type === 'aws')
    .map(({ name, accountId }) => ({ name, accountId }));
  const generated = generateReviewFixtures({ ...reviewFixtures, accounts });
  const fixtures = {
    ...loaded,
    credentials,
    applications: [...loaded.applications, ...generated.applications],
    generatedApplications: generated.applications,
    dir: fixturesDir,
  };
  const failing = failingApplications ?? [generated.manifest.failingApplication].filter(Boolean);
  return {
    fixtures,
    pipelines: [
      ...structuredClone(loaded.pipelineConfigs),
      ...structuredClone(options.extraPipelines ?? []),
      ...generated.pipelines,
    ],
    reviewManifest: generated.manifest,
    faults: {
      refusePipelineConfigs,
      failingApplications: new Set(failing),
      credentials: options.credentials,
      credentialsHangMs: options.credentialsHangMs,
      pluginManifest: options.pluginManifest,
      deckSettings: options.deckSettings,
      bakeLogs: options.bakeLogs,
      images: options.images,
      imagesHangMs: options.imagesHangMs,
      wideShare: options.wideShare && {
        accountIds: accounts.slice(0, options.wideShare.accounts).map((account) => account.accountId),
        copyRegions: options.wideShare.copyRegions,
      },
      // Ends hanging answers when the gate closes, so no timer outlives it.
      closing: new AbortController(),
    },
  };
}
