import { isSpel } from './spel';

// Hand-edited pipeline JSON can hold numbers (12345678901 lost its leading zero); Rosco reads them as text too.
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return describeObject(value);
  return String(value);
}

function describeObject(value: object): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

// Empty values are skipped by Rosco, so the slot falls back to the environment default.
export function cleanValue(value: unknown): string | undefined {
  const text = asText(value);
  if (text.trim() === '') return undefined;
  return isSpel(text) ? text : text.trim();
}
