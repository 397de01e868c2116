import { bakeOutcome } from './bakeOutcome';
import type { BakeRunContext } from './bakeOutcome';

// A per-region child bake stage's context after CompletedBakeTask (orca-bakery), comma forms as a user wrote them.
const CONTEXT: BakeRunContext = {
  region: 'us-east-1',
  templateFileName: 'aws-multi-ebs.json',
  extendedAttributes: { share_with: '111111111111,444455556666', copy_to: 'eu-west-1,eu-central-1' },
  status: { id: 'b1', state: 'COMPLETED', result: 'SUCCESS', resourceId: 'b1' },
  previouslyBaked: false,
  ami: 'ami-0c5e2f8a91b7d3e46',
  imageId: 'ami-0c5e2f8a91b7d3e46',
  artifacts: [
    {
      type: 'aws/image',
      name: 'demo-all-20260821153000-bionic',
      location: 'us-east-1',
      reference: 'ami-0c5e2f8a91b7d3e46',
    },
  ],
};

const KNOWN = [
  { name: 'prod', accountId: '111111111111' },
  { name: 'prod-eu', accountId: '111111111111' },
  { name: 'staging', accountId: '222222222222' },
];

const LOG_AMIS = [
  { region: 'eu-central-1', imageId: 'ami-0a6f3c81e9d72b45d' },
  { region: 'eu-west-1', imageId: 'ami-0e19b7c4d2a85f360' },
  { region: 'us-east-1', imageId: 'ami-0c5e2f8a91b7d3e46' },
];

describe('bakeOutcome', () => {
  it('says what the run asked for, from its own context, with Spinnaker names', () => {
    const outcome = bakeOutcome({ context: CONTEXT, knownAccounts: KNOWN });

    expect(outcome).toMatchObject({
      bakeRegion: 'us-east-1',
      templateFileName: 'aws-multi-ebs.json',
      imageName: 'demo-all-20260821153000-bionic',
      requestedAccounts: [
        { id: '111111111111', names: ['prod', 'prod-eu'] },
        { id: '444455556666', names: [] },
      ],
      copyRegions: ['eu-west-1', 'eu-central-1'],
      reused: false,
      phase: 'succeeded',
      statusId: 'b1',
      uncheckable: ['444455556666'],
    });
  });

  it('takes the baked AMI from the stage and the copies from the bake log', () => {
    const { regions } = bakeOutcome({ context: CONTEXT, logAmis: LOG_AMIS, knownAccounts: KNOWN });

    expect(regions).toEqual([
      { region: 'us-east-1', imageIds: ['ami-0c5e2f8a91b7d3e46'], source: 'stage', copy: false },
      { region: 'eu-west-1', imageIds: ['ami-0e19b7c4d2a85f360'], source: 'bake log', copy: true },
      { region: 'eu-central-1', imageIds: ['ami-0a6f3c81e9d72b45d'], source: 'bake log', copy: true },
    ]);
  });

  it("falls back to Clouddriver's image search by name, and says when nothing names a copy yet", () => {
    const searchResults = [
      {
        imageName: 'demo-all-20260821153000-bionic',
        amis: { 'eu-west-1': ['ami-0e19b7c4d2a85f360', 'ami-07a3d9e1f4b2c6851'] },
      },
      { imageName: 'another-image', amis: { 'eu-central-1': ['ami-0000000000000000a'] } },
    ];
    const { regions } = bakeOutcome({ context: CONTEXT, searchResults, knownAccounts: KNOWN });

    expect(regions.slice(1)).toEqual([
      {
        region: 'eu-west-1',
        imageIds: ['ami-0e19b7c4d2a85f360', 'ami-07a3d9e1f4b2c6851'],
        source: 'image search',
        copy: true,
      },
      { region: 'eu-central-1', imageIds: [], copy: true },
    ]);
  });

  it('plans one check per Spinnaker-managed account and known AMI, asking the first account with that ID', () => {
    const { checks } = bakeOutcome({ context: CONTEXT, logAmis: LOG_AMIS, knownAccounts: KNOWN });

    expect(checks).toEqual([
      { accountId: '111111111111', accountName: 'prod', region: 'us-east-1', imageId: 'ami-0c5e2f8a91b7d3e46' },
      { accountId: '111111111111', accountName: 'prod', region: 'eu-west-1', imageId: 'ami-0e19b7c4d2a85f360' },
      { accountId: '111111111111', accountName: 'prod', region: 'eu-central-1', imageId: 'ami-0a6f3c81e9d72b45d' },
    ]);
  });

  it('notes a reused bake and a failed one', () => {
    expect(bakeOutcome({ context: { ...CONTEXT, previouslyBaked: true }, knownAccounts: KNOWN }).reused).toBe(true);
    const failed = bakeOutcome({
      context: { ...CONTEXT, ami: undefined, imageId: undefined, status: { state: 'CANCELED', result: 'FAILURE' } },
      knownAccounts: KNOWN,
    });
    expect(failed.phase).toBe('failed');
    expect(failed.regions[0]).toEqual({ region: 'us-east-1', imageIds: [], copy: false });
  });

  it("says a bake is still running until Rosco or Orca says otherwise, and Orca's TERMINAL ends it", () => {
    const running = { ...CONTEXT, ami: undefined, imageId: undefined, artifacts: undefined };
    expect(bakeOutcome({ context: { ...running, status: { state: 'RUNNING' } }, knownAccounts: KNOWN }).phase).toBe(
      'running',
    );
    expect(bakeOutcome({ context: { ...running, status: undefined }, knownAccounts: KNOWN }).phase).toBe('running');
    const gaveUp = bakeOutcome({
      context: { ...running, status: { state: 'RUNNING' } },
      stageStatus: 'TERMINAL',
      knownAccounts: KNOWN,
    });
    expect(gaveUp.phase).toBe('failed');
  });

  it("takes the AMI and its name from the parent's deployment details when the stage has none", () => {
    const outcome = bakeOutcome({
      context: { region: 'us-east-1', status: { state: 'COMPLETED', result: 'SUCCESS' } },
      deploymentDetails: [
        { region: 'us-west-2', ami: 'ami-0aaaaaaaaaaaaaaaa', imageName: 'other' },
        { region: 'us-east-1', ami: 'ami-0bbbbbbbbbbbbbbbb', amiName: 'demo-all-20260821153000-bionic' },
      ],
      knownAccounts: KNOWN,
    });
    expect(outcome.regions[0]).toEqual({
      region: 'us-east-1',
      imageIds: ['ami-0bbbbbbbbbbbbbbbb'],
      source: 'stage',
      copy: false,
    });
    expect(outcome.imageName).toBe('demo-all-20260821153000-bionic');
    expect(() => bakeOutcome({ context: {}, deploymentDetails: [null, 3], knownAccounts: [] })).not.toThrow();
  });

  it('leaves out the bake region and expressions from the copies, and never throws on a strange context', () => {
    const outcome = bakeOutcome({
      context: {
        ...CONTEXT,
        extendedAttributes: { copy_to_1: 'us-east-1', copy_to_2: '${trigger.parameters.region}' },
      },
      knownAccounts: KNOWN,
    });
    expect(outcome.copyRegions).toEqual([]);
    expect(() =>
      bakeOutcome({ context: { extendedAttributes: 42, artifacts: 'x', status: null }, knownAccounts: [] }),
    ).not.toThrow();
  });
});
