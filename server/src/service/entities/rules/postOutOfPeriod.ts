/**
 * `Soviet Ambassador Shtykov` in a cable of March 1951, `the Minister of Foreign Affairs Cde.
 * Vyshinsky` in November 1948: a post written right before a man's name, in a document dated
 * outside every period the gazetteer gives him that post. The gazetteer must know him in the post
 * at some time (a post it never gives him says nothing: its lists of offices are not complete),
 * and the date must lie more than two months outside (an appointment is announced before it takes
 * effect). The words must be the writer's, of the document's own time: not the editor's bracket
 * or gloss, not `former Ambassador` or `the new ambassador`, and not in a sentence that gives a
 * date of his time in the post (`In 1947 Foreign Minister Molotov ...`).
 */
import { defineRule } from '../../analysis/rule';
import type { Role } from '../../gazetteer/types';
import type { PartialDate } from '../../types';
import { formatDate, formatPeriod, monthsOutside } from '../dates';
import { writersOwnName } from '../recognize';
import type { Resolution } from '../types';

/** The posts a title before a name is compared for: how it is written, and which offices of the gazetteer are that post. */
const POSTS: readonly { readonly key: string; readonly written: RegExp; readonly held: RegExp }[] = [
  { key: 'ambassador', written: /^(?:ambassador|AMBASSADOR|Ambassador)$/, held: /\bAmbassador\b/i },
  {
    key: 'minister of foreign affairs',
    written: /^(?:Minister|MINISTER|People's Commissar|People’s Commissar) (?:of|OF) (?:Foreign|FOREIGN) (?:Affairs|AFFAIRS)$|^Foreign Minister$|^FM$/,
    // `(First) Deputy Minister of Foreign Affairs` is not the post; `Vice Premier and Minister of Foreign Affairs` is
    held: /^(?:(?!Deputy|Vice Minister|Assistant).)*(?:Minister|Commissar)\b[^,]*\bForeign Affairs|^Foreign Minister/,
  },
  { key: 'chief military adviser', written: /^[Cc]hief (?:Soviet )?(?:[Mm]ilitary )?[Aa]dvis[eo]r$/, held: /^Chief (?:Soviet )?military adviser/i },
  { key: 'Chief of the General Staff', written: /^Chief of (?:the )?General Staff$/, held: /^(?:Acting )?Chief of the General Staff/ },
];

/**
 * The title right before a name (`Soviet Ambassador`, `the Minister of Foreign Affairs Cde.`,
 * `chief military adviser General`): group `post` the post as written, `before` the word before it.
 */
const TITLE_BEFORE_NAME = new RegExp(
  String.raw`(?:^|[^A-Za-z'’-])(?:(?<before>[A-Za-z]+-?)\s+)?(?:(?:Soviet|USSR|our|Chinese|Korean|the)\s+)?` +
  String.raw`(?<post>(?:(?:Minister|MINISTER|People['’]s Commissar) (?:of|OF) (?:Foreign|FOREIGN) (?:Affairs|AFFAIRS)|Foreign Minister|FM|[Aa]mbassador|AMBASSADOR|[Cc]hief (?:Soviet )?(?:[Mm]ilitary )?[Aa]dvis[eo]r|Chief of (?:the )?General Staff))` +
  String.raw`(?:\s+(?:of|to|in|OF|TO|IN)\s+(?:the\s+)?(?:USSR|PRC|DPRK|Soviet Union|[A-Z][a-z]+|[A-Z]+))?` +
  String.raw`(?:,?\s+(?:Cde\.|Comrade|COMRADE|General|Gen\.|Colonel General|Lieutenant General|Marshal))*\s+$`,
);

/** Words before a title that put the post in another time than the document's (`former`, `the new`). */
const OTHER_TIME = /^(?:former|Former|ex-|then|late|future|new|newly|incoming|outgoing|designate|acting|Acting|Deputy|deputy|Vice|vice|First|Assistant|assistant)$/;

/** How far before the name's honorific the title may begin. */
const REACH = 90;
/** Appointments are announced, and recalled men linger: a post two months outside its dates is no finding. */
const MARGIN_MONTHS = 2;

export const rule = defineRule({
  code: 'cable.name.postOutOfPeriod',
  level: 'warning',
  summary: 'a post written before a name in a document dated outside the years the gazetteer gives him that post (`Ambassador Shtykov` in 1951)',
  *check({ entities, chronology }) {
    const date = entities.context.date;
    if (date?.year === undefined) return;
    const text = entities.text;
    for (const m of entities.mentions) {
      const { entry, via } = m.resolution.best;
      if (m.type !== 'person' || via !== 'name' || !entry.roles?.length || !readAsHim(m.resolution)) continue;
      const start = m.fullSpan.start;
      // a title ends with a letter or a period, then a space: most names have none before them
      if (start < 3 || !/\s/.test(text[start - 1]!)) continue;
      const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - REACH);
      const title = TITLE_BEFORE_NAME.exec(text.slice(lineStart, start));
      if (!title) continue;
      const written = title.groups!.post!;
      const post = POSTS.find(p => p.written.test(written));
      const before = title.groups!.before;
      if (!post || (before !== undefined && OTHER_TIME.test(before))) continue;
      const held = entry.roles.filter(r => post.held.test(r.title));
      if (!held.length || held.some(r => monthsOutside(date, r.from, r.to) <= MARGIN_MONTHS)) continue;
      if (!writersOwnName(m, text) || datedInPost(text, lineStart + title.index, m.span.end, chronology.mentions, held)) continue;
      yield {
        code: 'cable.name.postOutOfPeriod',
        span: { start: lineStart + title.index + title[0].indexOf(written), end: m.span.end },
        message: `'${m.name}' is called ${post.key} here, but the gazetteer gives ${entry.canonical} that post only ${periods(held)}; this document is dated ${formatDate(date)}.`,
      };
    }
  },
});

