/**
 * A deterministic generator of synthetic `.cable` documents for the benchmark.
 *
 * Every layout of the format notes is produced (see `LAYOUTS`), with the paperwork around the
 * message (institutions, routing and times, distribution lists, stamps, processing footers,
 * editor's notes), quoted and unquoted inner telegrams nested up to three levels, all date and
 * time notations, real names and cover names, and a dose of damage (typos, unbalanced quotes,
 * broken stamps, lost line breaks). The output is meant to stress a parser like real archive
 * text does; it is not historically accurate and must not be used as data.
 *
 * Determinism: everything comes from the `Rng` passed in (or from the seed); the same seed
 * gives the same bytes on every machine.
 */
import { createRng, Rng } from './random';
import {
  ACTIONS, ADVERSARIES, BEIJING_SOVIETS, CHINESE, CHINESE_LINES, CHINESE_NAMES, CLOSINGS, COUNT_WORDS,
  DECIPHERERS, EDITORIAL_ASIDES, KOREANS, LEADERS, PLACES, PYONGYANG_SOVIETS, QUESTIONS, SENTENCES, SOURCES,
  SUMMARIES, TITLES, TRANSLITERATIONS, TYPISTS, VERIFIERS,
} from './corpusData';

export { createRng } from './random';
export type { Rng } from './random';

/** The document layouts of the format notes (§1–§10). */
export type Layout =
  | 'seed' //               double-spaced `CABLE N°` with a forwarded quoted telegram (the seed's shape)
  | 'mfa-tenth' //          `MFA USSR` / `Tenth Department`, `Destination: ... To Whom: ...`, received before sent
  | 'gru-ciphered' //       `SECOND MAIN ADMINISTRATION ...` `CIPHERED TELEGRAM`, `From CORRESPONDENT 17 ...`
  | 'pyongyang-1950' //     `FROM: PYONGYANG` / `Sent by wire on ...` / `Received in Moscow ...` / `Arrived ...` / `Deciphered ...`
  | 'pyongyang-dotted' //   `From Pyongyang.Sent 3.9.50 14:08` / `Received 3.9 18:46` / `Sent to the 8th Department ...`
  | 'beijing-ciphered' //   `from PEKING received at ... Copy Nº 2`, `From BEIJING No. 1412 21 hours 40` / `minutes, ...`
  | 'outgoing-copy' //      `COPY OF AN OUTGOING TELEGRAM`, received/sent, destination, relay to a third party
  | 'politburo-extract' //  `VKP(b) CC` / `# P91/204` / extract, decision, `[Attachment ...]` with a draft telegram
  | 'chinese-plain' //      no envelope: `Chairman Mao [Zedong]:`, sometimes after a Chinese original
  | 'published-source' //   title line, date line, `[Source: ...]`
  | 'collected-works' //    `Chapter 12 Title[1]` ... `Printed from manuscript.`
  | 'run-on'; //            line breaks lost: date, addressee, body and signature on one line

export const LAYOUTS: readonly Layout[] = [
  'seed', 'mfa-tenth', 'gru-ciphered', 'pyongyang-1950', 'pyongyang-dotted', 'beijing-ciphered',
  'outgoing-copy', 'politburo-extract', 'chinese-plain', 'published-source', 'collected-works', 'run-on',
];

/** How often each layout appears when none is asked for (roughly what an archive export holds). */
const LAYOUT_WEIGHTS: readonly (readonly [Layout, number])[] = [
  ['seed', 8], ['mfa-tenth', 10], ['gru-ciphered', 7], ['pyongyang-1950', 10], ['pyongyang-dotted', 8],
  ['beijing-ciphered', 14], ['outgoing-copy', 12], ['politburo-extract', 6], ['chinese-plain', 10],
  ['published-source', 6], ['collected-works', 4], ['run-on', 5],
];

export function pickLayout(rng: Rng): Layout {
  return rng.weighted(LAYOUT_WEIGHTS);
}

// ================================================================ time

const MINUTE = 60_000;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A moment as UTC milliseconds; only the calendar fields are used, never the host's time zone. */
type Moment = number;

function moment(rng: Rng, fromYear: number, toYear: number, fromMonth = 1, toMonth = 12): Moment {
  const year = rng.int(fromYear, toYear);
  const month = rng.int(fromMonth, toMonth) - 1;
  const day = rng.int(1, 28);
  return Date.UTC(year, month, day, rng.int(0, 23), rng.int(0, 59));
}

