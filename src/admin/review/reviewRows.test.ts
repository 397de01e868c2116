import { DEFAULT_TEMPLATES } from '../../share';
import type { PipelineConfig } from '../../deck/pipelineConfigs';
import {
  A_SPINNAKER_ACCOUNT_NAME,
  AN_EXPRESSION,
  isAwsBake,
  NOT_A_SPINNAKER_ACCOUNT,
  pipelineEditorUrl,
  reviewRows,
} from './reviewRows';
import type { ReviewContext } from './reviewRows';

const context: ReviewContext = {
  templates: { ...DEFAULT_TEMPLATES },
  knownAccounts: [
    { name: 'prod', accountId: '111111111111' },
    { name: 'staging', accountId: '222222222222' },
    { name: 'legacy' },
  ],
};

function bake(extendedAttributes: Record<string, unknown>, fields: Record<string, unknown> = {}) {
  return {
    type: 'bake',
    cloudProviderType: 'aws',
    name: 'Bake',
    refId: '1',
    regions: ['us-east-1'],
    templateFileName: 'aws-multi-ebs.json',
    extendedAttributes,
    ...fields,
  };
}

function pipelineWith(stages: unknown[], fields: Partial<PipelineConfig> = {}): PipelineConfig {
  return { id: 'p-1', name: 'Release', application: 'checkout', stages, ...fields };
}

const rowsOf = (stages: unknown[], fields: Partial<PipelineConfig> = {}, reviewContext = context) =>
  reviewRows([pipelineWith(stages, fields)], reviewContext);

const problemsOf = (stage: unknown) => rowsOf([stage])[0].problems;

