/**
 * The fuzzer's mutations: each takes a cable's text and a seeded generator and returns damaged
 * text of the kinds real files arrive in — lines lost, doubled or swapped, foreign scripts and
 * control characters pasted in, truncated copies, two cables run together, collections, other
 * line ends, a byte-order mark. `mutateCase` applies several in a row; the same seed and the same
 * sources always give the same text.
 */
import type { Rng } from '../../bench/random';

export interface SourceCable {
  /** Repository-relative path, for reports. */
  readonly name: string;
  readonly text: string;
}

export interface Mutation {
  readonly name: string;
  apply(text: string, rng: Rng, sources: readonly SourceCable[]): string;
}

/** Splits into lines keeping each line's own ending, so that joining gives back the text. */
function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

const fromRange = (rng: Rng, lo: number, hi: number): string => String.fromCharCode(rng.int(lo, hi));
const codePoint = (rng: Rng, lo: number, hi: number): string => String.fromCodePoint(rng.int(lo, hi));

/** Pieces of text pasted into a cable: foreign scripts, marks, controls, broken UTF-16, and the format's own punctuation. */
const PIECES: readonly (readonly [(rng: Rng) => string, number])[] = [
  [rng => fromRange(rng, 0x4e00, 0x9fff), 3], // CJK ideographs
  [rng => fromRange(rng, 0x3040, 0x30ff), 1], // kana
  [rng => fromRange(rng, 0xac00, 0xd7a3), 1], // hangul
  [rng => fromRange(rng, 0x0300, 0x036f), 3], // combining marks
  [rng => fromRange(rng, 0x0591, 0x05ea), 1], // Hebrew
  [rng => fromRange(rng, 0x0621, 0x064a), 1], // Arabic
  [rng => rng.pick(['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2069']), 2], // bidi controls
  [rng => codePoint(rng, 0x1f300, 0x1faff), 2], // emoji
  [rng => rng.pick(['\u200d', '\ufe0f', '\u200b', '\u00a0', '\u2009', '\u3000', '\ufeff']), 2], // joiners, odd spaces
  [rng => fromRange(rng, 0x01, 0x1f), 2], // C0 controls (tab, line feed, form feed among them)
  [rng => rng.pick(['\u0000', '\u007f', '\u0085', '\u2028', '\u2029', '\f', '\v', '\r']), 2],
  [rng => fromRange(rng, 0xd800, 0xdfff), 2], // a lone surrogate
  [rng => fromRange(rng, 0x0410, 0x044f), 2], // Cyrillic
  [rng => rng.pick(['[', ']', '(', ')', '[[', ']]', '[?]', '[illegible]', '(sic)']), 5],
  [rng => rng.pick(['"', '“', '”', '«', '»', '„', '‘', '’', "'"]), 4],
  [rng => rng.pick(['No. ', 'No.', ' of ', '1950', '1951', '31', '29 February', '2500', '13.10.50', '0.0.0', '/', '-', ':']), 3],
  [rng => rng.pick(['FILIPPOV', '[Stalin]', 'Cde. ', 'Mao Zedong', 'Mao Tse-tung', 'Feng Xi', 'Roshchin', 'Sadov[in]', 'your telegram No. 6129']), 3],
  [rng => rng.pick(['---', '=====', '###', 'Copies:', 'Top Secret', 'CIPHERED TELEGRAM No. ', 'From BEIJING', 'Received ', 'Deciphered by ']), 3],
  [rng => rng.pick(['Document No. 7', '\f', '==========', 'DOCUMENT 3']), 1],
];

function randomPiece(rng: Rng): string {
  let out = '';
  for (let n = rng.int(1, 6); n > 0; n--) out += rng.weighted(PIECES)(rng);
  return out;
}

const insertAt = (text: string, at: number, piece: string): string => text.slice(0, at) + piece + text.slice(at);

function randomLineRange(rng: Rng, count: number): [number, number] {
  const start = rng.int(0, Math.max(0, count - 1));
  return [start, Math.min(count, start + rng.weighted([[1, 6], [2, 2], [rng.int(3, 12), 1]]))];
}

/** Mixes a case to upper, lower or swapped. */
function flip(s: string, how: number): string {
  if (how === 0) return s.toUpperCase();
  if (how === 1) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase();
  return out;
}

