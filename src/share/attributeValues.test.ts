import { asText, cleanValue } from './attributeValues';

describe('attribute values', () => {
  it('reads values of any type as text', () => {
    expect(asText('a')).toBe('a');
    expect(asText(12345678901)).toBe('12345678901');
    expect(asText(true)).toBe('true');
    expect(asText(null)).toBe('');
    expect(asText(undefined)).toBe('');
    expect(asText(['a', 1])).toBe('["a",1]');
  });

  it('survives objects that cannot be written as JSON', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(asText(circular)).toBe('[object Object]');
  });

  it('drops blank values, trims plain ones, keeps expressions as written', () => {
    expect(cleanValue('  ')).toBeUndefined();
    expect(cleanValue(null)).toBeUndefined();
    expect(cleanValue(' 111111111111\t')).toBe('111111111111');
    expect(cleanValue(' ${x} ')).toBe(' ${x} ');
  });
});
