import type { RomanisationSystem } from '../gazetteer/types';
import { spellingSystemLabel, type SpellingSystem } from '../romanisation';

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
 * How a hover names the spelling of a name: the listed form's system, or, for a spelling read by
 * its system (`Chou Enlai`), that system and that the gazetteer does not list it.
 */
export function spellingLabel(c: { readonly system?: RomanisationSystem; readonly spelledBy?: SpellingSystem }): string {
  return c.spelledBy ? `${spellingSystemLabel(c.spelledBy)}; not a listed spelling, read by its system` : systemLabel(c.system);
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