function later(rng: Rng, m: Moment, minMinutes: number, maxMinutes: number): Moment {
  return m + rng.int(minMinutes, maxMinutes) * MINUTE;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

type DateStyle =
  | 'd Month yyyy' | 'd Month' | 'Month d, yyyy' | 'Month d' | 'd.m.yy' | 'd.m.yyyy' | 'd.R.yyyy' | 'd.R.yy'
  | 'mm/dd/yy' | 'dd/mm/yy' | 'd.Month.yyyy' | 'm/d-yy' | 'Mon d yyyy' | 'Month d [yyyy]' | '[Month] d' | 'd.m' | '[d Month]';

function formatDate(m: Moment, style: DateStyle): string {
  const date = new Date(m);
  const d = date.getUTCDate();
  const mo = date.getUTCMonth();
  const y = date.getUTCFullYear();
  const yy = pad2(y % 100);
  switch (style) {
    case 'd Month yyyy': return `${d} ${MONTHS[mo]} ${y}`;
    case 'd Month': return `${d} ${MONTHS[mo]}`;
    case 'Month d, yyyy': return `${MONTHS[mo]} ${d}, ${y}`;
    case 'Month d': return `${MONTHS[mo]} ${d}`;
    case 'd.m.yy': return `${d}.${mo + 1}.${yy}`;
    case 'd.m.yyyy': return `${d}.${mo + 1}.${y}`;
    case 'd.R.yyyy': return `${d}.${ROMAN[mo]}.${y}`;
    case 'd.R.yy': return `${d}.${ROMAN[mo]}.${yy}`;
    case 'mm/dd/yy': return `${pad2(mo + 1)}/${pad2(d)}/${yy}`;
    case 'dd/mm/yy': return `${pad2(d)}/${pad2(mo + 1)}/${yy}`;
    case 'd.Month.yyyy': return `${d}.${MONTHS[mo]}.${y}`;
    case 'm/d-yy': return `${mo + 1}/${d}-${yy}`;
    case 'Mon d yyyy': return `${MONTHS[mo].slice(0, 3)} ${d} ${y}`;
    case 'Month d [yyyy]': return `${MONTHS[mo]} ${d} [${y}]`;
    case '[Month] d': return `[${MONTHS[mo]}] ${d}`;
    case 'd.m': return `${d}.${mo + 1}`;
    case '[d Month]': return `[${d} ${MONTHS[mo]}]`;
  }
}

type TimeStyle = 'hhmm' | 'hh:mm' | 'h:mm' | 'h:mm am' | 'hh:mm a.m.' | 'hh.mm' | 'words' | 'h:mm p.m. redundant';

function formatTime(m: Moment, style: TimeStyle): string {
  const date = new Date(m);
  const h = date.getUTCHours();
  const min = date.getUTCMinutes();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const ampm = h < 12 ? 'am' : 'pm';
  switch (style) {
    case 'hhmm': return `${pad2(h)}${pad2(min)}`;
    case 'hh:mm': return `${pad2(h)}:${pad2(min)}`;
    case 'h:mm': return `${h}:${pad2(min)}`;
    case 'h:mm am': return `${h12}:${pad2(min)} ${ampm}`;
    case 'hh:mm a.m.': return `${pad2(h12)}:${pad2(min)} ${ampm === 'am' ? 'a.m.' : 'p.m.'}`;
    case 'hh.mm': return `${pad2(h)}.${pad2(min)}`;
    case 'words': return `${h} hours ${min} minutes`;
    // The redundant `14:10 p.m.` that one typist wrote.
    case 'h:mm p.m. redundant': return `${h}:${pad2(min)} ${h < 12 ? 'a.m.' : 'p.m.'}`;
  }
}

function yearOf(m: Moment): number {
  return new Date(m).getUTCFullYear();
}

// ================================================================ document context

/** Choices that hold for one whole document, so it reads as the work of one translator. */
interface Doc {
  readonly rng: Rng;
  /** Personal names in capitals (`KIM IL SUNG`) or normal case. */
  readonly upper: boolean;
  /** The number sign this translator uses: `N°`, `Nº`, `№`, `No.`, `#`. */
  readonly numberSign: string;
  /** Straight or curly quotes. */
  readonly quotes: readonly [string, string];
  /** Moment around which the document's events happen. */
  readonly when: Moment;
}

function newDoc(rng: Rng, when: Moment): Doc {
  return {
    rng,
    when,
    upper: rng.chance(0.45),
    numberSign: rng.weighted([['Nº', 5], ['N°', 2], ['No.', 3], ['№', 1], ['#', 1]]),
    quotes: rng.weighted<readonly [string, string]>([[['"', '"'], 3], [['“', '”'], 3], [['"', '”'], 1]]),
  };
}

/** A personal name in the document's case. */
function nm(doc: Doc, name: string): string {
  return doc.upper ? upperName(name) : name;
}

/** Upper-cases a name but keeps an editor's bracketed gloss as written: `PAK HEON-YEONG [Pak Hon Yong]`. */
function upperName(name: string): string {
  return name.replace(/[^[\]]+(?=\[|$)/g, (part) => part.toUpperCase());
}

function regNumber(doc: Doc): string {
  const rng = doc.rng;
  return rng.weighted<string>([
    [String(rng.int(1000, 9999)), 4],
    [`${rng.int(100, 3999)}/sh`, 2],
    [`${rng.int(10, 199)}/${ROMAN[rng.int(0, 11)]}`, 1],
    [`${rng.int(1, 9)}/${rng.int(1000, 9999)}`, 1],
  ]);
}

function clerkMark(rng: Rng): string {
  return rng.pick([
    `${rng.int(1, 9)}ak`, `${rng.int(1, 9)}-nb`, `No. ${rng.int(100, 399)}-gi`, `${rng.int(1, 9)}-ms`,
    `Nº [handwritten: ${rng.int(100, 999)}/ag] [signature]`,
  ]);
}

function stalinCover(doc: Doc, channel: 'beijing' | 'pyongyang'): { name: string; gloss: string } {
  const year = yearOf(doc.when);
  const rng = doc.rng;
  if (channel === 'pyongyang') {
    if (year >= 1950) {
      return rng.pick([
        { name: 'Feng Xi', gloss: ' [Stalin]' },
        { name: 'Fyn Si', gloss: ' [Stalin]' },
        { name: 'Feng Xi', gloss: ' [FYN SI; Stalin]' },
        { name: 'Feng Xi', gloss: '' },
      ]);
    }
    return { name: 'Stalin', gloss: '' };
  }
  if (year <= 1948) {
    return rng.pick([{ name: 'Kuznetsov', gloss: ' [Stalin]' }, { name: 'Kuznetsov', gloss: '' }]);
  }
  return rng.pick([
    { name: 'Filippov', gloss: ' [Stalin]' },
    { name: 'Filippov', gloss: '' },
    { name: 'Filippov', gloss: ' [Stalin].x/' },
  ]);
}

function soviet(doc: Doc, list: readonly { name: string; from: number; to: number }[]): string {
  const year = yearOf(doc.when);
  const fits = list.filter((p) => p.from <= year && year <= p.to);
  return doc.rng.pick(fits.length > 0 ? fits : list).name;
}

// ================================================================ prose

function fillSlots(doc: Doc, template: string): string {
  const rng = doc.rng;
  return template.replace(/\{(PLACE2?|N2?|N3|NUM|PERSON|ADVERSARY|DATE|TIME|REF|DMY?|MD|DOT|MONTH|DAYRANGE|LOCALMOSCOW)\}/g, (_m, slot: string) => {
    const near = () => later(rng, doc.when, -20 * 24 * 60, 10 * 24 * 60);
    switch (slot) {
      case 'DM':
        return formatDate(near(), 'd Month');
      case 'DMY':
        return formatDate(near(), 'd Month yyyy');
      case 'MD':
        return formatDate(near(), 'Month d');
      case 'DOT':
        return formatDate(near(), 'd.m.yy');
      case 'MONTH':
        return MONTHS[rng.int(0, 11)];
      case 'DAYRANGE': {
        const first = rng.int(1, 25);
        return `${first}-${first + rng.int(1, 3)} ${MONTHS[new Date(doc.when).getUTCMonth()]}`;
      }
      case 'LOCALMOSCOW': {
        // Korea and China were 5–6 hours ahead of Moscow; the editor supplies the days in brackets.
        const local = later(rng, doc.when, -3 * 24 * 60, -60);
        const moscow = local - rng.pick([5, 6]) * 60 * MINUTE;
        return `at ${formatTime(local, 'hh:mm')} on [${formatDate(local, 'd Month')}] local time (${formatTime(moscow, 'hh:mm')} [${formatDate(moscow, 'd Month')}] Moscow)`;
      }
      case 'PLACE':
      case 'PLACE2':
        return rng.pick(PLACES);
      case 'N':
        return String(rng.int(2, 12));
      case 'N2':
        return String(rng.int(13, 120));
      case 'N3':
        return String(rng.int(121, 400));
      case 'NUM':
        return rng.pick(['1,000', '2,500', '300', '4,200', '12,000', '650']);
      case 'PERSON':
        return nm(doc, rng.pick([...CHINESE, ...KOREANS, ...LEADERS]));
      case 'ADVERSARY':
        return rng.pick(ADVERSARIES);
      case 'DATE':
        return proseDate(doc, later(rng, doc.when, -20 * 24 * 60, 10 * 24 * 60));
      case 'TIME':
        return formatTime(later(rng, doc.when, -600, -60), rng.pick<TimeStyle>(['hhmm', 'h:mm', 'words']));
      default:
        return `${rng.int(100, 9999)}${rng.chance(0.3) ? '/sh' : ''}`;
    }
  });
}

/** A date in a sentence: every prose notation, including editor-supplied parts and references. */
function proseDate(doc: Doc, m: Moment): string {
  const style = doc.rng.weighted<DateStyle>([
    ['d Month', 6], ['d Month yyyy', 4], ['Month d', 3], ['Month d, yyyy', 2], ['Month d [yyyy]', 1],
    ['[Month] d', 1], ['Mon d yyyy', 1], ['d.m.yy', 1], ['[d Month]', 1],
  ]);
  return formatDate(m, style);
}

function sentence(doc: Doc): string {
  return fillSlots(doc, doc.rng.pick(SENTENCES));
}

const INITIALS = ['A', 'I', 'N', 'T', 'V', 'S', 'P', 'M'];

type ListStyle = 'none' | '1.' | '1)' | '(1)' | 'First.' | '- ' | 'а)';

function listMarker(style: ListStyle, i: number): string {
  switch (style) {
    case 'none': return '';
    case '1.': return `${i + 1}. `;
    case '1)': return `${i + 1}) `;
    case '(1)': return `(${i + 1}) `;
    case 'First.': return `${['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth'][i % 8]}. `;
    case '- ': return '- ';
    // Cyrillic letters, as in lists left untranslated.
    case 'а)': return `${'абвгдежз'[i % 8]}) `;
  }
}

/** Body paragraphs: sentences, an optional numbered list, editor's asides and summaries. */
function paragraphs(doc: Doc, count: number): string[] {
  const rng = doc.rng;
  const list: ListStyle = rng.weighted<ListStyle>([
    ['none', 6], ['1.', 3], ['1)', 1], ['(1)', 1], ['First.', 1], ['- ', 1], ['а)', 0.3],
  ]);
  const lines: string[] = [];
  let item = 0;
  for (let i = 0; i < count; i++) {
    if (rng.chance(0.06)) {
      lines.push(rng.pick(EDITORIAL_ASIDES));
      continue;
    }
    // An unnumbered paragraph may sit between list items.
    const numbered = list !== 'none' && !(item > 0 && rng.chance(0.15));
    const marker = numbered ? listMarker(list, item++) : '';
    if (numbered && list === '1.' && rng.chance(0.08)) {
      lines.push(`${marker}${rng.pick(SUMMARIES)}`);
      continue;
    }
    const parts = rng.sample(SENTENCES, rng.int(2, 5)).map((t) => fillSlots(doc, t));
    if (rng.chance(0.05)) parts.push(rng.pick(TRANSLITERATIONS));
    let text = parts.join(' ');
    if (rng.chance(0.04)) text = `[Translator’s note: the order of the points follows the original.] ${text}`;
    lines.push(marker + text);
  }
  return lines;
}

// ================================================================ signatures, numbers, actions

/** A signature line in one of the many shapes of §4. `when` is written beside it when given. */
function signature(doc: Doc, name: string, gloss = '', when?: string): string {
  const rng = doc.rng;
  const upper = upperName(name);
  const single = !name.includes(' ');
  const withGloss = `${upper}${gloss}`;
  const shapes: (readonly [string, number])[] = [
    [when ? `${withGloss} ${when}` : withGloss, 6],
    [when ? `${when} ${upper}` : `${name}.`, 3],
    [`${upper.split('').filter((c) => c !== ' ').join(' ')}`, 1],
    // Initials only for Russian names; Chinese and Korean names have no initial-dot form here.
    [single ? `No. ${rng.int(1, 40)} ${rng.pick(INITIALS)}. ${upper}` : withGloss, 1],
    [single ? `(${rng.pick(INITIALS)}. ${name})` : `${name}.`, 1],
    [`No. ${rng.int(1, 40)} - ${upper} - ${when ?? formatDate(doc.when, 'd Month')}`, 1],
    [`${doc.numberSign} ${rng.int(100, 999)} ${upper}, ${when ?? formatDate(doc.when, 'd Month')}`, 1],
  ];
  return rng.weighted(shapes);
}

function closingWithSignature(doc: Doc, name: string, gloss: string): string[] {
  const rng = doc.rng;
  const closing = rng.pick(CLOSINGS);
  if (rng.chance(0.5)) return [closing, signature(doc, name, gloss)];
  // Closing formula and signature on one line, with or without punctuation.
  const bare = closing.replace(/[,!]$/, '');
  return [`${rng.pick([`${bare}.`, `${bare},`, bare])} ${upperName(name)}${gloss}`];
}

// ================================================================ envelope pieces

function distributionLines(doc: Doc, copies: number): string[] {
  const rng = doc.rng;
  const names = ['Stalin', ...rng.sample(LEADERS.filter((n) => n !== 'Stalin'), Math.max(copies - 2, 1))];
  const fileCopy = rng.pick(['Copy', 'Comr. Copy', 'Comr. 10th department', 'File of 8th', 'file of 8th Dept. of General Staff']);
  // File copies keep their own wording; people get an honorific.
  const entry = (n: string, honorific: string) => (n === fileCopy ? n : `${honorific} ${n}`);
  const shape = rng.weighted<string>([
    ['per-line', 3], ['table', 2], ['copies', 3], ['distribution-count', 2], ['distribution-block', 1], ['numbered', 1],
  ]);
  switch (shape) {
    case 'per-line':
      return [...names.map((n) => `to Cde. ${n}`), `to ${fileCopy}`];
    case 'table': {
      const lines: string[] = [];
      const entries = [...names, fileCopy].map((n, i) => `Copy ${doc.numberSign} ${i + 1} to ${entry(n, 'Cde.')}`);
      for (let i = 0; i < entries.length; i += 2) {
        lines.push(`${entries[i]} |${entries[i + 1] ? ` ${entries[i + 1]} |` : ''}`);
        if (rng.chance(0.2)) lines.push('|');
      }
      return lines;
    }
    case 'copies': {
      const items = names.map((n, i) => (i === 0 && rng.chance(0.6) ? `${n} (2)` : n));
      const text = `Copies: ${items.join(', ')}, ${fileCopy}`;
      // A long list wraps; the line ending in a comma continues.
      if (items.length > 4 && rng.chance(0.5)) {
        const cut = text.indexOf(',', Math.floor(text.length / 2));
        if (cut > 0) return [text.slice(0, cut + 1), text.slice(cut + 2)];
      }
      return [text];
    }
    case 'distribution-count': {
      // Real lists sometimes fall short of the stated count.
      const stated = names.length + 2 + (rng.chance(0.15) ? rng.int(1, 3) : 0);
      return [`Distribution list - ${stated} copies: ${names.map((n, i) => `${n} - ${i === 0 ? 2 : 1}`).join(', ')}, ${fileCopy} - 1`];
    }
    case 'distribution-block':
      return ['Distribution list:', ...names.map((n) => `Comr. ${n}`), fileCopy];
    default:
      return ['Copies:', ...[...names, fileCopy].map((n, i) => `${i + 1}. ${entry(n, 'Comr.')}`)];
  }
}

function classification(rng: Rng): string {
  return rng.pick([
    'Top Secret', 'TOP SECRET', 'Strictly secret.', 'Making copies is prohibited', 'Making copies is forbidden',
    'SPECIAL', `Special no. ${rng.int(100, 999)}`, 'TOP PRIORITY', 'extremely urgent', 'MOLNIYA', 'MOLNIYA EH',
    'BY CIPHER', 'by telegraph',
  ]);
}

function stamp(doc: Doc, received: Moment, blankLines = false): string[] {
  const rng = doc.rng;
  const incoming = `${rng.int(100, 999)}/${rng.int(1000, 9999)}/shs`;
  const date = formatDate(later(rng, received, 30, 600), rng.pick<DateStyle>(['d Month yyyy', 'd Month yyyy', 'd.R.yyyy']));
  const sign = doc.numberSign === '#' ? 'Nº' : doc.numberSign;
  const section = rng.chance(0.1) ? `${rng.int(10, 99)}[${rng.int(10, 99)}]` : String(rng.int(1000, 2999));
  const shape = rng.weighted<string>([['seed', 3], ['special', 3], ['short', 2], ['unopened', 1], ['unclosed', 0.5]]);
  let lines: string[];
  switch (shape) {
    case 'seed':
      lines = ['[Stamp: SUBJECT TO RETURN', 'to the IV Unit OS VKP(b) CC', String(rng.int(100, 999)), `Incoming ${sign} ${incoming} ${date}]`];
      break;
    case 'special':
      lines = ['[Stamp: Subject to return to the', `VKP(b) CC Special Section ${section}`, `Incoming ${sign} ${incoming} ${date}]`];
      break;
    case 'short':
      lines = [`[stamp: Incoming ${sign} ${incoming}`, `${date}]`];
      break;
    case 'unopened':
      // The `[` was lost: only the closing bracket survives.
      lines = ['Subject to return to the', `VKP(b) CC Special Section ${section}`, `Incoming ${sign} ${incoming} ${date}]`];
      break;
    default:
      // Opens and never closes.
      lines = ['[Stamp: Subject to return to the', `VKP(b) CC Special Section ${section}`, `Incoming ${sign} ${incoming} ${date}`];
  }
  if (blankLines) return lines.flatMap((l, i) => (i < lines.length - 1 && rng.chance(0.4) ? [l, ''] : [l]));
  return lines;
}

// ================================================================ processing footer

interface FooterTimes {
  readonly deciphered: Moment;
  readonly printed: Moment;
}

function footerTimes(rng: Rng, received: Moment): FooterTimes {
  const deciphered = later(rng, received, 15, 120);
  return { deciphered, printed: later(rng, deciphered, 10, 90) };
}

function footer(doc: Doc, received: Moment, copies: number, copyTo: readonly string[]): string[] {
  const rng = doc.rng;
  const t = footerTimes(rng, received);
  const decipherer = rng.pick(DECIPHERERS);
  const typist = rng.pick(TYPISTS);
  const verifier = rng.pick(VERIFIERS);
  const sign = doc.numberSign === '#' ? 'Nº' : doc.numberSign;
  const countWord = COUNT_WORDS[copies] ?? String(copies);
  const tm = (m: Moment) => formatTime(m, 'hhmm');
  const dm = (m: Moment) => formatDate(m, 'd Month');
  const shape = rng.weighted<string>([['seed', 4], ['split', 3], ['file', 2], ['typed-list', 2], ['one-copy', 1]]);
  switch (shape) {
    case 'seed':
      return [
        `Deciphered by ${decipherer} ${tm(t.deciphered)} ${dm(t.deciphered)}`,
        `Printed by ${typist} ${tm(t.printed)} ${dm(t.printed)} № ${rng.int(1000, 9999)}`,
        `${countWord} copies printed`,
        'Verified: Section Chief Colonel',
        `[signature] (${rng.pick(['Makarov', 'Morozov'])})`,
      ];
    case 'split': {
      const first = Math.max(copies - 1, 1);
      return [
        `Deciphered by ${decipherer}`,
        `at ${tm(t.deciphered)} ${dm(t.deciphered)}`,
        `Typed by ${typist}`,
        `at ${tm(t.printed)} ${dm(t.printed)}`,
        `${sign} ${rng.int(1000, 9999)}`,
        `${countWord} copies made`,
        `copies ${sign}${sign} 1-${first} to Cde. ${copyTo[0] ?? 'Poskrebyshev'}`,
        `copy ${sign} ${copies} – to Cde. ${copyTo[1] ?? 'Molotov'}`,
        `Verified by${rng.chance(0.5) ? ':' : ''} Shift Chief ${verifier} ${tm(later(rng, t.printed, 5, 40))}`,
      ];
    }
    case 'file':
      return [
        `Deciphered by ${decipherer} ${tm(t.deciphered)} ${dm(t.deciphered)}`,
        `${rng.chance(0.5) ? countWord : copies} copies printed. ${sign} ${copies} to file${rng.chance(0.5) ? '.' : ''}`,
        `Verified: shift chief ${verifier}`,
      ];
    case 'typed-list': {
      const lines = [`${countWord} copies typed ${typist} ${sign} ${rng.int(1000, 9999)}`];
      for (let i = 1; i <= copies; i++) {
        lines.push(`${i} – to ${i === copies ? 'file' : `Cde. ${copyTo[Math.max(i - 2, 0)] ?? 'Stalin'}`}`);
      }
      return lines;
    }
    default:
      return [
        'sent in one copy from an original',
        `by ${typist} ${sign} ${rng.int(1000, 9999)}`,
        formatDate(t.printed, 'd Month yyyy'),
      ];
  }
}

function endnotes(doc: Doc): string[] {
  const rng = doc.rng;
  const notes: string[] = [];
  if (rng.chance(0.3)) notes.push('x/ Pseudonym I.V. Stalin.');
  if (rng.chance(0.2)) notes.push(`Spravka: ${fillSlots(doc, 'the telegram of {DATE} was reported to Cde. {PERSON}.')}`);
  if (rng.chance(0.25)) notes.push(`[Ed. note: ${fillSlots(doc, 'the original copy carries a pencil mark next to point {N}.')}]`);
  return notes;
}

// ================================================================ inner telegrams (§5)

interface Inner {
  readonly from: string;
  readonly fromGloss?: string;
  readonly to: string;
  readonly sent: Moment;
  readonly depth: number;
}

/**
 * A quoted inner telegram: salutation, paragraphs, perhaps its own forwarded telegram
 * (nesting), signature and date, with the quote marks sometimes unbalanced.
 */
function quotedTelegram(doc: Doc, inner: Inner): string[] {
  const rng = doc.rng;
  const [open, close] = doc.quotes;
  const lines: string[] = [];
  const to = nm(doc, inner.to);
  const salutation = rng.pick([
    `Cde. ${to},`, `To Cde. ${to}.`, `Comrade ${to}.`, `Comrade ${to}!`, `Dear Comrade ${to}:`, `To Comrade ${to}:`,
    `To Cdes. ${to} and ${nm(doc, rng.pick(CHINESE))}.`,
  ]);
  const body = paragraphs(doc, rng.int(1, 5));
  // The body may continue on the salutation line (`“To Cde. NAME. 1. Your request ...`).
  if (rng.chance(0.3) && body.length > 0) lines.push(`${open}${salutation} ${body.shift()}`);
  else lines.push(`${open}${salutation}`);
  lines.push(...body);
  if (inner.depth < 3 && rng.chance(0.2)) {
    const nestedSent = later(rng, inner.sent, -3 * 24 * 60, -60);
    const other = rng.pick([...CHINESE, ...KOREANS].filter((n) => n !== inner.from && n !== inner.to));
    const fwd = forwarding(doc, inner.from, inner.to, other, nestedSent);
    lines.push(fwd.line);
    // Inner quotes use the other kind of mark, as translators do.
    const nestedDoc: Doc = { ...doc, quotes: open === '“' ? ['"', '"'] : ['“', '”'] };
    lines.push(...quotedTelegram(nestedDoc, { from: fwd.from, to: fwd.to, sent: nestedSent, depth: inner.depth + 1 }));
  }
  const dateText = rng.pick([
    `${formatTime(inner.sent, 'hhmm')} ${formatDate(inner.sent, 'd Month')}`,
    formatDate(inner.sent, 'd.m.yy'),
    formatDate(inner.sent, 'd Month yyyy'),
    formatDate(inner.sent, 'd.R.yy'),
  ]);
  const signer = upperName(inner.from) + (inner.fromGloss ?? '');
  const ending = rng.weighted<string>([['sig-date', 4], ['sig/date', 2], ['closing', 2], ['date-only', 1], ['unbalanced', 1]]);
  switch (ending) {
    case 'sig-date':
      lines.push(`${signer} ${dateText}${close}`);
      break;
    case 'sig/date':
      lines.push(signer, `${dateText}${close}`);
      break;
    case 'closing':
      lines.push(...closingWithSignature(doc, inner.from, inner.fromGloss ?? ''));
      lines[lines.length - 1] += rng.pick([close, `.${close}`, `${close}.`]);
      break;
    case 'date-only':
      lines.push(`${formatDate(inner.sent, 'd Month yyyy')}${close}`);
      break;
    default:
      // An opening quote that is never closed, or a closing quote with no opening.
      if (rng.chance(0.5)) lines.push(signer);
      else {
        lines[0] = lines[0].slice(open.length);
        lines.push(`${signer}${close}`);
      }
  }
  return lines;
}

interface Forwarding {
  /** The forwarding sentence. */
  readonly line: string;
  /** Sender and recipient of the telegram it introduces. */
  readonly from: string;
  readonly to: string;
}

/**
 * A forwarding sentence said by `speaker` to `addressee` about a telegram involving `other`:
 * either the speaker's own telegram to `other`, or one from `other` for the addressee.
 */
function forwarding(doc: Doc, speaker: string, addressee: string, other: string, sent: Moment, zone = 'Beijing'): Forwarding {
  const rng = doc.rng;
  const o = nm(doc, other);
  const own = (line: string): Forwarding => ({ line, from: speaker, to: other });
  const received = (line: string): Forwarding => ({ line, from: other, to: addressee });
  return rng.pick([
    () => own(`I am sending you the text of my telegram to Cde. ${o} of ${formatTime(sent, 'hhmm')} ${formatDate(sent, 'd Month yyyy')} for [your] information.`),
    () => own(`On ${formatDate(sent, 'd Month')} the following directive was sent to ${o}:`),
    () => received(`At ${formatTime(later(rng, sent, 60, 300), 'hhmm')} I received the following telegram of ${o} addressed to you:`),
    () => received(`${formatDate(sent, 'd.m.yy')} at ${formatTime(later(rng, sent, 30, 240), 'h:mm')} ${zone} time I received the following telegram for you from ${o}.`),
    () => received(`I herewith transmit a letter addressed to you from comrade ${o}:`),
    () => received(`I transmit a note of ${o} with the following contents:`),
    () => received(`Transmitting another telegram from ${o}`),
    () => received(`${o} has asked me to forward to you the text of his telegram of ${formatDate(sent, 'Month d')}:`),
  ])();
}

function relayInstruction(doc: Doc, to: string, coverName: string): string {
  const t = nm(doc, to);
  return doc.rng.pick([
    `Pass the following to Cde. ${t}:`,
    `Transmit the following answer to ${t}.`,
    `Transmit to Comrade ${t} the following answer:`,
    `To transmit to Comrade ${t}`,
    `Visit Cde. ${t} and pass him the following reply of Cde. ${coverName}:`,
    `immediately convey to Comrade ${t}:`,
  ]);
}

// ================================================================ layouts

type LayoutBuilder = (rng: Rng) => { lines: string[]; doubleSpaced?: boolean };

/** The seed's shape: `CABLE N°`, per-line distribution, `from [BEIJING] received at ...`, stamp, forward. */
function seedLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1949, 1952));
  const innerSent = doc.when;
  const sent = later(rng, innerSent, 6 * 60, 36 * 60);
  const received = later(rng, sent, 40, 300);
  const copies = rng.int(5, 9);
  const cover = stalinCover(doc, 'beijing');
  const sender = 'Mao Zedong';
  const innerTo = rng.pick(['Li Kenong', 'Peng Dehuai', 'Gao Gang', 'Zhou Enlai']);
  const lines: string[] = [''];
  lines.push(`CABLE N° ${rng.int(10000, 99999)}`);
  const names = ['Stalin', ...rng.sample(LEADERS.filter((n) => n !== 'Stalin'), copies - 2)];
  lines.push(...names.map((n) => `to Cde. ${n}`));
  lines.push(`from [${rng.pick(['BEIJING', 'PEKING'])}] received at ${formatTime(received, 'hhmm')} ${formatDate(received, 'd Month yyyy')}`);
  lines.push(`Copy N° ${rng.int(1, copies)}`);
  lines.push(...stamp(doc, received));
  lines.push('Series G.', 'T');
  lines.push(`to Cde. ${upperName(cover.name)}`, `Cde. ${upperName(cover.name)}!`);
  lines.push(`I am sending you the text of my telegram to Cde. ${innerTo} of ${formatTime(innerSent, 'hhmm')} ${formatDate(innerSent, 'd Month yyyy')} for [your] information.`);
  lines.push(...quotedTelegram(doc, { from: sender, to: innerTo, sent: innerSent, depth: 1 }));
  lines.push(`N° ${rng.int(1000, 9999)}`, formatDate(sent, 'd Month'), upperName(sender));
  lines.push('---');
  lines.push(...footer(doc, received, copies, ['Poskrebyshev', 'Molotov']));
  return { lines, doubleSpaced: true };
}

