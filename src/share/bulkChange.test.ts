import fc from 'fast-check';
import { bulkChangeProblem, planBulkChange, revertBulkChange, targetsAgain, type BulkChange } from './bulkChange';
import { isOwnedKey } from './attributeKeys';
import { COMPANION_EBS_KMS, MULTI_EBS, templateCatalogue } from './templates';

const templates = templateCatalogue();
const bake = (extendedAttributes: Record<string, unknown>, fields: Record<string, unknown> = {}) => ({
  type: 'bake',
  cloudProviderType: 'aws',
  name: 'Bake',
  refId: '1',
  regions: ['us-east-1'],
  templateFileName: MULTI_EBS,
  extendedAttributes,
  ...fields,
});
const pipeline = (id: string, stages: unknown[]) => ({
  id,
  application: 'app',
  name: `Release ${id}`,
  stages,
  index: 0,
});
const plan = (stage: object, change: BulkChange) =>
  planBulkChange([pipeline('p', [stage])], [{ pipelineId: 'p', stageIndex: 0 }], change, templates)[0];

describe('planBulkChange', () => {
  it('adds an account in the next slot and lists exactly the keys that change', () => {
    const { changes, skipped, after } = plan(bake({ share_with_1: '111111111111', aws_vpc_id: 'vpc-1' }), {
      kind: 'addAccounts',
      accounts: ['222222222222'],
    });
    expect(skipped).toEqual([]);
    expect(changes[0].keys).toEqual([{ key: 'share_with_2', before: '', after: '222222222222' }]);
    expect((after.stages as Array<{ extendedAttributes: object }>)[0].extendedAttributes).toEqual({
      aws_vpc_id: 'vpc-1',
      share_with_1: '111111111111',
      share_with_2: '222222222222',
    });
  });

  it('shows a value that is not text as JSON holds it', () => {
    const { changes } = plan(bake({ share_with_1: 12345678901 }), { kind: 'addAccounts', accounts: ['222222222222'] });
    expect(changes[0].keys).toContainEqual({
      key: 'share_with_1',
      before: '12345678901 (number, not text)',
      after: '12345678901',
    });
  });

  it('replaces an account in its own slot, keeping the order of the others', () => {
    const stage = bake({ share_with_1: '111111111111', share_with_2: '333333333333', share_with_3: '444444444444' });
    const { changes } = plan(stage, { kind: 'replaceAccount', account: '333333333333', by: '999999999999' });
    expect(changes[0].keys).toEqual([{ key: 'share_with_2', before: '333333333333', after: '999999999999' }]);
  });

  it.each<[string, object, BulkChange, RegExp]>([
    [
      'already listed',
      bake({ share_with_1: '111111111111' }),
      { kind: 'addAccounts', accounts: ['1111-1111-1111'] },
      /already shares with/,
    ],
    [
      'over the slots',
      bake(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`share_with_${i + 1}`, String(100000000000 + i)]))),
      { kind: 'addAccounts', accounts: ['222222222222'] },
      /takes 10 accounts, and this would make 11/,
    ],
    [
      'not listed',
      bake({ share_with_1: '111111111111' }),
      { kind: 'removeAccount', account: '222222222222' },
      /does not share with/,
    ],
    [
      'another partition',
      bake({ share_with_1: '111111111111' }),
      { kind: 'addCopyRegion', region: 'us-gov-west-1' },
      /another partition/,
    ],
    [
      'an encrypted image',
      bake({ share_with_1: '111111111111', 'kms_key_us-east-1': 'alias/a' }, { templateFileName: COMPANION_EBS_KMS }),
      { kind: 'addCopyRegion', region: 'eu-west-1' },
      /would need a KMS key of its own/,
    ],
    [
      "Rosco's default template",
      bake({}, { templateFileName: undefined }),
      { kind: 'addAccounts', accounts: ['222222222222'] },
      /default template/,
    ],
    [
      'a custom template',
      bake({ share_with_1: '111111111111' }, { templateFileName: 'mine.json' }),
      { kind: 'removeAccount', account: '111111111111' },
      /does not know the slots/,
    ],
  ])('skips a stage where the change is %s, with the reason', (_, stage, change, reason) => {
    const planned = plan(stage, change);
    expect(planned.changes).toEqual([]);
    expect(planned.skipped[0].reason).toMatch(reason);
    expect(planned.after).toBe(planned.before);
  });

  it('leaves out pipelines none of whose stages are chosen', () => {
    expect(
      planBulkChange(
        [pipeline('a', [bake({})])],
        [{ pipelineId: 'b', stageIndex: 0 }],
        { kind: 'removeAccount', account: '111111111111' },
        templates,
      ),
    ).toEqual([]);
  });
});

