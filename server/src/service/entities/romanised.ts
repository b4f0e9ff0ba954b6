/**
 * Names spelt in a known romanisation system but not listed in the gazetteer: `Chou Enlai`,
 * `Chzhou Enlai`, `Pak Hen En`. The key index is built once per gazetteer from every person's
 * listed forms (canonical, variants, cover names and their forms): each form is reduced to its
 * romanisation keys (`romanisation/`), and a key that two entries share is dropped, since it
 * could not tell them apart. Recognition asks it only where no listed form matches, and only for
 * a run of two or more capitalised words whose first word starts some known name's key: a lone
 * `Li`, `Kim` or `Wang` resolves nothing.
 */
import type { GazetteerEntry, NameForm, Pseudonym } from '../gazetteer/types';
import { nameForms } from '../gazetteer/gazetteer';
import { firstPartOfKey, firstWordKeys, gazetteerSystem, isCyrillic, nasalFinals, romanisationKeys, type Language, type SpellingSystem } from '../romanisation';
import type { EntityIndex, FormMatch, FormTarget } from './entityIndex';
import { isNameGapAt, tokenize, type Token } from './tokenizer';
import { foldKey } from '../gazetteer/names';
import { rememberedPerWord } from '../memo';

/** One way a key names an entry: by its name or one of its cover names. */
interface KeyOwner {
  readonly entry: GazetteerEntry;
  readonly form: NameForm;
  readonly via: 'name' | 'pseudonym';
  readonly pseudonym?: Pseudonym;
}

export interface RomanisedMatch {
  readonly first: number;
  readonly last: number;
  /** Where the name ends in the text (a hyphenated part may lie beyond the last token). */
  readonly end: number;
  /** The name as written, a line break read as a space: `Chou Enlai`, `Teng Hsiao-p'ing`. */
  readonly name: string;
  /** Folded words of the written name joined by U+0001, like a listed form's key. */
  readonly key: string;
  readonly targets: readonly FormTarget[];
  readonly possessive: boolean;
}

export interface RomanisedIndex {
  /** The entry a written name reaches by its keys, with the likeliest system that spells it so. */
  lookup(written: string): { readonly targets: readonly FormTarget[]; readonly system: SpellingSystem } | undefined;
  /** Could a name known by its keys start with this token? Remembered per word. */
  mayStart(token: Token): boolean;
  /** How many keys the index holds (for tests and the benchmark). */
  readonly size: number;
}

const cache = new WeakMap<EntityIndex, RomanisedIndex>();
const MEMO_LIMIT = 50_000;
/** The most words a name read by its system may have (`Chou En Lai`, `Andrey Yanuaryevich Vyshinsky`). */
const MAX_WORDS = 4;

export function romanisedIndexFor(index: EntityIndex): RomanisedIndex {
  let r = cache.get(index);
  if (!r) cache.set(index, (r = buildRomanisedIndex(index)));
  return r;
}

