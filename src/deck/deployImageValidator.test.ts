import type { IStage, IStageTypeConfig } from '@spinnaker/core';
import { addDeployImageCheck } from './deployImageValidator';
import type { CustomValidator } from './testing/stageRegistry';
import { registerStageTypes, restoreDeckStageTypes } from './testing/stageRegistry';

const bake = {
  refId: '1',
  name: 'Bake',
  type: 'bake',
  cloudProviderType: 'aws',
  regions: ['us-east-1'],
  templateFileName: 'aws-multi-ebs.json',
  extendedAttributes: { copy_to_1: 'eu-west-1' },
};
const deploy = {
  refId: '2',
  name: 'Deploy',
  type: 'deploy',
  requisiteStageRefIds: ['1'],
  clusters: [{ provider: 'aws', account: 'prod', availabilityZones: { 'eu-west-1': ['eu-west-1a'] } }],
};
const pipeline = { stages: [bake, deploy] };

// Deck's core Deploy stage entry (deployStage.js) with its own validator.
const deployEntry = () =>
  ({
    key: 'deploy',
    label: 'Deploy',
    validators: [{ type: 'stageBeforeType', stageTypes: ['bake'], message: 'Bake first' }],
  }) as unknown as IStageTypeConfig;

afterEach(() => {
  restoreDeckStageTypes();
  jest.restoreAllMocks();
});

describe('the deploy image check', () => {
  it("adds a warning validator to Deck's Deploy stage and AWS Clone Server Group, keeping their own", () => {
    const entry = deployEntry();
    const clone = { provides: 'cloneServerGroup', cloudProvider: 'aws' } as IStageTypeConfig;
    const gceClone = { provides: 'cloneServerGroup', cloudProvider: 'gce' } as IStageTypeConfig;
    registerStageTypes(entry, clone, gceClone);

    expect(addDeployImageCheck()).toBe(2);

    expect(entry.validators).toEqual([
      { type: 'stageBeforeType', stageTypes: ['bake'], message: 'Bake first' },
      expect.objectContaining({ type: 'custom' }),
    ]);
    expect(entry.validators?.[1]).not.toHaveProperty('preventSave');
    expect(clone.validators).toHaveLength(1);
    expect(gceClone.validators).toBeUndefined();
  });

  it("warns on the deploying stage only, with the bake's name escaped for Markdown", async () => {
    const entry = deployEntry();
    registerStageTypes(entry);
    addDeployImageCheck();
    const validate = (entry.validators?.[1] as CustomValidator).validate;

    await expect(validate(pipeline, deploy as unknown as IStage)).resolves.toMatch(
      /^This stage deploys to 'eu-west-1', where the bake stage 'Bake' only copies its AMI/,
    );
    const starred = { stages: [{ ...bake, name: 'Bake *1*' }, deploy] };
    await expect(validate(starred, deploy as unknown as IStage)).resolves.toContain(
      "the bake stage 'Bake \\*1\\*' only copies",
    );
    await expect(validate(pipeline, bake as unknown as IStage)).resolves.toBeNull();
    await expect(
      validate({ stages: [bake, { ...deploy, clusters: [] }] }, deploy as unknown as IStage),
    ).resolves.toBeNull();
  });

  it('never throws for a pipeline written by hand', async () => {
    const entry = deployEntry();
    registerStageTypes(entry);
    addDeployImageCheck();
    const validate = (entry.validators?.[1] as CustomValidator).validate;
    const error = jest.spyOn(console, 'error');

    await expect(validate(null, null)).resolves.toBeNull();
    await expect(validate({ stages: 'x' }, deploy)).resolves.toBeNull();
    expect(error).not.toHaveBeenCalled();
  });
});
