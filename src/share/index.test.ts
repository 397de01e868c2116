import * as share from './index';

describe('the share module', () => {
  it('offers the functions the panel, the Deck seams and the admin review use', () => {
    const functions = [
      'readShare',
      'writeShare',
      'otherAttributes',
      'previewShare',
      'validateShare',
      'validateStage',
      'hasErrors',
      'parseAccountList',
      'normalizeAccountId',
      'isAccountId',
      'isSpel',
      'findRegion',
      'partitionOf',
      'isWellFormedRegion',
      'templateCatalogue',
      'capacityOf',
      'isChrootTemplate',
      'isMultiTemplate',
      'multiTemplateFor',
      'baseTemplateFor',
      'admitValues',
      'pendingFindings',
      'sharingOn',
      'sharingOff',
      'deployImageWarnings',
    ];
    for (const name of functions) expect(typeof (share as Record<string, unknown>)[name]).toBe('function');
    expect(share.MULTI_EBS).toBe('aws-multi-ebs.json');
    expect(share.MULTI_CHROOT).toBe('aws-multi-chroot.json');
    expect(share.AWS_REGIONS.length).toBeGreaterThan(30);
    expect(Object.keys(share.DEFAULT_TEMPLATES)).toEqual([
      'aws-multi-ebs.json',
      'aws-multi-chroot.json',
      'bake-share-ebs.json',
      'bake-share-chroot.json',
      'bake-share-ebs-kms.json',
      'bake-share-chroot-kms.json',
    ]);
  });
});
