/**
 * Entity recognition: one pass over the tokens of a document against the gazetteer's index,
 * then resolution of every mention with what the whole document says (glosses, channels, date).
 */
import type { PartialDate, Span } from '../types';
import { partitionPoint } from '../spans';
import { rememberedPerObjectAndWord } from '../memo';
import type { BracketKind, EditorialBracket } from '../parser/ast';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { AFTER_1953, type Country, type GazetteerEntry, type Role } from '../gazetteer/types';
import { foldKey } from '../gazetteer/names';
import { namesOffice, officeWordsBeside } from './officeWords';
import { entityIndexFor, matchAt, MULTI_WORD_MAX, type EntityIndex, type FormMatch, type FormTarget } from './entityIndex';
import { afterCapitalisedHyphen, tokenize, hashKey, isNameGapAt, type Token } from './tokenizer';
import { capitalisedWordAfter, matchRomanisedAt, matchRussianVariantAt, RUSSIAN_CASE_ENDINGS, russianSpellingTargets } from './romanised';
import { editDistance, phoneticKey } from './spelling';
import { isChineseSyllable, romanisationKeys, type Language } from '../romanisation';
import { ABBREVIATED, HONORIFICS, NOT_NAMES, SINGULAR } from './honorifics';
import { dateFit, farOutside, formatPeriod, monthsOutside, roleFitsDate, rolesFitDate } from './dates';
import { contextualMentions, gazetteerSurnames, spacedName } from './contextual';
import { contextsByOffset, dateAt, yearAfterName } from './textDates';
import { findUnknownPeople } from './unknownPeople';
import type {
  Candidate,
  EntityAnalysis,
  EntityContext,
  EntityMention,
  Evidence,
  MentionType,
  NearMiss,
  Resolution,
  ResolutionConfidence,
  UnknownPerson,
} from './types';
import { PROCESSING_LINE_CUE } from './types';
import { isAsciiLetter, isBlank } from '../chars';

export interface RecognitionOptions {
  /**
   * Extra test for ordinary words that must never be taken for a misspelt name (e.g. a spelling
   * dictionary wired in by the server). The built-in list already covers English words close to
   * built-in names.
   */
  readonly isCommonWord?: (word: string) => boolean;
}

/**
 * Brackets whose words are checked for spelling like plain text: the editor's names and glosses,
 * and the notes and handwriting the editor reports (`[handwritten: to Cde. Stilin]`). Others hold
 * Russian, doubts, supplied words.
 */
const NAME_BRACKETS = new Set<BracketKind>(['name-normalisation', 'pseudonym-gloss', 'partial-reading', 'physical', 'note', 'summary']);

interface RawMention {
  first: number;
  last: number;
  span: Span;
  fullSpan: Span;
  name: string;
  key: string;
  targets: readonly FormTarget[];
  honorific?: Span;
  possessive: boolean;
  letterSpaced: boolean;
  completed: boolean;
  gloss?: { span: Span; text: string; entryIds: string[] };
  glossOf?: number;
  bracket?: BracketKind;
}

/**
 * A typed array of one element per token, zeroed, over a buffer kept (and grown) from one document
 * to the next: an array of more than 64 bytes is allocated outside V8's heap, at several times the
 * cost of zeroing it. Documents are analysed one at a time, and no such array outlives an analysis.
 */
class ReusedArray<A extends Uint8Array | Uint32Array> {
  private buffer: A;

  constructor(private readonly create: (length: number) => A) {
    this.buffer = create(1024);
  }

  /** `length` zeroes, valid until the next call. */
  zeroed(length: number): A {
    if (this.buffer.length < length) this.buffer = this.create(Math.max(length, 2 * this.buffer.length));
    const array = this.buffer.subarray(0, length) as A;
    array.fill(0);
    return array;
  }
}
/** The tokens inside a mention, of the document being analysed. */
const IN_MENTION = new ReusedArray((length) => new Uint8Array(length));
const FLAGGED = new ReusedArray((length) => new Uint8Array(length));
const CANDIDATES_BEFORE = new ReusedArray((length) => new Uint32Array(length));

/**
 * `Nanking Road`, `Peking Street`: a place's name that names a street of another city; `Clark Field`,
 * `Stalin Avenue`: a man's name that names a place.
 */
function namesAStreet(text: string, tokens: readonly Token[], m: FormMatch): boolean {
  const next = tokens[m.last + 1];
  if (next === undefined || !next.capitalised) return false;
  // the place's word is asked last: its text is made only for a capitalised word after a name
  const words = m.targets.every((t) => t.entry.kind === 'place') ? STREET_WORDS : m.targets.every((t) => t.entry.kind === 'person') ? NAMED_PLACE_WORDS : undefined;
  return words !== undefined && words.has(next.text) && isNameGapAt(text, tokens[m.last]!.end, next.start, false);
}
const STREET_WORDS = new Set(['Road', 'Street', 'Avenue', 'Lane', 'ROAD', 'STREET', 'AVENUE']);
/** Words that make a man's name a place's: `Clark Field`, `Stalin Street`, `Voroshilov Bay`. */
const NAMED_PLACE_WORDS = new Set([...STREET_WORDS, 'Field', 'Airfield', 'Airport', 'Bay', 'Island', 'Islands', 'River', 'Square', 'Station', 'Canal', 'Bridge', 'Harbour', 'Harbor', 'FIELD', 'AIRFIELD', 'BAY', 'ISLAND', 'RIVER', 'SQUARE', 'STATION']);

export function analyzeEntities(
  text: string,
  gazetteer: Gazetteer,
  context: EntityContext,
  options: RecognitionOptions = {},
): EntityAnalysis {
  const index = entityIndexFor(gazetteer);
  const tokens = tokenize(text, index.words);
  const brackets = new BracketLocator(context.brackets);
  const inMention = IN_MENTION.zeroed(tokens.length);
  const sideAt = sidesOf(index, context, text, tokens);
  const raw = readFormMentions(text, tokens, index, context, brackets, inMention, sideAt);
  // where the cipher office's clerks sign: read by the clerk check, the resolution and the near-miss filter
  const onProcessingLine = slotsOf(context, PROCESSING_LINE_CUE);
  const read = withoutFormationsOutOfTime(withoutPlacesAfterSurnames(withoutBearersOfCoverNames(raw, text, inMention, index, context), text, inMention, index), context.date?.year);
  const resolved = resolveAll(withoutNamesakesOfClerks(read, onProcessingLine), index, context, text, (m) => sideAt(m.first, m.last, m.span.start), onProcessingLine);
  const bracketAt = (offset: number) => brackets.kindAt(offset);
  const fromContext = contextualMentions({ text, tokens, inMention, mentions: resolved, index, context, bracketAt, isCommonWord: options.isCommonWord });
  const mentions = fromContext.length ? mergeMentions(resolved, fromContext) : resolved;
  // the cipher office's clerks are many and unlisted (`Deciphered by Roshchina`, `Typed by Belova`):
  // a clerk's surname near a listed name is another person, not its misspelling (near a listed
  // clerk's, it is that clerk misspelt: `Kornushina` / `Kornyushina`)
  const found = findNearMisses(text, tokens, inMention, index, brackets, options)
    .filter((n) => !onProcessingLine(n.span) || n.entries.some((e) => e.tags?.includes('clerk')));
  const unknownPeople = findUnknownPeople({
    text,
    tokens,
    inMention,
    nearMisses: found.filter((n) => !missesOnlyAPlace(n)).map((n) => n.span),
    placeNearMisses: found.filter(missesOnlyAPlace).map((n) => n.span),
    index,
    slots: context.personSlots ?? [],
    bracketAt,
    isCommonWord: options.isCommonWord,
    readGloss: (from) => readGloss(text, from, index),
  });
  // `Colonel General Razin` beside the port of `Rajin`: a place's near miss read as a person after a
  // rank or a form of address is that person, no slip of the place's name
  const readAsPerson = (n: NearMiss) => unknownPeople.some((u) => u.span.start <= n.span.start && n.span.end <= u.span.end);
  const nearMisses: NearMiss[] = [];
  const nearMissesAlone: NearMiss[] = [];
  for (const n of found) {
    if (glossPairedWith(text, n, mentions) || (missesOnlyAPlace(n) && readAsPerson(n))) continue;
    (!n.besideOnly || namesAnyOf(mentions, n.entries) ? nearMisses : nearMissesAlone).push(n);
  }
  const glossed = unknownPeople.some((u) => glossedPerson(u, index)) ? readGlossedUnknowns(mentions, unknownPeople, index, bracketAt) : undefined;
  return { text, context, mentions: glossed?.mentions ?? mentions, nearMisses, nearMissesAlone, unknownPeople: glossed?.unknownPeople ?? unknownPeople };
}

/** The one person an unknown name's gloss names (`Cde. Maksimov [Meretskov]`), if it names one person only. */
function glossedPerson(u: UnknownPerson, index: EntityIndex): GazetteerEntry | undefined {
  const ids = u.gloss?.entryIds;
  const entry = ids?.length === 1 ? index.gazetteer.get(ids[0]!) : undefined;
  return entry?.kind === 'person' ? entry : undefined;
}

/**
 * `The fronts of Cde. Maksimov [Meretskov] and Cde. Morozov [Malinovsky]`: a name the gazetteer lacks
 * (a cover name it does not list), glossed by the editor with one known person, is that person, as
 * `VASILIEV [Vasilevsky]` is (`glossedOtherwise`): read as a mention of him, certain by the gloss, and
 * no longer offered as an unknown person; the gloss's own name is the gloss of it.
 */
function readGlossedUnknowns(
  mentions: readonly EntityMention[], unknownPeople: readonly UnknownPerson[], index: EntityIndex, bracketAt: (offset: number) => BracketKind | undefined,
): { mentions: EntityMention[]; unknownPeople: UnknownPerson[] } {
  const read: EntityMention[] = [];
  const rest: UnknownPerson[] = [];
  for (const u of unknownPeople) {
    const entry = glossedPerson(u, index);
    if (!entry) {
      rest.push(u);
      continue;
    }
    const best: Candidate = { entry, via: 'name', form: { form: u.name }, system: undefined, score: 20, evidence: [{ kind: 'gloss', detail: `[${u.gloss!.text}]` }] };
    read.push({
      span: u.span, fullSpan: u.span, name: u.name, key: foldKey(u.name), type: 'person',
      resolution: { best, confidence: 'certain', alternatives: [] },
      possessive: false, letterSpaced: false, completed: false, gloss: u.gloss, bracket: bracketAt(u.span.start),
    });
  }
  // the name in each new mention's gloss is its gloss (`glossOf`), as `FILIPPOV [Stalin]`'s is; the
  // mentions are in text order, so those inside a gloss are found by a search, not a scan of them all
  const merged = mergeMentions(mentions, read);
  const owners = new Map<number, number>();
  const isNew = new Set<EntityMention>(read);
  merged.forEach((o, k) => {
    if (!isNew.has(o)) return;
    const gloss = o.gloss!.span;
    for (let j = partitionPoint(merged, (x) => x.span.start < gloss.start); j < merged.length && merged[j]!.span.start < gloss.end; j++) {
      if (j !== k && merged[j]!.span.end <= gloss.end && !owners.has(j)) owners.set(j, k);
    }
  });
  return {
    mentions: merged.map((m, j) => {
      const owner = owners.get(j);
      return owner === undefined || m.glossOf !== undefined || m.reference !== undefined ? m : { ...m, glossOf: owner };
    }),
    unknownPeople: rest,
  };
}

/** Whose body the generic name at tokens `first`..`last` (offset `at`) is; `owner`, the owner named after it, when already looked for. */
type SideAt = (first: number, last: number, at: number, owner?: Side) => Side | undefined;

/**
 * Whose body a generic name is: the country its words name (`the Soviet General Staff`, `the
 * Politburo of the KWP`), else the country of the speaker's words in a record, else of the sender's.
 */
function sidesOf(index: EntityIndex, context: EntityContext, text: string, tokens: readonly Token[]): SideAt {
  const side = writtenIn(index, context, text);
  const speaking = speakerAt(index, context);
  return (first, last, at, owner = ownerSide(index, text, tokens, last)) =>
    namedSide(tokens, first) ?? owner ?? speaking(at) ?? (side && at >= side.from ? side : undefined);
}

/**
 * The mentions of the index's forms, of names spelt by their systems and of Russian names in another
 * transliteration, in one pass over the tokens: each the longest reading at its first token. Marks
 * their tokens in `inMention`.
 */