/** Foreign Ministry outgoing: `MFA USSR` / `Tenth Department`, destination, received before sent. */
function mfaLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1949, 1952));
  const received = doc.when;
  const sent = later(rng, received, 20, 180);
  const cover = stalinCover(doc, 'beijing');
  const ambassador = soviet(doc, BEIJING_SOVIETS);
  const addressee = rng.pick(['Mao Zedong', 'Zhou Enlai', 'Liu Shaoqi']);
  const lines: string[] = [];
  lines.push(rng.pick(['MFA USSR', 'MID USSR']));
  if (rng.chance(0.3)) lines.push(`Tenth Department Received ${formatTime(received, 'h:mm')} ${formatDate(received, 'd.R.yyyy')}`);
  else lines.push('Tenth Department');
  lines.push(rng.chance(0.5) ? `CABLE Nº ${rng.int(10000, 99999)} TOP SECRET` : `CABLE Nº ${rng.int(10000, 99999)}`);
  if (rng.chance(0.6)) lines.push(classification(rng));
  const city = rng.pick(['PEKING', 'BEIJING']);
  lines.push(rng.pick([
    `Destination: ${city} To Whom: SovAmbassador`,
    `${city}, TO THE SOVIET AMBASSADOR`,
    `${city} - SOVIET AMBASSADOR`,
  ]));
  lines.push(`Received on ${formatTime(received, 'h:mm am')}, ${formatDate(received, 'd Month yyyy')}`);
  lines.push(`Sent on ${formatTime(sent, 'h:mm am')}, ${formatDate(sent, 'd Month yyyy')}`);
  lines.push(...distributionLines(doc, rng.int(4, 9)));
  lines.push(relayInstruction(doc, addressee, `${cover.name}${cover.gloss}`));
  lines.push(...quotedTelegram(doc, { from: cover.name, fromGloss: cover.gloss, to: addressee, sent, depth: 1 }));
  if (rng.chance(0.5)) lines.push(`for Cde. ${upperName(ambassador)}: please ${rng.pick(['report on the delivery.', 'telegraph the fulfillment.', 'hand the text over personally.'])}`);
  lines.push(rng.pick(ACTIONS));
  const minister = rng.pick(['Vyshinsky', 'Gromyko']);
  lines.push(rng.pick([
    `${formatDate(sent, 'd.R.yy')} ${upperName(minister)}`,
    `(A. ${minister})`,
    `A. ${upperName(minister)}`,
  ]));
  if (rng.chance(0.3)) lines.push(formatDate(sent, 'd.R.yy'));
  lines.push(`Nº ${regNumber(doc)}`);
  lines.push(...footer(doc, sent, rng.int(2, 6), ['Stalin', 'Molotov']));
  if (rng.chance(0.5)) lines.push(...stamp(doc, sent));
  lines.push(...endnotes(doc));
  return { lines };
}

