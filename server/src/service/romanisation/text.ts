/** Letter-level helpers shared by the romanisation readers. */

/** Lower case without diacritics and without apostrophes or aspiration marks: `P'eng` → `peng`, `Hŏn` → `hon`. */
export function plainLetters(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼ‘ʻ`]/g, '')
    .toLowerCase();
}

/** Does the text hold Cyrillic letters? */
export function isCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}

/**
 * The words of a written name: spaces (and line breaks) separate words, hyphens join the parts of
 * one word (`Tse-tung`, `Il-sŏng`). Empty when it holds anything but letters, apostrophes,
 * hyphens and spaces.
 */
export function nameWords(written: string): string[][] {
  const trimmed = written.trim();
  if (!/^[\p{L}\p{M}'’ʼ‘ʻ`\-‐‑\s]+$/u.test(trimmed)) return [];
  return trimmed
    .split(/\s+/)
    .map((w) => w.split(/[-‐‑]+/).filter(Boolean))
    .filter((parts) => parts.length > 0);
}

/** Every way to cut `word` into pieces found in `pieces` (longest piece first), at most `limit` ways. */
export function segmentations(word: string, pieces: ReadonlyMap<string, unknown>, longest: number, limit = 8): string[][] {
  const out: string[][] = [];
  const memoDead = new Set<number>();
  const path: string[] = [];
  const walk = (at: number): boolean => {
    if (at === word.length) {
      out.push([...path]);
      return true;
    }
    if (memoDead.has(at)) return false;
    let any = false;
    for (let len = Math.min(longest, word.length - at); len >= 1 && out.length < limit; len--) {
      const piece = word.slice(at, at + len);
      if (!pieces.has(piece)) continue;
      path.push(piece);
      if (walk(at + len)) any = true;
      path.pop();
    }
    if (!any) memoDead.add(at);
    return any;
  };
  walk(0);
  return out;
}

/** Cyrillic to Latin letters the way English translations of Russian documents write them. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

export function cyrillicToLatin(text: string): string {
  let out = '';
  for (const c of text.toLowerCase()) out += CYRILLIC[c] ?? c;
  return out;
}