function readFormMentions(
  text: string,
  tokens: readonly Token[],
  index: EntityIndex,
  context: EntityContext,
  brackets: BracketLocator,
  inMention: Uint8Array,
  sideAt: SideAt,
): RawMention[] {
  const raw: RawMention[] = [];
  let inCorrespondentSlot: ((span: Span) => boolean) | undefined;
  // only a state's bodies are read by country (the owner after the name is looked for once)
  const readMatch = (m: FormMatch | undefined): FormMatch | undefined => {
    if (!m || !readByCountry(m.targets)) return m;
    const owner = ownerSide(index, text, tokens, m.last);
    // `the Politburo of the Japanese Communist Party`: another nation's body, which the gazetteer does not keep
    if (!owner && foreignOwnerAfter(text, tokens[m.last]!.end)) return undefined;
    const read = readBySide(m, sideAt(m.first, m.last, tokens[m.first]!.start, owner), dateAt(context, tokens[m.first]!.start)?.year);
    return read && owner ? ofCountry(read, owner.country) : read;
  };

  for (let i = 0; i < tokens.length; ) {
    const m = readMatch(matchAt(index, text, tokens, i));
    // no listed form here, one of one word (`Mao` of `Mao Tse Tung`), or one the name runs on past
    // (`Kim Il` of `Kim Il-seong`): a longer name may be spelt by its system
    const r = !m || m.last === i || capitalisedWordAfter(text, tokens[m.last]!.end) ? matchRomanisedAt(index, text, tokens, i) : undefined;
    if (r && (!m || r.last > m.last)) {
      const mention = buildMention(text, tokens, r.first, r.last, r.key, r.targets, r.possessive, index, brackets, r);
      for (let k = r.first; k <= r.last; k++) inMention[k] = 1;
      const prev = raw[raw.length - 1];
      if (prev?.gloss && mention.span.start >= prev.gloss.span.start && mention.span.end <= prev.gloss.span.end) mention.glossOf = raw.length - 1;
      raw.push(mention);
      i = r.last + 1;
      continue;
    }
    // `Kotov-Legon'kov`: a listed Russian name of two words or more, a later word in another transliteration
    const v = !m || m.last === i || capitalisedWordAfter(text, tokens[m.last]!.end) ? matchRussianVariantAt(index, text, tokens, i) : undefined;
    if (v && (!m || v.last > m.last)) {
      for (let k = v.first; k <= v.last; k++) inMention[k] = 1;
      raw.push(buildMention(text, tokens, v.first, v.last, v.fullKey, v.targets, v.possessive, index, brackets));
      i = v.last + 1;
      continue;
    }
    if (!m) {
      const t = tokens[i]!;
      // `M A O Z E D O N G`, `F E N G X I` signing or addressed: the name of two words the letters spell run together
      const spelled = t.letterSpaced ? spacedName(index, t.key) : undefined;
      if (spelled && (inCorrespondentSlot ??= anySlotOf(context, (cue) => cue === 'addressee' || cue === 'signature'))(t)) {
        inMention[i] = 1;
        raw.push(buildMention(text, tokens, i, i, spelled, index.targets.get(spelled)!, false, index, brackets));
        i++;
        continue;
      }
      // `Krasovskii`, `Roščin`: a listed Russian surname in another transliteration
      const targets = t.kind === 'word' && t.latin && t.capitalised && !t.letterSpaced && t.keyLength >= 5 ? russianSpellingTargets(index, t) : undefined;
      if (targets && !rankedOutOfCover(text, t.start, targets, dateAt(context, t.start))) {
        inMention[i] = 1;
        raw.push(buildMention(text, tokens, i, i, t.stemKey ?? t.key, targets, t.isPossessive, index, brackets));
      }
      i++;
      continue;
    }
    // (`S H T Y K O V` is a name only where a man signs or is addressed, not letter-spaced in the text or a stamp;
    // a text read without its parse, no slots given, reads it anywhere)
    if (tokens[i]!.letterSpaced && m.last === i && context.personSlots && !(inCorrespondentSlot ??= anySlotOf(context, (cue) => cue === 'addressee' || cue === 'signature'))(tokens[i]!)) {
      i++;
      continue;
    }
    if (tokens[i]!.kind === 'initial' && m.last === i || namesAStreet(text, tokens, m) || rankedOutOfCover(text, tokens[m.first]!.start, m.targets, dateAt(context, tokens[m.first]!.start)) || surnameOfAnother(text, tokens, m, index)) {
      i++;
      continue;
    }
    const mention = buildMention(text, tokens, m.first, m.last, m.fullKey, realAfterRank(text, tokens[m.first]!.start, m.targets), m.possessive, index, brackets);
    for (let k = m.first; k <= m.last; k++) inMention[k] = 1;
    // a mention inside the gloss of the previous one (`FILIPPOV [Stalin]`)
    const prev = raw[raw.length - 1];
    if (prev?.gloss && mention.span.start >= prev.gloss.span.start && mention.span.end <= prev.gloss.span.end) {
      mention.glossOf = raw.length - 1;
    }
    raw.push(mention);
    i = m.last + 1;
  }
  return raw;
}

/**
 * Whether a name's forms are read by whose text it is and by the country named after them
 * (`readBySide`, `ofCountry`): a generic name (`the Politburo`, `the Ministry of Foreign Affairs`),
 * or only bodies of a state. Asked at every name found; remembered by list of forms, which the
 * index shares among all the mentions of a name.
 */
const readByCountryMemo = new WeakMap<readonly FormTarget[], boolean>();

function readByCountry(targets: readonly FormTarget[]): boolean {
  let read = readByCountryMemo.get(targets);
  if (read === undefined) {
    read = targets.some((t) => t.form.generic) || targets.every((t) => t.entry.kind === 'organisation' && t.entry.country);
    readByCountryMemo.set(targets, read);
  }
  return read;
}

/** A near miss of a place's or a body's name, no person's or cover name among its candidates. */
function missesOnlyAPlace(miss: NearMiss): boolean {
  return !miss.entries.some((e) => e.kind === 'person');
}

/**
 * `The Soviet advisers Vasiliev and Postnikov` in 1950: a name that is only a cover name, used
 * years outside its period (`farOutside`), which no gloss in the document ties to its owner, none
 * of whose channels the cable names, and which is not written the way cover names are (after
 * `Cde.`, or as an addressee or a signature: `To Cde. Terebin` in 1951 is still read), is someone
 * who bears the name. Such mentions are left unread (their words free for the readings from
 * context), the others renumbered.
 */
function withoutBearersOfCoverNames(raw: readonly RawMention[], text: string, inMention: Uint8Array, index: EntityIndex, context: EntityContext): readonly RawMention[] {
  if (context.date?.year === undefined && context.datedTexts === undefined) return raw;
  const bearer = (m: RawMention) => {
    const date = dateAt(context, m.span.start);
    return date?.year !== undefined && m.targets.every((t) => t.via === 'pseudonym' && t.pseudonym && farOutside(date, t.pseudonym.from, t.pseudonym.to));
  };
  if (!raw.some(bearer)) return raw;
  // what would vouch for the cover name: a gloss of the same form anywhere, a channel of it in the header or named in the text
  const glossed = new Set<string>();
  for (const [key, ids] of context.glosses ?? []) for (const id of ids) glossed.add(`${key}\u0000${id}`);
  const named = new Set<string>();
  for (const m of raw) {
    for (const id of m.gloss?.entryIds ?? []) glossed.add(`${m.key}\u0000${id}`);
    if (namesOneEntry(m.targets)) named.add(m.targets[0]!.entry.id);
  }
  addChannelKeys(named, index, context);
  const slots = (context.personSlots ?? []).filter((s) => s.cue !== PROCESSING_LINE_CUE);
  // (`the trade representative Cde. Semenov`: a post none of the men behind the cover name held names an official, not a cover name)
  const addressed = (m: RawMention) => (m.honorific !== undefined && !afterOthersPost(text, m)) || slots.some((s) => s.span.start <= m.span.start && m.span.end <= s.span.end);
  const glossedHere = (m: RawMention) => m.targets.some((t) => glossed.has(`${m.key}\u0000${t.entry.id}`));
  const onChannel = (m: RawMention) => m.targets.some((t) => (t.channelKeys ?? []).some((k) => named.has(k)));
  const out: RawMention[] = [];
  const newIndex: number[] = [];
  raw.forEach((m, k) => {
    // (an official's post names a man the channel's cover name is not: `the trade representative Cde. Semenov` in a Beijing cable)
    if (bearer(m) && !glossedHere(m) && (!onChannel(m) || afterOthersPost(text, m))) {
      // `VASILIEV` signing in Pyongyang in 1950 is the adviser of that name, not Stalin's wartime cover name
      const people = bearersOn(index, m.key, dateAt(context, m.span.start)!);
      if (people.length) {
        newIndex[k] = out.length;
        out.push({ ...m, targets: people });
        return;
      }
      // with no such man known, a name written as cover names are (after `Cde.`, in an address or a signature) keeps its reading
      if (!addressed(m)) {
        for (let j = m.first; j <= m.last; j++) inMention[j] = 0;
        return;
      }
    }
    newIndex[k] = out.length;
    out.push(m);
  });
  // a gloss's owner dropped leaves the gloss unowned
  return withGlossesRenumbered(out, newIndex);
}

/** Is a cover name written after an official's post (`the trade representative Cde. Semenov`) that none of the men behind it ever held? */
function afterOthersPost(text: string, m: RawMention): boolean {
  const lineStart = text.lastIndexOf('\n', m.span.start - 1) + 1;
  const post = OFFICIALS_POST.exec(text.slice(Math.max(lineStart, m.span.start - 80), m.span.start))?.[1];
  if (!post) return false;
  const stem = post.toLowerCase().slice(0, 5);
  return !m.targets.some((t) => (t.entry.roles ?? []).some((r) => r.title.toLowerCase().includes(stem)));
}

/**
 * `translated by Chen Jian`: a one-word place name (`Jian`, a spelling of Ji'an) right after a
 * surname of the gazetteer's people, in capitals or in normal case as the place is, is a man's given
 * name, not the place. Such mentions are left unread, their words free for the readings of unknown people.
 */
function withoutPlacesAfterSurnames(raw: readonly RawMention[], text: string, inMention: Uint8Array, index: EntityIndex): readonly RawMention[] {
  const named = (m: RawMention) => {
    // (most names are people's: the kind of the first form is looked at first)
    if (m.targets[0]?.entry.kind !== 'place' || m.gloss || !m.targets.every((t) => t.entry.kind === 'place') || m.key.includes('\u0001')) return false;
    const before = surnameBefore(text, m.span.start);
    return before !== undefined && sameCase(before, m.name) && gazetteerSurnames(index).has(before.toLowerCase());
  };
  if (!raw.some(named)) return raw;
  return keptInOrder(raw, (m) => {
    if (!named(m)) return true;
    for (let j = m.first; j <= m.last; j++) inMention[j] = 0;
    return false;
  });
}
/**
 * `the 39th Army` in a cable of 1945 is not the Chinese People's Volunteers' 39th Army of 1950–1953:
 * a numbered formation's bare name (`39th Army`, `13th Army Group`, `X Corps`, `第三十九军`) is borne
 * by many armies, and names the gazetteer's one only in a year of its recorded period. Out of it the
 * mention is left unread (its words stay taken: no unknown person is read in them).
 */
function withoutFormationsOutOfTime(raw: readonly RawMention[], year: number | undefined): readonly RawMention[] {
  if (year === undefined) return raw;
  const outOfTime = (m: RawMention) =>
    !m.gloss && m.targets[0]?.entry.kind === 'organisation' && NUMBERED_FORMATION.test(m.name) && m.targets.every((t) => t.entry.kind === 'organisation' && outsideEveryRole(t.entry, year));
  if (!raw.some(outOfTime)) return raw;
  return keptInOrder(raw, (m) => !outOfTime(m));
}
const NUMBERED_FORMATION = /^(?:\d{1,3}(?:st|nd|rd|th)|[IVXL]{1,6}|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+(?:Army(?:\s+Group)?|Corps|Division|Front|Field\s+Army)$|^第[一二三四五六七八九十百零〇]+(?:军|軍|兵团|兵團|师|師|野战军|野戰軍)$/i;

/** Whether every role of an entry (it has some) lies in other years than `year`. */
function outsideEveryRole(e: GazetteerEntry, year: number): boolean {
  const roles = e.roles ?? [];
  return roles.length > 0 && roles.every((r) => startsAfter(r, year) || endsBefore(r, year));
}

/** Whether every role of a body starts after the year: it did not yet exist (the treaty of 1950 in 1949). */
function notYetMade(e: GazetteerEntry, year: number): boolean {
  const roles = e.roles ?? [];
  return roles.length > 0 && roles.every((r) => startsAfter(r, year));
}

/** A role's bounds are dates or years (`1950-02-14`, `1950`): is it recorded as starting after `year`? */
function startsAfter(role: Role, year: number): boolean {
  return role.from !== undefined && Number(String(role.from).slice(0, 4)) > year;
}

/** Is the role recorded as ending before `year`? */
function endsBefore(role: Role, year: number): boolean {
  return role.to !== undefined && Number(String(role.to).slice(0, 4)) < year;
}

/** A capitalised word and one space right before a name: `Chen ` of `Chen Jian`. */
const SURNAME_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}]+) $/u;
/** How far before a name `SURNAME_BEFORE` looks. */
const SURNAME_BEFORE_WINDOW = 16;

/**
 * The word `SURNAME_BEFORE` reads in the 16 characters before `start` (`Chen` of `Chen Jian`), or
 * undefined. Most words before a name are ASCII and read here by their characters (the pattern,
 * anchored at the end, tried each position of the window); beside any other character the pattern reads it.
 */
