/**
 * `cable.corpus.citesLater`: a reference that resolves to one cable, dated on a later day than the
 * cable that cites it — a misread number or date, or the wrong cable in the folder. Days, not
 * times: the two dates may be read on clocks hours apart (Beijing and Moscow).
 */
import { citedAfterCiting, distinctCables } from '../../references/referenceChecks';
import { defineCorpusRule, type CorpusFinding } from '../corpusRule';
import type { CorpusIndex } from '../corpusIndex';
import { citingFilesAffected, resolveFileReferences } from '../links';

export const citesLater = defineCorpusRule({
  code: 'cable.corpus.citesLater',
  level: 'warning',
  summary: 'a reference to a telegram (`your telegram No. 3153`) that resolves to a cable dated after the one citing it',
  groups: (index: CorpusIndex) => index.uris(),
  affected: citingFilesAffected,
  *checkGroup(index: CorpusIndex, _gazetteer, uri: string): Iterable<CorpusFinding> {
    const file = index.get(uri);
    for (const { reference, citing, cited } of file ? resolveFileReferences(index, file) : []) {
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
