/**
 * TextMate grammar for `.cable` files: English translations of declassified 1945–1953 ciphered telegrams.
 *
 * This file is the readable source. `node scripts/build-grammar.mjs` turns it into
 * `syntaxes/cable.tmLanguage.json` (committed; a test checks the two agree). Edit here, never there.
 *
 * How it is built:
 * - Regex fragments (month names, number signs, names …) are plain strings composed with `alt()` and
 *   template literals, so every pattern below reads as a sentence of named parts. The regex dialect is
 *   Oniguruma (what VS Code runs), not JavaScript: `(?i:…)` and `\G` are fine here.
 * - Every rule says what cable text it matches, with an example taken from the format spec.
 * - Scope names are standard TextMate names (so any theme colours them), each ending in `.cable`;
 *   docs/highlighting.md lists them for theme authors.
 *
 * Safety, because real cables are damaged: every multi-line region (stamp, quoted inner telegram) also
 * ends at the next footer line, separator, stamp or cable header, and a stamp ends at any long prose line,
 * so an unclosed `[Stamp:` or an unbalanced quote cannot colour the rest of the document. Every other
 * region ends at the end of its line.
 */

// Month names, abbreviations and Roman numerals are the language service's own (one vocabulary).
import { allMonthAbbreviations, monthNames, romanMonthsDescending } from '../../server/src/service/vocabulary';

// ---------------------------------------------------------------------------------------------------
// Types (just enough to keep the object honest)

interface Capture {
  name?: string;
  patterns?: Rule[];
}
type Captures = Record<string, Capture>;

interface Rule {
  comment?: string;
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  captures?: Captures;
  beginCaptures?: Captures;
  endCaptures?: Captures;
  patterns?: Rule[];
  include?: string;
}

interface Grammar {
  $schema: string;
  name: string;
  scopeName: string;
  fileTypes: string[];
  patterns: Rule[];
  repository: Record<string, Rule>;
}

// ---------------------------------------------------------------------------------------------------
// Regex fragments

/** Joins alternatives into one non-capturing group. */
const alt = (...parts: string[]): string => `(?:${parts.join('|')})`;

/** The given words in Title case and in UPPER case: `October|OCTOBER`. */
const bothCases = (words: string[]): string[] => words.flatMap((w) => [w, w.toUpperCase()]);

const MONTH_NAMES = [...monthNames];
/** `October`, `OCTOBER`, `Oct`, `Oct.`, `Sept.` (full names first so `Mar` never cuts `March`). */
const MONTH = `${alt(...bothCases(MONTH_NAMES), `${alt(...allMonthAbbreviations)}\\.?`)}(?!\\w)`;
/** A month name as used between dots, `27.July.1951` (no abbreviation dot). */
const MONTH_BARE = alt(...bothCases(MONTH_NAMES));
/** Roman-numeral month, `XII` in `19.XII.1947` (longest first). */
const ROMAN_MONTH = alt(...romanMonthsDescending);
/** Day of month 1–31, `7`, `07`, `31`. */
const DAY = alt('3[01]', '[12]\\d', '0?[1-9]');
/** Numeric month 1–12. */
const MONTH_NUM = alt('1[0-2]', '0?[1-9]');
/** A year of the period written in full, `1951`. */
const YEAR = '(?:1[89]\\d\\d)';
/** A two- or four-digit year, `51` or `1951`. */
const YEAR_ANY = alt(YEAR, '\\d\\d');
/** A clock hour 0–23 with optional leading zero. */
const HOUR = alt('2[0-3]', '[01]?\\d');
/** Minutes 00–59. */
const MINUTE = '[0-5]\\d';
/** 24-hour time without a colon, `0530`, `1135` (only trusted next to a date or after `at`). */
const TIME4 = `(?<![\\d,.:/])${alt('2[0-3]', '[01]\\d')}${MINUTE}(?![\\d:/]|,\\d)`;
/** Colon time, optional am/pm and range: `16:40`, `02:40 a.m.`, `14:10 p.m.`, `3:48-18:10`. */
const TIME_COLON =
  `(?<![\\d:.])${HOUR}:${MINUTE}(?:\\s*${alt('[ap]\\.m\\.', '[ap]m\\b')})?` +
  `(?:\\s*[-–]\\s*${HOUR}:${MINUTE})?(?![\\d:])`;

/** Number signs: `N°` (degree), `Nº` (ordinal), `№`, `No.`/`no.`, `#`, plurals `NºNº`. */
const NUMERO = alt('(?:N[°º]){2}', '№№', 'N[°º]', '№', '#', '(?:No|no|NO|Nos)\\.(?=\\s*(?:[A-Z]?\\d|\\[))');
/** Registration numbers after a sign: `25025`, `1522/sh`, `254/3612/shs`, `P91/204`, `81/III`, `1-3`, `187-gi`. */
const REFNUM = `[A-Z]?\\d+(?:[/-]${alt('[IVX]+', '\\d+', '[a-z]{1,4}')}(?![\\w]))*`;

/**
 * Honorifics before a name: `Cde.`, `Cdes.`, `Comrade`, `comrade`, `Com.`, `Comr.`, `Com[rade]`, `Cmrds`.
 * Lower-case `comrade(s)` counts only before a name: `the Chinese comrades ask` is prose.
 */
const HONORIFIC = alt('Cdes?\\.', 'Comrades?\\b', 'comrades?\\b(?=\\s+[A-Z])', 'COMRADES?\\b', 'Comr\\.', 'Com\\.', 'Com\\[rade\\]', 'Cmrds\\.?');
/** Titles before a name: `Chairman Mao`, `Ambassador Ni`, `Premier Kim`. */
const TITLE = alt('Chairman', 'Ambassador', 'Premier', 'Marshal', 'Minister', 'President', 'Vice-Chairman');
/** Initials: `I. V. `, `I.V.`. */
const INITIALS = '(?:[A-Z]\\.\\s?)+';
/** An UPPER-CASE word of a name: `FILIPPOV`, `IL`, `HEON-YEONG`. */
const UPPER_NAME_WORD = "[A-Z][A-Z’'-]*[A-Z](?![a-z])";
/** A normal-case word of a name, perhaps with a partial reading: `Kenong`, `Heon-yeong`, `Sadov[in]`, `Shtykov's`. */
const TITLE_NAME_WORD = "[A-Z][a-z’'-]+(?:\\[[a-z]+\\][a-z]*)?";
/**
 * A person's name, of one case (so `KRASOVSKY Your telegram` stops before `Your`): `Li Kenong`, `I. V. STALIN`,
 * `KIM IL SUNG`, `STALIN I.V.`, `Stalin I.V.`, `A. Vyshinsky`, `STALIN Iosif Vissarionovich` (surname, then name
 * and patronymic).
 */
const PERSON = alt(
  `(?:${INITIALS}(?=[A-Z]))?${UPPER_NAME_WORD}(?:\\s${UPPER_NAME_WORD}){0,3}(?:\\s?${INITIALS}|(?:\\s${TITLE_NAME_WORD}){2}(?![\\w\\s]*[a-z]{2,}\\s))?`,
  `(?:${INITIALS}(?=[A-Z]))?${TITLE_NAME_WORD}(?:\\s${TITLE_NAME_WORD}){0,3}(?:\\s?${INITIALS})?`,
);

/** Cities of the telegram channels, as written in routing and destination lines. */
const CITIES = [
  'Beijing', 'Peking', 'Beiping', 'Peiping', 'Pyongyang', 'Moscow', 'Shanghai', 'Harbin', 'Mukden', 'Shenyang',
  'Dalny', 'Dairen', 'Dalian', 'Port Arthur', 'Lushun', 'Andong', 'Dandong', 'Urumchi', 'Seoul', 'Tokyo',
  'Nanking', 'Nanjing', 'Canton', 'Guangzhou', 'Kaesong', 'Panmunjom', 'North Korea', 'Korea', 'China',
];
const CITY = `\\b${alt(...bothCases(CITIES))}\\b`;
const CITY_CAPS = `\\b${alt(...CITIES.map((c) => c.toUpperCase()))}\\b`;

