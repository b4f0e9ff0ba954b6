/**
 * `the Presidium of the CC CPSU` in a cable of March 1951: a name written in a year it was not in
 * use. The gazetteer dates such names (`CPSU`, `CPSS` and `Presidium of the CC` from October 1952,
 * when the 19th Congress renamed the party and its Politburo); the cable's own date decides. An
 * editor's bracket, a gloss and a collection's title are the editor's words, in the editor's time,
 * and are never checked; nor is a name the editor marks `[sic]`.
 */
import { defineRule } from '../../analysis/rule';
import { dateFit, formatDate, formatPeriod } from '../../entities/dates';
import { writersOwnName } from '../../entities/recognize';

export const rule = defineRule({
  code: 'cable.date.anachronism',
  level: 'warning',
  summary: 'a name written in a year it was not in use (`CPSU` in a cable of 1951)',
  *check({ entities }) {
    const date = entities.context.date;
    if (date?.year === undefined) return;
    for (const m of entities.mentions) {
      // the name's dates first: most names have none, and the look at the text around it is dearer
      const { form, entry } = m.resolution.best;
      if ((form.from === undefined && form.to === undefined) || dateFit(date, form.from, form.to) !== 'out') continue;
      // `CPSS [sic]`, `VKP(b) [CPSU]`: the editor's mark or words
      if (!writersOwnName(m, entities.text)) continue;
      yield {
        code: 'cable.date.anachronism',
        span: m.span,
        message: `'${m.name}' names ${entry.canonical} only ${formatPeriod(form.from, form.to)}, but this document is dated ${formatDate(date)}.`,
      };
    }
  },
});
