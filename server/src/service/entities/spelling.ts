/**
 * Spelling similarity for names: an edit distance and a phonetic key tuned for the ways
 * transliterated Russian, Chinese and Korean names drift (`Roshchin`/`Roschin`,
 * `Vyshinsky`/`Vishinsky`, `Kornushina`/`Kornyushina`).
 */

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and adjacent
 * transpositions), giving up once it must exceed `max`: returns `max + 1` then.
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/**
 * A coarse sound key: spellings that a typist or a second transliteration scheme would produce
 * for the same sound share it. `Roshchin` and `Roschin` give `rosin`; `Vyshinsky`, `Vishinsky`
 * and `Vyshinskii` give `visinski`.
 */
export function phoneticKey(word: string): string {
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
