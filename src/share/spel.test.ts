import { isSpel, splitOutsideSpel } from './spel';

const onCommas = (text: string) => splitOutsideSpel(text, (character) => character === ',');

describe('isSpel', () => {
  it.each(['${x}', ' ${ #stage("bake")["context"] } ', 'prefix-${x}', '${}'])('recognises %s', (value) => {
    expect(isSpel(value)).toBe(true);
  });

  it.each(['123456789012', '${x', '$x}', '{x}', '}${', ''])('does not take %s for an expression', (value) => {
    expect(isSpel(value)).toBe(false);
  });
});

describe('splitOutsideSpel', () => {
  it('splits plain text on every separator, keeping empty pieces', () => {
    expect(onCommas('a,,b,')).toEqual(['a', '', 'b', '']);
  });

  it('keeps separators inside expressions, including nested braces', () => {
    expect(onCommas("${ {'a','b'} },c")).toEqual(["${ {'a','b'} }", 'c']);
  });

  it('ignores braces inside quoted strings of an expression', () => {
    expect(onCommas('${ \'x}y,z\' },${ "}" },w')).toEqual(["${ 'x}y,z' }", '${ "}" }', 'w']);
  });

  it('keeps the rest together when an expression is never closed', () => {
    expect(onCommas('a,${b,c')).toEqual(['a', '${b,c']);
  });
});
