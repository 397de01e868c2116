import { isAccountId } from './accounts';
import { organizationArnKind } from './organizations';

export interface KeyPolicyGrantees {
  accounts: string[];
  // Organization IDs (o-…), taken from organization or OU ARNs.
  organizations: string[];
  invalid: string[];
}

// The accounts that launch an AMI encrypted with a customer-managed key, or copy it, use the key through EC2, which
// needs these actions (Amazon EC2 User Guide, "Share an AMI with specific AWS accounts": encrypted AMIs).
const KEY_USE = ['kms:Decrypt', 'kms:DescribeKey', 'kms:ReEncrypt*', 'kms:GenerateDataKeyWithoutPlaintext'];

export function keyPolicyGrantees(values: readonly string[]): KeyPolicyGrantees {
  const grantees: KeyPolicyGrantees = { accounts: [], organizations: [], invalid: [] };
  for (const value of values) {
    const kind = organizationArnKind(value);
    const organization = kind ? /o-[a-z0-9]+/.exec(value.split(':')[5] ?? '')?.[0] : undefined;
    if (isAccountId(value)) grantees.accounts.push(value);
    else if (organization) grantees.organizations.push(organization);
    else grantees.invalid.push(value);
  }
  const unique = (list: string[]) => list.filter((value, index) => list.indexOf(value) === index);
  return {
    accounts: unique(grantees.accounts),
    organizations: unique(grantees.organizations),
    invalid: grantees.invalid,
  };
}

function principalsOf({ accounts, organizations }: KeyPolicyGrantees, partition: string) {
  const statements: Array<{ principal: unknown; condition?: unknown; who: string }> = [];
  if (accounts.length > 0) {
    statements.push({
      who: 'Accounts',
      principal: { AWS: accounts.map((account) => `arn:${partition}:iam::${account}:root`) },
    });
  }
  if (organizations.length > 0) {
    statements.push({
      who: 'Organizations',
      principal: { AWS: '*' },
      condition: { StringEquals: { 'aws:PrincipalOrgID': organizations } },
    });
  }
  return statements;
}

// Statements to add to each KMS key's policy, in every region that holds a key, so that the accounts an image is
// shared with can use it; grants are limited to AWS services (EC2), as the AWS KMS Developer Guide advises.
export function keyPolicyStatements(grantees: KeyPolicyGrantees, partition = 'aws'): object[] {
  return principalsOf(grantees, partition).flatMap(({ who, principal, condition }) => [
    {
      Sid: `BakeShareAllowUse${who}`,
      Effect: 'Allow',
      Principal: principal,
      Action: KEY_USE,
      Resource: '*',
      ...(condition ? { Condition: condition } : {}),
    },
    {
      Sid: `BakeShareAllowGrants${who}`,
      Effect: 'Allow',
      Principal: principal,
      Action: 'kms:CreateGrant',
      Resource: '*',
      Condition: { ...(condition as object | undefined), Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    },
  ]);
}
