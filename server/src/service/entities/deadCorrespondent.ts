/**
 * A man who writes or is written to after the day of his death: `To Comrade STALIN I.V.` or `To
 * Comrade FILIPPOV.` in a cable of 3 April 1953, a telegram signed `KIM CHAEK` in March 1951. A
 * cable may speak of a dead man (`the late Ren Bishi`, `Stalin's instructions`), but none is sent
 * to him or by him: the date or the name has slipped. Only a death the gazetteer knows to the day
 * counts, and only the text's own date (a quoted telegram's, else the cable's).
 */
import type { PartialDate } from '../types';
import { diedBefore } from './dates';
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
  if (!slot) return undefined;
  const date = dateAt(context, m.span.start);
  const died = date && diedBefore({ diedOn: entry.diedOn }, date);
  if (!date || died === undefined || !writersOwnName(m, text)) return undefined;
  return { canonical: entry.canonical, died, date, cue: slot.cue };
}
