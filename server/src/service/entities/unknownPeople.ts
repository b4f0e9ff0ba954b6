/**
 * People the gazetteer does not know, read only where a person's name is expected: after a form of
 * address or a title (`Cde. Ivanov`, `Colonel General Razin`), and as the whole of an addressee,
 * salutation, signature, sender or distribution entry the parser found. Precision comes first:
 * a word that is an office, a rank, a body or an English word (`General Staff`, `Comrade
 * Chairman`, `Minister of Foreign Affairs`) is no name, nor is anything the gazetteer or the name
 * checks already read; a lone surname the gazetteer knows (`Ambassador Ni`) is left alone too,
 * since the gazetteer may well know the person.
 */
import type { Span } from '../types';
import type { BracketKind } from '../parser/ast';
import type { EntityIndex } from './entityIndex';
import { hashKey, type Token } from './tokenizer';
import { ABBREVIATED, HONORIFICS, NOT_NAMES, ROLE_NOUNS, SINGULAR, TITLES } from './honorifics';
import { isCommonEnglishWord, isShortEnglishWord } from './commonWords';
import { gazetteerSurnames, spacedName } from './contextual';
import { bareSpelling } from './nameChecks';
import { RUSSIAN_PAIR_INITIAL } from '../vocabulary';
import { foldKey } from '../gazetteer';
import type { UnknownPerson } from './types';
import { isAsciiLetter, isBlank, isDigit } from '../chars';
import { chineseKeys } from '../romanisation/chinese';
import { partitionPoint } from '../spans';

/** Brackets whose words are the editor's prose or a transliteration, where no unknown person is read. */
const SILENT_BRACKETS = new Set<BracketKind>(['transliteration', 'doubt', 'supplied-date', 'supplied-word', 'stamp', 'footnote-marker', 'summary', 'role-gloss']);

export interface UnknownPeopleInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Tokens inside a mention (gazetteer form or contextual reference). */
  readonly inMention: Uint8Array;
  /** Spans already flagged as near misses of a known person's name or cover name. */
  readonly nearMisses: readonly Span[];
  /**
   * Spans flagged as near misses of a place's or a body's name only. They keep a slot from being
   * read as a person (`From PEKNG` is Peking misspelt), but not a name after a form of address or a
   * title: `Colonel General Razin` is a man, not the port of Rajin misspelt.
   */
  readonly placeNearMisses?: readonly Span[];
  readonly index: EntityIndex;
  /** Where the parser expects a person's name (addressee, signature, distribution entry …), with what it is. */
  readonly slots: readonly { readonly span: Span; readonly cue: string }[];
  readonly bracketAt: (offset: number) => BracketKind | undefined;
  readonly isCommonWord?: (word: string) => boolean;
  readonly readGloss: (from: number) => UnknownPerson['gloss'];
}

const CUE_HASHES = new Set([...HONORIFICS, ...TITLES, ...ROLE_NOUNS].map(hashKey));

/** One word of a name: a capital, then letters, apostrophes and hyphenated parts (`Tae-hong`, `O'Neil`). */
const WORD = /\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{L}+)*/uy;
/** An initial: `I.`, `I. `. */
const INITIAL = /\p{Lu}\.[ \t]?/uy;
/** The two Latin letters of one Russian initial and its period: `Kh.` (Х.), `Ya.`, `Yu.`, `Zh.`, in either case (`vocabulary.ts`). */
const PAIR_INITIAL = new RegExp(String.raw`(?:${RUSSIAN_PAIR_INITIAL})\.[ \t]?`, 'y');
/**
 * What joins two names of a list in one slot: `IVANOV, PETROV`, `Ivanov and Petrov`, `Ivanov, and Petrov`,
 * or a run of blanks between two signers (`ZHOU ENLAI    NIE RONGZHEN`; one blank joins the words of one name).
 */
const LIST_JOINT = /^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]{2,})/;

/**
 * The names of a list that fills `i..end` (one name, or several: `IVANOV, PETROV`), or undefined when
 * anything but closing punctuation, a gloss or a footnote marker follows the last; a man the gazetteer
 * knows in the list (`GROMYKO, PETROV`) is stepped over, not read. The page's `[signature]` before a
 * name in parentheses (`[signature] (Makarov)`) is no part of it.
 */
