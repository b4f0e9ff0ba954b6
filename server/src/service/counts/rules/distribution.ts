import { defineRule } from '../../analysis/rule';
import { copiesPhrase, copyCountsOf, listedCopies } from '../copies';

/** A line that is only a count of copies: `11 copies`, `Eleven copies.` */
const BARE_COUNT = /^[ \t]*\w+[ \t]+copies[ \t]*\.?[ \t]*$/i;

export const rule = defineRule({
  code: 'cable.count.distribution',
  level: 'information',
  summary: 'a distribution list naming more copies than were printed, or a different number than it states',
  *check({ parsed }) {
    const text = parsed.text;
    const { printed, distributions } = copyCountsOf(parsed);
    // A list that states its own length (`Distribution list - 11 copies: ...`) and names a different
    // number of copies: CABLE-FORMAT §6 asks for a note, not a failure (real lists do fall short).
    for (const list of distributions) {
      const listed = listedCopies(list);
      if (!listed || list.statedCount === undefined || list.statedCount === listed) continue;
      yield {
        code: 'cable.count.distribution',
        span: list.span,
        message: `The distribution list names ${listed} copies but states ${list.statedCount}.`,
      };
    }
    if (!printed) return;
    for (const list of distributions) {
      const listed = listedCopies(list);
      // `11 copies` right above `Distribution list:` is the list's own count: a list that falls short of it is noted (§6)
      // (only a bare count: `Seven copies printed. Nº 7 to file` above a list accounts for a copy the list leaves out)
      const heads = list.statedCount === undefined && printed.span.end <= list.span.start && /^[ \t.]*\r?\n[ \t]*$/.test(text.slice(printed.span.end, list.span.start))
        && BARE_COUNT.test(text.slice(text.lastIndexOf('\n', printed.span.start) + 1, printed.span.end));
      if (listed && heads && listed < printed.count) {
        yield {
          code: 'cable.count.distribution',
          span: list.span,
          message: `The distribution list names ${listed} copies, under ${printed.count} copies stated above it.`,
          related: [{ span: printed.span, message: `${printed.count} copies` }],
        };
        continue;
      }
      // Fewer names than copies is normal (file copies go unlisted, as in the seed); more is not. A list
      // that states its own count and names as many (`Distribution list - 9 copies: Stalin - 2, ...` over
      // `Seven copies printed`) says so twice; one that names another number was noted above.
      if (!listed || (list.statedCount !== undefined && list.statedCount !== listed) || listed <= printed.count) continue;
      yield {
        code: 'cable.count.distribution',
        span: printed.span,
        message: `${listed} copies are listed in the distribution, but only ${copiesPhrase(printed.count)} ${printed.count === 1 ? 'was' : 'were'} printed.`,
        related: [{ span: list.span, message: `distribution list (${listed})` }],
      };
    }
  },
});