function surnameBefore(text: string, start: number): string | undefined {
  const from = Math.max(0, start - SURNAME_BEFORE_WINDOW);
  if (start - 1 < from || text.charCodeAt(start - 1) !== 32) return undefined;
  // the letters before the space, back to the window's start at most
  let k = start - 1;
  while (k > from && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  const previous = k > from ? text.charCodeAt(k - 1) : undefined;
  if (previous !== undefined && previous >= 0x80) return SURNAME_BEFORE.exec(text.slice(from, start))?.[1];
  // (`'` or `-` before the word makes it the end of another: `O'Chen`, `Li-Chen`)
  if (previous === 39 || previous === 45 || start - 1 - k < 2 || !isAsciiUpper(text.charCodeAt(k))) return undefined;
  return text.slice(k, start - 1);
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Both in capitals, or both not: `CHEN JIAN`, `Chen Jian`. */
function sameCase(a: string, b: string): boolean {
  return (a === a.toUpperCase()) === (b === b.toUpperCase());
}

/**
 * `Deciphered by Lebedev`, `Typed by Belov`: the cipher office's clerks are many and unlisted, and a
 * clerk who shares a surname with a general or a minister is not that man. On a processing line a
 * name is read only as a listed clerk; any other reading is dropped (its words stay taken, so the
 * clerk is not offered as an unknown person either).
 */
function withoutNamesakesOfClerks(raw: readonly RawMention[], onProcessingLine: (span: Span) => boolean): readonly RawMention[] {
  const namesake = (m: RawMention) => onProcessingLine(m.span) && !m.targets.some((t) => t.entry.tags?.includes('clerk'));
  return raw.some(namesake) ? keptInOrder(raw, (m) => !namesake(m)) : raw;
}

/** The mentions `keep` keeps, a gloss's `glossOf` renumbered (a gloss whose owner is dropped is left unowned). */
function keptInOrder(raw: readonly RawMention[], keep: (m: RawMention) => boolean): RawMention[] {
  const out: RawMention[] = [];
  const newIndex: number[] = [];
  raw.forEach((m, k) => {
    if (!keep(m)) return;
    newIndex[k] = out.length;
    out.push(m);
  });
  return withGlossesRenumbered(out, newIndex);
}

/** The kept mentions with each gloss's `glossOf` moved to its owner's new place (`newIndex` by old place; none if the owner went). */
function withGlossesRenumbered(out: RawMention[], newIndex: readonly number[]): RawMention[] {
  return out.map((m) => (m.glossOf === undefined ? m : { ...m, glossOf: newIndex[m.glossOf] }));
}

/** The people the gazetteer knows by a surname (`Vasiliev` of `N.A. Vasiliev`) with an office on the date: a name's own bearers. */
function bearersOn(index: EntityIndex, surname: string, date: PartialDate): readonly FormTarget[] {
  const out: FormTarget[] = [];
  for (const { name, pos } of index.multiWordByToken.get(surname) ?? []) {
    if (pos !== name.keys.length - 1) continue;
    for (const t of index.targets.get(name.fullKey) ?? []) {
      if (t.via !== 'name' || t.entry.kind !== 'person' || out.some((o) => o.entry === t.entry)) continue;
      if ((t.entry.roles ?? []).some((r) => roleFitsDate(r, date) !== 'no')) out.push(t);
    }
  }
  return out;
}

/** The mentions of gazetteer forms and those read from context, in text order (a gloss's `glossOf` renumbered). */
function mergeMentions(resolved: readonly EntityMention[], read: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  const newIndex: number[] = [];
  let j = 0;
  for (let k = 0; k < resolved.length; k++) {
    while (j < read.length && read[j]!.span.start < resolved[k]!.span.start) out.push(read[j++]!);
    newIndex[k] = out.length;
    out.push(resolved[k]!);
  }
  while (j < read.length) out.push(read[j++]!);
  return out.map((m) => (m.glossOf !== undefined && m.reference === undefined ? { ...m, glossOf: newIndex[m.glossOf]! } : m));
}

/** The document's channels (its origin and destination) as the keys a cover name's channels are listed by: the entries they name, else their words. */
function addChannelKeys(keys: Set<string>, index: EntityIndex, context: EntityContext): Set<string> {
  for (const c of context.channels) {
    const ids = index.lookupPhrase(c);
    if (ids.length) ids.forEach((id) => keys.add(id));
    else keys.add(c.trim().toLowerCase());
  }
  return keys;
}

/**
 * The targets whose given name begins with the written initial, when some do and some do not
 * (`I. KOVALEV` is Ivan, not E. Kovalev; `V. KUZNETSOV` is no cover name); the list itself
 * otherwise. A person's initials are read from his listed forms: `I.V. Kovalev`, `Ivan Vladimirovich
 * Kovalev`, `E. Kovalev`.
 */
function agreeingWithInitial(targets: readonly FormTarget[], initial: string, key: string): readonly FormTarget[] {
  if (namesOneEntry(targets)) return targets;
  return agreeing(targets, `${initial}\u0001${key.slice(key.lastIndexOf('\u0001') + 1)}`);
}
const agreeing = rememberedPerObjectAndWord((targets: readonly FormTarget[], initialAndSurname: string): readonly FormTarget[] => {
  const [initial, surname] = initialAndSurname.split('\u0001') as [string, string];
  // a cover name is written bare: an initial makes the name a man's own
  const fits = targets.filter((t) => { const given = givenInitials(t.entry, surname); return t.via !== 'pseudonym' && (given.size === 0 || given.has(initial)); });
  return fits.length > 0 && fits.length < targets.length ? fits : targets;
});

/** The first letters of a person's given name, from his forms that write it before his surname (`surname`, folded). */
const givenInitials = rememberedPerObjectAndWord((entry: GazetteerEntry, surname: string): ReadonlySet<string> => {
  const found = new Set<string>();
  for (const form of [entry.canonical, ...(entry.variants ?? []).map((v) => v.form)]) {
    const words = form.split(/[\s.]+/).filter(Boolean);
    if (words.length < 2 || foldKey(words[words.length - 1]!) !== surname || !/^[A-Z]/.test(words[0]!)) continue;
    found.add(words[0]!.charAt(0));
  }
  return found;
});

function buildMention(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  key: string,
  targets: readonly FormTarget[],
  possessive: boolean,
  index: EntityIndex,
  brackets: BracketLocator,
  /** A name read by its system gives its own end and letters (a hyphened part may hold no token). */
  spelled?: { readonly end: number; readonly name: string },
): RawMention {
  let start = tokens[first]!.start;
  let name = tokens[first]!.text;
  for (let k = first + 1; k <= last; k++) {
    name += gapInName(text, tokens[k - 1]!.end, tokens[k]!.start, tokens[k]!.kind === 'cjk');
    name += tokens[k]!.text;
  }
  if (possessive) name = name.replace(/['’]s$/i, '');
  let end = tokens[last]!.end;
  if (spelled) {
    name = spelled.name;
    end = spelled.end;
  } else if (tokens[last]!.kind === 'initial' && !key.endsWith('.')) {
    end--; // `Xi.` read as a word: the period ends the sentence
    name = name.slice(0, -1);
  }
  // `Mao [Zedong]`: the bracket opened inside the name closes right after it
  if (text[end] === ']' && containsChar(text, start, end, '[') && !containsChar(text, start, end, ']')) end++;
  // `[Zhou] Enlai`: the bracket closed inside the name opened right before it
  else if (start > 0 && text[start - 1] === '[' && containsChar(text, start, end, ']') && !containsChar(text, start, end, '[')) start--;
  let fullStart = start;
  let fullEnd = end;
  const isPerson = targets.some((t) => t.entry.kind === 'person');
  const sameLine = (a: Token, b: Token) => /^[ \t]*$/.test(text.slice(a.end, b.start));
  // initials are Russian and Western (`I.V. Stalin`, `A. Ya. Vyshinsky`): before a Chinese or Korean
  // name a capital and a period end the sentence before it (`... and Chen Yu. Chen Yun asked ...`)
  if (isPerson && !chineseOrKorean(targets)) {
    let k = first;
    while (k > 0 && first - k < 3 && tokens[k - 1]!.kind === 'initial' && sameLine(tokens[k - 1]!, tokens[k]!)) k--;
    fullStart = tokens[k]!.start;
    let j = last;
    while (j + 1 < tokens.length && j - last < 3 && tokens[j + 1]!.kind === 'initial' && sameLine(tokens[j]!, tokens[j + 1]!)) j++;
    fullEnd = j > last ? tokens[j]!.end : end;
    // `I. KOVALEV`, `Kuznetsov V.`: the first initial rules out the namesakes of other given names
    const initial = k < first ? tokens[k]! : j > last ? tokens[last + 1]! : undefined;
    if (initial && tokens[first]!.kind !== 'initial') targets = agreeingWithInitial(targets, initial.text.charAt(0).toUpperCase(), key);
    first = k;
  }
  let honorific: Span | undefined;
  const before = tokens[first - 1];
  const honorificGap = before && mayBeHonorific(before) ? text.slice(before.end, tokens[first]!.start) : '';
  if (
    before &&
    mayBeHonorific(before) &&
    HONORIFICS.has(before.key) &&
    /^\.?[ \t]*(\r?\n[ \t]*)?$/.test(honorificGap) &&
    (!honorificGap.startsWith('.') || ABBREVIATED.has(before.key)) &&
    (!honorificGap.includes('\n') || SINGULAR.has(before.key))
  ) {
    honorific = { start: before.start, end: before.end + (text[before.end] === '.' ? 1 : 0) };
    fullStart = before.start;
  }
  const gloss = readGloss(text, fullEnd, index);
  return {
    first,
    last,
    span: { start, end },
    fullSpan: { start: fullStart, end: fullEnd },
    name,
    key,
    targets,
    honorific,
    possessive,
    letterSpaced: tokens[first]!.letterSpaced || tokens[last]!.letterSpaced,
    completed: anyCompleted(tokens, first, last),
    gloss,
    bracket: brackets.kindAt(start),
  };
}

/** How the gap between two tokens of a name reads in the name: `Li`⏎`Kenong` → ` `, `Tse-tung` → `-`, `Mao [Zedong]` → ` `. */
function gapInName(text: string, from: number, to: number, cjk: boolean): string {
  let blank = true;
  let empty = true;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 91 || c === 93) continue;
    empty = false;
    if (!(c === 32 || c === 9 || c === 10 || c === 13)) blank = false;
  }
  if (blank) return cjk || empty ? '' : ' ';
  const gap = text.slice(from, to).replace(/[[\]]/g, '');
  // a plural's apostrophe keeps the space after it: `Workers' Party`
  return /^['’]\s/.test(gap) ? `${gap[0]} ` : gap.trim();
}

function containsChar(text: string, from: number, to: number, char: string): boolean {
  const at = text.indexOf(char, from);
  return at >= 0 && at < to;
}

const HONORIFIC_HASHES = new Set([...HONORIFICS].map(hashKey));

/** False for most words, from their hash alone: then `HONORIFICS.has(token.key)` is false too. */
function mayBeHonorific(token: Token): boolean {
  return !token.hashed || HONORIFIC_HASHES.has(token.hash);
}

function anyCompleted(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens[k]!.completed) return true;
  return false;
}

/** `FILIPPOV [Stalin]`, `FENG XI [FYN SI; Stalin]`, `Matveyev (Zakharov)`: a gloss naming entries. */
/** A small-letter word no name or identifying gloss holds (`[probably Stalin]` hedges, `[the area between ...]` describes). */
const DESCRIPTION_WORD = /(?<![\p{L}'’-])(?!(?:of|and|the|or|de|del|van|von|al|bin|probably|possibly|presumably|apparently|evidently|likely|i\.e|ie)\b)[a-z]{3,}\b/u;

function readGloss(text: string, from: number, index: EntityIndex): RawMention['gloss'] {
  let i = from;
  if (text[i] === '.' || text[i] === ',') return undefined;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const open = text[i];
  if (open !== '[' && open !== '(') return undefined;
  const close = open === '[' ? ']' : ')';
  const limit = Math.min(text.length, i + 120);
  let j = i + 1;
  while (j < limit && text[j] !== close && text[j] !== '\n') j++;
  if (text[j] !== close) return undefined;
  const inner = text.slice(i + 1, j);
  if (!/\p{L}/u.test(inner) || /^\s*(sic|\?)\s*$/i.test(inner)) return undefined;
  // an editor's description (`MiG Alley [the area between the Chongchon and the Yalu River]`) names no one
  if (DESCRIPTION_WORD.test(inner)) return undefined;
  const entryIds: string[] = [];
  for (const part of inner.split(/[;,/]|\bor\b/)) {
    for (const id of index.lookupPhrase(part)) if (!entryIds.includes(id)) entryIds.push(id);
  }
  if (entryIds.length === 0) return undefined;
  return { span: { start: i, end: j + 1 }, text: inner.trim(), entryIds };
}

class BracketLocator {
  constructor(private readonly brackets: readonly EditorialBracket[]) {}

  /** The kind of the innermost bracket containing `offset`. */
  kindAt(offset: number): BracketKind | undefined {
    const list = this.brackets;
    let lo = 0;
    let hi = list.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.span.start <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // brackets are ordered by start; the innermost containing one is the latest-starting container
    for (let k = last; k >= 0 && last - k < 16; k--) {
      const b = list[k]!;
      if (b.inner.start <= offset && offset < b.inner.end) return b.kind;
    }
    return undefined;
  }
}

// ---------------------------------------------------------------- resolution

/** The resolutions made on one date, and the keys of that date by which cables share theirs. */
interface DatedResolutions {
  readonly context: EntityContext;
  readonly byTargets: Map<readonly FormTarget[], Resolution>;
  readonly year: number;
  readonly yearMonth: number;
  readonly yearMonthDay: number;
}

/**
 * `VASILIEV [Vasilevsky]` in August 1945: the editor's gloss names a man the written form does not
 * (the gazetteer knows `Vasiliev` only as Stalin's wartime name, but Vasilevsky signed so in the Far
 * East). The gloss is the evidence of who wrote or was meant: the man it names becomes a reading of
 * the form, which its gloss then makes the certain one. A gloss naming one of the form's own readings
 * (`FILIPPOV [Stalin]`), or no person, leaves the mention as it is.
 */
function glossedOtherwise(m: RawMention, text: string, index: EntityIndex): RawMention {
  const ids = m.gloss?.entryIds;
  if (!ids?.length || m.targets.some((t) => ids.includes(t.entry.id)) || !m.targets.every((t) => t.entry.kind === 'person')) return m;
  const written = text.slice(m.span.start, m.span.end);
  const glossed: FormTarget[] = [];
  for (const id of ids) {
    const entry = index.gazetteer.get(id);
    if (entry?.kind === 'person') glossed.push({ entry, form: { form: written }, system: undefined, via: 'name' });
  }
  return glossed.length ? { ...m, targets: [...glossed, ...m.targets] } : m;
}

function resolveAll(
  raw: readonly RawMention[], index: EntityIndex, context: EntityContext, text: string, sideOf: (m: RawMention) => Side | undefined,
  onProcessingLine: (span: Span) => boolean,
): EntityMention[] {
  // what the whole document tells: glosses of each written form, and who is named unambiguously
  const docGlosses = new Map<string, Set<string>>();
  for (const [key, ids] of context.glosses ?? []) docGlosses.set(key, new Set(ids));
  const mentioned = new Set<string>();
  // the first mention naming each person alone (`I. Kovalev`), which a bare namesake's name may stand for
  const namedAlone = new Map<string, RawMention>();
  // and whom the document names in more than a surname (`Peng Dehuai`, not `Peng`)
  const namedInFull = new Set<string>();
  for (const m of raw) {
    if (m.gloss) {
      const set = docGlosses.get(m.key) ?? new Set<string>();
      m.gloss.entryIds.forEach((id) => set.add(id));
      docGlosses.set(m.key, set);
    }
    if (namesOneEntry(m.targets)) {
      const id = m.targets[0]!.entry.id;
      mentioned.add(id);
      if (m.targets[0]!.via === 'name' && !namedAlone.has(id)) namedAlone.set(id, m);
      if (m.key.includes('\u0001')) namedInFull.add(id);
    }
  }
  // the people of both, whom a bare surname may stand for (`asSurnameOfNamed`), named once here rather than at each surname
  const fullNames = namedInFullAlone(namedAlone, namedInFull);
  const channels = addChannelKeys(new Set<string>(), index, context);
  const inCopyList = slotsOf(context, 'distribution list');
  // the names that sign the cable or are addressed in it: its correspondents
  const inCorrespondentSlot = anySlotOf(context, (cue) => cue === 'addressee' || cue === 'signature');
  const correspondent = envoyPostsOfChannels(index, text, context, inCorrespondentSlot);
  // (made when a name both a man and a place bear first needs it)
  let slots: ((span: Span) => boolean) | undefined;
  const inPersonSlot = (span: Span) => (slots ??= anySlotOf(context))(span);
  // Mentions of one form with no gloss of their own resolve alike: `Mao Zedong` a thousand times is resolved once.
  // (one set for each date names are read on: the document's, and each quoted text's that dates itself)
  const memoFor = (c: EntityContext): DatedResolutions => ({
    context: c, byTargets: new Map(),
    year: dateKey(c.date?.year), yearMonth: dateKey(c.date?.year, c.date?.month), yearMonthDay: dateKey(c.date?.year, c.date?.month, c.date?.day),
  });
  const documentMemo = memoFor(context);
  let memoAt = (_offset: number) => documentMemo;
  if (context.datedTexts !== undefined) {
    const contextAt = contextsByOffset(context);
    const memos = new Map([[context, documentMemo]]);
    memoAt = (offset) => {
      const c = contextAt(offset);
      let memo = memos.get(c);
      if (memo === undefined) memos.set(c, (memo = memoFor(c)));
      return memo;
    };
  }
  return raw.map((given): EntityMention => {
    // `Copies: Stalin (2), Molotov, Kuznetsov`: copies go to people, not to cover names
    const m = glossedOtherwise(oneKindOf(inCopyList(given.span) ? withoutCoverNames(given) : given, text, inPersonSlot, context.origin?.placeSpan), text, index);
    // a generic name read as the body of the sender's country (`readBySide`) says why
    const sideHere = m.targets.some((t) => t.form.generic) ? sideOf(m) : undefined;
    const sided = sideHere !== undefined;
    // a name on a processing line, or beside the office of one of its namesakes, is resolved on its own: the place is evidence
    const processing = onProcessingLine(m.span);
    const memo = memoAt(m.span.start);
    const { byTargets, year, yearMonth, yearMonthDay } = memo;
    // `the Sino-Soviet treaty of 1945`: the words right after a name give the year it is read on
    const named = yearAfterName(text, m.span.end);
    const dated = named !== undefined && named !== memo.context.date?.year ? { ...memo.context, date: { year: named } } : memo.context;
    const offices = officesNamedBeside(m, text, dated);
    const posted = correspondent(m, dated);
    // (a cover name of a channel, written where the channel's correspondents are: `To Cde. KUZNETSOV` from Terebin)
    const corresponding = m.targets.some((t) => t.channelKeys?.length) && inCorrespondentSlot(m.span);
    const single = !m.key.includes('\u0001');
    const before = single ? titleBefore(text, m.span.start) : undefined;
    const rank = before?.[1];
    const post = before?.[2];
    const ranked = rank !== undefined || post !== undefined;
    // (a generic name read by the place of sending says which place: not shared with cables that write it otherwise)
    const own = m.gloss || processing || offices || posted || corresponding || ranked || sided || dated !== memo.context;
    let resolution = own ? undefined : byTargets.get(m.targets);
    if (!resolution) {
      const docGloss = docGlosses.size ? docGlosses.get(m.key) : undefined;
      // Without a gloss, a name resolves from the document's date and, for a cover name, from
      // which of its channels the document names: cables that agree on those resolve it alike.
      const shared = own || docGloss ? undefined : sharedResolutions(m.targets);
      const sharedKey = shared ? contextKey(shared, m.targets, shared.dayMatters ? yearMonthDay : shared.monthMatters ? yearMonth : year, channels, mentioned) : '';
      resolution = shared?.resolutions.get(sharedKey);
      if (!resolution) {
        resolution = resolve(m, { docGloss, channels, mentioned, context: dated, processing, offices, rank, side: sideHere, post, posted, corresponding });
        shared?.resolutions.set(sharedKey, resolution);
      }
      if (!own) byTargets.set(m.targets, resolution);
    }
    if (resolution.confidence === 'uncertain' && namedAlone.size > 0) resolution = asNamedAlone(resolution, namedAlone, text) ?? resolution;
    // `Peng Zhen, Ye Jianying:` ... `Peng is to chair the meeting`: a bare surname after another man of that surname named in full
    if (single && !ranked && !m.honorific && fullNames.length > 0) resolution = asSurnameOfNamed(m, resolution, fullNames, namedInFull, text) ?? resolution;
    const type: MentionType = resolution.best.via === 'pseudonym' ? 'pseudonym' : resolution.best.entry.kind;
    const mention: Mutable<EntityMention> = {
      span: m.span,
      fullSpan: m.fullSpan,
      name: m.name,
      key: m.key,
      type,
      resolution,
      honorific: m.honorific,
      possessive: m.possessive,
      letterSpaced: m.letterSpaced,
      completed: m.completed,
      gloss: m.gloss,
      bracket: m.bracket,
    };
    if (m.glossOf !== undefined) mention.glossOf = m.glossOf;
    return mention;
  });
}

/**
 * `Kovalev` in a record that names `I. Kovalev` (Ivan, not Evgeny): a name several men bear stands,
 * probably, for the one of them the document names on his own, as a bare surname does
 * (`readBareNames`); undefined when none or several of its candidates are so named, or a cover name
 * is among them.
 */
function asNamedAlone(resolution: Resolution, namedAlone: ReadonlyMap<string, RawMention>, text: string): Resolution | undefined {
  const candidates = [resolution.best, ...resolution.alternatives];
  // (a name one man bears, in doubt for a reason of its own, `Captain Zakharov`, stays in doubt; an
  // office named beside it, `the Naval Minister, Kuznetsov`, outweighs a namesake named elsewhere)
  if (candidates.length < 2 || candidates.some((c) => c.via !== 'name' || c.evidence.some((e) => e.kind === 'officeNamed' || e.kind === 'channelPost' || e.kind === 'ministerAddressed'))) return undefined;
  const named = candidates.filter((c) => namedAlone.has(c.entry.id));
  if (named.length !== 1) return undefined;
  const full = namedAlone.get(named[0]!.entry.id)!;
  const span = full.fullSpan;
  const evidence: Evidence = { kind: 'namedInFull', detail: text.slice(span.start, span.end), span };
  // probable, not certain: the other namesake may be meant (a recorder signs `E. Kovalev` beside another Kovalev)
  return { best: { ...named[0]!, evidence: [...named[0]!.evidence, evidence] }, confidence: 'probable', alternatives: candidates.filter((c) => c !== named[0]) };
}

/** A person the document names alone and, somewhere, in more than a surname: his first mention alone (`Peng Zhen`), its name in small letters. */
interface NamedInFull {
  readonly id: string;
  readonly full: RawMention;
  readonly lowerName: string;
}

/**
 * The people of `namedAlone` that `namedInFull` holds, in the order they were first named: what a
 * bare surname is compared with (`asSurnameOfNamed`), their names lower-cased once per document
 * rather than once per surname.
 */
function namedInFullAlone(namedAlone: ReadonlyMap<string, RawMention>, namedInFull: ReadonlySet<string>): NamedInFull[] {
  const out: NamedInFull[] = [];
  for (const [id, full] of namedAlone) {
    if (namedInFull.has(id) && full.targets[0]!.entry.kind === 'person') out.push({ id, full, lowerName: full.name.toLowerCase() });
  }
  return out;
}

/**
 * `Peng` after `Peng Zhen` in a document that never names Peng Dehuai in full: a bare surname the
 * gazetteer gives to one man stands, probably, for the one man of that surname the document named
 * in full before it (`fullNames`, from `namedInFullAlone`); undefined when the man it reads as is
 * named too, or none or several others are.
 */
function asSurnameOfNamed(m: RawMention, resolution: Resolution, fullNames: readonly NamedInFull[], namedInFull: ReadonlySet<string>, text: string): Resolution | undefined {
  const best = resolution.best;
  if (best.via !== 'name' || best.entry.kind !== 'person' || namedInFull.has(best.entry.id)) return undefined;
  const surname = `${m.name.toLowerCase()} `;
  let other: RawMention | undefined;
  for (const { id, full, lowerName } of fullNames) {
    if (id === best.entry.id || full.span.start >= m.span.start || !lowerName.startsWith(surname)) continue;
    if (other) return undefined;
    other = full;
  }
  if (!other) return undefined;
  const t = other.targets[0]!;
  const evidence: Evidence = { kind: 'namedInFull', detail: text.slice(other.fullSpan.start, other.fullSpan.end), span: other.fullSpan };
  return {
    best: { entry: t.entry, via: t.via, pseudonym: t.pseudonym, form: t.form, system: t.system, spelledBy: t.spelledBy, score: best.score, evidence: [evidence] },
    confidence: 'probable',
    alternatives: [best],
  };
}

/**
 * Whose words a cable's are: the country of the place it was sent from (`From PEKING`) or of its
 * signer (`MAO ZEDONG`), how the hover says so, and where the words begin.
 */
interface Side {
  readonly country: Country;
  readonly because: string;
  readonly from: number;
}

/**
 * The country the cable was written in: its origin's (`From PEKING`, `Pyongyang`) when the
 * gazetteer knows it, else that of the person signing it (a Chinese telegram with no envelope).
 */
function writtenIn(index: EntityIndex, context: EntityContext, text: string): Side | undefined {
  const origin = context.origin;
  if (origin === undefined) return undefined;
  if (origin.place !== undefined) {
    for (const id of index.lookupPhrase(origin.place)) {
      const country = index.gazetteer.get(id)?.country;
      if (country) return { country, because: `the cable was sent from ${origin.place.trim()}`, from: origin.from };
    }
    return undefined;
  }
  for (const slot of context.personSlots ?? []) {
    if (slot.cue !== 'signature') continue;
    const ids = index.lookupPhrase(text.slice(slot.span.start, slot.span.end));
    const signer = ids.length === 1 ? index.gazetteer.get(ids[0]!) : undefined;
    if (signer?.kind === 'person' && signer.country) return { country: signer.country, because: `the cable is signed by ${signer.canonical}`, from: origin.from };
  }
  return undefined;
}

/**
 * The country of the person speaking at an offset of a record of conversation (`Mao Zedong: The
 * Politburo of our party has decided ...`), when the gazetteer knows him and his country.
 */
function speakerAt(index: EntityIndex, context: EntityContext): (at: number) => Side | undefined {
  const turns = context.speakers;
  if (!turns?.length) return () => undefined;
  const sides = turns.map((turn): Side | undefined => {
    const ids = index.lookupPhrase(turn.name);
    const speaker = ids.length === 1 ? index.gazetteer.get(ids[0]!) : undefined;
    return speaker?.kind === 'person' && speaker.country ? { country: speaker.country, because: `${speaker.canonical} is speaking`, from: turn.span.start } : undefined;
  });
  return (at) => {
    const k = partitionPoint(turns, (t) => t.span.start <= at) - 1;
    return k >= 0 && at < turns[k]!.span.end ? sides[k] : undefined;
  };
}

/** The states proclaimed in the period, and the party whose body a generic name is before them. */
const PARTY_BEFORE_STATE: Partial<Record<Country, { readonly founded: string; readonly party: string }>> = {
  PRC: { founded: '1949-10-01', party: 'CCP' },
  DPRK: { founded: '1948-09-09', party: 'North Korean party' },
};

/** Whose body a side's generic name is on the date: `the CCP's` in June 1949, before the PRC was proclaimed; else the country's. */
function sideOwner(country: Country, date: PartialDate | undefined): string {
  const state = PARTY_BEFORE_STATE[country];
  return state && dateFit(date, state.founded, undefined) === 'out' ? state.party : country;
}

/** `the Soviet General Staff`, `the Chinese Politburo`: a country's adjective before a generic name says whose it is. */
const COUNTRY_ADJECTIVES: Readonly<Record<string, Country>> = { soviet: 'USSR', chinese: 'PRC', korean: 'DPRK' };

function namedSide(tokens: readonly Token[], i: number): Side | undefined {
  const before = tokens[i - 1];
  const country = before && before.kind === 'word' ? COUNTRY_ADJECTIVES[before.text.toLowerCase()] : undefined;
  return country ? { country, because: `the words call it ${before!.text}`, from: 0 } : undefined;
}

/** A list of forms as read on each side: the same array for the same side, so resolutions keyed by it are shared. */
/**
 * A generic form (`Politburo`, `General Staff`, `Central Committee`) in the sender's words names the
 * body of the sender's country when the gazetteer lists one there (`Our Politburo decided` from
 * Beijing is the CCP's), and otherwise the entry that lists the form plainly (the VKP(b)'s); with
 * neither, the words name nothing. The envelope (`SECOND DIRECTORATE OF THE GENERAL STAFF`) is the
 * receiving office's.
 */
function readBySide(m: FormMatch, side: Side | undefined, year: number | undefined): FormMatch | undefined {
  const targets = m.targets;
  if (!targets.some((t) => t.form.generic)) return m;
  const sided = ofCountrySaid(targets, side?.country ?? '');
  return !sided.length || notYetMadeThere(sided, year) ? undefined : sided === targets ? m : { ...m, targets: sided };
}

/**
 * `the General Staff` in a cable from Pyongyang of March 1946: the body of the sender's country that a
 * generic name reads as (the KPA's General Staff) was not yet made in the cable's year, so the words
 * name some other body, which they do not tell: none is read.
 */
function notYetMadeThere(sided: readonly FormTarget[], year: number | undefined): boolean {
  return year !== undefined && sided.some((t) => t.form.generic) && sided.every((t) => t.form.generic && notYetMade(t.entry, year));
}
/** The targets a generic name has in a country's words: its body there, else the entries that list the form plainly. */
const ofCountrySaid = rememberedPerObjectAndWord((targets: readonly FormTarget[], country: string): readonly FormTarget[] => {
  const own = targets.filter((t) => t.form.generic && t.entry.country === country);
  return own.length ? own : targets.filter((t) => !t.form.generic);
});

/**
 * A state's body named with its owner after it is that owner's: `the Politburo of the KWP` is no
 * reading of the VKP(b)'s or the CCP's Politburo, `the Council of Ministers of the DPRK` none of the
 * USSR's. Of bodies of several countries, those of the owner's are kept; none, and the words name nothing.
 */
function ofCountry(m: FormMatch, country: Country): FormMatch | undefined {
  const own = m.targets.filter((t) => t.entry.country === country);
  return own.length === m.targets.length ? m : own.length ? { ...m, targets: own } : undefined;
}

/**
 * The country of a body's owner named right after it (`of the KWP`, `of the VKP(b) CC`). An owner
 * named generically (`of the Central Committee`) is the cable's own country's: it settles nothing.
 */
function ownerSide(index: EntityIndex, text: string, tokens: readonly Token[], last: number): Side | undefined {
  let k = last + 1;
  if (tokens[k]?.text.toLowerCase() !== 'of') return undefined;
  if (tokens[k + 1]?.text.toLowerCase() === 'the') k++;
  const owner = tokens[k + 1] ? matchAt(index, text, tokens, k + 1) : undefined;
  const named = owner?.targets.find((t) => t.entry.country && !t.form.generic);
  return named ? { country: named.entry.country!, because: `the words name its owner, the ${named.entry.canonical}`, from: 0 } : undefined;
}

/**
 * Whether another nation's party or state is named right after a body's name, by words the gazetteer
 * has no side for: `of the Japanese Communist Party`, `of the Communist Party of Czechoslovakia`, `of
 * the Hungarian People's Republic`. The three sides' own (`of the Chinese Communist Party`, `of the
 * Workers' Party of Korea`, `of the Democratic People's Republic of Korea`) are not.
 */
function foreignOwnerAfter(text: string, end: number): boolean {
  const m = FOREIGN_OWNER.exec(text.slice(end, end + 80));
  const nation = m && (m.groups!.adjective ?? m.groups!.land ?? m.groups!.state);
  return nation !== undefined && nation !== null && !SIDES_NATIONS.test(nation);
}
/** A party or a people's republic named by its nation: group `adjective`, `land` or `state` the nation's word. */
const FOREIGN_OWNER = /^\s+of\s+the\s+(?:(?<adjective>[A-Z][a-z]+)\s+(?:Communist|Workers['’]|Labour)\s+Party|(?:Communist|Workers['’]|Labour)\s+Party\s+of\s+(?<land>[A-Z][a-z]+)|(?<state>[A-Z][a-z]+)\s+People['’]s\s+Republic(?!\s+of\b))\b/;
/** The nations whose bodies the gazetteer keeps, as a party's or a state's name writes them. */
const SIDES_NATIONS = /^(?:Soviet|Russian|Russia|Chinese|China|Korean|Korea)$/;

interface SharedResolutions {
  /** Some role or cover name of these entries starts or ends in a given month (`"1950-09"`): then the month counts, not only the year. */
  readonly monthMatters: boolean;
  /** Some of them start or end on a given day (`"1953-03-05"`): then the day counts too. */
  readonly dayMatters: boolean;
  /** Some of these forms are cover names, whose channels count. */
  readonly pseudonyms: boolean;
  /** By `contextKey`. */
  readonly resolutions: Map<number | string, Resolution>;
}

/** Resolutions shared by the cables that give a list of forms of the index the same context. */
const sharedByTargets = new WeakMap<readonly FormTarget[], SharedResolutions>();

function sharedResolutions(targets: readonly FormTarget[]): SharedResolutions {
  let shared = sharedByTargets.get(targets);
  if (!shared) {
    const monthly = (p: { from?: unknown; to?: unknown }) => typeof p.from === 'string' || (typeof p.to === 'string' && p.to !== AFTER_1953);
    const monthMatters = targets.some((t) => (t.pseudonym ? monthly(t.pseudonym) : (t.entry.roles ?? []).some(monthly)));
    const isDay = (x: unknown) => typeof x === 'string' && x.length === 10;
    const daily = (p: { from?: unknown; to?: unknown }) => isDay(p.from) || isDay(p.to);
    const dayMatters = targets.some((t) => (t.pseudonym ? daily(t.pseudonym) : (t.entry.roles ?? []).some(daily)));
    const pseudonyms = targets.some((t) => t.via === 'pseudonym');
    sharedByTargets.set(targets, (shared = { monthMatters, dayMatters, pseudonyms, resolutions: new Map() }));
  }
  return shared;
}

/**
 * A date, to the day, month or year, as the number resolutions are remembered by (`19500625`,
 * `19500600`, `19500000`; 0 for none): one map lookup per mention finds a number faster than a string.
 */
function dateKey(year = 0, month = 0, day = 0): number {
  return year * 10000 + month * 100 + day;
}

/**
 * What `score` reads of a document without a gloss: its date (`dateKey`) and, for each cover name,
 * the first of its channels the document's channels name and the first its mentions name (and
 * whether it has channels at all).
 */
function contextKey(
  shared: SharedResolutions,
  targets: readonly FormTarget[],
  date: number,
  channels: ReadonlySet<string>,
  mentioned: ReadonlySet<string>,
): number | string {
  if (!shared.pseudonyms) return date;
  let key = `${date}|${channels.size > 0 ? 'c' : ''}`;
  for (const t of targets) {
    if (t.via !== 'pseudonym') continue;
    const keys = t.channelKeys ?? [];
    key += `|${keys.findIndex((k) => channels.has(k))},${keys.findIndex((k) => mentioned.has(k))}`;
  }
  return key;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * `Colonel Vasiliev` in 1952: a name that is only a cover name, out of its years, after a military
 * rank, is an officer who bears the name; cables write cover names bare, in addresses and signatures.
 */
function rankedOutOfCover(text: string, start: number, targets: readonly FormTarget[], date: PartialDate | undefined): boolean {
  if (date?.year === undefined || !targets.every((t) => t.via === 'pseudonym' && t.pseudonym)) return false;
  if (!MILITARY_RANK.test(text.slice(Math.max(0, start - 24), start))) return false;
  return targets.every((t) => dateFit(date, t.pseudonym!.from, t.pseudonym!.to) === 'out');
}
/**
 * `Colonel General Kuznetsov`: after a military rank, a name that is a cover name and a real man's is
 * the man's (cables write cover names bare, in addresses and signatures): its cover-name readings go.
 */
function realAfterRank(text: string, start: number, targets: readonly FormTarget[]): readonly FormTarget[] {
  if (!targets.some((t) => t.via === 'pseudonym') || !targets.some((t) => t.via !== 'pseudonym')) return targets;
  return MILITARY_RANK.test(text.slice(Math.max(0, start - 24), start)) ? targets.filter((t) => t.via !== 'pseudonym') : targets;
}

/** The ranks of junior officers, as a regular expression's source: `Colonel`, `Capt.`. */
const JUNIOR_RANKS = String.raw`(?:Lieutenant[- ])?Colonel|Lieutenant|Captain|Major|Sergeant|Col\.|Lt\.|Capt\.|Maj\.`;
const MILITARY_RANK = new RegExp(String.raw`(?:^|[^A-Za-z])(?:(?:Lieutenant[- ]|Major[- ]|Colonel[- ])?General|Marshal|Admiral|Gen\.|${JUNIOR_RANKS})\s+$`);

/**
 * What stands before a surname, as written: a junior officer's rank (`Colonel Ignatiev`, `Capt.
 * Zakharov`; not `General` or `Major General`) in group 1, or a post the gazetteer's offices name
 * only rarely (`the Soviet advisers Ignatiev`, `counsellor Semenov`) in group 2.
 */
function titleBefore(text: string, start: number): RegExpExecArray | undefined {
  // most names follow neither: a rank or a post ends in a letter or a period, then a space ...
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 9) return undefined;
  let end = start - 1;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  // ... and is a word of 3 to 14 letters (`Col.`, `correspondents`), asked of the set before the pattern runs
  let from = end;
  while (from > 0 && end - from <= 14 && isLetterOrPeriod(text.charCodeAt(from - 1))) from--;
  if (end - from < 3 || end - from > 14) return undefined;
  const word = text.slice(from, end).toLowerCase();
  if (TITLE_WORDS_BEFORE.has(word)) return TITLE_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) ?? undefined;
  // `the counsellor of the embassy Cde. Ignatiev`: the post, where it is held, and the honorific
  if (FAR_TITLE_LAST_WORDS.has(word)) return TITLE_BEFORE_FAR.exec(text.slice(Math.max(0, start - 72), start)) ?? undefined;
  return undefined;
}
function isLetterOrPeriod(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 0xe9;
}
const POSTS = String.raw`(?:[Aa]dvis[eo]r|[Cc]ounsell?or|[Cc]onsul|[Aa]ttach[eé]|[Ii]nterpreter|[Tt]ranslator|[Cc]orrespondent|[Ii]nstructor)s?`;
/** An official's post before a name, with its honorific: `trade representative Cde.`, `the counsellor of the embassy Comrade`. */
const OFFICIALS_POST = new RegExp(
  String.raw`(?:^|[^A-Za-z])(${POSTS}|(?:representative|secretary|engineer|specialist|director)s?)(?:\s+(?:of|at|in)\s+(?:the\s+)?(?:[A-Za-z]+\s+){1,3}?)?\s*(?:(?:Cdes?|Comr|Com)\.|Comrades?)\s*$`, 'i',
);

const TITLE_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z])(?:(${JUNIOR_RANKS})|(${POSTS}))\s+$`);
/** A rank or a post at a distance: `counsellor of the embassy Cde.`, `Colonel Cde.`, `adviser at the Soviet mission`. */
const TITLE_BEFORE_FAR = new RegExp(String.raw`(?:^|[^A-Za-z])(?:(${JUNIOR_RANKS})|(${POSTS}))(?:\s+(?:of|at)\s+(?:the\s+)?(?:(?:Soviet|USSR|our)\s+)?(?:[Ee]mbassy|[Mm]ission|[Cc]onsulate|[Tt]rade\s+[Mm]ission)\s+(?:(?:Cdes?|Comr|Com)\.|Comrades?)?|\s+(?:(?:Cdes?|Comr|Com)\.|Comrades?))\s*$`);
/** The words `TITLE_BEFORE_FAR` may end with, folded: a quick test before it. */
const FAR_TITLE_LAST_WORDS: ReadonlySet<string> = new Set(['cde.', 'cdes.', 'comr.', 'com.', 'comrade', 'comrades', 'embassy', 'mission', 'consulate']);
/** The last words of the ranks and posts `TITLE_BEFORE` reads, folded: a quick test before it. */
const TITLE_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'colonel', 'lieutenant', 'captain', 'major', 'sergeant', 'col.', 'lt.', 'capt.', 'maj.',
  ...['adviser', 'advisor', 'counsellor', 'counselor', 'consul', 'attaché', 'attache', 'interpreter', 'translator', 'correspondent', 'instructor'].flatMap((w) => [w, `${w}s`]),
]);

/** Does one of the man's offices on the date name the post (`adviser`, by its first five letters)? */
function holdsPost(c: Candidate, post: string, date: PartialDate | undefined): boolean {
  const stem = post.toLowerCase().slice(0, 5);
  return (c.entry.roles ?? []).some((r) => roleFitsDate(r, date) !== 'no' && r.title.toLowerCase().includes(stem));
}

/** Ranks below every office the gazetteer lists for a man: a captain is not the deputy chief of the General Staff. */
const COMPANY_RANK = /^(?:Captain|Capt\.|Lieutenant|Lt\.|Sergeant)$/;

/**
 * `Captain Zakharov` in 1945: a company officer's rank before the surname of a man who held offices
 * on the date, none of them of that rank: the gazetteer lists no captains, so it is a namesake.
 */
function outranks(rank: string, c: Candidate): boolean {
  if (!COMPANY_RANK.test(rank) || c.entry.kind !== 'person' || !c.evidence.some((e) => e.kind === 'role')) return false;
  const word = rank.replace(/\.$/, '').toLowerCase().slice(0, 4);
  return !(c.entry.roles ?? []).some((r) => r.title.toLowerCase().includes(word));
}

/** A person with offices listed, none of them held on the (known) date. */
function idleOnDate(c: Candidate, date: PartialDate | undefined): boolean {
  return date?.year !== undefined && c.entry.kind === 'person' && (c.entry.roles?.length ?? 0) > 0 && !c.evidence.some((e) => e.kind === 'role');
}

/** Do all these forms name one entry (perhaps in several ways)? */
function namesOneEntry(targets: readonly FormTarget[]): boolean {
  const id = targets[0]?.entry.id;
  for (const t of targets) if (t.entry.id !== id) return false;
  return targets.length > 0;
}

/**
 * What a mention's surroundings say of whom it names, as `resolve` and `score` weigh it: the
 * editor's glosses of the document, its channels and the people it names elsewhere, its context
 * (dated as the name's own year when one follows it), and what stands beside the name.
 */
interface Surroundings {
  readonly docGloss: ReadonlySet<string> | undefined;
  readonly channels: ReadonlySet<string>;
  readonly mentioned: ReadonlySet<string>;
  readonly context: EntityContext;
  /** On a processing line (`Deciphered by Orlov`). */
  readonly processing: boolean;
  /** The offices the words beside the name give, by entry. */
  readonly offices?: ReadonlyMap<string, string>;
  /** A rank and a post written before the name. */
  readonly rank?: string;
  readonly post?: string;
  readonly side?: Side;
  /** Why a namesake signing or addressed is probably the one: the embassy post of the cable's channel he held, or his minister addressed; by entry. */
  readonly posted?: ReadonlyMap<string, Evidence>;
  /** Written where the channel's correspondents are (an addressee or signature). */
  readonly corresponding: boolean;
}

function resolve(m: RawMention, around: Surroundings): Resolution {
  const { context, rank, post } = around;
  // one candidate per entry and way of naming it; the first target is the form as written
  const candidates: Candidate[] = [];
  const sameWay = (a: FormTarget, b: FormTarget) => a.entry.id === b.entry.id && a.via === b.via && (a.pseudonym?.name ?? '') === (b.pseudonym?.name ?? '');
  m.targets.forEach((t, k) => {
    for (let j = 0; j < k; j++) if (sameWay(m.targets[j]!, t)) return;
    candidates.push(score(t, m, around));
  });
  candidates.sort((a, b) => b.score - a.score);
  let best = candidates[0]!;
  const second = candidates.find((c) => c.entry.id !== best.entry.id);
  let confidence: ResolutionConfidence;
  if (best.evidence.some((e) => e.kind === 'gloss' || e.kind === 'glossElsewhere')) confidence = 'certain';
  else if (best.pseudonym?.confidence === 'disputed') confidence = 'uncertain';
  else if (!second) {
    const outside = best.evidence.some((e) => e.kind === 'dateOutside');
    // `Colonel Ignatiev` in 1949: a surname alone (`rank` is only ever set for one) after a junior rank, of a man whose known offices all lie elsewhere in time;
    // `Captain Zakharov` in 1945: of a man whose offices then were far above a captain
    const idle = rank !== undefined && !outside && best.via === 'name' && idleOnDate(best, context.date);
    const outranked = !idle && rank !== undefined && !outside && best.via === 'name' && outranks(rank, best);
    if (idle) best = { ...best, evidence: [...best.evidence, { kind: 'noRoleOnDate' }] };
    if (outranked) best = { ...best, evidence: [...best.evidence, { kind: 'rankBelowOffices', detail: rank }] };
    // `the Soviet advisers Ignatiev and Pelishenko` in 1950: a post none of this man's offices then was
    // (a man the gazetteer lists no office for, a stub the user added, holds none to contradict it)
    const otherPost = post !== undefined && !outside && best.via === 'name' && (best.entry.roles?.length ?? 0) > 0 && !holdsPost(best, post, context.date);
    if (otherPost) best = { ...best, evidence: [...best.evidence, { kind: 'postNotHeld', detail: post }] };
    confidence = outside || idle || outranked || otherPost ? 'uncertain' : best.via === 'name' || best.pseudonym?.confidence === 'certain' ? 'certain' : 'probable';
  } else confidence = best.score - second.score >= 4 ? 'probable' : 'uncertain';
  const alternatives =
    confidence === 'certain' ? [] : candidates.filter((c) => c !== best && c.entry.id !== best.entry.id && c.score > best.score - 6);
  return { best, confidence, alternatives };
}

/**
 * For a name several people of the gazetteer bear (`Kuznetsov`), the namesakes whose office on the
 * document's date the words beside it name (`Admiral Kuznetsov, the Naval Minister`; `Kuznetsov of
 * the intelligence directorate`), each with the office: words of its title beyond the common ones,
 * compared by their first six letters (`secretariat`, `Secretary`). Undefined when there is none.
 */
function officesNamedBeside(m: RawMention, text: string, context: EntityContext): ReadonlyMap<string, string> | undefined {
  if (!namesTwoPeople(m.targets)) return undefined;
  const beside = officeWordsBeside(text, m.span);
  const body = bodyAfterName(text, m.span.end);
  let out: Map<string, string> | undefined;
  for (const t of m.targets) {
    if (t.via === 'pseudonym' || t.entry.kind !== 'person') continue;
    for (const r of t.entry.roles ?? []) {
      if (roleFitsDate(r, context.date) === 'no') continue;
      if (namesOffice(r.title, beside) || (body !== undefined && bodyOfTitle(r.title) === body)) (out ??= new Map()).set(t.entry.id, r.title);
    }
  }
  return out;
}

/**
 * `Cde. Kuznetsov of the Central Committee`: the body a man is named of, right after his name, in
 * small letters; it names an office of that body (`Secretary of the Central Committee`) though its
 * words are too common to name one alone.
 */
function bodyAfterName(text: string, end: number): string | undefined {
  return BODY_AFTER_NAME.exec(text.slice(end, end + 60))?.[1]!.toLowerCase();
}
const BODY_AFTER_NAME = /^[ \t]+of[ \t]+the[ \t]+((?:\p{Lu}[\p{L}()-]*)(?:[ \t]+\p{Lu}[\p{L}()-]*){0,3})/u;

/** The body an office is of (`central committee` of `Secretary of the Central Committee`), in small letters. */
function bodyOfTitle(title: string): string | undefined {
  return /\bof the ((?:\p{Lu}[\p{L}()-]*)(?:[ \t]+\p{Lu}[\p{L}()-]*){0,3})$/u.exec(title)?.[1]!.toLowerCase();
}

/**
 * A name several men bear, signing a cable or addressed in it (`KUZNETSOV` under a cable from
 * Peking, `To Kuznetsov.` under `Destination: PEKING`), is probably the one who was his country's
 * envoy in a country the cable's channel names on its date (a post the gazetteer keys
 * `…-ambassador-prc`, or `…-representative-prc` for Stalin's representative with the CCP, whose
 * cables of 1949 came from Mukden, Xibaipo, Harbin and Beijing: `KOVALEV`, not the E. Kovalev of
 * Mikoyan's talks): the envoys of a country are its correspondents. Away from his post
 * (`KUZNETSOV` from Pyongyang, on a mission), a signer reporting to his own country's foreign
 * minister (`TO COMRADE MOLOTOV`) is still probably the namesake who was then one of its envoys: an
 * ambassador answers to his minister. For each mention, the namesakes so read, with the evidence; undefined for most.
 */
function envoyPostsOfChannels(
  index: EntityIndex, text: string, context: EntityContext, inCorrespondentSlot: (span: Span) => boolean,
): (m: RawMention, dated: EntityContext) => ReadonlyMap<string, Evidence> | undefined {
  let countries: Set<string> | undefined;
  const countriesOfChannels = () => {
    countries = new Set();
    for (const c of context.channels) for (const id of index.lookupPhrase(c)) {
      const place = index.gazetteer.get(id);
      if (place?.kind === 'place' && place.country) countries.add(place.country.toLowerCase());
    }
    return countries;
  };
  const inSignature = anySlotOf(context, (cue) => cue === 'signature');
  const addressees = (context.personSlots ?? []).filter((s) => s.cue === 'addressee');
  return (m, dated) => {
    if (!namesTwoPeople(m.targets) || !inCorrespondentSlot(m.span)) return undefined;
    const here = countries ?? countriesOfChannels();
    let ministers: Set<string> | undefined;
    let out: Map<string, Evidence> | undefined;
    for (const t of m.targets) {
      if (t.via === 'pseudonym' || t.entry.kind !== 'person') continue;
      for (const r of t.entry.roles ?? []) {
        const post = ENVOY_POST.exec(r.post ?? '');
        if (post === null || roleFitsDate(r, dated.date) === 'no') continue;
        if (here.has(post[2]!)) (out ??= new Map()).set(t.entry.id, { kind: 'channelPost', detail: r.title });
        else if (inSignature(m.span) && (ministers ??= ministersAddressed(index, text, addressees, dated)).has(post[1]!) && !out?.has(t.entry.id)) {
          (out ??= new Map()).set(t.entry.id, { kind: 'ministerAddressed', detail: r.title });
        }
      }
    }
    return out;
  };
}

/** The countries whose foreign minister on the date a cable's addressee lines name (`TO COMRADE MOLOTOV` in 1953: `ussr`). */
function ministersAddressed(index: EntityIndex, text: string, addressees: readonly { readonly span: Span }[], dated: EntityContext): Set<string> {
  const out = new Set<string>();
  for (const { span } of addressees) for (const id of index.lookupPhrase(text.slice(span.start, span.end))) {
    for (const r of index.gazetteer.get(id)?.roles ?? []) {
      const country = FOREIGN_MINISTER_POST.exec(r.post ?? '')?.[1];
      if (country !== undefined && roleFitsDate(r, dated.date) !== 'no') out.add(country);
    }
  }
  return out;
}
/** An envoy's post as the gazetteer keys it (`ussr-ambassador-prc`, `ussr-representative-prc`), with the country he served and the country he was sent to. */
const ENVOY_POST = /^([a-z]+)-(?:ambassador|representative)-([a-z]+)$/;
/** A foreign minister's post as the gazetteer keys it (`ussr-foreign-minister`), with his country. */
const FOREIGN_MINISTER_POST = /^([a-z]+)-foreign-minister$/;

/** Do the forms (not the cover names) name two people or more? Asked of every mention, without making a set. */
function namesTwoPeople(targets: readonly FormTarget[]): boolean {
  let first: string | undefined;
  for (const t of targets) {
    if (t.via === 'pseudonym' || t.entry.kind !== 'person') continue;
    if (first === undefined) first = t.entry.id;
    else if (t.entry.id !== first) return true;
  }
  return false;
}

/**
 * A name a man and a place both bear (`Voroshilov`, the marshal and the town so named from 1935
 * to 1957) is read as the man where the words say so: after a form of address or a rank, in an
 * addressee, a signature or a copy list, and wherever nothing says otherwise; as the place after
 * `in`, `at`, `near`, `via`, `through` and after a journey's verb (`left Voroshilov for Moscow`,
 * `reached Voroshilov`); as either after `from` or `to` (`a letter from Voroshilov`,
 * `by rail from Voroshilov`), and as the editor's gloss says (`Voroshilov [Ussuriysk]`).
 */
function oneKindOf(m: RawMention, text: string, inPersonSlot: (span: Span) => boolean, placeSpan?: Span): RawMention {
  if (m.gloss || !namesPersonAndPlace(m.targets)) return m;
  // `From VOROSHILOV`: the place a cable was sent from (Ussuriysk was Voroshilov), not the marshal
  if (placeSpan && m.span.start >= placeSpan.start && m.span.end <= placeSpan.end) return { ...m, targets: targetsOfKind(m.targets, 'place') };
  const before = text.slice(Math.max(0, m.span.start - 24), m.span.start);
  const person = m.honorific !== undefined || MILITARY_RANK.test(before) || inPersonSlot(m.span);
  if (!person && EITHER_BEFORE.test(before)) return m;
  return { ...m, targets: targetsOfKind(m.targets, !person && PLACE_BEFORE.test(before) ? 'place' : 'person') };
}
const PLACE_BEFORE = /(?:^|[^A-Za-z])(?:in|at|near|via|through|towards|In|At|Near|Via|Through|Towards|left|leaves|leaving|reached|reaches|reaching)\s+$/;
const EITHER_BEFORE = /(?:^|[^A-Za-z])(?:from|to|From|To)\s+$/;

function namesPersonAndPlace(targets: readonly FormTarget[]): boolean {
  let person = false;
  let place = false;
  for (const t of targets) {
    if (t.entry.kind === 'person') person = true;
    else if (t.entry.kind === 'place') place = true;
  }
  return person && place;
}

/** The forms of one kind of entry among a name's (kept, so that mentions read alike share their resolution). */
const targetsOfKindMemo = new WeakMap<readonly FormTarget[], Map<string, readonly FormTarget[]>>();

function targetsOfKind(targets: readonly FormTarget[], kind: 'person' | 'place'): readonly FormTarget[] {
  let byKind = targetsOfKindMemo.get(targets);
  if (!byKind) targetsOfKindMemo.set(targets, (byKind = new Map()));
  let kept = byKind.get(kind);
  if (!kept) byKind.set(kind, (kept = targets.filter((t) => t.entry.kind === kind)));
  return kept;
}

/** The forms of a name as read in a list of copies: its bearers, not the men it is a cover name of (when it has bearers). */
const withoutCoverNamesMemo = new WeakMap<readonly FormTarget[], readonly FormTarget[]>();

function withoutCoverNames(m: RawMention): RawMention {
  let people = withoutCoverNamesMemo.get(m.targets);
  if (!people) {
    const bearers = m.targets.filter((t) => t.via !== 'pseudonym');
    withoutCoverNamesMemo.set(m.targets, (people = bearers.length && bearers.length < m.targets.length ? bearers : m.targets));
  }
  return people === m.targets ? m : { ...m, targets: people };
}

/**
 * Whether a span lies in one of the person slots of a kind (`distribution list`, the processing
 * lines of the footer: `Deciphered by Orlov 1205 19 October`); the slots, in text order, are searched
 * by halves (a long collection has thousands).
 */
function slotsOf(context: EntityContext, cue: string): (span: Span) => boolean {
  return inSpans((context.personSlots ?? []).filter((s) => s.cue === cue).map((s) => s.span));
}

/**
 * Whether a span lies in a person slot of any kind (an addressee, a signature, a copy list, a processing line), or of the
 * kinds `cues` keeps; slots may overlap (`Kovalev` in `Kovalev for Andreev`), so their union is searched.
 */
function anySlotOf(context: EntityContext, cues: (cue: string) => boolean = () => true): (span: Span) => boolean {
  const union: Span[] = [];
  for (const { span } of (context.personSlots ?? []).filter((s) => cues(s.cue)).sort((a, b) => a.span.start - b.span.start)) {
    const last = union[union.length - 1];
    if (last && span.start <= last.end) union[union.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else union.push(span);
  }
  return inSpans(union);
}

function inSpans(given: Span[]): (span: Span) => boolean {
  const spans = given.sort((a, b) => a.start - b.start);
  return (span) => {
    const k = partitionPoint(spans, (l) => l.start <= span.start) - 1;
    return k >= 0 && span.end <= spans[k]!.end;
  };
}

/** How far outside a cover name's known period a cable may be dated and the name still weigh as its man's (as `coverOutOfPeriod` allows). */
const NEAR_PERIOD_MONTHS = 6;

function score(t: FormTarget, m: RawMention, around: Surroundings): Candidate {
  const { docGloss, channels, mentioned, context, processing, offices, side, posted, corresponding } = around;
  const evidence: Evidence[] = [];
  let s = 0;
  // `Deciphered by Orlov`: the cipher office's own clerk before a namesake of another trade
  if (processing && t.entry.tags?.includes('clerk')) {
    s += 4;
    evidence.push({ kind: 'processingLine' });
  }
  const date = context.date;
  if (m.gloss?.entryIds.includes(t.entry.id)) {
    s += 20;
    evidence.push({ kind: 'gloss', detail: `[${m.gloss.text}]` });
  } else if (docGloss?.has(t.entry.id)) {
    s += 15;
    evidence.push({ kind: 'glossElsewhere' });
  }
  if (t.via === 'pseudonym' && t.pseudonym) {
    const p = t.pseudonym;
    s += p.confidence === 'certain' ? 3 : p.confidence === 'probable' ? 2 : 1;
    if (p.confidence === 'disputed') evidence.push({ kind: 'disputed' });
    const keys = t.channelKeys ?? [];
    const hit = keys.find((k) => channels.has(k));
    const fit = dateFit(date, p.from, p.to);
    if (fit === 'in') {
      s += 3;
      evidence.push({ kind: 'date', detail: formatPeriod(p.from, p.to) });
    } else if (fit === 'out') {
      // the sources date a cover name by the cables they have read: a few months past them is doubt, not disproof,
      // and so is a year on its own channel, where the cable signs or addresses it (`To Cde. KUZNETSOV` from Terebin in March 1947)
      s -= monthsOutside(date, p.from, p.to) <= NEAR_PERIOD_MONTHS || (hit !== undefined && corresponding && !farOutside(date, p.from, p.to)) ? 1 : 6;
      evidence.push({ kind: 'dateOutside', detail: formatPeriod(p.from, p.to) });
    }
    const seenInText = keys.find((k) => mentioned.has(k));
    if (hit !== undefined) {
      s += 3;
      evidence.push({ kind: 'channel', detail: p.channels![keys.indexOf(hit)] });
    } else if (seenInText !== undefined) {
      s += 2;
      evidence.push({ kind: 'channel', detail: p.channels![keys.indexOf(seenInText)] });
    } else if (keys.length && channels.size) s -= 1;
  } else {
    s += 2;
    const e = t.entry;
    const year = date?.year;
    // a man is spoken of after his death (`the late Ren Bishi`): that tells namesakes apart, but a name that
    // names one man only is still his
    if (year !== undefined && ((e.born !== undefined && e.born > year) || (e.died !== undefined && e.died < year && !namesOneEntry(m.targets)))) {
      s -= 6;
      evidence.push({ kind: 'dateOutside', detail: `${e.born ?? '?'}–${e.died ?? ''}` });
    }
    // `the Sino-Soviet treaty` in 1949: of two bodies or treaties one name names, one not yet made
    if (e.kind === 'organisation' && year !== undefined && !namesOneEntry(m.targets) && notYetMade(e, year)) {
      s -= 6;
      evidence.push({ kind: 'dateOutside', detail: `from ${e.roles![0]!.from}` });
    }
    s += rolesFitDate(e.roles, date, evidence);
    // `Admiral Kuznetsov, the Naval Minister`: the words beside the name name this namesake's office,
    // which outweighs another namesake's holding some office on the date (a probable reading at least)
    const office = offices?.get(e.id);
    if (office !== undefined) {
      s += 4;
      evidence.push({ kind: 'officeNamed', detail: office });
    }
    // `KUZNETSOV` signing a cable from Peking in 1953: the namesake who was ambassador there (or who, away from it, reports to his minister)
    const embassy = office === undefined ? posted?.get(e.id) : undefined;
    if (embassy !== undefined) {
      s += 4;
      evidence.push(embassy);
    }
  }
  // `Our Politburo` from Beijing: a generic name read as the body of the country the cable was written in
  if (t.form.generic && side) evidence.push({ kind: 'writtenIn', detail: `read as the ${sideOwner(side.country, date)}'s body, since ${side.because}` });
  if (namesOneEntry(m.targets)) evidence.push({ kind: 'onlyCandidate' });
  return { entry: t.entry, via: t.via, pseudonym: t.pseudonym, form: t.form, system: t.system, spelledBy: t.spelledBy, score: s, evidence };
}

// ---------------------------------------------------------------- near misses

/** Where the editor quotes the original's words (`[in the original "po pros'be Kim Ir Sena"]`): transliterations, not spellings to check. */
function originalWords(text: string): Span[] {
  const out: Span[] = [];
  if (!ORIGINAL_CUE.test(text)) return out;
  ORIGINAL_WORDS.lastIndex = 0;
  for (let m = ORIGINAL_WORDS.exec(text); m; m = ORIGINAL_WORDS.exec(text)) out.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length });
  return out;
}
const ORIGINAL_WORDS = /\b(?:in the original|the original reads|original|in Russian|literally)\s*[:,]?\s*["“«]([^"”»\n]{1,200})/gi;
/** What a text holds before `ORIGINAL_WORDS` is run over it, looked for in one pass. */
const ORIGINAL_CUE = /riginal| in Russian|iterally/;

