import { bakeRunsOf } from './bakeRuns';

// Orca's shape (orca-bakery BakeStage): a parent bake stage and a synthetic child per region, STAGE_BEFORE.
const EAST = {
  id: 'child-east',
  type: 'bake',
  name: 'Bake in us-east-1',
  status: 'SUCCEEDED',
  parentStageId: 'parent',
  context: { region: 'us-east-1', ami: 'ami-0c5e2f8a91b7d3e46' },
  outputs: {},
};
const WEST = { ...EAST, id: 'child-west', name: 'Bake in us-west-2', context: { region: 'us-west-2' } };
const DETAILS = [{ region: 'us-east-1', ami: 'ami-0c5e2f8a91b7d3e46' }];
const PARENT = {
  id: 'parent',
  type: 'bake',
  name: 'Bake',
  status: 'SUCCEEDED',
  context: { regions: ['us-east-1', 'us-west-2'] },
  outputs: { deploymentDetails: DETAILS },
};
const EXECUTION = { id: 'e1', stages: [EAST, WEST, PARENT, { id: 'deploy', type: 'deploy', parentStageId: 'parent' }] };

describe('bakeRunsOf', () => {
  it("gives a region's child stage with the parent's deployment details", () => {
    expect(bakeRunsOf(EAST, EXECUTION)).toEqual([
      {
        stageId: 'child-east',
        name: 'Bake in us-east-1',
        stageStatus: 'SUCCEEDED',
        context: EAST.context,
        deploymentDetails: DETAILS,
      },
    ]);
  });

  it("gives the parent's bake children, one per region, when the parent is shown", () => {
    expect(bakeRunsOf(PARENT, EXECUTION).map((run) => run.stageId)).toEqual(['child-east', 'child-west']);
  });

  it('reads a stage alone, and strange executions, without throwing', () => {
    expect(bakeRunsOf(EAST)).toHaveLength(1);
    expect(bakeRunsOf({ context: 'x' }, { stages: [null, 3, 'y'] })).toEqual([
      { stageId: undefined, name: undefined, stageStatus: undefined, context: {}, deploymentDetails: undefined },
    ]);
  });
});
