/**
 * The recognition index, built once per Gazetteer and cached on it: every written form of every
 * entry, tokenized exactly as document text is, keyed by its first token. Recognition then costs
 * one hash lookup per token plus a check of the few forms sharing that first token, so it is
 * linear in the text whatever the size of the gazetteer. Bit sets of the hashes of every form's
 * words (and of first words, and of words of multi-word names) let the tokenizer and the checks
 * pass over a word that cannot be part of a name without making its key. Spelling checks use a
 * deletion-neighbourhood index (every key with one letter removed, a symmetric-delete search at
 * distance one) and a phonetic-key index, so an unknown word is compared with a handful of
 * names, not all of them, and the answer for each word is remembered for the gazetteer's life.
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import { nameForms } from '../gazetteer/gazetteer';
import type { EntityKind, GazetteerEntry, NameForm, Pseudonym, RomanisationSystem } from '../gazetteer/types';
import { foldKey } from '../gazetteer/names';
import { editDistance, isNearMiss, phoneticKey } from './spelling';
import { isCommonEnglishWord } from './commonWords';
import { tokenize, hashKey, isCommaGapAt, isNameGapAt, type Token, type WordFilter, type WordFilters } from './tokenizer';
import { HONORIFICS, ROLE_NOUNS } from './honorifics';
import type { SpellingSystem } from '../romanisation';

/** One way a run of tokens can name something. */
export interface FormTarget {
  readonly entry: GazetteerEntry;
  readonly form: NameForm;
  readonly system: RomanisationSystem | undefined;
  readonly via: 'name' | 'pseudonym';
  readonly pseudonym?: Pseudonym;
  /** Channel keys of the pseudonym (entry ids where the channel names an entry). */
  readonly channelKeys?: readonly string[];
  /** Acronyms (`MID`, `KPA`) match only when written exactly so: `mid-February` is not the MFA. */
  readonly exactCase?: string;
  /** Provider that added this form when a workspace file extended the entry. */
  readonly addedBy?: string;
  /** Set when the written name is no listed form but reaches this one by its keys: the system that spells it. */
  readonly spelledBy?: SpellingSystem;
}

export interface FormShape {
  readonly keys: readonly string[];
  /** `hashKey` of each key: a word whose hash differs is not that word, told without comparing letters. */
  readonly hashes: readonly number[];
  readonly fullKey: string;
  /** The forms these keys spell: the index's own list in `targets`. */
  readonly targets: readonly FormTarget[];
  /** Some of those forms are acronyms matched only as written (`exactCase`): the list is filtered per match. */
  readonly exactCase: boolean;
  /** For a form written with commas (`Treaty of Friendship, Alliance and …`): whether one stands before each key. */
  readonly commaBefore?: readonly boolean[];
}

/** A multi-word name a near-miss can be measured against (`Li Kenong` for `Le Kenong`). */
export interface MultiWordName {
  readonly keys: readonly string[];
  readonly fullKey: string;
  readonly display: string;
}

/** Where a word stands in a multi-word name: `kenong` at 1 of the 2 words of `Li Kenong`. */
export interface MultiWordPlace {
  readonly name: MultiWordName;
  readonly pos: number;
  /** `name.keys.length`, read here without reaching the name. */
  readonly words: number;
}

