import { isSpel, splitOutsideSpel } from './spel';

export { isSpel } from './spel';

const ACCOUNT_ID = /^[0-9]{12}$/;
const LIST_SEPARATOR = /[,;|\r\n]/;
// Quotes and brackets of a list copied from JSON, YAML or a spreadsheet, around one value.
const WRAPPING = /^[[("'`\u2018\u2019\u201c\u201d]+|[\])"'`\u2018\u2019\u201c\u201d]+$/g;
const GROUP_OF_FOUR = /^[0-9]{4}$/;
// Dashes as the AWS console prints them, plus the look-alikes that word processors substitute, and the invisible
// zero-width characters that text copied from chat and web pages can carry.
const GROUPING = /[\s\-\u2010-\u2015\u2212\u200b-\u200d\u2060\ufeff]/g;

export function isAccountId(value: string): boolean {
  return ACCOUNT_ID.test(value);
}

export function normalizeAccountId(input: string): { value: string; normalized: boolean } {
  const compact = input.replace(GROUPING, '');
  if (!isAccountId(compact)) return { value: input, normalized: false };
  return { value: compact, normalized: compact !== input };
}

// The console shows IDs as '1234-5678-9012' and some tools print '1234 5678 9012': keep those three groups together.
function joinGroupsOfFour(words: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const group = words.slice(index, index + 3);
    if (group.length === 3 && group.every((word) => GROUP_OF_FOUR.test(word))) {
      joined.push(group.join(' '));
      index += 2;
    } else {
      joined.push(words[index]);
    }
  }
  return joined;
}

function wordsOf(piece: string): string[] {
  return splitOutsideSpel(piece, (character) => /\s/.test(character)).filter((word) => word !== '');
}

const unwrapped = (word: string): string => (isSpel(word) ? word : word.replace(WRAPPING, ''));

export function parseAccountList(text: string): string[] {
  return splitOutsideSpel(text, (character) => LIST_SEPARATOR.test(character))
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .flatMap((piece) =>
      joinGroupsOfFour(
        wordsOf(piece)
          .map(unwrapped)
          .filter((word) => word !== ''),
      ),
    );
}
