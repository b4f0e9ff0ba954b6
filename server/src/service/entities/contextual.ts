/**
 * Names too short to be gazetteer forms, read from what the document says around them:
 *
 * - the one-character addressee runs of Chinese military telegrams (`林邓谭萧赵：` for Lin Biao,
 *   Deng Zihui, Tan Zheng, Xiao Ke and Zhao Erlu): a run of two or more characters at a line's
 *   head or before a salutation's colon, each the first character of some person's hanzi form;
 * - a lone character (`倪大使`, `金首相`) standing for the one person the document names in full
 *   whose hanzi form starts with it (`倪志亮`, `金日成`);
 * - a bare surname or given name (`Kim`, `Pak`, `Gao`, `Zhiliang`) standing for the person of
 *   that surname or given name the document names in full (the inner telegram included: it is
 *   part of the cable's text).
 *
 * - a surname after a title (`Ambassador Wang`) standing for the one person of the gazetteer with
 *   that surname who held such an office on the text's date.
 *
 * None of these is ever a diagnostic; when two people fit, the mention lists both.
 */
import type { PartialDate, Span } from '../types';
import type { BracketKind } from '../parser/ast';
import type { GazetteerEntry, NameForm, Role } from '../gazetteer/types';
import { nameForms } from '../gazetteer/gazetteer';
import { foldKey } from '../gazetteer/names';
import type { EntityIndex } from './entityIndex';
import { hashKey, isNameGapAt, type Token } from './tokenizer';
import { isCommonEnglishWord, isShortEnglishWord } from './commonWords';
import { HONORIFICS, NOT_NAMES } from './honorifics';
import { roleFitsDate, rolesFitDate } from './dates';
import { languagesOf } from './romanised';
import { dateAt } from './textDates';
import type { Candidate, ContextualReference, EntityContext, EntityMention, Evidence, Resolution } from './types';

/** Characters that follow a surname as a form of address (`倪大使`, `金首相`, `彭司令`) or make it a unit's name (`倪部`, Ni's troops). */
const CHINESE_TITLES = ['同志', '大使', '首相', '主席', '司令', '总理', '總理', '部长', '部長', '将军', '將軍', '元帅', '元帥', '委员', '政委', '参赞', '先生', '副主席', '副司令', '部'];
/** Characters that may stand right before a lone surname: `致倪大使`, `并告金`. */
const BEFORE_LONE = new Set(['致', '给', '給', '并', '並', '及', '和', '与', '與', '告', '转', '轉', '、', '，']);

interface HanziForm {
  readonly entry: GazetteerEntry;
  readonly form: NameForm;
}

const initialsMemo = new WeakMap<EntityIndex, ReadonlyMap<string, readonly HanziForm[]>>();

/** Each character that begins some person's hanzi form (two characters or more), with those forms, one per entry. */
export function hanziInitials(index: EntityIndex): ReadonlyMap<string, readonly HanziForm[]> {
  let map = initialsMemo.get(index);
  if (map) return map;
  const out = new Map<string, HanziForm[]>();
  for (const entry of index.gazetteer.entries) {
    if (entry.kind !== 'person') continue;
    for (const form of nameForms(entry)) {
      const chars = [...form.form];
      if (chars.length < 2 || !chars.every(isHan)) continue;
      const list = out.get(chars[0]!) ?? [];
      if (!list.some((h) => h.entry === entry)) list.push({ entry, form });
      out.set(chars[0]!, list);
    }
  }
  initialsMemo.set(index, (map = out));
  return map;
}

const spacedMemo = new WeakMap<EntityIndex, ReadonlyMap<string, string>>();

/**
 * The listed key of a person's name or cover name of two words or more whose letters, run together,
 * are `key` (`maozedong` → the key of `Mao Zedong`, `fengxi` → that of `Feng Xi`): what a letter-spaced signature
 * (`M A O Z E D O N G`) spells. Built once per index, only where a letter-spaced word is met.
 */