function slotList(text: string, i: number, end: number, input: UnknownPeopleInput): { start: number; end: number; words: string[] }[] | undefined {
  const names: { start: number; end: number; words: string[] }[] = [];
  if (text.charCodeAt(i) === 91 && SIGNATURE_MARK.test(text.slice(i, i + 14))) {
    i = text.indexOf(']', i) + 1;
    while (i < end && (isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 40)) i++;
  }
  let last = i;
  for (;;) {
    // forms of address, titles and initials before the name
    for (;;) {
      const skipped = skipLead(text, i, end);
      if (skipped === i) break;
      i = skipped;
    }
    const name = readName(text, i, input, true);
    const known = name ? undefined : mentionEndAt(input, i);
    const nameEnd = name?.end ?? known;
    if (nameEnd === undefined || nameEnd > end) break;
    if (name) names.push(name);
    last = nameEnd;
    const next = LIST_JOINT.exec(text.slice(nameEnd, Math.min(end, nameEnd + 8)));
    if (!next) break;
    i = nameEnd + next[0].length;
  }
  if (names.length === 0) return undefined;
  // nothing but closing punctuation, a gloss or a footnote marker may follow the last name in the slot
  return SLOT_REST.test(text.slice(last, end)) ? names : undefined;
}

/** What may follow the last name of a slot: closing punctuation, a gloss or a footnote marker. */
const SLOT_REST = /^[\s.,:;!"”’)]*(\[[^\]]*\][\s.,:;!"”’)]*)?$/;
/** The page's mark of a signature, `[signature]` (a `[` read first). */
const SIGNATURE_MARK = /^\[signature\]/i;

/**
 * The word a letter-spaced slot spells (`P E T R O V`: `PETROV`), capitals each set off by one blank,
 * four letters at least; undefined for anything else. Read by characters, no pattern.
 */
function letterSpaced(text: string, start: number, end: number): string | undefined {
  if (end - start < 7 || text.charCodeAt(start + 1) !== 32) return undefined;
  let word = '';
  for (let i = start; i < end; i += 2) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90 || (i + 1 < end && text.charCodeAt(i + 1) !== 32)) return undefined;
    word += text[i];
  }
  return word.length >= 4 ? word : undefined;
}

