/**
 * `To Comrade STALIN I.V.` in a cable received on 3 April 1953: a man addressed, greeted, signing or
 * speaking in a record of conversation (`Stalin: What does ...`) in a text dated after the day the
 * gazetteer knows he died (`deadCorrespondent`), or reporting
 * `today` or `yesterday` (`Kim Chaek reported to Kim Il Sung today`, `deadReporter`). A mention of him
 * (`the late Ren Bishi`, `Stalin's instructions`) is no finding; a cover name so used is reported
 * here rather than as a cover name out of its period.
 */
import { defineRule } from '../../analysis/rule';
import { formatDate } from '../dates';
import { deadCorrespondent, deadReporter } from '../deadCorrespondent';

/** How the message says what the dead man does in the text. */
const ACTS: Readonly<Record<string, string>> = { addressee: 'addressed', salutation: 'greeted', signature: 'signing', turn: 'speaking', report: 'reporting on this text\'s day' };

export const rule = defineRule({
  code: 'cable.name.afterDeath',
  level: 'warning',
  summary: 'a man addressed, greeted, signing or reporting `today` in a text dated after the day of his death (`To Comrade STALIN I.V.` or `To Comrade FILIPPOV.` on 3 April 1953, `Kim Chaek reported today` in March 1951)',
  *check({ entities }) {
    const context = entities.context;
    if (context.date?.year === undefined && context.datedTexts === undefined) return;
    for (const m of entities.mentions) {
      const dead = deadCorrespondent(m, context, entities.text) ?? deadReporter(m, context, entities.text);
      if (!dead) continue;
      yield {
        code: 'cable.name.afterDeath',
        span: m.span,
        message: `'${m.name}' (${dead.canonical}) is ${ACTS[dead.cue]} here, but he died on ${dead.died}; this text is dated ${formatDate(dead.date)}.`,
      };
    }
  },
});
