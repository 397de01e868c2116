import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { applicationDetails } from './fixtures/generate.mjs';
import { executionRoutes } from './gateExecutions.mjs';
import { gateFixtures } from './gateFixtures.mjs';
import { contentTypes, fileIfPresent, insideDir, readBody, readJson, sendFile, sendJson } from './gateHttp.mjs';
import { createPipelineStore } from './gateSaves.mjs';

const sandboxDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(sandboxDir, '../..');

export const defaults = {
  host: '127.0.0.1',
  port: 0,
  fixturesDir: path.join(sandboxDir, 'fixtures'),
  deckDir: path.join(repoDir, 'build', 'sandbox'),
  recordFile: path.join(repoDir, 'build', 'sandbox', 'saved-pipelines.jsonl'),
  // Answer 403 to GET /pipelineConfigs, as a Gate that refuses the all-pipelines listing does.
  refusePipelineConfigs: false,
  // Applications whose GET /applications/{name}/pipelineConfigs answers 500; by default the generated application
  // the review fixtures name as failing. GET /pipelineConfigs still lists their pipelines: the single listing
  // comes from Front50 in one piece, so one application's trouble does not show there.
  failingApplications: undefined,
  // Delay before every API answer (not static files), in milliseconds.
  latencyMs: 0,
  // Size of the generated review fixtures: { applications, pipelinesPerApplication }.
  reviewFixtures: {},
  // Pad the AWS accounts with generated ones (acct-0001, …) up to this many; 0 keeps credentials.json as it is.
  accountCount: 0,
  // 'ok', 'fail' (500) or 'hang' (answer only after credentialsHangMs) for GET /credentials.
  credentials: 'ok',
  credentialsHangMs: 30000,
  // 'ok' or 'unavailable' (503) for Gate's /plugins/deck/plugin-manifest.json.
  pluginManifest: 'ok',
  // Pipeline configs served besides the fixtures' (after the demo pipeline, before the generated ones).
  extraPipelines: [],
  // 'ok', 'missing' (404, as when Rosco no longer keeps the log) or 'fail' (500) for GET /bakery/logs/….
  bakeLogs: 'ok',
  // 'ok', 'fail' (500) or 'hang' (answer only after imagesHangMs) for GET /images/find and /images/{account}/….
  images: 'ok',
  imagesHangMs: 30000,
  // Adds a demo run shared with the first N AWS accounts and copied to these regions: { accounts, copyRegions }.
  wideShare: null,
  // POST /pipelines faults: { stalePipelines: [ids], refusedApplications: [names], failingPipelines: [ids] }.
  saveFaults: {},
  // Handed to the sandbox Deck before it starts (test/sandbox/deck/globals.js): { spinnakerSettings, withoutAwsBake }.
  deckSettings: {},
};

const emptyListPaths = [
  /^\/applications\/[^/]+\/(strategyConfigs|tasks|clusters|serverGroups|loadBalancers|serverGroupManagers|firewalls|securityGroups)$/,
  /^\/(pipelineConfigs|strategyConfigs)\/[^/]+\/history$/,
  /^\/(jobs|webhooks)\/preconfigured$/,
  /^\/(securityGroups|loadBalancers|subnets|vpcs|keyPairs|instanceTypes|networks)(\/.*)?$/,
  /^\/v2\/builds\/[^/]+\/builds\/.+$/,
  /^\/artifacts\/credentials$/,
  /^\/(notifications|pubsub)\/.*$/,
  /^\/plugin-manifest\.json$/,
];

