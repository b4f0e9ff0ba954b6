/** Normalisation shared by the gazetteer and entity recognition. */

/** Lower case, typographic apostrophes made straight, diacritics removed: `Lüshun` → `lushun`. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’ʼ‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
