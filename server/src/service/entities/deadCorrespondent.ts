/**
 * A man who writes or is written to after the day of his death: `To Comrade STALIN I.V.` or `To
 * Comrade FILIPPOV.` in a cable of 3 April 1953, a telegram signed `KIM CHAEK` in March 1951, or
 * who speaks in a record of conversation of that date (`Stalin: What does Mao Zedong think ...`). A
 * cable may speak of a dead man (`the late Ren Bishi`, `Stalin's instructions`), but none is sent
 * to him or by him: the date or the name has slipped. Only a death the gazetteer knows to the day
 * counts, and only the text's own date (a quoted telegram's, else the cable's).
 */
import { dayNumber } from '../chronology/calendar';
import { parseDatePoint } from '../gazetteer/types';
import type { PartialDate } from '../types';
import { diedBefore, formatDate } from './dates';
import { writersOwnName } from './recognize';
import { dateAt } from './textDates';
import type { EntityContext, EntityMention } from './types';

/** The person slots in which a man acts as a correspondent: he is addressed or greeted, or he signs. */
const CORRESPONDENT_CUES: ReadonlySet<string> = new Set(['addressee', 'salutation', 'signature']);

/** A correspondent dead on the text's date: who he is, when he died, and the date the text gives itself. */
export interface DeadCorrespondent {
  readonly canonical: string;
  readonly died: string;
  readonly date: PartialDate;
  /** `addressee`, `salutation`, `signature`, `turn` (speaking in a record); `report` for a man who reports on the text's day (`deadReporter`). */
  readonly cue: string;
}

/**
 * The man a mention names, when it stands where a cable addresses, greets or signs and the text is
 * dated after his death (by name or by his cover name, read without doubt); undefined otherwise.
 */
export function deadCorrespondent(m: EntityMention, context: EntityContext, text: string): DeadCorrespondent | undefined {
  const { entry } = m.resolution.best;
  if (entry.diedOn === undefined || (m.type !== 'person' && m.type !== 'pseudonym')) return undefined;
  if (m.resolution.confidence === 'uncertain' && m.resolution.alternatives.length > 0) return undefined;
  // (the name may run past the slot: `STALIN I.V.` holds initials the addressee's slot leaves out)
  const slot = context.personSlots?.find(s => CORRESPONDENT_CUES.has(s.cue) && s.span.start <= m.span.start && m.span.start < s.span.end);
  // (a speaker of a record of conversation, `Stalin: What does Mao Zedong think ...`, speaks in person)
  if (!slot && !opensTurn(m, context)) return undefined;
  const date = dateAt(context, m.span.start);
  const died = date && diedBefore({ diedOn: entry.diedOn }, date);
  if (!date || died === undefined || dayAfterDeath(entry.diedOn, date) || !writersOwnName(m, text)) return undefined;
  return { canonical: entry.canonical, died, date, cue: slot?.cue ?? 'turn' };
}

/** Whether the mention is the speaker's name that opens a turn of a record of conversation (`Stalin: What does ...`). */
function opensTurn(m: EntityMention, context: EntityContext): boolean {
  for (const turn of context.speakers ?? []) if (turn.span.start === m.fullSpan.start || turn.span.start === m.span.start) return true;
  return false;
}

/**
 * Whether the text is dated the day after the death: a cable written in the East that day may precede it on
 * Moscow's clock (`Sent 6.3.53 03:10` from Pyongyang is 21:10 on 5 March in Moscow, before Stalin died at 21:50),
 * and one written later that day may precede the news of it. Only a later day leaves no doubt.
 */
export function dayAfterDeath(diedOn: string, date: PartialDate): boolean {
  const died = parseDatePoint(diedOn);
  if (date.year === undefined || date.month === undefined || date.day === undefined || died?.month === undefined || died.day === undefined) return false;
  return dayNumber(date.year, date.month, date.day) === dayNumber(died.year, died.month, died.day) + 1;
}

