import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const sandboxDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(sandboxDir, '../..');

export const defaults = {
  host: '127.0.0.1',
  port: 0,
  fixturesDir: path.join(sandboxDir, 'fixtures'),
  deckDir: path.join(repoDir, 'build', 'sandbox'),
  recordFile: path.join(repoDir, 'build', 'sandbox', 'saved-pipelines.jsonl'),
};

const contentTypes = {
  '.css': 'text/css; charset=utf-8',
  '.eot': 'application/vnd.ms-fontobject',
  '.gif': 'image/gif',
  '.html': 'text/html; charset=utf-8',
  '.ico': 'image/x-icon',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

const emptyListPaths = [
  /^\/applications\/[^/]+\/(strategyConfigs|pipelines|tasks|clusters|serverGroups|loadBalancers|serverGroupManagers|firewalls|securityGroups)$/,
  /^\/(pipelineConfigs|strategyConfigs)\/[^/]+\/history$/,
  /^\/(jobs|webhooks)\/preconfigured$/,
  /^\/(securityGroups|loadBalancers|subnets|vpcs|keyPairs|instanceTypes|networks)(\/.*)?$/,
  /^\/v2\/builds\/[^/]+\/builds\/.+$/,
  /^\/artifacts\/credentials$/,
  /^\/(notifications|pubsub)\/.*$/,
  /^\/plugin-manifest\.json$/,
];

const notFoundPaths = [/^\/$/, /^\/plugins\/deck\//, /^\/applications\/[^/]+$/];

async function readJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}

async function loadFixtures(fixturesDir) {
  const names = ['auth-user', 'credentials', 'applications', 'bakery-options', 'pipeline-configs', 'build-masters'];
  const [authUser, credentials, applications, bakeryOptions, pipelineConfigs, buildMasters] = await Promise.all(
    names.map((name) => readJson(path.join(fixturesDir, `${name}.json`))),
  );
  return { authUser, credentials, applications, bakeryOptions, pipelineConfigs, buildMasters };
}

async function fileIfPresent(file) {
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

function insideDir(dir, relative) {
  const resolved = path.resolve(dir, `.${path.posix.normalize(`/${relative}`)}`);
  return resolved.startsWith(path.resolve(dir) + path.sep) ? resolved : null;
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'content-type': contentTypes['.json'], 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function sendFile(res, file) {
  const body = await readFile(file);
  const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
  res.end(body);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) {
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : null;
}

function accountSummary({ name, type, cloudProvider, accountId, accountType, environment, authorized }) {
  return { name, type, cloudProvider, accountId, accountType, environment, authorized };
}

function searchResults(query) {
  const pageSize = Number(query.get('pageSize') ?? 500);
  return { pageNumber: 1, pageSize, platform: 'aws', query: query.get('q') ?? '', results: [], totalMatches: 0 };
}

function createApi({ fixtures, deckDir, plugin, pipelines }) {
  const byApp = (app) => pipelines.filter((p) => p.application === app);
  const routes = [
    [/^\/auth\/user$/, () => fixtures.authUser],
    [
      /^\/credentials$/,
      (_match, q) => (q.get('expand') === 'true' ? fixtures.credentials : fixtures.credentials.map(accountSummary)),
    ],
    [/^\/credentials\/([^/]+)$/, ([, name]) => fixtures.credentials.find((a) => a.name === name)],
    [/^\/applications$/, () => fixtures.applications],
    [/^\/applications\/([^/]+)$/, ([, app]) => readFixture(`application-${app}.json`)],
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
    [/^\/plugins\/deck\/plugin-manifest\.json$/, () => (plugin ? [{ id: plugin.id, version: plugin.version }] : [])],
  ];

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

  async function answerGet(pathname, query) {
    for (const [pattern, handler] of routes) {
      const match = pathname.match(pattern);
      if (match) {
        return { body: await handler(match, query) };
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

function createPipelineStore({ pipelines, savedPipelines, recordFile }) {
  return async function savePipeline(pipeline) {
    const saved = { ...pipeline, id: pipeline.id ?? randomUUID(), updateTs: String(Date.now()) };
    const index = pipelines.findIndex((p) => p.id === saved.id);
    if (index === -1) {
      pipelines.push(saved);
    } else {
      pipelines[index] = saved;
    }
    savedPipelines.push(saved);
    if (recordFile) {
      await mkdir(path.dirname(recordFile), { recursive: true });
      await appendFile(recordFile, `${JSON.stringify(saved)}\n`);
    }
    return saved;
  };
}

function createHandler({ api, savePipeline, log }) {
  async function handle(req, res) {
    const url = new URL(req.url, 'http://gate.invalid');
    const { pathname, searchParams } = url;
    if (req.method === 'GET' || req.method === 'HEAD') {
      const answer = await api.answerGet(pathname, searchParams);
      if (answer?.file) {
        return sendFile(res, answer.file);
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
    if (req.method === 'POST' && pathname === '/pipelines') {
      await savePipeline(await readBody(req));
      return sendJson(res, 200, {});
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
  const { host, port, fixturesDir, deckDir, recordFile, plugin } = { ...defaults, ...options };
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  const fixtures = { ...(await loadFixtures(fixturesDir)), dir: fixturesDir };
  const pipelines = structuredClone(fixtures.pipelineConfigs);
  const savedPipelines = [];
  const api = createApi({ fixtures, deckDir, plugin, pipelines });
  const savePipeline = createPipelineStore({ pipelines, savedPipelines, recordFile });
  const server = http.createServer(createHandler({ api, savePipeline, log }));
  const boundPort = await listen(server, port, host);
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://${host}:${boundPort}`, port: boundPort, close, savedPipelines, pipelines };
}
