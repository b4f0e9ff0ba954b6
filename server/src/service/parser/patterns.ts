/**
 * The vocabulary of the cable format as regular expressions, one place for all of them.
 * Each pattern is anchored and applied to one trimmed line (or a piece of one), so the
 * parser stays linear in the length of the text.
 */

import { allMonthAbbreviations, alternation, HOUR_BRANCH, HOUR_BRANCH_PINYIN, monthNames, RHYME_CHARACTER, RHYME_PINYIN, ROMAN_NUMERAL, RUSSIAN_PAIR_INITIAL, weekdayWords } from '../vocabulary';
import { isDigit } from '../chars';

/**
 * A quick test of a line's first character before an anchored pattern: `startsWith(SEPARATOR_START)`
 * is false for a line whose first character is ASCII and none of those the pattern can begin with.
 * A line starting with any other character (`“`, `№`, `—`, a Unicode space) is left to the pattern.
 */
export class FirstChars {
  private readonly ascii = new Uint8Array(128);

  constructor(chars: string) {
    for (let k = 0; k < chars.length; k++) {
      const c = chars.charCodeAt(k);
      if (c < 128) this.ascii[c] = 1;
    }
  }

  /** Whether `s` may match: it is not empty and its first character is not ruled out. */
  start(s: string): boolean {
    if (s.length === 0) return false;
    const c = s.charCodeAt(0);
    return c > 0x7f || this.ascii[c] === 1;
  }
}

const DIGITS = '0123456789';
/** ASCII characters `\s` matches that a trimmed line may still start with. */
const ASCII_SPACES = '\t\n\v\f\r ';

/** A quote mark that may open a line of a quoted text: straight, curly, low, guillemet, single (`"`, `“`, `„`, `«`, `‘`, `'`). */
const QUOTE_MARK = String.raw`["“„«‘']`;
/** An optional opening quote mark at a line's start (`QUOTE_MARK`): the patterns of a quoted telegram's first line read through it. */
export const OPENING_MARK = `${QUOTE_MARK}?`;

/** Number signs: `N°` (degree sign), `Nº` (U+00BA), `№` (U+2116), `No.`, `no.`, `#`, plural `NºNº`. */
export const SIGN = String.raw`(?:N[°ºo]N[°ºo]\.?|№№|N[°º]|№|No\.|no\.|NO\.|No(?=\s*\d)|#)`;
/** A document or registration number: `25025`, `1522/sh`, `81/III`, `5/8124`, `P91/204`, `600512/sh`. */
export const NUMBER = String.raw`[A-Za-z]{0,3}\d[\w/\-]*`;

/** Month names, abbreviations and Roman months from the shared vocabulary (the date scanner and the grammar read the same). */
export const MONTH_NAMES = alternation(monthNames);
export const MONTH = String.raw`(?:${MONTH_NAMES}|${alternation(allMonthAbbreviations)})\.?`;
const ROMAN = `(?:${ROMAN_NUMERAL})`;

/**
 * A date or time expression as it appears in routing, footer and signature lines, loose enough
 * for the outline: `1135 19 October 1951`, `16:40 23 November 1949`, `21:15 27.July.1951`,
 * `3:25 am, 22 May 1950`, `10/21/50 at 02:40 a.m.`, `3.9.50 14:08`, `25.11 3:48-18:10`,
 * `4.XII.1951`, `21 hours 40 minutes, 19.1.1951`, `February 3, 1950`, and an impossible one
 * (`13.13.51`). The chronology layer interprets it (and reports what cannot be); the parser only
 * needs its extent.
 */
/**
 * Four digits right after a month's name (`18 October 1950`), or after its day (`October 18, 1950`), are its year, never a clock (`1950`
 * hours): read either way, a line of many dates (`18 October 1950, 18 October 1950, ...`) that the
 * pattern then fails to end could be split in twice as many ways for each date.
 * The clock's first digit (`[0-2]`, which always follows) is checked before the look back: without it
 * the look back over the month names ran at every position a scan for a date tried.
 */
const NOT_A_YEAR = String.raw`(?=[0-2])(?<!\b${MONTH},?\s{1,3}|\b${MONTH}\s{1,3}\d{1,2}(?:st|nd|rd|th)?,\s{1,3})`;
/** A clock written other than as four bare digits: `14:08`, `3:25 am`, `21 hours 40 minutes`, `21 h. 40 m.`. */
const SPELLED_TIME = String.raw`(?:\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?(?:\s+hours\b|\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*(?:[ap]\.\s?m\.|[ap]m\b)|\d{1,2}\s+hours(?:\s+\d{1,2}(?:\s+(?:minutes|min\.?))?)?|\d{1,2}\s+h\.\s*\d{1,2}\s+m\.)`;
/** A clock opening a date expression: also four bare digits, when more of the date follows (`1135 19 October`, `2000 hours, October 23`). */
const TIME = String.raw`(?:${SPELLED_TIME}|${NOT_A_YEAR}[0-2]\d[0-5]\d(?:\s+hours)?(?=,?\s+(?:\d|hours|on|${MONTH})))`;
const MONTH_NUMBER = '(?:1[0-2]|0?[1-9])(?!\\d)';
const ORDINAL = '(?:st|nd|rd|th)?';
const DAY_MONTH = String.raw`(?:\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?(?!\d)|\d{1,2}${ORDINAL}(?:\s*-\s*\d{1,2}${ORDINAL})?\s+(?:of\s+)?${MONTH}(?:,?\s+(?:\d{4}(?!\s+hours\b)|\d{2}(?![\d:.]|\s+h)))?|\d{1,2}[/-]${ROMAN}[./-]\d{2,4}|${MONTH}\s+\d{1,2}${ORDINAL}(?:,?\s+\d{4}(?!\s+hours\b))?|\d{1,2}\.(?:${ROMAN}|${MONTH_NUMBER})(?:\.\d{2,4})?(?!\d)|\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d)|\d{1,2}\.(?:${MONTH_NAMES})\.\d{2,4}|\d{1,2}\/\d{1,2}(?:[\/-]\d{2,4})?|\d{1,2}\/\d{1,2}-\d{2})`;
/**
 * Four digits after a date's first part: a clock with `hours` after it wherever it stands (`October 23, 2000 hours`,
 * `July 1, 1951, 2300 hours`, the closing of Chinese editions), else a clock only where they cannot be the date's year.
 * The two readings exclude each other, as the date's year excludes `hours` after it; and four digits after a date's
 * first part are read only here, so a line of them (`0530 1100 0530 ...`) has one reading, not two for each.
 */
const CLOCK_AFTER_DATE = String.raw`(?:[0-2]\d[0-5]\d\s+hours\b|${NOT_A_YEAR}[0-2]\d[0-5]\d(?!\d|\s+hours\b))`;
const CLOCK = String.raw`(?:Moscow|Beijing|Peking|Pyongyang|local)\s+time`;
/** Whose clock a date closes with, bare or in parentheses: `... 21 August Beijing time`, `0300, August 21 (Beijing time)`. */
const CLOCK_AFTER = String.raw`(?:${CLOCK}|\(${CLOCK}\))`;
const WEEKDAY = `(?:${alternation(weekdayWords)})`;
// `16:20 Wednesday, 25 October 1950`: a weekday may stand before a later part's date
const WEEKDAY_BEFORE = String.raw`(?:${WEEKDAY},?\s+)?`;
/** A clock in parentheses beside its date: `(22:00)` in `Received (22:00) 14 October 1950`, `(22.00)` in `Sent 14.10.50 (22.00)`. */
const CLOCK_IN_PARENS = String.raw`\(\d{1,2}[:.]\d{2}\)`;
export const WHEN = String.raw`(?:(?:${DAY_MONTH}|${TIME}|${CLOCK_IN_PARENS}(?=\s+\d))(?:[\s,]+(?:at\s+|on\s+)?(?:${WEEKDAY_BEFORE}${DAY_MONTH}|${SPELLED_TIME}|${CLOCK_AFTER_DATE}|${CLOCK_IN_PARENS}|minutes|${CLOCK}(?=[\s,]+\d)))*(?:\s+${CLOCK_AFTER})?)`;
/**
 * The first character of every `WHEN`: a digit, the `(` of a clock in parentheses, or a month's capital
 * (`October 19`). A scan for a date (`WHEN_RE`) tries only where one stands: the pattern alone, having no
 * literal start, ran its alternatives at every position of the line (a call took 1.8 times as long).
 */
export const WHEN_START = `(?=[0-9(${[...new Set([...monthNames, ...allMonthAbbreviations].map(m => m[0]))].join('')}])`;
export const WHEN_RE = new RegExp(WHEN_START + WHEN, 'g');

/** An addressee line to one comrade, as a note to several leaders stacks them: `To Comrade STALIN I.V.`, `TO CDE. MOLOTOV`. */
export const TO_COMRADE = /^(?:To|TO)\s+(?:Cde\.|Comrade|Comr\.|Com\.|Com\[rade\]|COMRADE|CDE\.)\s*/;
/**
 * A rank of several words, which stands before a name as an honorific does: `To Marshal of the Soviet Union VASILEVSKY.`
 * (read as `Marshal` alone, its `of the Soviet Union` ended the name before it began).
 */
const RANK_OF = String.raw`Marshal of the Soviet Union|MARSHAL OF THE SOVIET UNION|General of the Army|GENERAL OF THE ARMY`;
export const HONORIFIC = String.raw`(?:${RANK_OF}|Cdes?\.|Comrades?|comrades?|COMRADES?|Comr\.|Com\.|Com\[rade\]|Cmrds?\.?|Cde|Mr\.|Gen\.|Generalissimo|GENERALISSIMO|Marshal|General|Chairman|Ambassador|Premier|Minister)`;

// ---------------------------------------------------------------- header lines

/** A record of a conversation heading its text: `RECORD OF CONVERSATION`, `Memorandum of Conversation`, `Notes of the Conversation`, `Minutes of the Talks`. */
const CONVERSATION_RECORD = String.raw`(?:RECORD|Record|MEMORANDUM|Memorandum|MINUTES|Minutes|TRANSCRIPT|Transcript|NOTES|Notes)\s+(?:OF|of)\s+(?:(?:A|THE|a|the)\s+)?(?:CONVERSATION|[Cc]onversation|TALKS|[Tt]alks)`;
export const CONVERSATION_HEADING = new RegExp(String.raw`^${CONVERSATION_RECORD}\b`);
/** A numbered report heading its paper, only with its number: `SUMMARY No. 174 OF RADIO INTERCEPTS`, `REPORT No. 12`, `INFORMATION No. 3`, `Special report No. 0318`, `Memorandum No. 12`. */
const REPORT_WORDS = String.raw`(?:(?:SPECIAL |INTELLIGENCE )?(?:SUMMARY|REPORT|INFORMATION|BULLETIN|MEMORANDUM|LETTER)|(?:Special |Intelligence )?(?:[Ss]ummary|[Rr]eport|[Ii]nformation|[Bb]ulletin)|Summary|Report|Information|Bulletin|Memorandum|Letter)`;
const NUMBERED_REPORT = String.raw`${REPORT_WORDS}(?=\s*(?:No\.|N[°º]|№|#)\s*\d)`;
/** A government's act heading its paper, only with its number: `RESOLUTION No. 858-372ss`, `Decree No. 1234`, `ORDER No. 0012`. */
const ACT_WORDS = String.raw`(?:RESOLUTION|Resolution|DECREE|Decree|ORDER|Order|DIRECTIVE|Directive)`;
const NUMBERED_ACT = String.raw`${ACT_WORDS}(?=\s*(?:No\.|N[°º]|№|#)\s*\d)`;
/**
 * A government's act heading its paper with the body that passed it, perhaps its number after:
 * `RESOLUTION OF THE USSR COUNCIL OF MINISTERS`, `Resolution of the Council of Ministers of the USSR No. 858-372ss`
 * (`body` is tested as an institution by the caller; a party organ's decision is `BODY_DECISION`'s).
 */
export const ACT_OF_BODY = new RegExp(String.raw`^(?<label>${ACT_WORDS})\s+(?:of|OF)\s+(?:the\s+|THE\s+)?(?<body>[^\s.:;!?#№][^.:;!?#№]*?)(?:\s+(?:${SIGN})\s*(?<number>${NUMBER}))?\.?$`);
/** The type words of a government's act (`RESOLUTION`): the act is named by the body that passed it and records a decision. */
export const ACT_LABEL = new RegExp(String.raw`^${ACT_WORDS}$`);
export const REPORT_LABEL = new RegExp(String.raw`^${REPORT_WORDS}$`);
/**
 * The ministry (or its department, or a committee) a memorandum's heading names after its kind: ` of the Ministry of
 * Foreign Affairs of the USSR`, ` OF THE MFA USSR`, ` of the Far Eastern Department of the MFA USSR`, ` of the Committee of Information`.
 */