export function spacedName(index: EntityIndex, key: string): string | undefined {
  let map = spacedMemo.get(index);
  if (!map) {
    const out = new Map<string, string>();
    for (const [full, targets] of index.targets) {
      if (!full.includes('\x01')) continue; // (the index joins a name's words with \x01)
      if (!targets.some((t) => t.entry.kind === 'person')) continue;
      const compact = full.replace(/[^a-z]/g, '');
      if (compact.length >= 4 && !out.has(compact)) out.set(compact, full);
    }
    spacedMemo.set(index, (map = out));
  }
  return map.get(key);
}

const surnamesMemo = new WeakMap<EntityIndex, ReadonlySet<string>>();

/** The folded first words of every person's Latin name of two words or more (`kim`, `pak`, `ni`). */
export function gazetteerSurnames(index: EntityIndex): ReadonlySet<string> {
  let set = surnamesMemo.get(index);
  if (set) return set;
  const out = new Set<string>();
  for (const entry of index.gazetteer.entries) {
    if (entry.kind !== 'person') continue;
    for (const form of nameForms(entry)) {
      const words = foldKey(form.form).split(/[\s-]+/);
      if (words.length >= 2 && /^[a-z]/.test(words[0]!)) out.add(words[0]!);
    }
  }
  surnamesMemo.set(index, (set = out));
  return set;
}

export function isHan(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2ffff);
}

export interface ContextualInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Tokens already inside a mention; the ones read here are marked too. */
  readonly inMention: Uint8Array;
  /** The document's mentions as resolved from gazetteer forms. */
  readonly mentions: readonly EntityMention[];
  readonly index: EntityIndex;
  readonly context: EntityContext;
  readonly bracketAt: (offset: number) => BracketKind | undefined;
  readonly isCommonWord?: (word: string) => boolean;
}

