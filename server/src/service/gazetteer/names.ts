/** Normalisation shared by the gazetteer and entity recognition. */

/** Lower case, typographic apostrophes made straight, diacritics removed: `Lüshun` → `lushun`. */
export function foldKey(text: string): string {
  // Most names are printable ASCII with single spaces: for them folding is lower-casing.
  if (isPlainAscii(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’ʼ‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Printable ASCII without a backtick, no blank at either end and no two blanks together: what `foldKey` only lower-cases. */
function isPlainAscii(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return n === 0;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c < 32 || c > 126 || c === 96 || (c === 32 && text.charCodeAt(k - 1) === 32)) return false;
  }
  return true;
}

/**
 * One word of a name written in capitals, in title case: `KOTOV-LEGONKOV` → `Kotov-Legonkov`,
 * `O'NEIL` → `O'Neil`, `STALIN'S` → `Stalin's`. In a given name (a word after the surname,
 * `givenName`) a short syllable after a hyphen stays small, as Chinese and Korean names are
 * written: `HEON-YEONG` → `Heon-yeong`, `TSE-TUNG` → `Tse-tung`. After an apostrophe a letter is
 * capital only when the apostrophe follows a lone vowel (`O'Neil`): a Wade-Giles aspirate
 * (`P'ENG` → `P'eng`, `CH'EN` → `Ch'en`) and a possessive are small.
 */
export function titleCaseWord(word: string, givenName = false): string {
  return word.charAt(0) + word.slice(1).toLowerCase().replace(/([-'’])(\p{Ll})(\p{Ll}*)/gu, (_m, sep: string, c: string, rest: string, at: number) => {
    const capital = sep === '-' ? !(givenName && rest.length <= 4) : at === 0 && /^[AEIOU]$/i.test(word.charAt(0));
    return sep + (capital ? c.toUpperCase() : c) + rest;
  });
}

/** Every word of a name written in capitals in title case (see `titleCaseWord`): `PAK HEON-YEONG` → `Pak Heon-yeong`, `I.V. STALIN` → `I.V. Stalin`. */
export function titleCaseName(name: string): string {
  return name.replace(/\p{L}[\p{L}\p{M}'’-]*/gu, (w: string, at: number) => titleCaseWord(w, /\p{L}\s+$/u.test(name.slice(Math.max(0, at - 8), at))));
}