describe('Rebake with the change', () => {
  const stage = bake({ share_with_1: '111111111111' });
  const add: BulkChange = { kind: 'addAccounts', accounts: ['222222222222'] };
  const withRebake = (chosen: object) =>
    planBulkChange([pipeline('p', [chosen])], [{ pipelineId: 'p', stageIndex: 0 }], add, templates, {
      rebake: true,
    })[0];

  it('switches Rebake on in a changed stage and remembers that it was absent', () => {
    const planned = withRebake(stage);
    expect((planned.after.stages as Array<Record<string, unknown>>)[0].rebake).toBe(true);
    expect(planned.changes[0].rebake).toEqual({ before: undefined });
    const reverted = revertBulkChange(planned.after, planned.changes);
    expect('pipeline' in reverted && (reverted.pipeline.stages as object[])[0]).toEqual(stage);
  });

  it('leaves a stage that already rebakes, and a skipped stage, as they are', () => {
    expect(withRebake({ ...stage, rebake: true }).changes[0].rebake).toBeUndefined();
    const skipped = withRebake(bake({ share_with_1: '222222222222' }));
    expect(skipped.after).toBe(skipped.before);
  });

  it('keeps a Rebake someone switched off since, when the change is reverted', () => {
    const planned = withRebake({ ...stage, rebake: false });
    const edited = { ...planned.after, stages: [{ ...(planned.after.stages as object[])[0], rebake: false }] };
    const reverted = revertBulkChange(edited, planned.changes);
    expect('pipeline' in reverted && (reverted.pipeline.stages as Array<Record<string, unknown>>)[0]).toEqual({
      ...stage,
      rebake: false,
    });
  });
});

describe('targetsAgain', () => {
  it('finds the chosen stages of a pipeline read since by refId, and by position where a stage has none', () => {
    const first = bake({ share_with_1: '111111111111' }, { refId: '7' });
    const second = bake({ share_with_1: '333333333333' }, { refId: '' });
    const planned = planBulkChange(
      [pipeline('p', [first, second])],
      [
        { pipelineId: 'p', stageIndex: 0 },
        { pipelineId: 'p', stageIndex: 1 },
      ],
      { kind: 'addAccounts', accounts: ['333333333333'] },
      templates,
    )[0];
    const current = pipeline('p', [{ type: 'wait', refId: '1' }, second, first]);
    expect(targetsAgain(planned, current)).toEqual([
      { pipelineId: 'p', stageIndex: 2 },
      { pipelineId: 'p', stageIndex: 1 },
    ]);
    expect(targetsAgain(planned, pipeline('p', []))).toEqual([]);
  });
});

describe('bulkChangeProblem', () => {
  it('refuses a change that could change no stage rightly', () => {
    expect(bulkChangeProblem({ kind: 'addAccounts', accounts: [] })?.message).toMatch(/12-digit/);
    expect(bulkChangeProblem({ kind: 'replaceAccount', account: '111111111111', by: '11111111111' })).toEqual({
      field: 'by',
      message: expect.stringMatching(/'11111111111' is not/),
    });
    expect(bulkChangeProblem({ kind: 'addCopyRegion', region: 'eu-west-9' })?.message).toMatch(/not an AWS region/);
    expect(bulkChangeProblem({ kind: 'addAccounts', accounts: ['0123-4567-8901'] })).toBeUndefined();
  });
});