/** The mentions read from context, in text order. */
export function contextualMentions(input: ContextualInput): EntityMention[] {
  const out: EntityMention[] = [];
  readHangulWithParticles(input, out);
  const full = fullMentions([...input.mentions, ...out]);
  readCharacterRuns(input, full, out);
  readBareNames(input, full, out);
  readTitledSurnames(input, out);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The first mention of each distinct name that names a person in full: two words or more, or two characters or more. */
function fullMentions(mentions: readonly EntityMention[]): EntityMention[] {
  const byKey = new Map<string, EntityMention>();
  for (const m of mentions) {
    if (m.type === 'person' && m.resolution.confidence !== 'uncertain' && m.key.includes('\u0001') && !byKey.has(m.key)) byKey.set(m.key, m);
  }
  return [...byKey.values()];
}

// ---------------------------------------------------------------- Chinese characters

function readCharacterRuns(input: ContextualInput, full: readonly EntityMention[], out: EntityMention[]): void {
  const { text, tokens, inMention, index } = input;
  const initials = hanziInitials(index);
  if (initials.size === 0) return;
  let someCharacter = false;
  for (let k = 0; k < tokens.length && !someCharacter; k++) someCharacter = tokens[k]!.kind === 'cjk' && !inMention[k];
  if (!someCharacter) return; // most cables are English only
  // who the document names in full, by the first character of each one's hanzi forms
  const namedByInitial = new Map<string, Map<string, EntityMention>>();
  for (const m of full) {
    const entry = m.resolution.best.entry;
    for (const h of hanziFormsOf(entry)) {
      const ch = [...h.form][0]!;
      const byId = namedByInitial.get(ch) ?? new Map<string, EntityMention>();
      if (!byId.has(entry.id)) byId.set(entry.id, m);
      namedByInitial.set(ch, byId);
    }
  }
  for (let k = 0; k < tokens.length; ) {
    const t = tokens[k]!;
    if (t.kind !== 'cjk' || inMention[k]) {
      k++;
      continue;
    }
    let j = k;
    while (j + 1 < tokens.length && tokens[j + 1]!.kind === 'cjk' && !inMention[j + 1] && tokens[j + 1]!.start === tokens[j]!.end) j++;
    const start = t.start;
    const end = tokens[j]!.end;
    const previous = text[start - 1];
    const whole = previous === undefined || !isHan(previous); // the run is not the tail of longer Chinese text
    const runLength = j - k + 1;
    if (runLength >= 2 && runLength <= 10 && whole && !isHan(text[end] ?? ' ') && isAddresseeRun(text, start, end)) {
      let all = true;
      for (let m = k; m <= j && all; m++) all = initials.has(tokens[m]!.text);
      if (all) {
        const run = text.slice(start, end);
        for (let m = k; m <= j; m++) {
          const ch = tokens[m]!.text;
          const candidates = initials.get(ch)!.map((h) => runCandidate(h, run, namedByInitial.get(ch)?.get(h.entry.id), dateAt(input.context, start)));
          out.push(contextMention(input, tokens[m]!.start, tokens[m]!.end, ch, pick(candidates, 'addresseeRun'), 'addresseeRun'));
          inMention[m] = 1;
        }
        k = j + 1;
        continue;
      }
    }
    // a lone character standing for someone named in full
    for (let m = k; m <= j; m++) {
      const tm = tokens[m]!;
      const named = namedByInitial.get(tm.text);
      if (!named || !isLone(text, tm.start, tm.end)) continue;
      const candidates = [...named.values()].map((full): Candidate => {
        const entry = full.resolution.best.entry;
        const form = hanziFormsOf(entry).find((f) => f.form.startsWith(tm.text)) ?? full.resolution.best.form;
        return { entry, via: 'name', form, system: 'hanzi', score: 10, evidence: [{ kind: 'namedInFull', detail: form.form, span: full.span }] };
      });
      out.push(contextMention(input, tm.start, tm.end, tm.text, pick(candidates, 'character'), 'character'));
      inMention[m] = 1;
    }
    k = j + 1;
  }
}

const hanziMemo = new WeakMap<GazetteerEntry, readonly NameForm[]>();

/** An entry's names in Chinese characters, two characters or more. */
function hanziFormsOf(entry: GazetteerEntry): readonly NameForm[] {
  let forms = hanziMemo.get(entry);
  if (!forms) hanziMemo.set(entry, (forms = nameForms(entry).filter((f) => [...f.form].length >= 2 && [...f.form].every(isHan))));
  return forms;
}

/**
 * At a line's head (after spaces, a quote mark or a footnote marker) and ending the line or
 * followed by a comma, or anywhere before a salutation's colon (a footnote marker may come between).
 */
function isAddresseeRun(text: string, start: number, end: number): boolean {
  let i = end;
  const skipMarkers = () => {
    for (;;) {
      while (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000') i++;
      const marker = /^[[(（〔][0-9]{1,2}[\])）〕]/.exec(text.slice(i, i + 5));
      if (!marker) return;
      i += marker[0].length;
    }
  };
  skipMarkers();
  const after = text[i];
  if (after === ':' || after === '：') return true;
  let h = start - 1;
  while (h >= 0 && (text[h] === ' ' || text[h] === '\t' || text[h] === '\u3000' || text[h] === '"' || text[h] === '“' || text[h] === '「')) h--;
  const atHead = h < 0 || text[h] === '\n' || /[\])）〕]/.test(text[h]!) && /(^|\n)[ \t]*[[(（〔][0-9]{1,2}[\])）〕]$/.test(text.slice(Math.max(0, h - 6), h + 1));
  return atHead && (after === undefined || after === '\n' || after === '\r' || after === ',' || after === '，' || after === '、');
}

/** Not inside a word of Chinese: nothing Chinese on either side, save a form of address after it or a joining word before it. */
function isLone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const beforeOk = before === undefined || !isHan(before) || BEFORE_LONE.has(before);
  if (!beforeOk) return false;
  const next = text[end];
  if (next === undefined || !isHan(next)) return true;
  return CHINESE_TITLES.some((title) => text.startsWith(title, end));
}