const MEMORANDUM_BY = String.raw`\s+(?:of|OF)\s+(?:the\s+|THE\s+)?(?:Ministry|MINISTRY|MFA|MID|Committee|COMMITTEE|(?:[A-Z][\w-]*\s+){1,3}(?:Department|DEPARTMENT))\b`;
/**
 * A memorandum's heading naming the ministry that wrote it, and perhaps the leader it is for, on one line:
 * `MEMORANDUM of the Ministry of Foreign Affairs of the USSR to Comrade Stalin I.V.` (`to` the addressee, `name` his surname).
 */
export const MEMORANDUM_HEADING = new RegExp(String.raw`^(?:MEMORANDUM|Memorandum)(?=${MEMORANDUM_BY})(?:\s+(?:of|OF|the|THE|and|AND|for|FOR|(?!TO\b)[A-Z][\w'’().]*)){2,14}(?:\s+(?:to|TO)\s+(?<to>${HONORIFIC}\s+(?<name>(?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\w'’-]+)(?:\s+(?:[A-Z][a-z]?\.\s?){1,3})?))?\.?$`);
/**
 * A memorandum's heading naming its subject: `Memorandum on the Chinese request for trucks`, `MEMORANDUM
 * CONCERNING THE KURILE ISLANDS` (`label` the kind). A heading, not a sentence: no stop, colon or question
 * inside or at its end, only an abbreviation's or an initial's period (`on the talks with Cde. Zhou Enlai`);
 * `Memorandum on the trucks was sent to you yesterday.` is the text's.
 */
export const MEMORANDUM_SUBJECT_HEADING = /^(?<label>MEMORANDUM|Memorandum)\s+(?:on|about|concerning|regarding|ON|ABOUT|CONCERNING|REGARDING)\s+(?!.*(?:[a-z]{3}\.|[!?;:]|\.\s*$))\S.{2,150}$/;
export const DOCUMENT_TYPE = new RegExp(
  String.raw`^(?<label>(?:PRIORITY\s+)?CABLE|Cable|(?:COPY OF (?:AN )?)?(?:OUTGOING\s+|INCOMING\s+)?(?:(?:CIPHER(?:ED)?|ENCRYPTED|ENCIPHERED|CODED?)\s+)?TELEGRAM|(?:Copy of an outgoing\s+)?(?:[Cc]ipher(?:ed)?|[Ee]ncrypted|[Ee]nciphered|[Cc]oded?|[Cc]iph\.|CIPH\.)\s?(?:[Tt]elegram|TELEGRAM|[Tt]el\.)|[Cc]opy of (?:an\s+)?(?:[Oo]utgoing|[Ii]ncoming)\s+[Tt]elegram|Issuing|ISSUING|Outgoing|Incoming|${CONVERSATION_RECORD}|${NUMBERED_REPORT}|${NUMBERED_ACT}|(?:MEMORANDUM|Memorandum)(?=\.?$|${MEMORANDUM_BY}))\.?(?:\s*(?<sign>${SIGN})\s*(?<number>${NUMBER}))?\.?(?=[\s,]|$)`,
);
/** The first letters of a document's type (`CABLE`, `Ciphered telegram`, `Outgoing`, `RECORD OF CONVERSATION`, `SUMMARY No. 174`, ...). */
export const DOCUMENT_TYPE_START = new FirstChars('PCOITcRMNSBLDdEe');
/** A bare number as the document number: `No. 31877`, `# P91/204`. */
/** A Politburo protocol's number: the protocol, then the item (`P78/131`). */
export const PROTOCOL_NUMBER = String.raw`P\d{1,3}\/\d{1,4}`;
export const PROTOCOL_NUMBER_RE = new RegExp(String.raw`\b${PROTOCOL_NUMBER}\b`);
export const BARE_NUMBER = new RegExp(String.raw`^(?:(?<sign>${SIGN})\s*(?:(?<number>${NUMBER})|\[handwritten:\s*(?<handwritten>${NUMBER})\s*\])(?:\s*\[signature\])?|(?<protocol>${PROTOCOL_NUMBER}))\.?$`);
/** A number sign (`No.`, `Nº`, `#`; `№` is not ASCII) or a protocol's `P`. */
export const BARE_NUMBER_START = new FirstChars('Nn#P');

/**
 * An institution heading the paper: `MFA`, `General Staff`, the party's Central Committee by either
 * name (`VKP(b) CC`, `CPSU CC`, `CC of the CPSU`: it became the CPSU in October 1952) and its organ on
 * a line of its own (`Politburo`, `Presidium`; `Politburo Decision` is a heading, `BODY_DECISION`),
 * and the General Staff's departments by their abbreviations (`8MDGS`, `8DGS`) or names (`MAIN INTELLIGENCE DIRECTORATE
 * OF THE GENERAL STAFF ...`, `MAIN POLITICAL ADMINISTRATION OF THE RED ARMY`), and the party on its
 * letterhead (`ALL-UNION COMMUNIST PARTY (Bolsheviks). CENTRAL COMMITTEE`), and a ministry or, before March 1946,
 * a people's commissariat by its full name (`PEOPLE'S COMMISSARIAT OF FOREIGN AFFAIRS USSR`, as `NKID USSR`), and the
 * Council of Ministers with its state before or after it (`USSR COUNCIL OF MINISTERS`, `COUNCIL OF MINISTERS OF THE USSR`), and an
 * embassy of the USSR or of the states whose traffic the cables carry (`EMBASSY OF THE PEOPLE'S REPUBLIC OF CHINA IN THE USSR`).
 */
/** The institutions themselves, as `INSTITUTION` opens with them. */
const INSTITUTION_NAME =
  String.raw`(?:MFA|MID|NKID|MGB|MVD|\d+(?:MDGS|MD|DGS|UGS)|(?:ALL-UNION COMMUNIST PARTY|All-Union Communist Party)\s*\((?:Bolsheviks|BOLSHEVIKS|b)\)|COMMUNIST PARTY OF THE SOVIET UNION|Communist Party of the Soviet Union|(?:VKP\(b\)|CPSU)\s*CC|CC\s+(?:of\s+the\s+)?(?:VKP\(b\)|CPSU)|ЦК\s+(?:ВКП\(б\)|КПСС)|(?:Politburo|POLITBURO|Presidium|PRESIDIUM)(?!\s+(?:Decision|Resolution|DECISION|RESOLUTION)\b)|Tenth Department|\w+\s+Department|[A-Z]+\s+DEPARTMENT|\d+(?:st|nd|rd|th)\s+(?:(?:Main|MAIN)\s+)?(?:Department|Directorate|Administration|DEPARTMENT|DIRECTORATE|ADMINISTRATION)|(?:SECOND|FIRST|THIRD)\s+(?:MAIN\s+)?(?:ADMINISTRATION|DIRECTORATE)|(?:Second|First)\s+(?:Main\s+)?(?:Administration|Directorate)|MAIN\s+(?:(?:INTELLIGENCE|POLITICAL)\s+)?(?:ADMINISTRATION|DIRECTORATE)|Main\s+(?:(?:Intelligence|Political)\s+)?(?:Administration|Directorate)|Ministry|MINISTRY|(?:PEOPLE['’]S|People['’]s)\s+(?:COMMISSARIAT|Commissariat)|(?:War|Naval|Foreign|Military)\s+Ministry|(?:WAR|NAVAL|FOREIGN|MILITARY)\s+MINISTRY|Committee of Information|COMMITTEE OF INFORMATION|General Staff|GENERAL STAFF|(?:USSR\s+)?Council of Ministers|(?:USSR\s+)?COUNCIL OF MINISTERS|Central Committee|CENTRAL COMMITTEE|(?:Embassy|EMBASSY)\s+(?:of|OF)\s+(?:the|THE)\s+(?:USSR|Soviet Union|SOVIET UNION|People['’]s Republic of China|PEOPLE['’]S REPUBLIC OF CHINA|PRC|Democratic People['’]s Republic of Korea|DEMOCRATIC PEOPLE['’]S REPUBLIC OF KOREA|DPRK|Mongolian People['’]s Republic|MONGOLIAN PEOPLE['’]S REPUBLIC|MPR))`;
export const INSTITUTION = new RegExp(String.raw`^${INSTITUTION_NAME}(?![\w\u0400-\u04ff])[^:!?]*$`);
/** A line that opens with an institution's name (after spaces `trim` would remove): a quick test before a routing line is searched for one run into it. */
export const INSTITUTION_START = new RegExp(String.raw`^\s*${INSTITUTION_NAME}`);

