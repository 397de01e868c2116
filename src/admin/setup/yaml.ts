// Strings are always double-quoted and never folded: unquoted, an account ID such as 012345678901 would read as a
// number, and yes, on, null or 1e3 as something other than text in one YAML version or another.
// JSON.stringify writes a valid YAML double-quoted scalar. What it leaves raw but YAML 1.1 readers (SnakeYAML, libyaml)
// take for a line break (NEL, U+2028, U+2029) or refuse (C1 controls, U+FFFE, U+FFFF, a BOM inside a document) is
// escaped as well.
const UNSAFE = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
const quote = (text: string) =>
  JSON.stringify(text).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

// A key that starts with a digit or a dot may read as a number or a date: those are quoted too.
const PLAIN_KEY = /^[A-Za-z_/][\w./-]*$/;
const RESERVED_KEY = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
const key = (name: string, indent: string) => {
  const text = PLAIN_KEY.test(name) && !RESERVED_KEY.test(name) ? name : quote(name);
  // an implicit key may be at most 1024 characters long
  return text.length > 1024 ? `${indent}? ${text}\n${indent}:` : `${indent}${text}:`;
};

// Multi-line text, a Packer template say, reads best as a literal block, which can hold it when it needs no escape but
// newlines and tabs and its first line with content is not indented (that line would set the block's indentation).
const isLiteral = (text: string) =>
  /[^\n]\n|\n[^\n]/.test(text) && !/^\n*[ ]/.test(text) && !/\\/.test(quote(text).replace(/\\[nt"\\]/g, ''));

const literal = (text: string, indent: string) => {
  const chomping = text.endsWith('\n\n') ? '+' : text.endsWith('\n') ? '' : '-';
  const lines = text.replace(/\n$/, '').split('\n');
  return ` |${chomping}\n${lines.map((line) => (line ? indent + line + '\n' : '\n')).join('')}`;
};

const scalar = (value: unknown): string => {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  if (Object.is(value, -0)) return '-0.0';
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? '[]' : '{}';
  return String(value);
};

const isBlock = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && Object.keys(value).length > 0;

// What follows "key:" or "-": a scalar on the same line, or a literal block or a collection on the lines below.
const after = (value: unknown, indent: string): string => {
  if (typeof value === 'string' && isLiteral(value)) return literal(value, indent);
  return isBlock(value) ? `\n${block(value, indent)}` : ` ${scalar(value)}\n`;
};

const block = (value: object, indent: string): string => {
  const inner = `${indent}  `;
  if (!Array.isArray(value)) {
    return Object.entries(value)
      .map(([name, item]) => key(name, indent) + after(item, inner))
      .join('');
  }
  // a collection inside a sequence starts on the dash's line: "- name: x"
  return value
    .map((item) =>
      isBlock(item) ? `${indent}- ${block(item, inner).slice(inner.length)}` : `${indent}-${after(item, inner)}`,
    )
    .join('');
};

export const toYaml = (value: object): string => (isBlock(value) ? block(value, '') : `${scalar(value)}\n`);