function runCandidate(h: HanziForm, run: string, named: EntityMention | undefined, date: PartialDate | undefined): Candidate {
  const evidence: Evidence[] = [{ kind: 'addresseeRun', detail: run }];
  let score = 0;
  if (named) {
    score += 10;
    evidence.push({ kind: 'namedInFull', detail: named.name, span: named.span });
  }
  const e = h.entry;
  if (date?.year !== undefined) {
    if ((e.born !== undefined && e.born > date.year) || (e.died !== undefined && e.died < date.year)) score -= 6;
    score += rolesFitDate(e.roles, date, evidence);
  }
  return { entry: e, via: 'name', form: h.form, system: 'hanzi', score, evidence };
}

/** The best candidate, and the others when none stands out. */
function pick(candidates: Candidate[], reference: ContextualReference): Resolution {
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  const rivals = candidates.filter((c) => c !== best && c.score >= best.score - (reference === 'addresseeRun' ? 1 : 0));
  if (rivals.length) return { best, confidence: 'uncertain', alternatives: candidates.slice(1, 6) };
  const named = best.evidence.some((e) => e.kind === 'namedInFull');
  return { best, confidence: named ? 'certain' : 'probable', alternatives: [] };
}

function contextMention(input: ContextualInput, start: number, end: number, name: string, resolution: Resolution, reference: ContextualReference, key = name): EntityMention {
  const span: Span = { start, end };
  const bracket = input.bracketAt(start);
  return {
    span,
    fullSpan: span,
    name,
    key,
    type: 'person',
    resolution,
    possessive: false,
    letterSpaced: false,
    completed: false,
    ...(bracket ? { bracket } : {}),
    reference,
  };
}

// ---------------------------------------------------------------- hangul names with a particle

/** What Korean glues to a name: case particles (`김일성은`, `박헌영에게`) and forms of address (`김일성동지`). */
const HANGUL_SUFFIXES = new Set([
  '은', '는', '이', '가', '을', '를', '의', '에', '에게', '에게서', '께', '께서', '과', '와', '도', '로', '으로', '에서', '만', '부터',
  '까지', '이나', '나', '이며', '며', '이다', '였다', '이었다', '이고', '동지', '동지는', '동지의', '동지께서', '씨', '님', '장군', '수상', '원수', '위원장',
]);

const hangulMemo = new WeakMap<EntityIndex, ReadonlyMap<string, readonly HanziForm[]>>();

/** Every person's hangul form, as written (two syllables or more). */
function hangulForms(index: EntityIndex): ReadonlyMap<string, readonly HanziForm[]> {
  let map = hangulMemo.get(index);
  if (map) return map;
  const out = new Map<string, HanziForm[]>();
  for (const entry of index.gazetteer.entries) {
    if (entry.kind !== 'person') continue;
    for (const form of nameForms(entry)) {
      const text = form.form.normalize('NFC');
      if (text.length < 2 || !/^[\uac00-\ud7af]+$/.test(text)) continue;
      const list = out.get(text) ?? [];
      if (!list.some((h) => h.entry === entry)) list.push({ entry, form });
      out.set(text, list);
    }
  }
  hangulMemo.set(index, (map = out));
  return map;
}

/**
 * `김일성은`, `박헌영에게`: Korean writes a name and its particle as one word, which no gazetteer form
 * spells; the name is the word's head when the rest is a particle or a form of address.
 */
function readHangulWithParticles(input: ContextualInput, out: EntityMention[]): void {
  const { tokens, inMention } = input;
  let forms: ReadonlyMap<string, readonly HanziForm[]> | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (inMention[k] || t.kind !== 'word' || t.hashed) continue;
    const c = t.text.charCodeAt(0);
    if (c < 0xac00 || c > 0xd7af) continue;
    forms ??= hangulForms(input.index);
    const word = t.text.normalize('NFC');
    for (let n = word.length - 1; n >= 2; n--) {
      const found = forms.get(word.slice(0, n));
      if (!found || !HANGUL_SUFFIXES.has(word.slice(n))) continue;
      const candidates = found.map((h): Candidate => ({ entry: h.entry, via: 'name', form: h.form, system: 'hangul', score: 2, evidence: found.length === 1 ? [{ kind: 'onlyCandidate' }] : [] }));
      const resolution: Resolution = candidates.length === 1
        ? { best: candidates[0]!, confidence: 'certain', alternatives: [] }
        : { best: candidates[0]!, confidence: 'uncertain', alternatives: candidates.slice(1) };
      const name = t.text.slice(0, n);
      const { reference: _none, ...mention } = contextMention(input, t.start, t.start + n, name, resolution, 'surname', foldKey(name));
      out.push(mention);
      inMention[k] = 1;
      break;
    }
  }
}

