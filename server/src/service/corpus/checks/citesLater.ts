/**
 * `cable.corpus.citesLater`: a reference by number that resolves to one cable, dated on a later day
 * than the cable that cites it — a misread number, or the wrong cable in the folder. Days, not
 * times: the two dates may be read on clocks hours apart (Beijing and Moscow).
 *
 * A citation that writes its date (`your telegram of 28 November`, `No. 3702 of 28 November`) is
 * left to the document's own rule, `cable.date.referenceAfter`, so that one slip gets one warning.
 * That rule is the right one there: such a citation resolves only to a cable of the day it writes,
 * so the cited cable is later exactly when the written date is, which the text alone shows — the
 * rule reports it on the date itself, reads the cable's clocks and year, and does so whether or not
 * the folder holds the cited telegram. Only the date of a telegram cited by number alone needs the folder.
 */
import { citedAfterCiting, distinctCables } from '../../references/referenceChecks';
import { defineCorpusRule, type CorpusFinding } from '../corpusRule';
import type { CorpusIndex } from '../corpusIndex';
import { citingFilesAffected, resolveFileReferences } from '../links';

export const citesLater = defineCorpusRule({
  code: 'cable.corpus.citesLater',
  level: 'warning',
  summary: 'a reference to a telegram by number (`your telegram No. 3153`) that resolves to a cable dated after the one citing it (a citation that writes its date: `cable.date.referenceAfter`)',
  groups: (index: CorpusIndex) => index.uris(),
  affected: citingFilesAffected,
  *checkGroup(index: CorpusIndex, _gazetteer, uri: string): Iterable<CorpusFinding> {
    const file = index.get(uri);
    for (const { reference, citing, cited } of file ? resolveFileReferences(index, file) : []) {
      if (reference.date !== undefined) continue; // its date is checked in the text (see above)
      const distinct = distinctCables(cited, c => c.item);
      if (distinct.length !== 1) continue; // none: silent; several: an ambiguity, reported as such
      const [match] = distinct; // of copies of one cable, the first
      const later = citedAfterCiting(reference, citing, match.item);
      if (!later) continue;
      yield {
        uri,
        range: reference.range,
        code: 'cable.corpus.citesLater',
        message: later.message,
        related: [{ uri: match.uri, range: match.item.headerRange, message: 'the cited cable' }],
      };
    }
  },
});