/** Classification and handling phrases, and the Russian ones a translation leaves as they are (`Совершенно секретно`, `Вне очереди`); several may share a line. */
export const CLASSIFICATION = /(?:TOP SECRET|[Tt]op [Ss]ecret|STRICTLY SECRET|[Ss]trictly [Ss]ecret|SECRET|Secret|(?:Making|MAKING) (?:copies|COPIES) (?:(?:is|IS) )?(?:prohibited|forbidden|PROHIBITED|FORBIDDEN)|(?:Copying|COPYING) (?:(?:is|IS) )?(?:prohibited|forbidden|PROHIBITED|FORBIDDEN)|TOP PRIORITY|Top priority|EXTREMELY URGENT|[Ee]xtremely urgent|URGENT|Urgent|MOLNIYA(?:\s+EH)?|Molniya|BY CIPHER|By (?:cipher|CIPHER)|[Bb]y telegraph|BY TELEGRAPH|PRIORITY|SPECIAL FILE|Special [Ff]ile|SPECIAL FOLDER|Special [Ff]older|\(?Osobaya papka\)?|SPECIAL(?!\s+(?:no|No|NO)\b)|Special(?=\.?$)|PERSONAL|Personal|DRAFT(?=\.?$)|Draft(?=\.?$)|Совершенно секретно|СОВЕРШЕННО СЕКРЕТНО|Секретно|СЕКРЕТНО|Вне очереди|ВНЕ ОЧЕРЕДИ|Срочно|СРОЧНО|Молния|МОЛНИЯ|Особая папка|ОСОБАЯ ПАПКА|Лично|ЛИЧНО|Копия|КОПИЯ|(?:Cabled|Sent|Transmitted|Passed|Forwarded) by (?:VTCh|VCh|HF)(?: (?:line|telephone))?(?: to the [Ss]outh)?(?: for (?:Cde\.\s*|Comrade\s+)?[A-Z][a-z]+)?)\.?/g;
export const SPECIAL_NO = new RegExp(String.raw`(?:Special|SPECIAL)\s+(?:no\.?|No\.?|NO\.?|N[°º]|№)\s*(?<number>${NUMBER})`);
export const SERIES = /^(?:SERIES|[Ss]eries)\s*["'“‘]?[A-Za-zА-Я]["'”’]?\.?(?:\s+T\.?)?$|^T\.?$/;
/**
 * The part of a telegram sent in several, as the envelope marks it (`Part 1 of 2`, `PART II OF III`), and the
 * number of the cable it goes on from (`Continuation of No. 3153. Beginning see No. 3153/1.`), or both
 * (`Part 2 of 2. Continuation of No. 25199`): a header line, as `Series G.` is.
 */
const PART_OF = String.raw`(?:Part|PART)\s+(?:\d{1,2}|[IVX]{1,4})\s+(?:of|OF)\s+(?:\d{1,2}|[IVX]{1,4})`;
const CONTINUATION_OF = String.raw`(?:Continuation|CONTINUATION)\s+(?:of|OF)\s+(?:(?:telegram|cable|TELEGRAM|CABLE)\s+)?${SIGN}\s*${NUMBER}(?:\.?\s+(?:Beginning|BEGINNING|Start|START)\s+(?:see|SEE|in|IN)\s+${SIGN}\s*${NUMBER})?`;
export const PART_LINE = new RegExp(String.raw`^(?:${PART_OF}(?:[.,;]?\s+${CONTINUATION_OF})?|${CONTINUATION_OF})\.?$`);
/**
 * The clerk's mark where a part of a telegram sent in several breaks off, at the end of its text:
 * `(Continued in part 2)`, `[Continued in part II]`, `(To be continued)`. The text goes on in the next part.
 */
const CONTINUED_IN = String.raw`(?:(?:Continued|continued|CONTINUED)\s+(?:in|IN)\s+(?:part|PART)\s+(?:\d{1,2}|[IVX]{1,4})|To be continued|TO BE CONTINUED)\.?`;
export const CONTINUED_IN_PART = new RegExp(String.raw`^(?:\(\s*${CONTINUED_IN}\s*\)|\[\s*${CONTINUED_IN}\s*\]|${CONTINUED_IN})\.?$`);
export const PART_LINE_START = new FirstChars('PC');

/** Routing keywords that start a field inside a routing line. */
export const ROUTING_KEYWORD =
  /(?<![\w-])(?:from|FROM|From|received|Received|RECEIVED|sent|Sent|SENT|arrived|Arrived|ARRIVED|transmitted|Transmitted|TRANSMITTED|deciphered|Deciphered|DECIPHERED|(?:typed|Typed|TYPED)(?=\s+(?:by|BY)\s))\b:?/g;
/** A diary's heading over the records it holds: `From the Diary of N.V. ROSHCHIN` (no place of origin). */
export const DIARY_HEADING = /^(?:From|FROM) (?:the|THE) (?:Diary|DIARY|diary|Journal|JOURNAL|journal) (?:of|OF)\b/;
export const DIARY_HEADING_START = new FirstChars('F');
/** A diary's heading whose owner went to the next line: `From the diary of` / `N.V. ROSHCHIN`. */
export const DIARY_HEADING_ALONE = new RegExp(String.raw`${DIARY_HEADING.source}\s*$`);
/** An initial: a letter, or the two letters of one Russian letter (`Ya.` Malik, `YU.`, `Zh.`: `vocabulary.ts`), and its period. */
export const INITIAL = String.raw`(?:${RUSSIAN_PAIR_INITIAL}|[A-Z])\.`;
/** The diary's owner on the line under its heading: `N.V. ROSHCHIN`, `A. Ya. Vyshinsky`, `Ambassador N. V. Roshchin`. */
export const DIARY_OWNER = new RegExp(String.raw`^(?:(?:Ambassador|AMBASSADOR|Comrade|COMRADE)\s+)?(?:${INITIAL}\s?){0,3}[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2}$`);
/** Who attended a conversation, under its record's heading: `Present: Molotov, Vyshinsky, Shtykov.` */
export const PRESENT_LINE = /^(?:Present|PRESENT|Also present|Attending)\s*:\s*\S/;
export const PRESENT_LINE_START = new FirstChars('PA');
/**
 * Words in small letters a line of a list of those present may hold (`Counsellor of the Embassy Dai Zheng`, `the
 * interpreter Shi Zhe`, `Ignatiev, head of the mission`): offices and their bodies. Folded.
 */
const PRESENT_LIST_WORDS = new Set([
  'also', 'comrade', 'comrades', 'interpreter', 'interpreters', 'translator', 'counsellor', 'counselor', 'secretary', 'adviser', 'advisor',
  'attache', 'attaché', 'ambassador', 'minister', 'ministry', 'deputy', 'chief', 'head', 'department', 'section', 'division', 'embassy',
  'mission', 'consul', 'consulate', 'general', 'first', 'second', 'third', 'member', 'members', 'staff', 'assistant', 'officer',
  'representative', 'delegation', 'foreign', 'affairs', 'military', 'soviet', 'chinese', 'korean', 'side', 'from', 'with',
]);
/**
 * A line of the record's text, not of a list of those present above it: a word in small letters of four letters or
 * more that names no office (`Wang Jiaxiang handed over a note`, `Today at 1600 I visited ...`).
 */
export function isSentenceNotListed(line: string): boolean {
  for (const w of line.match(/(?<![\p{L}'’.-])\p{Ll}[\p{Ll}'’-]{3,}/gu) ?? []) if (!PRESENT_LIST_WORDS.has(w)) return true;
  return false;
}
/** `Present:` alone on its line, the names below it. */
export const PRESENT_HEAD = /^(?:Present|PRESENT|Also present|ALSO PRESENT|Attending|ATTENDING)\s*:\s*$/;
export const ROUTING_START = /^(?:from\b|FROM\b|From\b|Deciphered(?:\s+by\b|\s*:|\s+(?:on\s+|at\s+)?\d)|DECIPHERED(?:\s+BY\b|\s*:|\s+\d)|Typed\s+by\s+[A-Z]|TYPED\s+BY\s|received\b|Received\b|RECEIVED\b|sent\b|Sent\b|SENT\b|arrived\b|Arrived\b|transmitted\b|Transmitted\b|Destination\s*:|DESTINATION\s*:)/;

/** `Destination: PEKING To Whom: SovAmbassador`, `Destination: MOSCOW, MFA` (group `office`, reached at the place). */
export const DESTINATION_LABELLED = /^(?:Destination|DESTINATION)\s*:\s*(?<place>[^\s,]+(?:\s+[A-Z]{3,})?)(?:\s*,\s*(?<office>MFA|MID|MGB|MVD|SovAmbassador|(?:Soviet\s+|SOVIET\s+)?(?:Ambassador|AMBASSADOR)))?(?:\s+(?:To Whom|TO WHOM)\s*:\s*(?<whom>.+))?$/;
export const DESTINATION_LABELLED_START = new FirstChars('D');
/** `PEKING, TO THE SOVIET AMBASSADOR`, `BEIJING - SOVIET AMBASSADOR`, `BEIJING--`, `BEIJING - To Comrade ZAKHAROV`. */
/** Cities letters and cables are written in, as a dateline names them (the Korean ones also as McCune-Reischauer writes them: `P'anmunjŏm`, `Kaesŏng`). */
const CITY = String.raw`(?:Moscow|MOSCOW|Beijing|BEIJING|Peking|PEKING|Peiping|PEIPING|Beiping|BEIPING|Pyongyang|PYONGYANG|P['’]y[oŏ]ngyang|Yan'an|Yan’an|Xibaipo|Harbin|HARBIN|Mukden|MUKDEN|Shenyang|Port Arthur|Dalny|Dalian|Kaes[oŏ]ng|KAESONG|Panmunjom|P['’]anmunj[oŏ]m|PANMUNJOM|Munsan(?:-ni)?|Shanghai|SHANGHAI|Nanjing|Nanking|Andong|Antung|Washington|New York|Lake Success|Seoul|SEOUL|Tokyo|TOKYO|Ulan[- ]Bator|ULAN[- ]BATOR|Ulaanbaatar|Chungking|CHUNGKING|Chongqing|Dairen|DAIREN|Hanoi|HANOI)`;
/**
 * A minister's resolution written across the top of a cable: `To Cde. Vyshinsky. Prepare a draft
 * reply. V. Molotov. 6.IV` — an instruction, signed with initials and dated; not the addressee.
 */
export const RESOLUTION_LINE = /^To\s+(?:Cde\.|Comrade|Comr\.)\s*[A-Z][\w'’-]+[.,]\s+[A-Z][a-z].*\s(?:[A-Z]\.\s*){1,2}[A-Z][a-z'’-]+\.?\s*\d{1,2}\.(?:[IVX]{1,4}|\d{1,2})(?:\.\d{2,4})?\.?$/;
/** An addressee by office, not by name: `SOVIET AMBASSADOR`, `SovAmbassador`, `MINISTER`. */
export const OFFICE_ADDRESSEE = /ambassador|minister|representative|chairman|commander/i;
/**
 * A line that is only a city's name, as a destination writes it: `TO HARBIN` is a place, `to TEREBIN` a
 * man; a letter's inside address may add the seat of government (`Moscow, Kremlin`).
 */
export const CITY_ONLY = new RegExp(String.raw`^${CITY}(?:,\s*(?:the\s+)?Kremlin)?$`);
/** `CITY_ONLY` closing a letter's last lines, with its stop and quote mark: `Pyongyang.”`, `Moscow,`. */
export const CITY_ONLY_CLOSING = new RegExp(String.raw`^${CITY}(?:,\s*(?:the\s+)?Kremlin)?[.,]?["”»]?[.,]?$`);
/**
 * Where the addressee is reached, before him on his line: `Moscow, ` in `Moscow, to Comrade STALIN.`, and his ministry:
 * `Moscow, MFA, to Cde. MOLOTOV`, `MOSCOW, MFA – to Cde. MOLOTOV`, `MOSCOW, MFA USSR - To Comrade VYSHINSKY`, `MOSCOW – MFA – to ...` (group `office`); the city (group
 * `place`) is where the cable went (`MUKDEN, TO COMRADE KOVALEV`).
 */
export const PLACE_BEFORE_ADDRESSEE = String.raw`(?:(?:To|TO)\s+(?=${CITY}(?:,|\s*[-–—])))?(?:(?<place>${CITY})(?:,\s*|\s*[-–—]{1,2}\s*(?=[A-Z]{2,6}(?:\s+USSR)?\s*(?:,|[-–—])))(?:(?<office>[A-Z]{2,6}(?:\s+USSR)?)\s*(?:,|[-–—]{1,2})\s*)?)`;
/** The first letters of the cities (`CITY`). */
export const CITY_START = new FirstChars('MBPYXHSDKNAWLTUC');
/**
 * May the line be a date with its city before it (`Beijing, 12 October 1950`, `Pyongyang 14.X.50.`), whose first letter
 * `DATE_ONLY_START` does not hold? A city's first letter, a short line, a digit or a closing `.`, `)` or `]` at its end;
 * then `isDateOnly` decides.
 */
export function mayBeCityDateline(s: string): boolean {
  if (s.length > 48 || !CITY_START.start(s)) return false;
  const c = s.charCodeAt(s.length - 1);
  return (c >= 48 && c <= 57) || c === 46 || c === 41 || c === 93;
}

/** Small letters of a romanised word, with the breves and accents of McCune–Reischauer and pinyin (`ŏ`, `ŭ`, `ü`). */
const ROMANISED_SMALL = String.raw`a-z\u00E0-\u00FF\u0101-\u017F\u01CE\u01D0\u01D2\u01D4`;
/**
 * A place of writing in normal case, one word or two hyphened, however it is romanised: `Changchun`,
 * `Ulan-Bator`, `P'yŏngyang`, `Sinŭiju`; a weekday (`Tuesday, 13 October`) is no place.
 */
export const PLACE_WORD = String.raw`(?!${WEEKDAY}\b)[A-Z][${ROMANISED_SMALL}'’]+(?:-[A-Z][${ROMANISED_SMALL}'’]+)?`;
/** A place written in capitals, one word or two: `KANGGYE`, `NEW DELHI`, `PORT-ARTHUR`. */
const CAPS_PLACE = String.raw`[A-Z][A-Z'’]{2,}(?:[\s-][A-Z][A-Z'’]{2,})?`;
/**
 * A letter's dateline, the place of writing and the date: `PEKING, November 11, 1950`, `Pyongyang,
 * 29 September 1950`, `Changchun, 13 October 1945`; any place in capitals (`KANGGYE, 3 November 1950`: a date is never an
 * addressee), and a FRUS telegram's hour after a dash (`NEW DELHI, October 3, 1950—4 p.m.`); the Kremlin after Moscow
 * (`Moscow, the Kremlin, 12 March 1950`) is no part of the place.
 */
export const DATELINE = new RegExp(String.raw`^(?:(?<place>${CITY}|${PLACE_WORD}|${CAPS_PLACE})(?:,\s*(?:the\s+)?Kremlin)?,|\[(?<supplied>${CITY}),?\])\s+(?<when>${WHEN}(?:\s*[—–]\s*${TIME})?)\.?$`);
/** A month as a telegraph abbreviates it, three capitals: `AUG`, `MAY`, `SEP`. */
const TELEGRAPH_MONTH = `(?:${alternation([...monthNames, ...allMonthAbbreviations].filter(m => m.length === 3).map(m => m.toUpperCase()))})`;
/**
 * A telegraph's date line, the place it was handed in at and its date and time with no comma between,
 * the month in three capitals and the year in two digits: `PYONGYANG 31 AUG 46 1430`, `MOSCOW 2 SEP 45`.
 */
export const TELEGRAPH_DATELINE = new RegExp(String.raw`^(?<place>${CAPS_PLACE})\s+(?<when>\d{1,2}\s+${TELEGRAPH_MONTH}\s+\d{2}(?:\s+[0-2]\d[0-5]\d)?)$`);
/** An extract's heading above its number: `Extract from protocol No. 78 of the meeting of the Politburo of the CC VKP(b)`. */
/** A decision's own heading over its number: `Politburo Decision`, `Decision of the Politburo of the CC VKP(b)`. */
export const BODY_DECISION = /^(?:(?:Politburo|Presidium|Secretariat|Orgburo)\s+(?:Decision|Resolution)|(?:Decision|Resolution)\s+of\s+the\s+(?:Politburo|Presidium|Secretariat|Orgburo)\b[^.:]{0,80})\.?$/;
export const PROTOCOL_EXTRACT = /^(?:Extracts?|Excerpts?)\s+(?:from\s+)?(?:the\s+)?(?:minutes|protocol|decision|resolution)\b[^:]{0,160}$/i;
/** The motto over the party's letterhead: `Proletarians of all countries, unite!`. */
export const PARTY_MOTTO = /^(?:Proletarians|PROLETARIANS|Workers|WORKERS) (?:of|OF) (?:all|ALL) (?:countries|COUNTRIES|the world|THE WORLD),? (?:unite|UNITE)!?$/;
/** A protocol extract's readers named without a colon: `To Comrades Molotov, Vyshinsky, Gromyko.` (two or more). */
export const READERS_LINE = /^To\s+(?:Comrades|COMRADES|Cdes\.|Cmrds\.?)\s+[^,.:]+(?:,\s*[^,.:]+)+\.?$/;
/**
 * An extract's decision date: `Decision of 2 October 1950`, `Decision dated April 11, 1951`, and how
 * the Politburo took it when the extract says so (`Decision of 22 June 1951, adopted by poll`,
 * `... (adopted by poll)`: its members were asked one by one, not met).
 */
export const DECISION_DATE = new RegExp(String.raw`^(?:Decision|Resolution)\s+(?:of|dated)\s+(?<when>${WHEN})(?:,?\s+\(?(?:adopted|taken|passed)\s+by\s+(?:poll|polling|a poll|vote|circulation)\)?)?\.?$`);
/**
 * `BEIJING - SOVIET AMBASSADOR`, `PEKING, TO THE SOVIET AMBASSADOR`, `BEIJING--`: a place in capitals,
 * then a comma or a dash and whom. A single hyphen between two letters joins a word (`MAO TSE-TUNG
 * will return`, `KAO KANG-and`), so it parts the place from whom only beside a space or at the end. The
 * editor may gloss the place's old name: `VOROSHILOV [Ussuriysk] - to the Military Council ...`.
 */
export const DESTINATION_PLACE_DASH = /^(?<place>[A-Z][A-Z']{2,}(?:-[A-Z']+)*(?:\s+[A-Z][A-Z']{2,})?)(?:\s+\[[A-Z][^\]\n]{0,40}\])?(?:\s*(?:,|--|–|—)|\s+-|-(?=\s|$))\s*(?<whom>.*)$/;
/**
 * `To PYONGYANG`, `To NORTH KOREA To RAZUVAEV TOP PRIORITY`, `TO KRASOVSKY`. A short word after the
 * place finishes a name (`To FYN SI.`, `To FENG XI.`), not a place.
 */
export const DESTINATION_TO = /^(?:To|TO)\s+(?!THE\b|the\b|COMRADE\b|CDE\b|COMR\b)(?<place>[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]{2,}|\s+[A-Z]{2}(?=\s*(?:\[|$)))?)(?!\s+[A-Z]{1,2}\b)(?<rest>(?:\s+.*)?)$/;
/** `Pyongyang. Soviet Ambassador.`, `PEKING - to the Soviet Ambassador`. */
export const DESTINATION_AMBASSADOR = /^(?<place>[A-Z][A-Za-z'-]+)\s*[.,\-–—]+\s*(?:(?:to|To|TO)\s+(?:the\s+|THE\s+)?)?(?<whom>Soviet Ambassador|SOVIET AMBASSADOR|SovAmbassador|Ambassador)\.?$/;
/** A bare upper-case place or office line: `PYONGYANG`, `BEIPING [SIC]`, `SOVIET AMBASSADOR.` */
export const BARE_CAPS_LINE = /^(?<place>[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){0,2})\.?(?:\s*\[[^\]]*\])?\.?$/;

export const COPY_NUMBER = new RegExp(String.raw`^(?:Copy|COPY|copy)\s*(?<sign>${SIGN})?\s*:?\s*(?<number>\d+)\.?\s*$`);
export const COPY_NUMBER_START = new FirstChars('Cc');
export const COPY_NUMBER_IN_LINE = new RegExp(String.raw`(?:Copy|COPY)\s*${SIGN}\s*(?<number>\d+)\.?\s*$`);
export const REFERENCE = /^(?:RE|Re)\s*:\s*\S+|^\d{2,6}\/[a-z]{1,4}\.?$/;
/** A reply's lead on a line of its own: `To No. 94.`, `To your No. 1823.` (the number, with its sign, is the one cited). */
export const REPLY_LEAD = new RegExp(String.raw`^(?:To|TO)\s+(?:your\s+|YOUR\s+)?(?<number>${SIGN}\s*${NUMBER})\.?$`);

// ---------------------------------------------------------------- distribution

/** `to Cde. Molotov`, `o Cde. Stalin` (clipped first letter), `Copy Nº 1 to Cde. Stalin |`. */
export const DISTRIBUTION_ENTRY = new RegExp(
  String.raw`^(?:(?:Copy|copy)\s*${SIGN}?\s*(?<copy>\d+)\s*[-–—]?\s*)?t?o\s+(?:${HONORIFIC}\s*)?(?<name>[A-Z][\w'’.\- ]*?)\s*(?:\((?<paren>\d+)\))?\s*[.|]*$`,
);
/** `DISTRIBUTION_ENTRY` opens with `Copy`, `copy`, `to` or a clipped `o`. */
export const DISTRIBUTION_ENTRY_START = new FirstChars('Ccto');
export const DISTRIBUTION_TABLE_ROW = new RegExp(String.raw`(?:Copy|copy)\s*${SIGN}?\s*\d+\s*[-–—]?\s*to\s+`);
/** Whether `s` holds a cell of a copy table (`DISTRIBUTION_TABLE_ROW`): a line without `Copy` or `copy` is cleared before the search. */
export function isTableRow(s: string): boolean {
  return s.includes('opy') && DISTRIBUTION_TABLE_ROW.test(s);
}
export const DISTRIBUTION_HEAD_START = new FirstChars('DCST');
export const DISTRIBUTION_HEAD = /^(?:Distribution list|DISTRIBUTION LIST|Distribution|Distribute to|Copies|COPIES|Copies to|Sent to|To)\s*(?:[-–—]\s*(?<count>\d+)\s+copies)?\s*:/;
/**
 * A record's line saying whom its copies went to, with no colon: `Sent to Cdes. Stalin, Molotov, Vyshinsky.`,
 * `Copies sent to Comrades Malenkov and Bulganin` (`names` where the names begin). Only with the honorific of several
 * men: `Sent to Cde. Roshchin for delivery.` stays a sentence. A diary's `Sent: Cdes. Malenkov, Molotov, file.` is one too.
 */
export const SENT_TO_COMRADES = /^(?:(?:Sent|Copies sent|Distributed|Sent in copies) to |(?:Sent|Distributed):\s*)(?<names>(?:Cdes\.|Comrades|Cmrds\.?|Comrs\.)\s+[A-Z][^.!?]*(?:,|\band\b)[^.!?]*)\.?$/;
export const PIPE_ONLY_START = new FirstChars('|');
export const PIPE_ONLY = /^\|[\s|]*$/;

// ---------------------------------------------------------------- message lines

/** A salutation's closing group after its names: `, and leading comrades of the Volunteers at all levels:`. */
/** (or the others it is to be passed to, as Mao's 并告 writes it: `Comrade Shaoqi, and inform the other Central Committee comrades:`) */
const GROUP_TAIL_WORDS = String.raw`,?\s+and\s+(?:(?:all\s+)?(?:the\s+)?(?:leading\s+|responsible\s+)?comrades\b|(?:please\s+)?(?:inform|notify|convey\s+(?:this\s+)?to|pass\s+(?:this\s+)?(?:on\s+)?to|forward\s+(?:this\s+)?to|transmit\s+(?:this\s+)?to)\s+(?:all\s+)?the\s+(?:other\s+)?(?:[A-Z][\w'’()]*\s+){0,4}(?:comrades|members|leaders)\b)[^!:]{0,60}`;
const GROUP_TAIL = String.raw`(?:${GROUP_TAIL_WORDS})?`;
/** The same closing group where it ends the salutation, to be read apart from the names. */
export const SALUTATION_GROUP_TAIL = new RegExp(String.raw`${GROUP_TAIL_WORDS}(?=[!:])`);
export const SALUTATION = new RegExp(
  String.raw`^${QUOTE_MARK}{0,2}\s*(?:(?:Dear|Esteemed|Respected|Deeply respected)\s+)?(?:${HONORIFIC}|To\s+(?:${HONORIFIC})|Your Excellency|Dear|Esteemed|Respected|Deeply respected)\s*[^!:]{0,120}?${GROUP_TAIL}(?:[!:]|,\s*$|\.\s*$|(?<!\b(?:Cdes?|Comrs?|Coms?|Cmrds?))\.(?=\s+(?:\d+\.|[A-Z])))`,
);
/** The addressee's office after the name: `, Chairman of the Central People's Government of the People's Republic of China` (each word whole). */
const APPOSITION = String.raw`(?:,\s*(?:Chairman|Premier|Minister|President|Commander|Secretary|Ambassador|Head|Chief|Deputy|General|Marshal)(?![\w'’\-.])(?:\s+(?:of|the|and|for|in|[A-Z][\w'’\-.]*)(?![\w'’\-.])){0,20})?`;
/** `the attention of ` in `For the attention of Comrade FILIPPOV [Stalin].`, `FOR THE ATTENTION OF`: the man after it is the addressee. */
const ATTENTION_OF = String.raw`(?:the|THE)\s+(?:attention|ATTENTION)\s+(?:of|OF)\s+`;
/** An addressee line: `To Cde. Filippov.`, `To Vyshinsky.`, `TO NAME`, `For NAME.`, `For the attention of Comrade NAME.`, `For Mao Zedong or Zhou Enlai.`, `Chairman Mao [Zedong]:`, `To Comrade Mao Zedong, Chairman of ...`. */
export const ADDRESSEE = new RegExp(
  // (a word ends before the period of an editor's `x/` mark: `To Cde. Filippov.x/`)
  String.raw`^${OPENING_MARK}(?:To|TO|to|For|FOR|for)\s+(?:${ATTENTION_OF})?(?:the\s+|THE\s+)?(?:${HONORIFIC}\s*)?(?:[A-Z][\w'’\-.]*(?![\w'’\-]|\.(?!x{1,3}\/)))(?:[\s,]+(?:(?:and|or)\s+)?(?:${HONORIFIC}\s*)?[A-Z][\w'’\-.]*(?![\w'’\-]|\.(?!x{1,3}\/))|\s*\[[^\]]*\]){0,12}${APPOSITION}\s*[.:!,]?(?:\s*\[\d+\]|\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})?\s*(?:x{1,3}\/)?$`,
);
/** A group or title addressee ending in a colon: `Chairman Mao [Zedong]:`, `Lin [Biao], Deng [Zihui]:[1]`. */
// Each word is matched whole (the lookahead), so that a line of capitals cannot backtrack exponentially.
// A body after `and the` is one of the group (`Chairman [Mao Zedong] and the Military Commission:`), as is one after `To the`.
export const ADDRESSEE_COLON = new RegExp(String.raw`^${OPENING_MARK}(?:To\s+the\s+)?(?:[A-Z][\w'’\-.]*(?![\w'’\-.])|\[[^\]]*\]|[,\s]|and(?:\s+the(?=\s))?)+:(?:\s*\[\d+\]|\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})?\s*$`);
/** Whether `s` is an addressee ending in its colon (`ADDRESSEE_COLON`): a line without a colon, as most are, is cleared at once. */
export function isColonAddressee(s: string): boolean {
  return s.includes(':') && ADDRESSEE_COLON.test(s);
}
export const REPORT_OPENER = /^(?:Reporting|I report)\s*:/;
/** The closing formulas a signer's name may follow on its line (`With deep respect, KIM IL SUNG`), as a regular expression's source. */
const SIGNING_FORMULA = String.raw`With (?:deep |communist |comradely |fraternal )?(?:greetings|respect|regards)|Respectfully(?: yours)?|Sincerely(?: yours)?|Devotedly yours`;
/** The greeting that closes a letter: `Greetings.`, `Comradely greetings to the friends!`. */
const CLOSING_GREETING = String.raw`(?:Communist |Comradely |Fraternal )?Greetings`;
export const CLOSING = new RegExp(
  String.raw`^(?:${SIGNING_FORMULA}|${CLOSING_GREETING}(?= to the friends|[.,!:]?$)(?: to the friends)?|(?:Humbly|Respectfully) submitted|Yours(?: sincerely)?)[.,!:]?`, 'i',
);
/** A line that is a closing and nothing else (`Greetings.`, `Respectfully,`): never a signer. */
export const CLOSING_ALONE = new RegExp(CLOSING.source + '$', 'i');
/** The typographic ligatures a PDF's text keeps, each for its letters. */
const LIGATURES: Readonly<Record<string, string>> = { ffi: 'ﬃ', ffl: 'ﬄ', ff: 'ﬀ', fi: 'ﬁ', fl: 'ﬂ' };

/**
 * A fixed formula that also matches with its letters printed as a ligature (`Veriﬁed:`, `Telegraph the
 * fulﬁllment.`, as a PDF's text keeps them): each `fi`, `fl`, `ff`, `ffi`, `ffl` of the pattern's
 * words may be the one character. The text is not rewritten, so every offset stays the original's.
 * Only for patterns whose `f`s stand in plain words (no `\f`, no character class holding one).
 */
function ligatureTolerant(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/ff[il]|f[fil]/g, (w) => `(?:${w}|${LIGATURES[w]})`), re.flags);
}

/** `s` with each ligature written as its letters (`Veriﬁed` → `Verified`): for a lookup of a word, never for offsets. */
export function ligatureLetters(s: string): string {
  return s.replace(/[ﬀ-ﬄ]/g, (c) => LIGATURE_LETTERS[c] ?? c);
}
const LIGATURE_LETTERS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LIGATURES).map(([letters, lig]) => [lig, letters]));

export const ACTION = ligatureTolerant(
  /^(?:Confirm (?:receipt|delivery)|(?:Immediately )?[Tt]elegraph (?:the fulfil?lment|when|execution|about)|Paragraph: Confirm|I ask for corresponding orders|Report (?:on )?(?:the )?(?:fulfil?lment|execution))/);
/** Forwarding sentences that introduce an inner telegram. */
export const INTRODUCER =
  /(?:the following(?!\s+(?:conversation|exchange|talk|discussion))|text of (?:my|the|his|our|your) (?:telegram|letter|message|cable)|I (?:herewith |hereby )?(?:transmit|forward|send)|I am (?:sending|forwarding|transmitting)|(?:Transmitting|Forwarding) (?:another |the |a )?(?:telegram|letter|message)|Pass (?:on )?the following|[Tt]ransmit (?:the following|to Comrade|to Cde)|To transmit to|for (?:immediate |urgent )?transmission to|pass (?:him|her|them) the following|convey to|with the following contents)/i;
/**
 * Words every forwarding sentence holds (`follow`, `text of`, `transmit` or `transmission`, `forward`, `send`, `convey`),
 * spelt out in both cases: a quick test that clears most lines before `INTRODUCER`, whose `i` flag
 * makes it slow. (Without the `u` flag, `i` folds ASCII letters only to ASCII letters, so this is exact.)
 */
const INTRODUCER_WORDS =
  /[Ff][Oo][Ll][Ll][Oo][Ww]|[Tt][Ee][Xx][Tt] [Oo][Ff]|[Tt][Rr][Aa][Nn][Ss][Mm][Ii][TtSs]|[Ff][Oo][Rr][Ww][Aa][Rr][Dd]|[Ss][Ee][Nn][Dd]|[Cc][Oo][Nn][Vv][Ee][Yy]/;

export function isForwardingSentence(s: string): boolean {
  return INTRODUCER_WORDS.test(s) && INTRODUCER.test(s);
}
/** `ATTACHMENT_MARK` opens with `[`, `Att`, `ATT`, `Appendix`, `APPENDIX`, `Annex`, `ANNEX`, `Enclosure`, `ENCLOSURE` or `Draft`. */
export function mayBeAttachmentMark(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c === 0x5b) return true;
  if (c === 0x41 /* A */) return s.startsWith('tt', 1) || s.startsWith('TT', 1) || s.startsWith('ppendix', 1) || s.startsWith('PPENDIX', 1) || s.startsWith('nnex', 1) || s.startsWith('NNEX', 1);
  if (c === 0x45 /* E */) return s.startsWith('nclosure', 1) || s.startsWith('NCLOSURE', 1);
  return c === 0x44 /* D */ && s.startsWith('raft', 1);
}
/**
 * An attachment's mark: `[Attachment]`, `Attachment:`, `Attachment to the letter ...`, `ATTACHMENT`, `Enclosure` on its own line,
 * `Draft`, or its numbered heading (`Attachment No. 1`, `ATTACHMENT 2`); an appendix or annex is marked as an attachment is
 * (`Appendix No. 1`, `[Appendix No. 2]`, `Annex`, `APPENDIX`).
 */
