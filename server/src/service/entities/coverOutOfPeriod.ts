/**
 * Whether a cover name is written out of its period, as both the note `cable.name.coverOutOfPeriod`
 * and the cover name's hover say it: one judgement, so that the hover's "but not on <date>" and
 * the note appear on the same names.
 */
import type { ChronologyMention } from '../chronology';
import type { PartialDate } from '../types';
import { afterExactEnd, coverNameInUse, coverNameOutOfPeriod, monthsOutside } from './dates';
import { sentenceAround, sentenceDatedWithin } from './datedSentence';
import { dayAfterDeath, deadCorrespondent } from './deadCorrespondent';
import { writersOwnName } from './recognize';
import { dateAt } from './textDates';
import type { Pseudonym } from '../gazetteer/types';
import type { EntityAnalysis, EntityMention } from './types';

/** A cover name out of its period: the name's period, and the date of the text it is written in. */
export interface CoverOutOfPeriod {
  readonly pseudonym: Pseudonym;
  readonly date: PartialDate;
}

/**
 * A cover name and the date of the text it is written in (a quoted telegram's, else the cable's),
 * when that date lies outside the name's period by more than a season (`coverNameInUse`), or after an end
 * known to the day (`FILIPPOV` on 21 March 1953); undefined when the name fits its date or the text
 * says otherwise. Not out of its period: a name read as its man only in doubt between him and
 * another bearer; another's name cited or glossed (`writersOwnName`); a dead man addressed or
 * signing (`cable.name.afterDeath` says that), or written the day after the death that ended it; a name in a sentence that dates it within its period
 * (`the letter of Feng Xi of 8 October 1950`, read in `dates`, the chronology's mentions).
 */
export function coverNameOutOfItsPeriod(m: EntityMention, entities: EntityAnalysis, dates: readonly ChronologyMention[]): CoverOutOfPeriod | undefined {
  const { via, pseudonym } = m.resolution.best;
  if (via !== 'pseudonym' || !pseudonym || (m.resolution.confidence === 'uncertain' && m.resolution.alternatives.length > 0)) return undefined;
  const context = entities.context;
  const date = dateAt(context, m.span.start);
  if (!date || !coverNameOutOfPeriod(pseudonym, date)) return undefined;
  const exact = afterExactEnd(date, pseudonym.to);
  // the look at the text around the name last: few names are cover names out of their period
  if (!writersOwnName(m, entities.text) || (exact && deadCorrespondent(m, context, entities.text))) return undefined;
  // (a name that ended with its man's death, written the day after: that day may precede the death on Moscow's clock, or its news)
  const died = m.resolution.best.entry.diedOn;
  if (exact && died !== undefined && died === pseudonym.to && dayAfterDeath(died, date)) return undefined;
  const inUse = (d: PartialDate) => exact ? !afterExactEnd(d, pseudonym.to) && monthsOutside(d, pseudonym.from, pseudonym.to) === 0 : coverNameInUse(pseudonym, d);
  return sentenceDatedWithin(entities.text, sentenceAround(entities.text, m.fullSpan.start, m.span.end, true), dates, inUse) ? undefined : { pseudonym, date };
}