// Stages as hand-written pipelines hold them: share keys in both forms, unrelated keys, values that are not text.
const accountId = fc.stringMatching(/^[0-9]{12}$/);
const region = fc.constantFrom('us-east-1', 'us-west-2', 'eu-west-1', 'ap-south-1', 'us-gov-west-1');
const attributeKey = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((slot) => `share_with_${slot}`),
  fc.integer({ min: 1, max: 6 }).map((slot) => `copy_to_${slot}`),
  fc.constantFrom(
    'share_with',
    'copy_to',
    'aws_vpc_id',
    'share_snapshots',
    'kms_key_eu-west-1',
    'share_with_01',
    '__proto__',
    'x',
  ),
);
const attributeValue = fc.oneof(accountId, region, fc.string({ maxLength: 8 }), fc.constant(42));
const stage = fc.record({
  type: fc.constantFrom('bake', 'deploy'),
  cloudProviderType: fc.constant('aws'),
  name: fc.string({ maxLength: 6 }),
  refId: fc.string({ maxLength: 3 }),
  regions: fc.subarray(['us-east-1', 'eu-west-1']),
  templateFileName: fc.constantFrom(MULTI_EBS, 'aws-multi-chroot.json', 'bake-share-ebs.json', undefined, 'mine.json'),
  extendedAttributes: fc.dictionary(attributeKey, attributeValue, { maxKeys: 8 }),
  rebake: fc.constantFrom(true, false, undefined),
});
const change: fc.Arbitrary<BulkChange> = fc.oneof(
  fc.array(accountId, { minLength: 1, maxLength: 3 }).map((accounts) => ({ kind: 'addAccounts' as const, accounts })),
  accountId.map((account) => ({ kind: 'removeAccount' as const, account })),
  fc.tuple(accountId, accountId).map(([account, by]) => ({ kind: 'replaceAccount' as const, account, by })),
  region.map((name) => ({ kind: 'addCopyRegion' as const, region: name })),
  region.map((name) => ({ kind: 'removeCopyRegion' as const, region: name })),
);
const pipelines = fc
  .array(fc.array(stage, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .map((list) => list.map((stages, index) => pipeline(`p${index}`, stages)));
const targetsOf = (list: Array<{ id: string; stages: unknown[] }>, chosen: boolean[]) =>
  list
    .flatMap((p) => p.stages.map((_, stageIndex) => ({ pipelineId: p.id, stageIndex })))
    .filter((_, i) => chosen[i % chosen.length]);

const chosenStages = fc.array(fc.boolean(), { minLength: 1, maxLength: 8 });

describe('bulk change properties', () => {
  it('changes only the share keys of the chosen stages; everything else stays as Gate returned it', () => {
    fc.assert(
      fc.property(pipelines, change, chosenStages, fc.boolean(), (list, bulk, chosen, rebake) => {
        const original = JSON.stringify(list);
        const targets = targetsOf(list, chosen);
        for (const planned of planBulkChange(list, targets, bulk, templates, { rebake })) {
          const before = planned.before as { stages: Array<Record<string, unknown>> };
          const after = planned.after as { stages: Array<Record<string, unknown>> };
          expect(Object.keys(after)).toEqual(Object.keys(before));
          after.stages.forEach((stageAfter, index) => {
            const stageBefore = before.stages[index];
            const changed = planned.changes.some((c) => c.stageIndex === index);
            if (!changed) return expect(stageAfter).toBe(stageBefore);
            expect(targets).toContainEqual({ pipelineId: planned.pipelineId, stageIndex: index });
            const { extendedAttributes: attributesAfter, rebake: rebakeAfter, ...restAfter } = stageAfter;
            const { extendedAttributes: attributesBefore, rebake: rebakeBefore, ...restBefore } = stageBefore;
            expect(restAfter).toEqual(restBefore);
            expect(rebakeAfter).toBe(rebake ? true : rebakeBefore);
            const old = attributesBefore as Record<string, unknown>;
            const now = attributesAfter as Record<string, unknown>;
            for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
              if (!isOwnedKey(key)) expect(Object.is(now[key], old[key])).toBe(true);
            }
          });
        }
        expect(JSON.stringify(list)).toBe(original);
      }),
      { numRuns: 2000 },
    );
  });

  it('reverting what it applied gives back the original pipelines exactly, and refuses a pipeline edited since', () => {
    fc.assert(
      fc.property(pipelines, change, fc.boolean(), (list, bulk, rebake) => {
        const targets = targetsOf(list, [true]);
        for (const planned of planBulkChange(list, targets, bulk, templates, { rebake })) {
          const reverted = revertBulkChange(planned.after, planned.changes);
          expect('pipeline' in reverted && JSON.stringify(reverted.pipeline)).toBe(JSON.stringify(planned.before));
          if (planned.changes.length === 0) continue;
          const [first] = planned.changes;
          const edited = JSON.parse(JSON.stringify(planned.after));
          edited.stages[first.stageIndex].extendedAttributes = {
            ...edited.stages[first.stageIndex].extendedAttributes,
            share_with_1: '909090909090',
          };
          const refused = revertBulkChange(edited, planned.changes);
          expect('conflicts' in refused && refused.conflicts.map((c) => c.stageIndex)).toContain(first.stageIndex);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
