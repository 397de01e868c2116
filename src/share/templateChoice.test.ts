import { needsBeyond, stockTwinThatFits } from './templateChoice';
import { COMPANION_CHROOT_KMS, COMPANION_EBS, templateCatalogue } from './templates';
import { shareModel } from './testing/shareModel';

const templates = templateCatalogue();
const ORGANIZATION = 'arn:aws:organizations::111122223333:organization/o-exampleorgid';
const UNIT = 'arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-cd34ef56';

describe('needsBeyond', () => {
  it("names, in the panel's words, what a template cannot hold", () => {
    const accounts = Array.from({ length: 12 }, (_, index) => String(100000000000 + index));
    const model = shareModel({ accounts, organizations: [ORGANIZATION, UNIT], shareSnapshots: true, encrypted: true });
    expect(needsBeyond(templates['aws-multi-ebs.json'], model)).toEqual([
      '12 accounts (it takes 10)',
      '1 organization (it takes 0)',
      '1 OU (it takes 0)',
      'shared snapshots',
      'KMS encryption',
    ]);
    expect(needsBeyond(templates[COMPANION_EBS], { ...model, encrypted: false })).toEqual([]);
  });
});

describe('stockTwinThatFits', () => {
  it("offers Rosco's template back only while nothing needs the companion", () => {
    expect(stockTwinThatFits(shareModel({ templateFileName: COMPANION_EBS, shareSnapshots: false }), templates)).toBe(
      'aws-multi-ebs.json',
    );
    expect(
      stockTwinThatFits(shareModel({ templateFileName: COMPANION_EBS, organizations: [UNIT] }), templates),
    ).toBeUndefined();
    expect(
      stockTwinThatFits(shareModel({ templateFileName: COMPANION_CHROOT_KMS, encrypted: true }), templates),
    ).toBeUndefined();
    expect(stockTwinThatFits(shareModel({ templateFileName: 'aws-multi-ebs.json' }), templates)).toBeUndefined();
  });
});