const ATTACHMENT_WORD = String.raw`(?:Attachment|ATTACHMENT|Appendix|APPENDIX|Annex|ANNEX)`;
export const ATTACHMENT_MARK = new RegExp(String.raw`^(?:\[\s*(?:${ATTACHMENT_WORD}|Enclosure|ENCLOSURE|handwritten:\s*\])[^\]]*\]?|Attachment\s*:|${ATTACHMENT_WORD} to the\b|(?:${ATTACHMENT_WORD}|Enclosure|ENCLOSURE)\s*:?\s*$|(?:${ATTACHMENT_WORD}|Enclosure)\s+(?:${SIGN}\s*)?\d{1,2}\.?\s*$|Draft\s*$)`);

/** A number and a date on one line under the signature: `No. 2781 11.11.50`, `No. 312 -- 14 October 1949`. */
export const NUMBER_DATE_LINE = new RegExp(String.raw`^(?<number>${SIGN}\s*${NUMBER})\s*(?:--|[-–—,])?\s*(?<date>${WHEN})\.?$`);
/** `NUMBER_DATE_LINE` opens with its number's sign: `N°`, `№`, `No.`, `no.`, `#`. */
export const NUMBER_DATE_LINE_START = new FirstChars('Nn#');
/** A number line under a message: `N° 5205`, `No. 1522/sh`, clerk marks `3ak`, `7-nb`, `No. 187-gi`, `Nº [handwritten: 412/ag] [signature]`. */
export const NUMBER_LINE = new RegExp(String.raw`^(?:${SIGN}\s*(?:(?<number>${NUMBER})|\[handwritten:\s*(?<handwritten>${NUMBER})\s*\])(?:\s*\[[^\]]*\])*(?:\s*\[signature\])?|\d{1,3}-?[a-z]{2,3}|\d{1,2}\s?[a-z]{2,3})\.?$`);

