/**
 * `the Presidium of the CC CPSU` in a cable of March 1951: a name written in a year it was not in
 * use. The gazetteer dates such names (`CPSU`, `CPSS` and `Presidium of the CC` from October 1952,
 * when the 19th Congress renamed the party and its Politburo); the date of the text the name is in decides (a quoted telegram's own, else the cable's). An
 * editor's bracket, a gloss and a collection's title are the editor's words, in the editor's time,
 * and are never checked; nor is a name the editor marks `[sic]`.
 */
import { defineRule } from '../../analysis/rule';
import { dateFit, formatDate, formatPeriod } from '../../entities/dates';
import { writersOwnName } from '../../entities/recognize';
import { dateAt, inDatedText } from '../../entities/textDates';

export const rule = defineRule({
  code: 'cable.date.anachronism',
  level: 'warning',
  summary: 'a name written in a year it was not in use (`CPSU` in a cable of 1951)',
  *check({ entities }) {
    const context = entities.context;
    if (context.date?.year === undefined && context.datedTexts === undefined) return;
    for (const m of entities.mentions) {
      // the name's dates first: most names have none, and the look at the text around it is dearer
      const { form, entry } = m.resolution.best;
      if (form.from === undefined && form.to === undefined) continue;
      // a quoted text's names are of its date
      const date = dateAt(context, m.span.start);
      if (dateFit(date, form.from, form.to) !== 'out') continue;
      // `CPSS [sic]`, `VKP(b) [CPSU]`: the editor's mark or words
      if (!writersOwnName(m, entities.text)) continue;
      yield {
        code: 'cable.date.anachronism',
        span: m.span,
        message: `'${m.name}' names ${entry.canonical} only ${formatPeriod(form.from, form.to)}, but ${inDatedText(context, m.span.start) ? 'the text it is in' : 'this document'} is dated ${formatDate(date!)}.`,
      };
    }
  },
});
