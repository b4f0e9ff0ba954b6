/**
 * Spelling similarity for names: an edit distance and a phonetic key tuned for the ways
 * transliterated Russian, Chinese and Korean names drift (`Roshchin`/`Roschin`,
 * `Vyshinsky`/`Vishinsky`, `Kornushina`/`Kornyushina`).
 */
import { rememberedPerWord } from '../memo';

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and adjacent
 * transpositions), giving up once it must exceed `max`: returns `max + 1` then.
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0]!.length <= n) rows = [new Int32Array(n + 16), new Int32Array(n + 16), new Int32Array(n + 16)];
  // three rows reused from call to call: the one before the previous (for transpositions), the previous, the current
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[n]!;
}

let rows: Int32Array[] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * A coarse sound key: spellings that a typist or a second transliteration scheme would produce
 * for the same sound share it. `Roshchin` and `Roschin` give `rosin`; `Vyshinsky`, `Vishinsky`
 * and `Vyshinskii` give `visinski`.
 */
export const phoneticKey: (word: string) => string = rememberedPerWord((word) => soundOf(word));

function soundOf(word: string): string {
  let s = word.toLowerCase().replace(/['’\-\s.]/g, '');
  s = s
    .replace(/shch|sch|tch/g, 's')
    .replace(/sh|zh|ch|kh/g, (m) => (m === 'kh' ? 'h' : 's'))
    .replace(/ts|tz|c(?=[eiy])/g, 's')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/[yj]/g, 'i')
    .replace(/ie|iy|ii|ei/g, 'i')
    .replace(/iu|yu|ou/g, 'u')
    .replace(/ia|ya/g, 'a')
    .replace(/ck|q|c/g, 'k')
    .replace(/x/g, 's')
    .replace(/(.)\1+/g, '$1');
  return s;
}

/** True when two different spellings are close enough to be one name mistyped. */
export function isNearMiss(a: string, b: string): boolean {
  if (a === b) return false;
  const len = Math.min(a.length, b.length);
  const d = editDistance(a, b, 2);
  if (d <= 1) return len >= 5;
  if (d === 2) return len >= 7 && phoneticKey(a) === phoneticKey(b);
  return false;
}
