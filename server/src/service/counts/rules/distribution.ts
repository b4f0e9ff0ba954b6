import { defineRule } from '../../analysis/rule';
import { copyCountsOf, listedCopies } from '../copies';

export const rule = defineRule({
  code: 'cable.count.distribution',
  level: 'information',
  summary: 'a distribution list naming more copies than were printed, or a different number than it states',
  *check({ parsed }) {
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
      // Fewer names than copies is normal (file copies go unlisted, as in the seed); more is not.
      if (!listed || list.statedCount !== undefined || listed <= printed.count) continue;
      yield {
        code: 'cable.count.distribution',
        span: printed.span,
        message: `${listed} copies are listed in the distribution, but only ${printed.count} copies were printed.`,
        related: [{ span: list.span, message: `distribution list (${listed})` }],
      };
    }
  },
});