function buildRomanisedIndex(index: EntityIndex): RomanisedIndex {
  const owners = new Map<string, KeyOwner | null>(); // null: two entries share the key
  // `Chen Geng` read as Korean would give a key no Korean spelling of him could mean: an entry is read in its own languages
  const add = (owner: KeyOwner, languages: ReadonlySet<Language>) => {
    for (const { key } of romanisationKeys(owner.form.form, languages)) {
      // a key of one word (a surname, a cover name of one word) never resolves on its own
      if (!key.includes(' ')) continue;
      const seen = owners.get(key);
      if (seen === undefined) owners.set(key, owner);
      else if (seen && seen.entry.id !== owner.entry.id) owners.set(key, null);
    }
  };
  // the exact pinyin of each Chinese entry (from its pinyin forms), which a spelling must read as in its own system
  const pinyinOf = new Map<string, Set<string>>();
  // the nasal finals of each Korean entry's Latin forms, which a Latin spelling must write alike (`Hon`, not `Hong`)
  const finalsOf = new Map<string, Set<string>>();
  const zh = new Set<Language>(['zh']);
  for (const entry of index.gazetteer.entries) {
    if (entry.kind !== 'person') continue;
    const languages = languagesOf(entry);
    if (languages.has('zh')) {
      const exact = new Set<string>();
      for (const form of nameForms(entry)) {
        if (form.system !== 'pinyin') continue;
        for (const k of romanisationKeys(form.form, zh)) if (k.system === 'pinyin') k.readings?.forEach((r) => exact.add(r));
      }
      if (exact.size) pinyinOf.set(entry.id, exact);
    }
    if (languages.has('ko')) {
      const finals = new Set<string>();
      for (const form of nameForms(entry)) if (LATIN_KOREAN.has(form.system as SpellingSystem)) addDefined(finals, nasalFinals(givenNameOf(form.form)));
      if (finals.size) finalsOf.set(entry.id, finals);
    }
    for (const form of nameForms(entry)) add({ entry, form, via: 'name' }, languages);
    for (const p of entry.pseudonyms ?? []) {
      add({ entry, form: { form: p.name, system: p.system }, via: 'pseudonym', pseudonym: p }, languages);
      for (const f of p.forms ?? []) add({ entry, form: f, via: 'pseudonym', pseudonym: p }, languages);
    }
  }
  const firstParts = new Set<string>();
  for (const [key, owner] of owners) if (owner) firstParts.add(firstPartOfKey(key));

  // one list of targets per key and system, so that resolution can remember results by list
  const targetLists = new Map<string, readonly FormTarget[]>();
  const targetsFor = (key: string, owner: KeyOwner, system: SpellingSystem): readonly FormTarget[] => {
    const id = `${system}\u0000${key}`;
    let list = targetLists.get(id);
    if (!list) {
      const listed = owner.pseudonym ? pseudonymTarget(index, owner.pseudonym) : undefined;
      const target: FormTarget = {
        entry: owner.entry,
        form: owner.form,
        system: gazetteerSystem(system),
        via: owner.via,
        pseudonym: owner.pseudonym,
        channelKeys: listed?.channelKeys,
        spelledBy: system,
      };
      targetLists.set(id, (list = Object.freeze([target])));
    }
    return list;
  };

  const lookupMemo = new Map<string, { targets: readonly FormTarget[]; system: SpellingSystem } | null>();
  // by the word's hash when it has one, so that the key need not be made (as `nearestSingleTo` does)
  const startByHash = new Map<number, { key: string; may: boolean }[]>();
  const startByKey = new Map<string, boolean>();
  let startSize = 0;
  return {
    size: owners.size,
    lookup(written) {
      let found = lookupMemo.get(written);
      if (found === undefined) {
        found = null;
        for (const { system, key, readings } of romanisationKeys(written)) {
          const owner = owners.get(key);
          const exact = owner && readings ? pinyinOf.get(owner.entry.id) : undefined;
          if (exact && !readings!.some((r) => exact.has(r))) continue; // `Gao Kang` in pinyin is not Gao Gang
          const finals = owner && KOREAN_IN_LATIN.has(system) && !isCyrillic(written) ? finalsOf.get(owner.entry.id) : undefined;
          const writtenFinals = finals && nasalFinals(givenNameOf(written));
          if (writtenFinals && ![...finals!].some((listed) => finalsAgree(writtenFinals, listed, system))) continue; // `Pak Hong-yong` is no spelling of Pak Hon-yong
          if (owner) {
            found = { targets: targetsFor(key, owner, system), system };
            break;
          }
        }
        if (lookupMemo.size >= MEMO_LIMIT) lookupMemo.clear();
        lookupMemo.set(written, found);
      }
      return found ?? undefined;
    },
    mayStart(token) {
      if (token.hashed) {
        const bucket = startByHash.get(token.hash);
        if (bucket) for (const seen of bucket) if (token.hasKey(seen.key)) return seen.may;
      } else {
        const known = startByKey.get(token.key);
        if (known !== undefined) return known;
      }
      const may = firstWordKeys(token.text).some((k) => firstParts.has(k));
      if (startSize >= MEMO_LIMIT) {
        startByHash.clear();
        startByKey.clear();
        startSize = 0;
      }
      startSize++;
      if (!token.hashed) startByKey.set(token.key, may);
      else {
        const entry = { key: token.key, may };
        const list = startByHash.get(token.hash);
        if (list) list.push(entry);
        else startByHash.set(token.hash, [entry]);
      }
      return may;
    },
  };
}

