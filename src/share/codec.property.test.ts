import fc from 'fast-check';
import { readShare, writeShare } from './codec';
import type { ShareModel, StageShareFields } from './model';
import { AWS_REGIONS, MULTI_CHROOT, MULTI_EBS } from './index';

// Independent of the implementation: the keys the panel owns, as Rosco's and the companion templates spell them.
const OWNED =
  /^((share_with|copy_to)(_[1-9][0-9]*)?|(share_with_org|share_with_ou)_[1-9][0-9]*|share_snapshots|kms_key_[a-z]{2}-(gov-)?[a-z]+-[1-9][0-9]*)$/;
const isOwned = (key: string) => OWNED.test(key);

const digits = (length: number) =>
  fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: length, maxLength: length }).map((d) => d.join(''));
const accountId = digits(12);
const regionName = fc.constantFrom(...AWS_REGIONS.map((region) => region.name));
const spel = fc
  .tuple(fc.fullUnicodeString({ maxLength: 12 }), fc.constantFrom('', ' '))
  .map(([body, pad]) => `${pad}\${${body.replace(/}/g, '')}}${pad}`);

const slotNumber = fc.oneof(fc.integer({ min: 1, max: 15 }), fc.constant(100000000000000000000));
const ownedKey = fc.oneof(
  fc
    .tuple(fc.constantFrom('share_with', 'copy_to', 'share_with_org', 'share_with_ou'), slotNumber)
    .map(([prefix, slot]) => `${prefix}_${BigInt(slot)}`),
  fc.constantFrom('share_with', 'copy_to', 'share_snapshots', 'kms_key_us-east-1', 'kms_key_eu-west-1'),
);
const lookalikeKey = fc.constantFrom(
  'share_with_0',
  'share_with_01',
  'share_with_x',
  'share_with_',
  'copy_to_0',
  'copy_to_1a',
  'SHARE_WITH_1',
  ' share_with_2',
  'share_with1',
  'share_with_org_0',
  'share_with_ou',
  'kms_key_EU-WEST-1',
  'KMS_KEY_ID',
);
const unrelatedKey = fc.oneof(
  fc.fullUnicodeString({ maxLength: 16 }),
  fc.constantFrom('share_withhold', 'copy_toast', 'ami_name', '__proto__', 'constructor', 'toString', '0', '12', ''),
);
const anyKey = fc.oneof(ownedKey, lookalikeKey, unrelatedKey);

const textValue = fc.oneof(
  fc.fullUnicodeString({ maxLength: 20 }),
  accountId,
  regionName,
  spel,
  fc.constantFrom('', ' ', '\n', ' , ,'),
  fc.array(fc.oneof(accountId, regionName, spel, fc.constantFrom(' ', '')), { maxLength: 4 }).map((v) => v.join(',')),
);
const anyValue = fc.oneof(
  { weight: 10, arbitrary: textValue },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null), fc.constant({ nested: ['x'] })) },
);

