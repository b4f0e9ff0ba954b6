/**
 * Two cheap, single-pass looks at the text of a gazetteer file, without parsing it: how deeply
 * it nests (a parser recurses once per level, so 50,000 nested arrays would overflow its stack),
 * and where its `entries` array ends (so that one entry can be inserted there with a minimal edit
 * instead of rewriting the whole file). Both skip strings (with their escapes) and comments, so
 * a `]` inside `"a note [sic]"` is not a bracket. Pure: text in, offsets out.
 */

/** A UTF-8 byte order mark, as the first character of a decoded text. */
const BOM = '\uFEFF';

/** The text without its byte order mark; editors do not count it in their positions either. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

type TokenKind = 'open' | 'close' | 'comma' | 'colon' | 'string' | 'other' | 'end' | 'broken';

/** One significant token: a bracket, a comma, a colon, a string or a run of anything else. */
interface Token {
  kind: TokenKind;
  /** `{`, `[`, `}` or `]` for brackets. */
  char: string;
  start: number;
  end: number;
}

class Scanner {
  private at = 0;
  constructor(private readonly text: string) {}

  next(): Token {
    const t = this.text;
    for (;;) {
      while (this.at < t.length && isSpace(t.charCodeAt(this.at))) this.at++;
      if (t.startsWith('//', this.at)) {
        const eol = t.indexOf('\n', this.at);
        this.at = eol < 0 ? t.length : eol + 1;
        continue;
      }
      if (t.startsWith('/*', this.at)) {
        const close = t.indexOf('*/', this.at + 2);
        if (close < 0) return this.token('broken', this.at, t.length);
        this.at = close + 2;
        continue;
      }
      break;
    }
    const start = this.at;
    if (start >= t.length) return this.token('end', start, start);
    const c = t[start];
    if (c === '{' || c === '[') return this.token('open', start, start + 1);
    if (c === '}' || c === ']') return this.token('close', start, start + 1);
    if (c === ',') return this.token('comma', start, start + 1);
    if (c === ':') return this.token('colon', start, start + 1);
    if (c === '"') {
      for (let i = start + 1; i < t.length; i++) {
        const d = t.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34 /* " */) return this.token('string', start, i + 1);
      }
      return this.token('broken', start, t.length);
    }
    let end = start + 1;
    while (end < t.length && !isSpace(t.charCodeAt(end)) && !'{}[],:"/'.includes(t[end])) end++;
    return this.token('other', start, end);
  }

  private token(kind: TokenKind, start: number, end: number): Token {
    this.at = end;
    return { kind, char: this.text[start] ?? '', start, end };
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
}

/** True when arrays and objects nest deeper than `limit` anywhere in the text. Stops at the first level too deep. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  const scanner = new Scanner(text);
  let depth = 0;
  for (let t = scanner.next(); t.kind !== 'end' && t.kind !== 'broken'; t = scanner.next()) {
    if (t.kind === 'open' && ++depth > limit) return true;
    if (t.kind === 'close') depth--;
  }
  return false;
}

/** Where a new entry can go in a gazetteer file's text. Offsets are into the text as given. */
export type EntriesPlace =
  /** The file has an `entries` array: `[` at `open`, `]` at `close`. */
  | {
      readonly kind: 'array';
      readonly open: number;
      readonly close: number;
      /** The end of the last entry (after its `}`), or undefined when the array is empty. */
      readonly lastEnd?: number;
      /** The start of the last entry. */
      readonly lastStart?: number;
      /** The array ends with a comma after its last entry (`[ {…}, ]`, which the loader accepts). */
      readonly trailingComma: boolean;
    }
  /** The top-level object has no `entries` key: `{` at `open`, `}` at `close`. */
  | {
      readonly kind: 'object';
      readonly open: number;
      readonly close: number;
      /** The end of the last member's value, or undefined when the object is empty. */
      readonly lastEnd?: number;
    };

/**
 * Finds the top-level `entries` array (the last one, as a parser keeps the last of duplicate keys),
 * or the top-level object when it has none. Undefined when the text is not an object whose brackets
 * balance, or when `entries` is not an array: no place to add an entry without guessing.
 */
export function findEntriesPlace(text: string): EntriesPlace | undefined {
  const scanner = new Scanner(text);
  const first = scanner.next();
  if (first.kind !== 'open' || first.char !== '{') return undefined;
  let depth = 1;
  let lastMemberEnd: number | undefined;
  let expectKey = true;
  let key: string | undefined;
  let array: { open: number; close?: number; lastStart?: number; lastEnd?: number; trailingComma: boolean } | undefined;
  let found: typeof array;
  let entriesNotArray = false;
  /** Inside the entries array: the kind of the last token directly in it, and where its current element began. */
  let previous: TokenKind = 'open';
  for (let t = scanner.next(); ; t = scanner.next()) {
    if (t.kind === 'end' || t.kind === 'broken') return undefined;
    if (array && depth >= 2) {
      // Inside the entries array (depth 2 is the array itself).
      if (depth === 2 && t.kind === 'close') {
        if (t.char !== ']') return undefined;
        array.close = t.start;
        array.trailingComma = previous === 'comma';
        found = array;
        lastMemberEnd = t.end;
        array = undefined;
        depth = 1;
        continue;
      }
      if (depth === 2 && t.kind === 'comma') {
        previous = 'comma';
        continue;
      }
      if (depth === 2 && (previous === 'comma' || previous === 'open')) array.lastStart = t.start;
      previous = 'other';
      if (t.kind === 'open') depth++;
      else if (t.kind === 'close') depth--;
      if (depth === 2) array.lastEnd = t.end;
      continue;
    }
    if (depth === 1) {
      if (t.kind === 'close') {
        if (t.char !== '}') return undefined;
        if (entriesNotArray || scanner.next().kind !== 'end') return undefined;
        if (found) return { kind: 'array', open: found.open, close: found.close!, lastStart: found.lastStart, lastEnd: found.lastEnd, trailingComma: found.trailingComma };
        return { kind: 'object', open: first.start, close: t.start, lastEnd: lastMemberEnd };
      }
      if (t.kind === 'comma') {
        expectKey = true;
        continue;
      }
      if (expectKey && t.kind === 'string') {
        key = decodeKey(text.slice(t.start, t.end));
        expectKey = false;
        continue;
      }
      if (t.kind === 'colon') continue;
      // A value of the top-level object.
      if (key === 'entries') {
        if (t.kind === 'open' && t.char === '[') {
          array = { open: t.start, trailingComma: false };
          found = undefined;
          entriesNotArray = false;
          previous = 'open';
          depth = 2;
          key = undefined;
          continue;
        }
        entriesNotArray = true;
      }
      key = undefined;
      if (t.kind === 'open') depth++;
      else lastMemberEnd = t.end;
      continue;
    }
    // Inside some other value of the top-level object.
    if (t.kind === 'open') depth++;
    else if (t.kind === 'close' && --depth === 1) lastMemberEnd = t.end;
  }
}

function decodeKey(token: string): string | undefined {
  try {
    return JSON.parse(token) as string;
  } catch {
    return undefined;
  }
}
