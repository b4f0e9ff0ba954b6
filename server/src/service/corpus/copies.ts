/**
 * One cable saved twice — a second copy, a retranslation: the same number, channel and date
 * (`copyKey`) — is one cable. Where the corpus must show or open one of its copies (a citation's
 * link, the timeline's mark) it takes the same one every time: a file not named as a copy
 * (`…-second-copy.cable`, `… copy 2.cable`, `…-retranslation.cable`) before one that is, then the
 * first in path order, then the first in its file.
 */
import { copyKey } from '../references/resolveReference';
import type { CorpusIndex, Located } from './corpusIndex';
import type { CableSummary } from './types';

/** A file name that says it is a copy of another: `-second-copy`, ` copy 2` at its end, `_duplicate`, `-retranslation`, `(1)`. */
const MARKED_AS_COPY = /(?:^|[-_ .(])(?:(?:second|2nd|third|3rd|other|another)[-_ ]?copy|duplicate|dup|retranslat\w*|re-translat\w*)(?=$|[-_ .)])|[-_ ]copy(?:[-_ ]?\d+)?$|\(\d+\)$/i;

/** Whether the file's name (without folder and extension) marks it as a copy of another file. */
export function markedAsCopy(uri: string): boolean {
  const name = decodeURIComponentSafe(uri.slice(uri.lastIndexOf('/') + 1)).replace(/\.[^.]*$/, '').trim();
  return MARKED_AS_COPY.test(name);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The order of the copies of one cable: the one to show first comes first. */
export function byPreference(a: Located<CableSummary>, b: Located<CableSummary>): number {
  return Number(markedAsCopy(a.uri)) - Number(markedAsCopy(b.uri))
    || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)
    || a.item.index - b.item.index;
}

/**
 * The cables in their order, except that the copies of one cable stand together at the place of
 * the first of them, the preferred copy first. Cables without a copy keep their places.
 */
export function preferredCopiesFirst<T extends Located<CableSummary>>(cables: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const c of cables) {
    const key = copyKey(c.item);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  if ([...groups.values()].every(g => g.length < 2)) return [...cables];
  const out: T[] = [];
  const placed = new Set<string>();
  for (const c of cables) {
    const key = copyKey(c.item);
    const group = key === undefined ? undefined : groups.get(key);
    if (!group || group.length < 2) out.push(c);
    else if (!placed.has(key!)) {
      placed.add(key!);
      out.push(...[...group].sort(byPreference));
    }
  }
  return out;
}

/**
 * Every cable of the index once: each with its other copies (none for most), the preferred copy
 * standing for the rest. In index order of the preferred copies.
 */
export function cablesOnce(index: CorpusIndex): { cable: Located<CableSummary>; copies: Located<CableSummary>[] }[] {
  const groups = new Map<string, Located<CableSummary>[]>();
  const order: (Located<CableSummary>[])[] = [];
  for (const file of index.all()) {
    for (const item of file.cables) {
      const hit = { uri: file.uri, item };
      const key = copyKey(item);
      const group = key === undefined ? undefined : groups.get(key);
      if (group) group.push(hit);
      else {
        const fresh = [hit];
        if (key !== undefined) groups.set(key, fresh);
        order.push(fresh);
      }
    }
  }
  return order.map(group => {
    const [cable, ...copies] = group.length > 1 ? group.sort(byPreference) : group;
    return { cable: cable!, copies };
  });
}