const notFoundPaths = [/^\/$/, /^\/plugins\/deck\//, /^\/applications\/[^/]+$/];

function accountSummary({ name, type, cloudProvider, accountId, accountType, environment, authorized }) {
  return { name, type, cloudProvider, accountId, accountType, environment, authorized };
}

function searchResults(query) {
  const pageSize = Number(query.get('pageSize') ?? 500);
  return { pageNumber: 1, pageSize, platform: 'aws', query: query.get('q') ?? '', results: [], totalMatches: 0 };
}

function errorBody(status, error, message) {
  return { status, body: { status, error, message } };
}

function credentialsFault(faults) {
  if (faults.credentials === 'fail') {
    return errorBody(500, 'Internal Server Error', 'Clouddriver is not answering');
  }
  if (faults.credentials !== 'hang') {
    return null;
  }
  return sleep(faults.credentialsHangMs, null, { signal: faults.closing.signal }).catch(() => null);
}

function createApi({ fixtures, deckDir, plugin, pipelines, faults }) {
  const byApp = (app) => pipelines.filter((p) => p.application === app);
  const runs = executionRoutes(faults);
  const failures = [
    ...runs.failures,
    [/^\/credentials$/, () => credentialsFault(faults)],
    [
      /^\/plugins\/deck\/plugin-manifest\.json$/,
      () => faults.pluginManifest === 'unavailable' && errorBody(503, 'Service Unavailable', 'Deck proxy unavailable'),
    ],
    [/^\/pipelineConfigs$/, () => faults.refusePipelineConfigs && errorBody(403, 'Forbidden', 'Access is denied')],
    [
      /^\/applications\/([^/]+)\/pipelineConfigs$/,
      ([, app]) =>
        faults.failingApplications.has(decodeURIComponent(app)) &&
        errorBody(500, 'Internal Server Error', `Front50 could not read the pipelines of ${decodeURIComponent(app)}`),
    ],
  ];
  const routes = [
    ...runs.routes,
    [/^\/auth\/user$/, () => fixtures.authUser],
    [
      /^\/credentials$/,
      (_match, q) => (q.get('expand') === 'true' ? fixtures.credentials : fixtures.credentials.map(accountSummary)),
    ],
    [/^\/credentials\/([^/]+)$/, ([, name]) => fixtures.credentials.find((a) => a.name === name)],
    [/^\/applications$/, () => fixtures.applications],
    [
      /^\/applications\/([^/]+)$/,
      async ([, app]) => (await readFixture(`application-${app}.json`)) ?? generatedApplication(app),
    ],
    [/^\/applications\/([^/]+)\/pipelineConfigs$/, ([, app]) => byApp(app)],
    [
      /^\/applications\/([^/]+)\/pipelineConfigs\/([^/]+)$/,
      ([, app, name]) => byApp(app).find((p) => p.name === decodeURIComponent(name)),
    ],
    [/^\/pipelineConfigs$/, () => pipelines],
    [/^\/bakery\/options$/, () => fixtures.bakeryOptions],
    [
      /^\/bakery\/options\/([^/]+)$/,
      ([, provider]) => fixtures.bakeryOptions.find((o) => o.cloudProvider === provider),
    ],
    [/^\/v2\/builds$/, () => Object.keys(fixtures.buildMasters)],
    [/^\/v2\/builds\/([^/]+)\/jobs$/, ([, master]) => Object.keys(fixtures.buildMasters[master] ?? {})],
    [
      /^\/v2\/builds\/([^/]+)\/jobs\/(.+)$/,
      ([, master, job]) => fixtures.buildMasters[master]?.[decodeURIComponent(job)],
    ],
    [/^\/search$/, (_match, q) => [searchResults(q)]],
    [
      /^\/sandbox-settings\.js$/,
      () => ({ script: `window.sandboxSettings = ${JSON.stringify(faults.deckSettings)};` }),
    ],
    [/^\/plugins\/deck\/plugin-manifest\.json$/, () => (plugin ? [{ id: plugin.id, version: plugin.version }] : [])],
  ];

  function generatedApplication(name) {
    const application = fixtures.generatedApplications.find((generated) => generated.name === name);
    return application && applicationDetails(application);
  }

  async function readFixture(name) {
    const file = await fileIfPresent(insideDir(fixtures.dir, name) ?? '');
    return file ? readJson(file) : undefined;
  }

  async function staticFile(pathname) {
    const pluginPrefix = plugin && `/plugins/deck/${plugin.id}/${plugin.version}/`;
    if (pluginPrefix && pathname.startsWith(pluginPrefix)) {
      return fileIfPresent(insideDir(plugin.dir, pathname.slice(pluginPrefix.length)) ?? '');
    }
    const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
    return fileIfPresent(insideDir(deckDir, relative) ?? '');
  }

  async function answerGet(pathname, query, headers) {
    for (const [pattern, fault] of failures) {
      const match = pathname.match(pattern);
      const failure = match && (await fault(match));
      if (failure) {
        return failure;
      }
    }
    for (const [pattern, handler] of routes) {
      const match = pathname.match(pattern);
      if (match) {
        const answer = await handler(match, query, headers);
        // An answer of its own ({ status, body } or { text }) or a JSON body; an execution's status is a word.
        const ownAnswer = typeof answer?.status === 'number' || typeof answer?.text === 'string';
        return ownAnswer ? answer : { body: answer };
      }
    }
    if (emptyListPaths.some((pattern) => pattern.test(pathname))) {
      return { body: [] };
    }
    const file = await staticFile(pathname);
    return file ? { file } : null;
  }

  return { answerGet };
}

function createHandler({ api, savePipeline, log, latencyMs }) {
  async function handle(req, res) {
    const url = new URL(req.url, 'http://gate.invalid');
    const { pathname, searchParams } = url;
    if (req.method === 'GET' || req.method === 'HEAD') {
      const answer = await api.answerGet(pathname, searchParams, req.headers);
      if (answer?.file) {
        return sendFile(res, answer.file);
      }
      if (answer?.body?.script) {
        res.writeHead(200, { 'content-type': contentTypes['.js'], 'cache-control': 'no-store' });
        return res.end(answer.body.script);
      }
      if (latencyMs > 0) {
        await sleep(latencyMs);
      }
      if (answer?.status) {
        return sendJson(res, answer.status, answer.body);
      }
      if (answer?.text !== undefined) {
        res.writeHead(200, { 'content-type': contentTypes['.txt'], 'cache-control': 'no-store' });
        return res.end(answer.text);
      }
      if (answer && answer.body !== undefined) {
        return sendJson(res, 200, answer.body);
      }
      if (pathname === '/favicon.ico') {
        return res.writeHead(204).end();
      }
      if (answer || notFoundPaths.some((pattern) => pattern.test(pathname))) {
        log(`gate: not found ${req.method} ${req.url}`);
        return sendJson(res, 404, { status: 404, error: 'Not Found', message: `No fixture for ${pathname}` });
      }
      log(`gate: unanswered ${req.method} ${req.url}`);
      return sendJson(res, 200, []);
    }
    if (latencyMs > 0) {
      await sleep(latencyMs);
    }
    if (req.method === 'POST' && pathname === '/pipelines') {
      const answer = await savePipeline(await readBody(req), { staleCheck: searchParams.get('staleCheck') === 'true' });
      return sendJson(res, answer.status, answer.body);
    }
    log(`gate: unanswered ${req.method} ${req.url}`);
    return sendJson(res, 200, {});
  }

  return (req, res) =>
    handle(req, res).catch((error) => {
      log(`gate: error ${req.method} ${req.url}: ${error.message}`);
      if (!res.headersSent) {
        sendJson(res, 500, { status: 500, error: 'Internal Server Error', message: error.message });
      }
    });
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

export async function startGate(options = {}) {
  const { host, port, deckDir, recordFile, plugin, latencyMs, saveFaults } = { ...defaults, ...options };
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  const { fixtures, pipelines, reviewManifest, faults } = await gateFixtures({ ...defaults, ...options });
  const savedPipelines = [];
  const api = createApi({ fixtures, deckDir, plugin, pipelines, faults });
  const savePipeline = createPipelineStore({ pipelines, savedPipelines, recordFile, saveFaults });
  const server = http.createServer(createHandler({ api, savePipeline, log, latencyMs }));
  const boundPort = await listen(server, port, host);
  const close = () =>
    new Promise((resolve) => {
      faults.closing.abort();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://${host}:${boundPort}`, port: boundPort, close, savedPipelines, pipelines, reviewManifest };
}