/** The Latin systems of Korean, whose spellings keep `n` and `ng` apart. */
const LATIN_KOREAN: ReadonlySet<SpellingSystem> = new Set<SpellingSystem>(['mccune-reischauer', 'revised-romanization', 'dprk', 'korean-english']);
const KOREAN_IN_LATIN: ReadonlySet<SpellingSystem> = new Set<SpellingSystem>([...LATIN_KOREAN, 'korean-russian']);

/**
 * Do a spelling's nasal finals fit a listed Latin form's? In a Latin system exactly; in a spelling
 * after the Russian, whose `н` writes both, an `n` may stand for `ng` (`Kim Ir Sen`), but an `ng`
 * is never Russian and must be one.
 */
function finalsAgree(written: string, listed: string, system: SpellingSystem): boolean {
  if (system !== 'korean-russian') return written === listed;
  const w = written.split(' ');
  const l = listed.split(' ');
  return w.length === l.length && w.every((f, k) => f === l[k] || (f === 'n' && l[k] === 'ng'));
}

/** A name's words after the surname: `Hon-yong` of `Pak Hon-yong`. */
function givenNameOf(name: string): string {
  const space = name.search(/\s/);
  return space < 0 ? '' : name.slice(space + 1);
}

function addDefined(set: Set<string>, value: string | undefined): void {
  if (value !== undefined) set.add(value);
}

/**
 * The languages an entry's name is romanised from, as key prefixes (`zh`, `ko`, `ru`), told by the
 * systems of its forms; empty (any language) when its forms say nothing (English and hanzi only).
 */
export function languagesOf(entry: GazetteerEntry): ReadonlySet<Language> {
  let languages = languagesByEntry.get(entry);
  if (!languages) languagesByEntry.set(entry, (languages = readLanguagesOf(entry)));
  return languages;
}
/** An entry's languages, read once per entry: every mention of a name asks them again. */
const languagesByEntry = new WeakMap<GazetteerEntry, ReadonlySet<Language>>();

function readLanguagesOf(entry: GazetteerEntry): ReadonlySet<Language> {
  const systems = new Set([entry.system, ...(entry.variants ?? []).map((v) => v.system)]);
  const out = new Set<Language>();
  if (systems.has('pinyin') || systems.has('wade-giles') || systems.has('postal')) out.add('zh');
  if (systems.has('mccune-reischauer') || systems.has('revised-romanization') || systems.has('hangul')) out.add('ko');
  if (out.size === 0 && (systems.has('russian-transliteration') || systems.has('cyrillic'))) out.add('ru');
  return out;
}

/** The listed target of a cover name, whose channels were resolved when the index was built. */
function pseudonymTarget(index: EntityIndex, pseudonym: Pseudonym): FormTarget | undefined {
  const key = tokenize(pseudonym.name)
    .map((t) => t.key)
    .join('\u0001');
  return index.targets.get(key)?.find((t) => t.pseudonym === pseudonym);
}

/**
 * A name spelt by system at token `i`: the longest run of capitalised words (two to four, hyphened
 * parts included) whose keys reach one entry. Undefined when the first word starts no known key.
 */
export function matchRomanisedAt(index: EntityIndex, text: string, tokens: readonly Token[], i: number): RomanisedMatch | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.capitalised || t.letterSpaced || t.isPossessive) return undefined;
  // a name of two words or more: most capitalised words (`The`, `In`) are followed by no capitalised word, told from two characters
  if (!capitalisedWordAfter(text, t.end)) return undefined;
  const romanised = romanisedIndexFor(index);
  if (!romanised.mayStart(t)) return undefined;
  const words = readWords(text, t.start);
  for (let n = words.length; n >= 2; n--) {
    const start = words[0]!.start;
    const last = words[n - 1]!;
    const written = text.slice(start, last.end).replace(/\s+/g, ' ');
    const found = romanised.lookup(written) ?? inRussianCase(romanised, written);
    if (!found) continue;
    let lastToken = i;
    while (lastToken + 1 < tokens.length && tokens[lastToken + 1]!.start < last.end) lastToken++;
    const key = written
      .toLowerCase()
      .split(/[\s\-‐‑]+/)
      .join('\u0001');
    return {
      first: i,
      last: lastToken,
      end: last.end,
      name: written,
      key,
      targets: found.targets,
      possessive: last.possessive,
    };
  }
  return undefined;
}

