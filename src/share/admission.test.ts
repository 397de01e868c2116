import { admitValues } from './admission';
import { COMPANION_EBS, MULTI_EBS, templateCatalogue } from './templates';
import { shareModel } from './testing/shareModel';
import type { ShareContext } from './validate';

const context: ShareContext = {
  templates: templateCatalogue(),
  bakeRegions: ['us-east-1'],
  knownAccounts: [{ name: 'prod', accountId: '111111111111' }],
};
const sharing = (accounts: string[] = [], copyRegions: string[] = []) =>
  shareModel({ templateFileName: MULTI_EBS, accounts, copyRegions });

describe('admitValues', () => {
  it('adds well-formed account IDs in order', () => {
    const admission = admitValues(sharing(['111111111111']), 'accounts', ['222222222222', '012345678901'], context);

    expect(admission.values).toEqual(['111111111111', '222222222222', '012345678901']);
    expect(admission.added).toEqual(['222222222222', '012345678901']);
    expect(admission.refused).toEqual([]);
  });

  it('refuses an ID the panel flags, with the message it would show', () => {
    const admission = admitValues(sharing(), 'accounts', ['12345678901', '333333333333'], context);

    expect(admission.values).toEqual(['333333333333']);
    expect(admission.refused).toEqual([
      { value: '12345678901', findings: [expect.objectContaining({ message: expect.stringMatching(/leading zero/) })] },
    ]);
  });

  it('refuses the accounts that do not fit a template it cannot swap, and keeps the ones that do', () => {
    const custom = { ...context, templates: templateCatalogue({ 'ten.json': { accounts: 10, regions: 5 } }) };
    const nine = shareModel({
      templateFileName: 'ten.json',
      accounts: Array.from({ length: 9 }, (_, i) => String(100000000001 + i)),
    });
    const admission = admitValues(nine, 'accounts', ['200000000001', '200000000002'], custom);

    expect(admission.added).toEqual(['200000000001']);
    expect(admission.refused.map((refused) => refused.value)).toEqual(['200000000002']);
    expect(admission.refused[0].findings[0].message).toMatch(/has 10 slots/);
  });

  it("takes an 11th account on Rosco's template, which gives way to the companion one, up to its 50", () => {
    const ten = Array.from({ length: 10 }, (_, index) => String(100000000001 + index));
    expect(admitValues(sharing(ten), 'accounts', ['200000000001'], context).added).toEqual(['200000000001']);
    const fifty = Array.from({ length: 50 }, (_, index) => String(100000000001 + index));
    const full = shareModel({ templateFileName: COMPANION_EBS, accounts: fifty });
    expect(admitValues(full, 'accounts', ['200000000001'], context).refused[0].findings[0].message).toMatch(
      /has 50 slots/,
    );
  });

  it('still refuses once the list is already over the template, for a different lost value', () => {
    const over = Array.from({ length: 51 }, (_, index) => String(100000000001 + index));
    const admission = admitValues(
      shareModel({ templateFileName: COMPANION_EBS, accounts: over }),
      'accounts',
      ['200000000001'],
      context,
    );

    expect(admission.refused.map((refused) => refused.value)).toEqual(['200000000001']);
  });

  it('adds organizations on a stock template, which gives way to the companion one', () => {
    const arn = 'arn:aws:organizations::111122223333:organization/o-exampleorgid';
    expect(admitValues(sharing(), 'organizations', [arn, 'o-bad'], context)).toMatchObject({
      added: [arn],
      refused: [{ value: 'o-bad' }],
    });
  });

  it('accepts values that only draw a note or a warning', () => {
    const admission = admitValues(sharing(), 'accounts', ['${trigger.parameters.account}'], context);

    expect(admission.added).toEqual(['${trigger.parameters.account}']);
  });

  it('names each value already in the list once, and collapses repeats within the addition silently', () => {
    const admission = admitValues(
      sharing(['111111111111']),
      'accounts',
      ['111111111111', '111111111111', '222222222222', '222222222222'],
      context,
    );

    expect(admission.alreadyListed).toEqual(['111111111111']);
    expect(admission.added).toEqual(['222222222222']);
  });

  it('refuses a copy region in another partition than the bake region', () => {
    const admission = admitValues(sharing(), 'copyRegions', ['us-gov-west-1', 'eu-west-1'], context);

    expect(admission.added).toEqual(['eu-west-1']);
    expect(admission.refused[0].findings[0].message).toMatch(/cannot be copied between partitions/);
  });

  it('does not refuse an account because the template itself has no slots', () => {
    const admission = admitValues(shareModel({ accounts: [] }), 'accounts', ['111111111111'], context);

    expect(admission.added).toEqual(['111111111111']);
  });
});
