import { planBulkChange, templateCatalogue, type BulkChange, type PipelinePlan } from '../../share';
import { changeRecord, changeRecordCsv } from './changeRecord';
import { applyStep, retryStep, revertStep, type GatePorts } from './pipelineSteps';

const templates = templateCatalogue();
const add: BulkChange = { kind: 'addAccounts', accounts: ['444444444444'] };
const bakeStage = (refId: string, accounts: Record<string, string>) => ({
  type: 'bake',
  cloudProviderType: 'aws',
  name: `Bake ${refId}`,
  refId,
  regions: ['us-east-1'],
  templateFileName: 'aws-multi-ebs.json',
  extendedAttributes: accounts,
});
const pipelineOf = (id: string, updateTs: string, stages: object[]) => ({
  id,
  application: 'app',
  name: id,
  updateTs,
  stages,
});

const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value));

// Front50 behind Gate, in memory: saves stamp a new updateTs; the stale check compares it.
function storeOf(pipelines: Array<Record<string, unknown>>): GatePorts & { saved: unknown[] } {
  const held = new Map(pipelines.map((pipeline) => [pipeline.id as string, copyOf(pipeline)]));
  const saved: unknown[] = [];
  let clock = 100;
  return {
    saved,
    read: async (plan) => {
      const found = held.get(plan.pipelineId);
      return found ? { pipeline: copyOf(found) } : { reason: 'HTTP 404' };
    },
    save: async (pipeline) => {
      const stored = held.get(pipeline.id as string);
      if (stored && stored.updateTs !== pipeline.updateTs)
        return { outcome: 'stale', reason: 'The submitted pipeline is stale.' };
      saved.push(pipeline);
      held.set(pipeline.id as string, { ...copyOf(pipeline), updateTs: String(clock++) });
      return { outcome: 'saved' };
    },
  };
}

const planOf = (pipeline: Record<string, unknown>, change = add) =>
  planBulkChange([pipeline], [{ pipelineId: pipeline.id as string, stageIndex: 0 }], change, templates)[0];

describe('applyStep', () => {
  const pipeline = pipelineOf('p', '1', [bakeStage('1', { share_with_1: '111111111111' })]);

  it('saves the planned pipeline when it is as it was read', async () => {
    const store = storeOf([pipeline]);
    expect(await applyStep(store)(planOf(pipeline))).toMatchObject({ outcome: 'saved', time: expect.any(String) });
    expect(store.saved).toEqual([planOf(pipeline).after]);
  });

  it('does not save a pipeline saved by someone else since it was read, and says by whom', async () => {
    const store = storeOf([{ ...pipeline, updateTs: '2', lastModifiedBy: 'ana' }]);
    expect(await applyStep(store)(planOf(pipeline))).toMatchObject({
      outcome: 'stale',
      reason: expect.stringMatching(/by ana/),
    });
    expect(store.saved).toEqual([]);
  });

  it('reports a pipeline that cannot be read again as failed, and one with nothing to change as skipped', async () => {
    expect(await applyStep(storeOf([]))(planOf(pipeline))).toMatchObject({
      outcome: 'failed',
      reason: expect.stringMatching(/HTTP 404/),
    });
    const unchanged = planOf(pipelineOf('q', '1', [bakeStage('1', { share_with_1: '444444444444' })]));
    expect(await applyStep(storeOf([]))(unchanged)).toMatchObject({
      outcome: 'skipped',
      reason: expect.stringMatching(/already shares/),
    });
  });
});

describe('retryStep and revertStep', () => {
  it('plans the change again on the pipeline as it is now, then reverting keeps what someone else changed', async () => {
    const original = pipelineOf('p', '1', [bakeStage('1', { share_with_1: '111111111111' })]);
    const plan = planOf(original);
    const edited = {
      ...original,
      updateTs: '5',
      description: 'edited',
      stages: [{ type: 'wait', refId: '9' }, ...original.stages],
    };
    const store = storeOf([edited]);
    const retried = await retryStep(store, add, templates, {})(plan);
    expect(retried.outcome).toBe('saved');
    expect(retried.plan.changes.map((change) => change.stageIndex)).toEqual([1]);
    const reverted = await revertStep(store)(retried.plan);
    expect(reverted.outcome).toBe('saved');
    const [, back] = store.saved as Array<Record<string, unknown>>;
    expect({ ...back, updateTs: '5' }).toEqual(edited);
  });

  it('does not revert a stage edited since the change, and says which', async () => {
    const original = pipelineOf('p', '1', [bakeStage('1', { share_with_1: '111111111111' })]);
    const plan: PipelinePlan = planOf(original);
    const store = storeOf([pipelineOf('p', '7', [bakeStage('1', { share_with_1: '999999999999' })])]);
    expect(await revertStep(store)(plan)).toMatchObject({
      outcome: 'stale',
      reason: expect.stringMatching(/'Bake 1' changed since/),
    });
    expect(store.saved).toEqual([]);
  });
});

describe('changeRecord', () => {
  it('has a line per changed or skipped stage with before, after, outcome, time and user, also as CSV', () => {
    const pipeline = pipelineOf('p', '1', [
      bakeStage('1', { share_with_1: '111111111111' }),
      bakeStage('2', { share_with_1: '444444444444' }),
    ]);
    const plan = planBulkChange(
      [pipeline],
      [0, 1].map((stageIndex) => ({ pipelineId: 'p', stageIndex })),
      add,
      templates,
      { rebake: true },
    )[0];
    const record = changeRecord('Share with 444444444444', 'ana', [{ plan, outcome: 'saved', time: 'T' }]);
    expect(record.entries).toEqual([
      expect.objectContaining({
        stageName: 'Bake 1',
        before: { share_with_2: '', rebake: '' },
        after: { share_with_2: '444444444444', rebake: 'true' },
        outcome: 'saved',
        time: 'T',
        user: 'ana',
      }),
      expect.objectContaining({
        stageName: 'Bake 2',
        outcome: 'skipped',
        reason: expect.stringMatching(/already shares/),
      }),
    ]);
    const reverted = changeRecord('Revert', 'ana', [{ plan, outcome: 'saved', time: 'T' }], true);
    expect(reverted.entries[0]).toMatchObject({
      before: { share_with_2: '444444444444' },
      after: { share_with_2: '' },
    });
    expect(changeRecordCsv(record).split('\r\n')[1]).toBe(
      'app,p,p,Bake 1,1,share_with_2=; rebake=,share_with_2=444444444444; rebake=true,saved,,T,ana',
    );
  });
});