function attributesFrom(entries: Array<[string, unknown]>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(attributes, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return attributes;
}

const attributes = (value: fc.Arbitrary<unknown>) =>
  fc.uniqueArray(fc.tuple(anyKey, value), { selector: ([key]) => key, maxLength: 14 }).map(attributesFrom);

const templateName = fc.constantFrom(
  undefined,
  '',
  MULTI_EBS,
  MULTI_CHROOT,
  'aws-ebs.json',
  'aws-chroot.json',
  'aws-windows-2012-r2.json',
  'custom.json',
);
const stage = (value: fc.Arbitrary<unknown>): fc.Arbitrary<StageShareFields> =>
  fc.record({ templateFileName: templateName, extendedAttributes: attributes(value) });

const RUNS = { numRuns: 10000 };

const unrelatedEntries = (attributes: Record<string, unknown> = {}) =>
  Object.keys(attributes)
    .filter((key) => !isOwned(key))
    .map((key) => [key, attributes[key]]);

describe('codec properties', () => {
  it('keeps every attribute it does not own exactly, in order, and writes only contiguous slots', () => {
    fc.assert(
      fc.property(stage(anyValue), (original) => {
        const before = JSON.stringify(original);
        const written = writeShare(original, readShare(original)).extendedAttributes;
        const kept = unrelatedEntries(written);
        const expected = unrelatedEntries(original.extendedAttributes);
        const keptExactly =
          kept.length === expected.length &&
          kept.every(([key, value], index) => key === expected[index][0] && Object.is(value, expected[index][1]));
        const owned = Object.keys(written).filter(isOwned);
        const accounts = owned.filter((key) => /^share_with_[0-9]+$/.test(key));
        const regions = owned.filter((key) => /^copy_to_[0-9]+$/.test(key));
        // An owned key whose value could not be read is kept as it was, for the author to mend.
        const unreadable = new Set(readShare(original).unparsed.map((entry) => entry.key));
        return (
          keptExactly &&
          accounts.every((key, index) => key === `share_with_${index + 1}`) &&
          regions.every((key, index) => key === `copy_to_${index + 1}`) &&
          owned.every(
            (key) =>
              (typeof written[key] === 'string' && written[key].trim() !== '') ||
              (unreadable.has(key) && Object.is(written[key], original.extendedAttributes?.[key])),
          ) &&
          JSON.stringify(original) === before
        );
      }),
      RUNS,
    );
  });

  it('is stable: writing what it read a second time changes nothing', () => {
    fc.assert(
      fc.property(stage(anyValue), (original) => {
        const once = writeShare(original, readShare(original));
        const twice = writeShare(once, readShare(once));
        return (
          twice.templateFileName === once.templateFileName &&
          JSON.stringify(Object.entries(twice.extendedAttributes)) ===
            JSON.stringify(Object.entries(once.extendedAttributes))
        );
      }),
      RUNS,
    );
  });

  it('reads back the accounts and copy regions it wrote, in order', () => {
    const arn = (resource: string) => `arn:aws:organizations::111122223333:${resource}`;
    const cleanModel: fc.Arbitrary<ShareModel> = fc.record({
      enabled: fc.constant(true),
      accounts: fc.array(fc.oneof(accountId, spel), { maxLength: 12 }),
      copyRegions: fc.array(fc.oneof(regionName, spel), { maxLength: 6 }),
      organizations: fc
        .tuple(
          fc.array(
            digits(10).map((id) => arn(`organization/o-${id}`)),
            { maxLength: 3 },
          ),
          fc.array(
            digits(8).map((id) => arn(`ou/o-abcdefghij/ou-ab12-${id}`)),
            { maxLength: 3 },
          ),
        )
        .map(([organizations, units]) => [...organizations, ...units]),
      shareSnapshots: fc.constantFrom(undefined, true, false),
      encrypted: fc.constant(false),
      kmsKeys: fc.constant({}),
      templateFileName: templateName,
      baseTemplateFileName: templateName,
      form: fc.constantFrom('none' as const, 'numbered' as const, 'comma' as const, 'mixed' as const),
      unparsed: fc.constant([]),
    });
    fc.assert(
      fc.property(stage(textValue), cleanModel, (original, model) => {
        const read = readShare(writeShare(original, model));
        const same = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);
        const hasValues = model.accounts.length + model.copyRegions.length > 0;
        return (
          same(read.accounts, model.accounts) &&
          same(read.copyRegions, model.copyRegions) &&
          same(read.organizations, model.organizations) &&
          read.shareSnapshots === model.shareSnapshots &&
          (!hasValues || read.enabled) &&
          // An unreadable share_snapshots stays unless the model says what it should be.
          same(
            read.unparsed,
            readShare(original).unparsed.filter(
              (entry) => entry.key !== 'share_snapshots' || model.shareSnapshots === undefined,
            ),
          ) &&
          (read.form === 'none' || read.form === 'numbered')
        );
      }),
      RUNS,
    );
  });
});