/** One document's words as the near-miss search reads them. */
class NearMissSearch {
  /** The tokens of a near miss found. */
  readonly flagged: Uint8Array;
  /** How many candidates come before each token: whether a run of tokens holds one is then a subtraction. */
  private readonly candidatesBefore: Uint32Array;
  /** Where the editor quotes the original's words: looked for when a word is first checked (a document may check none). */
  private originals: Span[] | undefined;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly inMention: Uint8Array,
    readonly index: EntityIndex,
    private readonly brackets: BracketLocator,
  ) {
    this.flagged = FLAGGED.zeroed(tokens.length);
    this.candidatesBefore = CANDIDATES_BEFORE.zeroed(tokens.length + 1);
    for (let k = 0; k < tokens.length; k++) this.candidatesBefore[k + 1] = this.candidatesBefore[k]! + (this.candidate(k) ? 1 : 0);
  }

  /**
   * A capitalised Latin word outside any mention: the only kind of word a misspelt name can be; or the
   * syllable after the hyphen of a name's capitalised word (`lia` of `Chou En-lia`, `tang` of `Mao Tse-tang`).
   */
  candidate(k: number): boolean {
    const t = this.tokens[k]!;
    return !this.inMention[k] && t.kind === 'word' && t.latin && (t.capitalised || afterCapitalisedHyphen(this.text, this.tokens[k - 1], t.start));
  }

  /** A candidate whose spelling is the writer's to check: not in a bracket of the editor's other words, not vouched for, not the original's. */
  checkable(k: number): boolean {
    const t = this.tokens[k]!;
    if (!this.candidate(k)) return false;
    // the parser's brackets are scoped (an unclosed one ends at its line), so a stray `[` hides nothing beyond
    const kind = this.brackets.kindAt(t.start);
    if (kind !== undefined && !NAME_BRACKETS.has(kind)) return false;
    // `BEIPING [SIC]`: the editor already vouches for the odd spelling; `[in the original "Kim Ir Sena"]`: the original's own words
    return !vouchedFor(this.text, t.end) && !(this.originals ??= originalWords(this.text)).some((o) => o.start <= t.start && t.end <= o.end);
  }

  /** Is some token from `from` up to (not including) `to` a candidate? */
  someCandidateIn(from: number, to: number): boolean {
    return this.candidatesBefore[to]! > this.candidatesBefore[from]!;
  }
}