export function findUnknownPeople(input: UnknownPeopleInput): UnknownPerson[] {
  const { text, tokens } = input;
  const found = new Map<number, UnknownPerson>();
  const surnames = gazetteerSurnames(input.index);

  const accept = (name: { start: number; end: number; words: string[] }, cue: string, spelled?: string) => {
    if (found.has(name.start)) return;
    if (name.words.length === 1 && surnames.has(name.words[0]!.toLowerCase())) return; // `Ambassador Ni`: perhaps a known person
    if (name.words.length === 1 && name.words[0]!.length <= 4 && name.words[0] === name.words[0]!.toUpperCase()) return; // `USSR`, `MID`: an acronym
    const kind = input.bracketAt(name.start);
    if (kind !== undefined && SILENT_BRACKETS.has(kind)) return;
    const written = text.slice(name.start, name.end);
    found.set(name.start, {
      span: { start: name.start, end: name.end },
      name: spelled ?? written.replace(/\s+/g, ' '),
      key: bareSpelling(name.words.join(' ')),
      cue,
      ...(() => {
        const gloss = input.readGloss(name.end);
        return gloss ? { gloss } : {};
      })(),
    });
  };

  // after a form of address or a title
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'cjk' || input.inMention[k]) continue;
    // most words are neither, told from the hash without making the key
    if (t.kind === 'word' && t.hashed && !CUE_HASHES.has(t.hash)) continue;
    const key = t.key.replace(/\.$/, '');
    const honorific = HONORIFICS.has(key);
    // (a function in small letters, `the interpreter`, is a cue as a title is; so is one set off by a comma, `the ambassador, Raghavan,`)
    const role = !honorific && !t.capitalised && ROLE_NOUNS.has(key);
    if (!honorific && !role && !(TITLES.has(key) && t.capitalised)) continue;
    let from = t.end;
    // an initial token (`Mr.`) holds its period; a word's period follows it
    const period = t.kind === 'initial' || text[from] === '.';
    if (period && !(ABBREVIATED.has(key) || key === 'mr' || key === 'mrs')) continue; // `Comrade.` ends a sentence
    if (text[from] === '.') from++;
    if (role && text[from] === ',') from++;
    // the name follows on the line, or on the next one after a singular form of address (`Dear Cde.` / `I. V. Stalin`)
    const gap = /^[ \t]*(\r?\n[ \t]*)?/.exec(text.slice(from, from + 40))![0];
    if (gap.includes('\n') && !SINGULAR.has(key)) continue;
    from += gap.length;
    const cue = `after '${text.slice(t.start, t.end)}${period && t.kind !== 'initial' ? '.' : ''}'`;
    // `Cdes. Ivanov and Petrov`, `Comrades Ivanov, Petrov`: a plural form of address takes a list
    const plural = key === 'cdes' || key === 'comrades' || key === 'cmrds';
    for (let name = readName(text, from, input, false); name; ) {
      accept(name, cue);
      if (!plural) break;
      const next = /^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)/.exec(text.slice(name.end, name.end + 8));
      name = next ? readName(text, name.end + next[0].length, input, false) : undefined;
    }
  }

  // the whole of a slot the parser marks as a person's, or a list of names that fills it (`IVANOV, PETROV` signing together)
  for (const slot of input.slots) {
    const end = slot.span.end;
    // a signer letter-spaced (`P E T R O V`) is one word
    const spaced = letterSpaced(text, slot.span.start, end);
    if (spaced !== undefined) {
      // (`M A O Z E D O N G`, `F E N G X I` are names the gazetteer knows, their words run together, and
      // `A Z U V A E V` one it knows with a letter lost: no unknown man)
      const key = spaced.toLowerCase();
      if (isNameWord(spaced, input) && !covered(input, slot.span.start, end, true) && spacedName(input.index, key) === undefined && !input.index.deletions.has(key)) {
        accept({ start: slot.span.start, end, words: [spaced] }, slot.cue, spaced);
      }
      continue;
    }
    // a list the slot holds only the last name of (`I. IVANOV and P. PETROV`: the slot is `PETROV`) is read from its line's start
    const lineStart = text.lastIndexOf('\n', slot.span.start - 1) + 1;
    const before = lineStart < slot.span.start ? text.slice(lineStart, slot.span.start) : '';
    const whole = before.includes(' and ') || before.includes(',') ? slotList(text, lineStart, end, input) : undefined;
    const names = whole ?? slotList(text, slot.span.start, end, input);
    if (names) for (const name of names) accept(name, slot.cue);
  }

  // before an office in apposition: `Wang Heshou, Vice Minister of Heavy Industry,`
  namesBeforeAnOffice(found, input, accept);
  // after an office with its complement: `Vice Minister of Heavy Industry Wang Heshou`
  namesAfterAnOffice(found, input, accept);
  sameNameElsewhere(found, input);
  givenOffices(found, input.text);
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}

/**
 * An office in apposition after a name: a comma, then a title (`Vice Minister`, `Consul General`,
 * `Counsellor`, `Chief`, `Head`) and its complement up to the next comma, period, semicolon, line end
 * or verb (`Wang Heshou, Vice Minister of Heavy Industry, will stay`). The title is capitalised, as an
 * office is; `the Chinese interpreter` in small letters is not read here. Group 1 is the office.
 */