function separator(rng: Rng, n: number): string {
  return rng.pick([
    '==========\n', '=====\n', '===\n', '\f\n', '\f', `Document No. ${n}\n`, `DOCUMENT ${n}\n`, `Document ${n}\nA telegram\n`,
    `\n==========\nDocument No. ${n}\n`, '\r\n=====\r\n',
  ]);
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'deleteLines',
    apply(text, rng) {
      const lines = linesOf(text);
      const [a, b] = randomLineRange(rng, lines.length);
      lines.splice(a, b - a);
      return lines.join('');
    },
  },
  {
    name: 'duplicateLines',
    apply(text, rng) {
      const lines = linesOf(text);
      const [a, b] = randomLineRange(rng, lines.length);
      const copy = lines.slice(a, b);
      lines.splice(rng.int(0, lines.length), 0, ...copy);
      return lines.join('');
    },
  },
  {
    name: 'swapLines',
    apply(text, rng) {
      const lines = linesOf(text);
      if (lines.length < 2) return text;
      const i = rng.int(0, lines.length - 1);
      const j = rng.chance(0.5) ? Math.min(lines.length - 1, i + 1) : rng.int(0, lines.length - 1);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('');
    },
  },
  {
    name: 'insertPieces',
    apply(text, rng) {
      let out = text;
      for (let n = rng.int(1, 8); n > 0; n--) out = insertAt(out, rng.int(0, out.length), randomPiece(rng));
      return out;
    },
  },
  {
    name: 'replaceSpan',
    apply(text, rng) {
      const at = rng.int(0, text.length);
      return text.slice(0, at) + randomPiece(rng) + text.slice(Math.min(text.length, at + rng.int(1, 20)));
    },
  },
  {
    name: 'deleteSpan',
    apply(text, rng) {
      const at = rng.int(0, text.length);
      return text.slice(0, at) + text.slice(Math.min(text.length, at + rng.int(1, 40)));
    },
  },
  {
    name: 'changeNumber',
    apply(text, rng) {
      const numbers = [...text.matchAll(/\d+/g)];
      if (!numbers.length) return text;
      const m = rng.pick(numbers);
      const digits = rng.pick(['0', '00', '1', '12', '13', '29', '30', '31', '32', '99', '1949', '1950', '1953', '2400', '2500', '9999', '19510', String(rng.int(0, 99999))]);
      return text.slice(0, m.index) + digits + text.slice(m.index! + m[0].length);
    },
  },
  {
    name: 'truncate',
    apply(text, rng) {
      return text.slice(0, rng.int(0, text.length));
    },
  },
  {
    name: 'flipCase',
    apply(text, rng) {
      const whole = rng.chance(0.2);
      const a = whole ? 0 : rng.int(0, text.length);
      const b = whole ? text.length : Math.min(text.length, a + rng.int(1, 200));
      return text.slice(0, a) + flip(text.slice(a, b), rng.int(0, 2)) + text.slice(b);
    },
  },
  {
    name: 'splice',
    apply(text, rng, sources) {
      const other = rng.pick(sources).text;
      return text.slice(0, rng.int(0, text.length)) + other.slice(rng.int(0, other.length));
    },
  },
  {
    name: 'collection',
    apply(text, rng, sources) {
      const parts = [text, ...Array.from({ length: rng.int(1, 4) }, () => rng.pick(sources).text)];
      let out = rng.chance(0.3) ? separator(rng, 1) : '';
      parts.forEach((p, i) => {
        if (i > 0) out += (out.endsWith('\n') || rng.chance(0.3) ? '' : '\n') + separator(rng, i + 1);
        out += p;
      });
      return out;
    },
  },
  {
    name: 'lineEnds',
    apply(text, rng) {
      const to = rng.pick(['\r\n', '\r', 'mixed', 'none']);
      if (to === 'none') return text.replace(/\r\n|\r|\n/g, ' ');
      if (to !== 'mixed') return text.replace(/\r\n|\r|\n/g, to);
      return text.replace(/\r\n|\r|\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\n', '\r\r\n']));
    },
  },
  {
    name: 'byteOrderMark',
    apply(text, rng) {
      return rng.chance(0.7) ? '\ufeff' + text : insertAt(text, rng.int(0, text.length), '\ufeff');
    },
  },
  {
    name: 'splitSurrogates',
    apply(text, rng) {
      // Cuts an astral character or a line end in half, as a byte-level truncation would.
      const at = rng.int(0, text.length);
      return insertAt(text, at, rng.pick(['\ud83d', '\ude00', '\r', '\n', '']));
    },
  },
];

const WEIGHTS: readonly (readonly [Mutation, number])[] = MUTATIONS.map(m => [m, ['insertPieces', 'deleteLines', 'changeNumber', 'replaceSpan'].includes(m.name) ? 3 : m.name === 'collection' || m.name === 'splice' ? 1 : 2]);

export interface FuzzCase {
  readonly text: string;
  /** The source cable and the mutations applied, in order, for the report. */
  readonly source: string;
  readonly mutations: readonly string[];
}

/** Several mutations of one source cable, all drawn from `rng`. */
export function mutateCase(rng: Rng, sources: readonly SourceCable[]): FuzzCase {
  const source = rng.pick(sources);
  let text = source.text;
  const applied: string[] = [];
  for (let n = rng.int(1, 6); n > 0; n--) {
    const m = rng.weighted(WEIGHTS);
    text = m.apply(text, rng, sources);
    applied.push(m.name);
  }
  // Keep cases within a size the per-call budget can judge fairly (a collection of collections grows fast).
  if (text.length > 120_000) text = text.slice(0, 120_000);
  return { text, source: source.name, mutations: applied };
}
