/**
 * One pass over the text producing name-like tokens. The tokenizer already undoes the
 * typography that hides names: a word completed inside an editorial bracket (`Sadov[in]` reads
 * `Sadovin`), a letter-spaced signature (`S H T Y K O V` reads `SHTYKOV`), a possessive
 * (`Stalin’s`), initials (`I.V.`), `VKP(b)`. Hyphens, slashes and spaces separate tokens; a
 * Chinese character is a token of its own because Chinese text has no spaces.
 *
 * It is the hot loop of entity recognition, so it allocates little: a token holds offsets and
 * a hash of its folded letters, and makes its text and key only when asked. Given the recognition
 * index's `WordFilters`, a small-letter word that no gazetteer form could read there (`the`,
 * `of` away from a name, `1951`) is skipped without making a token at all: it can neither be
 * part of a name nor be a misspelt one, and the gap checks between tokens still see its letters.
 */
import { foldKey } from '../gazetteer/names';

export type TokenKind = 'word' | 'initial' | 'cjk';

/** A set of hashes of folded words (see `hashKey`). */
export interface WordFilter {
  has(hash: number): boolean;
}

/** Which small-letter words are worth a token: capitalised words always are. */
export interface WordFilters {
  /** Words that may stand first in a name or before it (`mao`, `comrade`). */
  readonly first: WordFilter;
  /** Words of names anywhere (`of` in `Ministry of Foreign Affairs`), and every word of `first`: kept only right after a kept token unless in `first`. */
  readonly any: WordFilter;
}

// Hashes are signed 32-bit integers, never unsigned: V8 keeps those as small integers, so a token's
// hash fields and the maps keyed by hashes hold no boxed numbers.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash the tokenizer computes while scanning a word, for its key (`foldKey` of its letters): a signed 32-bit integer. */
export function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), FNV_PRIME);
  return h;
}

const enum Flag {
  Latin = 1,
  Capitalised = 2,
  Upper = 4,
  LetterSpaced = 8,
  Completed = 16,
  /** The key is not a plain lower-casing of ASCII letters (diacritics, Cyrillic): hashes do not apply. */
  Unhashed = 32,
  Possessive = 64,
}