/**
 * The dead man as the one who reports, on the text's own day or the day before: `The front commander
 * Kim Chaek reported to Kim Il Sung today that ...` in a cable of March 1951 (he died on 31 January),
 * `Today Kim Chaek reported ...`, `Kim Chaek said today ...`, or who reports as the text is written
 * (`Kim Chaek reports that the corps has reached the line`); and the man a relayed message is for
 * (`Immediately convey to Comrade Kim Chaek:`). The name must open the clause (no preposition
 * before it: `the death of Kim Chaek` is about him), and `today` or `yesterday` must follow the verb
 * in that clause or open it; a text dated at least two days after the death leaves no doubt about
 * `yesterday`. `Kim Chaek reported in January ...`, `the late Kim Chaek had planned it` are history.
 */
export function deadReporter(m: EntityMention, context: EntityContext, text: string): DeadCorrespondent | undefined {
  const { entry, via } = m.resolution.best;
  if (entry.diedOn === undefined || m.type !== 'person' || via !== 'name' || m.resolution.confidence === 'uncertain') return undefined;
  const after = text.slice(m.span.end, m.span.end + REPORT_REACH);
  const before = text.slice(Math.max(0, m.fullSpan.start - 40), m.fullSpan.start);
  // (the verb after the name first: most mentions of a dead man have none of these, and no `to` before them)
  const acts = REPORTS_TODAY.test(after) || REPORTS_NOW.test(after) || (REPORTS.test(after) && TODAY_BEFORE.test(before));
  const relayed = !acts && before.includes(' to ') && RELAYED_TO.test(before);
  if (!relayed && (!acts || ABOUT_HIM.test(before))) return undefined;
  const date = dateAt(context, m.span.start);
  const died = parseDatePoint(entry.diedOn);
  if (date?.year === undefined || date.month === undefined || date.day === undefined || died?.month === undefined || died.day === undefined) return undefined;
  if (dayNumber(date.year, date.month, date.day) < dayNumber(died.year, died.month, died.day) + 2 || !writersOwnName(m, text)) return undefined;
  return { canonical: entry.canonical, died: formatDate(died), date, cue: relayed ? 'addressee' : 'report' };
}

/** How far after the name the verb and its day are looked for. */
const REPORT_REACH = 70;
/** `reported to Kim Il Sung today`, `told me yesterday`, `has informed us today`, `said today`: within the clause (not past `that`). */
const REPORTS_TODAY = /^\s+(?:has\s+|had\s+)?(?:reported|told|informed|said|stated|asked)\b(?:(?!\b(?:that|which|who|when|as)\b)[^.;:!?\n]){0,40}?\b(?:today|yesterday)\b/;
/** The same verbs, the day given before the name: `Today Kim Chaek reported ...`, `Yesterday, Kim Chaek told me ...`. */
const REPORTS = /^\s+(?:has\s+|had\s+)?(?:reported|told|informed|said|stated|asked)\b/;
/** `Today` or `yesterday` opening the clause the name opens (`Today`, `Today,`, `and yesterday`). */
const TODAY_BEFORE = /(?:^|[.;:!?\n]|\band)\s*(?:today|yesterday),?\s+(?:(?:Comrade|Cde\.|General|Marshal|the front commander)\s+)*$/i;
/** Reporting as the text is written, in the present: `Kim Chaek reports that ...`, `informs`, `asks`. */
const REPORTS_NOW = /^\s+(?:reports|informs|says|asks|requests|proposes)\b/;
/** A message relayed to him: `Immediately convey to Comrade Kim Chaek:`, `Transmit to Comrade NAME the following answer`. */
const RELAYED_TO = /\b(?:convey|transmit|pass|hand)(?:\s+(?:the following|this|it))?\s+to\s+(?:(?:Comrade|Cde\.|Comr\.|Com\.)\s+)?$/i;
/** A word before the name that makes it no subject: `the death of`, `about`, `the late`. */
const ABOUT_HIM = /\b(?:of|about|on|for|to|by|from|with|after|the late|late|deceased|death|funeral|memory)\s+(?:(?:Comrade|Cde\.|General|Marshal|the)\s+)*$/i;
