import { isAccountId } from './accounts';
import { type Finding, nonBlank, quote, repeatedValues } from './findings';
import { isSpel } from './spel';
import { capacityOf, companionTemplateFor, isMultiTemplate, type TemplateCapacity } from './templates';

// AWS Organizations ARNs (IAM service authorization reference, "Resource types defined by AWS Organizations"):
// arn:<partition>:organizations::<management account>:organization/o-<10-32> and …:ou/o-<10-32>/ou-<4-32>-<8-32>.
const ORGANIZATION_ARN = /^arn:(aws|aws-us-gov|aws-cn):organizations::[0-9]{12}:organization\/o-[a-z0-9]{10,32}$/;
const OU_ARN =
  /^arn:(aws|aws-us-gov|aws-cn):organizations::[0-9]{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;
const LOOKS_LIKE_OU = /^arn:[^:]*:organizations:[^:]*:[^:]*:ou\//i;
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;
const OU_ID = /^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;

export type OrganizationKind = 'organization' | 'organizationalUnit';

export function isOrganizationalUnitArn(value: string): boolean {
  return LOOKS_LIKE_OU.test(value.trim());
}

export function organizationArnKind(value: string): OrganizationKind | undefined {
  if (ORGANIZATION_ARN.test(value)) return 'organization';
  return OU_ARN.test(value) ? 'organizationalUnit' : undefined;
}

// Whether an entry typed where accounts go is meant for the organizations list.
export function isOrganizationsArn(value: string): boolean {
  return /^arn:[^:]*:organizations:/i.test(value.trim());
}

function resourceProblem(value: string, resource: string): string {
  const [type, organization, unit] = resource.split('/');
  if (type === 'organization') {
    if (ORGANIZATION_ID.test(organization ?? '') && unit === undefined) return '';
    return `${quote(value)} names the organization ${quote(organization ?? '')}; organization IDs are 'o-' and 10 to 32 lowercase letters or digits.`;
  }
  if (type === 'ou') {
    if (!ORGANIZATION_ID.test(organization ?? '')) {
      return `${quote(value)} is an OU ARN, which goes 'ou/o-<organization>/ou-<root>-<unit>'; ${quote(organization ?? '')} is not an organization ID ('o-' and 10 to 32 lowercase letters or digits).`;
    }
    return `${quote(value)} is an OU ARN, which ends in '/ou-<root>-<unit>'; ${quote(unit ?? '')} is not an OU ID (like 'ou-ab12-cd34ef56').`;
  }
  return `${quote(value)} is an Organizations ARN, but only an organization ('…:organization/o-…') or an OU ('…:ou/o-…/ou-…') can be shared with.`;
}

// Packer passes these to EC2 as they are, and a malformed one fails the bake with InvalidAMIAttributeItemValue after
// the image is built (packer-plugin-amazon #156, #492), so the form is checked here, part by part.
function arnProblem(value: string): string {
  const parts = value.split(':');
  const [prefix, partition, service, region, account] = parts;
  const resource = parts.slice(5).join(':');
  if (prefix !== 'arn' || parts.length < 6)
    return `${quote(value)} is not an ARN; an organization's ARN looks like 'arn:aws:organizations::111122223333:organization/o-exampleorgid'.`;
  if (service !== 'organizations')
    return `${quote(value)} is not an AWS Organizations ARN (its service is ${quote(service)}).`;
  if (!['aws', 'aws-us-gov', 'aws-cn'].includes(partition))
    return `${quote(value)} names the partition ${quote(partition)}; it must be 'aws', 'aws-us-gov' or 'aws-cn'.`;
  if (region !== '')
    return `${quote(value)} has the region ${quote(region)} in it; Organizations ARNs have none ('arn:${partition}:organizations::…').`;
  if (!isAccountId(account))
    return `${quote(value)} must name the organization's 12-digit management account after '::', not ${quote(account)}.`;
  return resourceProblem(value, resource);
}

function valueProblem(value: string): string | undefined {
  if (organizationArnKind(value)) return undefined;
  if (ORGANIZATION_ID.test(value)) {
    return `${quote(value)} is an organization ID; Packer needs its ARN, 'arn:aws:organizations::<management account>:organization/${value}'.`;
  }
  if (OU_ID.test(value)) {
    return `${quote(value)} is an OU ID; Packer needs its ARN, 'arn:aws:organizations::<management account>:ou/o-<organization>/${value}'.`;
  }
  if (isAccountId(value)) return `${quote(value)} is an account ID; add it to the accounts instead.`;
  if (/^arn:/i.test(value) && value !== value.toLowerCase() && organizationArnKind(value.toLowerCase())) {
    return `${quote(value)} must be written in lowercase: ${quote(value.toLowerCase())}.`;
  }
  return arnProblem(value) || undefined;
}

function organizationError(value: string, message: string): Finding {
  return { severity: 'error', field: 'organizations', value, message };
}

function capacityFindings(
  values: string[],
  template: string | undefined,
  capacity: TemplateCapacity | undefined,
): Finding[] {
  if (values.length === 0 || template === undefined || !capacity) return [];
  const units = values.filter(isOrganizationalUnitArn);
  const organizations = values.filter((value) => !isOrganizationalUnitArn(value));
  const declared = {
    organizations: capacity.organizations ?? 0,
    organizationalUnits: capacity.organizationalUnits ?? 0,
  };
  if (declared.organizations === 0 && declared.organizationalUnits === 0) {
    const companion = isMultiTemplate(template)
      ? ` bake-share's companion template ${quote(companionTemplateFor(template, false))} can; it must be installed in Rosco (see the bake-share setup page).`
      : '';
    return [
      organizationError(
        values[0],
        `The template ${quote(template)} cannot share with organizations or OUs: it has no ami_org_arns or ami_ou_arns, so Packer would ignore them.${companion}`,
      ),
    ];
  }
  const over = (list: string[], slots: number, noun: string): Finding[] =>
    list.length <= slots
      ? []
      : [
          organizationError(
            list[slots],
            `The template ${quote(template)} takes ${slots} ${noun}, but ${list.length} are listed; Packer would ignore ${quote(list[slots])} and any after it.`,
          ),
        ];
  return [
    ...over(organizations, declared.organizations, 'organizations'),
    ...over(units, declared.organizationalUnits, 'OUs'),
  ];
}

export function organizationFindings(
  model: { organizations: readonly string[]; templateFileName?: string },
  templates: Record<string, TemplateCapacity>,
): Finding[] {
  const values = nonBlank(model.organizations);
  const checked = values.flatMap((written): Finding[] => {
    const value = written.trim();
    if (isSpel(written)) {
      return [
        {
          severity: 'info',
          field: 'organizations',
          value: written,
          message: `${quote(written)} is an expression; the ARN it names is checked when the pipeline runs, not here.`,
        },
      ];
    }
    const problem = valueProblem(value);
    return problem ? [organizationError(written, problem)] : [];
  });
  const repeated = [...repeatedValues(values, (value) => value.trim())].map(([value, count]): Finding => ({
    severity: 'warning',
    field: 'organizations',
    value,
    message: `${quote(value)} is listed ${count} times; one entry is enough, and each extra one uses up a slot.`,
  }));
  const template = model.templateFileName;
  return [...checked, ...repeated, ...capacityFindings(values, template, capacityOf(templates, template))];
}
