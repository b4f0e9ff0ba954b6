/**
 * Spellings by system, not by list: a written name is reduced to one key per romanisation system
 * that could spell it, and every system's spelling of one name reaches the same key. Recognition
 * builds an index of the keys of every gazetteer form, so that `Chou Enlai`, `Chzhou Enlai` or
 * `Pak Hen En` resolve although only `Zhou Enlai`, `Chou En-lai` and `Pak Hon-yong` are listed.
 *
 * A key names its language: `zh:mao cetun`, `ko:김 ILSVN`, `ru:andrei viSinski`. Keys are coarse on
 * purpose (each forgets what some system cannot tell apart), so they are only ever compared with
 * the keys of known names, never used to guess a name.
 */
import type { RomanisationSystem } from '../gazetteer/types';
import { chineseKeys, chineseMarkers, chineseReadings, type ChineseSystem } from './chinese';
export { isChineseSyllable } from './chinese';
export { nasalFinals } from './korean';
export { isCyrillic } from './text';
import { hangulKey, koreanKeys, koreanMarkers, koreanSurnames, type KoreanSystem } from './korean';
import { RUSSIAN_READINGS, RUSSIAN_VOWELS, type RussianReading } from './russianTables';
import { cyrillicToLatin, isCyrillic, nameWords, plainLetters } from './text';

export type SpellingSystem = ChineseSystem | KoreanSystem | RussianReading | 'russian-scholarly' | 'russian-cyrillic' | 'hangul';

/** The language a key belongs to: its prefix. */
export type Language = 'zh' | 'ko' | 'ru';

export interface RomanisationKey {
  readonly system: SpellingSystem;
  readonly key: string;
  /**
   * For a Chinese key, the exact pinyin the spelling reads as in its system (`gao gang` and `gao gan`
   * for Palladius `Gao Gan`): the key forgets aspiration, which pinyin itself never leaves open, so
   * `Gao Kang` in pinyin reads `gao kang` and is no spelling of Gao Gang.
   */
  readonly readings?: readonly string[];
}

const LABELS: Record<SpellingSystem, string> = {
  pinyin: 'pinyin',
  'wade-giles': 'Wade–Giles',
  postal: 'Chinese postal romanisation',
  palladius: 'Palladius (the Russian system for Chinese), in Latin letters',
  'palladius-cyrillic': 'Palladius (the Russian system for Chinese)',
  'mccune-reischauer': 'McCune–Reischauer',
  'revised-romanization': 'Revised Romanization',
  dprk: 'the DPRK’s romanisation',
  'korean-russian': 'Russian spelling of Korean',
  'korean-english': 'conventional English spelling of Korean',
  'russian-english': 'English transliteration of Russian',
  'russian-german': 'German transliteration of Russian',
  'russian-scholarly': 'scholarly transliteration of Russian (with háčeks)',
  'russian-cyrillic': 'Cyrillic',
  hangul: 'Hangul',
};

/** How a system is named in a hover: `Wade–Giles`, `Palladius (the Russian system for Chinese)`. */
export function spellingSystemLabel(system: SpellingSystem): string {
  return LABELS[system];
}

/** The gazetteer's coarser classification of a system (the one rules compare). */
export function gazetteerSystem(system: SpellingSystem): RomanisationSystem {
  switch (system) {
    case 'pinyin':
    case 'wade-giles':
    case 'postal':
    case 'mccune-reischauer':
    case 'revised-romanization':
      return system;
    case 'dprk':
      return 'mccune-reischauer';
    case 'palladius-cyrillic':
    case 'russian-cyrillic':
      return 'cyrillic';
    case 'hangul':
      return 'hangul';
    case 'korean-english':
      return 'english';
    default:
      return 'russian-transliteration';
  }
}

const CHINESE_LATIN: readonly ChineseSystem[] = ['pinyin', 'wade-giles', 'postal', 'palladius'];
const ENGLISH_KOREAN_VOWEL = /oo|ee/i;
const KOREAN_LATIN: readonly KoreanSystem[] = ['mccune-reischauer', 'revised-romanization', 'dprk', 'korean-russian', 'korean-english'];

/** The Russian skeleton of one word (`Wyschinski` → `viSinski` in the German reading). */
export function russianSkeleton(word: string, reading: RussianReading): string {
  let s = plainLetters(word);
  for (const [re, to] of RUSSIAN_READINGS[reading]) s = s.replace(re, to);
  for (const [re, to] of RUSSIAN_VOWELS) s = s.replace(re, to);
  return s;
}

