/**
 * Does the sentence around a name date it? `In 1947 Foreign Minister Molotov ...` and `the letter of
 * Feng Xi of 8 October 1950` write of another time than the cable's: a title or a cover name there is
 * of that time, and the checks that compare a name with the cable's date leave it alone.
 */
import type { ChronologyMention } from '../chronology';
import { LONE_YEAR, yearWrittenBefore } from '../chronology/scanner';
import type { PartialDate, Span } from '../types';
import { endsSentence } from '../sentence';

/**
 * The sentence holding the words from `start` to `end`; with `withinLine`, no further than their
 * line (a name in a header line is in no sentence with the lines around it).
 */
export function sentenceAround(text: string, start: number, end: number, withinLine = false): Span {
  const sentence = { start: sentenceStart(text, start), end: sentenceEnd(text, end) };
  if (!withinLine) return sentence;
  const lineEnd = text.indexOf('\n', end);
  return { start: Math.max(sentence.start, text.lastIndexOf('\n', start - 1) + 1), end: Math.min(sentence.end, lineEnd < 0 ? text.length : lineEnd) };
}

/**
 * Does the sentence give a date, or a bare year (`In 1947 ...`, `... promised in 1950.`), that
 * `fits`? A day and month with no year of their own (`On 1 July Ambassador Roshchin ...`) are also
 * tried in the last year written before them in the paragraph (`On 25 June 1950 Ambassador Shtykov
 * reported ... On 1 July ...` in a memorandum of 1953).
 */
export function sentenceDatedWithin(text: string, sentence: Span, dates: readonly ChronologyMention[], fits: (date: PartialDate) => boolean): boolean {
  const inSentence = dates.filter(d => d.span.start >= sentence.start && d.span.end <= sentence.end && d.date?.year !== undefined);
  if (inSentence.some(d => fits(d.date!))) return true;
  // (the year of a whole date is that date's: `11 November 1951` is no bare `1951`)
  const ofADate = (at: number) => dates.some(d => d.span.start <= at && at < d.span.end);
  for (const year of text.slice(sentence.start, sentence.end).matchAll(LONE_YEAR)) if (!ofADate(sentence.start + year.index) && fits({ year: Number(year[1]) })) return true;
  if (!inSentence.some(d => d.yearInferred)) return false;
  // (from the sentence's first word: a sentence that starts a line has the line before it in no paragraph of its own)
  const written = yearWrittenBefore(dates, sentence.start + text.slice(sentence.start, sentence.end).search(/\S|$/), text);
  return written !== undefined && inSentence.some(d => d.yearInferred && fits({ ...d.date!, year: written }));
}


/** Where the sentence holding `from` starts: after a blank line, or a full stop that ends a word of small letters (not `Cde.`, `Sept.`, `XII.`). */
function sentenceStart(text: string, from: number): number {
  for (let i = from - 1; i > 0; i--) {
    const c = text[i]!;
    if (c === '\n' && text[i - 1] === '\n') return i;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ') && endsSentence(text.slice(Math.max(0, i - 6), i))) return i + 1;
  }
  return 0;
}

function sentenceEnd(text: string, to: number): number {
  const rest = text.slice(to, to + 400);
  for (const stop of rest.matchAll(/[.!?](?=\s|$)|\n\s*\n/g)) {
    if (stop[0] !== '.' || endsSentence(rest.slice(Math.max(0, stop.index - 6), stop.index))) return to + stop.index;
  }
  return Math.min(text.length, to + 400);
}
