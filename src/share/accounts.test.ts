import fc from 'fast-check';
import { isAccountId, isSpel, normalizeAccountId, parseAccountList } from './accounts';

describe('isAccountId', () => {
  it('accepts exactly twelve ASCII digits, leading zeros included', () => {
    expect(isAccountId('123456789012')).toBe(true);
    expect(isAccountId('000000000001')).toBe(true);
  });

  it.each([
    '12345678901',
    '1234567890123',
    '1234-5678-9012',
    ' 123456789012',
    '12345678901a',
    '١٢٣٤٥٦٧٨٩٠١٢',
    '１２３４５６７８９０１２',
    '123456789012\n',
    '',
  ])('rejects %j', (value) => {
    expect(isAccountId(value)).toBe(false);
  });
});

describe('normalizeAccountId', () => {
  it.each([
    ['1234-5678-9012', '123456789012'],
    ['1234 5678 9012', '123456789012'],
    [' 123456789012 ', '123456789012'],
    ['1234–5678–9012', '123456789012'],
    ['0123-4567-8901', '012345678901'],
    ['\u200b123456789012\ufeff', '123456789012'],
  ])('turns %j into %s', (input, value) => {
    expect(normalizeAccountId(input)).toEqual({ value, normalized: true });
  });

  it('leaves a clean ID alone', () => {
    expect(normalizeAccountId('123456789012')).toEqual({ value: '123456789012', normalized: false });
  });

  it.each(['1234-5678-901', '1234-5678-9012-3', 'abcd-efgh-ijkl', '١٢٣٤-٥٦٧٨-٩٠١٢', '${x}', ''])(
    'does not touch %j, which is no account ID once joined',
    (input) => {
      expect(normalizeAccountId(input)).toEqual({ value: input, normalized: false });
    },
  );

  it('joins any twelve digits split by dashes and spaces, and nothing else', () => {
    const pieces = fc.array(fc.oneof(fc.constantFrom(...'0123456789'.split('')), fc.constantFrom('-', ' ')), {
      maxLength: 20,
    });
    fc.assert(
      fc.property(pieces, (characters) => {
        const input = characters.join('');
        const digits = input.replace(/[- ]/g, '');
        const result = normalizeAccountId(input);
        return digits.length === 12
          ? result.value === digits && result.normalized === (input !== digits)
          : result.value === input && !result.normalized;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseAccountList', () => {
  it('splits on commas, semicolons, whitespace and new lines', () => {
    expect(parseAccountList('111111111111, 222222222222;333333333333\n444444444444\t555555555555')).toEqual([
      '111111111111',
      '222222222222',
      '333333333333',
      '444444444444',
      '555555555555',
    ]);
  });

  it('drops empty pieces', () => {
    expect(parseAccountList(' ,;\n\n ')).toEqual([]);
    expect(parseAccountList('')).toEqual([]);
  });

  it('reads a pasted JSON list of IDs as its values', () => {
    expect(parseAccountList('["333333333333","444444444444"]')).toEqual(['333333333333', '444444444444']);
    expect(parseAccountList("[ '333333333333', 444444444444 ]")).toEqual(['333333333333', '444444444444']);
  });

  it('drops quotes around each value and splits on pipes', () => {
    expect(parseAccountList('"333333333333" | \'444444444444\'|555555555555')).toEqual([
      '333333333333',
      '444444444444',
      '555555555555',
    ]);
  });

  it('keeps IDs written in groups of four together, for normalizeAccountId to join', () => {
    expect(parseAccountList('1234 5678 9012 2222-3333-4444, 0000 1111 2222')).toEqual([
      '1234 5678 9012',
      '2222-3333-4444',
      '0000 1111 2222',
    ]);
  });

  it('keeps expressions whole', () => {
    expect(parseAccountList("${ #stage('bake').context.accounts }, 111111111111 ${ {'a', 'b'} }")).toEqual([
      "${ #stage('bake').context.accounts }",
      '111111111111',
      "${ {'a', 'b'} }",
    ]);
  });

  it('keeps values it does not understand, for validation to explain', () => {
    expect(parseAccountList('prod arn:aws:iam::123456789012:root')).toEqual(['prod', 'arn:aws:iam::123456789012:root']);
  });
});

describe('isSpel', () => {
  it('is available next to the account helpers', () => {
    expect(isSpel('${trigger.accounts}')).toBe(true);
    expect(isSpel('123456789012')).toBe(false);
  });
});