/**
 * The name is read as the man: with no doubt, or with the only doubt that the post written before
 * it was not his on the date (`adviser Krasovsky` in January 1951), which is what is reported here.
 */
function readAsHim(r: Resolution): boolean {
  return r.confidence !== 'uncertain' || (r.alternatives.length === 0 && r.best.evidence.some(e => e.kind === 'postNotHeld'));
}

/** `Soviet Ambassador to the DPRK October 1948–December 1950`, each period with its office. */
function periods(held: readonly Role[]): string {
  return held.map(r => `as ${r.title} ${formatPeriod(r.from, r.to)}`).join(', and ');
}

/**
 * Does the sentence around `from`–`to` (the same paragraph, between full stops) give a date in
 * the man's time in the post (`In 1947 Foreign Minister Molotov ...`)? The title is then of that time.
 */
function datedInPost(
  text: string, from: number, to: number, dates: readonly { readonly span: { readonly start: number; readonly end: number }; readonly date?: PartialDate }[], held: readonly Role[],
): boolean {
  const start = sentenceStart(text, from);
  const end = sentenceEnd(text, to);
  return dates.some(d => d.span.start >= start && d.span.end <= end && d.date?.year !== undefined && held.some(r => monthsOutside(d.date, r.from, r.to) <= MARGIN_MONTHS));
}

function sentenceStart(text: string, from: number): number {
  for (let i = from - 1; i > 0; i--) {
    const c = text[i]!;
    if (c === '\n' && text[i - 1] === '\n') return i;
    // a full stop after a word of three letters or more ends a sentence (`Cde.` and initials do not)
    if ((c === '.' || c === '!' || c === '?') && /[a-z]{3}$/i.test(text.slice(Math.max(0, i - 3), i)) && !/^(?:Cde|Gen|Col|Com)$/.test(text.slice(i - 3, i))) return i + 1;
  }
  return 0;
}

function sentenceEnd(text: string, to: number): number {
  const found = /[.!?](?:\s|$)|\n\s*\n/.exec(text.slice(to, to + 400));
  return found ? to + found.index : Math.min(text.length, to + 400);
}
