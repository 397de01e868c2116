import { readShare } from './codec';
import type { ShareModel } from './model';
import { MULTI_EBS, templateCatalogue } from './templates';
import { shareModel } from './testing/shareModel';
import { hasErrors, type ShareContext, validateShare, validateStage } from './validate';

const context: ShareContext = {
  templates: templateCatalogue(),
  bakeRegions: ['us-east-1'],
  knownAccounts: [{ name: 'prod', accountId: '222222222222' }],
};

const model = (overrides: Partial<ShareModel>): ShareModel => shareModel({ templateFileName: MULTI_EBS, ...overrides });

describe('validateShare', () => {
  it('finds nothing wrong with a clean model', () => {
    const findings = validateShare(
      model({ accounts: ['111111111111', '222222222222'], copyRegions: ['eu-west-1'] }),
      context,
    );
    expect(findings).toEqual([]);
    expect(hasErrors(findings)).toBe(false);
  });

  it('brings account, region, template and attribute findings together', () => {
    const findings = validateShare(
      model({
        templateFileName: 'custom.json',
        accounts: ['12345678901'],
        copyRegions: ['us-east-1a'],
        form: 'mixed',
        unparsed: [{ key: 'share_with_0', value: 'x', reason: 'r' }],
      }),
      context,
    );
    expect(findings.map((finding) => [finding.severity, finding.field])).toEqual([
      ['error', 'accounts'],
      ['error', 'copyRegions'],
      ['warning', 'template'],
      ['warning', 'attributes'],
      ['warning', 'attributes'],
    ]);
    expect(hasErrors(findings)).toBe(true);
  });

  it('checks nothing but stray keys while sharing is off, since nothing else is written', () => {
    const off = model({
      enabled: false,
      accounts: ['bad'],
      copyRegions: ['bad'],
      templateFileName: undefined,
      unparsed: [{ key: 'copy_to_0', value: 'x', reason: 'r' }],
    });
    expect(validateShare(off, context).map((finding) => finding.value)).toEqual(['copy_to_0']);
  });
});

describe('validateStage', () => {
  it('reads a hand-written stage and explains what Rosco would do with it', () => {
    const findings = validateStage(
      {
        extendedAttributes: {
          share_with: '12345678901',
          share_with_1: '1234-5678-9012',
          share_with_01: '333333333333',
          copy_to_1: 'cn-north-1',
        },
      },
      context,
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      "'12345678901' has 11 digits; AWS account IDs have exactly 12 — did a leading zero get lost? Try '012345678901'.",
      "'1234-5678-9012' is written with separators; enter the account ID as '123456789012'.",
      "'cn-north-1' is in AWS China, but this stage bakes in 'us-east-1' (AWS commercial); AMIs cannot be copied between partitions.",
      "This stage uses Rosco's default template, which has no share or copy slots, so the accounts and copy regions listed do nothing. When this panel next updates the stage, it switches the template to 'aws-multi-ebs.json'.",
      expect.stringMatching(/a comma list/),
      "The attribute 'share_with_01' is ignored by the bake template: slot numbers have no leading zeros, so the template declares 'share_with_1' rather than 'share_with_01'. The panel leaves it as it is; rename or remove it.",
    ]);
  });

  it('adds what only the stored slot numbers show', () => {
    const findings = validateStage(
      { templateFileName: MULTI_EBS, extendedAttributes: { share_with_11: '111111111111' } },
      context,
    );
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', field: 'accounts', value: '111111111111' }),
    ]);
    expect(findings[0].message).toMatch(/share_with_11/);
  });

  it('agrees with validateShare once the panel has written the stage', () => {
    const stage = { templateFileName: MULTI_EBS, extendedAttributes: { share_with_1: '111111111111' } };
    expect(validateStage(stage, context)).toEqual(validateShare(readShare(stage), context));
  });
});