/**
 * The endings a Russian surname in a consonant takes in the other cases (`Stalinu`, `Roshchinym`), and
 * a woman of the family bears (`Roshchina`, `Roshchinoi`): no slip of the name.
 */
export const RUSSIAN_CASE_ENDINGS: ReadonlySet<string> = new Set(['a', 'u', 'om', 'ym', 'im', 'e', 'oi', 'oy', 'oj', 'oiu', 'oyu']);
/** Of them, the dative's, instrumental's and prepositional's, that no English word gives a name. */
const RUSSIAN_OBLIQUE_ENDINGS: ReadonlySet<string> = new Set(['u', 'om', 'ym', 'e']);

/**
 * `peredat' tov. Kim Ir Senu`: a name spelt after the Russian (`Kim Ir Sen`, `Mao Tszedun`) in one of
 * the Russian cases, its last word's ending dropped. Only such a spelling takes one: `Kim Il Sunga` is
 * no case of `Kim Il Sung`. Not the genitive's `-a`: in English words `Kim Ir Sena` is the old slip of
 * translators (the original's own words, quoted, are read apart).
 */
function inRussianCase(romanised: RomanisedIndex, written: string): ReturnType<RomanisedIndex['lookup']> {
  const ending = RUSSIAN_CASE_ENDING.exec(written);
  if (!ending) return undefined;
  const found = romanised.lookup(written.slice(0, ending.index));
  return found && RUSSIAN_DERIVED.has(found.system) ? found : undefined;
}
const RUSSIAN_CASE_ENDING = new RegExp(`(?<=[bcdfghjklmnpqrstvwxz])(?:${[...RUSSIAN_OBLIQUE_ENDINGS].join('|')})$`);
const RUSSIAN_DERIVED: ReadonlySet<SpellingSystem> = new Set<SpellingSystem>(['korean-russian', 'palladius', 'palladius-cyrillic', 'russian-english', 'russian-german', 'russian-cyrillic']);

/** Does a hyphened part or, after spaces and at most one line break, a capitalised word follow `end`? */
export function capitalisedWordAfter(text: string, end: number): boolean {
  let j = end;
  const c0 = text.charCodeAt(j);
  if (c0 === 45 || c0 === 0x2010 || c0 === 0x2011 || c0 === 39 || c0 === 0x2019) return true;
  while (j < text.length && j - end <= 4) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    j++;
  }
  if (j === end || j >= text.length) return false;
  const c = text.charCodeAt(j);
  if (c >= 65 && c <= 90) return true;
  return c > 0x7f && UPPER.test(text[j]!);
}