// ---------------------------------------------------------------- bare surnames and given names

/** A given name's words and the people named in full with it. */
interface GivenName {
  readonly keys: string[];
  readonly named: Map<string, EntityMention>;
}

/** The first of `givens` whose words the tokens from `k` spell, as written in the full name. */
function givenNameAt(text: string, tokens: readonly Token[], inMention: Uint8Array, k: number, givens: readonly GivenName[]): GivenName | undefined {
  for (const g of givens) {
    let ok = k + g.keys.length <= tokens.length;
    for (let n = 1; n < g.keys.length && ok; n++) {
      const b = tokens[k + n]!;
      ok = !inMention[k + n] && b.hasKey(g.keys[n]!) && isNameGapAt(text, tokens[k + n - 1]!.end, b.start, false);
    }
    if (ok) return g;
  }
  return undefined;
}

/** `Song-ae`: a word a Korean given name's hyphen runs on from is a name, though English has the word. */
function hyphenedOn(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  const d = text.charCodeAt(end + 1);
  return (c === 45 || c === 0x2010) && d >= 97 && d <= 122;
}

/**
 * A Chinese or Korean name puts the surname first (`Gao Gang`, `Kim Il Sung`); a Russian or Western
 * one last (`Andrei Wyschinski`, `Mark Wayne Clark`), and its given name alone (`Kliment`, `Mark`)
 * names nobody: a cable calls such a man by his surname.
 */
function surnameFirst(entry: GazetteerEntry): boolean {
  const languages = languagesOf(entry);
  return languages.has('zh') || languages.has('ko');
}

/**
 * The words of a full name's key (`kim\u0001il\u0001sung`) when it is a Latin name without initials,
 * else null; read once per key, since the same names come back in every cable.
 */
function latinWordsOf(key: string): readonly string[] | null {
  let words = latinWordsByKey.get(key);
  if (words === undefined) {
    const split = key.split('\u0001');
    words = /^[a-z]/.test(split[0]!) && !split.some((k) => k.endsWith('.')) ? split : null;
    if (latinWordsByKey.size >= LATIN_WORDS_LIMIT) latinWordsByKey.clear();
    latinWordsByKey.set(key, words);
  }
  return words;
}
const latinWordsByKey = new Map<string, readonly string[] | null>();
/** How many keys `latinWordsOf` remembers before it starts over. */
const LATIN_WORDS_LIMIT = 50_000;

/** Who a document names in full, by surname and by given name: the first mention of each person. */
interface NamedInFull {
  /** Surname → the people named in full with it. */
  readonly bySurname: Map<string, Map<string, EntityMention>>;
  /** The first word of a given name → the given names starting with it. */
  readonly byGiven: Map<string, GivenName[]>;
}

function namedInFull(full: readonly EntityMention[]): NamedInFull {
  const bySurname = new Map<string, Map<string, EntityMention>>();
  const byGiven = new Map<string, GivenName[]>();
  for (const m of full) {
    const keys = latinWordsOf(m.key);
    if (keys === null) continue;
    const entry = m.resolution.best.entry;
    const id = entry.id;
    const first = surnameFirst(entry);
    const surname = first ? keys[0]! : keys[keys.length - 1]!;
    const s = bySurname.get(surname) ?? new Map<string, EntityMention>();
    if (!s.has(id)) s.set(id, m);
    bySurname.set(surname, s);
    if (!first) continue;
    const given = keys.slice(1);
    if (given.join('').length < 4) continue; // `Il`, `Ke`: too short to stand alone
    const list = byGiven.get(given[0]!) ?? [];
    let g = list.find((x) => x.keys.join('\u0001') === given.join('\u0001'));
    if (!g) list.push((g = { keys: given, named: new Map() }));
    if (!g.named.has(id)) g.named.set(id, m);
    byGiven.set(given[0]!, list);
  }
  return { bySurname, byGiven };
}

