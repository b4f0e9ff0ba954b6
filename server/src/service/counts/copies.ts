/**
 * Copy counts of a cable (CABLE-FORMAT §6): how many copies were printed (`Eight copies printed`),
 * the copy numbers written on it (`Copy N° 2`, `copies NºNº 1-3 to Cde. Poskrebyshev`, `Copy Nº 8
 * to Cde. Beria`) and its distribution lists — all read from the parse, once per document.
 */
import type { CableDocument, DistributionList, HeaderField, Message } from '../parser/ast';
import type { Span } from '../types';

export interface CopyCounts {
  /** The copies printed: the footer's count, else the words `N copies printed|made|typed` anywhere. */
  readonly printed?: { readonly count: number; readonly span: Span };
  /** Every copy number written, with the span that states it. */
  readonly copyNumbers: readonly { readonly n: number; readonly span: Span }[];
  readonly distributions: readonly DistributionList[];
}

const wordNumbers: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, twenty: 20,
};

/** The words after a count of copies printed, in any case: `copies printed`, `COPIES MADE`. */
const COPIES_DONE = /copies\s+(?:printed|made|typed)\b/gi;
/** The count itself, a word of its own: `8`, `Eight`, `TWELVE`. */
const COUNT_WORD = /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty)$/i;

/**
 * The first `N copies printed|made|typed` written anywhere (`Eight copies printed`, `3 copies typed`),
 * as the count and the span from the count to the verb; undefined when there is none, or when the
 * first says nought (`0 copies made`). The verbs are looked for first and the count read back from
 * them: a text names them once at most, where a pattern that began with the count would be tried at
 * every word of the text.
 */
function copiesPrintedIn(text: string): { count: number; span: Span } | undefined {
  COPIES_DONE.lastIndex = 0;
  for (let m = COPIES_DONE.exec(text); m; m = COPIES_DONE.exec(text)) {
    let end = m.index;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    if (end === m.index) continue;
    let start = end;
    while (start > 0 && /\w/.test(text[start - 1]!)) start--;
    const word = text.slice(start, end);
    if (!COUNT_WORD.test(word)) continue;
    const count = /^\d/.test(word) ? Number(word) : wordNumbers[word.toLowerCase()]!;
    return count ? { count, span: { start, end: m.index + m[0].length } } : undefined;
  }
  return undefined;
}

const memo = new WeakMap<CableDocument, CopyCounts>();

export function copyCountsOf(doc: CableDocument): CopyCounts {
  let found = memo.get(doc);
  if (!found) {
    found = computeCopyCounts(doc);
    memo.set(doc, found);
  }
  return found;
}

/** How many copies a distribution list names: `Stalin - 2` counts 2, every other entry 1. */
export function listedCopies(list: DistributionList): number {
  return list.entries.reduce((n, e) => n + (e.copies || 1), 0);
}

function computeCopyCounts(doc: CableDocument): CopyCounts {
  const text = doc.text;
  const copyFields: HeaderField[] = [];
  const distributions: DistributionList[] = [];
  const copyNumbers: { n: number; span: Span }[] = [];
  const copyTo: { n: number; span: Span }[] = [];
  let printed: { count: number; span: Span } | undefined;
  const message = (m: Message) => {
    for (const f of m.header) if (f.kind === 'copyNumber') copyFields.push(f);
    m.telegrams.forEach(message);
  };
  for (const b of doc.blocks) {
    if (b.kind === 'envelope') {
      for (const f of b.fields) if (f.kind === 'copyNumber') copyFields.push(f);
      if (b.distribution) distributions.push(b.distribution);
    } else if (b.kind === 'message') {
      message(b);
    } else if (b.kind === 'footer') {
      for (const it of b.items) {
        if (!printed && it.kind === 'copies' && it.count !== undefined && it.count > 0) printed = { count: it.count, span: it.span };
        const n = it.kind === 'copyTo' ? (it.countTo ?? it.count) : undefined;
        if (n) copyTo.push({ n, span: it.span });
      }
      if (b.distribution) distributions.push(b.distribution);
    } else if (b.kind === 'distribution') {
      distributions.push(b);
    }
  }
  if (!printed) {
    printed = copiesPrintedIn(text);
  }
  for (const field of copyFields) {
    const n = Number(/\d+/.exec(text.slice(field.value.start, field.value.end))?.[0]);
    if (n) copyNumbers.push({ n, span: field.span });
  }
  copyNumbers.push(...copyTo);
  for (const list of distributions) {
    for (const e of list.entries) if (e.copyNumber) copyNumbers.push({ n: e.copyNumber, span: e.span });
  }
  if (!copyNumbers.length) {
    // no field the parser recognised: a `Copy N° 2` written anywhere
    const rx = /\bCopy[ \t]+(?:N[°ºo]\.?|№)[ \t]*(\d{1,3})\b/g;
    for (let m = rx.exec(text); m; m = rx.exec(text)) copyNumbers.push({ n: Number(m[1]), span: { start: m.index, end: m.index + m[0].length } });
  }
  const out: { -readonly [K in keyof CopyCounts]: CopyCounts[K] } = { copyNumbers, distributions };
  if (printed) out.printed = printed;
  return out;
}

/** `1 copy`, `8 copies`: a count of copies as the count rules write it. */
export function copiesPhrase(n: number): string {
  return n === 1 ? '1 copy' : `${n} copies`;
}
