// Orca evaluates `${...}` expressions when the pipeline runs, so their text is kept exactly as written.
export function isSpel(value: string): boolean {
  const start = value.indexOf('${');
  return start >= 0 && value.indexOf('}', start + 2) >= 0;
}

// Separators inside an expression (`${ {'a','b'} }`) belong to the expression, not to the list around it.
export function splitOutsideSpel(text: string, isSeparator: (character: string) => boolean): string[] {
  const pieces: string[] = [];
  let current = '';
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (depth === 0) {
      if (character === '$' && text[index + 1] === '{') {
        depth = 1;
        current += '${';
        index++;
      } else if (isSeparator(character)) {
        pieces.push(current);
        current = '';
      } else {
        current += character;
      }
      continue;
    }
    current += character;
    if (quote) {
      if (character === quote) quote = undefined;
    } else if (character === "'" || character === '"') {
      quote = character;
    } else if (character === '{') {
      depth++;
    } else if (character === '}') {
      depth--;
    }
  }
  pieces.push(current);
  return pieces;
}