function readBareNames(input: ContextualInput, full: readonly EntityMention[], out: EntityMention[]): void {
  const { text, tokens, inMention } = input;
  const { bySurname, byGiven } = namedInFull(full);
  if (bySurname.size === 0) return;
  // the hashes of the words looked for: most capitalised words are told apart without making their keys
  const wanted = new Set([...bySurname.keys(), ...byGiven.keys()].map(hashKey));
  const resolved = new Map<Map<string, EntityMention>, Resolution>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (inMention[k] || t.kind !== 'word' || !t.capitalised || (t.hashed && !wanted.has(t.lookupHash)) || !t.latin) continue;
    const key = t.lookupKey;
    const surnameOf = bySurname.get(key);
    const givens = byGiven.get(key);
    if (!surnameOf && !givens) continue;
    if (isShortEnglishWord(key) || isCommonEnglishWord(key) || NOT_NAMES.has(key) || input.isCommonWord?.(t.text)) continue;
    // `crossed the Han on rafts`: a man is not `the Han`
    // (read in the text: the tokens hold only the words the recognizer looks for)
    if (!t.isPossessive && ARTICLE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
    // a given name of several words: all of them, written as in the full name
    const given = givens ? givenNameAt(text, tokens, inMention, k, givens) : undefined;
    const named = given?.named ?? surnameOf;
    if (!named) continue;
    const last = given ? k + given.keys.length - 1 : k;
    if (partOfLongerName(text, tokens, inMention, k, last)) continue;
    const start = t.start;
    const end = t.isPossessive && last === k ? t.end - 2 : tokens[last]!.end;
    // `Ambassador Zhang` among several men of the surname: the one who held the office
    const titled = !given ? titledAmongNamed(input, t, key, named) : undefined;
    if (titled === 'unread') continue;
    // every bare `Kim` of a cable reads alike
    let resolution = titled ?? resolved.get(named);
    if (!resolution) resolved.set(named, (resolution = namedInFullResolution(named)));
    const written = text.slice(start, end);
    const mention = contextMention(input, start, end, written, resolution, given ? 'givenName' : 'surname', last === k ? key : foldKey(written));
    out.push({ ...mention, possessive: t.isPossessive && last === k });
    for (let n = k; n <= last; n++) inMention[n] = 1;
    k = last;
  }
}

/**
 * Those of `people` who held an office of the title `before` names (`TITLE_BEFORE_SURNAME`'s match)
 * on the text's date at `at`, each with the office as evidence; undefined when the date has no year.
 */
function titleHolders(input: ContextualInput, at: number, before: RegExpExecArray, people: Iterable<GazetteerEntry>): Candidate[] | undefined {
  const date = dateAt(input.context, at);
  if (date?.year === undefined) return undefined;
  const office = before[2]!.toLowerCase().replace(/[- ]general$/, '');
  const words = TITLE_WORDS[office] ?? [office];
  const deputy = before[1] !== undefined;
  const holders: Candidate[] = [];
  for (const entry of people) {
    const role = (entry.roles ?? []).find((r) => roleFitsDate(r, date) !== 'no' && roleHasTitle(r, words, deputy));
    if (!role) continue;
    const form = nameForms(entry)[0]!;
    holders.push({ entry, via: 'name', form, system: form.system, score: 2, evidence: [{ kind: 'titleHeld', detail: role.title }] });
  }
  return holders;
}

/**
 * `Ambassador Zhang` in a cable that names Zhang Wentian and Zhang Hanfu in full: of the people a
 * bare surname may stand for, the one who held an office of the title before it on the date; when
 * the document names only one man of the surname and he held no such office, the one man of the
 * gazetteer who did (`Ambassador Zhang` beside `Vice Minister Zhang Hanfu` in June 1951 is Zhang
 * Wentian). Undefined where no title stands before the word or the title tells nothing.
 */
