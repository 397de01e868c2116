import { slotFindings, templateFindings } from './templateFindings';
import { MULTI_EBS, templateCatalogue } from './templates';
import { shareModel } from './testing/shareModel';

const templates = templateCatalogue({
  'small.json': { accounts: 2, regions: 1 },
  'share-only.json': { accounts: 3, regions: 0 },
});
const accountsOf = (count: number) => Array.from({ length: count }, (_, index) => String(100000000000 + index));
const model = shareModel;

describe('templateFindings', () => {
  it('is quiet when the values fit the template', () => {
    expect(templateFindings(model({ templateFileName: MULTI_EBS, accounts: accountsOf(10) }), templates)).toEqual([]);
  });

  it('is quiet when sharing is off or nothing is listed', () => {
    expect(templateFindings(model({ enabled: false, accounts: accountsOf(1) }), templates)).toEqual([]);
    expect(templateFindings(model({ accounts: [' '], templateFileName: 'custom.json' }), templates)).toEqual([]);
  });

  it('names the accounts Packer would silently drop', () => {
    const findings = templateFindings(model({ templateFileName: MULTI_EBS, accounts: accountsOf(12) }), templates);
    expect(findings).toEqual([
      {
        severity: 'error',
        field: 'accounts',
        value: '100000000010',
        message:
          "The template 'aws-multi-ebs.json' has 10 slots (share_with_1 to share_with_10) for accounts, but 12 are listed; Packer would silently ignore '100000000010' and '100000000011'.",
      },
    ]);
  });

  it('names the copy regions Packer would silently drop', () => {
    const copyRegions = ['eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-north-1', 'eu-central-1', 'us-west-2'];
    const [finding] = templateFindings(model({ templateFileName: MULTI_EBS, copyRegions }), templates);
    expect(finding.message).toBe(
      "The template 'aws-multi-ebs.json' has 5 slots (copy_to_1 to copy_to_5) for copy regions, but 6 are listed; Packer would silently ignore 'us-west-2'.",
    );
  });

  it('uses the capacity the settings declare for custom templates', () => {
    const findings = templateFindings(
      model({ templateFileName: 'small.json', accounts: accountsOf(2), copyRegions: ['eu-west-1', 'eu-west-2'] }),
      templates,
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      "The template 'small.json' has 1 slot (copy_to_1) for copy regions, but 2 are listed; Packer would silently ignore 'eu-west-2'.",
    ]);
    expect(
      templateFindings(model({ templateFileName: 'share-only.json', copyRegions: ['eu-west-1'] }), templates)[0]
        .message,
    ).toBe(
      "The template 'share-only.json' declares no slots for copy regions, but 1 is listed; Packer would silently ignore 'eu-west-1'.",
    );
  });

  it("rejects values on Rosco's default template", () => {
    expect(templateFindings(model({ accounts: accountsOf(1) }), templates)).toEqual([
      {
        severity: 'error',
        field: 'template',
        value: undefined,
        message:
          "This stage uses Rosco's default template, which has no share or copy slots, so the accounts and copy regions listed do nothing. When this panel next updates the stage, it switches the template to 'aws-multi-ebs.json'.",
      },
    ]);
  });

  it('rejects values on stock templates without slots', () => {
    const chroot = templateFindings(model({ templateFileName: 'aws-chroot.json', accounts: accountsOf(1) }), templates);
    expect(chroot[0]).toMatchObject({ severity: 'error', message: /switches the template to 'aws-multi-chroot.json'/ });
    const windows = templateFindings(
      model({ templateFileName: 'aws-windows-2012-r2.json', copyRegions: ['eu-west-1'] }),
      templates,
    );
    expect(windows[0].message).toBe(
      "The template 'aws-windows-2012-r2.json' has no share or copy slots, so the accounts and copy regions listed do nothing.",
    );
  });

  it('trusts settings that give a stock template slots', () => {
    const withSlots = templateCatalogue({ 'aws-ebs.json': { accounts: 1, regions: 1 } });
    expect(templateFindings(model({ templateFileName: 'aws-ebs.json', accounts: accountsOf(1) }), withSlots)).toEqual(
      [],
    );
  });

  it('warns about a template it has no capacity for', () => {
    expect(templateFindings(model({ templateFileName: 'custom.json', accounts: accountsOf(1) }), templates)).toEqual([
      {
        severity: 'warning',
        field: 'template',
        value: 'custom.json',
        message:
          "The template 'custom.json' is not a known multi template; it must declare share_with_1 … share_with_N and copy_to_1 … copy_to_N, or Packer ignores these values. An administrator can declare its slot counts in the bake-share settings.",
      },
    ]);
  });

  it("does not mistake Object's own properties for templates", () => {
    expect(
      templateFindings(model({ templateFileName: 'constructor', accounts: accountsOf(1) }), templates)[0].severity,
    ).toBe('warning');
  });
});

describe('slotFindings', () => {
  const stage = {
    templateFileName: MULTI_EBS,
    extendedAttributes: { share_with_12: '111111111111', copy_to_2: 'eu-west-1' },
  };

  it('flags values in slots the template does not declare', () => {
    const read = model({ templateFileName: MULTI_EBS, accounts: ['111111111111'], copyRegions: ['eu-west-1'] });
    expect(slotFindings(stage, read, templates)).toEqual([
      {
        severity: 'error',
        field: 'accounts',
        value: '111111111111',
        message:
          "'111111111111' is in share_with_12, but the template 'aws-multi-ebs.json' declares only share_with_1 to share_with_10, so Packer ignores it. When this panel next updates the stage, it renumbers the entries from share_with_1.",
      },
    ]);
  });

  it('leaves lists that are too long to the capacity check', () => {
    const read = model({ templateFileName: 'small.json', accounts: accountsOf(3) });
    const tooMany = {
      templateFileName: 'small.json',
      extendedAttributes: { share_with_3: '1', share_with_1: '2', share_with_2: '3' },
    };
    expect(slotFindings(tooMany, read, templates)).toEqual([]);
  });

  it('says nothing without a known capacity or with sharing off', () => {
    expect(
      slotFindings(
        { ...stage, templateFileName: 'custom.json' },
        model({ templateFileName: 'custom.json' }),
        templates,
      ),
    ).toEqual([]);
    expect(slotFindings(stage, model({ enabled: false, templateFileName: MULTI_EBS }), templates)).toEqual([]);
  });
});