/** Military intelligence: `SECOND MAIN ADMINISTRATION ...`, `From CORRESPONDENT 17 ...`, a report. */
function gruLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1950, 1951));
  const sent = doc.when;
  const received = later(rng, sent, 120, 1400);
  const endRange = later(rng, received, 60, 800);
  const copies = rng.int(5, 11);
  const lines: string[] = [];
  lines.push(rng.pick([
    'SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF',
    'SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY',
    'SECOND DIRECTORATE OF THE GENERAL STAFF',
  ]));
  lines.push(rng.pick([
    `CIPHERED TELEGRAM No. ${rng.int(10000, 99999)}`, 'CIPHERED TELEGRAM', `Ciphered Telegram # ${rng.int(100000, 999999)}/sh`,
  ]));
  lines.push(classification(rng));
  lines.push(rng.pick([
    `From CORRESPONDENT ${rng.int(2, 40)} Sent ${formatDate(sent, 'd.m.yy')} Received ${formatDate(received, 'd.m')} ${formatTime(received, 'h:mm')}-${formatTime(endRange, 'h:mm')}`,
    `From Cde. ${soviet(doc, BEIJING_SOVIETS)} Sent ${formatDate(sent, 'd.m.yy')} Received ${formatDate(received, 'd.m')} ${formatTime(received, 'h:mm')}`,
  ]));
  lines.push(...distributionLines(doc, copies));
  const cover = stalinCover(doc, rng.chance(0.5) ? 'beijing' : 'pyongyang');
  lines.push(rng.pick([`TO ${upperName(cover.name)}`, `To Comrade ${upperName(cover.name)}${cover.gloss}`, 'TO COMRADE STALIN']));
  const body = paragraphs(doc, rng.int(2, 7));
  if (rng.chance(0.5)) lines.push(`Reporting: ${body.shift() ?? ''}`);
  else lines.push(rng.pick(['Reporting:', 'I report:']));
  lines.push(...body);
  lines.push(signature(doc, rng.pick(['Shtykov', 'Zakharov', 'Kotov', 'Razuvaev']), '', formatDate(sent, 'd.m.yy')));
  lines.push(...footer(doc, received, copies, ['Stalin', 'Molotov']));
  return { lines };
}