// ---------------------------------------------------------------- footer

/**
 * What an edition printed its text from, or the language of the original: `Printed from manuscript`, `Printed
 * from a copy`, `Printed from the original kept in ...`, `Original in Russian`. The editor's note about the
 * text, under it or on its last line, never a cipher clerk's `Printed by ...`.
 */
const FROM_SOURCE = String.raw`\s+from\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:manuscripts?|cop(?:y|ies)|original|draft|typescript|transcript)\b`;
const PROVENANCE = String.raw`(?:(?:Printed|Reprinted)${FROM_SOURCE}|Original\s+in\s+(?:Russian|Chinese|Korean|English|Japanese|German|French|Mongolian|Polish)\b)`;
/** The provenance note closing a signer's or a date's line, after a space: `Mao Zedong December 9 Printed from manuscript.` */
const TRAILING_PROVENANCE = new RegExp(String.raw`\s${PROVENANCE}[^.]{0,80}\.?$`);
/** Where a note of what the text was printed from starts on the line `s` (`PROVENANCE`) when it closes the line after other words, else -1. */
export function trailingProvenance(s: string): number {
  // the note is short: only the line's end is searched, however long the line
  const from = Math.max(0, s.length - 160);
  const m = TRAILING_PROVENANCE.exec(from > 0 ? s.slice(from) : s);
  return m ? from + m.index + 1 : -1;
}

export const FOOTER_VERB = ligatureTolerant(new RegExp(
  String.raw`^(?<verb>Deciphered|DECIPHERED|deciphered|Decoded|Decrypted|Printed|PRINTED|printed|Typed|TYPED|typed|Verified|VERIFIED|verified|Checked|Cabled|CABLED)\b(?!\s+(?:and\s+)?(?:telegram|message|text|in\s+Moscow)|${FROM_SOURCE})`));
/** `Cabled by VTCh to the South for Stalin`: in the header a handling line (a classification field), under the text the clerk's note. */
export const CABLED_BY_LINE = /^(?:Cabled|CABLED) by (?:VTCh|VCh|HF)\b/;
const COUNT_WORDS = 'One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Twenty';
export const COPIES =
  new RegExp(String.raw`^(?<count>\d+|${COUNT_WORDS}|${COUNT_WORDS.toLowerCase()})\s+(?<verb>cop(?:y|ies)(?:\s+(?:printed|made|typed|prepared)\b|\.?$))`);
/** The verb before the count: `Sent out 5 copies`, `Typed 3 copies`, `Printed four copies`. */
export const COPIES_AFTER_VERB =
  new RegExp(String.raw`^(?<verb>[Ss]ent\s+out|[Tt]yped|[Pp]rinted|[Mm]ade)\s+(?<count>\d+|${COUNT_WORDS}|${COUNT_WORDS.toLowerCase()})\s+cop(?:y|ies)\.?$`);
export const COPIES_AFTER_VERB_START = new FirstChars('SsTtPpMm');
export const FOOTER_VERB_START = new FirstChars('DdPpTtVvC');
export const COPIES_START = new FirstChars(DIGITS + 'OTFSENotfsen');
export const SENT_IN_COPY_START = new FirstChars('Ss');
export const SENT_IN_COPY = /^(?<verb>[Ss]ent in (?:one|\d+) cop(?:y|ies))\b/;
/** The typist's mark left in Russian: `Отп. 3 экз.` (отпечатано 3 экземпляра: three copies printed), and her initials after it. */
export const RUSSIAN_COPIES = /^(?<verb>[Оо]тп(?:ечатано)?\.?)\s*(?<count>\d+)\s*экз(?:емпляр(?:а|ов)?)?\.?(?:\s+\S.{0,30})?$/;
/** The words of a file copy: `File of 8th`, `file of 8th Dept. of General Staff`, `Comr. Copy`, `Comr. 10th department`. */
const FILE_COPY_WORDS = String.raw`(?:[Ff]ile\s+(?:of|copy|to)\b.{0,60}|Comr\.\s+(?:Copy|\d+(?:st|nd|rd|th)\b).{0,40})`;
/** A numbered copy that goes to the file, described or alone: `File of 8th Dept.`, `file`. */
const TO_FILE = String.raw`(?:${FILE_COPY_WORDS}|[Ff]ile\.?)`;
/**
 * Copy-list lines of a footer: `copies NºNº 1-3 to Cde. Poskrebyshev`, `1 – to Cde. Stalin`, `1 – Cde. Stalin`,
 * `Nº 7 to file`, and a numbered file copy among them (`2 – File of 8th Dept.`, `3 – file`, `Copy 3 - file of 8th Dept.`, `Copy 3 - file`), which goes to no one.
 */
/**
 * Who holds a numbered copy after his honorific: names, initials and a parenthesis (`Stalin`,
 * `Vyshinsky A.Ya.`, `Stalin (2 copies)`, the next items run on: `Stalin 2. Comr. Molotov`), never a sentence (`2. Comrade Gao Gang is responsible for
 * the rear services.` is an item of a directive).
 */
const COPY_HOLDER = String.raw`(?:[A-Z][\w.'’-]*|\([^)\n]*\))(?:[\s,]+(?:and\s+)?(?:[A-Z][\w.'’-]*|\([^)\n]*\)|\d{1,2}\.))*\.?`;
export const COPY_TO = new RegExp(
  String.raw`^(?:(?:copies|Copies|copy|Copy)\s*)?(?:${SIGN})?\s*(?<from>\d+)(?:\s*[-–]\s*(?<to>\d+))?\s*(?:[-–—]\s*)?to\s+(?<whom>.+)$|^(?<from2>\d{1,2})(?:\.|\s*[-–—])\s+(?<whom2>(?:Comr?\.|Cde\.|Comrade)\s+${COPY_HOLDER})$|^(?<from3>\d{1,2})\s*[-–—.]\s*(?<whom3>${TO_FILE})$|^(?:copies|Copies|copy|Copy)\s*(?:${SIGN})?\s*(?<from4>\d+)\s*(?:[-–—]\s*|\s)(?<whom4>${TO_FILE})$`,
);
export const COPY_TO_START = new FirstChars(DIGITS + ASCII_SPACES + 'cCNn#');
/** `Copy 1 - Stalin`: a copy list without `to`. */
export const COPY_DASH = new RegExp(String.raw`^(?:Copy|copy|COPY)\s*(?:${SIGN})?\s*(?<from>\d+)\s*[-–—]\s*(?<whom>[A-Z].*)$`);
export const COPY_DASH_START = new FirstChars('Cc');
export const FOOTER_CONTINUATION_START = new FirstChars('aobNn#[(f');
export const FOOTER_CONTINUATION = new RegExp(
  String.raw`^(?:at\s+\d|on\s+\d|by\s+[A-Z]|${SIGN}\s*\d[\w/\-]*\.?$|\[signature\]|\([A-Z][\w.\s]+\)\.?$|from an original)`,
);
/** A file copy closing a copy list: `File of 8th`, `file of 8th Dept. of General Staff`, `Comr. Copy`. */
export const FILE_COPY = new RegExp(String.raw`^${FILE_COPY_WORDS}$`);

