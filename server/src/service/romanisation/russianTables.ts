/**
 * Russian names in Latin letters. English practice (BGN/PCGN, the Library of Congress table,
 * Wikipedia's, and the common English forms: `Vyshinsky`, `Vyshinskii`, `Vyshinskiy`) and German
 * practice (`Wyschinski`, `Schukow`, `Chruschtschow`) are each read back to one sound skeleton;
 * Cyrillic is first written in Latin letters (`cyrillicToLatin`) and read as English practice.
 *
 * Each list is applied in order, a pattern at a time, to lower-case letters without diacritics.
 * Capitals in a replacement are skeleton sounds no later rule rewrites: `S` for ш, щ and ж (the
 * German `sch` writes both ш and ж, `sh` ж), `C` for ч, `H` for х.
 */
export type RussianReading = 'russian-english' | 'russian-german';

export const RUSSIAN_READINGS: Record<RussianReading, readonly (readonly [RegExp, string])[]> = {
  'russian-english': [
    [/shch|sch/g, 'S'],
    [/zh|sh/g, 'S'],
    [/kh/g, 'H'],
    [/tch|ch/g, 'C'],
    [/ts|tz/g, 'c'],
    [/x/g, 'ks'],
    [/w/g, 'v'],
    [/h/g, 'H'],
  ],
  'russian-german': [
    [/schtsch/g, 'S'],
    [/tsch/g, 'C'],
    [/sch|sh/g, 'S'],
    [/ch/g, 'H'],
    [/z/g, 'c'],
    [/ts/g, 'c'],
    [/v/g, 'f'],
    [/w/g, 'v'],
    [/j/g, 'y'],
    [/ss/g, 's'],
    [/h/g, 'H'],
  ],
};

/** After either reading: vowels and glides that the schemes write differently. */
export const RUSSIAN_VOWELS: readonly (readonly [RegExp, string])[] = [
  [/ff$/g, 'v'], //        Smirnoff
  [/[yj]/g, 'i'], //       й, ы and the glide of я ю е ё
  [/ie/g, 'e'], //         Vasilievich, Vasilyevich, Vasil'evich
  [/i([aou])/g, '$1'], //  Yakov/Iakov/Jakow, Yudin/Iudin
  [/(.)\1+/g, '$1'], //    Vyshinskii: doubled letters
];
