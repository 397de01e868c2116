import { admitValues } from './admission';
import { MULTI_EBS, templateCatalogue } from './templates';
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

  it('refuses the accounts that do not fit the template and keeps the ones that do', () => {
    const ten = Array.from({ length: 9 }, (_, index) => String(100000000001 + index));
    const admission = admitValues(sharing(ten), 'accounts', ['200000000001', '200000000002'], context);

    expect(admission.added).toEqual(['200000000001']);
    expect(admission.refused.map((refused) => refused.value)).toEqual(['200000000002']);
    expect(admission.refused[0].findings[0].message).toMatch(/has 10 slots/);
  });

  it('still refuses once the list is already over the template, for a different lost value', () => {
    const eleven = Array.from({ length: 11 }, (_, index) => String(100000000001 + index));
    const admission = admitValues(sharing(eleven), 'accounts', ['200000000001'], context);

    expect(admission.refused.map((refused) => refused.value)).toEqual(['200000000001']);
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