const OFFICE_AFTER = /,[ \t]+((?:(?:First|Vice|Deputy|Acting|Assistant)[- ])?(?:Vice[- ])?(?:Minister-Counsell?or|Minister|Ambassador|Consul(?:[- ]General)?|Counsell?or|Chairman|Commander|Chief|Head|Director|Secretary(?:-General)?|Adviser|Advisor|Attach[eé]|Governor|Envoy)\b(?:[ \t]+(?!(?:will|is|was|has|had|who|and|arrived|left|said|asked|told|came|stayed)\b)[\p{L}'’()-]+){0,8})/uy;
/** Quick test that `OFFICE_AFTER` may match at a comma: the next capitalised word is a title's. */
const OFFICE_FIRST_WORDS = /^,[ \t]+(?:First|Vice|Deputy|Acting|Assistant|Minister|Ambassador|Consul|Counsell?or|Chairman|Commander|Chief|Head|Director|Secretary|Advis[eo]r|Attach|Governor|Envoy)/;

/** The office in apposition at `end` (the name's end), as written, or undefined. */
function officeAfter(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== 44 || !OFFICE_FIRST_WORDS.test(text.slice(end, end + 16))) return undefined;
  OFFICE_AFTER.lastIndex = end;
  const m = OFFICE_AFTER.exec(text);
  if (!m) return undefined;
  // `Vice Minister of the` cut by the eight-word limit or a verb: end on a word of the office
  return m[1]!.replace(/[ \t]+(?:of|the|for|to|in|and)$/g, '').replace(/[ \t]+(?:of|the|for|to|in|and)$/g, '');
}

/**
 * `Wang Heshou, Vice Minister of Heavy Industry`: a name of two or three words right before an office
 * in apposition is a person's, the office his. Only a name of two words or more (a lone `Wang` may be
 * anyone, or someone the gazetteer knows), none of them a mention, an office word or an English word.
 */
function namesBeforeAnOffice(found: Map<number, UnknownPerson>, input: UnknownPeopleInput, accept: (name: { start: number; end: number; words: string[] }, cue: string) => void): void {
  const { text } = input;
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    if (!OFFICE_FIRST_WORDS.test(text.slice(comma, comma + 16))) continue;
    const office = officeAfter(text, comma);
    if (!office) continue;
    // the words before the comma on its line, and a name of them that ends at the comma
    const lineStart = Math.max(text.lastIndexOf('\n', comma - 1) + 1, comma - 60);
    const before = text.slice(lineStart, comma);
    const starts: number[] = [];
    const word = /(?:^|[^\p{L}'’-])(?=\p{Lu})/gu;
    for (let m = word.exec(before); m; m = word.exec(before)) {
      starts.push(lineStart + m.index + m[0].length);
      if (m[0].length === 0) word.lastIndex++;
    }
    for (const start of starts.slice(-3)) {
      const name = readName(text, start, input, false, true);
      if (!name || name.start !== start || name.end !== comma || name.words.length < 2) continue;
      if ([...found.values()].some((u) => u.span.start <= start && comma <= u.span.end)) break;
      accept(name, 'followed by his office');
      break;
    }
  }
}

/** The titles an office's complement follows: `Minister` of `Vice Minister of Heavy Industry`. */
const OFFICE_TITLES = String.raw`(?:Minister|Chairman|Commander|Chief|Head|Director|Secretary|Consul|Counsell?or|Ambassador)`;
/**
 * The `of` or `to` of an office's complement, between blanks, a title before it: ` of ` of `Vice
 * Minister of Heavy Industry`. The title is looked for behind each ` of ` and ` to ` found, not
 * tried at every position of the text.
 */
const OF_OR_TO_AFTER_TITLE = new RegExp(String.raw`[ \t](?:of|to)[ \t](?<=${OFFICE_TITLES}[ \t]+(?:of|to)[ \t])`, 'g');
/** A title ending the text, with its `Vice` or `First`: `Vice Minister`, `Chairman`, `Assistant-Counsellor`. */
const OFFICE_TITLE_END = new RegExp(String.raw`(?:(?:First|Vice|Deputy|Acting|Assistant)[- ])?${OFFICE_TITLES}$`);
/** The longest title `OFFICE_TITLE_END` reads: `Assistant Ambassador`, `Assistant-Counsellor`. */
const OFFICE_TITLE_MAX = 20;

/**
 * Each title and the `of` or `to` of its complement in the text, in order: `Vice Minister of `,
 * `Chairman of the ` (the blanks after `of` included), as `start`..`end`. The ` of ` and ` to ` after
 * a title are found first, and the title with its `Vice` then read in the few characters before
 * them: a pattern of titles tried at every position of the text cost more than the rest of the
 * reading of unknown people.
 */
function* officesBefore(text: string): Generator<Span> {
  OF_OR_TO_AFTER_TITLE.lastIndex = 0;
  for (let m = OF_OR_TO_AFTER_TITLE.exec(text); m; m = OF_OR_TO_AFTER_TITLE.exec(text)) {
    let titleEnd = m.index;
    while (titleEnd > 0 && isBlank(text.charCodeAt(titleEnd - 1))) titleEnd--;
    const window = Math.max(0, titleEnd - OFFICE_TITLE_MAX);
    const title = OFFICE_TITLE_END.exec(text.slice(window, titleEnd));
    if (!title) continue;
    const end = m.index + 3 + blanksAt(text, m.index + 3, Infinity);
    yield { start: window + title.index, end };
  }
}

/** A ministry's or a body's field, as its name writes it (`Heavy Industry`, `Posts and Telegraphs`), folded. */
const OFFICE_DOMAINS: ReadonlySet<string> = new Set([
  'heavy', 'light', 'industry', 'industries', 'trade', 'finance', 'financial', 'economic', 'economy', 'railways', 'railway', 'transport',
  'communications', 'posts', 'telegraphs', 'public', 'health', 'education', 'culture', 'agriculture', 'forestry', 'fuel', 'coal', 'oil',
  'geology', 'textile', 'commerce', 'interior', 'justice', 'labor', 'water', 'conservancy', 'planning', 'construction', 'machine',
  'machinery', 'metallurgy', 'chemical', 'food', 'fisheries', 'propaganda', 'organisation', 'organization', 'united', 'work', 'political',
  'cadres', 'personnel', 'supply', 'supplies', 'rear', 'services', 'logistics', 'operations', 'intelligence', 'naval', 'artillery',
  'armour', 'armoured', 'engineering', 'signals', 'mobilisation', 'mobilization', 'commission', 'general', 'information', 'press',
]);
/** Small words inside an office's complement: `Committee of the Party and the Government`. */
const OFFICE_LINKS = new Set(['of', 'the', 'and', 'for', 'to']);

/**
 * `Vice Minister of Heavy Industry Wang Heshou`: after a title and its complement (words that are
 * office, body or English words, or no name's: `Heavy Industry`, `Foreign Affairs of the USSR`), a name
 * of two or three words on the line is a person's, the office his. Only a name of two words or more.
 */
function namesAfterAnOffice(found: Map<number, UnknownPerson>, input: UnknownPeopleInput, accept: (name: { start: number; end: number; words: string[] }, cue: string) => void): void {
  const { text } = input;
  for (const title of officesBefore(text)) {
    let i = title.end;
    let complement = 0;
    for (;;) {
      const word = /^[\p{L}'’-]+/u.exec(text.slice(i, i + 40))?.[0];
      if (!word) break;
      const isLink = OFFICE_LINKS.has(word);
      const capital = /^\p{Lu}/u.test(word);
      // (`Sun` of `Minister of Trade Sun Guozhi` is no word of the complement: a surname, his given name after it)
      const noName = !isNameWord(word, input) && !englishWordAsSurname(text, i + word.length, word, input);
      if (!isLink && !(capital && (OFFICE_DOMAINS.has(word.toLowerCase()) || noName || covered(input, i, i + word.length, true)))) break;
      if (!isLink) complement++;
      const gap = blanksAt(text, i + word.length, 2);
      if (gap === 0) { i += word.length; break; }
      i += word.length + gap;
    }
    if (complement === 0 || !/^\p{Lu}/u.test(text.slice(i, i + 1))) continue;
    const name = readName(text, i, input, false, true);
    if (!name || name.start !== i || name.words.length < 2 || found.has(name.start)) continue;
    accept(name, 'after his office');
    const office = text.slice(title.start, i).trim();
    const person = found.get(name.start);
    if (person && !person.office) found.set(name.start, { ...person, office });
  }
}

/** The office each found name has in apposition after it, and the same man's elsewhere in the text. */
function givenOffices(found: Map<number, UnknownPerson>, text: string): void {
  const byKey = new Map<string, string>();
  for (const [start, person] of found) {
    const office = officeAfter(text, person.span.end);
    if (!office) continue;
    found.set(start, { ...person, office });
    if (!byKey.has(person.key)) byKey.set(person.key, office);
  }
  if (byKey.size === 0) return;
  for (const [start, person] of found) if (!person.office && byKey.has(person.key)) found.set(start, { ...person, office: byKey.get(person.key)! });
}

/**
 * The same name elsewhere in the text is the same man: `Comrade Zhang Mingyuan will report` makes
 * `Gao Gang should order Zhang Mingyuan to move` his too. One pass over the tokens, each found name
 * looked up by its first word; a name of one short word (`Mun`) is not sought again.
 */
function sameNameElsewhere(found: Map<number, UnknownPerson>, input: UnknownPeopleInput): void {
  const { text, tokens } = input;
  const byFirstWord = new Map<number, UnknownPerson[]>();
  for (const person of found.values()) {
    const written = text.slice(person.span.start, person.span.end);
    if (!/\s/.test(written) && written.length < 5) continue;
    const first = hashKey(foldKey(/^\S+/.exec(written)![0]));
    const list = byFirstWord.get(first);
    if (list) list.push(person);
    else byFirstWord.set(first, [person]);
  }
  if (byFirstWord.size === 0) return;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || input.inMention[k] || found.has(t.start)) continue;
    const candidates = byFirstWord.get(t.hashed ? t.hash : hashKey(t.key));
    for (const person of candidates ?? []) {
      const written = text.slice(person.span.start, person.span.end);
      const end = t.start + written.length;
      if (!text.startsWith(written, t.start) || isNameLetter(text.charCodeAt(end)) || covered(input, t.start, end, true)) continue;
      const kind = input.bracketAt(t.start);
      if (kind !== undefined && SILENT_BRACKETS.has(kind)) continue;
      found.set(t.start, { span: { start: t.start, end }, name: person.name, key: person.key, cue: `written so elsewhere in the text, ${person.cue}` });
      break;
    }
  }
}

/**
 * Where the mention whose first token starts at `i` ends (`Andrei Gromyko`: the tokens in mentions
 * that follow each other with only blanks between), or undefined where no token in a mention starts there.
 */
function mentionEndAt(input: UnknownPeopleInput, i: number): number | undefined {
  const { tokens, inMention, text } = input;
  const lo = partitionPoint(tokens, (t) => t.start < i);
  if (lo >= tokens.length || tokens[lo]!.start !== i || !inMention[lo]) return undefined;
  let k = lo;
  while (k + 1 < tokens.length && inMention[k + 1] && /^[ \t]*$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) k++;
  return tokens[k]!.end;
}

/** A letter, digit or hyphen that would make a found name part of a longer word (`Mingyuan-ho`, `Petrova`). */
function isNameLetter(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 45 || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
}

/**
 * Does `start..end` touch a token inside a mention or a near miss (of a place too, with
 * `withPlaces`)? Binary searches, no list of spans made.
 */
function covered(input: UnknownPeopleInput, start: number, end: number, withPlaces: boolean): boolean {
  const { tokens, inMention } = input;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < tokens.length && tokens[k]!.start < end; k++) if (inMention[k]) return true;
  return touches(input.nearMisses, start, end) || (withPlaces && touches(input.placeNearMisses ?? [], start, end));
}

/** Does `start..end` touch one of the sorted spans? */
function touches(nearMisses: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = nearMisses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nearMisses[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < nearMisses.length && nearMisses[lo]!.start < end;
}

/** Past one form of address, title or initial (and the spaces after it) at `i`, else `i`. */
function skipLead(text: string, i: number, end: number): number {
  const m = leadAt(text, i, Math.min(end, i + 30));
  if (!m) return i;
  const word = m[1]!.toLowerCase();
  if (HONORIFICS.has(word) || TITLES.has(word) || word === 'to' || word === 'for') return i + m[0].length;
  if (m[1]!.length === 1 && m[2] === '.' && /\p{Lu}/u.test(m[1]!)) return i + m[0].length; // an initial
  return i;
}

/** A word as `skipLead` reads one: blanks or quote marks, letters, a period, blanks. */
const LEAD = /^[ \t"“]*([\p{L}]+)(\.?)[ \t]*/u;
/** `LEAD` read at `lastIndex` of the whole text, without slicing it. */
const LEAD_AT = /[ \t"“]*([\p{L}]+)(\.?)[ \t]*/uy;

/** `LEAD` matched on `text.slice(i, limit)`, read in the text itself unless the match would run past `limit`. */
function leadAt(text: string, i: number, limit: number): RegExpExecArray | null {
  LEAD_AT.lastIndex = i;
  const m = LEAD_AT.exec(text);
  return m && LEAD_AT.lastIndex > limit ? LEAD.exec(text.slice(i, limit)) : m;
}

/**
 * The name at `from`: initials, then one to three capitalised words on one line, none an office
 * word or an English word, none already read as a name. A title word first (`General` after
 * `Colonel`) is stepped over; anything else that is no name word ends the reading with nothing.
 * `inSlot`: the name is a slot's whole, not one after a form of address or a title. `surnames`: a
 * Chinese surname that is also an English word may open the name when a Chinese given name follows
 * it (`Song Shaowen` before his office; see `englishWordAsSurname`).
 */
function readName(text: string, from: number, input: UnknownPeopleInput, inSlot: boolean, surnames = false): { start: number; end: number; words: string[] } | undefined {
  let i = from;
  for (let titles = 0; titles < 3; titles++) {
    const title = wordAt(text, i);
    const key = title?.toLowerCase();
    if (title === undefined || !(TITLES.has(key!) || HONORIFICS.has(key!))) break;
    i += title.length;
    if (text[i] === '.' && ABBREVIATED.has(key!)) i++;
    const gap = blanksAt(text, i, 4);
    if (gap === 0) return undefined;
    i += gap;
  }
  const start = i;
  for (let n = 0; n < 3; n++) {
    const length = initialLengthAt(text, i);
    if (length === 0) break;
    i += length;
  }
  const words: string[] = [];
  let end = i;
  while (words.length < 3) {
    const read = wordAt(text, i);
    if (read === undefined) break;
    const word = read.replace(/['’]s$/, '');
    // digits or a glued letter of another script: not a word of a name
    if (letterOrDigitAt(text, i + read.length)) break;
    if (covered(input, i, i + word.length, inSlot)) break;
    if (!isNameWord(word, input) && !(surnames && words.length === 0 && word === read && englishWordAsSurname(text, i + read.length, word, input))) break;
    words.push(word);
    end = i + word.length;
    i += read.length;
    if (blanksAt(text, i, 1) === 0) break;
    i += 1;
  }
  if (words.length === 0 || namesABodyAfter(text, end)) return undefined;
  // `Ivanov` must not be the first word of a longer capitalised phrase that is not a name (`Ivanov Street` is rare; `Korea Bay` is not)
  if (text[end] === ' ' && words.length === 3 && wordAt(text, end + 1) !== undefined) return undefined;
  return { start, end, words };
}

/**
 * Chinese surnames that are also English words (`isShortEnglishWord`), and so no name word alone:
 * `Song` (Song Shaowen, Song Qingling), `Sun`, `He` (He Long), `Du`, `Ye` (Ye Jianying), `Tan` (Tan
 * Zheng), `Long` (Long Yun), `An` (An Ziwen), and the Wade–Giles `Sung` and `Chin`. Folded.
 */
const SURNAMES_ALSO_ENGLISH: ReadonlySet<string> = new Set(['song', 'sun', 'he', 'du', 'ye', 'tan', 'long', 'an', 'sung', 'chin']);

/**
 * Is `word`, which ends at `end`, a Chinese surname that is also an English word, read as a surname
 * because a given name follows it on the line: one blank, then a capitalised word that is a name
 * word made of Chinese syllables in pinyin, Wade–Giles or postal spelling (`Song Shaowen`, `Sung
 * Ching-ling`). `Song of the Volga` and `Song Festival` have none, and stay English.
 */
function englishWordAsSurname(text: string, end: number, word: string, input: UnknownPeopleInput): boolean {
  if (!SURNAMES_ALSO_ENGLISH.has(word.toLowerCase()) || blanksAt(text, end, 2) !== 1) return false;
  const given = wordAt(text, end + 1);
  if (given === undefined || letterOrDigitAt(text, end + 1 + given.length) || !isNameWord(given, input) || covered(input, end + 1, end + 1 + given.length, true)) return false;
  const parts = given.toLowerCase().replace(/['’]/g, '').split('-');
  return (['pinyin', 'wade-giles', 'postal'] as const).some((system) => chineseKeys([parts], system).length > 0);
}

/**
 * `the General Information Administration`, `the General Cadres Department`: the words after a
 * title are the first of an office's name when the body's head noun follows them on the line.
 */
function namesABodyAfter(text: string, end: number): boolean {
  if (blanksAt(text, end, 1) === 0) return false;
  const next = wordAt(text, end + 1);
  return next !== undefined && BODY_HEADS.has(next.toLowerCase());
}
/** The head nouns of a body's name (`… Administration`, `… Department`), folded. */
const BODY_HEADS: ReadonlySet<string> = new Set([
  'administration', 'department', 'directorate', 'bureau', 'committee', 'commission', 'council', 'ministry', 'commissariat',
  'office', 'section', 'staff', 'headquarters', 'secretariat', 'inspectorate', 'agency', 'service', 'board',
]);

/**
 * `WORD` at `i`, as written, or undefined. Most words are ASCII letters and are read here; where a
 * character beyond ASCII could be part of the word, the pattern reads it.
 */
function wordAt(text: string, i: number): string | undefined {
  const c = text.charCodeAt(i);
  if (!(c < 0x80)) return patternAt(WORD, text, i);
  if (!(c >= 65 && c <= 90)) return undefined;
  let j = i + 1;
  for (;;) {
    const d = text.charCodeAt(j);
    if (isAsciiLetter(d) || d === 39 || d === 0x2019) j++;
    else if (d >= 0x80) return patternAt(WORD, text, i);
    else break;
  }
  // hyphened parts: `Tae-hong`
  while (text.charCodeAt(j) === 45) {
    let k = j + 1;
    while (isAsciiLetter(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) >= 0x80) return patternAt(WORD, text, i);
    if (k === j + 1) break;
    j = k;
  }
  return text.slice(i, j);
}

/** The length of `INITIAL` at `i` (`I. `, `Kh. `), 0 where there is none; read like `wordAt`. */
function initialLengthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (!(c < 0x80)) return patternAt(INITIAL, text, i)?.length ?? 0;
  if (!(c >= 65 && c <= 90)) return 0;
  // `Marshal Kh. CHOIBALSAN`, `A. Ya. Vyshinsky`: a Russian letter written with two
  if (text.charCodeAt(i + 1) !== 46) return text.charCodeAt(i + 2) === 46 ? patternAt(PAIR_INITIAL, text, i)?.length ?? 0 : 0;
  const blank = text.charCodeAt(i + 2);
  return blank === 32 || blank === 9 ? 3 : 2;
}

/** What a sticky pattern matches at `i`. */
function patternAt(pattern: RegExp, text: string, i: number): string | undefined {
  pattern.lastIndex = i;
  return pattern.exec(text)?.[0];
}

/** How many spaces and tabs (at most `max`) stand at `i`. */
function blanksAt(text: string, i: number, max: number): number {
  let n = 0;
  while (n < max && i + n < text.length && isBlank(text.charCodeAt(i + n))) n++;
  return n;
}

/** Is the character at `i` a letter or a digit (of any script)? ASCII is told without the pattern. */
function letterOrDigitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return isDigit(c) || isAsciiLetter(c);
  return LETTER_OR_DIGIT.test(text[i]!);
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isNameWord(word: string, input: UnknownPeopleInput): boolean {
  const letters = word.replace(/['’-]/g, '');
  if (letters.length < 2) return false;
  const key = word.toLowerCase();
  if (NOT_NAMES.has(key) || isShortEnglishWord(key) || isCommonEnglishWord(key)) return false;
  // `Commander-in-Chief`: an office in hyphens (a hyphenated given name, `Tae-hong`, has no office word or `in`/`of` in it)
  const parts = key.split('-');
  if (parts.length > 1 && (NOT_NAMES.has(parts[0]!) || parts.some((p) => p === 'in' || p === 'of' || p === 'the'))) return false;
  if (letters === letters.toUpperCase() && letters.length <= 3) return false; // `USSR`, `CC`, `KPA`: acronyms
  if (/\p{Ll}\p{Lu}/u.test(word) && !/^(Mc|Mac)\p{Lu}/u.test(word)) return false; // `SovAmbassador`: a telegraphic compound
  return !input.isCommonWord?.(word);
}