function findNearMisses(
  text: string,
  tokens: readonly Token[],
  inMention: Uint8Array,
  index: EntityIndex,
  brackets: BracketLocator,
  options: RecognitionOptions,
): NearMiss[] {
  const search = new NearMissSearch(text, tokens, inMention, index, brackets);
  const out: NearMiss[] = [];
  // multi-word names first: `Le Kenong` beside `Li Kenong`
  findMultiWordNearMisses(search, out);
  findSingleWordNearMisses(search, options, out);
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/** Misspelt names of two words or more (`Le Kenong` for `Li Kenong`), their tokens flagged. */
function findMultiWordNearMisses(search: NearMissSearch, out: NearMiss[]): void {
  const { text, tokens, index, flagged } = search;
  for (let k = 0; k < tokens.length; k++) {
    const anchor = tokens[k]!;
    if (anchor.hashed && !index.multiWords.has(anchor.hash)) continue;
    // every window through the anchor lies within a name's length of it, and needs a misspelt word:
    // most anchors (inside recognised names, `of the` in prose) have none near
    if (!search.someCandidateIn(Math.max(0, k - MULTI_WORD_MAX + 1), Math.min(tokens.length, k + MULTI_WORD_MAX))) continue;
    const entries = anchor.hashed ? index.multiWordByHash.get(anchor.hash) : index.multiWordByToken.get(anchor.key);
    if (!entries) continue;
    for (const { name, pos, words: n } of entries) {
      const start = k - pos;
      if (start < 0 || start + n > tokens.length || flagged[start]) continue;
      // a misspelt word must be among them: most windows (inside a recognised name, `of the` in prose) hold none
      if (!search.someCandidateIn(start, start + n)) continue;
      if (!anchor.hasKey(name.keys[pos]!)) continue; // a list by hash may hold other words
      let distance = 0;
      let differing = 0;
      let anchorLetters = 0;
      let shortestDiffering = Infinity;
      // the misspelt words, a bit each by position: their brackets and marks are asked once the window is a near miss
      let unchecked = 0;
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const t = tokens[start + j]!;
        if (j > 0 && !isNameGapAt(text, tokens[start + j - 1]!.end, t.start, false)) ok = false;
        else if (t.hasKey(name.keys[j]!)) anchorLetters += name.keys[j]!.length;
        else if (!search.candidate(start + j)) ok = false;
        else {
          differing++;
          unchecked |= 1 << j;
          shortestDiffering = Math.min(shortestDiffering, t.key.length);
          distance += editDistance(t.key, name.keys[j]!, 2);
          if (distance > 2) ok = false; // too far already: no near miss
        }
      }
      if (!ok || differing === 0) continue;
      // a short anchor (`Nie` of `Nie Rongzen`) vouches only for a long misspelt word: `Kim Sung` is not `Kim Ung`
      const shortAnchor = anchorLetters < 3 || (anchorLetters < 4 && shortestDiffering < 6);
      if (shortAnchor && !(differing === 1 && shortestDiffering >= 4 && tokens[start]!.hasKey(name.keys[0]!))) continue;
      let written = tokens[start]!.key;
      for (let j = start + 1; j < start + n; j++) written += ' ' + tokens[j]!.key;
      const wanted = name.keys.join(' ');
      const near = distance <= 1 ? wanted.length >= 6 : distance === 2 && wanted.length >= 8 && phoneticKey(written) === phoneticKey(wanted);
      if (!near) continue;
      let checked = true;
      for (let j = 0; j < n && checked; j++) if (unchecked & (1 << j)) checked = search.checkable(start + j);
      if (!checked) continue;
      const span = { start: tokens[start]!.start, end: tokens[start + n - 1]!.end };
      // `Le Kenong [SIC]`: the editor's mark after the whole name vouches for it
      if (vouchedFor(text, span.end)) continue;
      let upper = true;
      for (let j = start; j < start + n && upper; j++) upper = tokens[j]!.upper;
      const entries = entriesOf(index, name.fullKey);
      const spelt = text.slice(span.start, span.end);
      const another = tokens[start]!.hasKey(name.keys[0]!) ? anotherGivenName(spelt, entries) : undefined;
      // a given name the language spells may be another man's (`Chen Yu`, `Kim Chae`), but not a Chinese one of
      // two syllables one letter from the right one beside it (`Ren Bishi` ... `Ren Bishe`)
      const chineseOfTwoSyllables = another?.oneSyllable === false && nameLanguage(entries) === 'zh';
      if (shortAnchor && !unreadableGivenName(spelt, entries) && !chineseOfTwoSyllables) continue;
      out.push({
        span,
        written: spelt,
        suggestion: upper ? name.display.toUpperCase() : name.display,
        suggestionKey: name.fullKey,
        entries,
        coverName: isCoverName(index, name.fullKey),
        anotherGivenName: another,
        ...(shortAnchor ? { besideOnly: true } : {}),
      });
      for (let j = start; j < start + n; j++) flagged[j] = 1;
    }
  }
}

