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
import { formatDate, formatPeriod } from '../dates';
import { coverNameOutOfItsPeriod } from '../coverOutOfPeriod';
import { inDatedText } from '../textDates';

export const rule = defineRule({
  code: 'cable.name.coverOutOfPeriod',
  level: 'information',
  summary: 'a cover name in a cable dated outside the years the gazetteer gives it (`FYN SI` in 1952), or a day after an end it knows to the day (`FILIPPOV` on 21 March 1953, after Stalin\'s death)',
  *check({ entities, chronology }) {
    const context = entities.context;
    if (context.date?.year === undefined && context.datedTexts === undefined) return;
    for (const m of entities.mentions) {
      const out = coverNameOutOfItsPeriod(m, entities, chronology.mentions);
      if (!out) continue;
      yield {
        code: 'cable.name.coverOutOfPeriod',
        span: m.span,
        message: `'${m.name}' was a cover name of ${m.resolution.best.entry.canonical} ${formatPeriod(out.pseudonym.from, out.pseudonym.to)} in the gazetteer's sources, but ${inDatedText(context, m.span.start) ? 'the text it is in' : 'this document'} is dated ${formatDate(out.date)}.`,
      };
    }
  },
});
