/**
 * `cable.corpus.rareSpelling`: a person written rarely one way and often another across the
 * folder — `Roschin` once, `Roshchin` fourteen times. Only a near-miss (a spelling the gazetteer
 * does not list, close to one it does) is reported: `Mao Tse-tung` beside `Mao Zedong` is a
 * listed romanisation, not a slip, and stays silent.
 */
import { defineCorpusRule, summariesOf, type CorpusFinding } from '../corpusRule';
import type { CorpusChange, CorpusIndex } from '../corpusIndex';
import type { Gazetteer } from '../../gazetteer';

/** The usual spelling must occur at least this often, and this many times more often than the rare one. */
const MIN_COMMON = 3;
const RATIO = 3;
/** At most this many places of the usual spelling are named as related locations. */
const RELATED = 3;

export const rareSpelling = defineCorpusRule({
  code: 'cable.corpus.rareSpelling',
  level: 'information',
  summary: 'a name written rarely one way and often another across the folder (`Roschin` 1× beside `Roshchin` 14×)',
  groups: (index: CorpusIndex) => index.nearMissKeys(),
  /** The near-misses the files wrote, and those whose usual spelling they wrote (its count and places changed). */
  affected(index: CorpusIndex, changes: readonly CorpusChange[]): Iterable<string> {
    const keys = new Set<string>();
    const spellings = new Set<string>();
    for (const s of summariesOf(changes)) {
      for (const n of s.nearMisses) keys.add(n.key);
      for (const m of s.mentions) spellings.add(m.key);
    }
    if (spellings.size) for (const key of index.nearMissKeys()) if (!keys.has(key) && spellings.has(index.nearMissSuggestion(key)!)) keys.add(key);
    return keys;
  },
  *checkGroup(index: CorpusIndex, gazetteer: Gazetteer, key: string): Iterable<CorpusFinding> {
    const rare = index.nearMissesWritten(key);
    if (!rare.length) return;
    const { suggestionKey, entityIds } = rare[0].item;
    // The entity the usual spelling names: the one of the near-miss's candidates written so most often.
    let best: { id: string; count: number } | undefined;
    for (const id of entityIds) {
      const count = index.spellingsOf(id).get(suggestionKey) ?? 0;
      if (!best || count > best.count) best = { id, count };
    }
    if (!best || best.count < MIN_COMMON || best.count < RATIO * rare.length) return;
    // In file and text order, whatever order the files were indexed in.
    const usual = index.mentionsOf(best.id).filter(m => m.item.key === suggestionKey).sort((a, b) =>
      (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.item.range.start.line - b.item.range.start.line || a.item.range.start.character - b.item.range.start.character);
    const files = new Set(usual.map(m => m.uri)).size;
    const written = mostWritten(usual.map(m => m.item.written)) ?? suggestionKey;
    const who = gazetteer.get(best.id)?.canonical ?? best.id;
    for (const { uri, item } of rare) {
      yield {
        uri,
        range: item.range,
        code: 'cable.corpus.rareSpelling',
        message: `'${item.written}' is written ${times(rare.length)} in this folder; '${written}' (${who}) ${times(best.count)} in ${files} ${files === 1 ? 'file' : 'files'}.`,
        related: usual.slice(0, RELATED).map(m => ({ uri: m.uri, range: m.item.range, message: `'${m.item.written}' here` })),
      };
    }
  },
});

/** The form written most often (`Roshchin` 6×, `ROSHCHIN` 2× → `Roshchin`); a tie goes to the first in sort order. */
function mostWritten(forms: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0];
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
