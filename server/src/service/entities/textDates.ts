/**
 * The date a name is read on. A cable of January 1951 that quotes Shtykov's telegram of 3 October
 * 1950 holds two times: the names in the quotation are of 1950 (Shtykov the ambassador, FENG XI
 * Stalin's cover name then), the cable's own of 1951. A name is read on the date of the innermost
 * text around it that dates itself, else on the document's.
 */
import type { PartialDate, Span } from '../types';
import type { DatedText, EntityContext } from './types';

/** The date a name at `offset` is read on. */
export function dateAt(context: EntityContext, offset: number): PartialDate | undefined {
  return innermostAt(context.datedTexts, offset)?.date ?? context.date;
}

/**
 * The year written right after a name, which the name is read in: ` of 1945` in `the Sino-Soviet
 * treaty of 1945`, ` (1945)`; undefined when none is.
 */
export function yearAfterName(text: string, end: number): number | undefined {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 40) return undefined;
  const m = YEAR_AFTER_NAME.exec(text.slice(end, end + 20));
  return m ? Number(m[1]) : undefined;
}
/** (not a clock before a day: `my telegram to Cde. Li Kenong of 1900 18 November`, `of 1930 hours`) */
const YEAR_AFTER_NAME = /^(?: of |\s?\()(19[0-5]\d)\b(?!\s+(?:\d|hours?\b|hrs\b))/;

/** The date a name at `span` is read on: the year written after it, else the text's (`dateAt`). */
export function dateOfName(context: EntityContext, text: string, span: Span): PartialDate | undefined {
  const date = dateAt(context, span.start);
  const year = yearAfterName(text, span.end);
  return year !== undefined && year !== date?.year ? { year } : date;
}

/**
 * The context a name at each offset is read in: the document's own object, or one like it with the
 * date of the text around the offset (one object per dated text, so that resolutions made in it
 * are shared as in any context).
 */
export function contextsByOffset(context: EntityContext): (offset: number) => EntityContext {
  const texts = context.datedTexts;
  if (texts === undefined) return () => context;
  const made = new Map<DatedText, EntityContext>();
  return (offset) => {
    const text = innermostAt(texts, offset);
    if (text === undefined) return context;
    let dated = made.get(text);
    if (dated === undefined) made.set(text, (dated = { ...context, date: text.date }));
    return dated;
  };
}

/** Is the date at `offset` the text's own rather than the document's? (The messages then say "this text", not "this document".) */
export function inDatedText(context: EntityContext, offset: number): boolean {
  return innermostAt(context.datedTexts, offset) !== undefined;
}

function innermostAt(texts: readonly DatedText[] | undefined, offset: number): DatedText | undefined {
  if (texts === undefined) return undefined;
  let found: DatedText | undefined;
  for (const t of texts) {
    if (t.span.start > offset) break;
    // ordered by start and then depth: of those around the offset, the last is the innermost
    if (offset < t.span.end && (found === undefined || t.depth >= found.depth)) found = t;
  }
  return found;
}
