import { hasErrors, listInWords, nonBlank, quote, repeatedValues } from './findings';

describe('findings helpers', () => {
  it('tells whether any finding blocks saving', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([{ severity: 'warning', field: 'accounts', message: 'm' }])).toBe(false);
    expect(
      hasErrors([
        { severity: 'info', field: 'accounts', message: 'm' },
        { severity: 'error', field: 'template', message: 'm' },
      ]),
    ).toBe(true);
  });

  it('quotes values with visible line breaks and shortens long ones', () => {
    expect(quote('a\r\nb')).toBe("'a\\r\\nb'");
    const long = quote('x'.repeat(200));
    expect(long).toHaveLength(82);
    expect(long.endsWith("…'")).toBe(true);
  });

  it('lists values in words', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe("'a'");
    expect(listInWords(['a', 'b', 'c'])).toBe("'a', 'b' and 'c'");
  });

  it('keeps non-blank text values', () => {
    expect(nonBlank(['a', '', ' ', 'b', 3 as unknown as string])).toEqual(['a', 'b']);
  });

  it('counts values that repeat under a key', () => {
    expect([...repeatedValues(['A', 'a', 'b'], (value) => value.toLowerCase())]).toEqual([['a', 2]]);
  });
});
