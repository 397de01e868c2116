export type Severity = 'error' | 'warning' | 'info';

export type FindingField =
  'accounts' | 'copyRegions' | 'organizations' | 'snapshots' | 'encryption' | 'template' | 'attributes';

export interface Finding {
  severity: Severity;
  field: FindingField;
  value?: string;
  message: string;
  // The value belongs in another list of the panel, which can offer to move it there.
  belongsIn?: 'organizations';
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

const LONGEST_SHOWN = 80;

// Values are quoted in sentences; line breaks and very long pastes would otherwise wreck the layout.
export function quote(value: string): string {
  const visible = value.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  const shortened = visible.length > LONGEST_SHOWN ? `${visible.slice(0, LONGEST_SHOWN - 1)}…` : visible;
  return `'${shortened}'`;
}

export function nonBlank(values: readonly string[]): string[] {
  return values.filter((value) => typeof value === 'string' && value.trim() !== '');
}

export function listInWords(values: readonly string[]): string {
  const quoted = values.map(quote);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

export function repeatedValues(values: readonly string[], keyOf: (value: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(keyOf(value), (counts.get(keyOf(value)) ?? 0) + 1);
  return new Map([...counts].filter(([, count]) => count > 1));
}
