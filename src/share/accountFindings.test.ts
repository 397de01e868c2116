import { accountFindings } from './accountFindings';

const known = [{ name: 'prod', accountId: '222222222222' }, { name: 'legacy' }];
const only = (value: string) => {
  const findings = accountFindings([value], known);
  expect(findings).toHaveLength(1);
  return findings[0];
};

describe('accountFindings', () => {
  it('accepts twelve-digit IDs, including leading zeros', () => {
    expect(accountFindings(['123456789012', '000000000001'], known)).toEqual([]);
  });

  it('ignores blank entries, which are dropped when the stage is written', () => {
    expect(accountFindings(['', '   '], known)).toEqual([]);
  });

  it('suspects a lost leading zero in an 11-digit ID', () => {
    expect(only('12345678901')).toEqual({
      severity: 'error',
      field: 'accounts',
      value: '12345678901',
      message:
        "'12345678901' has 11 digits; AWS account IDs have exactly 12 — did a leading zero get lost? Try '012345678901'.",
    });
  });

  it.each([
    ['123', "'123' has 3 digits; AWS account IDs have exactly 12."],
    ['1234567890123', "'1234567890123' has 13 digits; AWS account IDs have exactly 12."],
  ])('counts the digits of %s', (value, message) => {
    expect(only(value)).toMatchObject({ severity: 'error', message });
  });

  it('rejects letters', () => {
    expect(only('12345678901x').message).toBe(
      "'12345678901x' is not an AWS account ID; account IDs are exactly 12 digits, like '123456789012'.",
    );
  });

  it('rejects digits other than ASCII ones', () => {
    expect(only('١٢٣٤٥٦٧٨٩٠١٢').message).toMatch(/digits other than 0–9/);
    expect(only('１２３４５６７８９０１２').message).toMatch(/digits other than 0–9/);
  });

  it('suggests the account inside an IAM ARN', () => {
    expect(only('arn:aws:iam::123456789012:root').message).toBe(
      "'arn:aws:iam::123456789012:root' is an ARN; only AWS account IDs can be shared with here. Use the account ID '123456789012' instead.",
    );
  });

  it('says an organization or OU ARN belongs in the organizations list', () => {
    const finding = only('arn:aws:organizations::111122223333:ou/o-abc/ou-def');
    expect(finding.severity).toBe('error');
    expect(finding.belongsIn).toBe('organizations');
    expect(finding.message).toMatch(/belongs in Organizations and OUs, not among the accounts/);
    expect(finding.message).toMatch(/'111122223333', is the organization's management account/);
    expect(only('arn:aws:organizations::organization/o-abc').message).not.toMatch(/management account/);
  });

  it('says when an ARN holds no account ID', () => {
    expect(only('arn:aws:s3:::bucket').message).toMatch(/names no 12-digit account ID/);
    expect(only('arn:aws:s3:::bucket').belongsIn).toBeUndefined();
  });

  it('points from a Spinnaker account name to its ID', () => {
    expect(only('prod').message).toBe(
      "'prod' is the name of a Spinnaker account, not an AWS account ID; use its ID '222222222222'.",
    );
    expect(only('legacy').message).toMatch(/enter its 12-digit AWS account ID instead/);
  });

  it('suggests the joined form of a grouped ID written by hand', () => {
    expect(only('1234-5678-9012').message).toBe(
      "'1234-5678-9012' is written with separators; enter the account ID as '123456789012'.",
    );
    expect(only('1234 5678 9012').message).toMatch(/'123456789012'/);
  });

  it('asks for one account per entry', () => {
    expect(only('111111111111,222222222222').message).toBe(
      "'111111111111,222222222222' holds several values in one entry; give each account its own entry.",
    );
  });

  it('rejects line breaks, showing them visibly', () => {
    expect(only('111111111111\n222222222222')).toMatchObject({
      severity: 'error',
      value: '111111111111\n222222222222',
      message: "'111111111111\\n222222222222' contains a line break; give each account its own entry.",
    });
  });

  it('leaves expressions to run time', () => {
    expect(only('${ trigger.parameters.account }')).toMatchObject({
      severity: 'info',
      message: /when the pipeline runs/,
    });
    expect(only('${x}-suffix').severity).toBe('info');
  });

  it('checks the value without the spaces around it', () => {
    expect(accountFindings([' 123456789012 '], known)).toEqual([]);
  });

  it('warns once about each account listed more than once, after normalizing', () => {
    const findings = accountFindings(
      ['111111111111', '1111-1111-1111', ' 111111111111', '222222222222', '222222222222'],
      known,
    );
    expect(findings.filter((finding) => finding.severity === 'warning')).toEqual([
      {
        severity: 'warning',
        field: 'accounts',
        value: '111111111111',
        message: "'111111111111' is listed 3 times; one entry is enough, and each extra one uses up a slot.",
      },
      expect.objectContaining({ value: '222222222222', message: expect.stringMatching(/listed 2 times/) }),
    ]);
  });
});