export interface EntityIndex {
  readonly gazetteer: Gazetteer;
  /** First token key → the forms starting with it, longest first. */
  readonly byFirstKey: ReadonlyMap<string, readonly FormShape[]>;
  /** The same lists by `hashKey` of the first key (forms whose first keys share a hash share a list, longest first). */
  readonly byFirstHash: ReadonlyMap<number, readonly FormShape[]>;
  readonly targets: ReadonlyMap<string, readonly FormTarget[]>;
  /** Single Latin words of persons, places and cover names (≥ 5 letters) by deletion neighbour. */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  readonly phonetic: ReadonlyMap<string, readonly string[]>;
  /** Single-word key → how the gazetteer writes it (`filippov` → `Filippov`). */
  readonly singleDisplay: ReadonlyMap<string, string>;
  /** Token key → multi-word person names containing it, with its position. */
  readonly multiWordByToken: ReadonlyMap<string, readonly MultiWordPlace[]>;
  /** Which small-letter words the tokenizer keeps: first words of forms and honorifics, and any word of a form after a kept token. */
  readonly words: WordFilters;
  /** Hashes of the words a form can start with. */
  readonly firstWords: WordFilter;
  /** Hashes of the words of multi-word names: a bit test passes over most words before any map lookup. */
  readonly multiWords: WordFilter;
  /** The same lists by `hashKey` of the token key (words sharing a hash share a list). */
  readonly multiWordByHash: ReadonlyMap<number, readonly MultiWordPlace[]>;
  /**
   * The nearest single-word name (its key) to a word key, or null: computed on first use and
   * remembered, since a corpus repeats its words and the gazetteer never changes.
   */
  nearestSingle(key: string): string | null;
  /** `nearestSingle` of a token's lookup key; a word seen before is answered from its hash, without making its key. */
  nearestSingleTo(token: Token): string | null;
  /** Entry ids named by a phrase such as a channel (`PEKING`, `Terebin`) or a gloss (`Stalin`). */
  lookupPhrase(phrase: string): readonly string[];
}

/** A set of 32-bit hashes as a bit array: false positives are possible (and harmless), false negatives not. */
class HashBits implements WordFilter {
  private static readonly BITS = 1 << 18;
  private readonly bits = new Uint32Array(HashBits.BITS >>> 5);

