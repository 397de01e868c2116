import { isOrganizationalUnitArn, organizationArnKind, organizationFindings } from './organizations';
import { COMPANION_EBS, MULTI_EBS, templateCatalogue } from './templates';

const templates = templateCatalogue();
const ORGANIZATION = 'arn:aws:organizations::111122223333:organization/o-exampleorgid';
const UNIT = 'arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-cd34ef56';
const findings = (organizations: string[], templateFileName = COMPANION_EBS) =>
  organizationFindings({ organizations, templateFileName }, templates);
const messageFor = (value: string) => {
  const [finding] = findings([value]);
  expect(finding).toMatchObject({ severity: 'error', field: 'organizations', value });
  return finding.message;
};

describe('organization and OU ARNs', () => {
  it.each([
    [ORGANIZATION, 'organization'],
    [UNIT, 'organizationalUnit'],
    ['arn:aws-us-gov:organizations::111122223333:organization/o-abcdefghij', 'organization'],
    ['arn:aws-cn:organizations::111122223333:ou/o-abcdefghij/ou-abcd-abcdefgh', 'organizationalUnit'],
  ])('reads %s as a well-formed %s', (arn, kind) => {
    expect(organizationArnKind(arn)).toBe(kind);
    expect(findings([arn])).toEqual([]);
  });

  it('tells an OU from an organization, even when the OU is malformed', () => {
    expect(isOrganizationalUnitArn(UNIT)).toBe(true);
    expect(isOrganizationalUnitArn('arn:aws:organizations::111122223333:ou/o-x')).toBe(true);
    expect(isOrganizationalUnitArn(ORGANIZATION)).toBe(false);
  });

  // The malformed ARNs that fail bakes with InvalidAMIAttributeItemValue (packer-plugin-amazon #156, #492).
  it.each([
    [
      'o-exampleorgid',
      /is an organization ID; Packer needs its ARN, 'arn:aws:organizations::<management account>:organization\/o-exampleorgid'/,
    ],
    ['ou-ab12-cd34ef56', /is an OU ID; Packer needs its ARN/],
    ['111122223333', /is an account ID; add it to the accounts instead/],
    [
      'arn:aws:organizations:us-east-1:111122223333:organization/o-exampleorgid',
      /has the region 'us-east-1' in it; Organizations ARNs have none/,
    ],
    ['arn:aws:organizations::11112222333:organization/o-exampleorgid', /12-digit management account/],
    ['arn:aws:organizations::111122223333:organization/o-short', /organization IDs are 'o-' and 10 to 32/],
    ['arn:aws:organizations::111122223333:ou/ou-ab12-cd34ef56', /'ou-ab12-cd34ef56' is not an organization ID/],
    ['arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12', /'ou-ab12' is not an OU ID/],
    ['arn:aws:organizations::111122223333:account/o-exampleorgid/111122223333', /only an organization .* or an OU/],
    ['arn:aws:iam::111122223333:root', /is not an AWS Organizations ARN \(its service is 'iam'\)/],
    ['arn:aws-eu:organizations::111122223333:organization/o-exampleorgid', /partition 'aws-eu'/],
    ['ARN:AWS:ORGANIZATIONS::111122223333:ORGANIZATION/O-EXAMPLEORGID', /must be written in lowercase/],
    ['organization', /is not an ARN/],
  ])('explains what is wrong with %s', (value, message) => {
    expect(messageFor(value)).toMatch(message);
  });

  it('notes an expression instead of checking it', () => {
    expect(findings(['${trigger.org}'])).toEqual([
      expect.objectContaining({ severity: 'info', value: '${trigger.org}' }),
    ]);
  });

  it('warns about a value listed twice', () => {
    expect(findings([ORGANIZATION, ` ${ORGANIZATION}`])).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/listed 2 times/) }),
    ]);
  });

  it('says a stock template cannot share with organizations, and which template can', () => {
    const [finding] = findings([ORGANIZATION], MULTI_EBS);
    expect(finding.message).toBe(
      "The template 'aws-multi-ebs.json' cannot share with organizations or OUs: it has no ami_org_arns or ami_ou_arns, so Packer would ignore them. bake-share's companion template 'bake-share-ebs.json' can; it must be installed in Rosco (see the bake-share setup page).",
    );
  });

  it('counts organizations and OUs against their own slots', () => {
    const organization = (index: number) =>
      `arn:aws:organizations::111122223333:organization/o-exampleorg${String(index).padStart(2, '0')}`;
    const unit = (index: number) =>
      `arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-unit${String(index).padStart(4, '0')}`;
    expect(
      findings([
        ...Array.from({ length: 5 }, (_, i) => organization(i)),
        ...Array.from({ length: 20 }, (_, i) => unit(i)),
      ]),
    ).toEqual([]);
    const over = findings([
      ...Array.from({ length: 6 }, (_, i) => organization(i)),
      ...Array.from({ length: 21 }, (_, i) => unit(i)),
    ]);
    expect(over.map((finding) => finding.value)).toEqual([organization(5), unit(20)]);
    expect(over[0].message).toMatch(/takes 5 organizations, but 6 are listed/);
    expect(over[1].message).toMatch(/takes 20 OUs, but 21 are listed/);
  });
});