/** Pyongyang 1950: `FROM: PYONGYANG` and a US-style time per step; decipherer in the header. */
function pyongyangLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1950, 1950, 7, 12));
  const sent = doc.when;
  const received = later(rng, sent, 60, 240);
  const arrived = later(rng, received, 10, 60);
  const deciphered = later(rng, arrived, 20, 90);
  const typed = later(rng, deciphered, 60, 600);
  const us = (m: Moment) => `on ${formatDate(m, 'mm/dd/yy')} at ${formatTime(m, 'hh:mm a.m.')}`;
  const lines: string[] = [];
  if (rng.chance(0.2)) lines.push(`[Stamp: “Declassified ${rng.int(1, 28)} ${rng.pick(MONTHS)} ${rng.int(1992, 1995)}”]`);
  lines.push(rng.pick(['Ciphered Telegram.', 'CIPHERED TELEGRAM', `Ciphered Telegram # ${rng.int(1000, 9999)}`]));
  lines.push('FROM: PYONGYANG');
  lines.push(`Sent by wire ${us(sent)}`);
  lines.push(`Received in Moscow ${us(received)}`);
  lines.push(`Arrived at the 8D/GS ${us(arrived)}`);
  lines.push(`Deciphered by ${rng.pick(DECIPHERERS)} ${us(deciphered)}`);
  lines.push(...distributionLines(doc, rng.int(4, 8)));
  if (rng.chance(0.5)) lines.push(rng.pick(['MOLNIYA', 'TOP PRIORITY', 'extremely urgent', 'Series "G" T']));
  const cover = stalinCover(doc, 'pyongyang');
  lines.push(rng.pick([
    `To Comrade ${upperName(cover.name)}${cover.gloss}.`,
    `${upperName(cover.name)}${cover.gloss}`,
    `To Cde. ${cover.name}.`,
  ]));
  const body = paragraphs(doc, rng.int(2, 6));
  if (rng.chance(0.4)) {
    const innerSent = later(rng, sent, -600, -30);
    const fwd = forwarding(doc, soviet(doc, PYONGYANG_SOVIETS), cover.name, rng.pick(KOREANS), innerSent, 'Pyongyang');
    lines.push(fwd.line);
    lines.push(...quotedTelegram(doc, { from: fwd.from, to: fwd.to, sent: innerSent, depth: 1 }));
  } else {
    lines.push(rng.pick(['I report:', 'Reporting:']), ...body);
  }
  const signer = soviet(doc, PYONGYANG_SOVIETS);
  lines.push(signature(doc, signer));
  lines.push(`Typed by ${rng.pick(TYPISTS)} ${rng.chance(0.5) ? us(typed) : `on ${formatDate(typed, 'mm/dd/yy')} at ${formatTime(typed, 'h:mm p.m. redundant')}`}`);
  return { lines };
}

