import { setTimeout as sleep } from 'node:timers/promises';
import { demoExecutions } from './fixtures/executions.mjs';

// Orca's TaskController with expand=false keeps only a stage's "group" and drops its outputs and tasks.
function unexpanded(execution) {
  return {
    ...execution,
    stages: execution.stages.map((stage) => ({
      ...stage,
      context: 'group' in stage.context ? { group: stage.context.group } : {},
      outputs: {},
      tasks: [],
    })),
  };
}

const startTimeOrId = (a, b) => (a.startTime ?? 0) - (b.startTime ?? 0) || String(b.id).localeCompare(String(a.id));

// Orca (TaskController.getPipelinesForApplication): at most `limit` executions per pipeline config, newest first,
// optionally only those in the given statuses, then all of them sorted by start time.
function executionList(executions, query) {
  const limit = Number(query.get('limit') ?? 10);
  const statuses = (query.get('statuses') ?? '').split(',').filter(Boolean);
  const configIds = (query.get('pipelineConfigIds') ?? '').split(',').filter(Boolean);
  const chosen = executions.filter(
    (execution) =>
      (statuses.length === 0 || statuses.includes(execution.status)) &&
      (configIds.length === 0 || configIds.includes(execution.pipelineConfigId)),
  );
  const byConfig = new Map();
  chosen.forEach((execution) =>
    byConfig.set(execution.pipelineConfigId, [...(byConfig.get(execution.pipelineConfigId) ?? []), execution]),
  );
  const limited = [...byConfig.values()].flatMap((runs) =>
    [...runs].sort((a, b) => (b.startTime ?? 0) - (a.startTime ?? 0)).slice(0, limit),
  );
  const expand = query.get('expand') !== 'false';
  return limited.sort(startTimeOrId).map((execution) => (expand ? execution : unexpanded(execution)));
}

const notFound = (message) => ({ status: 404, body: { status: 404, error: 'Not Found', message } });
const serverError = (message) => ({ status: 500, body: { status: 500, error: 'Internal Server Error', message } });

// Gate's BakeService answers the String "<pre>" + log + "</pre>"; Spring writes it as text for an Accept of text/*,
// and JSON-quoted otherwise (Gate's BakeControllerWiremockTest.lookupLogsSuccess).
function bakeLogAnswer(log, accept) {
  const body = `<pre>${log}</pre>`;
  return /\btext\/(plain|html)\b/.test(accept ?? '') ? { text: body } : body;
}

// A glob as Clouddriver's AmazonNamedImageLookupController takes it: '*' anywhere, otherwise a substring match.
function matchesQuery(name, q) {
  const pattern = q.includes('*') ? q : `*${q}*`;
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i').test(name);
}

// The demo application's executions, bake logs and image caches, with the switches the outcome tests use.
export function executionRoutes(faults) {
  const { executions, bakeLogs, namedImages, isVisible } = demoExecutions(Date.now(), { wide: faults.wideShare });
  const imagesFault = () => {
    if (faults.images === 'fail') return serverError('Clouddriver could not read its image cache');
    if (faults.images !== 'hang') return null;
    return sleep(faults.imagesHangMs, null, { signal: faults.closing.signal }).catch(() => null);
  };
  const failures = [
    [/^\/images\//, imagesFault],
    [
      /^\/bakery\/logs\//,
      () =>
        (faults.bakeLogs === 'fail' && serverError('Rosco did not answer')) ||
        (faults.bakeLogs === 'missing' && notFound('Bake logs not found.')),
    ],
  ];
  const routes = [
    [
      /^\/applications\/([^/]+)\/pipelines$/,
      ([, app], query) => (app === 'demo' ? executionList(executions, query) : []),
    ],
    [
      /^\/pipelines\/([^/]+)$/,
      ([, id]) => executions.find((execution) => execution.id === id) ?? notFound(`Execution ${id} not found`),
    ],
    [
      /^\/bakery\/logs\/([^/]+)\/([^/]+)$/,
      ([, , id], _query, headers) => {
        const log = bakeLogs.get(decodeURIComponent(id));
        return log === undefined ? notFound('Bake logs not found.') : bakeLogAnswer(log, headers.accept);
      },
    ],
    [
      /^\/images\/find$/,
      (_match, query) => {
        const q = query.get('q') ?? '';
        if (q.length < 3)
          return {
            status: 400,
            body: {
              status: 400,
              error: 'Bad Request',
              message: 'Minimum of 3 characters required to filter namedImages',
            },
          };
        return namedImages.filter((image) => matchesQuery(image.imageName, q));
      },
    ],
    [
      /^\/images\/([^/]+)\/([^/]+)\/([^/]+)$/,
      (match) => {
        const [account, region, imageId] = match.slice(1).map(decodeURIComponent);
        const image = namedImages.find((named) => named.amis[region]?.includes(imageId)) ?? namedImages[0];
        if (!isVisible(account, region, imageId)) {
          return notFound(`${imageId} not found in ${account}/${region}`);
        }
        return [{ ...image, accounts: [account], amis: { [region]: [imageId] }, tagsByImageId: { [imageId]: {} } }];
      },
    ],
  ];
  return { failures, routes };
}
