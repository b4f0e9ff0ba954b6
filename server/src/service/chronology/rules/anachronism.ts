/**
 * `the Presidium of the CC CPSU` in a cable of March 1951: a name written in a year it was not in
 * use. The gazetteer dates such names (`CPSU`, `CPSS` and `Presidium of the CC` from October 1952,
 * when the 19th Congress renamed the party and its Politburo; `VKP(b)` until then). The date of the
 * text the name is in decides (a quoted telegram's own, else the cable's), unless the name's own
 * sentence dates it in its time (`the decision of the VKP(b) CC of 27 February 1951`), or it is an
 * old name within two months of its end (printed forms outlived the renaming). An editor's
 * bracket, a gloss and a collection's title are the editor's words, in the editor's time, and are
 * never checked; nor is a name the editor marks `[sic]`.
 */
import { defineRule } from '../../analysis/rule';
import { dateFit, formatDate, formatPeriod, monthsOutside } from '../../entities/dates';
import type { RoleEnd } from '../../gazetteer/types';
import { writersOwnName } from '../../entities/recognize';
import { dateAt, inDatedText } from '../../entities/textDates';
import { sentenceAround, sentenceDatedWithin } from '../../entities/datedSentence';
import type { PartialDate } from '../../types';

export const rule = defineRule({
  code: 'cable.date.anachronism',
  level: 'warning',
  summary: 'a name written in a year it was not in use (`CPSU` in a cable of 1951)',
  *check({ entities, chronology }) {
    const context = entities.context;
    if (context.date?.year === undefined && context.datedTexts === undefined) return;
    for (const m of entities.mentions) {
      // the name's dates first: most names have none, and the look at the text around it is dearer
      const { form, entry } = m.resolution.best;
      if (form.from === undefined && form.to === undefined) continue;
      // a quoted text's names are of its date
      const date = dateAt(context, m.span.start);
      if (dateFit(date, form.from, form.to) !== 'out' || lingering(date!, form.to)) continue;
      // `CPSS [sic]`, `VKP(b) [CPSU]`: the editor's mark or words
      if (!writersOwnName(m, entities.text)) continue;
      // `the decision of the Politburo of the VKP(b) CC of 27 February 1951`, written in 1953: the sentence dates the name in its time
      const inUse = (d: PartialDate) => dateFit(d, form.from, form.to) !== 'out';
      if (sentenceDatedWithin(entities.text, sentenceAround(entities.text, m.fullSpan.start, m.span.end, true), chronology.mentions, inUse)) continue;
      yield {
        code: 'cable.date.anachronism',
        span: m.span,
        message: `'${m.name}' names ${entry.canonical} only ${formatPeriod(form.from, form.to)}, but ${inDatedText(context, m.span.start) ? 'the text it is in' : 'this document'} is dated ${formatDate(date!)}.`,
      };
    }
  },
});

/** An old name outlives its end by a few months on printed forms and in habit: `VKP(b) CC` on a letterhead of November 1952. */
const LINGER_MONTHS = 2;

function lingering(date: PartialDate, to: RoleEnd | undefined): boolean {
  if (to === undefined) return false;
  const after = monthsOutside(date, undefined, to);
  return after > 0 && after <= LINGER_MONTHS;
}
