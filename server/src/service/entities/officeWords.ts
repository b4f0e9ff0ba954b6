/**
 * The words beside a name that say which of its bearer's offices the text means: `the Naval Minister
 * Kuznetsov`, `Chief of Staff General Nieh Jung-chen`. Resolution reads them to tell namesakes apart,
 * the hover to show the office the text names among several held that day.
 */
import type { Span } from '../types';

/** Words of five letters or more in an office's title too common to tell namesakes apart (shorter words are never compared). */
const GENERIC_OFFICE_WORDS = new Set(['soviet', 'minister', 'ministers', 'deputy', 'first', 'chairman', 'member', 'chief', 'central', 'committee', 'council', 'union', 'people', "people's", 'state', 'general', 'affairs', 'republic', 'ambassador', 'representative']);
/** Words of a naval office's title (as compared: their first six letters), named by the rank `Admiral`. */
const NAVAL_WORDS = ['naval', 'fleet'];
/** How far on each side of a name its office may be named (the same line only). */
const OFFICE_REACH = 60;

/**
 * The words on a name's line within `OFFICE_REACH` of it, as offices are compared (their first six
 * letters, five letters or more): `Chief of Staff General Nieh Jung-chen` gives `staff`, `genera`, ...
 */
export function officeWordsBeside(text: string, span: Span): Set<string> {
  let from = Math.max(0, span.start - OFFICE_REACH);
  let to = Math.min(text.length, span.end + OFFICE_REACH);
  const lineStart = text.lastIndexOf('\n', span.start - 1);
  const lineEnd = text.indexOf('\n', span.end);
  if (lineStart + 1 > from) from = lineStart + 1;
  if (lineEnd >= 0 && lineEnd < to) to = lineEnd;
  const beside = officeWords(text.slice(from, span.start) + ' ' + text.slice(span.end, to));
  // `Admiral Kuznetsov`: an admiral's offices are the navy's
  if (beside.has('admira')) NAVAL_WORDS.forEach((w) => beside.add(w));
  return beside;
}

/**
 * The words that stand in apposition to a name, as the hover reads the office a text gives a man: those
 * of its clause before it (`the Chief of Staff General Nieh Jung-chen`, not the `Commander-in-Chief Chu
 * Teh,` before the comma) and, after a comma, those of the clause after it (`Peng Dehuai, commander of
 * the Northwest Military Region,`).
 */
export function officeWordsInApposition(text: string, span: Span): Set<string> {
  let from = span.start;
  while (from > 0 && span.start - from < OFFICE_REACH && !(CLAUSE_END.test(text[from - 1]!) && !abbreviationStop(text, from - 1))) from--;
  let words = text.slice(from, span.start);
  let at = span.end;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  if (text[at] === ',') {
    let to = at + 1;
    while (to < text.length && to - at < OFFICE_REACH && !CLAUSE_END.test(text[to]!)) to++;
    words += ' ' + text.slice(at + 1, to);
  }
  return officeWords(words);
}
const CLAUSE_END = /[,.;:!?()\[\]\n]/;
/** An honorific's, a rank's or an initial's period (`the embassy counsellor Cde. Suzdalev`, `General A. Smirnov`): no end of the clause. */
const ABBREVIATED_BEFORE = /(?:^|[^A-Za-z])(?:Cdes?|Comrs?|Com|Gen|Col|Lt|Maj|Capt|Mr|Mrs|Dr|[A-Z])$/;
function abbreviationStop(text: string, i: number): boolean {
  return text[i] === '.' && ABBREVIATED_BEFORE.test(text.slice(Math.max(0, i - 6), i));
}

/** The words of `s` as offices are compared: of five letters or more, by their first six, in small letters. */
function officeWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().match(/[a-z]{5,}/g) ?? []) out.add(w.slice(0, 6));
  return out;
}

/** Whether the words beside a name (`officeWordsBeside`) name this office by one of its own words (`Naval`, `Staff`), not a generic one (`Chief`, `Minister`). */
export function namesOffice(title: string, beside: ReadonlySet<string>): boolean {
  return title.toLowerCase().split(/[^a-z']+/).some((w) => w.length >= 5 && !GENERIC_OFFICE_WORDS.has(w) && beside.has(w.slice(0, 6)));
}