/** Misspelt names of one word (`Filipov`, `ROSCHIN`, `Shtytkov`) outside the multi-word ones. */
function findSingleWordNearMisses(search: NearMissSearch, options: RecognitionOptions, out: NearMiss[]): void {
  const { text, tokens, index, flagged } = search;
  const commonHere = new Map<string, boolean>(); // the caller's common words, asked once per key
  for (let k = 0; k < tokens.length; k++) {
    if (flagged[k]) continue;
    const t = tokens[k]!;
    if (!t.capitalised || !search.someCandidateIn(k, k + 1) || t.keyLength < 5) continue;
    // most words are near no name (an answer remembered per gazetteer): ask that before the bracket and [sic] checks
    const best = index.nearestSingleTo(t);
    if (best === null || !search.checkable(k)) continue;
    // another transliteration of the name is no slip of it (left unread only where it names someone else: `Colonel Vasilyev`)
    if (russianSpellingTargets(index, t)) continue;
    if (afterAnotherGivenName(text, tokens, k, search.inMention, index) || russianFormOf(t.key, best)) continue;
    if (adjectiveOfAPlace(t.lookupKey, best, index)) continue;
    if (options.isCommonWord) {
      const key = t.lookupKey;
      let common = commonHere.get(key);
      if (common === undefined) commonHere.set(key, (common = options.isCommonWord(t.text)));
      if (common) continue;
    }
    const display = index.singleDisplay.get(best) ?? best;
    const end = t.isPossessive ? t.end - 2 : t.end;
    out.push({
      span: { start: t.start, end },
      written: text.slice(t.start, end),
      suggestion: t.upper ? display.toUpperCase() : display,
      suggestionKey: best,
      entries: entriesOf(index, best),
      coverName: isCoverName(index, best),
    });
  }
}