interface WordAt {
  readonly start: number;
  /** Without a possessive `'s`. */
  readonly end: number;
  readonly possessive: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;

/**
 * The words of a name from `start`: letters, apostrophes inside a word (`P'eng`), hyphened parts
 * (`Tse-tung`); a word ends the run unless spaces (and at most one line break) lead to a
 * capitalised word. A possessive ends it too.
 */
function readWords(text: string, start: number): WordAt[] {
  const words: WordAt[] = [];
  let i = start;
  while (words.length < MAX_WORDS) {
    const wordStart = i;
    for (;;) {
      while (i < text.length && LETTER.test(text[i]!)) i++;
      const c = text[i];
      const inner = c === "'" || c === '’' || c === 'ʼ' || c === 'ʻ' || c === '-' || c === '‐' || c === '‑';
      if (inner && i + 1 < text.length && LETTER.test(text[i + 1]!)) {
        i++;
        continue;
      }
      break;
    }
    if (i === wordStart) break;
    const possessive = /['’]s$/i.test(text.slice(Math.max(wordStart, i - 2), i)) && i - wordStart > 3;
    words.push({ start: wordStart, end: possessive ? i - 2 : i, possessive });
    if (possessive) break;
    // the gap to the next word: spaces, at most one line break
    let j = i;
    let newlines = 0;
    while (j < text.length && j - i <= 4 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\n')) {
      if (text[j] === '\n') newlines++;
      j++;
    }
    if (j === i || newlines > 1 || j >= text.length || !UPPER.test(text[j]!)) break;
    i = j;
  }
  return words;
}

/**
 * One Russian surname in another English transliteration than the listed one: `Krasovskii` and
 * `Krasovskiy` for `Krasovsky` (-ий), `Vishinski` for `Vyshinsky` (ы), `Shtikov` for `Shtykov`,
 * `Kovalyov` for `Kovalev` and `Khrushchov` for `Khrushchev` (ё), `Vasilyev` for `Vasiliev`,
 * `Beriya` and `Beriia` for `Beria` (-ия), `Kaganovitch` for `Kaganovich`, `Smirnoff`. Only these
 * letters may differ, so a slip of another letter (`Filipov` for `Filippov`, `Roschin`) stays a
 * misspelling. `best` is the listed one-word name nearest the word (`EntityIndex.nearestSingleTo`);
 * every entry it names must be a Russian name.
 */
export function russianVariantTargets(index: EntityIndex, written: string, best: string): readonly FormTarget[] | undefined {
  const display = index.singleDisplay.get(best);
  if (!display || transliterationKey(written) !== transliterationKey(display)) return undefined;
  return asRussianVariant(index.targets.get(best), HACEK.test(written) ? 'russian-scholarly' : 'russian-english');
}

/**
 * A Russian surname in another transliteration (`russianVariantTargets`), also in the scholarly
 * one with háčeks, which is no letter or two from the listed name but a rewriting of it:
 * `Roščin` for `Roshchin`, `Žukov` for `Zhukov`.
 */
export function russianSpellingTargets(index: EntityIndex, token: Token): readonly FormTarget[] | undefined {
  const best = index.nearestSingleTo(token);
  if (best !== null) return russianVariantTargets(index, token.text, best);
  if (!HACEK.test(token.text)) return undefined;
  const key = foldKey(englishOfScholarly(token.text).replace(/['’]s$/, ''));
  const listed = index.targets.has(key) ? key : index.nearestSingle(key);
  return listed !== null ? russianVariantTargets(index, token.text, listed) : undefined;
}

/**
 * `Kotov-Legon'kov` for `Kotov-Legonkov`: a listed Russian name of two words or more (the parts of
 * a hyphened surname are words), its first word as listed and each later one the listed word in
 * another transliteration (`transliterationKey`), a soft sign's apostrophe included. The longest
 * such name from token `i`.
 */
export function matchRussianVariantAt(index: EntityIndex, text: string, tokens: readonly Token[], i: number): FormMatch | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.latin || !t.capitalised || t.letterSpaced || t.isPossessive) return undefined;
  // most words start no name of several words: tell from the hash, as `matchAt` does
  if (t.hashed && !index.firstWords.has(t.hash)) return undefined;
  const shapes = t.hashed ? index.byFirstHash.get(t.hash) : index.byFirstKey.get(t.key);
  if (!shapes) return undefined;
  for (const shape of shapes) {
    const n = shape.keys.length;
    if (n < 2 || i + n > tokens.length || !t.hasKey(shape.keys[0]!)) continue;
    let ok = true;
    let differs = false;
    let possessive = false;
    for (let k = 1; k < n && ok; k++) {
      const a = tokens[i + k - 1]!;
      const b = tokens[i + k]!;
      const want = shape.keys[k]!;
      if (b.kind !== 'word' || !b.latin || !isNameGapAt(text, a.end, b.start, false)) ok = false;
      else if (b.hasKey(want)) continue;
      // transliterations of one name begin alike (`Beriya`/`Beria`, `Roščin`/`Roshchin`): most words are another name's
      else if (b.key.charCodeAt(0) !== want.charCodeAt(0)) ok = false;
      else if (transliterationKey(b.text) !== transliterationKey(want) || (b.isPossessive && k < n - 1)) ok = false;
      else {
        differs = true;
        possessive = b.isPossessive;
      }
    }
    if (!ok || !differs) continue;
    const targets = asRussianVariant(index.targets.get(shape.fullKey), HACEK.test(text.slice(t.start, tokens[i + n - 1]!.end)) ? 'russian-scholarly' : 'russian-english');
    if (targets) return { first: i, last: i + n - 1, fullKey: shape.fullKey, targets, possessive };
  }
  return undefined;
}

/**
 * A Russian's name: one the gazetteer transliterates from Russian. A Cyrillic form alone is how
 * Russian writes a foreigner (`Ачесон`): `Atcheson` is no transliteration of Dean Acheson.
 */
function isRussianName(entry: GazetteerEntry): boolean {
  const languages = languagesOf(entry);
  return languages.has('ru') && !languages.has('zh') && !languages.has('ko')
    && (entry.system === 'russian-transliteration' || (entry.variants ?? []).some((v) => v.system === 'russian-transliteration'));
}

/** The targets marked as spelt by English transliteration of Russian; undefined unless every entry they name is a Russian's name. */
function asRussianVariant(targets: readonly FormTarget[] | undefined, system: 'russian-english' | 'russian-scholarly' = 'russian-english'): readonly FormTarget[] | undefined {
  if (!targets?.length || !targets.every((t) => isRussianName(t.entry))) return undefined;
  const memo = system === 'russian-english' ? russianVariantMemo : scholarlyVariantMemo;
  let spelled = memo.get(targets);
  if (!spelled) {
    spelled = Object.freeze(targets.map((t): FormTarget => ({ ...t, spelledBy: system })));
    memo.set(targets, spelled);
  }
  return spelled;
}

const russianVariantMemo = new WeakMap<readonly FormTarget[], readonly FormTarget[]>();
const scholarlyVariantMemo = new WeakMap<readonly FormTarget[], readonly FormTarget[]>();

const HACEK = /[šžčŠŽČ]/;

/** The scholarly transliteration's háček letters as English practice writes them: `Roščin` → `Roshchin`. */
function englishOfScholarly(word: string): string {
  return word.replace(/[šžčŠŽČ]/g, (c) => {
    const english = c.toLowerCase() === 'š' ? 'sh' : c.toLowerCase() === 'ž' ? 'zh' : 'ch';
    return c === c.toLowerCase() ? english : english[0]!.toUpperCase() + english.slice(1);
  });
}

/**
 * The letters English transliterations of one Russian surname share: `krasovskii`, `krasovskiy`,
 * `krasovsky` → `krasovski`. Each part of a hyphened surname is read on its own (`Kotov-Legon'kov`).
 */
export const transliterationKey: (word: string) => string = rememberedPerWord((word) => keyOfTransliteration(word));

function keyOfTransliteration(word: string): string {
  return englishOfScholarly(word)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/[-‐‑]/)
    .map(transliterationKeyOfPart)
    .join('-');
}

function transliterationKeyOfPart(part: string): string {
  return part
    .replace(/['’ʼ]/g, '') //                the soft sign: Legon'kov, Legonkov
    .replace(/ff$/, 'v') //                  Smirnoff
    .replace(/i[iyj]a$/, 'ia') //            -ия: Beriya, Beriia, Berija, Beria
    .replace(/(?:ii|iy|yi|ij|y|i)$/, 'i') // -ий, -ый: Krasovskii, Krasovskiy, Krasovsky, Krasovski
    .replace(/tch/g, 'ch') //                Kaganovitch, Kaganovich
    .replace(/([zcs]h)o(?=v)/g, '$1e') //    ё after a sibilant written o: Khrushchov, Khrushchev
    .replace(/y/g, 'i') //                   ы and the glide: Vyshinsky, Vishinsky; Vasilyev
    .replace(/i([eo])/g, 'e'); //            ё and е after a soft sign: Kovalyov, Kovalev; Vasiliev, Vasilev
}