function titledAmongNamed(input: ContextualInput, t: Token, key: string, named: ReadonlyMap<string, EntityMention>): Resolution | 'unread' | undefined {
  const before = TITLE_BEFORE_SURNAME.exec(input.text.slice(Math.max(0, t.start - 30), t.start));
  if (!before) return undefined;
  const entries = [...named.values()].map((m) => m.resolution.best.entry);
  const holders = titleHolders(input, t.start, before, entries);
  if (!holders) return undefined;
  if (named.size > 1 && holders.length === 1) {
    const m = named.get(holders[0]!.entry.id)!;
    const best: Candidate = { ...holders[0]!, form: m.resolution.best.form, system: m.resolution.best.system, evidence: [...holders[0]!.evidence, { kind: 'namedInFull', detail: m.name, span: m.span }] };
    return { best, confidence: 'probable', alternatives: [] };
  }
  if (named.size === 1 && holders.length === 0) {
    // the man named in full held no such office: leave the word to the office's one holder, if the gazetteer has one
    const all = titleHolders(input, t.start, before, peopleBySurname(input.index).bySurname.get(key) ?? []) ?? [];
    if (all.length === 1 && !named.has(all[0]!.entry.id)) return 'unread';
  }
  return undefined;
}

/** `the ` right before a word. */
const ARTICLE_BEFORE = /(?:^|[^A-Za-z])[Tt]he[ \t]+$/;

/** Is the bare name at tokens `k`..`last` a word of a longer name, another man's or a misspelt one? */
function partOfLongerName(text: string, tokens: readonly Token[], inMention: Uint8Array, k: number, last: number): boolean {
  // `Le Kenong` (a misspelt `Li Kenong`) or an unknown `Tae-hong Kim`: a capitalised word right before, on the same line and in the same sentence
  const previous = k > 0 ? tokens[k - 1] : undefined;
  if (previous && !inMention[k - 1] && previous.kind === 'word' && previous.capitalised && /^[ \t-]+$/.test(text.slice(previous.end, tokens[k]!.start))
    && !HONORIFICS.has(previous.key) && !NOT_NAMES.has(previous.key)) return true;
  // `Kim Tae-hong`, a name the gazetteer lacks, is not Kim Il Sung: no capitalised word may follow as part of it
  const next = last + 1 < tokens.length ? tokens[last + 1] : undefined;
  return next !== undefined && !inMention[last + 1] && next.kind === 'word' && next.capitalised && isNameGapAt(text, tokens[last]!.end, next.start, false)
    && !/\n/.test(text.slice(tokens[last]!.end, next.start)) && !NOT_NAMES.has(next.key) && (!isShortEnglishWord(next.key) || hyphenedOn(text, next.end));
}

/** The people of a bare name the document names in full, in the order it names them. */
function namedInFullResolution(named: ReadonlyMap<string, EntityMention>): Resolution {
  const candidates = [...named.values()].map((m, order): Candidate => ({
    entry: m.resolution.best.entry,
    via: 'name',
    form: m.resolution.best.form,
    system: m.resolution.best.system,
    score: 10 - order,
    evidence: [{ kind: 'namedInFull', detail: m.name, span: m.span }],
  }));
  return candidates.length === 1
    ? { best: candidates[0]!, confidence: 'certain', alternatives: [] }
    : { best: candidates[0]!, confidence: 'uncertain', alternatives: candidates.slice(1) };
}

// ---------------------------------------------------------------- a surname after a title

/**
 * A title before a name, as the office it names: `Ambassador`, `Vice Minister`, `Consul General`, in any case (`AMBASSADOR WANG`)
 * (the consul's office), `the ambassador`. The qualifier (`Vice`, `Deputy`) names a deputy's office.
 */