/** Words an UPPER-CASE header line starts with, which are never a signature. */
const HEADER_WORD = alt(
  'TOP', 'SECRET', 'SPECIAL', 'MOLNIYA', 'CABLE', 'CIPHERED', 'CIPHER', 'ENCRYPTED', 'ENCIPHERED', 'CODED', 'CODE', 'MAKING', 'COPYING', 'COPY', 'PRIORITY', 'URGENT', 'EXTREMELY', 'BY',
  'TO', 'FROM', 'FOR', 'RE', 'NO', 'SOVIET', 'MFA', 'MID', 'SECRETARY', 'SECOND', 'DESTINATION', 'CHAIRMAN',
  'THE', 'SERIES', 'STRICTLY', 'T', 'CC', 'VKP', 'ISSUING', 'CHAPTER', 'SPRAVKA',
);
/** An UPPER-CASE person's name as signed: `ROSHCHIN`, `MAO ZEDONG`, `T. SHTYKOV`, `KIM IL SUNG`. */
const CAPS_WORD = "[A-Z][A-Z’']*(?:-[A-Z][A-Z’']*)*(?![\\w-])";
const CAPS_NAME = `(?:[A-Z]\\.\\s?)*(?!${HEADER_WORD}\\b)(?=[A-Z]{2})${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}`;
/** Capitalised words that start header, footer and prose lines, never a signed name. */
const NOT_A_NAME = `(?!${MONTH}|${alt(...CITIES)}\\b|${alt('Received', 'Sent', 'Copy', 'Copies', 'Attachment', 'Top', 'Secret', 'Special', 'Series',
    'Spravka', 'Today', 'Reporting', 'Distribution', 'Verified', 'Deciphered', 'Printed', 'Typed', 'Confirm',
    'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Finally',
    'Agreed', 'Yes', 'No', 'Chapter', 'Dear', 'Your', 'With', 'Central', 'Ministry', 'Making', 'Chairman',
    'Ambassador', 'Premier', 'Comrade', 'Comrades', 'Soviet', 'North', 'South', 'Greetings', 'Please', 'Telegraph',
    'Attachment', 'Source', 'Telegram', 'Report', 'Cable', 'Ciphered', 'Issuing', 'Subject', 'Incoming', 'The')}\\b)`;
/** A normal-case name as signed: `Terebin`, `Mao Zedong`, `A. Gromyko`. */
const TITLE_NAME = `(?:[A-Z]\\.\\s?)*${NOT_A_NAME}[A-Z][a-z’'-]+(?:\\s+(?!${MONTH})[A-Z][a-z’'-]+){0,2}`;
/** Two or three capitalised words, a signature even without a period: `Peng Dehuai`, `Kim Il Sung`. */
const TITLE_NAME_MULTI = `${NOT_A_NAME}[A-Z][a-z’'-]+(?:\\s+(?!${MONTH})[A-Z][a-z’'-]+){1,2}`;
/** An editor's gloss after a name: ` [Stalin]`, ` [FYN SI; Stalin]`. */
const GLOSS = '\\s*\\[[^\\[\\]]*\\]';
/** How a salutation starts: `Dear Comrade`, `Cde.`, `Chairman`, `Your Excellency`. */
const SALUTATION_HEAD = `(?:Dear\\s+)?${alt(HONORIFIC, TITLE, 'Your\\s+Excellency')}`;
/** A date written before a signature: `27.III.50`, `19.1.51`, `11/5-50.`, `4.XII.51`. */
const DATE_BEFORE_SIGNATURE = '\\d{1,2}[./](?:\\d{1,2}|[IVX]{1,4})[./-]\\d{2,4}\\.?';
/**
 * A date (and time) after a signature, as one token run: `0530 18 October`, `9 February`, `18 November 1950`,
 * `27.7.51`, `4.XII.51`, `December 9`. Kept narrow so `MIG-15, TU-2, …` is never read as a signature and its date.
 */
const SIGNATURE_DATE = alt(
  `\\d{1,4}(?:[.:/-][\\dIVX]{1,4}){0,2}\\.?(?:\\s+\\d{1,2})?(?:\\s+${MONTH})?(?:,?\\s+${YEAR})?\\.?`,
  `${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\.?`,
);
/** What may close a line after a signature: an optional closing quote, inside a quoted telegram. */
const LINE_END_AFTER_SIGNATURE = '(?=\\s*["”]?\\s*$)';


/**
 * A line of running prose, which never belongs to a stamp: five lower-case words in a row, or 100 characters.
 * (`Subject to return to the` has only four.)
 */
const PROSE_LINE = "^(?=.*\\b[a-z]+\\s+[a-z]+\\s+[a-z]+\\s+[a-z]+\\s+[a-z]+\\b|.{100,})";
/** Lines that close any open multi-line region: footer, separator, stamp, a new cable header. */
const FOOTER_START = alt(
  '(?i:deciphered|printed\\s+by|typed\\s+by|verified)\\b',
  `(?:[Ss]ent\\s+out|[Tt]yped|[Pp]rinted|[Mm]ade)\\s+(?:${alt('One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', '\\d+')})\\s+cop(?:y|ies)\\b`,
  `(?:${alt('One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', '\\d+')})\\s+copies\\s+(?:printed|made|typed)\\b`,
);
const SEPARATOR = '(?:-{3,}|#{3,}|[—–]{2,}|_{3,}|={3,}|(?:\\*\\s*){3,})';
const BLOCK_BOUNDARY = `^(?=\\s*${alt(FOOTER_START, `${SEPARATOR}\\s*$`, '\\[(?i:stamp)\\b', '(?:CABLE|CIPHERED TELEGRAM)\\b')})`;

// Scope helpers: every scope ends in `.cable`.
const BRACKET_OPEN: Capture = { name: 'punctuation.definition.bracket.begin.cable' };
const BRACKET_CLOSE: Capture = { name: 'punctuation.definition.bracket.end.cable' };

// ---------------------------------------------------------------------------------------------------
// The grammar

