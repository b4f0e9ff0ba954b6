import type { RomanisationSystem } from '../gazetteer/types';

const LABELS: Record<RomanisationSystem, string> = {
  pinyin: 'pinyin',
  'wade-giles': 'Wade–Giles',
  postal: 'Chinese postal romanisation',
  'mccune-reischauer': 'McCune–Reischauer',
  'revised-romanization': 'Revised Romanization',
  'russian-transliteration': 'transliteration from Russian',
  'japanese-reading': 'Japanese reading',
  cyrillic: 'Cyrillic',
  hanzi: 'Chinese characters',
  hangul: 'Hangul',
  kana: 'Japanese kana',
  english: 'conventional English spelling',
  initials: 'initials and surname',
  other: 'another spelling',
};

export function systemLabel(system: RomanisationSystem | undefined): string {
  // Not "unclassified": beside archival documents that reads like a security marking.
  return system ? LABELS[system] : 'a spelling of no listed system';
}

/**
 * Systems that compete to spell the same language: using two of one family for one entity in
 * one document is worth a note. Scripts (hanzi, Cyrillic), English and initials never compete.
 */
const FAMILIES: readonly (readonly RomanisationSystem[])[] = [
  ['pinyin', 'wade-giles', 'russian-transliteration'],
  ['revised-romanization', 'mccune-reischauer', 'russian-transliteration', 'japanese-reading'],
];

export function competingSystems(a: RomanisationSystem, b: RomanisationSystem): boolean {
  return a !== b && FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

export function inSomeFamily(s: RomanisationSystem | undefined): s is RomanisationSystem {
  return s !== undefined && FAMILIES.some((f) => f.includes(s));
}
