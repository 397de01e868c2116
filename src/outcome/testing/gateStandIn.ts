// Orca-shaped execution of one bake (orca-bakery BakeStage: parent plus a synthetic child per region) and a Gate
// that answers the Sharing section's reads from fixed tables; the network is the only thing stood in for.
export const BAKED_AMI = 'ami-0c5e2f8a91b7d3e46';
export const COPIED_AMI = 'ami-0e19b7c4d2a85f360';
export const IMAGE_NAME = 'demo-all-20261130120000-bionic';

export const ACCOUNTS = [
  { name: 'staging', accountId: '222222222222', type: 'aws' },
  { name: 'dev', accountId: '012345678901', type: 'aws' },
];

export function childStage(context: Record<string, unknown> = {}, status = 'SUCCEEDED') {
  return {
    id: 'child',
    refId: '1<1',
    type: 'bake',
    name: 'Bake in us-east-1',
    status,
    parentStageId: 'parent',
    syntheticStageOwner: 'STAGE_BEFORE',
    context: {
      cloudProviderType: 'aws',
      region: 'us-east-1',
      templateFileName: 'aws-multi-ebs.json',
      extendedAttributes: {
        share_with_1: '222222222222',
        share_with_2: '012345678901',
        share_with_3: '999988887777',
        copy_to_1: 'eu-west-1',
      },
      status: { id: 'bake-1', state: 'COMPLETED', result: 'SUCCESS', resourceId: 'bake-1' },
      previouslyBaked: false,
      ami: BAKED_AMI,
      imageId: BAKED_AMI,
      artifacts: [{ type: 'aws/image', name: IMAGE_NAME, location: 'us-east-1', reference: BAKED_AMI }],
      ...context,
    },
    outputs: {},
  };
}

export function executionOf(stage: ReturnType<typeof childStage>) {
  return {
    id: 'execution-1',
    application: 'demo',
    pipelineConfigId: 'bake-demo-pipeline',
    stages: [stage, { id: 'parent', refId: '1', type: 'bake', status: stage.status, context: {}, outputs: {} }],
  };
}

export const LOG = `==> amazon-ebs: Creating AMI ${IMAGE_NAME} from instance i-0f3b8c2d9e1a47b65
==> Builds finished. The artifacts of successful builds are:
--> amazon-ebs: AMIs were created:
eu-west-1: ${COPIED_AMI}
us-east-1: ${BAKED_AMI}
`;

type Answer = { status: number; body: string } | 'hang';

export interface GateStandIn {
  requests: string[];
  aborted: string[];
}

// routes: path (without the Gate URL) → answer; anything else is a 404.
export function standInGate(routes: Record<string, Answer>): GateStandIn {
  const gate: GateStandIn = { requests: [], aborted: [] };
  (globalThis as { fetch?: unknown }).fetch = (url: string, init: { signal?: AbortSignal } = {}) => {
    const path = url.replace('http://gate.test', '');
    gate.requests.push(path);
    const answer = routes[path] ?? { status: 404, body: '{}' };
    return new Promise((resolve, reject) => {
      const abort = () => {
        gate.aborted.push(path);
        reject(new DOMException('Aborted', 'AbortError'));
      };
      if (init.signal?.aborted) return abort();
      if (answer === 'hang') return init.signal?.addEventListener('abort', abort);
      resolve({
        ok: answer.status < 300,
        status: answer.status,
        text: () => Promise.resolve(answer.body),
        json: () => Promise.resolve(JSON.parse(answer.body)),
      });
    });
  };
  return gate;
}

export const visible = { status: 200, body: '[{}]' };
export const notVisible = { status: 404, body: '{"status":404}' };

export function sharedRunRoutes(): Record<string, Answer> {
  return {
    '/bakery/logs/us-east-1/bake-1': { status: 200, body: `<pre>${LOG}</pre>` },
    [`/images/staging/us-east-1/${BAKED_AMI}?provider=aws`]: visible,
    [`/images/staging/eu-west-1/${COPIED_AMI}?provider=aws`]: visible,
    [`/images/dev/us-east-1/${BAKED_AMI}?provider=aws`]: visible,
    [`/images/dev/eu-west-1/${COPIED_AMI}?provider=aws`]: notVisible,
  };
}
