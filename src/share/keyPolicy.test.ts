import { keyPolicyGrantees, keyPolicyStatements } from './keyPolicy';

const ORGANIZATION = 'arn:aws:organizations::111122223333:organization/o-exampleorgid';
const UNIT = 'arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-cd34ef56';

describe('the KMS key policy statements', () => {
  it('sorts accounts from organizations, once each, and keeps what it cannot use apart', () => {
    expect(keyPolicyGrantees(['111111111111', ORGANIZATION, UNIT, '111111111111', 'prod'])).toEqual({
      accounts: ['111111111111'],
      organizations: ['o-exampleorgid'],
      invalid: ['prod'],
    });
  });

  it('grants the accounts use of the key, and grants only for AWS resources', () => {
    expect(keyPolicyStatements({ accounts: ['111111111111', '012345678901'], organizations: [], invalid: [] })).toEqual(
      [
        {
          Sid: 'BakeShareAllowUseAccounts',
          Effect: 'Allow',
          Principal: { AWS: ['arn:aws:iam::111111111111:root', 'arn:aws:iam::012345678901:root'] },
          Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:ReEncrypt*', 'kms:GenerateDataKeyWithoutPlaintext'],
          Resource: '*',
        },
        {
          Sid: 'BakeShareAllowGrantsAccounts',
          Effect: 'Allow',
          Principal: { AWS: ['arn:aws:iam::111111111111:root', 'arn:aws:iam::012345678901:root'] },
          Action: 'kms:CreateGrant',
          Resource: '*',
          Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
        },
      ],
    );
  });

  it('grants an organization through aws:PrincipalOrgID, in the partition given', () => {
    const [use, grants] = keyPolicyStatements(
      { accounts: [], organizations: ['o-exampleorgid'], invalid: [] },
      'aws-us-gov',
    );
    expect(use).toMatchObject({
      Principal: { AWS: '*' },
      Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-exampleorgid'] } },
    });
    expect(grants).toMatchObject({
      Condition: {
        StringEquals: { 'aws:PrincipalOrgID': ['o-exampleorgid'] },
        Bool: { 'kms:GrantIsForAWSResource': 'true' },
      },
    });
    expect(
      keyPolicyStatements({ accounts: ['111111111111'], organizations: [], invalid: [] }, 'aws-cn')[0],
    ).toMatchObject({
      Principal: { AWS: ['arn:aws-cn:iam::111111111111:root'] },
    });
  });

  it('says nothing for nobody', () => {
    expect(keyPolicyStatements({ accounts: [], organizations: [], invalid: [] })).toEqual([]);
  });
});