const grammar: Grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Cable',
  scopeName: 'text.cable',
  fileTypes: ['cable'],
  patterns: [
    { include: '#separator' },
    { include: '#stamp' },
    { include: '#footer' },
    { include: '#editor-notes' },
    { include: '#header' },
    { include: '#routing' },
    { include: '#destination' },
    { include: '#telegram' },
    { include: '#letter' },
  ],
  repository: {
    // ---------------------------------------------------------------------------------------------
    // Layout

    separator: {
      comment: 'A separator line between blocks: `---`, `###`, `——————`, `* * * * *`, `_____`.',
      match: `^\\s*${SEPARATOR}\\s*$`,
      name: 'comment.line.separator.cable',
    },

    // ---------------------------------------------------------------------------------------------
    // Stamps (§7): one bracket over several lines, blank lines included.

    stamp: {
      patterns: [
        {
          comment:
            'A stamp: `[Stamp: SUBJECT TO RETURN` … `Incoming N° 254/3612/shs 19 October 1951]`, also `[stamp: …`. ' +
            'Ends at `]`, or (never closed) at the next block boundary or the next line of prose.',
          name: 'meta.stamp.cable',
          contentName: 'string.unquoted.stamp.cable',
          begin: '(\\[)\\s*((?i:stamp))\\s*(:)?',
          beginCaptures: {
            '1': { name: 'punctuation.definition.stamp.begin.cable' },
            '2': { name: 'keyword.other.stamp.cable' },
            '3': { name: 'punctuation.separator.key-value.cable' },
          },
          end: `(\\])|${BLOCK_BOUNDARY}|${PROSE_LINE}`,
          endCaptures: { '1': { name: 'punctuation.definition.stamp.end.cable' } },
          patterns: [{ include: '#stamp-content' }],
        },
        {
          comment:
            'A stamp whose `[` was lost: starts at `Subject to return to the` and runs to the closing `]` ' +
            '(same safety ends as above).',
          name: 'meta.stamp.cable',
          contentName: 'string.unquoted.stamp.cable',
          begin: '^(?=\\s*(?i:subject\\s+to\\s+return)\\b)',
          end: `(\\])|${BLOCK_BOUNDARY}|${PROSE_LINE}`,
          endCaptures: { '1': { name: 'punctuation.definition.stamp.end.cable' } },
          patterns: [{ include: '#stamp-content' }],
        },
      ],
    },
    'stamp-content': {
      patterns: [
        {
          comment: 'A partial reading inside a stamp number: `Special Section 17[25]`.',
          match: '(\\[)([^\\[\\]]*)(\\])',
          name: 'meta.bracket.editorial.partial-reading.cable',
          captures: {
            '1': BRACKET_OPEN,
            '2': { name: 'markup.inserted.partial-reading.cable' },
            '3': BRACKET_CLOSE,
          },
        },
        { include: '#inline-quote' },
        { include: '#reference-number' },
        { include: '#datetime' },
        { include: '#institution' },
        {
          comment: 'A bare number line in a stamp: `757`, `2310`.',
          match: '(?<![\\w/])\\d+(?![\\w/])',
          name: 'constant.numeric.reference.cable',
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // Processing footer (§6)

    footer: {
      comment:
        'A processing line: `Deciphered by Fedyaev 1205 19 October`, `Printed by Kornushina 1250 19 October № 3007`, ' +
        '`Eight copies printed`, `Verified: Section Chief Colonel`, `Four copies made`, `copies NºNº 1-3 to Cde. X`, ' +
        '`sent in one copy from an original`.',
      name: 'meta.footer.processing.cable',
      begin: `^(?=\\s*${alt(
        FOOTER_START,
        `copies\\s+${NUMERO}`,
        'copy\\s+N[°º]',
        '(?i:sent\\s+in\\s+one\\s+copy)',
        `by\\s+[A-Z][a-z]+\\s+${NUMERO}`,
      )})`,
      end: '$',
      patterns: [
        {
          comment:
            'Verb, agent and role: `Deciphered by Fedyaev`, `Verified by: Shift Chief Sadov[in]`, `Verified: shift chief Kar[pov]`, ' +
            '`copies typed Leshevich`.',
          match:
            `\\b((?i:deciphered|printed|typed|verified|made|sent\\s+out))\\b(?:\\s+(by)(:)?|(:))?` +
            `(?:\\s+((?i:(?:shift|section)\\s+chief)(?:\\s+(?:Colonel|Major|Captain|Lieutenant))?|Colonel|Major|Captain|Lieutenant))?` +
            `(?:\\s+((?!${MONTH}|at\\b|on\\b)[A-Z][a-z’'-]+(?:\\[[a-z]+\\][a-z]*)?))?`,
          captures: {
            '1': { name: 'keyword.other.processing.cable' },
            '2': { name: 'keyword.other.processing.cable' },
            '3': { name: 'punctuation.separator.key-value.cable' },
            '4': { name: 'punctuation.separator.key-value.cable' },
            '5': { name: 'support.type.title.cable' },
            '6': { name: 'variable.other.person.clerk.cable', patterns: [{ include: '#partial-reading' }] },
          },
        },
        {
          comment: 'A copy count: `Eight copies printed`, `Four copies made`, `11 copies`, `in one copy`.',
          match:
            `\\b((?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\\d+)\\s+(cop(?:y|ies))\\b` +
            "(?:\\s+((?i:printed|made|typed)))?(?:\\s+([A-Z][a-z’'-]+)(?=\\s+(?:N[°º]|№)))?",
          captures: {
            '1': { name: 'constant.numeric.count.cable' },
            '2': { name: 'keyword.other.processing.cable' },
            '3': { name: 'keyword.other.processing.cable' },
            '4': { name: 'variable.other.person.clerk.cable' },
          },
        },
        {
          comment: 'A continuation line naming the typist: `by Mokrov Nº 1702`.',
          match: "^\\s*(by)\\s+([A-Z][a-z’'-]+)",
          captures: {
            '1': { name: 'keyword.other.processing.cable' },
            '2': { name: 'variable.other.person.clerk.cable' },
          },
        },
        {
          comment: 'A copy destination: `copies NºNº 1-3 to Cde. X`, `Nº 7 to file`.',
          match: '\\b(copies|copy|to file)\\b',
          name: 'keyword.other.distribution.cable',
        },
        { include: '#reference-number' },
        { include: '#datetime' },
        {
          comment: 'A bare 24-hour time at the end of a footer line: `Verified by Shift Chief Sadov[in] 0410`.',
          match: `${TIME4}(?=\\s*$)`,
          name: 'constant.numeric.time.cable',
        },
        { include: '#editorial-bracket' },
        { include: '#person' },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // Editor's notes, footnotes, provenance

    'editor-notes': {
      patterns: [
        {
          comment: 'An archival reference note: `Spravka: the telegram was …`.',
          match: '^\\s*(Spravka|SPRAVKA)(:)(.*)$',
          captures: {
            '1': { name: 'keyword.other.note.cable' },
            '2': { name: 'punctuation.separator.key-value.cable' },
            '3': { name: 'comment.line.editor-note.cable' },
          },
        },
        {
          comment: 'The note for an `x/` marker, at the end: `x/ Pseudonym I.V. Stalin.`.',
          match: '^\\s*(x/)(.*)$',
          captures: {
            '1': { name: 'markup.underline.link.footnote.cable' },
            '2': { name: 'comment.line.footnote.cable' },
          },
        },
        {
          comment: 'A footnote text line: `[1] Li Kenong was …`, glued `[1]彭高…`; its dates and brackets stay coloured.',
          begin: '^\\s*(\\[)(\\d{1,3})(\\])',
          beginCaptures: {
            '1': { name: 'punctuation.definition.footnote.begin.cable' },
            '2': { name: 'markup.underline.link.footnote.cable' },
            '3': { name: 'punctuation.definition.footnote.end.cable' },
          },
          end: '$',
          contentName: 'comment.line.footnote.cable',
          patterns: [{ include: '#editorial-bracket' }, { include: '#datetime' }, { include: '#inline-quote' }],
        },
        {
          comment: 'A collected-works title line: `Chapter 12 Title of the piece[1]`.',
          match: '^\\s*(Chapter)\\s+(\\d+)\\b(.*)$',
          name: 'markup.heading.chapter.cable',
          captures: {
            '1': { name: 'keyword.other.chapter.cable' },
            '2': { name: 'constant.numeric.chapter.cable' },
            '3': { patterns: [{ include: '#footnote-marker' }] },
          },
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // Header: document type, number, classification, institution (§1)

    header: {
      patterns: [
        {
          comment:
            'Document type and number: `CABLE N° 25025`, `CIPHERED TELEGRAM No. 20815`, `Ciphered Telegram # 600512/sh`, ' +
            '`COPY OF AN OUTGOING TELEGRAM`, `Issuing No. 8711`, `PRIORITY CABLE`, `Ciphered Telegram.`, `ENCRYPTED TELEGRAM`, `Cipher telegram`.',
          match:
            `^\\s*(${alt('(?:PRIORITY\\s+)?CABLE', 'Cable', '(?:CIPHER(?:ED)?|ENCRYPTED|ENCIPHERED|CODED?)\\s+TELEGRAM', '(?:[Cc]ipher(?:ed)?|[Ee]ncrypted|[Ee]nciphered|[Cc]oded?)\\s+[Tt]elegram', 'COPY\\s+OF\\s+AN\\s+OUTGOING\\s+TELEGRAM', 'Copy\\s+of\\s+an\\s+outgoing\\s+telegram', 'Issuing')})\\b(\\.)?` +
            `(?:\\s*(${NUMERO})\\s*(${REFNUM}))?`,
          name: 'markup.heading.document-type.cable',
          captures: {
            '1': { name: 'keyword.other.document-type.cable' },
            '2': { name: 'punctuation.terminator.cable' },
            '3': { name: 'keyword.other.numero.cable' },
            '4': { name: 'constant.numeric.document-number.cable' },
          },
        },
        {
          comment: 'A bare number line, document or outgoing number: `No. 31877`, `N° 5205`, `# P91/204`.',
          match: `^\\s*(${NUMERO})\\s*(${REFNUM})\\.?\\s*$`,
          name: 'meta.number.registration.cable',
          captures: {
            '1': { name: 'keyword.other.numero.cable' },
            '2': { name: 'constant.numeric.reference.cable' },
          },
        },
        {
          comment: 'A lone number or clerk mark line: `227`, `3ak`, `7-nb`, `2217/sh.`.',
          match: '^\\s*(\\d+(?:[-/]?[a-z]{1,3})?(?:/[a-z]{1,3})?)\\.?\\s*$',
          captures: { '1': { name: 'constant.numeric.reference.cable' } },
        },
        {
          comment: 'A Politburo extract number line: `RE: 2217/sh`.',
          match: `^\\s*(RE)(:)\\s*(${REFNUM})`,
          captures: {
            '1': { name: 'keyword.control.routing.cable' },
            '2': { name: 'punctuation.separator.key-value.cable' },
            '3': { name: 'constant.numeric.reference.cable' },
          },
        },
        {
          comment: 'A lone `T` line (a handling mark under `Series G.`).',
          match: '^\\s*(T)\\s*$',
          captures: { '1': { name: 'storage.modifier.classification.cable' } },
        },
        {
          comment: '`Special no. 612` at a line start (handling mark with its number).',
          match: `^\\s*(Special)(?=\\s+no\\.|\\s*$)`,
          captures: { '1': { name: 'storage.modifier.classification.cable' } },
        },
        {
          comment: '`by telegraph` as a line of its own.',
          match: '^\\s*(by\\s+telegraph)\\b',
          captures: { '1': { name: 'storage.modifier.classification.cable' } },
        },
      ],
    },

    classification: {
      comment:
        'Classification and handling, anywhere on a line: `TOP SECRET`, `Top Secret`, `Strictly secret.`, ' +
        '`Making copies is prohibited`, `SPECIAL`, `TOP PRIORITY`, `extremely urgent`, `MOLNIYA EH`, `BY CIPHER`, ' +
        '`Series G.`, `Series "G" T`.',
      match: alt(
        '\\bTOP\\s+(?:SECRET|PRIORITY)\\b',
        '\\bTop\\s+(?:[Ss]ecret|[Pp]riority)\\b',
        '\\b(?:Strictly|STRICTLY)\\s+(?:secret|SECRET)\\b',
        '\\bSECRET\\b',
        '\\b(?:Making|MAKING)\\s+(?:copies|COPIES)\\s+(?:(?:is|IS)\\s+)?(?:prohibited|forbidden|PROHIBITED|FORBIDDEN)\\b',
        '\\b(?:Copying|COPYING)\\s+(?:(?:is|IS)\\s+)?(?:prohibited|forbidden|PROHIBITED|FORBIDDEN)\\b',
        '\\bSPECIAL\\b',
        '\\b(?:[Ee]xtremely|EXTREMELY)\\s+(?:urgent|URGENT)\\b',
        '\\bURGENT\\b',
        '\\bMOLNIYA(?:\\s+EH\\b)?',
        '\\bBY\\s+CIPHER\\b',
        '\\b(?:Series|SERIES)\\s+(?:G\\b\\.?|"G"|“G”)(?:\\s+T\\b)?',
      ),
      name: 'storage.modifier.classification.cable',
    },

    institution: {
      comment:
        'An issuing office or institution: `MFA USSR`, `MID USSR`, `VKP(b) CC`, `Tenth Department`, ' +
        '`8th Department of the General Staff of the Armed Forces USSR`, `8D/GS`, `SECRETARY OF THE CC`, ' +
        '`SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF`, `Special Section`, `Ministry of War USSR`, `Central Military Commission`, `军委`.',
      match: alt(
        '\\b(?:MFA|MID)\\s+USSR\\b',
        '\\bVKP\\(b\\)(?:\\s+CC\\b)?',
        `\\b(?:[A-Z][a-z]+|[IVX]+|\\d+(?:st|nd|rd|th))\\s+(?:[Dd]epartment|[Dd]irectorate|Main\\s+Administration|Unit)\\b` +
          '(?:\\s+of\\s+(?:the\\s+)?General\\s+Staff(?:\\s+of\\s+the\\s+Armed\\s+Forces(?:\\s+(?:of\\s+the\\s+)?USSR)?)?)?',
        '\\b\\d+D/GS\\b',
        '\\bSECRETARY\\s+OF\\s+THE\\s+CC\\b',
        '\\b(?:[A-Z]+\\s+)*(?:MAIN\\s+)?(?:ADMINISTRATION|DIRECTORATE|DEPARTMENT)\\b(?:\\s+OF\\s+THE\\b[A-Z .]*?\\bGENERAL\\s+STAFF\\b)?',
        '\\bSpecial\\s+Section\\b',
        '\\bMinistry\\s+of\\s+(?:the\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)*(?:\\s+(?:of\\s+the\\s+)?USSR)?',
        '\\bCentral\\s+Military\\s+Commission\\b',
        '军委',
      ),
      name: 'entity.name.type.institution.cable',
    },

    // ---------------------------------------------------------------------------------------------
    // Routing (§2) and destination lines

    routing: {
      comment:
        'A routing line: `from [BEIJING] received at 1135 19 October 1951`, `FROM: PYONGYANG`, ' +
        '`Sent by wire on 10/21/50 at 02:40 a.m.`, `Received 21:15 27.July.1951`, `Arrived at the 8D/GS on …`, ' +
        '`Transmitted 21:48 3.4.51`, `Destination: PEKING To Whom: SovAmbassador`, ' +
        '`Tenth Department Received 17:10 4.XII.1951`.',
      name: 'meta.routing.cable',
      begin: `^(?=\\s*${alt(
        `(?i:from)(?::|\\s+(?:\\[|[A-Z]{2}|Cde\\.|Comrade|${CITY}))`,
        '(?i:received|sent|arrived|transmitted)\\s+(?:at|on|in|by|to\\s+the|\\d)',
        'Destination\\s*:',
        '(?:Tenth|\\d+(?:st|nd|rd|th))\\s+Department\\s+Received\\b',
      )})`,
      end: '$',
      patterns: [{ include: '#routing-content' }],
    },
    'routing-content': {
      patterns: [
        {
          comment: 'The routing verbs: `from`, `received`, `Sent`, `Arrived`, `Transmitted`, `Destination:`, `To Whom:`, `by wire`.',
          match: '\\b((?i:from|received|sent|arrived|transmitted|destination|to\\s+whom|by\\s+wire))\\b(:)?',
          captures: {
            '1': { name: 'keyword.control.routing.cable' },
            '2': { name: 'punctuation.separator.key-value.cable' },
          },
        },
        {
          comment: 'An editor-normalised place: `from [BEIJING]`.',
          match: "(\\[)([A-Z][A-Za-z’' -]*)(\\])",
          name: 'meta.bracket.editorial.gloss.cable',
          captures: {
            '1': BRACKET_OPEN,
            '2': { name: 'variable.other.constant.place.cable' },
            '3': BRACKET_CLOSE,
          },
        },
        { include: '#institution' },
        { include: '#copy' },
        { include: '#reference-number' },
        { include: '#datetime' },
        {
          comment: 'A sender designator: `CORRESPONDENT 17`.',
          match: '\\bCORRESPONDENT\\s+\\d+\\b',
          name: 'variable.other.constant.designator.cable',
        },
        {
          comment: 'A title addressee: `SovAmbassador`, `SOVIET AMBASSADOR`.',
          match: '\\b(?:SovAmbassador|SOVIET\\s+AMBASSADOR|Soviet\\s+Ambassador)\\b',
          name: 'support.type.title.cable',
        },
        { include: '#classification' },
        { include: '#person' },
        {
          comment: 'A place: `PEKING`, `Pyongyang`, `Moscow`, or any UPPER-CASE word in a routing line.',
          match: `${CITY}|\\b(?!TO\\b|WHOM\\b)[A-Z]{3,}(?:\\s+[A-Z]{3,})*\\b`,
          name: 'variable.other.constant.place.cable',
        },
        { include: '#editorial-bracket' },
      ],
    },

    destination: {
      patterns: [
        {
          comment: 'A title addressee line: `TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR`.',
          match: '^\\s*(TO\\s+THE)\\s+((?:CHAIRMAN|PRESIDENT|MINISTER|SECRETARY)\\b.*)$',
          name: 'meta.addressee.cable',
          captures: {
            '1': { name: 'keyword.control.routing.cable' },
            '2': { name: 'support.type.title.cable' },
          },
        },
        {
          comment:
            'A bare destination line: `PEKING, TO THE SOVIET AMBASSADOR`, `BEIJING - SOVIET AMBASSADOR`, `BEIJING--`, ' +
            '`PYONGYANG`, `BEIPING [SIC]`, `BEIJING - To Comrade ZAKHAROV`.',
          name: 'meta.routing.destination.cable',
          begin: `^(?=\\s*${CITY_CAPS}(?:\\s*(?:[,.]|-{1,2}|–|—|\\[|TO\\b|To\\b|SOVIET\\b)|\\s*$))`,
          end: '$',
          patterns: [
            {
              comment: 'The address word: `TO THE` in `PEKING, TO THE SOVIET AMBASSADOR`, `To` in `BEIJING - To Comrade ZAKHAROV`.',
              match: '\\b(?:TO|To|to)\\b(?:\\s+THE\\b)?',
              name: 'keyword.control.routing.cable',
            },
            {
              comment: 'The addressee by title: `SOVIET AMBASSADOR` in `BEIJING - SOVIET AMBASSADOR`.',
              match: '\\b(?:SOVIET\\s+AMBASSADOR|Soviet\\s+Ambassador)\\b',
              name: 'support.type.title.cable',
            },
            { comment: 'The city: `PEKING`, `BEIPING` in `BEIPING [SIC]`.', match: CITY_CAPS, name: 'variable.other.constant.place.cable' },
            { include: '#editorial-bracket' },
            { include: '#person' },
          ],
        },
        {
          comment: 'A title line under a destination: `SOVIET AMBASSADOR.`, `TO THE SOVIET AMBASSADOR`.',
          match: '^\\s*((?:TO\\s+THE\\s+)?)(SOVIET\\s+AMBASSADOR|Soviet\\s+Ambassador)\\.?\\s*$',
          captures: {
            '1': { name: 'keyword.control.routing.cable' },
            '2': { name: 'support.type.title.cable' },
          },
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    // The quoted inner telegram (§5)

    telegram: {
      comment:
        'A quoted inner telegram: begins at an opening quote at a line start whose line does not close it ' +
        '(`"Cde. Le Kenong, copy to …`; doubled `""Comrade` too), ends at the closing quote (`MAO ZEDONG 0530 18 October"`). ' +
        'An unbalanced quote is bounded: the region also ends before a footer line, separator, stamp or cable header.',
      name: 'meta.embedded.telegram.cable',
      begin: '^\\s*(["“]{1,2})(?![^"”]*["”])',
      beginCaptures: { '1': { name: 'string.quoted.double.cable punctuation.definition.string.begin.cable' } },
      // A straight quote closes only if it is the last one on its line; an earlier pair is an inline quotation.
      end: `(”|"(?=[^"]*$))|${BLOCK_BOUNDARY}`,
      endCaptures: { '1': { name: 'string.quoted.double.cable punctuation.definition.string.end.cable' } },
      patterns: [{ include: '#letter' }],
    },

    // ---------------------------------------------------------------------------------------------
    // The letter: addressees, salutations, body text, closings and signatures (§4)

    letter: {
      patterns: [
        { include: '#addressee' },
        { include: '#salutation' },
        { include: '#opener' },
        { include: '#closing' },
        { include: '#action' },
        { include: '#signature' },
        { include: '#distribution' },
        {
          comment: 'An attachment line: `Attachment: draft telegram to Beijing on two pages.`.',
          match: '^\\s*(Attachment)(:)',
          captures: {
            '1': { name: 'keyword.other.attachment.cable' },
            '2': { name: 'punctuation.separator.key-value.cable' },
          },
        },
        { include: '#body' },
      ],
    },

    addressee: {
      comment:
        'An addressee or distribution line starting with To/For: `To Cde. FILIPPOV`, `to Cde. Molotov`, ' +
        '`To Comrade FILIPPOV [Stalin]`, `To NORTH KOREA To RAZUVAEV TOP PRIORITY`, `For immediate report to comrade X`, ' +
        '`To Vyshinsky.`, `To: Cmrds Malenkov, Vyshinsky`.',
      name: 'meta.addressee.cable',
      begin:
        `(?:^|\\G)\\s*(To|TO|to|For|FOR|for)(:)?(?=\\s+${alt(HONORIFIC, 'the\\s+Chairman', '[A-Z]{2,}', "[A-Z][a-z’'-]+[.:]?\\s*$", 'immediate\\s+report')})`,
      beginCaptures: {
        '1': { name: 'keyword.control.routing.cable' },
        '2': { name: 'punctuation.separator.key-value.cable' },
      },
      end: '$',
      patterns: [
        {
          comment: 'A single normal-case name right after To/For: `To Vyshinsky.`, `To Terebin:`.',
          match: "\\G\\s+([A-Z][a-z’'-]+)(?=[.:]?\\s*$)",
          captures: { '1': { name: 'variable.other.person.cable' } },
        },
        { include: '#classification' },
        {
          comment: 'A further To/For before a name or place: `To NORTH KOREA To RAZUVAEV`; `to` in prose stays plain.',
          match: `\\b(?:To|TO|to|For|FOR|for)\\b(?=\\s+(?:${HONORIFIC}|[A-Z]{2,}))`,
          name: 'keyword.control.routing.cable',
        },
        { comment: 'A place addressed: `PYONGYANG` in `To PYONGYANG`.', match: CITY_CAPS, name: 'variable.other.constant.place.cable' },
        { include: '#person' },
        {
          comment: 'An UPPER-CASE name without honorific: `To RAZUVAEV`.',
          match: "\\b(?!(?:TO|FOR|THE|OF|AND|TOP)\\b)[A-Z][A-Z’'-]+(?:\\s+(?!(?:TO|FOR|TOP)\\b)[A-Z][A-Z’'-]+)*\\b",
          name: 'variable.other.person.cable',
        },
        { include: '#body' },
      ],
    },

    salutation: {
      patterns: [
        {
          comment:
            'A salutation line: `Cde. FILIPPOV!`, `Comrade MAO ZEDONG.` (after a quote), `Dear Comrade I. V. Stalin:`, ' +
            '`Chairman Mao [Zedong]:`, `Comrade STALIN I.V.:`, `Your Excellency:`, `Dear Cde.`.',
          name: 'meta.salutation.cable',
          // `.` ends a salutation only right after the opening quote of a telegram (`“Comrade MAO ZEDONG.`);
          // elsewhere a line ending in `.` is more likely a sentence.
          begin:
            `(?:^|\\G)\\s*(?=Dear\\s+${HONORIFIC}\\s*$)|(?:^|\\G)\\s*(?=${SALUTATION_HEAD}[^!:,]{0,80}?[!:,]\\s*(?:\\[\\d+\\])?\\s*$)|\\G\\s*(?=${SALUTATION_HEAD}[^!:,]{0,80}?\\.\\s*$)`,
          end: '$',
          patterns: [
            {
              comment: 'A form of address: `Dear` in `Dear Comrade I. V. Stalin:`, `Your Excellency:`.',
              match: '\\b(?:Dear|Your\\s+Excellency)\\b',
              name: 'support.type.honorific.cable',
            },
            { include: '#person' },
            { include: '#editorial-bracket' },
            {
              comment: 'The final mark: `!` in `Cde. FILIPPOV!`, `:` before a footnote marker in `…:[1]`.',
              match: '[!:,.](?=\\s*(?:\\[\\d+\\])?\\s*$)',
              name: 'punctuation.terminator.salutation.cable',
            },
          ],
        },
        {
          comment: 'A group addressee line of names and glosses ending in a colon: `Lin [Biao], Deng [Zihui], ...:`.',
          name: 'meta.salutation.cable',
          begin:
            "^(?=\\s*[A-Z][a-z]+\\s*\\[[^\\]]+\\]\\s*(?:(?:,|and)\\s*(?:[A-Z][a-z]+\\s*(?:\\[[^\\]]+\\])?\\s*|\\.{3}|…)\\s*)*(?:,\\s*and\\s+[A-Z][a-z]+\\s*(?:\\[[^\\]]+\\])?)?\\s*:\\s*(?:\\[\\d+\\])?\\s*$)",
          end: '$',
          patterns: [
            { include: '#editorial-bracket' },
            { comment: 'A surname: `Lin`, `Deng`.', match: "\\b[A-Z][a-z’'-]+\\b", name: 'variable.other.person.cable' },
            {
              comment: 'The final colon: `:` in `Lin [Biao], Deng [Zihui], ...:`.',
              match: ':(?=\\s*(?:\\[\\d+\\])?\\s*$)',
              name: 'punctuation.terminator.salutation.cable',
            },
          ],
        },
      ],
    },

    opener: {
      comment: 'A report opener: `Reporting:`, `I report:` (the text may follow on the same line).',
      match: '(?:^|\\G)\\s*(Reporting|I\\s+report)(:)',
      captures: {
        '1': { name: 'keyword.other.opener.cable' },
        '2': { name: 'punctuation.separator.key-value.cable' },
      },
    },

    closing: {
      comment:
        'A closing formula, with the signature that may follow on the line: `Greetings to the friends!`, ' +
        '`Humbly submitted,`, `Devotedly yours,`, `With greetings. FILIPPOV [Stalin].`, `Respectfully, KIM IL SUNG`.',
      match:
        `(?:^|\\G)\\s*(${alt('With\\s+greetings', 'With\\s+respect', 'Respectfully', 'Devotedly\\s+yours', 'Humbly\\s+submitted', 'Greetings\\s+to\\s+the\\s+friends', 'Sincerely\\s+yours', 'Sincerely')})` +
        `(?=[.,!]|\\s+[A-Z]|\\s*$)([.,!])?` +
        `(?:\\s+(${CAPS_NAME}|${TITLE_NAME})(${GLOSS})?(\\.)?${LINE_END_AFTER_SIGNATURE})?`,
      name: 'meta.closing.cable',
      captures: {
        '1': { name: 'keyword.other.closing.cable' },
        '2': { name: 'punctuation.terminator.cable' },
        '3': { name: 'entity.name.function.signature.cable' },
        '4': { patterns: [{ include: '#editorial-bracket' }] },
        '5': { name: 'punctuation.terminator.cable' },
      },
    },

    action: {
      comment:
        'An action line: `Confirm receipt.`, `Telegraph the fulfillment.`, `Immediately telegraph the fulfillment.`, ' +
        '`Telegraph when this is done.`, `Paragraph: Confirm delivery to the addressee`, `I ask for corresponding orders.`.',
      match: `(?:^|\\G)\\s*(${alt(
        'Confirm\\s+(?:receipt|delivery(?:\\s+to\\s+the\\s+addressee)?)',
        '(?:Immediately\\s+)?[Tt]elegraph\\s+(?:the\\s+fulfil?lment|when\\s+this\\s+is\\s+done)',
        'Paragraph:\\s+Confirm\\s+delivery\\s+to\\s+the\\s+addressee',
        'I\\s+ask\\s+for\\s+corresponding\\s+orders',
      )})(\\.)?`,
      captures: {
        '1': { name: 'keyword.other.action.cable' },
        '2': { name: 'punctuation.terminator.cable' },
      },
    },

    signature: {
      patterns: [
        {
          comment: "The editor's mark of a signature before the name it stands for: `[signature] SHTYKOV`, `[signature] Shtykov`.",
          match: `^\\s*(\\[signature\\])\\s+(${CAPS_NAME}|${TITLE_NAME})(${GLOSS})?(\\.)?\\s*$`,
          name: 'meta.signature.cable',
          captures: {
            '1': { patterns: [{ include: '#editorial-bracket' }] },
            '2': { name: 'entity.name.function.signature.cable' },
            '3': { patterns: [{ include: '#editorial-bracket' }] },
            '4': { name: 'punctuation.terminator.cable' },
          },
        },
        {
          comment:
            'An UPPER-CASE signature line, perhaps after an outgoing number and with a date: `ROSHCHIN`, ' +
            '`MAO ZEDONG 0530 18 October"`, `FILIPPOV [Stalin].`, `No. 22 T. SHTYKOV`, `No. 21 - TEREBIN - 9 February`, ' +
            '`Nº 312 KOVALEV, 18 November`, `4.XII.51 GROMYKO`.',
          match:
            `^\\s*(?:(${NUMERO})\\s*(${REFNUM})\\s*[-–]?\\s*|(${DATE_BEFORE_SIGNATURE})\\s+)?(${CAPS_NAME})(${GLOSS})?(\\.)?` +
            `(?:(\\s*,\\s*|\\s+[-–]\\s+|\\s+)(${SIGNATURE_DATE}))?${LINE_END_AFTER_SIGNATURE}`,
          name: 'meta.signature.cable',
          captures: {
            '1': { name: 'keyword.other.numero.cable' },
            '2': { name: 'constant.numeric.reference.cable' },
            '3': { patterns: [{ include: '#datetime' }] },
            '4': { name: 'entity.name.function.signature.cable' },
            '5': { patterns: [{ include: '#editorial-bracket' }] },
            '6': { name: 'punctuation.terminator.cable' },
            '8': { patterns: [{ include: '#datetime' }] },
          },
        },
        {
          comment: 'A letter-spaced signature: `S H T Y K O V`.',
          match: '^\\s*([A-Z](?: [A-Z]){3,})\\.?\\s*$',
          captures: { '1': { name: 'entity.name.function.signature.spaced.cable' } },
        },
        {
          comment:
            'A normal-case signature: with a period or a gloss (`Terebin.`, `Mao Zedong.`, `Filippov [Stalin].”`), ' +
            'after a date (`27.III.50 Shtykov`, `11/5-50. Roshchin`), before a date (`Mao Zedong December 9 Printed from manuscript.`), ' +
            'or two or three capitalised words alone (`Peng Dehuai`, `Kim Il Sung`).',
          match:
            `^\\s*(?:(${DATE_BEFORE_SIGNATURE})\\s+(${TITLE_NAME})(${GLOSS})?(\\.)?|(${TITLE_NAME})(?:(${GLOSS})(\\.)?|(\\.)|\\s+(${SIGNATURE_DATE}))|(${TITLE_NAME_MULTI}))` +
            `(?=\\s*["”]?\\s*$|\\s+Printed\\s+from\\b)`,
          name: 'meta.signature.cable',
          captures: {
            '1': { patterns: [{ include: '#datetime' }] },
            '2': { name: 'entity.name.function.signature.cable' },
            '3': { patterns: [{ include: '#editorial-bracket' }] },
            '4': { name: 'punctuation.terminator.cable' },
            '5': { name: 'entity.name.function.signature.cable' },
            '6': { patterns: [{ include: '#editorial-bracket' }] },
            '7': { name: 'punctuation.terminator.cable' },
            '8': { name: 'punctuation.terminator.cable' },
            '9': { patterns: [{ include: '#datetime' }] },
            '10': { name: 'entity.name.function.signature.cable' },
          },
        },
        {
          comment: 'A described signature: `(Signed as Chairman of … and dated)`, `(Signed and dated in [city])`.',
          match: '(\\()(Signed\\b[^()]*)(\\))',
          captures: {
            '1': { name: 'punctuation.definition.signature.begin.cable' },
            '2': { name: 'entity.name.function.signature.described.cable', patterns: [{ include: '#editorial-bracket' }] },
            '3': { name: 'punctuation.definition.signature.end.cable' },
          },
        },
      ],
    },

    distribution: {
      comment: 'Distribution list words: `Copy N° 2`, `Copies: Stalin (2), Molotov`, `Distribution list - 9 copies:`.',
      patterns: [
        { include: '#copy' },
        {
          comment:
            'A distribution list line and the names on it: `Copies: Stalin (2), Molotov, Malenkov`, ' +
            '`Distribution list - 9 copies: Stalin - 2, Molotov - 1`.',
          name: 'meta.distribution.cable',
          begin: '^\\s*(Distribution\\s+list|Copies)\\b(:)?',
          beginCaptures: {
            '1': { name: 'keyword.other.distribution.cable' },
            '2': { name: 'punctuation.separator.key-value.cable' },
          },
          end: '$',
          patterns: [
            { include: '#person' },
            {
              comment: 'A copy count: `9 copies` in `Distribution list - 9 copies:`.',
              match: '\\b(\\d+)\\s+(copies)\\b',
              captures: {
                '1': { name: 'constant.numeric.count.cable' },
                '2': { name: 'keyword.other.distribution.cable' },
              },
            },
            { comment: 'A recipient: `Stalin`, `Molotov`.', match: "\\b[A-Z][a-z’'-]+\\b", name: 'variable.other.person.cable' },
          ],
        },
      ],
    },
    copy: {
      comment: 'The word `Copy` before its number: `Copy N° 2`, `Copy Nº 1 to Cde. Stalin`, `Copy 1 - Stalin`.',
      match: `\\b(Copy|copy|COPY)\\b(?=\\s*(?:${NUMERO}|\\d))`,
      name: 'keyword.other.distribution.cable',
    },

    // ---------------------------------------------------------------------------------------------
    // Inline material: everything that can sit anywhere in running text

    body: {
      patterns: [
        { include: '#editorial-bracket' },
        { include: '#footnote-marker' },
        { include: '#provenance' },
        { include: '#reference-number' },
        { include: '#datetime' },
        { include: '#classification' },
        { include: '#institution' },
        { include: '#person' },
        { include: '#parenthesised-signature' },
        { include: '#inline-quote' },
      ],
    },

    provenance: {
      comment: 'A provenance note (not a footer line): `Printed from manuscript.` in `Mao Zedong December 9 Printed from manuscript.`.',
      match: '\\bPrinted\\s+from\\s+(?:the\\s+)?(?:manuscript|original)\\.?',
      name: 'comment.line.provenance.cable',
    },

    'reference-number': {
      comment:
        'A number sign and registration number: `N° 5205`, `Nº 2481`, `№ 3007`, `No. 1522/sh`, `#2231/sh`, ' +
        '`NºNº 1-3`, `No. 81/III`, `Nº [handwritten: …]` (sign alone).',
      match: `(${NUMERO})(?:\\s*(${REFNUM}))?`,
      captures: {
        '1': { name: 'keyword.other.numero.cable' },
        '2': { name: 'constant.numeric.reference.cable' },
      },
    },

    person: {
      patterns: [
        {
          comment:
            'A plural honorific and its list of names: `Cdes. Kim Il Sung and Peng Dehuai`, `Cmrds Malenkov, Vyshinsky`, ' +
            '`Comrades Zhu [De], Liu [Shaoqi]`.',
          match:
            `(?<![\\w])(${alt('Cdes\\.', 'Comrades\\b', 'COMRADES\\b', 'Cmrds\\.?')})\\s+` +
            `(${PERSON}(?:${GLOSS})?(?:(?:\\s*,\\s*|\\s+and\\s+)${PERSON}(?:${GLOSS})?)*)`,
          captures: {
            '1': { name: 'support.type.honorific.cable' },
            '2': { patterns: [{ include: '#editorial-bracket' }, { include: '#person-name' }] },
          },
        },
        {
          comment: 'An honorific and the name after it: `Cde. Li Kenong`, `Comrade FILIPPOV`, `Com[rade] Kim`, `to Cde. I. V. STALIN`.',
          match: `(?<![\\w])(${HONORIFIC})(?:\\s+(${PERSON}))?`,
          captures: {
            '1': { name: 'support.type.honorific.cable' },
            '2': { name: 'variable.other.person.cable', patterns: [{ include: '#partial-reading' }] },
          },
        },
        {
          comment: 'A title and the name after it: `Chairman Mao`, `Ambassador Ni`, `Premier Kim`, `the Chairman [Mao]`.',
          match: `\\b(${TITLE})\\b(?:\\s+(?!Staff\\b|Department\\b|of\\b)([A-Z][a-z’'-]+(?:\\s+[A-Z][a-z’'-]+)?))?`,
          captures: {
            '1': { name: 'support.type.title.cable' },
            '2': { name: 'variable.other.person.cable' },
          },
        },
      ],
    },

    'person-name': {
      comment: 'A bare name inside a name list: `Malenkov` in `Cmrds Malenkov, Vyshinsky`.',
      match: `${PERSON}`,
      name: 'variable.other.person.cable',
      captures: { '0': { patterns: [{ include: '#partial-reading' }] } },
    },

    'parenthesised-signature': {
      comment: 'A signature in parentheses: `(A. Gromyko)`, `(A. Name) (B. Name)`.',
      match: "(\\()((?:[A-Z]\\.\\s?)+[A-Z][A-Za-z’'-]+)(\\))",
      captures: {
        '1': { name: 'punctuation.definition.signature.begin.cable' },
        '2': { name: 'entity.name.function.signature.cable' },
        '3': { name: 'punctuation.definition.signature.end.cable' },
      },
    },

    'inline-quote': {
      patterns: [
        {
          comment: 'A quotation closed on the same line (reported speech, a phrase): `exclaimed “...”`, `be "sent as it stands."`.',
          match: '(“)[^“”]*(”)',
          name: 'string.quoted.double.cable',
          captures: {
            '1': { name: 'punctuation.definition.string.begin.cable' },
            '2': { name: 'punctuation.definition.string.end.cable' },
          },
        },
        {
          comment: 'The same with straight quotes: `be "sent as it stands."`.',
          match: '(")[^"]*(")',
          name: 'string.quoted.double.cable',
          captures: {
            '1': { name: 'punctuation.definition.string.begin.cable' },
            '2': { name: 'punctuation.definition.string.end.cable' },
          },
        },
      ],
    },

    'footnote-marker': {
      patterns: [
        {
          comment: 'A footnote marker: `[1]`, glued `Parallel[1]`, `attached.[2]`, `:[1]`.',
          match: '(\\[)(\\d{1,3})(\\])',
          captures: {
            '1': { name: 'punctuation.definition.footnote.begin.cable' },
            '2': { name: 'markup.underline.link.footnote.cable' },
            '3': { name: 'punctuation.definition.footnote.end.cable' },
          },
        },
        {
          comment: 'The `x/` footnote marker, also glued after a period: `[Stalin].x/`.',
          match: '(?<=[.\\]\\s])x/(?=\\s|$)',
          name: 'markup.underline.link.footnote.cable',
        },
      ],
    },

    'partial-reading': {
      comment: 'A partial reading glued to a word: `Sadov[in]`, `Kar[pov]`, `Com[rade]`.',
      match: '(?<=[A-Za-z])(\\[)([a-z]{1,12})(\\])',
      name: 'meta.bracket.editorial.partial-reading.cable',
      captures: {
        '1': BRACKET_OPEN,
        '2': { name: 'markup.inserted.partial-reading.cable' },
        '3': BRACKET_CLOSE,
      },
    },

    // ---------------------------------------------------------------------------------------------
    // Editorial brackets (§8), by kind. Order matters: the first that matches at a `[` wins.

    'editorial-bracket': {
      patterns: [
        { include: '#stamp' },
        {
          comment:
            'A note, with nested brackets and quotes: `[Translator’s note: ...]`, `[trans. note-- literally “... [he] will ...”]`, ' +
            '`[Ed. note: ...]`, `[Source: ...]`, `[ Source: ... .]`. Confined to its line.',
          name: 'meta.bracket.editorial.note.cable',
          contentName: 'comment.block.note.cable',
          begin: `(\\[)\\s*((?i:${alt("translator[’']?s\\s+note", 'trans(?:lator)?\\.?\\s+note', "ed(?:itor)?(?:[’']s)?\\.?\\s+note", 'note', 'source', 'editor[’\']s\\s+comment')})\\b)\\s*(:|--|—|-)?`,
          beginCaptures: {
            '1': BRACKET_OPEN,
            '2': { name: 'keyword.other.note.cable' },
            '3': { name: 'punctuation.separator.key-value.cable' },
          },
          end: '(\\])|$',
          endCaptures: { '1': BRACKET_CLOSE },
          patterns: [{ include: '#nested-bracket' }, { include: '#inline-quote' }],
        },
        {
          comment: 'A handwritten insertion: `[handwritten: to Cde. Poskrebyshev]`, `[handwritten:]`.',
          name: 'meta.bracket.editorial.handwritten.cable',
          contentName: 'comment.block.handwritten.cable',
          begin: '(\\[)\\s*((?i:handwritten))\\s*(:)?',
          beginCaptures: {
            '1': BRACKET_OPEN,
            '2': { name: 'keyword.other.handwritten.cable' },
            '3': { name: 'punctuation.separator.key-value.cable' },
          },
          end: '(\\])|$',
          endCaptures: { '1': BRACKET_CLOSE },
          patterns: [{ include: '#nested-bracket' }],
        },
        {
          comment: 'A signature mark, and the name in parentheses after it: `[signature] (Makarov)`.',
          match: "(\\[)((?i:signature|signed|seal|illegible))(\\])(?:\\s*(\\()([A-Z][A-Za-z.’' -]*)(\\)))?",
          name: 'meta.bracket.editorial.physical.cable',
          captures: {
            '1': BRACKET_OPEN,
            '2': { name: 'comment.block.physical.cable' },
            '3': BRACKET_CLOSE,
            '4': { name: 'punctuation.definition.signature.begin.cable' },
            '5': { name: 'entity.name.function.signature.cable' },
            '6': { name: 'punctuation.definition.signature.end.cable' },
          },
        },
        {
          comment: 'An attachment mark: `[Attachment]`, `[Attachment to the Decision of the Politburo #91 regarding #204]`.',
          name: 'meta.bracket.editorial.physical.cable',
          contentName: 'comment.block.physical.cable',
          begin: '(\\[)(?=\\s*(?i:attachment)\\b)',
          beginCaptures: { '1': BRACKET_OPEN },
          end: '(\\])|$',
          endCaptures: { '1': BRACKET_CLOSE },
          patterns: [{ include: '#reference-number' }, { include: '#nested-bracket' }],
        },
        {
          comment: 'Doubt: `[SIC]`, `[sic]`, `[sic!]`, `[?]`.',
          match: '(\\[)((?i:sic)!?|\\?)(\\])',
          name: 'meta.bracket.editorial.doubt.cable',
          captures: { '1': BRACKET_OPEN, '2': { name: 'comment.block.doubt.cable' }, '3': BRACKET_CLOSE },
        },
        {
          comment: 'An elision: `[...]`, `[…]`, malformed `[...[`.',
          match: '(\\[)\\s*(\\.{3}|…)\\s*([\\]\\[])',
          name: 'meta.bracket.editorial.elision.cable',
          captures: { '1': BRACKET_OPEN, '2': { name: 'comment.block.elision.cable' }, '3': BRACKET_CLOSE },
        },
        { include: '#footnote-marker' },
        {
          comment: 'A date supplied by the editor: `October 6 [1950]`, `[October] 3`, `[18 December]`, `[9 March]`.',
          match: `(\\[)(${alt(`${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`, `${MONTH}(?:\\s+${DAY}(?:,\\s*${YEAR})?)?`, YEAR)})(\\])`,
          name: 'meta.bracket.editorial.supplied-date.cable',
          captures: { '1': BRACKET_OPEN, '2': { name: 'constant.numeric.date.cable' }, '3': BRACKET_CLOSE },
        },
        { include: '#partial-reading' },
        {
          comment: 'A pseudonym gloss: `FILIPPOV [Stalin]`, `FENG XI [STALIN]`, `FENG XI [FYN SI; Stalin]`.',
          match: "(\\[)((?:[^\\[\\];]*;\\s*)?(?:Stalin|STALIN|Shtykov|SHTYKOV|Zakharov|ZAKHAROV|Orlov|ORLOV|I\\.\\s?V\\.\\s?Stalin))(\\])",
          name: 'meta.bracket.editorial.gloss.pseudonym.cable',
          captures: {
            '1': BRACKET_OPEN,
            '2': { name: 'variable.other.gloss.pseudonym.cable' },
            '3': BRACKET_CLOSE,
          },
        },
        {
          comment:
            'A name, place or role gloss (every word capitalised): `[Zedong]`, `[BEIJING]`, `[Hamonten]`, `[Pak Hon Yong]`, ' +
            '`[Foreign Minister]`.',
          match: "(\\[)([A-Z][\\w’'.-]*(?:[ ,;-]+(?:[A-Z\\d][\\w’'.-]*|of|the|and)){0,5})(\\])",
          name: 'meta.bracket.editorial.gloss.cable',
          captures: { '1': BRACKET_OPEN, '2': { name: 'variable.other.gloss.cable' }, '3': BRACKET_CLOSE },
        },
        {
          comment: 'A supplied word or transliteration: `[your]`, `[telegram]`, `[pristupit k obiednineniiu]`.',
          match: '(\\[)([a-z][^\\[\\]]*)(\\])',
          name: 'meta.bracket.editorial.supplied.cable',
          captures: { '1': BRACKET_OPEN, '2': { name: 'markup.inserted.supplied.cable' }, '3': BRACKET_CLOSE },
        },
        {
          comment:
            'Any other editorial bracket, e.g. a summary standing in for a list item: `2. [This point concerned ...]`; ' +
            'nested brackets are matched; confined to its line.',
          name: 'meta.bracket.editorial.cable',
          contentName: 'comment.block.editorial.cable',
          begin: '(\\[)',
          beginCaptures: { '1': BRACKET_OPEN },
          end: '(\\])|$',
          endCaptures: { '1': BRACKET_CLOSE },
          patterns: [{ include: '#nested-bracket' }, { include: '#datetime' }, { include: '#inline-quote' }],
        },
      ],
    },
    'nested-bracket': {
      comment: 'A bracket inside a note: `[he]` in `[trans. note-- literally “... [he] will ...”]`.',
      begin: '\\[',
      end: '\\]|$',
      patterns: [{ include: '#nested-bracket' }],
    },

    // ---------------------------------------------------------------------------------------------
    // Dates and times (§3). Not dates: `MIG-15`, `TU-2`, `1,000 tons`, `38th Parallel`, `150-250 pilots`, `for 3 days`.

    datetime: {
      patterns: [
        {
          comment: 'A 24-hour time without colon before a date: `1135` in `received at 1135 19 October 1951`, `0530 18 October`.',
          match: `${TIME4}(?=\\s+${DAY}\\s+${MONTH})`,
          name: 'constant.numeric.time.cable',
        },
        {
          comment: 'A 24-hour time without colon before a month-first date: `0300, October 8`.',
          match: `${TIME4}(?=,?\\s+${MONTH}\\s+${DAY}(?!\\d))`,
          name: 'constant.numeric.time.cable',
        },
        {
          comment: 'A 24-hour time without colon after `at`: `At 2140 I received`, `at 1510 18 November`.',
          match: `(?<=\\b[Aa]t\\s)${TIME4}`,
          name: 'constant.numeric.time.cable',
        },
        {
          comment: 'A date followed by a dot-separated time: `9 October 1950   14.35`.',
          match: `(?<![\\w.])(${DAY}\\s+${MONTH}\\s+${YEAR})\\s+((?:2[0-3]|[01]\\d)\\.${MINUTE})(?![\\d.])`,
          captures: {
            '1': { name: 'constant.numeric.date.cable' },
            '2': { name: 'constant.numeric.time.cable' },
          },
        },
        {
          comment: 'A colon time, 12- or 24-hour, or a range: `16:40`, `3:25 am`, `02:40 a.m.`, `14:10 p.m.`, `3:48-18:10`.',
          match: TIME_COLON,
          name: 'constant.numeric.time.cable',
        },
        {
          comment: 'A time in words: `21 hours 40 minutes`, `at 22 hours 15 minutes`, `21 hours 40` (split line).',
          match: `(?<![\\w.,])${HOUR}\\s+hours(?:\\s+${MINUTE}|\\s+\\d)(?:\\s+minutes)?\\b|(?<![\\w.,])${HOUR}\\s+hours(?=\\s*$)`,
          name: 'constant.numeric.time.cable',
        },
        {
          comment: 'Day month [year], also a day range: `19 October 1951`, `6 May`, `22 May 1950`, `2-4 December`.',
          match: `(?<![\\w.,/])${DAY}(?:[-–]${DAY})?\\s+${MONTH}(?:,?\\s+${YEAR}(?!\\d))?`,
          name: 'constant.numeric.date.cable',
        },
        {
          comment: 'Month day[, year]: `February 3, 1950`, `Jan 7 1950`, `October 6`, `The September 28 telegram`.',
          match: `\\b${MONTH}\\s+${DAY}(?:st|nd|rd|th)?(?![\\w,.:]\\d|\\w)(?:,?\\s+${YEAR}(?!\\d))?`,
          name: 'constant.numeric.date.cable',
        },
        {
          comment: 'Month and year: `May 1950`.',
          match: `\\b${MONTH}\\s+${YEAR}(?!\\d)`,
          name: 'constant.numeric.date.cable',
        },
        {
          comment: 'Dotted dates: `27.7.51`, `3.4.51`, `19.1.1951`, `27.July.1951`, `19.XII.1947`, `4.XII.51`, `3.9.50`.',
          match: `(?<![\\w.])${DAY}\\.${alt(MONTH_BARE, ROMAN_MONTH, MONTH_NUM)}\\.${YEAR_ANY}(?![\\w]|\\.\\d)`,
          name: 'constant.numeric.date.cable',
        },
        {
          comment: 'A day.month with no year before a time: `Received 3.9 18:46`, `25.11 3:48-18:10`, `Deciphered by X 3.9 20:10`.',
          match: `(?<![\\d.])${DAY}\\.${MONTH_NUM}(?=\\s+${TIME_COLON})`,
          name: 'constant.numeric.date.cable',
        },
        {
          comment: 'Roman-numeral month without a year: `4.XII`.',
          match: `(?<![\\w.])${DAY}\\.${ROMAN_MONTH}(?![\\w.]|\\.\\w)`,
          name: 'constant.numeric.date.cable',
        },
        {
          comment: 'Slash dates: `10/21/50`, `07/10/50`, `12/11/50`, and `11/5-50`.',
          match: `(?<![\\w/])${alt('[01]?\\d/[0-3]?\\d/(?:1[89]\\d\\d|\\d\\d)', '[0-3]?\\d/[01]?\\d-\\d\\d')}(?![\\w/])`,
          name: 'constant.numeric.date.cable',
        },
        {
          comment: 'Chinese dates: `十月七日`, `一九五0年十月七日` (a Latin 0 among Chinese numerals).',
          match: '(?:[〇零一二三四五六七八九0]{4}年)?[一二三四五六七八九十]{1,3}月[一二三四五六七八九十廿卅]{1,3}日',
          name: 'constant.numeric.date.chinese.cable',
        },
        {
          comment: 'A named time zone: `Beijing time`, `Moscow time`, `local time`.',
          match: '\\b(?:Beijing|Peking|Moscow|Pyongyang|Tokyo|local)\\s+time\\b',
          name: 'support.constant.timezone.cable',
        },
      ],
    },
  },
};

export default grammar;