describe('reviewRows', () => {
  it('makes one row per sharing AWS bake stage, with the accounts named', () => {
    const rows = rowsOf([
      bake({ share_with_1: '111111111111', share_with_2: '333333333333', copy_to_1: 'eu-west-1', aws_vpc_id: 'vpc-1' }),
    ]);
    expect(rows).toEqual([
      {
        key: '0/0',
        application: 'checkout',
        pipelineId: 'p-1',
        pipelineName: 'Release',
        stageIndex: 0,
        pipelineDisabled: false,
        stageName: 'Bake',
        template: 'aws-multi-ebs.json',
        accounts: [
          { id: '111111111111', name: 'prod' },
          { id: '333333333333', note: NOT_A_SPINNAKER_ACCOUNT },
        ],
        copyRegions: ['eu-west-1'],
        organizations: [],
        sharesSnapshots: false,
        problems: [],
      },
    ]);
  });

  it('shows and checks what the companion templates add', () => {
    const [row] = rowsOf([
      bake(
        {
          share_with_org_1: 'arn:aws:organizations::111122223333:organization/o-exampleorgid',
          share_with_ou_1: 'o-bad',
          copy_to_1: 'eu-west-1',
          'kms_key_us-east-1': 'alias/aws/ebs',
          share_with_1: '111111111111',
        },
        { templateFileName: 'bake-share-ebs-kms.json', regions: ['us-east-1'] },
      ),
    ]);
    expect(row.organizations).toEqual(['arn:aws:organizations::111122223333:organization/o-exampleorgid', 'o-bad']);
    expect(row.sharesSnapshots).toBe(true);
    expect(row.kmsKeys).toEqual([
      { region: 'us-east-1', key: 'alias/aws/ebs' },
      { region: 'eu-west-1', key: '' },
    ]);
    expect(row.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/'o-bad' is not an ARN/),
      expect.stringMatching(/AWS-managed EBS key, which cannot be shared/),
      expect.stringMatching(/Choose a KMS key for 'eu-west-1'/),
    ]);
  });

  it('reads hand-written comma lists and numbered slots with gaps', () => {
    const [comma, gaps] = rowsOf([
      bake({ share_with: '111111111111, 222222222222', copy_to: 'us-west-2' }),
      bake({ share_with_1: '111111111111', share_with_7: '222222222222' }, { refId: '2' }),
    ]);
    expect(comma.accounts.map((account) => account.name)).toEqual(['prod', 'staging']);
    expect(comma.copyRegions).toEqual(['us-west-2']);
    expect(comma.problems).toEqual([]);
    expect(gaps.accounts.map((account) => account.id)).toEqual(['111111111111', '222222222222']);
    expect(gaps.problems).toEqual([]);
  });

  it("flags share attributes on a template without share slots, and on Rosco's default template", () => {
    const slotless = problemsOf(bake({ share_with_1: '111111111111' }, { templateFileName: 'aws-ebs.json' }));
    expect(slotless).toEqual([{ severity: 'error', message: expect.stringMatching(/no share or copy slots/) }]);
    const noTemplate = problemsOf(bake({ share_with_1: '111111111111' }, { templateFileName: undefined }));
    expect(noTemplate).toEqual([{ severity: 'error', message: expect.stringMatching(/Rosco's default template/) }]);
  });

  it('flags more accounts than the template has slots', () => {
    const accounts = Object.fromEntries(
      Array.from({ length: 11 }, (_, index) => [`share_with_${index + 1}`, String(100000000000 + index)]),
    );
    const [problem] = problemsOf(bake(accounts));
    expect(problem.severity).toBe('error');
    expect(problem.message).toMatch(/10 slots .* but 11 are listed; Packer would silently ignore '100000000010'/);
  });

  it('flags invalid account IDs, including numbers that lost a leading zero and Spinnaker account names', () => {
    const [elevenDigits] = problemsOf(bake({ share_with_1: 12345678901 }));
    expect(elevenDigits).toEqual({ severity: 'error', message: expect.stringMatching(/11 digits.*leading zero/) });
    const [nameRow] = rowsOf([bake({ share_with_1: 'prod' })]);
    expect(nameRow.accounts).toEqual([{ id: 'prod', note: A_SPINNAKER_ACCOUNT_NAME }]);
    expect(nameRow.problems).toEqual([
      { severity: 'error', message: expect.stringMatching(/name of a Spinnaker account/) },
    ]);
  });

  it('flags comma and numbered forms mixed, and keys the template would ignore', () => {
    const mixed = problemsOf(bake({ share_with: '111111111111', share_with_2: '222222222222' }));
    expect(mixed).toEqual([{ severity: 'warning', message: expect.stringMatching(/both as a comma list/) }]);
    const [ignoredOnly] = rowsOf([bake({ share_with_01: '111111111111' })]);
    expect(ignoredOnly.accounts).toEqual([]);
    expect(ignoredOnly.problems).toEqual([{ severity: 'warning', message: expect.stringMatching(/'share_with_01'/) }]);
  });

  it('keeps warnings and errors but not notes', () => {
    expect(problemsOf(bake({ share_with_1: '${trigger.parameters.account}' }))).toEqual([]);
    expect(problemsOf(bake({ share_with_1: '111111111111', copy_to_1: 'eu-middle-9' }))).toEqual([
      { severity: 'warning', message: expect.stringMatching(/not a region bake-share knows/) },
    ]);
  });

  it('lists, on the bake, a Deploy downstream that deploys to a region the bake only copies to', () => {
    const deploy = {
      refId: '2',
      name: 'Deploy to Europe',
      type: 'deploy',
      requisiteStageRefIds: ['1'],
      clusters: [{ provider: 'aws', account: 'prod', availabilityZones: { 'eu-west-1': ['eu-west-1a'] } }],
    };
    const [row] = rowsOf([bake({ share_with_1: '111111111111', copy_to_1: 'eu-west-1' }), deploy]);

    expect(row.problems).toEqual([
      {
        severity: 'warning',
        message: expect.stringMatching(
          /^The stage 'Deploy to Europe' deploys to 'eu-west-1', where this bake only copies/,
        ),
      },
    ]);
  });

  it('marks stages of disabled pipelines without counting that as a problem', () => {
    const [row] = rowsOf([bake({ share_with_1: '111111111111' })], { disabled: true });
    expect(row.pipelineDisabled).toBe(true);
    expect(row.problems).toEqual([]);
  });

  it('leaves out stages that are not AWS bakes or share nothing', () => {
    const rows = rowsOf([
      bake({ share_with_1: '111111111111' }, { cloudProviderType: 'gce' }),
      bake({ share_with_1: '111111111111' }, { cloudProvider: 'gce' }),
      bake({ aws_vpc_id: 'vpc-1' }),
      bake({}),
      { type: 'wait', name: 'Wait', extendedAttributes: { share_with_1: '111111111111' } },
      null,
      'bake',
    ]);
    expect(rows).toEqual([]);
  });

  it('takes a bake stage without a provider for AWS, as Deck does', () => {
    expect(isAwsBake({ type: 'bake' })).toBe(true);
    expect(isAwsBake({ type: 'bake', cloudProvider: 'aws', cloudProviderType: 'gce' })).toBe(true);
    expect(rowsOf([bake({ share_with_1: '111111111111' }, { cloudProviderType: undefined })])).toHaveLength(1);
  });

  it('describes accounts that are expressions, and calls none unknown when the account list is missing', () => {
    const stage = bake({ share_with_1: '${trigger.parameters.account}', share_with_2: '333333333333' });
    expect(rowsOf([stage])[0].accounts).toEqual([
      { id: '${trigger.parameters.account}', note: AN_EXPRESSION },
      { id: '333333333333', note: NOT_A_SPINNAKER_ACCOUNT },
    ]);
    const withoutAccounts = rowsOf([stage], {}, { templates: context.templates });
    expect(withoutAccounts[0].accounts[1]).toEqual({ id: '333333333333' });
  });

  it('survives pipelines without stages or names', () => {
    const rows = reviewRows(
      [
        {},
        { stages: 'none' as unknown as unknown[] },
        { stages: [bake({ share_with_1: '111111111111' }, { name: 7 })] },
      ],
      context,
    );
    expect(rows).toEqual([
      expect.objectContaining({ key: '2/0', application: '', pipelineId: '', pipelineName: '', stageName: '' }),
    ]);
  });
});

describe('pipelineEditorUrl', () => {
  it("links to the pipeline's editor", () => {
    expect(pipelineEditorUrl({ application: 'checkout', pipelineId: 'a1b2-c3' })).toBe(
      '#/applications/checkout/executions/configure/a1b2-c3',
    );
    expect(pipelineEditorUrl({ application: 'odd/app', pipelineId: 'x#y' })).toBe(
      '#/applications/odd%2Fapp/executions/configure/x%23y',
    );
  });
});
