/**
 * `cable.corpus.ambiguousReference`: a reference that two or more cables of the folder answer —
 * the same number in two channels, or on two days. Each cable is a related location. One cable
 * saved twice (`No. 4712` when both translations of Mao's telegram are in the folder) is one cable:
 * `cable.corpus.duplicateCable` says so. An unresolved reference is silent: the folder need not
 * hold every telegram cited.
 */
import { ambiguousReference as describeAmbiguity } from '../../references/referenceChecks';
import { defineCorpusRule, MAX_RELATED, type CorpusFinding } from '../corpusRule';
import type { CorpusIndex } from '../corpusIndex';
import { citingFilesAffected, resolveFileReferences } from '../links';

export const ambiguousReference = defineCorpusRule({
  code: 'cable.corpus.ambiguousReference',
  level: 'information',
  summary: 'a reference to a telegram that two or more cables of the folder match, each listed',
  groups: (index: CorpusIndex) => index.uris(),
  affected: citingFilesAffected,
  *checkGroup(index: CorpusIndex, _gazetteer, uri: string): Iterable<CorpusFinding> {
    const file = index.get(uri);
    for (const { reference, cited } of file ? resolveFileReferences(index, file) : []) {
      const finding = describeAmbiguity(reference, cited.map(c => c.item));
      if (!finding) continue;
      yield {
        uri,
        range: reference.range,
        code: 'cable.corpus.ambiguousReference',
        message: finding.message,
        related: cited.slice(0, MAX_RELATED).map(c => ({ uri: c.uri, range: c.item.headerRange, message: `matches ${c.item.title}` })),
      };
    }
  },
});