/** `From Pyongyang.Sent 3.9.50 14:08` / `Received 3.9 18:46` / forwarded to the 8th Department. */
function pyongyangDottedLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1949, 1950));
  const sent = doc.when;
  const received = later(rng, sent, 120, 400);
  const forwarded = later(rng, received, 10, 60);
  const lines: string[] = [];
  lines.push(rng.pick([`CIPHERED TELEGRAM No. ${rng.int(1000, 99999)}`, `No. ${rng.int(10000, 99999)}`, 'CIPHERED TELEGRAM']));
  lines.push(`From Pyongyang.Sent ${formatDate(sent, 'd.m.yy')} ${formatTime(sent, 'h:mm')}`);
  lines.push(`Received ${formatDate(received, 'd.m')} ${formatTime(received, 'h:mm')}`);
  const fwdTime = rng.chance(0.3)
    ? `${formatTime(forwarded, 'h:mm')}-${formatTime(later(rng, forwarded, 10, 40), 'h:mm')}`
    : formatTime(forwarded, 'h:mm');
  lines.push(`Sent to the 8th Department of the General Staff of the Armed Forces USSR ${formatDate(forwarded, 'd.m')} ${fwdTime}`);
  lines.push(classification(rng));
  const kim = nm(doc, 'Kim Il Sung');
  if (rng.chance(0.5)) {
    lines.push('TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR', 'Comrade STALIN I.V.');
    lines.push(`I herewith transmit a letter addressed to you from comrade ${kim}:`);
    const letter = paragraphs(doc, rng.int(2, 5));
    lines.push(`${doc.quotes[0]}${rng.pick(['Dear Comrade I. V. Stalin:', 'Comrade STALIN Iosif Vissarionovich,'])}`);
    lines.push(...letter);
    lines.push(`${rng.pick(['Respectfully,', 'With respect'])} ${upperName('Kim Il Sung')}${doc.quotes[1]}`);
    lines.push(formatDate(later(rng, sent, -300, -60), rng.pick<DateStyle>(['d Month yyyy', 'Month d, yyyy'])));
  } else {
    lines.push(rng.pick(['To Comrade STALIN I.V.:', 'To Vyshinsky.', 'To Cde. Stalin.']));
    lines.push(...paragraphs(doc, rng.int(2, 6)));
  }
  lines.push(rng.pick([
    `${formatDate(sent, 'd.R.yy')} ${rng.pick(['Shtykov', 'SHTYKOV', 'Shtraus'])}`,
    `${formatDate(sent, 'm/d-yy')}. Shtykov`,
    `No. ${rng.int(1, 60)} T. SHTYKOV`,
  ]));
  lines.push(...footer(doc, received, rng.int(3, 6), ['Stalin', 'Molotov', 'Vyshinsky']));
  return { lines };
}

/** Beijing incoming: one-line or two-line routing, a forwarded Chinese telegram, split footer, stamp. */
function beijingLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1949, 1952));
  const innerSent = doc.when;
  const sent = later(rng, innerSent, 60, 20 * 60);
  const received = later(rng, sent, 60, 300);
  const copies = rng.int(3, 8);
  const sign = doc.numberSign === '#' ? 'Nº' : doc.numberSign;
  const lines: string[] = [];
  if (rng.chance(0.25)) lines.push(rng.pick(['[handwritten: to Cde. Poskrebyshev]', '[...]', '[…]', '[...[']));
  lines.push(rng.pick([
    'MID USSR', '8th Department of the General Staff of the Armed Forces USSR', 'VKP(b) CC', 'MFA USSR\nMinistry of Foreign Trade USSR',
  ]));
  lines.push(rng.pick([
    `CIPHERED TELEGRAM No. ${rng.int(10000, 99999)}`, `No. ${rng.int(10000, 99999)}`, `CABLE ${sign} ${rng.int(10000, 99999)} TOP SECRET`,
    `PRIORITY CABLE`, String(rng.int(100, 399)),
  ]));
  if (rng.chance(0.6)) lines.push(rng.pick(['Top Secret', 'Series "G" T', 'Series G.', 'T', `Special no. ${rng.int(100, 999)}`]));
  const city = rng.pick(['PEKING', 'BEIJING']);
  const routing = rng.weighted<string>([['one-line', 3], ['split-time', 2], ['two-lines', 2]]);
  if (routing === 'one-line') {
    lines.push(`from ${city} received at ${formatTime(received, 'h:mm')} ${formatDate(received, 'd Month yyyy')} Copy ${sign} ${rng.int(1, copies)}`);
  } else if (routing === 'split-time') {
    lines.push(`From ${city} No. ${rng.int(100, 9999)} ${formatTime(received, 'words').replace(/ minutes$/, '')}`);
    lines.push(`minutes, ${formatDate(received, 'd.m.yyyy')}`);
  } else {
    lines.push(`From ${city}`, `Received ${formatTime(received, 'h:mm')} ${formatDate(received, rng.pick<DateStyle>(['d.Month.yyyy', 'd.m.yy', 'd.R.yyyy']))}`);
  }
  if (rng.chance(0.5)) lines.push(...distributionLines(doc, copies));
  const cover = stalinCover(doc, 'beijing');
  lines.push(rng.pick([`To Cde. ${cover.name}.`, `To Comrade ${upperName(cover.name)}${cover.gloss}`, `to Cde. I. V. STALIN`]));
  const from = rng.pick(['Mao Zedong', 'Zhou Enlai', 'Liu Shaoqi', 'Gao Gang']);
  if (rng.chance(0.7)) {
    const fwd = forwarding(doc, soviet(doc, BEIJING_SOVIETS), cover.name, from, innerSent);
    lines.push(fwd.line);
    lines.push(...quotedTelegram(doc, { from: fwd.from, to: fwd.to, sent: innerSent, depth: 1 }));
    if (rng.chance(0.3)) lines.push(sentence(doc));
  } else {
    lines.push(...paragraphs(doc, rng.int(2, 6)));
  }
  const signer = upperName(soviet(doc, BEIJING_SOVIETS));
  lines.push(rng.pick([
    `${formatDate(sent, 'd.m.yy')} ${signer}`,
    `${sign} ${rng.int(100, 999)} ${signer}, ${formatDate(sent, 'd Month')}`,
    signer,
  ]));
  if (rng.chance(0.5)) lines.push(rng.pick(['———————', '###', '* * * * *', '---']));
  lines.push(...footer(doc, received, copies, ['Poskrebyshev', 'Molotov', 'Stalin']));
  if (rng.chance(0.6)) lines.push(...stamp(doc, received));
  lines.push(...endnotes(doc));
  return { lines };
}

/** Moscow's copy of its own outgoing telegram: received (for enciphering) before sent; a relay. */
function outgoingLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1948, 1952));
  const received = doc.when;
  const sent = later(rng, received, 30, 200);
  const channel = rng.chance(0.65) ? 'beijing' : 'pyongyang';
  const cover = stalinCover(doc, channel);
  const lines: string[] = [];
  lines.push(rng.pick(['COPY OF AN OUTGOING TELEGRAM      TOP SECRET', 'COPY OF AN OUTGOING TELEGRAM', `Issuing No. ${rng.int(1000, 9999)}`]));
  if (rng.chance(0.5)) {
    lines.push(`received at ${formatTime(received, 'hhmm')} ${formatDate(received, 'd Month')}`);
    lines.push(`sent at ${formatTime(sent, 'hhmm')} ${formatDate(sent, 'd Month')}`);
  } else if (rng.chance(0.5)) {
    lines.push(`Sent ${formatTime(sent, 'h:mm')} ${formatDate(sent, 'd.m.yy')}`, `Transmitted ${formatTime(later(rng, sent, 5, 60), 'h:mm')} ${formatDate(sent, 'd.m.yy')}`);
  } else {
    lines.push(`Received at ${formatTime(received, 'hhmm')} ${formatDate(received, 'd Month')}`);
  }
  const ambassador = upperName(soviet(doc, channel === 'beijing' ? BEIJING_SOVIETS : PYONGYANG_SOVIETS));
  const underline = rng.chance(0.2);
  if (underline) lines.push('______________________');
  if (channel === 'beijing') {
    lines.push(...rng.pick([
      ['BEIJING - SOVIET AMBASSADOR'], ['BEIJING--'], ['PEKING, TO THE SOVIET AMBASSADOR'], ['BEIPING [SIC]', `to ${ambassador}`],
      [`BEIJING - To Comrade ${ambassador}`, `for Comrade ${upperName('Zhou Enlai')}`],
    ]));
  } else {
    lines.push(...rng.pick([['To PYONGYANG', 'SOVIET AMBASSADOR.'], [`To NORTH KOREA To ${ambassador} TOP PRIORITY`], ['PYONGYANG', 'SOVIET AMBASSADOR']]));
  }
  if (underline) lines.push('______________________');
  if (rng.chance(0.3)) lines.push(`${rng.int(1000, 3999)}/sh.`);
  const addressee = channel === 'beijing' ? rng.pick(['Mao Zedong', 'Zhou Enlai']) : 'Kim Il Sung';
  if (rng.chance(0.7)) {
    lines.push(relayInstruction(doc, addressee, `${cover.name}${cover.gloss}`));
    lines.push(...quotedTelegram(doc, { from: cover.name, fromGloss: cover.gloss, to: addressee, sent, depth: 1 }));
    if (rng.chance(0.4)) lines.push(`for Cde. ${ambassador}: ${sentence(doc)}`);
  } else {
    // An unquoted relayed text that begins with its own salutation.
    lines.push(`${rng.pick(['Comrade', 'To Comrade'])} ${nm(doc, addressee)}.`, ...paragraphs(doc, rng.int(2, 5)));
  }
  lines.push(rng.pick(ACTIONS));
  if (rng.chance(0.6)) lines.push(upperName(cover.name));
  lines.push(rng.chance(0.5) ? `${doc.numberSign} ${regNumber(doc)}` : clerkMark(rng));
  if (rng.chance(0.4)) lines.push(...distributionLines(doc, rng.int(3, 6)));
  lines.push(...endnotes(doc));
  return { lines };
}

