/**
 * Korean names in McCune–Reischauer, Revised Romanization, the DPRK's system and Russian-derived
 * spellings: the surname is looked up in a table of spellings (`Pak`/`Park`/`Bak`, `Ri`/`Li`/`Lee`/
 * `Yi`), the given name is read as a skeleton of consonant and vowel classes (see
 * `koreanTables.ts`). `Kim Il Sung`, `Kim Il-sŏng`, `Kim Ir Sen` and `Gim Il-seong` all give
 * `ko:김 ILSVN`; a hangul form gives the same key from its jamo.
 */
import { HANGUL_FINALS, HANGUL_INITIALS, HANGUL_VOWELS, KOREAN_CONSONANTS, KOREAN_SURNAMES, KOREAN_VOWELS, type KoreanSystem } from './koreanTables';
import { cyrillicToLatin, plainLetters } from './text';

export type { KoreanSystem } from './koreanTables';

let surnames: Map<string, string[]> | undefined;

/** Folded spelling of a surname → the hangul surnames it may write. */
function surnameTable(): Map<string, string[]> {
  if (surnames) return surnames;
  surnames = new Map();
  for (const line of KOREAN_SURNAMES.split('\n')) {
    const [hangul, ...spellings] = line.trim().split(/\s+/);
    if (!hangul) continue;
    for (const s of spellings) {
      const key = plainLetters(/[\u0400-\u04ff]/.test(s) ? cyrillicToLatin(s) : s);
      const list = surnames.get(key) ?? [];
      if (!list.includes(hangul)) list.push(hangul);
      surnames.set(key, list);
    }
  }
  return surnames;
}

/** The hangul surnames a written word may be (`Pak` → `박`). */
export function koreanSurnames(word: string): readonly string[] {
  return surnameTable().get(plainLetters(word)) ?? [];
}

/** The skeleton of a romanised given name in one system, or undefined when it has letters the system does not use. */
export function koreanSkeleton(letters: string, system: KoreanSystem, part = false): string | undefined {
  const consonants = KOREAN_CONSONANTS[system];
  const vowels = KOREAN_VOWELS[system];
  let out = '';
  for (let i = 0; i < letters.length; ) {
    let matched = false;
    for (let len = Math.min(4, letters.length - i); len >= 1 && !matched; len--) {
      const piece = letters.slice(i, i + len);
      const cls = consonants[piece] ?? vowels[piece];
      if (cls === undefined) continue;
      // a consonant class repeated (`Illo`, `Pakk`) is one sound
      if (!(cls === out[out.length - 1] && consonants[piece] !== undefined)) out += cls;
      i += len;
      matched = true;
    }
    if (!matched) return undefined;
  }
  // a given name needs a vowel; a skeleton of one letter says too little (a part of one, as `u` in `Il-u`, may)
  return /[AIV]/.test(out) && (part || out.length >= 2) ? out : undefined;
}

/** The skeleton of hangul syllables (`일성` → `ILSVN`), or undefined for other text. */
export function hangulSkeleton(text: string): string | undefined {
  let out = '';
  for (const ch of text) {
    const s = ch.codePointAt(0)! - 0xac00;
    if (s < 0 || s >= 11172) return undefined;
    const parts = [HANGUL_INITIALS[Math.floor(s / 588)]!, HANGUL_VOWELS[Math.floor((s % 588) / 28)]!, HANGUL_FINALS[s % 28]!];
    for (const cls of parts) if (cls && !(cls === out[out.length - 1] && !'AIV'.includes(cls))) out += cls;
  }
  return out || undefined;
}

/** Keys of a written name read in one Korean system: `ko:` + the hangul surname, a space, the given name's skeleton. */
export function koreanKeys(words: readonly (readonly string[])[], system: KoreanSystem): string[] {
  if (words.length < 2) return [];
  const cyrillic = words.some((parts) => parts.some((p) => /[\u0400-\u04ff]/.test(p)));
  if (cyrillic && system !== 'korean-russian') return [];
  const latin = (p: string) => plainLetters(cyrillic ? cyrillicToLatin(p) : p);
  const family = koreanSurnames(latin(words[0]!.join('')));
  if (family.length === 0) return [];
  // each written part on its own: `En Gen` is en-gen, though `engen` would read eng-en
  let skeleton = '';
  for (const part of words.slice(1).flat()) {
    const s = koreanSkeleton(latin(part), system, true);
    if (s === undefined) return [];
    skeleton += s[0] === skeleton[skeleton.length - 1] && !'AIV'.includes(s[0]!) ? s.slice(1) : s;
  }
  return /[AIV]/.test(skeleton) && skeleton.length >= 2 ? family.map((f) => `ko:${f} ${skeleton}`) : [];
}

/**
 * The nasal finals of a Latin given name's syllables (`Hon-yong` → `n ng`, `Il Sung` → `- ng`), when
 * they are written apart: the skeleton forgets `n` against `ng`, as Russian spellings do (`Хон` is
 * both 헌 and 홍), but in Latin letters `Hon` and `Hong` are two syllables. Undefined when the
 * syllables run together (`Honyong`), which does not tell where one ends.
 */
export function nasalFinals(given: string): string | undefined {
  const syllables = plainLetters(given.replace(/[\s\-‐‑]+/g, ' ').trim()).split(' ');
  if (syllables.length < 2 && given.length > 4) return undefined;
  return syllables.map((syllable) => (syllable.endsWith('ng') ? 'ng' : syllable.endsWith('n') ? 'n' : '-')).join(' ');
}

/** The key of a name written in hangul (`김일성` or `김 일성`): the first syllable is the surname. */
export function hangulKey(text: string): string | undefined {
  const letters = text.replace(/\s+/g, '');
  if (!/^[\uac00-\ud7a3]{2,4}$/.test(letters)) return undefined;
  const skeleton = hangulSkeleton(letters.slice(1));
  return skeleton ? `ko:${letters[0]} ${skeleton}` : undefined;
}

/** How strongly a spelling shows each system's habits: breves and apostrophes are MR, `eo`/`eu` RR. */
export function koreanMarkers(written: string, system: KoreanSystem): number {
  const w = written.toLowerCase();
  switch (system) {
    case 'mccune-reischauer':
      return 1 + count(w, /[ŏŭ]|['’ʻ‘]/g);
    case 'revised-romanization':
      return count(w, /eo|eu|ae|(^|[\s-])(g|d|b|j)[aeiouy]/g);
    case 'dprk':
      return count(w, /(^|\s)r[iy]|chh|(^|[\s-])(kh|th|ph)/g) * 2;
    case 'korean-russian':
      return count(w, /[\u0400-\u04ff]|(^|[\s-])(kh|ts|dz)|\bir\b|en\b|sen\b|chkh/g) * 2;
    case 'korean-english':
      // no system writes `oo` or `ee`; a spelling without them reads in the systems first
      return count(w, /oo|ee/g) * 2 - 1;
    default:
      return 0;
  }
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
