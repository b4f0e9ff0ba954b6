/**
 * `FYN SI` in a Pyongyang cable of June 1952, `SEMENOV [Stalin]` in July 1950: a cover name read as
 * its man (by the editor's gloss, by the address or the channel) in a text dated outside the years
 * the gazetteer's sources give it, by more than a season (`coverNameInUse`). Either the date slipped, or the name
 * was in use longer than the sources say: information for the reader to weigh, not a warning. The
 * date is the text's own (a quoted telegram's, else the cable's), and a sentence that dates the name
 * in its period (`the letter of Feng Xi of 8 October 1950`) is of that time. An editor's bracket, a
 * gloss and a citation of another telegram are never checked; nor is a name the editor marks `[sic]`.
 * A cover name that addresses or signs after its man's death (`To Comrade FILIPPOV.` in April 1953)
 * is a warning of its own (`cable.name.afterDeath`), not this note.
 */
import { defineRule } from '../../analysis/rule';
import { afterExactEnd, coverNameInUse, coverNameOutOfPeriod, formatDate, formatPeriod, monthsOutside } from '../dates';
import { writersOwnName } from '../recognize';
import { dateAt, inDatedText } from '../textDates';
import { sentenceAround, sentenceDatedWithin } from '../datedSentence';
import { deadCorrespondent } from '../deadCorrespondent';
import type { PartialDate } from '../../types';

export const rule = defineRule({
  code: 'cable.name.coverOutOfPeriod',
  level: 'information',
  summary: 'a cover name in a cable dated outside the years the gazetteer gives it (`FYN SI` in 1952), or a day after an end it knows to the day (`FILIPPOV` on 21 March 1953, after Stalin\'s death)',
  *check({ entities, chronology }) {
    const context = entities.context;
    if (context.date?.year === undefined && context.datedTexts === undefined) return;
    for (const m of entities.mentions) {
      const { via, pseudonym, entry } = m.resolution.best;
      // read as its man (uncertain only for the date itself: no one else bears the name)
      if (via !== 'pseudonym' || !pseudonym || (m.resolution.confidence === 'uncertain' && m.resolution.alternatives.length > 0)) continue;
      // a quoted telegram's `FYN SI` is of the quotation's date
      const date = dateAt(context, m.span.start);
      // (an end known to the day, such as the day the man died, is passed by a day: `FILIPPOV` on 21 March 1953)
      if (!coverNameOutOfPeriod(pseudonym, date)) continue;
      const exact = afterExactEnd(date, pseudonym.to);
      // the look at the text around the name last: few names are cover names out of their period
      if (!writersOwnName(m, entities.text) || (exact && deadCorrespondent(m, context, entities.text))) continue;
      // `the letter of Feng Xi of 8 October 1950`: the sentence dates the name in its period
      const inUse = (d: PartialDate) => exact ? !afterExactEnd(d, pseudonym.to) && monthsOutside(d, pseudonym.from, pseudonym.to) === 0 : coverNameInUse(pseudonym, d);
      if (sentenceDatedWithin(entities.text, sentenceAround(entities.text, m.fullSpan.start, m.span.end, true), chronology.mentions, inUse)) continue;
      yield {
        code: 'cable.name.coverOutOfPeriod',
        span: m.span,
        message: `'${m.name}' was a cover name of ${entry.canonical} ${formatPeriod(pseudonym.from, pseudonym.to)} in the gazetteer's sources, but ${inDatedText(context, m.span.start) ? 'the text it is in' : 'this document'} is dated ${formatDate(date)}.`,
      };
    }
  },
});