  add(hash: number): void {
    const b = hash & (HashBits.BITS - 1);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  has(hash: number): boolean {
    const b = hash & (HashBits.BITS - 1);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

/** How many words' nearest names are remembered per gazetteer before the memory starts over. */
const NEAREST_MEMO_LIMIT = 100_000;

const SEP = '\u0001';
/** The most words a multi-word name for near-miss search has (`Kim Il Sung` has three). */
export const MULTI_WORD_MAX = 4;
const cache = new WeakMap<Gazetteer, EntityIndex>();

export function entityIndexFor(gazetteer: Gazetteer): EntityIndex {
  let index = cache.get(gazetteer);
  if (!index) {
    index = buildEntityIndex(gazetteer);
    cache.set(gazetteer, index);
  }
  return index;
}

/** A form the tokenizer can spell: no brackets, bar the party's own `(b)` (`VKP(b)`, `ВКП(б)`). */
function usable(form: string): boolean {
  return !/[()[\]]/.test(form.replace('(b)', '').replace('(б)', ''));
}

export function buildEntityIndex(gazetteer: Gazetteer): EntityIndex {
  const byFirst = new Map<string, FormShape[]>();
  const targets = new Map<string, FormTarget[]>();
  const deletions = new Map<string, string[]>();
  const phonetic = new Map<string, string[]>();
  const singleDisplay = new Map<string, string>();
  const multi = new Map<string, MultiWordPlace[]>();
  const anyWords = new HashBits();
  const firstWords = new HashBits();
  const leadingWords = new HashBits(); // first words and honorifics
  // (and the functions in small letters before an unknown man's name: `the interpreter Pu Shouchang`)
  for (const h of [...HONORIFICS, ...ROLE_NOUNS]) {
    leadingWords.add(hashKey(h));
    anyWords.add(hashKey(h));
  }
  const pendingChannels: { target: FormTarget & { channelKeys?: string[] }; channels: readonly string[] }[] = [];

  // one string per distinct key: `matchFormsAt` tells the shapes sharing a first key by identity
  const keyStrings = new Map<string, string>();
  const intern = (key: string): string => {
    const known = keyStrings.get(key);
    if (known !== undefined) return known;
    keyStrings.set(key, key);
    return key;
  };

  const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };

  const add = (entry: GazetteerEntry, form: NameForm, via: 'name' | 'pseudonym', pseudonym?: Pseudonym) => {
    if (!usable(form.form)) return;
    const tokens = tokenize(form.form);
    if (tokens.length === 0 || tokens.every((t) => t.kind === 'initial')) return;
    const shapes = [tokens];
    // `I.V. Stalin` is also written `Stalin I.V.`
    const lead = tokens.findIndex((t) => t.kind !== 'initial');
    if (lead > 0) shapes.push([...tokens.slice(lead), ...tokens.slice(0, lead)]);
    for (const shape of shapes) {
      const keys = shape.map((t) => intern(t.key));
      const fullKey = keys.join(SEP);
      const exactCase = shape.length === 1 && shape[0]!.upper && shape[0]!.text.length <= 5 ? shape[0]!.text : undefined;
      const target: FormTarget & { channelKeys?: string[] } = {
        entry,
        form,
        system: form.system,
        via,
        pseudonym,
        exactCase,
        addedBy: form.addedBy,
      };
      if (pseudonym?.channels?.length) pendingChannels.push({ target, channels: pseudonym.channels });
      const list = targets.get(fullKey);
      if (!list) {
        const forms = [target];
        targets.set(fullKey, forms);
        push(byFirst, keys[0]!, { keys, hashes: keys.map(hashKey), fullKey, targets: forms, exactCase: false, commaBefore: commasBefore(form.form, shape) });
        firstWords.add(hashKey(keys[0]!));
        leadingWords.add(hashKey(keys[0]!));
        for (const k of keys) anyWords.add(hashKey(k));
      } else if (!list.some((t) => t.entry === entry && t.via === via && t.pseudonym === pseudonym)) {
        list.push(target);
      }
    }
    // spelling-check indexes: Latin words of people, places and cover names
    if (entry.kind === 'organisation' && via === 'name') return;
    if (!tokens.every((t) => t.latin)) return;
    if (tokens.length === 1) {
      const key = tokens[0]!.key;
      if (key.length < 5) return;
      if (!singleDisplay.has(key)) singleDisplay.set(key, tokens[0]!.text);
      push(deletions, key, key);
      for (let k = 0; k < key.length; k++) push(deletions, key.slice(0, k) + key.slice(k + 1), key);
      push(phonetic, phoneticKey(key), key);
    } else if (tokens.length <= MULTI_WORD_MAX && entry.kind === 'person') {
      const keys = tokens.map((t) => t.key);
      const name: MultiWordName = { keys, fullKey: keys.join(SEP), display: form.form };
      keys.forEach((k, pos) => {
        const list = multi.get(k) ?? [];
        if (!list.some((x) => x.name.fullKey === name.fullKey)) list.push({ name, pos, words: keys.length });
        multi.set(k, list);
      });
    }
  };

  for (const entry of gazetteer.entries) {
    for (const form of nameForms(entry)) add(entry, form, 'name');
    for (const p of entry.pseudonyms ?? []) {
      add(entry, { form: p.name, system: p.system }, 'pseudonym', p);
      for (const f of p.forms ?? []) add(entry, f, 'pseudonym', p);
    }
  }
  for (const [key, list] of byFirst) {
    // a form's list is complete now: note once which hold acronyms
    const shapes = list.map((shape) => ({ ...shape, exactCase: shape.keys.length === 1 && shape.targets.some((t) => t.exactCase !== undefined) }));
    byFirst.set(key, shapes.sort((a, b) => b.keys.length - a.keys.length));
  }
  const multiByHash = new Map<number, MultiWordPlace[]>();
  const multiWords = new HashBits();
  for (const [key, list] of multi) {
    multiByHash.set(hashKey(key), [...(multiByHash.get(hashKey(key)) ?? []), ...list]);
    multiWords.add(hashKey(key));
  }
  const byFirstHash = new Map<number, FormShape[]>();
  for (const [key, list] of byFirst) byFirstHash.set(hashKey(key), [...(byFirstHash.get(hashKey(key)) ?? []), ...list]);
  for (const list of byFirstHash.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  const nearestMemo = new Map<string, string | null>();
  const phraseMemo = new Map<string, readonly string[]>();
  const nearestByHash = new Map<number, { key: string; best: string | null }[]>();
  let nearestByHashSize = 0;

  const index: EntityIndex = {
    gazetteer,
    byFirstKey: byFirst,
    byFirstHash,
    targets,
    deletions,
    phonetic,
    singleDisplay,
    multiWordByToken: multi,
    words: { first: leadingWords, any: anyWords },
    firstWords,
    multiWords,
    multiWordByHash: multiByHash,
    nearestSingle(key: string): string | null {
      let best = nearestMemo.get(key);
      if (best === undefined) {
        best = nearestSingleName(key, index);
        if (nearestMemo.size >= NEAREST_MEMO_LIMIT) nearestMemo.clear();
        nearestMemo.set(key, best);
      }
      return best;
    },
    nearestSingleTo(token: Token): string | null {
      if (!token.hashed) return index.nearestSingle(token.lookupKey);
      const hash = token.lookupHash;
      const bucket = nearestByHash.get(hash);
      if (bucket) for (const seen of bucket) if (token.hasLookupKey(seen.key)) return seen.best;
      const key = token.lookupKey;
      const best = nearestSingleName(key, index);
      if (nearestByHashSize >= NEAREST_MEMO_LIMIT) {
        nearestByHash.clear();
        nearestByHashSize = 0;
      }
      const entry = { key, best };
      const list = nearestByHash.get(hash);
      if (list) list.push(entry);
      else nearestByHash.set(hash, [entry]);
      nearestByHashSize++;
      return best;
    },
    lookupPhrase(phrase: string): readonly string[] {
      // channels and glosses repeat from cable to cable
      const known = phraseMemo.get(phrase);
      if (known) return known;
      const ids: string[] = [];
      const tokens = tokenize(phrase);
      for (let i = 0; i < tokens.length; ) {
        const m = matchAt(index, phrase, tokens, i);
        if (m) {
          for (const t of m.targets) if (!ids.includes(t.entry.id)) ids.push(t.entry.id);
          i = m.last + 1;
        } else i++;
      }
      if (phraseMemo.size >= NEAREST_MEMO_LIMIT) phraseMemo.clear();
      phraseMemo.set(phrase, Object.freeze(ids));
      return ids;
    },
  };
  // channels name entries (`Beijing`, `Terebin`, `MFA`); resolve them now the index exists
  for (const { target, channels } of pendingChannels) {
    target.channelKeys = channels.flatMap((c) => {
      const ids = index.lookupPhrase(c);
      return ids.length ? ids : [foldKey(c)];
    });
  }
  return index;
}

export interface FormMatch {
  readonly first: number;
  readonly last: number;
  readonly fullKey: string;
  readonly targets: readonly FormTarget[];
  readonly possessive: boolean;
}

/** The longest form starting at token `i`, or undefined. */
export function matchAt(index: EntityIndex, text: string, tokens: readonly Token[], i: number): FormMatch | undefined {
  const t = tokens[i]!;
  // most words start no form: tell from the hash, without making the key
  if (t.hashed && !index.firstWords.has(t.hash) && !(t.isPossessive && index.firstWords.has(t.stemHash))) return undefined;
  // initials only start a match when a form begins with them (`V.V. Kuznetsov`); a possessive stem matches one-word forms
  return matchFormsAt(index, text, tokens, i, false) ?? (t.isPossessive && t.kind !== 'initial' ? matchFormsAt(index, text, tokens, i, true) : undefined);
}

/**
 * Where a form's own text has a comma between two of its words, read from the tokens of the form
 * (`Treaty of Friendship, Alliance and Mutual Assistance`: before `Alliance`); undefined when it
 * has none, as almost every form has. A reordered shape (`Stalin I.V.`) has none.
 */
function commasBefore(form: string, tokens: readonly Token[]): readonly boolean[] | undefined {
  if (!form.includes(',')) return undefined;
  const before = tokens.map((t, k) => k > 0 && t.start > tokens[k - 1]!.end && form.slice(tokens[k - 1]!.end, t.start).includes(','));
  return before.some(Boolean) ? before : undefined;
}

/** The longest form that the tokens from `i` spell, read from the first token's key (its stem's, for `possessiveOnly`). */
function matchFormsAt(index: EntityIndex, text: string, tokens: readonly Token[], i: number, possessiveOnly: boolean): FormMatch | undefined {
  const t = tokens[i]!;
  const shapes = t.hashed ? index.byFirstHash.get(possessiveOnly ? t.stemHash : t.hash) : index.byFirstKey.get(possessiveOnly ? t.stemKey! : t.key);
  if (!shapes) return undefined;
  // the shapes of a list mostly share their first key (one string, see `intern`): it is compared with the token once
  let first: string | undefined;
  let firstMatches = false;
  for (const shape of shapes) {
    const n = shape.keys.length;
    if (possessiveOnly && n !== 1) continue;
    if (i + n > tokens.length) continue;
    const key = shape.keys[0]!;
    if (key !== first) {
      first = key;
      firstMatches = possessiveOnly ? t.hasLookupKey(key) : t.hasKey(key); // a list by hash may hold other keys
    }
    if (!firstMatches) continue;
    let ok = true;
    let possessive = possessiveOnly;
    for (let k = 1; k < n && ok; k++) {
      const a = tokens[i + k - 1]!;
      const b = tokens[i + k]!;
      const want = shape.keys[k]!;
      // a plain word with another hash is another word (initials and possessives are read more loosely below)
      if (b.hashed && b.kind === 'word' && !b.isPossessive && b.hash !== shape.hashes[k]) ok = false;
      else if (!(shape.commaBefore?.[k] ? isCommaGapAt(text, a.end, b.start) : isNameGapAt(text, a.end, b.start, a.kind === 'cjk' && b.kind === 'cjk'))) ok = false;
      else if (b.hasKey(want)) continue;
      else if (b.kind === 'initial' && b.key.slice(0, -1) === want) continue; // `Feng Xi.` at a sentence end
      else if (k === n - 1 && b.isPossessive && b.hasLookupKey(want)) possessive = true;
      else ok = false;
    }
    if (!ok) continue;
    // the index's own list when nothing needs filtering: resolution remembers results by list
    const targets = shape.exactCase ? shape.targets.filter((x) => !x.exactCase || x.exactCase === t.text) : shape.targets;
    if (targets.length === 0) continue;
    return { first: i, last: i + n - 1, fullKey: shape.fullKey, targets, possessive };
  }
  return undefined;
}

/**
 * The single-word name one or two edits from `key` (the closest; null when none, when `key` is
 * itself a name, or when it is an English word that merely looks like one): candidates come from
 * the deletion and phonetic indexes, never from a scan of the gazetteer.
 */
function nearestSingleName(key: string, index: EntityIndex): string | null {
  if (index.targets.has(key) || isCommonEnglishWord(key)) return null;
  const candidates = new Set<string>();
  for (const c of index.deletions.get(key) ?? []) candidates.add(c);
  for (let k = 0; k < key.length; k++) {
    for (const c of index.deletions.get(key.slice(0, k) + key.slice(k + 1)) ?? []) candidates.add(c);
  }
  // two edits only ever pass with the same sound key and seven letters or more (`isNearMiss`)
  if (key.length >= 7) for (const c of index.phonetic.get(phoneticKey(key)) ?? []) candidates.add(c);
  let best: string | null = null;
  let bestDistance = 3;
  for (const c of candidates) {
    // typists slip inside a word; a different first letter is more often a different name (`Unsan`, `Munsan`)
    if (c[0] !== key[0] || !isNearMiss(key, c)) continue;
    const d = editDistance(key, c, 2);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
