import fc from 'fast-check';
import { load } from 'js-yaml';
import { parse } from 'yaml';
import { toYaml } from './yaml';

describe('toYaml', () => {
  it('writes nested maps in block style, every string quoted', () => {
    expect(toYaml({ metadata: { name: 'spinnaker', labels: {} }, 'service-settings': { rosco: { enabled: true } } }))
      .toBe(`metadata:
  name: "spinnaker"
  labels: {}
service-settings:
  rosco:
    enabled: true
`);
  });

  it('starts a map inside a sequence on the dash line', () => {
    expect(
      toYaml({
        env: [
          { name: 'A', value: 'x' },
          { name: 'B', value: null },
        ],
        ports: [8087, []],
      }),
    ).toBe(`env:
  - name: "A"
    value: "x"
  - name: "B"
    value: null
ports:
  - 8087
  - []
`);
  });

  it('keeps the leading zero of an account ID and quotes keys YAML would read as something else', () => {
    expect(toYaml({ '012345678901': '012345678901', yes: 'no', '2nd.json': '1e3', '- x': '', 'a b': '~' })).toBe(
      `"012345678901": "012345678901"
"yes": "no"
"2nd.json": "1e3"
"- x": ""
"a b": "~"
`,
    );
  });

  it('writes a multi-line JSON text as a literal block, its empty lines empty', () => {
    const text = '{\n  "builders": [\n\n    { "type": "amazon-ebs" }\n  ]\n}\n';
    expect(toYaml({ data: { 'aws-ebs-share.json': text } })).toBe(`data:
  aws-ebs-share.json: |
    {
      "builders": [

        { "type": "amazon-ebs" }
      ]
    }
`);
  });

  it('chooses the block chomping from the trailing newlines, and quotes what a literal block cannot hold', () => {
    expect(toYaml({ a: 'x\ny', b: 'x\n\n', c: ' x\ny\n', d: 'x\r\ny\n' })).toBe(`a: |-
  x
  y
b: |+
  x

c: " x\\ny\\n"
d: "x\\r\\ny\\n"
`);
  });

  it('writes the numbers JSON has no words for', () => {
    expect(toYaml([-0, NaN, Infinity, -Infinity, 1e21])).toBe('- -0.0\n- .nan\n- .inf\n- -.inf\n- 1e+21\n');
  });

  it('escapes what YAML 1.1 readers such as SnakeYAML take for a line break or refuse', () => {
    expect(toYaml({ a: 'x\x85\u2028\u2029y', b: '\x7f\x9f\ufeff\ufffe\uffff' })).toBe(
      'a: "x\\u0085\\u2028\\u2029y"\nb: "\\u007f\\u009f\\ufeff\\ufffe\\uffff"\n',
    );
  });
});

// Keys and text of every kind, the odd ones included: YAML words, numbers, indicators, control characters, lone
// surrogates, and multi-line text, its lines indented or not, empty or blank, now and then with a character a literal
// block cannot hold (a carriage return, a C1 control, a noncharacter, a lone surrogate).
const lineChar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('a', ' ', '\t', '#', '-', ':', '"', '\\') },
  { weight: 1, arbitrary: fc.constantFrom('\r', '\x80', '\x85', '\u2028', '\ufeff', '\uffff', '\ud800', '\udc00') },
);
const multiLine = fc
  .array(fc.stringOf(lineChar, { maxLength: 6 }), { minLength: 2, maxLength: 6 })
  .map((lines) => lines.join('\n'));
const oddText = fc.oneof(
  fc.constantFrom('', 'true', 'No', 'null', '~', '0x1F', '012', '.inf', '1e3', '- a', '? a', 'a: b', '#', '---', '\n'),
  fc.string(),
  fc.string16bits(),
  fc.fullUnicodeString(),
  multiLine,
);

const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, tie('scalar'), tie('list'), tie('map')),
  scalar: fc.oneof(
    oddText,
    fc.double(),
    fc.integer(),
    fc.constantFrom(-0, NaN, Infinity, -Infinity, true, false, null),
  ),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(oddText, tie('value'), { maxKeys: 4 }),
}));

describe('toYaml reads back', () => {
  it('as the same value with the yaml package and with js-yaml', () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(oddText, value), fc.array(value)), (input) => {
        const text = toYaml(input);
        expect(parse(text)).toEqual(input);
        expect(load(text)).toEqual(input);
      }),
      { numRuns: 500 },
    );
  });

  it('as the same value when a key is too long to be an implicit key', () => {
    for (const length of [1020, 1022, 1023, 1024, 1025, 2000]) {
      const input = { ['k'.repeat(length)]: { a: 1 }, [`"${'q'.repeat(length)}`]: [{ b: 'c\n' }] };
      expect(parse(toYaml(input))).toEqual(input);
      expect(load(toYaml(input))).toEqual(input);
    }
  });
});