/** Politburo extract with the approved draft telegram attached (up to three levels of nesting). */
function politburoLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1950, 1952));
  const meeting = doc.when;
  const protocol = rng.int(70, 99);
  const item = rng.int(100, 499);
  const lines: string[] = [];
  lines.push('VKP(b) CC', `# P${protocol}/${item}`, formatDate(meeting, rng.pick<DateStyle>(['mm/dd/yy', 'd.m.yy'])));
  lines.push(`To: Cmrds ${rng.sample(['Malenkov', 'Vyshinsky', 'Molotov', 'Bulganin', 'Gromyko'], rng.int(1, 3)).join(', ')}`);
  lines.push(`Extract Minutes from Protocol #${protocol} of the Meeting of the Politburo of the CC VKP(b)`);
  lines.push(`Decision dated ${formatDate(meeting, 'Month d, yyyy')}`);
  lines.push(`${item}. ${fillSlots(doc, rng.pick(QUESTIONS))}`);
  const toKorea = rng.chance(0.6);
  lines.push(`Approve the attached draft of a telegram to the Soviet Ambassador in ${toKorea ? 'Pyongyang' : 'Beijing'}.`);
  if (rng.chance(0.5)) lines.push(sentence(doc));
  lines.push('SECRETARY OF THE CC', clerkMark(rng));
  lines.push(rng.pick([
    `[Attachment to the Decision of the Politburo #${protocol} regarding #${item}]`, '[Attachment]', '[handwritten:]',
    `Attachment: draft telegram to ${toKorea ? 'Pyongyang' : 'Beijing'}`,
  ]));
  lines.push(...(toKorea ? ['To PYONGYANG', 'SOVIET AMBASSADOR.'] : ['BEIJING', 'SOVIET AMBASSADOR.']));
  if (rng.chance(0.6)) lines.push(`RE: ${rng.int(1000, 3999)}/sh`);
  const cover = stalinCover(doc, toKorea ? 'pyongyang' : 'beijing');
  const addressee = toKorea ? 'Kim Il Sung' : 'Mao Zedong';
  if (rng.chance(0.6)) {
    lines.push(relayInstruction(doc, addressee, cover.name));
    lines.push(...quotedTelegram(doc, { from: cover.name, fromGloss: cover.gloss, to: addressee, sent: later(rng, meeting, 60, 600), depth: 2 }));
  } else {
    lines.push(`To Comrade ${nm(doc, soviet(doc, toKorea ? PYONGYANG_SOVIETS : BEIJING_SOVIETS))}:`, ...paragraphs(doc, rng.int(1, 4)));
    lines.push(upperName(cover.name));
  }
  lines.push(clerkMark(rng));
  return { lines };
}

/** A Chinese-side telegram with no envelope; sometimes the Chinese original comes first. */
function chineseLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1949, 1952));
  const when = doc.when;
  const lines: string[] = [];
  if (rng.chance(0.1)) lines.push('[2] This note belongs to the end of the document and was misplaced at the top.');
  if (rng.chance(0.3)) {
    // Bilingual: the Chinese original, then its English translation.
    const y = yearOf(when);
    const cn = (n: number) => String(n).split('').map((c) => '〇一二三四五六七八九'[Number(c)]).join('').replace(/〇/g, rng.chance(0.5) ? '0' : '〇');
    lines.push(`（${cn(y)}年十月七日）`, `${rng.pick(CHINESE_NAMES)}同志：`);
    lines.push(...rng.sample(CHINESE_LINES, rng.int(2, 4)));
    lines.push(rng.pick(CHINESE_NAMES), '十月七日', '');
  }
  const from = rng.pick(['Zhou Enlai', 'Peng Dehuai', 'Gao Gang', 'Mao Zedong', 'Nie Rongzhen']);
  const address = from === 'Mao Zedong'
    ? rng.pick(['Lin [Biao], Deng [Zihui], and Tan [Zheng]:', 'Comrade [Peng] Dehuai:', 'Lin [2], and Gao [3]:', 'Ambassador Ni [Zhiliang]:'])
    : rng.pick([
      'Chairman Mao [Zedong]:',
      'To the Chairman [Mao Zedong] and Comrades Zhu [De], Liu [Shaoqi], Zhou [Enlai]:[1]',
      'Chairman Mao,',
      '彭高[1] :',
    ]);
  lines.push(address);
  lines.push(...paragraphs(doc, rng.int(2, 7)));
  const dateText = formatDate(when, rng.pick<DateStyle>(['d Month', 'Month d', 'Month d [yyyy]', '[Month] d']));
  if (rng.chance(0.4)) lines.push(`${from} ${dateText}`);
  else lines.push(from, rng.chance(0.5) ? `${formatTime(when, 'hhmm')} ${dateText}` : dateText);
  if (rng.chance(0.2)) {
    // An endorsement: another person's one-line minute with its own signature and later date.
    lines.push('I agree with this.', 'Mao Zedong', formatDate(later(rng, when, 600, 3000), 'Month d, yyyy'));
  }
  lines.push(`[1] ${fillSlots(doc, 'This refers to the telegram of {DATE} from {PERSON}.')}`);
  if (rng.chance(0.4)) lines.push(`[2] ${fillSlots(doc, 'Coded day; the editors read it as {DATE}.')} – A. Translator.`);
  return { lines };
}

/** A published text: title, date line, `[Source: ...]`, then the message. */
function publishedLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1945, 1953));
  const when = doc.when;
  const from = rng.pick(['Mao Zedong', 'Zhou Enlai', 'Kim Il Sung', 'Stalin']);
  const to = from === 'Stalin' ? rng.pick(['Mao Zedong', 'Kim Il Sung']) : 'Filippov [Stalin]';
  const lines: string[] = [];
  lines.push(`Telegram, ${from} to ${to}`);
  const dateLine = rng.weighted<string>([['words', 6], ['with-time', 1], ['day-first-slash', 1]]);
  if (dateLine === 'words') lines.push(formatDate(when, rng.pick<DateStyle>(['Month d, yyyy', 'd Month yyyy'])));
  else if (dateLine === 'with-time') lines.push(`${formatDate(when, 'd Month yyyy')}   ${formatTime(when, 'hh.mm')}`);
  // A day-first slash date, spelled out two lines later, which is what tells the reader its order.
  else lines.push(formatDate(when, 'dd/mm/yy'));
  const source = fillSlots(doc, rng.pick(SOURCES));
  lines.push(rng.chance(0.5) ? `[Source: ${source}. Translated by the editors.]` : `[ Source: ${source} ]`);
  lines.push(dateLine === 'day-first-slash' ? formatDate(when, 'Month d, yyyy') : '');
  if (to.startsWith('Filippov')) {
    // Broken over two lines in some transcriptions: `Dear Cde.` / `I. V. Stalin`.
    lines.push(...rng.pick([['Comrade Filippov:'], ['To Comrade FILIPPOV [Stalin]'], ['Dear Cde.', 'I. V. Stalin'], ['Dear Comrade I. V. Stalin:']]));
  } else {
    lines.push(rng.pick([`Comrade ${nm(doc, to)}:`, `Dear Comrade ${nm(doc, to)}:`, 'Your Excellency:']));
  }
  lines.push(...paragraphs(doc, rng.int(3, 8)));
  lines.push(...closingWithSignature(doc, from, ''));
  lines.push(formatDate(when, rng.pick<DateStyle>(['d Month yyyy', 'Month d, yyyy', 'd.m.yyyy'])));
  return { lines };
}

