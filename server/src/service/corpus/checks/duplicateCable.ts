/**
 * `cable.corpus.duplicateCable`: the same cable twice in the folder — the same number, the same
 * channel (origin → destination) and the same date — as when one export was saved under two
 * names. Two cables that share only a number (numbers restart each year and in each office) are
 * not duplicates.
 */
import { changedCables } from '../changes';
import { defineCorpusRule, MAX_RELATED, type CorpusFinding } from '../corpusRule';
import type { CorpusChange } from '../corpusIndex';
import type { CorpusIndex, Located } from '../corpusIndex';
import type { CableSummary } from '../types';
import { copyKey } from '../../references/resolveReference';
import { formatReferenceDate } from '../../references/referenceChecks';

export const duplicateCable = defineCorpusRule({
  code: 'cable.corpus.duplicateCable',
  level: 'information',
  summary: 'the same cable (number, channel and date) in two places of the folder',
  groups: (index: CorpusIndex) => index.cableNumbers(),
  affected(_index: CorpusIndex, changes: readonly CorpusChange[]): Iterable<string> {
    const numbers = new Set<string>();
    for (const change of changes) for (const c of changedCables(change)) if (c.number) numbers.add(c.number);
    return numbers;
  },
  *checkGroup(index: CorpusIndex, _gazetteer, number: string): Iterable<CorpusFinding> {
    if (index.cableCount(number) < 2) return;
    const groups = new Map<string, Located<CableSummary>[]>();
    for (const hit of index.cablesNumbered(number)) {
      const key = copyKey(hit.item);
      if (key === undefined) continue; // without a date, a shared number says too little
      const list = groups.get(key) ?? [];
      list.push(hit);
      groups.set(key, list);
    }
    for (const same of groups.values()) {
      if (same.length < 2) continue;
      for (const { uri, item } of same) {
        const others = same.filter(o => o.uri !== uri || o.item.index !== item.index);
        yield {
          uri,
          range: item.headerRange,
          code: 'cable.corpus.duplicateCable',
          message: `Cable N° ${number} of ${copyDescription(item)} is also in ${others.length === 1 ? 'another place' : `${others.length} other places`} of this folder.`,
          related: others.slice(0, MAX_RELATED).map(o => ({ uri: o.uri, range: o.item.headerRange, message: 'the same cable here' })),
        };
      }
    }
  },
});

/**
 * The day and channel a copy is reported under: `1951-07-01 (Beijing → Moscow)`, or for a cable that
 * writes no year `30 June (Moscow → Beijing; no year written)`.
 */
function copyDescription(c: CableSummary): string {
  const day = c.date !== undefined ? c.date.slice(0, 10) : formatReferenceDate(c.yearless!.slice(0, 7));
  const notes = [c.from || c.to ? `${c.from ?? '?'} → ${c.to ?? '?'}` : undefined, c.date === undefined ? 'no year written' : undefined].filter(Boolean);
  return notes.length ? `${day} (${notes.join('; ')})` : day;
}