/**
 * `cited George Atcheson's reports`: a capitalised word right before, in mid-sentence and on the
 * same line, that is no title or form of address: the surname is another man's, given names and
 * all, not a slip of a known one (`Acheson`). At a sentence's start the word before tells nothing.
 */
function afterAnotherGivenName(text: string, tokens: readonly Token[], k: number, inMention: Uint8Array, index: EntityIndex): boolean {
  const before = tokens[k - 1];
  if (!before || inMention[k - 1] || before.kind !== 'word' || !before.capitalised || before.upper) return false;
  if (!/^[ \t]+$/.test(text.slice(before.end, tokens[k]!.start)) || HONORIFICS.has(before.key) || NOT_NAMES.has(before.key)) return false;
  // mid-sentence: a lower-case word, a comma or the like before it on its line
  let j = before.start - 1;
  while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
  if (j >= 0 && /[a-z,;:]/.test(text[j]!)) return true;
  // at a sentence's start, a word that begins a known person's name is a given name (`George`, `Dean`),
  // where another (`Yesterday Roschin left`) tells nothing
  return beginsLongerName(index, before.key, 3);
}

/** Does a word begin a known name of several words (`Mao` of `Mao Zedong`, `George` of `George C. Marshall`)? */
function beginsLongerName(index: EntityIndex, key: string, maxWords = Infinity): boolean {
  return index.byFirstKey.get(key)?.some((shape) => shape.keys.length > 1 && shape.keys.length <= maxWords) === true;
}