const TITLE_BEFORE_SURNAME = /(?:^|[^A-Za-z])(?:((?:[Vv]ice|[Dd]eputy)[- ]))?([Aa]mbassador|[Mm]inister|[Pp]remier|[Cc]hairman|[Pp]resident|[Cc]onsul(?:[- ][Gg]eneral)?|[Cc]ounsell?or|[Aa]ttach[eé]|[Aa]dvis[eo]r|[Cc]ommander|[Ss]ecretary|[Ee]nvoy)[ \t]+$/i;
/** A title's words as a role's title spells them: `counselor` is a `Counsellor`. */
const TITLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  counselor: ['counsellor', 'counselor'],
  counsellor: ['counsellor', 'counselor'],
  adviser: ['adviser', 'advisor'],
  advisor: ['adviser', 'advisor'],
  attaché: ['attache', 'attaché'],
  attache: ['attache', 'attaché'],
};
/** Words that make an office a deputy's: `Vice Minister`, `Deputy Chairman`, `Vice-Chairman`. */
const DEPUTY_WORDS = new Set(['vice', 'deputy', 'assistant']);

/** Does the role's title hold the title (`ambassador`), as the deputy's office when `deputy`, else not? */
function roleHasTitle(role: Role, words: readonly string[], deputy: boolean): boolean {
  const title = role.title.toLowerCase().split(/[^a-zé]+/);
  return title.some((w, i) => words.includes(w) && DEPUTY_WORDS.has(title[i - 1] ?? '') === deputy);
}

interface PeopleBySurname {
  readonly bySurname: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** The surnames' hashes (`hashKey`): most capitalised words are told apart without making their keys. */
  readonly hashes: ReadonlySet<number>;
}
const peopleBySurnameMemo = new WeakMap<EntityIndex, PeopleBySurname>();

/** The people of the gazetteer by surname (folded): the first word of a Chinese or Korean name of two words or more, the last of any other. */
function peopleBySurname(index: EntityIndex): PeopleBySurname {
  let memo = peopleBySurnameMemo.get(index);
  if (memo) return memo;
  const out = new Map<string, GazetteerEntry[]>();
  for (const entry of index.gazetteer.entries) {
    if (entry.kind !== 'person') continue;
    const first = surnameFirst(entry);
    for (const form of nameForms(entry)) {
      const words = foldKey(form.form).split(/\s+/);
      if (words.length < 2 || !words.every((w) => /^[a-z][a-z'-]*$/.test(w))) continue; // initials, hanzi, Cyrillic
      const surname = first ? words[0]! : words[words.length - 1]!;
      const list = out.get(surname) ?? [];
      if (!list.includes(entry)) list.push(entry);
      out.set(surname, list);
    }
  }
  peopleBySurnameMemo.set(index, (memo = { bySurname: out, hashes: new Set([...out.keys()].map(hashKey)) }));
  return memo;
}

/**
 * `Ambassador Wang` in 1950: a surname after a title, of the one person of the gazetteer with that
 * surname who held an office of that title on the text's date (Wang Jiaxiang, the PRC's ambassador in
 * Moscow); none or several, and the name stays unread. A name the document gives in full, or a form
 * of the gazetteer (`Ambassador Roshchin`), is read before this.
 */
function readTitledSurnames(input: ContextualInput, out: EntityMention[]): void {
  const { text, tokens, inMention } = input;
  const { bySurname, hashes } = peopleBySurname(input.index);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (inMention[k] || t.kind !== 'word' || !t.capitalised || !t.latin || (t.hashed && !hashes.has(t.lookupHash))) continue;
    const key = t.lookupKey;
    const people = bySurname.get(key);
    if (!people) continue;
    const before = TITLE_BEFORE_SURNAME.exec(text.slice(Math.max(0, t.start - 30), t.start));
    if (!before || isShortEnglishWord(key) || isCommonEnglishWord(key) || NOT_NAMES.has(key) || input.isCommonWord?.(t.text)) continue;
    if (partOfLongerName(text, tokens, inMention, k, k)) continue;
    const holders = titleHolders(input, t.start, before, people);
    if (holders?.length !== 1) continue;
    const end = t.isPossessive ? t.end - 2 : t.end;
    const written = text.slice(t.start, end);
    const mention = contextMention(input, t.start, end, written, { best: holders[0]!, confidence: 'probable', alternatives: [] }, 'titledSurname', key);
    out.push({ ...mention, possessive: t.isPossessive });
    inMention[k] = 1;
  }
}