/** Each count word, in small letters, with its number: `one` 1 ... `sixteen` 16, `twenty` 20. */
const COUNT_VALUES: ReadonlyMap<string, number> = new Map(COUNT_WORDS.toLowerCase().split('|').map((w, i) => [w, i < 16 ? i + 1 : 20]));

export function countWord(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return COUNT_VALUES.get(word.toLowerCase());
}

// ---------------------------------------------------------------- stamps, separators, notes

export const STAMP_OPEN = /\[\s*(?:Stamp|STAMP|stamp)\s*:/;
/** The stamp text when its `[` was lost: `Subject to return to the`. */
export const STAMP_UNBRACKETED_START = new FirstChars('Ss');
export const STAMP_UNBRACKETED = /^(?:SUBJECT TO RETURN|Subject to return|subject to return)\b/;
export const STAMP_INCOMING = new RegExp(String.raw`(?:Incoming|INCOMING|Inc\.)\s*${SIGN}?\s*(?<number>${NUMBER})`);
/** A page's running head or foot in capitals, as a scan repeats it on every page: `TOP SECRET`, `SPECIAL FILE`, `PAGE 2 OF 3`. */
export const RUNNING_CAPS = /^(?:TOP SECRET|STRICTLY SECRET|SECRET|SPECIAL FILE|PERSONAL|PAGE \d{1,3}(?: OF \d{1,3})?)\.?$/;
/**
 * Page furniture a PDF or a printed web page leaves inside a cable's text where its page broke: a
 * folio between dashes (`— 14 —`), an edition's running head with its page number (`CWIHP Bulletin,
 * Issue 14/15 — 239`, `238    Cold War International History Project Bulletin`), a browser's print
 * header (`10/3/23, 2:15 PM    Wilson Center Digital Archive`: a short date, a twelve-hour time and
 * the site's name) and its footer (`https://digitalarchive.wilsoncenter.org/document/114901    1/3`).
 * It says where the paper turned and nothing of the cable. A bare page number (`239`) is furniture
 * only past the header, where a lone number is not the cable's own (`PAGE_NUMBER_ONLY`).
 */
export const PAGE_FURNITURE = new RegExp('^(?:' + [
  String.raw`[—–-]\s*\d{1,4}\s*[—–-]`,
  String.raw`(?=.*\b(?:Bulletin|BULLETIN|Issue \d|ISSUE \d))(?:\d{1,4}\s+(?:[—–|-]\s+)?\S.{0,119}|\S.{0,119}?\s(?:[—–|-]\s*)?\d{1,4})`,
  String.raw`\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}\s*[AP]M\s+\S.{0,80}`,
  String.raw`https?:\/\/\S+\s+\d{1,3}\/\d{1,3}`,
].join('|') + ')$');
/** What page furniture (`PAGE_FURNITURE`) may open with: a dash, a digit, `http`; else it names the bulletin or its issue. */
const PAGE_FURNITURE_START = new FirstChars('-–—' + DIGITS + 'h');
/**
 * Whether line `s` may be page furniture (`PAGE_FURNITURE`): it opens as one may, or names the bulletin or
 * its issue. Most lines do neither, and the pattern's look ahead for `Bulletin` would read each to its end.
 * A line opening with a digit is furniture only as a browser's date (`10/3/23, 2:15 PM ...`, its slash
 * second or third) or naming the bulletin (`238    Cold War International History Project Bulletin`): a
 * numbered paragraph (`2. The Korean comrades consider ...`) is neither, and is not read to its end.
 */
export function mayBePageFurniture(s: string): boolean {
  if (isDigit(s.charCodeAt(0))) return s.charCodeAt(1) === 0x2f || s.charCodeAt(2) === 0x2f || namesBulletin(s);
  return PAGE_FURNITURE_START.start(s) || namesBulletin(s);
}
/** `PAGE_FURNITURE`'s running head of an edition names the bulletin or its issue. */
function namesBulletin(s: string): boolean {
  return s.includes('Bulletin') || s.includes('BULLETIN') || s.includes('Issue ') || s.includes('ISSUE ');
}
/** A line holding only a number: a page's number past the header, the cable's own number in it (`227` over `CIPHERED TELEGRAM`). */
export const PAGE_NUMBER_ONLY = /^\d{1,4}$/;
/** `PAGE_NUMBER_ONLY` is four characters at most: a longer line is not tried. */
export const PAGE_NUMBER_MAX = 4;
export const SEPARATOR_START = new FirstChars('-#*_=~');
export const SEPARATOR = /^(?:-{3,}|#{3,}|[—–]{2,}|(?:\*\s*){3,}|_{3,}|={3,}|~{3,})$/;
export const ENDNOTE_START = new FirstChars('SsXx[(PpEeTtOo*†‡');
export const ENDNOTE = new RegExp(
  String.raw`^(?:Spravka\s*:|SPRAVKA\s*:|x{1,3}\/\s|\[\s*(?:Ed\.|Editor|Translator|Trans\.)[^\]]*note|\[\s*handwritten(?:\s+note)?\s*:|(?:Editorial|Editor['’]s|Ed\.|Translator['’]s)\s+note\s*:|[\[(（〔]\d{1,3}[\]〕)）]\s*[A-Z“"(\[]|\[\d{1,3}\]\s*[\u3400-\u9fff]+(?:\[\d+\])?\s+[a-z(]|\[\d{1,3}\]\s*[\u3400-\u9fff]{1,8}[，：；]|\(\d{1,3}\)\s+[A-Z]|[*†‡]{1,3}\)?\s+[A-Z“"(\[]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}\s*[A-Z“"(\[]|${PROVENANCE}|Source\s*:|\[\s*Source\s*:)`, 'i');
/** The heading an edition prints over its notes, alone on its line: `NOTES`, `Notes:`, `Footnotes`. */
export const NOTES_HEADING = /^(?:NOTES|Notes|ENDNOTES|Endnotes|FOOTNOTES|Footnotes)\s*:?$/;
/** `NOTES_HEADING` opens with `N`, `E` or `F`. */
export const NOTES_HEADING_START = new FirstChars('NEF');
/** A translator's credit closing the text: `Translated by Gary Goldberg.` */
export const TRANSLATION_CREDIT = /^Translat(?:ed|ion) (?:by|from) [A-Z]/;
/**
 * A line wholly in the editor's brackets: `[stamp]`, `[page break]`, `[signature]` (a signature's
 * place, its name written elsewhere), `[Ed. note: ...]`, `[handwritten: To Cde. Molotov.
 * [signature]]`. It describes the paper, and a signature block reads through it.
 */
export const EDITORIAL_LINE = /^\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]\.?$/i;
/**
 * A signature described instead of copied, in parentheses on a line of its own: `(Signed and dated
 * in [Pyongyang])`, `(Signed as Chairman of the Cabinet of Ministers of the DPRK and dated)`. Like an
 * editor's line it describes the paper, and a signature block reads through it.
 */
export const DESCRIBED_SIGNATURE = /^\((?:Signed|signed|SIGNED)\b[^()]*\)\.?$/;
/**
 * The cipher clerk's mark of where the telegram's text ends, under its signature block: `End of telegram
 * No. 3153.`, `END OF TELEGRAM.`, `(End of text)`. It marks the paper, and signs nothing.
 */
export const END_OF_TEXT = new RegExp(String.raw`^\(?(?:End of (?:the )?(?:telegram|cable|text|message)|END OF (?:THE )?(?:TELEGRAM|CABLE|TEXT|MESSAGE))(?:\s+${SIGN}\s*${NUMBER})?\.?\)?\.?$`);
/**
 * An edition's note of who drafted the text, in brackets under its signature block: `(Drafted by Liu
 * Shaoqi.)`, `(Written by Mao Zedong)`, as `Printed from manuscript.` notes where it was printed from.
 */
export const DRAFTED_BY = /^\((?:Drafted|Written|Revised|Composed)\s+by\s+[A-Z][^()]{1,80}\)\.?$/;
/**
 * An archive citation: `APRF, f. 45, op. 1, d. 331, ll. 73–75`, `AVP RF f. 07, op. 23a`, `RGASPI
 * f. 558, op. 11, d. 334`, `TsAMO, f. 5, ...` — the editor's, above the title or below the text.
 */
/**
 * An edition's part heading in capitals, between its documents: `II. THE CHINESE ANSWER`, `PART 3. THE
 * ARMISTICE TALKS`. After a cable it is the editor's, not the signer's; inside one it stays text.
 */
export const PART_HEADING_START = new FirstChars('IVXP');
export const PART_HEADING = /^(?:[IVX]{1,6}|PART\s+(?:[IVX]{1,6}|\d{1,2}))\.?\s+[A-Z][A-Z'’]+(?:[ ,:;–—-]+[A-Z][A-Z'’]*)*\.?$/;
export const ARCHIVE_CITATION_START = new FirstChars('AGRT[');
export const ARCHIVE_CITATION = /^\[?(?:AP\s?RF|AVP\s?RF|AVP\s?SSSR|RGASPI|RGANI|RGAE|RGVA|GARF|Ts\s?AMO|TsKhSD|RTsKhIDNI|Archive of the President(?: of the Russian Federation)?)\b[,.:]?\s*(?:\(\w+\)\s*)?[,.]?\s*(?:f\.|fond|F\.)\s*\d/;
export const SOURCE_NOTE = /^\[\s*Source\s*:/i;
/**
 * A web archive's document page opens with its labelled fields, each over its content: `Citation:` /
 * `"Ciphered Telegram, ..." October 07, 1950, ...`, `Summary:`, `Credits:`, `Original Language:` /
 * `Russian`, `Contents:` / `English Translation`. All of it is the editor's, never a salutation. A page
 * copied as it shows drops the colon of a heading (`Citation` / its text), or keeps the field on one
 * line (`Original Language: Russian`, `Contents: English Translation`: `WEB_PAGE_INLINE_FIELD`).
 */
export const WEB_PAGE_LABEL = /^(?:Citation|Summary|Credits|Original Language|Contents)\s*:?$/;
export const WEB_PAGE_INLINE_FIELD = /^(?:Original Language|Contents)\s*:\s*(?:[A-Z][a-z]+)(?:[ ,]+[A-Z][a-z]+){0,3}\s*$/;
/** What a page's `Contents:` lists: `English Translation`, `Original Scan`, `Transcript - Russian`. */
export const WEB_PAGE_CONTENT = /^(?:[A-Z][a-z]+\s+){0,2}(?:Translation|Transcript|Transcription|Scan)(?:\s*[-–]\s*[A-Z][a-z]+)?$/;
export const CHAPTER = /^Chapter\s+\d+\b/;
/**
 * An editor's title naming the document and its people: `Ciphered telegram from Roshchin to
 * Filippov [Stalin], 13 October 1950`, `Telegram, Mao Zedong to Filippov (Stalin)`. It opens with a
 * capital and small letters (a cable's own `CIPHERED TELEGRAM` is in capitals) and sends the piece
 * from or to someone.
 */
export const DOCUMENT_TITLE = /^(?:[A-Z][a-z]+\.?\s+)?(?:[Tt]elegram|[Cc]able|[Ll]etter|[Mm]essage|[Nn]ote|[Rr]eport|[Mm]emorandum)\b(?=.*\s(?:from|to)\s+\S)/;

/**
 * An editor's title naming the piece by its author's possessive, with no `from` or `to`: `Zhou Enlai's
 * Notes on the Talks with Stalin`, `Mao Zedong's Record of his Conversation with Yudin`. Up to four
 * capitalised words and `'s`, perhaps a word, then the piece; not a sentence (no closing stop or colon).
 */
export const POSSESSIVE_TITLE = /^(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w-]*['’]s\s+(?:[A-Z][a-z]+\s+)?(?:[Tt]elegram|[Cc]able|[Ll]etter|[Mm]essage|[Nn]otes?|[Rr]eport|[Mm]emorandum|[Mm]inutes|[Rr]ecord)\b[^.:;!?]*$/;

/** A word of a person's name in an editor's title, with its gloss: `Mao`, `Shaoqi's`, `Vice-Chairman`, `Peng [Dehuai]`. */
const TITLE_NAME_WORD = String.raw`[A-Z][\w'’.-]*(?:\s\[[^\]\n]{1,40}\])?`;
/**
 * An editor's title that sends the piece from its people to its people, with no word for the piece:
 * `Deng Liqun to Mao Zedong, Zhu De and Zhou Enlai`, `Mao Zedong and Zhu De to Burhan and Tao Zhiyue`,
 * `Wang Zhen to Peng Dehuai on the entry into Dihua`. One to five name words (and `and`) before `to`,
 * a capital after it; not a sentence (no closing stop) and no colon (an addressee's).
 */
export const PEOPLE_TITLE = new RegExp(String.raw`^${TITLE_NAME_WORD}(?:\s(?:${TITLE_NAME_WORD}|and)){0,4}\sto\s(?:the\s)?[A-Z][^:]{0,100}[^.:;!?]$`);

// ---------------------------------------------------------------- signatures and dates

/** A line that is only a date: `19 October`, `27.III.50`, `4.XII.51`, `February 6, 1950`, `9 August 1952”`. */
export const DATE_ONLY_START = new FirstChars(DIGITS + '"\'([JFMASONDTWaonEem');
/** The place of writing after a letter's date: `29 September 1950, Pyongyang`, `October 8, 1950, in Beijing`. */
const PLACE_OF_WRITING = String.raw`(?:,\s*in\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?|,\s*${CITY})`;
/** A Chinese addressee, as the Chinese side writes it: `高岗同志：`, `彭高[1]：`, `彭〔2〕、高：`, `彭邓洪、高并告东北局：`. */
export const CHINESE_SALUTATION = new RegExp(String.raw`^${OPENING_MARK}(?:[\u3400-\u9fff、，]|\[\d+\]|〔\d+〕|\(\d+〕){1,24}\s*[：:]$`);
/** A Chinese signature: a name of two to four characters alone on its line (`毛泽东`), not a closing (`此致`, `敬礼`). */
export const CHINESE_SIGNATURE = /^(?!此致|敬礼|顺致|致礼)[\u3400-\u9fff]{2,4}$/;
/**
 * A day written in the telegraph code of rhyme characters, as Chinese telegrams date themselves
 * (`寒日` is the 14th, `号日` the 20th, `皓` alone the 19th; the editor glosses it in a note): one of
 * the rhymes of `rhymeCodeDays`, perhaps with `日`, perhaps with the note's marker (`皓 [1]`).
 */
const CODED_DAY = String.raw`[(（]?${RHYME_CHARACTER}(?:日|${HOUR_BRANCH})?(?:\s*(?:\[\d+\]|〔\d+〕))?[)）]?`;
export const CODED_DAY_LINE = new RegExp(String.raw`^${CODED_DAY}$`);
/** A signer with the coded day after his name on one line: `Peng Dehuai 皓`, `毛泽东 寒日[1]`. */
export const CODED_DAY_AFTER = new RegExp(String.raw`\s(?<day>${CODED_DAY})$`);
/**
 * The rhyme-code day romanised, as English editions print it with a note (`Yuan[1]`: the 13th;
 * `Qiao day`): a rhyme's name with its footnote marker or the word `day`, alone on its line; the
 * hour's branch may follow the rhyme (`Qiao Hai[3]`, as `巧亥`), and a clock the marker (`Ma[2], 1100`).
 */
export const ROMANISED_CODED_DAY = new RegExp(String.raw`^(?:${RHYME_PINYIN})(?:\s+(?:${HOUR_BRANCH_PINYIN}))?(?:\s+day(?:\s*(?:\[\d+\]|〔\d+〕))?|\s*(?:\[\d+\]|〔\d+〕))(?:,\s*(?:\d{4}|\d{1,2}:\d{2}))?\.?$`);
/**
 * A Chinese date alone, in brackets or not: `(一九五0年十月七日)`, `（十月七日）` (a Latin 0 among the
 * numerals occurs); the day alone (`十九日`), and the hour after the day (`十月十九日二十一时`, `...二十一时三十分`);
 * twenty and thirty may be written `廿` and `卅` (`十月廿一日四时`), the hour in its traditional form `時`.
 */
export const CHINESE_DATE_LINE = new RegExp(String.raw`^${OPENING_MARK}[(（]?[〇零一二三四五六七八九十0]*年?(?:[一二三四五六七八九十]+月)?[一二三四五六七八九十廿卅]+日(?:[一二三四五六七八九十廿]+[时時](?:[一二三四五六七八九十]+分)?)?[)）]?["”»“’']?$`);
/**
 * What may stand before a date on its line: a weekday, the place of writing, `at` or `on`, the part
 * of the day (`Friday, 19 October 1951`, `Pyongyang, July 16, 1952`, `Night of January 7`).
 */
export const DATE_LEAD = String.raw`(?:${WEEKDAY},?\s+)?(?:${CITY},?\s+)?(?:(?:at|on)\s+)?(?:(?:[Nn]ight|NIGHT|[Ee]vening|EVENING|[Mm]orning|MORNING)\s+(?:of|OF)\s+(?:the\s+)?)?`;
/**
 * What an editor writes after a date, in brackets: the year he supplies (`[1950]`), the rhyme-coded
 * day or the two-hour period the Chinese original gives (`[皓]`, `[酉]`) and a footnote's marker
 * (`[1]`, `〔3〕`), glued or spaced: `19 December [皓]`, `19 December[1]`, `20:00, 12 October [文][3]`.
 */
const DATE_GLOSS = String.raw`\s*(?:\[(?:\d{4}|\d{1,2}|${RHYME_CHARACTER}日?|${HOUR_BRANCH})\]|〔\d{1,2}〕)`;
/**
 * A date with the editor's glosses after it, and perhaps a time with its own after a comma:
 * `18 November [巧], 17:00–19:00 [酉][1]` (the second part is tried only after a gloss).
 */
const GLOSSED_WHEN = String.raw`${WHEN}(?:${DATE_GLOSS}+(?:,?\s+${WHEN}${DATE_GLOSS}*)?)?`;
/**
 * A signer's date with the year the editor supplied after it: `Mao Zedong February 11 [1951]`. Only a year:
 * a footnote's marker there (`ROSHCHIN 19.1.51[1]`) is the line's, not the date's (`NOTE_MARK`).
 */
const SIGNED_WHEN = String.raw`${WHEN}(?:\s*\[1[89]\d\d\])?`;
/** The quote marks that may close a quoted text's last line, before or after its period: `...1950»`, `PENG DEHUAI.’`, `...".`, German `...1951“`. */
const CLOSING_MARKS = String.raw`["”»“’']?\.?["”»“’']?`;
/** A line holding only a date or a time: a signature's, a letter's (with its place, or a weekday before or after it), an edition's in parentheses. */
export const DATE_ONLY = new RegExp(String.raw`^${OPENING_MARK}\(?${DATE_LEAD}${GLOSSED_WHEN}(?:,?\s+${WEEKDAY})?${PLACE_OF_WRITING}?\)?${CLOSING_MARKS}$`);
/**
 * A signer's date written as the day alone, as Korean and Chinese letters date themselves under the
 * signature (`KIM IL SUNG` / `the 14th`): the month and year are the cable's (the chronology infers them).
 */
export const ORDINAL_DAY_LINE = new RegExp(String.raw`^${OPENING_MARK}(?:the|The|THE)\s+\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)${CLOSING_MARKS}$`);

/**
 * Whether `s` is a line holding only a date (`DATE_ONLY`). The pattern is anchored and fails within
 * a line's first words, so it runs at once: a scan for a digit first (every date has one) read a
 * line of prose to its end and cost twice the pattern it was to spare.
 */
export function isDateOnly(s: string): boolean {
  if (DATE_ONLY.test(s)) return true;
  if (!s.includes('[')) return false;
  if (s.charCodeAt(0) === 0x5b && editorsDateOnly(s)) return true;
  // with no date the editor supplied (`FILIPPOV [Stalin]`) the line is unchanged, and the pattern has failed on it already
  const supplied = s.replace(SUPPLIED_DATE_PART, '$1');
  return supplied !== s && DATE_ONLY.test(supplied);
}

/**
 * A letter's place of writing alone on its line over its date alone on the next (`Moscow` / `12 March 1950`):
 * its dateline over two lines. The parser reads it as the letter's origin and date, and a collection does not
 * take it for the editor's title under a document heading.
 */
export function isCityOverDate(placeLine: string, dateLine: string): boolean {
  return CITY_ONLY.test(placeLine) && isDateOnly(dateLine);
}

/** The editor's date in brackets on a line of its own, perhaps with a note's marker: `[19 October 1950]`, `[18 December][2]`. */
function editorsDateOnly(s: string): boolean {
  const close = s.indexOf(']');
  return close > 1 && isDateOnly(s.slice(1, close)) && EDITORS_DATE_AFTER.test(s.slice(close + 1));
}
const EDITORS_DATE_AFTER = new RegExp(String.raw`^(?:${DATE_GLOSS})*\s*[.,]?\s*$`);
/** A part of a date the editor supplied in brackets, its month named or its year: `0400 [21 October 1950]`, `[October] 21, 0400`, `0400 21 [October]`. */
const SUPPLIED_DATE_PART = new RegExp(String.raw`\[((?:\d{1,2}\s+)?${MONTH}(?:,?\s+\d{1,4})?|1[89]\d\d)\]`, 'g');

/** Whether `s` holds an ASCII digit at or after `from`: a date or time expression (`WHEN`) always does. */
export function hasDigit(s: string, from = 0): boolean {
  for (let k = from; k < s.length; k++) {
    if (isDigit(s.charCodeAt(k))) return true;
  }
  return false;
}

/** One recorder's name: `N. Fedorenko`, `A. Vyshinsky`. */
const RECORDER = String.raw`(?:[A-Z]\.\s?){0,3}[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?`;
/**
 * The recorder of a conversation under its text: `Recorded by Cde. N. Fedorenko`, `Record made by N. Fedorenko`,
 * `Recorded by A. Vyshinsky [signature]`; some translators set it as a field, `Recorded by: N. Fedorenko`.
 * Two may have written it down (`Recorded by A. Vyshinsky and N. Fedorenko`), the day may follow
 * (`Recorded by N. Fedorenko, 18.II.50`), and the editor may give the name only beside the signature's
 * mark (`Recorded by [signature] (Shtykov)`) or leave it out (`Recorded by [...]`, the recorder unnamed, his place kept).
 */
export const RECORDED_BY = new RegExp(String.raw`^(?:(?:The conversation|The record) was recorded|Recorded|RECORDED|Record (?:made|kept)|Notes taken|Written down)\s+(?:by|BY):?\s+(?:(?:${HONORIFIC}\s*)?(?<name>${RECORDER}(?:(?:\s*,\s*|\s+and\s+)(?:${HONORIFIC}\s*)?${RECORDER})?)\.?(?:\s*\[(?:signature|signed)\])?|\[(?:signature|signed)\]\s*\((?<marked>${RECORDER})\)|(?<elided>\[(?:\.{3}|…)\]))(?:,?\s+(?<when>${WHEN}))?\.?$`, 'u');
/** `RECORDED_BY` opens with `The conversation`, `The record`, `Recorded`, `Record`, `Notes` or `Written`. */
export const RECORDED_BY_START = new FirstChars('TRNW');

/**
 * Latin letters with accents and breves, either case, as a character class's inside: a name's letters
 * past its first in McCune–Reischauer and pinyin (`KIM IL-SŎNG`, `Pak Hŏn-yŏng`, `Lü`).
 */
export const ACCENTED = String.raw`\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F\u01CD-\u01DC`;
/** Initials after the surname, final period included: `Stalin I.V.`, `STALIN I. V.`, `Malik Ya.A.` */
const INITIALS_AFTER = String.raw`(?:\s+${INITIAL}(?:\s?${INITIAL}){0,2})?`;
/** Initials closing a surname, final period included, as a Soviet address writes them: `STALIN I.V.`, `VYSHINSKY A.Ya.`, `Malik Ya. A.` */
export const INITIALS_AT_END = new RegExp(String.raw`(?<=\p{L}{2})\s+${INITIAL}(?:\s?${INITIAL}){0,2}$`, 'u');
/** An upper-case name of one to four words: `MAO ZEDONG`, `T. SHTYKOV`, `KIM IL SUNG`, `FILIPPOV [Stalin]`. */
const CAPS_NAME = String.raw`(?:${INITIAL}\s*){0,3}[A-Z][A-Z'’\-${ACCENTED}]+(?:\s+[A-Z][A-Z'’\-${ACCENTED}]+){0,3}${INITIALS_AFTER}(?:\s*\[[^\]]{1,40}\])?`;
/** Small letters of a romanised name, with the breves and accents of McCune–Reischauer and pinyin: `Pak Hŏn-yŏng`, `Kim Il-sŏng`. */
const NAME_SMALL = String.raw`${ROMANISED_SMALL}'’\-`;
/** A normal-case name: `Terebin`, `Mao Zedong`, `A. Gromyko`, `Kim Il Sung`. */
const CASE_NAME = String.raw`(?:${INITIAL}\s*){0,3}[A-Z][${NAME_SMALL}]+(?:\s+[A-Z][${NAME_SMALL}]+){0,3}${INITIALS_AFTER}(?:\s*\[[^\]]{1,40}\])?`;
/** Letter-spaced: `S H T Y K O V`. */
const SPACED_NAME = String.raw`(?:[A-Z]\s){3,}[A-Z](?:\s*\[[^\]]{1,40}\])?`;
/** A signer: letter-spaced, in capitals (one or two names), a designator (`CORRESPONDENT 17`), in parentheses, or the editor's mark with the name after it. */
const SIGNATURE_NAME = String.raw`(?:${SPACED_NAME}|(?:CORRESPONDENT|Correspondent)\s+\d{1,3}|${CAPS_NAME}(?:,\s*${CAPS_NAME})?|\(${CASE_NAME}\)(?:\s*\(${CASE_NAME}\))?|\[signature\](?:\s*\(${CASE_NAME}\))?)`;
const CLOSING_PREFIX = String.raw`(?:(?:${SIGNING_FORMULA}|${CLOSING_GREETING})[.,!]?\s+)?`;
const NUMBER_PREFIX = String.raw`(?:(?<numberBefore>${SIGN}\s*${NUMBER})\s*[-–—]?\s*)?`;
/** The sender's number between an upper-case name and the date: `ROSHCHIN   No. 2781   11.11.50` (not after a normal-case word: `To No. 25000.` is a citation). */
const NUMBER_AFTER = String.raw`(?:\s*[-–—,]?\s*(?<numberAfter>${SIGN}\s*${NUMBER}))?`;

/**
 * A signature line, possibly with its date before or after and quotes around it:
 * `MAO ZEDONG 0530 18 October"`, `27.III.50 Shtykov`, `No. 21 - TEREBIN - 9 February`,
 * `With greetings. FILIPPOV [Stalin].”`, `(A. Gromyko)`, `[signature] (Makarov)`.
 */
/** An editor's gloss of the signer's office before his name: `[Foreign Minister] Pak Heon-yeong`. */
const ROLE_GLOSS_BEFORE = String.raw`(?:\[(?!signature\b)[A-Z][^\][]{1,40}\]\s+)?`;
/** A signer's rank as it stands before his name: `Major General`, `Marshal of the Soviet Union`, `Ambassador`. */
export const SIGNER_RANK = String.raw`${RANK_OF}|(?:Colonel|Lieutenant|Major)[- ]General|(?:COLONEL|LIEUTENANT|MAJOR)[- ]GENERAL|Lieutenant Colonel|LIEUTENANT COLONEL|(?:Vice|Rear)[- ]Admiral|(?:VICE|REAR)[- ]ADMIRAL|Marshal|MARSHAL|Generalissimo|GENERALISSIMO|Admiral|ADMIRAL|Colonel|COLONEL|Major|MAJOR|Captain|CAPTAIN|Ambassador|AMBASSADOR`;
/**
 * An office in normal case before a name in capitals, as joint messages sign: `Supreme Commander of the Korean
 * People's Army KIM IL SUNG`, `Commander of the Chinese People's Volunteers PENG DEHUAI` (the capitals of
 * a state or a body ending the office, `... of the USSR`, are no name).
 */
const OFFICE_BEFORE_CAPITALS = String.raw`(?:(?:Supreme|Deputy|First Deputy|Vice|Acting)\s+)?(?:Commander|Chairman|Minister|Chief|Secretary|Premier|Head)(?:-in-[Cc]hief)?(?:\s+(?:of|the|and|for|in|[A-Z][a-z][\w'’()\-]*)){1,10}\s+(?=(?:[A-Z]\.\s*){0,3}[A-Z]{2})(?!(?:USSR|SSSR|PRC|DPRK|CPC|CCP|CPSU|KPA|CPV|PLA|UNC?|VKP|CC|MFA|MID)\b)`;
/**
 * A signer's rank or office before his name, which is then the signature (the rank is left out of it):
 * `Major General ROMANENKO`, `Colonel General T. SHTYKOV`, `Ambassador PETROV`, and an office in capitals
 * before initials (`CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR G. MALENKOV`).
 */
const RANK_BEFORE = String.raw`(?:(?:${SIGNER_RANK})\s+|(?:CHAIRMAN|MINISTER|SECRETARY|COMMANDER|CHIEF|DEPUTY|HEAD)(?:\s+(?:OF|THE|AND|FOR|[A-Z][A-Z'’()\-]+)){1,12}\s+(?=(?:[A-Z]\.\s*){1,3}[A-Z]{2})|${OFFICE_BEFORE_CAPITALS})?`;
/** The editor's mark of a signature before the name it stands for: `[signature] SHTYKOV` (not `[signature] (Makarov)`, a name of its own). */
const SIGNATURE_MARK_BEFORE = String.raw`(?:\[signature\]\s+(?=[A-Z]))?`;

/**
 * A footnote's marker glued to the signer's name, as a PDF copies it: a digit, a superscript, a star
 * or a bracketed number (`ROSHCHIN4`, `SHTYKOV²`, `FILIPPOV [Stalin]."[1]`). It is the editor's, not the name's.
 */
export const NOTE_MARK = String.raw`(?:\d(?!\d)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\*{1,3}|\[\d{1,3}\])`;
const NOTE_MARK_GLUED = `${NOTE_MARK}?`;
export const SIGNATURE_CAPS = new RegExp(
  String.raw`^${OPENING_MARK}${CLOSING_PREFIX}${NUMBER_PREFIX}(?:(?<dateBefore>${WHEN})\.?\s+)?${ROLE_GLOSS_BEFORE}${SIGNATURE_MARK_BEFORE}${RANK_BEFORE}(?<name>${SIGNATURE_NAME})${NOTE_MARK_GLUED}${NUMBER_AFTER}(?:\s*[-–—,]?\s*(?<dateAfter>${SIGNED_WHEN}))?[.,]?(?:x{1,3}\/)?${CLOSING_MARKS}${NOTE_MARK_GLUED}\s*(?:x{1,3}\/)?$`,
);
/** The signer's name again in characters after it, as bilingual texts sign: `Mao Zedong 毛泽东`. */
const HANZI_AFTER_NAME = String.raw`(?:\s+[\u3400-\u9fff]{2,4})?`;
/** The signer's office after his name and a comma: `Mao Zedong, Chairman of the People's Revolutionary Military Council`. */
const OFFICE_AFTER = String.raw`,\s+(?:Chairman|Vice[- ]Chairman|Commander(?:-in-[Cc]hief)?|Minister|Premier|Secretary|Chief|Head|Ambassador)\s+(?:of|for)\s[^,.;:!?"”\d]{3,80}?`;
const OFFICE_AFTER_NAME = String.raw`(?:${OFFICE_AFTER})?`;
/** Where a signer's office after his name begins, if it has one (its words are not counted as the name's). */
export const SIGNER_OFFICE_AFTER = new RegExp(String.raw`${OFFICE_AFTER}(?=\s*(?:[-–,]?\s*${SIGNED_WHEN})?[.]?${CLOSING_MARKS}$)`);
/** A normal-case signature is accepted only at a message's end: `Terebin.`, `Mao Zedong.`, `19.1.51 Roshchin`. */
export const SIGNATURE_CASE = new RegExp(
  String.raw`^${OPENING_MARK}${CLOSING_PREFIX}${NUMBER_PREFIX}(?:(?<dateBefore>${WHEN})\.?\s+)?${ROLE_GLOSS_BEFORE}${SIGNATURE_MARK_BEFORE}(?<name>${CASE_NAME})${HANZI_AFTER_NAME}${OFFICE_AFTER_NAME}(?:\s*[-–,]?\s*(?<dateAfter>${SIGNED_WHEN}))?[.]?${CLOSING_MARKS}$`,
);

/**
 * A party's Central Committee signing as a body, alone on its line: `CC VKP(b)`, `VKP(b) CC`, `CC CPC`,
 * `The Central Committee of the Communist Party of China`, `Politburo of the CC VKP(b)`.
 */
export const SIGNATURE_BODY = new RegExp(String.raw`^${OPENING_MARK}(?:The\s+)?(?:(?:Politburo|POLITBURO|Secretariat|SECRETARIAT)\s+(?:of\s+the\s+|OF\s+THE\s+)?)?(?:(?:CC|Central Committee|CENTRAL COMMITTEE)\s+(?:of\s+the\s+|OF\s+THE\s+)?(?:VKP\([bB]\)|CPSU|CPC|CCP|WPK|KWP|Communist Party of China|Workers[’']? Party of Korea)|(?:VKP\([bB]\)|CPSU|CPC|CCP|WPK) CC)[.]?["”»’']?\.?\s*$`);

/**
 * An envoy signing with his office alone, no name (CABLE-FORMAT §4, institutional signatures): `Consul General of
 * the USSR in Shanghai`, `Soviet Consul General in Tianjin`, `USSR CONSUL IN URUMCHI`, `Chargé d'Affaires of the USSR
 * in Pyongyang`; the place of his post closes the line.
 */
export const OFFICE_SIGNATURE = new RegExp(String.raw`^${OPENING_MARK}(?:The\s+|THE\s+)?(?:(?:Soviet|SOVIET|USSR)\s+)?(?:(?:Vice[- ])?Consul(?:[- ]General)?|(?:VICE[- ])?CONSUL(?:[- ]GENERAL)?|Ambassador|AMBASSADOR|Charg[eé]\s+d[’']Affaires|CHARG[EÉ]\s+D[’']AFFAIRES)(?:\s+(?:of|OF)\s+(?:the\s+|THE\s+)?(?:USSR|Soviet\s+Union|SOVIET\s+UNION))?\s+(?:in|IN|at|AT)\s+(?:${PLACE_WORD}|${CAPS_PLACE})(?:\s*\[[^\]\n]{1,40}\])?["”»’']?\.?["”»’']?\s*$`);

export const QUOTE_OPEN = /^\s*(["“„«])/;
/** A line ending in a closing quote, before or after the final period: `... October"`, `... [Stalin].”`, `...”.` */
export const QUOTE_CLOSE_AT_END = /(["”»])\s*[.,]?\s*(?:x{1,3}\/)?\s*$/;

/**
 * A forwarding sentence that has the envoy say the text aloud rather than hand it over (`... keeping strictly to the
 * following text, tell them:`, `tell him the following:`, `state to him orally:`): what follows is an oral message.
 */
export const TOLD_ALOUD = /\b(?:(?:tell|say\s+to|state\s+to|declare\s+to)\s+(?:him|her|them)(?:\s+(?:orally|verbally))?(?:\s+the\s+following)?|orally|verbally)[\s:"“„«]*$/i;

/** A government as a note names it: `SOVIET GOVERNMENT`, `Government of the USSR`, `GOVERNMENT OF THE UNITED STATES` (never across a `TO`). */
const GOVERNMENT = String.raw`(?:[A-Z][\w'’]*\s+){0,3}?(?:Government|GOVERNMENT)(?:\s+(?:of|OF)\s+(?:the\s+|THE\s+)?[A-Z][\w'’().]*(?:\s+(?:of|OF|(?!(?:TO|To)\b)[A-Z][\w'’().]*)){0,5})?`;
/**
 * What names a government's diplomatic note, the government its sender: its heading (`NOTE OF THE SOVIET GOVERNMENT
 * TO THE GOVERNMENT OF THE UNITED STATES`, its addressee after `TO`), the formula it opens with (`The Soviet Government
 * considers it necessary to state the following:`), or the sentence that hands it over (`... the following note of the
 * Soviet Government:`).
 */
export const NOTE_HEADING = new RegExp(String.raw`^${OPENING_MARK}\s*(?:NOTE|Note)\s+(?:OF|of)\s+(?:THE\s+|the\s+)?(?<from>${GOVERNMENT})(?:\s+(?:TO|to)\s+(?:THE\s+|the\s+)?(?<to>${GOVERNMENT}))?\s*[.:]?$`);
export const NOTE_FORMULA = new RegExp(String.raw`^${OPENING_MARK}\s*The\s+(?<from>${GOVERNMENT})\s+(?:(?:considers|deems)\s+it\s+necessary\s+to\s+(?:state|declare)|(?:states|declares))\s+the\s+following\b`);
export const NOTE_HANDED_OVER = new RegExp(String.raw`\bnote\s+of\s+the\s+(?<from>${GOVERNMENT})`);

/**
 * A forwarding sentence that tells when the text reached the forwarder: `I received the following
 * telegram`, `Mao Zedong handed me`, `was delivered to me`, `an American liaison officer delivered to me
 * the following letter`, `The following telegram arrived`. Its date is the receipt's, not the forwarded text's.
 */
export const TOLD_RECEIPT = /\b(?:I\s+(?:have\s+)?(?:received|got)|(?:was|were|been)\s+(?:handed|delivered|given|passed)\s+(?:to\s+)?(?:me|us)|(?:handed|delivered|passed|brought)\s+(?:(?:over\s+)?to\s+)?(?:me|us)|gave\s+(?:me|us)|arrived|reached\s+(?:me|us))\b/;