function russianKeys(words: readonly (readonly string[])[], reading: RussianReading): string[] {
  const skeletons = words.map((parts) => parts.map((p) => russianSkeleton(p, reading)).join('-'));
  return skeletons.every((s) => /^[a-zA-Z-]+$/.test(s) && /[aeiou]/.test(s)) ? [`ru:${skeletons.join(' ')}`] : [];
}

/**
 * The keys of a written name, one or a few per system that could spell it, the likeliest system
 * first (by the habits the spelling shows: apostrophes and `hs` are Wade–Giles, `tsz` Palladius,
 * `eo` Revised Romanization). Empty for anything that is not a name in letters of one script.
 */
export function romanisationKeys(written: string, languages?: ReadonlySet<Language>): RomanisationKey[] {
  // `languages` (empty: all) limits the reading to the languages a name is known to come from
  const reads = (l: Language) => !languages?.size || languages.has(l);
  const hangul = reads('ko') ? hangulKey(written) : undefined;
  if (hangul) return [{ system: 'hangul', key: hangul }];
  const words = nameWords(written);
  if (words.length === 0) return [];
  const scored: { system: SpellingSystem; keys: string[] | Map<string, string[]>; score: number; order: number }[] = [];
  const add = (system: SpellingSystem, keys: string[] | Map<string, string[]>, score: number) => {
    if (Array.isArray(keys) ? keys.length : keys.size) scored.push({ system, keys, score, order: scored.length });
  };
  if (isCyrillic(written)) {
    if (words.some((parts) => parts.some((p) => !isCyrillic(p)))) return [];
    if (reads('zh')) add('palladius-cyrillic', chineseReadings(words, 'palladius-cyrillic'), 2);
    if (reads('ko')) add('korean-russian', koreanKeys(words, 'korean-russian'), 2);
    const latin = words.map((parts) => parts.map(cyrillicToLatin));
    if (reads('ru')) add('russian-cyrillic', russianKeys(latin, 'russian-english'), 1);
  } else {
    if (/[\u0400-\u04ff\u3400-\u9fff\uac00-\ud7a3]/.test(written)) return [];
    if (reads('zh')) for (const s of CHINESE_LATIN) add(s, chineseReadings(words, s), chineseMarkers(written, s));
    // (the conventional English spelling is tried only on a name that writes its `oo` or `ee`)
    if (reads('ko')) for (const s of KOREAN_LATIN) if (s !== 'korean-english' || ENGLISH_KOREAN_VOWEL.test(written)) add(s, koreanKeys(words, s), koreanMarkers(written, s));
    if (reads('ru')) {
      add('russian-english', russianKeys(words, 'russian-english'), 0);
      add('russian-german', russianKeys(words, 'russian-german'), /w|sch|z/.test(written.toLowerCase()) ? 1 : -1);
    }
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const out: RomanisationKey[] = [];
  for (const { system, keys } of scored) {
    if (Array.isArray(keys)) for (const key of keys) out.push({ system, key });
    else for (const [key, readings] of keys) out.push({ system, key, readings });
  }
  return out;
}

/**
 * The keys of the first word of a name alone (`Mao` → `zh:mao`, `Pak` → `ko:박`, `Andrei` →
 * `ru:andrei`): the first part of every key of a name that starts with it. Recognition asks
 * this first, so a word that starts no known name costs one question.
 */
export function firstWordKeys(word: string): string[] {
  const words = nameWords(word);
  if (words.length !== 1) return [];
  const out = new Set<string>();
  const cyrillic = isCyrillic(word);
  const chinese: readonly ChineseSystem[] = cyrillic ? ['palladius-cyrillic'] : CHINESE_LATIN;
  for (const s of chinese) for (const k of chineseKeys(words, s)) out.add(k);
  const latin = plainLetters(cyrillic ? cyrillicToLatin(word) : word);
  for (const k of koreanKeysOfSurname(latin)) out.add(k);
  const readings: readonly RussianReading[] = cyrillic ? ['russian-english'] : ['russian-english', 'russian-german'];
  for (const r of readings) for (const k of russianKeys(cyrillic ? [[cyrillicToLatin(word)]] : words, r)) out.add(k);
  return [...out];
}

function koreanKeysOfSurname(latin: string): string[] {
  return koreanSurnames(latin).map((h) => `ko:${h}`);
}

/** The first part of a key: `zh:mao cetun` → `zh:mao`. */
export function firstPartOfKey(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}
