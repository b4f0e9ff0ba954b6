/**
 * One pass over the text producing name-like tokens. The tokenizer already undoes the
 * typography that hides names: a word completed inside an editorial bracket (`Sadov[in]` reads
 * `Sadovin`), a letter-spaced signature (`S H T Y K O V` reads `SHTYKOV`), a possessive
 * (`Stalin’s`), initials (`I.V.`), `VKP(b)`. Hyphens, slashes and spaces separate tokens; a
 * Chinese character is a token of its own because Chinese text has no spaces.
 */
import { foldKey } from '../gazetteer/names';

export type TokenKind = 'word' | 'initial' | 'cjk';

export interface Token {
  readonly start: number;
  /** End offset; for `Sadov[in]` it includes the bracket. */
  readonly end: number;
  /** The letters as read: `Sadovin`, `SHTYKOV`, `I.`, `Stalin's`. */
  readonly text: string;
  /** Folded for lookup: `sadovin`, `i.`, `stalin's`. */
  readonly key: string;
  /** For a possessive (`Stalin’s`), the key without the `'s`. */
  readonly stemKey?: string;
  readonly kind: TokenKind;
  /** Only Latin letters (with diacritics), no digits: candidates for spelling checks. */
  readonly latin: boolean;
  readonly capitalised: boolean;
  readonly upper: boolean;
  readonly letterSpaced: boolean;
  /** Part of the word was supplied in an editorial bracket (`Sadov[in]`). */
  readonly completed: boolean;
}

function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff);
}

function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x400 && c <= 0x4ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57);
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x410 && c <= 0x42f) || c === 0x401;
}

const APOSTROPHES = new Set([39, 0x2019]);
const asciiOnly = /^[\x00-\x7f]*$/;

function keyOf(text: string): string {
  return asciiOnly.test(text) ? text.toLowerCase() : foldKey(text);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) {
      const t = text[i]!;
      tokens.push(make(i, i + 1, t, 'cjk', false, false));
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    let word = '';
    let completed = false;
    for (;;) {
      let j = i;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      word += text.slice(i, j);
      i = j;
      const d = text.charCodeAt(i);
      if (APOSTROPHES.has(d) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        word += "'";
        i++;
        continue;
      }
      if (d === 91 /* [ */) {
        // `Sadov[in]`, `Com[rade]`: letters supplied by the editor complete the word
        let k = i + 1;
        while (k < n && k - i <= 12 && isLetter(text.charCodeAt(k))) k++;
        if (k > i + 1 && text.charCodeAt(k) === 93) {
          word += text.slice(i + 1, k);
          i = k + 1;
          completed = true;
          continue;
        }
      }
      if (d === 40 /* ( */ && i + 2 < n && text.charCodeAt(i + 2) === 41 && isLetter(text.charCodeAt(i + 1)) && /^[A-Z]+$/.test(word)) {
        word += text.slice(i, i + 3); // `VKP(b)`
        i += 3;
        continue;
      }
      break;
    }
    let kind: TokenKind = 'word';
    let end = i;
    const c0 = word.charCodeAt(0);
    if (
      text.charCodeAt(i) === 46 /* . */ &&
      isUpper(c0) &&
      (word.length === 1 || (word.length === 2 && !isUpper(word.charCodeAt(1)) && isLetter(word.charCodeAt(1)) && word !== 'No' && word !== 'Nr'))
    ) {
      kind = 'initial';
      word += '.';
      end = i + 1;
      i = end;
    }
    tokens.push(make(start, end, word, kind, completed, false));
  }
  return mergeLetterSpaced(text, tokens);
}

function make(start: number, end: number, word: string, kind: TokenKind, completed: boolean, letterSpaced: boolean): Token {
  const key = keyOf(word);
  let stemKey: string | undefined;
  if (kind === 'word' && word.length > 3 && /'s$/i.test(word)) stemKey = key.slice(0, -2);
  const c0 = word.charCodeAt(0);
  let latin = kind === 'word';
  let upper = true;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 48 && c <= 57) latin = false;
    if (c >= 0x400) latin = false;
    if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff) || (c >= 0x430 && c <= 0x44f)) upper = false;
  }
  return {
    start,
    end,
    text: word,
    key,
    stemKey,
    kind,
    latin,
    capitalised: isUpper(c0),
    upper: upper && isUpper(c0),
    letterSpaced,
    completed,
  };
}

/** `S H T Y K O V`: three or more single capitals separated by single spaces on one line become one token. */
function mergeLetterSpaced(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  const single = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.text.length === 1 && t.upper && t.latin;
  while (i < tokens.length) {
    if (single(tokens[i])) {
      let j = i;
      while (single(tokens[j + 1]) && /^ {1,2}$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
      if (j - i + 1 >= 3) {
        const word = tokens.slice(i, j + 1).map((t) => t.text).join('');
        out.push(make(tokens[i]!.start, tokens[j]!.end, word, 'word', false, true));
        i = j + 1;
        continue;
      }
    }
    out.push(tokens[i]!);
    i++;
  }
  return out;
}

/**
 * May two tokens of one name be separated by this text? Spaces and at most one line break
 * (`Li` / `Kenong` across lines), hyphens and slashes (`Tse-tung`, `8D/GS`), a period after an
 * abbreviation, brackets (`Mao [Zedong]`). Chinese characters must touch.
 */
export function isNameGap(gap: string, cjk: boolean): boolean {
  if (cjk) return gap.length === 0;
  if (gap.length > 8) return false;
  let newlines = 0;
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if (c === 10) {
      if (++newlines > 1) return false;
    } else if (!(c === 32 || c === 9 || c === 13 || c === 45 || c === 47 || c === 46 || c === 91 || c === 93 || c === 0x2010 || c === 0x2011)) {
      return false;
    }
  }
  return true;
}
