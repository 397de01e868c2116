import {
  baseTemplateFor,
  capacityOf,
  DEFAULT_TEMPLATES,
  hasMultiTwin,
  isChrootTemplate,
  isMultiTemplate,
  isTemplateWithoutSlots,
  MULTI_CHROOT,
  MULTI_EBS,
  multiTemplateFor,
  templateCatalogue,
} from './templates';

describe('templateCatalogue', () => {
  it("starts from Rosco's multi templates and the companion ones", () => {
    const companion = { accounts: 50, regions: 15, organizations: 5, organizationalUnits: 20, snapshots: true };
    expect(templateCatalogue()).toEqual({
      'aws-multi-ebs.json': { accounts: 10, regions: 5 },
      'aws-multi-chroot.json': { accounts: 10, regions: 5 },
      'bake-share-ebs.json': { ...companion, encryption: false, skipsUnusedSlots: true },
      'bake-share-chroot.json': { ...companion, encryption: false, skipsUnusedSlots: true },
      'bake-share-ebs-kms.json': { ...companion, encryption: true, skipsUnusedSlots: true },
      'bake-share-chroot-kms.json': { ...companion, encryption: true, skipsUnusedSlots: true },
    });
  });

  it('reads the features a custom template declares, and ignores ill-typed ones', () => {
    const features = { organizations: 2, organizationalUnits: 0, snapshots: true, encryption: false };
    expect(
      templateCatalogue({ 'org.json': { accounts: 3, regions: 1, ...features, skipsUnusedSlots: 'yes' } })['org.json'],
    ).toEqual({
      accounts: 3,
      regions: 1,
      ...features,
    });
  });

  it('adds custom templates and lets settings override the defaults', () => {
    expect(
      templateCatalogue({ 'big.json': { accounts: 25, regions: 8 }, [MULTI_EBS]: { accounts: 20, regions: 5 } }),
    ).toEqual({
      ...templateCatalogue(),
      [MULTI_EBS]: { accounts: 20, regions: 5 },
      'big.json': { accounts: 25, regions: 8 },
    });
  });

  it('accepts a template that declares no slots of one kind', () => {
    expect(templateCatalogue({ 'share-only.json': { accounts: 4, regions: 0 } })['share-only.json']).toEqual({
      accounts: 4,
      regions: 0,
    });
  });

  it.each([
    ['a string', '10'],
    ['a negative count', { accounts: -1, regions: 5 }],
    ['a fraction', { accounts: 1.5, regions: 5 }],
    ['text counts', { accounts: '10', regions: '5' }],
    ['a missing count', { accounts: 10 }],
    ['null', null],
    ['infinity', { accounts: Infinity, regions: 1 }],
  ])('ignores an entry with %s', (_, entry) => {
    expect(templateCatalogue({ 'bad.json': entry })).toEqual(templateCatalogue());
  });

  it('ignores a blank template name, extra fields and settings that are not an object', () => {
    expect(templateCatalogue({ ' ': { accounts: 1, regions: 1 } })).toEqual(templateCatalogue());
    expect(templateCatalogue({ 'x.json': { accounts: 1, regions: 2, extra: true } })['x.json']).toEqual({
      accounts: 1,
      regions: 2,
    });
    for (const settings of [undefined, null, 'x', 3, ['a'], true]) {
      expect(templateCatalogue(settings)).toEqual(templateCatalogue());
    }
  });

  it('returns a fresh catalogue each time', () => {
    const catalogue = templateCatalogue();
    catalogue[MULTI_EBS].accounts = 1;
    expect(DEFAULT_TEMPLATES[MULTI_EBS].accounts).toBe(10);
    expect(templateCatalogue()[MULTI_EBS].accounts).toBe(10);
  });

  it("keeps a template named '__proto__' as a template", () => {
    const catalogue = templateCatalogue(JSON.parse('{"__proto__": {"accounts": 2, "regions": 1}}'));
    expect(capacityOf(catalogue, '__proto__')).toEqual({ accounts: 2, regions: 1 });
  });
});

describe('capacityOf', () => {
  it('finds only templates in the catalogue', () => {
    const catalogue = templateCatalogue();
    expect(capacityOf(catalogue, MULTI_EBS)).toEqual({ accounts: 10, regions: 5 });
    expect(capacityOf(catalogue, 'constructor')).toBeUndefined();
    expect(capacityOf(catalogue, undefined)).toBeUndefined();
  });
});

describe('template names', () => {
  it('recognises the multi templates and chroot ones', () => {
    expect(isMultiTemplate(MULTI_EBS) && isMultiTemplate(MULTI_CHROOT)).toBe(true);
    expect(isMultiTemplate('aws-ebs.json') || isMultiTemplate(undefined)).toBe(false);
    expect(isChrootTemplate('aws-chroot.json')).toBe(true);
    expect(isChrootTemplate('my-CHROOT-v2.json')).toBe(true);
    expect(isChrootTemplate('aws-ebs.json') || isChrootTemplate(undefined)).toBe(false);
  });

  it('knows which stock templates have no share slots, and which have a multi twin', () => {
    expect(['aws-ebs.json', 'aws-chroot.json', 'aws-windows-2012-r2.json'].every(isTemplateWithoutSlots)).toBe(true);
    expect(isTemplateWithoutSlots(MULTI_EBS) || isTemplateWithoutSlots(undefined)).toBe(false);
    expect(hasMultiTwin('aws-ebs.json') && hasMultiTwin('aws-chroot.json')).toBe(true);
    expect(hasMultiTwin('aws-windows-2012-r2.json') || hasMultiTwin(undefined)).toBe(false);
  });

  it('picks the multi template for the current one', () => {
    expect(multiTemplateFor(undefined)).toBe(MULTI_EBS);
    expect(multiTemplateFor('aws-ebs.json')).toBe(MULTI_EBS);
    expect(multiTemplateFor('aws-chroot.json')).toBe(MULTI_CHROOT);
    expect(multiTemplateFor('custom-chroot.json')).toBe(MULTI_CHROOT);
  });

  it('knows what to restore when sharing is switched off', () => {
    expect(baseTemplateFor(MULTI_CHROOT)).toBe('aws-chroot.json');
    expect(baseTemplateFor(MULTI_EBS)).toBeUndefined();
  });
});
