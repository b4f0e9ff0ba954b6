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
