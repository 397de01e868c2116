import { deployImageWarnings } from './deployImageCheck';

const bake = (fields: Record<string, unknown> = {}) => ({
  refId: '1',
  name: 'Bake',
  type: 'bake',
  cloudProviderType: 'aws',
  regions: ['us-east-1'],
  templateFileName: 'aws-multi-ebs.json',
  extendedAttributes: { share_with_1: '111111111111', copy_to_1: 'eu-west-1' },
  requisiteStageRefIds: [],
  ...fields,
});

// A Deploy stage as Deck's AWS cluster dialog writes it (clusters[].availabilityZones by region).
const deploy = (regions: string[], fields: Record<string, unknown> = {}) => ({
  refId: '2',
  name: 'Deploy',
  type: 'deploy',
  requisiteStageRefIds: ['1'],
  clusters: [
    {
      provider: 'aws',
      account: 'prod',
      application: 'demo',
      availabilityZones: Object.fromEntries(regions.map((region) => [region, [`${region}a`]])),
    },
  ],
  ...fields,
});

describe('deployImageWarnings', () => {
  it('warns on a Deploy into a region the upstream bake only copies to, with the fixes', () => {
    const warnings = deployImageWarnings([bake(), deploy(['us-east-1', 'eu-west-1'])]);

    expect(warnings).toEqual([
      {
        stageRefId: '2',
        bakeRefId: '1',
        region: 'eu-west-1',
        message: expect.stringMatching(
          /^This stage deploys to 'eu-west-1', where the bake stage 'Bake' only copies its AMI.*Add 'eu-west-1' to the bake's regions, or find the image with a "Find Image from Tags" stage/,
        ),
        bakeMessage: expect.stringMatching(/^The stage 'Deploy' deploys to 'eu-west-1', where this bake only copies/),
      },
    ]);
  });

  it('says nothing for regions the bake bakes in, or a region it neither bakes nor copies to', () => {
    expect(deployImageWarnings([bake(), deploy(['us-east-1'])])).toEqual([]);
    expect(deployImageWarnings([bake(), deploy(['ap-south-1'])])).toEqual([]);
  });

  it('looks through the stages between the bake and the deploy', () => {
    const wait = { refId: '5', type: 'wait', requisiteStageRefIds: ['1'] };
    expect(deployImageWarnings([bake(), wait, deploy(['eu-west-1'], { requisiteStageRefIds: ['5'] })])).toHaveLength(1);
  });

  it('is content once a Find Image from Tags stage before the deploy searches that region, as the warning suggests', () => {
    const find = {
      refId: '3',
      type: 'findImageFromTags',
      cloudProvider: 'aws',
      regions: ['eu-west-1'],
      requisiteStageRefIds: ['1'],
    };
    const findElsewhere = { ...find, regions: ['ap-south-1'] };
    const deployAfter = deploy(['eu-west-1'], { requisiteStageRefIds: ['3'] });

    expect(deployImageWarnings([bake(), find, deployAfter])).toEqual([]);
    expect(deployImageWarnings([bake(), findElsewhere, deployAfter])).toHaveLength(1);
  });

  it('is content when another upstream bake bakes in that region', () => {
    const other = bake({ refId: '3', regions: ['eu-west-1'], extendedAttributes: {} });
    expect(deployImageWarnings([bake(), other, deploy(['eu-west-1'], { requisiteStageRefIds: ['1', '3'] })])).toEqual(
      [],
    );
  });

  it('warns once per stage and region, however many clusters deploy there', () => {
    const stage = deploy(['eu-west-1']);
    stage.clusters.push({ ...stage.clusters[0], account: 'staging' });
    expect(deployImageWarnings([bake(), stage])).toHaveLength(1);
  });

  it('checks Clone Server Group stages too, and ignores other providers and unrelated stages', () => {
    const clone = {
      refId: '4',
      type: 'cloneServerGroup',
      cloudProvider: 'aws',
      region: 'eu-west-1',
      requisiteStageRefIds: ['1'],
    };
    const gce = deploy(['eu-west-1'], {
      refId: '6',
      clusters: [{ provider: 'gce', availabilityZones: { 'eu-west-1': [] } }],
    });
    expect(deployImageWarnings([bake(), clone, gce]).map((warning) => warning.stageRefId)).toEqual(['4']);
  });

  it('never throws for stages written by hand', () => {
    const junk = [
      null,
      42,
      {
        refId: 7,
        type: 'deploy',
        clusters: [null, { provider: 'aws', availabilityZones: [] }],
        requisiteStageRefIds: 'x',
      },
    ];
    expect(() => deployImageWarnings([bake(), ...(junk as never[])])).not.toThrow();
  });

  it('takes a bake without a provider for an AWS bake, as Deck does', () => {
    const { cloudProviderType, ...withoutProvider } = bake();
    expect(cloudProviderType).toBe('aws');
    expect(deployImageWarnings([withoutProvider, deploy(['eu-west-1'])])).toHaveLength(1);
    expect(deployImageWarnings([bake({ cloudProviderType: 'gce' }), deploy(['eu-west-1'])])).toEqual([]);
  });

  it('ignores a bake that is not upstream of the deploy, and cycles in hand-written graphs', () => {
    expect(deployImageWarnings([bake(), deploy(['eu-west-1'], { requisiteStageRefIds: [] })])).toEqual([]);
    const looped = bake({ requisiteStageRefIds: ['2'] });
    expect(deployImageWarnings([looped, deploy(['eu-west-1'])])).toHaveLength(1);
  });
});