export class Token {
  private textValue: string | undefined;
  private keyValue: string | undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    /** End offset; for `Sadov[in]` it includes the bracket. */
    readonly end: number,
    readonly kind: TokenKind,
    private readonly flags: number,
    /** `hashKey(key)`, when the key is plain ASCII (else 0). */
    readonly hash: number,
    /** For a possessive, `hashKey(stemKey)`. */
    readonly stemHash: number,
    /** The letters as read when they are not simply the source text (`Sadovin`, `SHTYKOV`, `Stalin's`). */
    written?: string,
  ) {
    this.textValue = written;
  }

  /** The letters as read: `Sadovin`, `SHTYKOV`, `I.`, `Stalin's`. */
  get text(): string {
    return (this.textValue ??= this.source.slice(this.start, this.end));
  }

  /** Folded for lookup: `sadovin`, `i.`, `stalin's`. */
  get key(): string {
    return (this.keyValue ??= foldKey(this.text));
  }

  /** For a possessive (`Stalin’s`), the key without the `'s`. */
  get stemKey(): string | undefined {
    return this.isPossessive ? this.key.slice(0, -2) : undefined;
  }

  /** `Stalin's`, `Stalin’s`: a word of four letters or more ending in `'s`. */
  get isPossessive(): boolean {
    return (this.flags & Flag.Possessive) !== 0;
  }

  /** Only Latin letters (with diacritics), no digits: candidates for spelling checks. */
  get latin(): boolean {
    return (this.flags & Flag.Latin) !== 0;
  }
  get capitalised(): boolean {
    return (this.flags & Flag.Capitalised) !== 0;
  }
  get upper(): boolean {
    return (this.flags & Flag.Upper) !== 0;
  }
  get letterSpaced(): boolean {
    return (this.flags & Flag.LetterSpaced) !== 0;
  }
  /** Part of the word was supplied in an editorial bracket (`Sadov[in]`). */
  get completed(): boolean {
    return (this.flags & Flag.Completed) !== 0;
  }
  /** The key's hash can be compared with `hashKey` of gazetteer keys. */
  get hashed(): boolean {
    return (this.flags & Flag.Unhashed) === 0;
  }
  /** The key spell-checks look up: a possessive's stem key (`stalin` for `Stalin's`), else the key. */
  get lookupKey(): string {
    return this.stemKey ?? this.key;
  }

  /** `hashKey(lookupKey)`, when `hashed`. */
  get lookupHash(): number {
    return this.isPossessive ? this.stemHash : this.hash;
  }

  /** Is `key` the key? Compared letter by letter with the text, so the key need not be made. */
  hasKey(key: string): boolean {
    if (this.keyValue !== undefined || !this.hashed) return this.key === key;
    return this.spells(key, this.textLength);
  }

  /** Is `key` the lookup key (a possessive's stem key, else the key)? Compared like `hasKey`. */
  hasLookupKey(key: string): boolean {
    if (this.keyValue !== undefined || !this.hashed) return this.lookupKey === key;
    return this.spells(key, this.textLength - (this.isPossessive ? 2 : 0));
  }

  /**
   * Do the first `length` characters of the text, lower-cased, spell `key`? Only for a hashed
   * token, whose text is plain ASCII: its key is its text lower-cased, letter for letter.
   */
  private spells(key: string, length: number): boolean {
    if (key.length !== length) return false;
    const written = this.textValue;
    const source = written ?? this.source;
    const start = written === undefined ? this.start : 0;
    for (let k = 0; k < length; k++) {
      let c = source.charCodeAt(start + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== key.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Letters in the key (a possessive's without the `'s`), without making the key. */
  get keyLength(): number {
    if (!this.hashed) return this.isPossessive ? this.key.length - 2 : this.key.length;
    return this.textLength - (this.isPossessive ? 2 : 0);
  }

  /** The length of the text (of the key too, for a hashed token), without making the text. */
  private get textLength(): number {
    return this.textValue !== undefined ? this.textValue.length : this.end - this.start;
  }
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
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && isLetter(c));
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x410 && c <= 0x42f) || c === 0x401;
}

function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff) || (c >= 0x430 && c <= 0x44f);
}

/** The state of the word being scanned, reused from word to word. */
class WordScan {
  hash = FNV_OFFSET;
  /** The hash before the last apostrophe, and how many characters followed it. */
  hashBeforeApostrophe = 0;
  afterApostrophe = -1;
  length = 0;
  digits = false;
  nonLatin = false;
  unhashed = false;
  lower = false;
  last = 0;

  reset(): void {
    this.hash = FNV_OFFSET;
    this.hashBeforeApostrophe = 0;
    this.afterApostrophe = -1;
    this.length = 0;
    this.digits = false;
    this.nonLatin = false;
    this.unhashed = false;
    this.lower = false;
    this.last = 0;
  }

  /** Adds the run of word characters from `i` (letters and digits); returns where it ends. */
  run(text: string, i: number, n: number): number {
    let h = this.hash;
    let lower = this.lower;
    let digits = this.digits;
    let nonLatin = this.nonLatin;
    let unhashed = this.unhashed;
    let j = i;
    for (; j < n; j++) {
      let d = text.charCodeAt(j);
      if (d >= 97 && d <= 122) lower = true;
      else if (d >= 65 && d <= 90) d += 32;
      else if (d >= 48 && d <= 57) digits = true;
      else if (d >= 0xc0 && isLetter(d)) {
        if (isLowerLetter(d)) lower = true;
        if (d >= 0x400) nonLatin = true;
        unhashed = true;
      } else break;
      h = Math.imul(h ^ d, FNV_PRIME);
    }
    if (j > i) {
      this.last = text.charCodeAt(j - 1);
      if (this.afterApostrophe >= 0) this.afterApostrophe += j - i;
      this.length += j - i;
      this.hash = h;
      this.lower = lower;
      this.digits = digits;
      this.nonLatin = nonLatin;
      this.unhashed = unhashed;
    }
    return j;
  }

  /** Adds one character that is not a plain word character: an apostrophe, an editor's letter, `(b)`, a period. */
  add(c: number): void {
    this.last = c;
    if (c >= 48 && c <= 57) this.digits = true;
    else if (c >= 0x400) this.nonLatin = true;
    if (isLowerLetter(c)) this.lower = true;
    if (c === 39) {
      this.hashBeforeApostrophe = this.hash;
      this.afterApostrophe = 0;
    } else if (this.afterApostrophe >= 0) this.afterApostrophe++;
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 0x7f) this.unhashed = true;
    this.hash = Math.imul(this.hash ^ c, FNV_PRIME);
    this.length++;
  }
}

/**
 * The tokens of `text`. With a filter, a word whose hash it lacks is left out unless it is
 * capitalised or its key is not plain ASCII (its hash then says nothing).
 */
export function tokenize(text: string, filter?: WordFilters): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const w = new WordScan();
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c >= 0x3040 && isCjk(c)) {
        // a unified ideograph is its own key; kana and compatibility ideographs change when folded
        const plain = c >= 0x3400 && c <= 0x9fff;
        const hash = plain ? Math.imul(FNV_OFFSET ^ c, FNV_PRIME) : 0;
        if (!filter || !plain || filter.any.has(hash)) tokens.push(new Token(text, i, i + 1, 'cjk', plain ? 0 : Flag.Unhashed, hash, 0));
      }
      i++;
      continue;
    }
    const start = i;
    // Most words are plain ASCII letters and digits followed by a space or punctuation: read them in one tight loop.
    const plain = plainWordEnd(text, i, n);
    if (plain > 0) {
      i = plain;
      const capitalised = c >= 65 && c <= 90;
      if (filter && !capitalised && !keeps(filter, plainHash, 0, text, tokens[tokens.length - 1], start)) continue;
      let flags = plainDigits ? 0 : Flag.Latin;
      if (capitalised) flags |= plainLower ? Flag.Capitalised : Flag.Capitalised | Flag.Upper;
      tokens.push(new Token(text, start, i, 'word', flags, plainHash, 0));
      continue;
    }
    w.reset();
    let written: string | undefined; // only when the letters as read differ from the source text
    let completed = false;
    for (;;) {
      const j = w.run(text, i, n);
      if (written !== undefined) written += text.slice(i, j);
      i = j;
      // read only inside the text: past its end `charCodeAt` gives NaN, and the optimised loop would be thrown away
      const d = i < n ? text.charCodeAt(i) : -1;
      if ((d === 39 || d === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        if (d !== 39 && written === undefined) written = text.slice(start, i);
        if (written !== undefined) written += "'";
        w.add(39);
        i++;
        continue;
      }
      if (d === 91 /* [ */) {
        // `Sadov[in]`, `Com[rade]`: letters supplied by the editor complete the word
        let k = i + 1;
        while (k < n && k - i <= 12 && isLetter(text.charCodeAt(k))) k++;
        if (k > i + 1 && text.charCodeAt(k) === 93) {
          written = (written ?? text.slice(start, i)) + text.slice(i + 1, k);
          for (let m = i + 1; m < k; m++) w.add(text.charCodeAt(m));
          i = k + 1;
          completed = true;
          continue;
        }
      }
      if (d === 40 /* ( */ && i + 2 < n && text.charCodeAt(i + 2) === 41 && isLetter(text.charCodeAt(i + 1)) && allCapitals(written ?? text.slice(start, i))) {
        if (written !== undefined) written += text.slice(i, i + 3); // `VKP(b)`
        w.add(40);
        w.add(text.charCodeAt(i + 1));
        w.add(41);
        i += 3;
        continue;
      }
      break;
    }
    const c0 = c;
    let kind: TokenKind = 'word';
    let end = i;
    if (i < n && text.charCodeAt(i) === 46 /* . */ && isUpper(c0) && (w.length === 1 || (w.length === 2 && isInitialPair(written ?? text.slice(start, i))))) {
      kind = 'initial';
      if (written !== undefined) written += '.';
      w.add(46);
      end = i + 1;
      i = end;
    }
    const capitalised = isUpper(c0);
    const hash = w.unhashed ? 0 : w.hash;
    const possessive = kind === 'word' && w.length > 3 && w.afterApostrophe === 1 && (w.last | 32) === 115;
    const stemHash = possessive && !w.unhashed ? w.hashBeforeApostrophe : 0;
    if (filter && !capitalised && !w.unhashed && !keeps(filter, hash, possessive ? stemHash : 0, text, tokens[tokens.length - 1], start)) continue;
    let flags = possessive ? Flag.Possessive : 0;
    if (kind === 'word' && !w.digits && !w.nonLatin) flags |= Flag.Latin;
    if (capitalised) flags |= Flag.Capitalised;
    if (capitalised && !w.lower) flags |= Flag.Upper;
    if (completed) flags |= Flag.Completed;
    if (w.unhashed) flags |= Flag.Unhashed;
    tokens.push(new Token(text, start, end, kind, flags, hash, stemHash, written));
  }
  return mergeLetterSpaced(text, tokens);
}

// What `plainWordEnd` read, kept in module variables so the hot loop returns a number, not an object.
let plainHash = 0;
let plainLower = false;
let plainDigits = false;

/**
 * The end of the word at `i` when it is plain (ASCII letters and digits, and nothing after it that
 * the general reading would take in: an apostrophe, an editor's bracket, `(b)`, a non-ASCII
 * letter, the period of an initial), else 0. Sets `plainHash`, `plainLower`, `plainDigits`.
 */
function plainWordEnd(text: string, i: number, n: number): number {
  let h = FNV_OFFSET;
  let lower = false;
  let digits = false;
  let j = i;
  for (; j < n; j++) {
    let d = text.charCodeAt(j);
    if (d >= 97 && d <= 122) lower = true;
    else if (d >= 65 && d <= 90) d += 32;
    else if (d >= 48 && d <= 57) digits = true;
    else break;
    h = Math.imul(h ^ d, FNV_PRIME);
  }
  if (j < n) {
    const d = text.charCodeAt(j);
    if (d === 39 || d === 0x2019 || d === 91 || d === 40 || d >= 0xc0) return 0;
    if (d === 46 && j - i <= 2) return 0; // perhaps an initial: `I.`, `Ch.`
  }
  plainHash = h;
  plainLower = lower;
  plainDigits = digits;
  return j;
}

/**
 * Is a small-letter word worth a token? When it may begin a name (or stand before one), or when
 * it may continue one and directly follows a kept token: a form's later word is only ever read
 * right after its earlier ones.
 */
function keeps(filter: WordFilters, hash: number, stemHash: number, text: string, previous: Token | undefined, start: number): boolean {
  // `any` holds every word of `first`: most words fail this one test
  if (!filter.any.has(hash) && !(stemHash !== 0 && filter.any.has(stemHash))) return afterCapitalisedHyphen(text, previous, start);
  if (filter.first.has(hash) || (stemHash !== 0 && filter.first.has(stemHash))) return true;
  return previous !== undefined && isNameGapAt(text, previous.end, start, false);
}

/**
 * The syllable after the hyphen of a capitalised word (`lia` of `Chou En-lia`, `tang` of `Mao
 * Tse-tang`): a name's, misspelt or not, so kept for the near-miss search.
 */
export function afterCapitalisedHyphen(text: string, previous: Token | undefined, start: number): boolean {
  return previous !== undefined && previous.end === start - 1 && text.charCodeAt(start - 1) === 45 && previous.capitalised && previous.kind === 'word';
}

/** Capitals only, Latin or Cyrillic: the party's abbreviation before its `(b)` (`VKP(b)`, `ВКП(б)`). */
function allCapitals(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c < 65 || c > 90) && (c < 0x410 || c > 0x42f)) return false;
  }
  return true;
}

/** `Ch.` or `Yu.`: a capital and a small letter before a period are an initial, but `No.` and `Nr.` are not. */
function isInitialPair(word: string): boolean {
  const c1 = word.charCodeAt(1);
  return !isUpper(c1) && isLetter(c1) && word !== 'No' && word !== 'Nr';
}

/** `S H T Y K O V`: three or more single capitals separated by one or two spaces on one line become one token. */
function mergeLetterSpaced(text: string, tokens: Token[]): Token[] {
  const single = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.end - t.start === 1 && t.upper && t.latin;
  const spaced = (a: Token, b: Token) => {
    const gap = b.start - a.end;
    return (gap === 1 || gap === 2) && text.charCodeAt(a.end) === 32 && text.charCodeAt(b.start - 1) === 32;
  };
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (single(tokens[i])) {
      let j = i;
      while (single(tokens[j + 1]) && spaced(tokens[j]!, tokens[j + 1]!)) j++;
      if (j - i + 1 >= 3) {
        out ??= tokens.slice(0, i);
        let word = '';
        for (let k = i; k <= j; k++) word += tokens[k]!.text;
        const ascii = tokens.slice(i, j + 1).every((t) => t.hashed);
        const flags = Flag.Latin | Flag.Capitalised | Flag.Upper | Flag.LetterSpaced | (ascii ? 0 : Flag.Unhashed);
        out.push(new Token(text, tokens[i]!.start, tokens[j]!.end, 'word', flags, ascii ? hashKey(foldKey(word)) : 0, 0, word));
        i = j;
        continue;
      }
    }
    out?.push(tokens[i]!);
  }
  return out ?? tokens;
}

/**
 * May two tokens of one name be separated by this text? Spaces and at most one line break
 * (`Li` / `Kenong` across lines), hyphens and slashes (`Tse-tung`, `8D/GS`), a period after an
 * abbreviation, brackets (`Mao [Zedong]`). Chinese characters must touch.
 */
export function isNameGap(gap: string, cjk: boolean): boolean {
  return isNameGapAt(gap, 0, gap.length, cjk);
}

/**
 * A gap in a name whose form itself has a comma there: one comma, with a name gap on either side.
 * Titles of treaties and bodies list their words so (`Treaty of Friendship, Alliance and Mutual
 * Assistance`); a comma anywhere else still ends a name (`Kim Il Sung, Pak Hon-yong`).
 */
export function isCommaGapAt(text: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let k = from; k < to; k++) {
    // a second comma fails the name gap after the first
    if (text.charCodeAt(k) === 44) return isNameGapAt(text, from, k, false) && isNameGapAt(text, k + 1, to, false);
  }
  return false;
}

/** `isNameGap` of `text.slice(from, to)`, without the slice. */
export function isNameGapAt(text: string, from: number, to: number, cjk: boolean): boolean {
  if (cjk) return to === from;
  if (to - from > 8) return false;
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (++newlines > 1) return false;
    } else if ((c === 39 || c === 0x2019) && k === from && k > 0 && (text.charCodeAt(k - 1) | 32) === 115) {
      // a plural's apostrophe: `Workers' Party`, `Peasants’ Union`
    } else if (!(c === 32 || c === 9 || c === 13 || c === 45 || c === 47 || c === 46 || c === 91 || c === 93 || c === 0x2010 || c === 0x2011)) {
      return false;
    }
  }
  return true;
}