/** A collected-works chapter: `Chapter N Title[1]`, ends with `Printed from manuscript.` */
function collectedWorksLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1949, 1953));
  const when = doc.when;
  const lines: string[] = [];
  lines.push(`Chapter ${rng.int(1, 40)} ${rng.pick(TITLES)}[1]`);
  lines.push(`(${formatDate(when, 'Month d, yyyy')})`);
  lines.push(rng.pick(['Comrade [Peng] Dehuai, and for the information of Gao Gang:', 'Comrade Filippov:', 'Comrades Deng Hua, Hong Xuezhi, Han Xianchu and Xie Fang:']));
  lines.push(...paragraphs(doc, rng.int(2, 7)));
  if (rng.chance(0.5)) lines.push(`Mao Zedong ${formatDate(when, 'Month d')} Printed from manuscript.`);
  else lines.push('Mao Zedong', `${formatDate(when, 'Month d')}`, 'Printed from manuscript.');
  lines.push(`[1] This telegram was drafted by Mao Zedong for the Central Military Commission on ${formatDate(when, 'd Month yyyy')}.`);
  return { lines };
}

/** A damaged document whose line breaks were all lost: date, addressee, body and signature on one line. */
function runOnLayout(rng: Rng) {
  const doc = newDoc(rng, moment(rng, 1949, 1952));
  const lines: string[] = [];
  if (rng.chance(0.5)) lines.push(`CIPHERED TELEGRAM No. ${rng.int(10000, 99999)}`, 'Top Secret');
  const cover = stalinCover(doc, 'beijing');
  const words = [
    formatDate(doc.when, 'd Month yyyy'),
    `To Comrade ${nm(doc, rng.pick(['Roshchin', 'Mao Zedong', 'Zhou Enlai']))}`,
    ...paragraphs(doc, rng.int(2, 6)).map((p) => (rng.chance(0.3) ? p.replace('. ', '.') : p)),
    rng.pick(ACTIONS),
    `${upperName(cover.name)}${cover.gloss}`,
  ];
  lines.push(words.join(' '));
  if (rng.chance(0.4)) lines.push(`Deciphered by ${rng.pick(DECIPHERERS)} ${formatTime(doc.when, 'hhmm')} ${formatDate(doc.when, 'd Month')}`);
  return { lines };
}

const BUILDERS: Record<Layout, LayoutBuilder> = {
  'seed': seedLayout,
  'mfa-tenth': mfaLayout,
  'gru-ciphered': gruLayout,
  'pyongyang-1950': pyongyangLayout,
  'pyongyang-dotted': pyongyangDottedLayout,
  'beijing-ciphered': beijingLayout,
  'outgoing-copy': outgoingLayout,
  'politburo-extract': politburoLayout,
  'chinese-plain': chineseLayout,
  'published-source': publishedLayout,
  'collected-works': collectedWorksLayout,
  'run-on': runOnLayout,
};

// ================================================================ damage

/** Misspellings and variants that real typists and translators produced. */
const TYPOS: readonly (readonly [RegExp, string])[] = [
  [/Kornushina/, 'Kornyushina'],
  [/Kornyushina/, 'Kornushina'],
  [/Filippov/, 'Filipov'],
  [/FILIPPOV/, 'FILIPOV'],
  [/Roshchin/, 'Roschin'],
  [/ROSHCHIN/, 'ROSCHIN'],
  [/Li Kenong/, 'Le Kenong'],
  [/Vyshinsky/, 'Vyshinskiy'],
  [/Shtykov/, 'Shtykow'],
  [/Molotov/, 'Molotow'],
  [/received/, 'recieved'],
  [/telegram/, 'telgram'],
];

/** Applies the damage of real transcriptions, sparingly, so most documents stay clean. */
function damage(rng: Rng, lines: string[]): void {
  if (lines.length === 0) return;
  if (rng.chance(0.3)) {
    const [pattern, replacement] = rng.pick(TYPOS);
    const i = lines.findIndex((l) => pattern.test(l));
    if (i >= 0) lines[i] = lines[i].replace(pattern, replacement);
  }
  if (rng.chance(0.05)) {
    // A clipped first letter (`oday`), as in the seed's `o Cde. Stalin`.
    const i = rng.int(0, lines.length - 1);
    if (lines[i].length > 3) lines[i] = lines[i].slice(1);
  }
  if (rng.chance(0.08)) {
    // No space after a period: `troops.Next`.
    const i = rng.int(0, lines.length - 1);
    lines[i] = lines[i].replace(/\. (?=[A-Z])/, '.');
  }
  if (rng.chance(0.03)) {
    // A doubled phrase.
    const i = rng.int(0, lines.length - 1);
    const words = lines[i].split(' ');
    if (words.length > 6) {
      const at = rng.int(1, words.length - 4);
      words.splice(at, 0, ...words.slice(at, at + 3));
      lines[i] = words.join(' ');
    }
  }
  if (rng.chance(0.05)) {
    // Runs of spaces used as layout.
    const i = rng.int(0, Math.min(lines.length - 1, 4));
    lines[i] = `${lines[i]}${' '.repeat(rng.int(3, 12))}`;
  }
}

// ================================================================ public API

export interface CableOptions {
  /**
   * Typos, a clipped first letter, a doubled phrase, lost spaces and trailing blanks (default on).
   * Damage inherent to a layout (unbalanced quotes, broken stamps, run-on lines) stays either way.
   */
  readonly damage?: boolean;
}

/**
 * One synthetic cable in the given layout (or a weighted random one). The text has no trailing
 * line break; line breaks are `\n`, and about one document in twenty uses `\r\n`.
 */
export function generateCable(rng: Rng, layout: Layout = pickLayout(rng), options: CableOptions = {}): string {
  const { lines, doubleSpaced } = BUILDERS[layout](rng);
  if (options.damage !== false) damage(rng, lines);
  const eol = rng.chance(0.05) ? '\r\n' : '\n';
  const flat = lines.join('\n').split('\n'); // a few builders emit two-line entries
  const glue = doubleSpaced ? eol + eol : rng.chance(0.2) ? eol + eol : eol;
  return flat.join(glue);
}

const SEPARATORS = ['---', '###', '——————', '* * * * *', '______________________'];

/** Byte length of `text` in UTF-8, without relying on Node's Buffer. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The longest prefix of `text` that fits in `budget` UTF-8 bytes: whole lines first, then the
 * next line cut at a word boundary (a truncated document, which archives also have).
 */
function prefixWithin(text: string, budget: number): string {
  if (budget <= 0) return '';
  let used = 0;
  let end = 0;
  while (end < text.length) {
    let next = text.indexOf('\n', end);
    next = next < 0 ? text.length : next + 1;
    const size = utf8Length(text.slice(end, next));
    if (used + size > budget) break;
    used += size;
    end = next;
  }
  if (end >= text.length) return text;
  // Fill the rest of the budget from the next line, word by word.
  const line = text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end));
  let cut = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== ' ') continue;
    if (used + utf8Length(line.slice(0, i)) > budget) break;
    cut = i;
  }
  return text.slice(0, end) + line.slice(0, cut);
}

/**
 * A file of about `targetBytes` UTF-8 bytes (within a few bytes below it for targets of 1 KB
 * and more): cables of random layouts joined by separator lines, the last one truncated to fit.
 * For one seed, a smaller file is a prefix of a larger one up to its last cable, so size series
 * (1×, 2×, 4×, 8×) measure the same kind of text.
 */
export function generateFile(seed: number, targetBytes: number, options: { collection?: boolean } = {}): string {
  const rng = createRng(seed);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    // A collection file (CABLE-FORMAT §11) parts its cables with a line of `=` signs instead; the
    // separator is still drawn, so both kinds of file hold the same cables.
    const drawn = parts.length === 0 ? '' : rng.pick(SEPARATORS);
    const sep = parts.length === 0 ? '' : `\n\n${options.collection ? '==========' : drawn}\n\n`;
    const cable = sep + generateCable(rng);
    const size = utf8Length(cable);
    if (bytes + size <= targetBytes) {
      parts.push(cable);
      bytes += size;
      continue;
    }
    const cut = prefixWithin(cable, targetBytes - bytes);
    parts.push(cut);
    bytes += utf8Length(cut);
    break;
  }
  return parts.join('');
}

export interface CorpusFile {
  /** A stable file name such as `cable-00042-beijing-ciphered.cable`. */
  readonly name: string;
  readonly layout: Layout;
  readonly text: string;
}

/** `count` single-cable files of weighted random layouts (10,000 for the benchmark). */
export function generateCorpus(seed: number, count: number): CorpusFile[] {
  const rng = createRng(seed);
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const layout = pickLayout(rng);
    const text = generateCable(rng, layout);
    files.push({ name: `cable-${String(i + 1).padStart(5, '0')}-${layout}.cable`, layout, text });
  }
  return files;
}
