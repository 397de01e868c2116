import { attributeFindings } from './attributeFindings';
import { shareModel } from './testing/shareModel';

const model = shareModel;

describe('attributeFindings', () => {
  it('is quiet for a single form and no stray keys', () => {
    expect(attributeFindings(model({}))).toEqual([]);
  });

  it('warns that the comma and numbered forms collide', () => {
    expect(attributeFindings(model({ form: 'mixed' }))).toEqual([
      {
        severity: 'warning',
        field: 'attributes',
        message: expect.stringMatching(
          /a comma list \(share_with or copy_to\).*numbered keys.*overwrite.*rewrites them all/,
        ),
      },
    ]);
  });

  it('warns about every key the template ignores, naming it and why', () => {
    const unparsed = [
      { key: 'share_with_0', value: '1', reason: "slots are numbered from 1, so the first one is 'share_with_1'" },
      { key: 'copy_to_x', value: '2', reason: 'a reason' },
    ];
    expect(attributeFindings(model({ unparsed }))).toEqual([
      {
        severity: 'warning',
        field: 'attributes',
        value: 'share_with_0',
        message:
          "The attribute 'share_with_0' is ignored by the bake template: slots are numbered from 1, so the first one is 'share_with_1'. The panel leaves it as it is; rename or remove it.",
      },
      expect.objectContaining({ value: 'copy_to_x' }),
    ]);
  });

  it('still reports stray keys when sharing is off', () => {
    const unparsed = [{ key: 'share_with_01', value: '1', reason: 'r' }];
    expect(attributeFindings(model({ enabled: false, unparsed }))).toHaveLength(1);
  });
});