/**
 * `Stalinu`, `Stalina`, `Roshchinym`: a surname ending in a consonant with a Russian case ending, as a
 * transliterated Russian phrase writes it (`"tov. Stalinu lichno"`) or as a woman of the family bears
 * it (`Roshchina`): no slip of the name. So is a man's surname beside a listed woman's (`Rublev`
 * beside the typist `Rubleva`): a man of her family.
 */
function russianFormOf(key: string, listed: string): boolean {
  if (key.length > listed.length) return key.startsWith(listed) && RUSSIAN_CASE_ENDINGS.has(key.slice(listed.length)) && /[bcdfghjklmnpqrstvwxz]$/.test(listed);
  return isMasculineOf(key, listed);
}

/**
 * `Mongolian` beside `Mongolia`, `Korean` beside `Korea`, `Tibetans`, `Chinese`: a place's adjective
 * (or its people's name) is a word of its own, no slip of the place's name. Only a place's: a word one
 * ending from a listed person's name is still checked.
 */
function adjectiveOfAPlace(key: string, listed: string, index: EntityIndex): boolean {
  const stem = key.endsWith('s') ? key.slice(0, -1) : key;
  // `Korea` + `n`, `Tibet` + `an`, `Japan` + `ese`; `China` → `Chinese` drops the place's final `a`
  const adjective = PLACE_ADJECTIVE_ENDINGS.some((ending) => {
    if (!stem.endsWith(ending)) return false;
    const base = stem.slice(0, -ending.length);
    return base === listed || base + 'a' === listed;
  });
  return adjective && entriesOf(index, listed).every((e) => e.kind === 'place');
}
/** The endings English makes a place's adjective with. */
const PLACE_ADJECTIVE_ENDINGS = ['n', 'an', 'ian', 'ese', 'i'];

/** `Rublev` of `Rubleva`, `Kornushin` of `Kornushina`: the man's form of a Russian woman's surname. */
function isMasculineOf(key: string, listed: string): boolean {
  return listed.length === key.length + 1 && listed.startsWith(key) && /(?:ov|ev|yov|in|yn)a$/.test(listed);
}

/** The languages whose names the people of a country bear, as romanisation reads them. */
const NAME_LANGUAGE: Partial<Record<Country, Language>> = { PRC: 'zh', ROC: 'zh', DPRK: 'ko', ROK: 'ko' };

/** The language of the names of a list of people, when they are all Chinese or all Korean. */
function nameLanguage(entries: readonly GazetteerEntry[]): Language | undefined {
  const language = entries.length ? NAME_LANGUAGE[entries[0]!.country!] : undefined;
  return language && entries.every((e) => e.kind === 'person' && NAME_LANGUAGE[e.country!] === language) ? language : undefined;
}

/** A given name after a surname: a hyphened Korean one (`Song-ae`), or a word of four letters or more (`Anying`). */
const GIVEN_NAME_AFTER = /^[A-Z][a-z]+(?:[-‐][a-z]+|[a-z]{2,}(?![-‐]))(?![A-Za-z])/;

/**
 * `Mao Anying`, `Kim Song-ae`: a Chinese or Korean surname listed alone for one man (`Mao`),
 * followed by a given name of the language that no known name has: another member of the family.
 * (The longer names the index knows, `Mao Zedong` or `Mao Tse-tung` however spelt, were tried first.)
 */
function surnameOfAnother(text: string, tokens: readonly Token[], m: FormMatch, index: EntityIndex): boolean {
  const next = tokens[m.last + 1];
  if (m.first !== m.last || !next || next.kind !== 'word' || !next.capitalised) return false;
  const language = chineseOrKorean(m.targets);
  if (!language || !/^[ \t]+$/.test(text.slice(tokens[m.last]!.end, next.start))) return false;
  // the word is a surname (`Mao` of `Mao Zedong`, not `Zedong`), and the next starts no known name of its own (`Mao Peng`, a list)
  if (!beginsLongerName(index, m.fullKey) || matchAt(index, text, tokens, m.last + 1)) return false;
  const given = GIVEN_NAME_AFTER.exec(text.slice(next.start, next.start + 24))?.[0];
  return given !== undefined && romanisationKeys(`${tokens[m.first]!.text} ${given}`, new Set([language])).length > 0;
}

/** `nameLanguage` of the people a list of targets names, remembered per list (the index's own lists come back in every cable). */
function chineseOrKorean(targets: readonly FormTarget[]): Language | undefined {
  let language = languageOfTargets.get(targets);
  if (language === undefined) languageOfTargets.set(targets, (language = nameLanguage(targets.map((t) => t.entry)) ?? null));
  return language ?? undefined;
}
const languageOfTargets = new WeakMap<readonly FormTarget[], Language | null>();

/**
 * `Kim Yong-ju` one letter from the listed `Kim Song-ju`, `Chen Yu` from `Chen Yun`: the surname is
 * a known person's and the given name is other syllables of his language. Chinese and Korean
 * syllables are few and one letter turns one into another, so this is as likely another man as a
 * slip (a surname is not so: `Le Kenong` beside `Li Kenong` is a slip, CABLE-FORMAT §9).
 */
function anotherGivenName(written: string, entries: readonly GazetteerEntry[]): NearMiss['anotherGivenName'] {
  const language = nameLanguage(entries);
  if (!language || !romanisationKeys(written, new Set([language])).length) return undefined;
  const words = written.split(/\s+/);
  return { oneSyllable: language === 'zh' && words.length === 2 && isChineseSyllable(words[1]!) };
}

/**
 * `Gao Gagn`, `Xie Fnag`, `Li Kenogn`: a Chinese or Korean man's surname with a given name that no
 * syllables of the language spell, so no other man of that surname bears it. After a surname of two
 * or three letters, such a given name is read as a slip, and so is a Chinese one of two syllables beside
 * the right spelling (`Ren Bishe`); one of one syllable may be another man's (`Chen Yung`, `Kim Chae`).
 */
function unreadableGivenName(written: string, entries: readonly GazetteerEntry[]): boolean {
  const language = nameLanguage(entries);
  return language !== undefined && romanisationKeys(written, new Set([language])).length === 0;
}

/** Does the document name one of these people (in any spelling)? A near miss read only beside its right spelling needs it. */
function namesAnyOf(mentions: readonly EntityMention[], entries: readonly GazetteerEntry[]): boolean {
  return mentions.some((m) => m.reference === undefined && entries.some((e) => e.id === m.resolution.best.entry.id));
}

/**
 * `Kaesong [Kaeseong]`, `Kaeseong [Kaesong]`: a spelling beside an editor's bracket that gives the
 * very name it is near — the one in the bracket and the other just before it — is that name in
 * another romanisation, as the editor says (§8), not a misspelling of it. A bracket giving another
 * name of the same person (`Filipov [Stalin]`, a cover name glossed) vouches for no spelling.
 */
function glossPairedWith(text: string, miss: NearMiss, mentions: readonly EntityMention[]): boolean {
  // the partner is the mention just before the miss or just after it (mentions are in text order)
  const after = partitionPoint(mentions, (m) => m.span.start < miss.span.end);
  for (let k = Math.max(0, after - 1); k <= after && k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.key !== miss.suggestionKey) continue;
    const [first, second] = m.span.end <= miss.span.start ? [m.span, miss.span] : miss.span.end <= m.span.start ? [miss.span, m.span] : [undefined, undefined];
    if (first && second && OPENS_GLOSS.test(text.slice(first.end, second.start)) && CLOSES_GLOSS.test(text.slice(second.end, second.end + 4))) return true;
  }
  return false;
}

/** Between a name and the bracket glossing it: blanks, `[`, blanks. */
const OPENS_GLOSS = /^[ \t]*\[[ \t]*$/;
/** After the gloss: blanks and `]`. */
const CLOSES_GLOSS = /^[ \t]*\]/;

function entriesOf(index: EntityIndex, fullKey: string): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const t of index.targets.get(fullKey) ?? []) if (!out.includes(t.entry)) out.push(t.entry);
  return out;
}

function isCoverName(index: EntityIndex, fullKey: string): boolean {
  const targets = index.targets.get(fullKey) ?? [];
  return targets.length > 0 && targets.every((t) => t.via === 'pseudonym');
}

/**
 * Whether a mention is the cable's own words as its writer dated them, for the checks that hold a
 * name to the cable's date: not an editor's bracket or gloss (the editor's words, in the editor's
 * time), not a citation of another telegram, not a name the editor marks `[sic]`.
 */
export function writersOwnName(m: EntityMention, text: string): boolean {
  return m.glossOf === undefined && m.bracket === undefined && m.reference === undefined && !vouchedFor(text, m.span.end)
    && !SUPPLIED_WORDS.test(text.slice(m.span.start, m.span.end));
}
/**
 * The leading words of a name supplied by the editor (`[Chinese People's] Volunteers`): the name as
 * it reads is the editor's, the writer's own word alone (`Volunteers`) naming nothing dated; words
 * supplied after the writer's (`Ni [Zhiliang]`) and a partial reading (`Sadov[in]`) leave the name his.
 */
const SUPPLIED_WORDS = /^\[[^\[\]]+\]\s/;

/**
 * `[SIC]` or `[?]` right after a word (spaces allowed inside and before), or after the editor's gloss
 * that follows it (`FILIPOV [Stalin] [SIC]`): the editor vouches for the spelling.
 */
export function vouchedFor(text: string, from: number): boolean {
  const at = skipSpaces(text, from);
  if (sicAt(text, at)) return true;
  // a gloss between the word and the mark: `[Stalin] [SIC]`
  if (text.charCodeAt(at) !== 91 /* [ */) return false;
  const close = text.indexOf(']', at);
  return close > at && close - at <= GLOSS_REACH && !text.slice(at + 1, close).includes('[') && sicAt(text, skipSpaces(text, close + 1));
}
/** The longest gloss looked over for a `[SIC]` after it. */
const GLOSS_REACH = 40;

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < 8 && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** `[SIC]`, `[sic]`, `[ ? ]` at `i`. */
function sicAt(text: string, from: number): boolean {
  if (text.charCodeAt(from) !== 91 /* [ */) return false;
  let i = skipSpaces(text, from + 1);
  const c = text.charCodeAt(i);
  if (c === 63 /* ? */) i++;
  else if (text.slice(i, i + 3).toLowerCase() === 'sic') i += 3;
  else return false;
  i = skipSpaces(text, i);
  return text.charCodeAt(i) === 93 /* ] */;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x3000;
}
