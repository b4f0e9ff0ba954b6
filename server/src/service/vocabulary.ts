/**
 * The words of the cables that more than one layer recognises: months (with their abbreviations
 * and Roman numerals), weekdays, relative days, number signs, honorifics and clock words. The date
 * scanner, the calendar, the entity layer and the grammar build (`syntaxes/src/cable.grammar.ts`)
 * all read them here, so that `Sept.` or `19.XII.1947` is a date to every one of them or to none.
 */

/** `January` … `December`, in calendar order. */
export const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * Abbreviations written in the cables, by month number (`Jan 7 1950`, `Sept. 12`); `May` has none.
 * A longer form comes first (`Sept` before `Sep`), so an alternation built from them never cuts a word.
 */
export const monthAbbreviations: Readonly<Record<number, readonly string[]>> = {
  1: ['Jan'], 2: ['Feb'], 3: ['Mar'], 4: ['Apr'], 6: ['Jun'], 7: ['Jul'], 8: ['Aug'],
  9: ['Sept', 'Sep'], 10: ['Oct'], 11: ['Nov'], 12: ['Dec'],
};

/** Every abbreviation in calendar order: `Jan`, `Feb`, …, `Sept`, `Sep`, …, `Dec`. */
export const allMonthAbbreviations: readonly string[] = Object.keys(monthAbbreviations)
  .map(Number)
  .sort((a, b) => a - b)
  .flatMap((month) => monthAbbreviations[month] ?? []);

/** Roman-numeral months, `XII` in `19.XII.1947`, by month number (index 0 is I = January). */
export const romanMonths = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** Roman months from December down, for alternations that never cut a numeral: `XII|XI|X|IX|…|II|I`. */
export const romanMonthsDescending: readonly string[] = [...romanMonths].reverse();
/**
 * A Roman numeral where a Roman month stands, up to XXXIX, as a regular expression's source: the
 * months and the slips no month is (`12.XIII.1951`), so that a slip is read whole and reported
 * rather than read as `12.XII` with an `I` left over. Must not be followed by a letter.
 */
export const ROMAN_NUMERAL = '(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?![A-Za-z])';

/** `Sunday` … `Saturday` (index 0 is Sunday, as `Date.getUTCDay`). */
export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The weekdays' abbreviations, always with their dot (`Mon., 10 July 1951`), by weekday from Sunday. */
const weekdayAbbreviations: readonly (readonly string[])[] = [['Sun.'], ['Mon.'], ['Tues.', 'Tue.'], ['Wed.'], ['Thurs.', 'Thur.', 'Thu.'], ['Fri.'], ['Sat.']];

/** Every way a weekday is written, names and abbreviations, Monday first (for a regular expression's alternation). */
export const weekdayWords: readonly string[] = [1, 2, 3, 4, 5, 6, 0].flatMap((d) => [weekdayNames[d] as string, ...(weekdayAbbreviations[d] as readonly string[])]);

/** Days named relative to the document's date: `Today on May 9`. */
export const relativeDays = ['today', 'tonight', 'yesterday', 'tomorrow'] as const;

/** Number signs before a registration number: `N° 25025` (degree), `Nº` (ordinal), `№`, `No.`, `#`. */
export const numberSigns = ['N°', 'Nº', '№', 'No.', '#'] as const;

/** Number signs before several numbers: `Nos. 1405/sh and 1421/sh`, `NºNº 1-3`, `№№ 12, 13`. */
export const pluralNumberSigns = ['Nos.', 'N°N°', 'NºNº', '№№'] as const;

/** Honorifics before a name: `Cde. FILIPPOV`, `Comrade Stalin`, `Com[rade]`, `Cmrds`. */
export const honorifics = ['Cde.', 'Cdes.', 'Comrade', 'Comrades', 'Comr.', 'Com.', 'Com[rade]', 'Cmrds'] as const;

/** Words naming a clock after a time: `21:30 Beijing time`, `at 01:20 ... local time`, `(20:20 [8 March] Moscow)`. */
export const clockWords = ['Beijing', 'Peking', 'Peiping', 'Moscow', 'Pyongyang', 'Korean', 'Tokyo', 'Manchurian', 'Vladivostok', 'Khabarovsk', 'local'] as const;

/** Zone abbreviations written after a time: `MSK`, `KST`. */
export const zoneAbbreviations = ['KST', 'MSK'] as const;

/** Words for hours after a number: `1700 hours`, `21 hours 40 minutes`. */
export const hourWords = ['hours', 'hrs'] as const;

/**
 * The rhyme-code days (韵目代日) by which Chinese telegrams date themselves (CABLE-FORMAT §3): each
 * day of the month is a rhyme of the rhyme book, written by its character (`皓` is the 19th), and
 * English editions print the rhyme's pinyin with a note (`Hao day[1]`). Some days have a second
 * character in use (`号`/`哿` 20, `敬`/`迥` 24, `宥`/`寝` 26, `陷`/`卅` 30, `世`/`引` 31). Pinyin
 * without tones is not always one rhyme: `Hao` is `皓` (19) or `号` (20), `Dong` `东` (1) or `冬` (2).
 * The telegrams themselves were written before the 1956 simplification: a facsimile or an older
 * edition prints a rhyme in its traditional form (`東`, `號`, `馬`), the same rhyme and day.
 */
export const rhymeCodeDays: readonly { readonly rhyme: string; readonly day: number; readonly pinyin: string; readonly traditional: readonly string[] }[] = ([
  ['东', 1, 'Dong', '東'], ['冬', 2, 'Dong'], ['江', 3, 'Jiang'], ['支', 4, 'Zhi'], ['微', 5, 'Wei'],
  ['鱼', 6, 'Yu', '魚'], ['虞', 7, 'Yu'], ['齐', 8, 'Qi', '齊'], ['佳', 9, 'Jia'], ['灰', 10, 'Hui'],
  ['真', 11, 'Zhen'], ['文', 12, 'Wen'], ['元', 13, 'Yuan'], ['寒', 14, 'Han'], ['删', 15, 'Shan', '刪'],
  ['铣', 16, 'Xian', '銑'], ['筱', 17, 'Xiao'], ['巧', 18, 'Qiao'], ['皓', 19, 'Hao'], ['号', 20, 'Hao', '號'],
  ['哿', 20, 'Ge'], ['马', 21, 'Ma', '馬'], ['养', 22, 'Yang', '養'], ['漾', 23, 'Yang'], ['敬', 24, 'Jing'],
  ['迥', 24, 'Jiong'], ['有', 25, 'You'], ['宥', 26, 'You'], ['寝', 26, 'Qin', '寢'], ['感', 27, 'Gan'],
  ['俭', 28, 'Jian', '儉'], ['艳', 29, 'Yan', '艷豔'], ['陷', 30, 'Xian'], ['卅', 30, 'Sa'], ['世', 31, 'Shi'],
  ['引', 31, 'Yin'],
] as const).map(([rhyme, day, pinyin, traditional]: readonly [string, number, string, string?]) => ({ rhyme, day, pinyin, traditional: [...(traditional ?? '')] }));

/** The rhyme characters, simplified and traditional, as a regex character class: `[东東冬江…]`. */
export const RHYME_CHARACTER = `[${rhymeCodeDays.map((r) => r.rhyme + r.traditional.join('')).join('')}]`;

/**
 * The twelve earthly branches as a regex character class: a Chinese telegram gives its hour as one
 * of the day's two-hour periods (`酉` is 17:00–19:00), after its rhyme-coded day (`巧酉`).
 */
export const HOUR_BRANCH = '[子丑寅卯辰巳午未申酉戌亥]';

/** The earthly branches' pinyin, as an English edition prints the hour after the day's rhyme (`Qiao Hai`: the 18th, 21:00–23:00). */
export const HOUR_BRANCH_PINYIN = 'Zi|Chou|Yin|Mao|Chen|Si|Wu|Wei|Shen|You|Xu|Hai';

/** The rhymes' pinyin, each once, as a regex alternation: `Dong|Jiang|…`. */
export const RHYME_PINYIN = alternation([...new Set(rhymeCodeDays.map((r) => r.pinyin))]);

/**
 * The two Latin letters that write one Russian letter, as they stand for an initial (`A. Ya.
 * Vyshinsky`, `Yu. V. Andropov`, `Kh.`, `Zh.`). The parser's signers and addressees and the entity
 * layer's unknown people read the same ones.
 */
export const russianPairInitials = ['Ya', 'Yu', 'Ye', 'Yo', 'Zh', 'Ch', 'Sh', 'Kh', 'Ts'] as const;

/** A regex alternation of the pairs in name case and in capitals (`Ya|…|YA|…`), without the period. */
export const RUSSIAN_PAIR_INITIAL = [...russianPairInitials, ...russianPairInitials.map((pair) => pair.toUpperCase())].join('|');

/** A regex alternation of words, without a group: `January|February|…`. */
export function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

const monthByName = new Map<string, number>();
monthNames.forEach((name, i) => monthByName.set(name.toLowerCase(), i + 1));
for (const [month, list] of Object.entries(monthAbbreviations)) for (const a of list) monthByName.set(a.toLowerCase(), Number(month));

/** Month number of a month name or abbreviation in any case, with or without a dot (`Sept.`, `oct`), else undefined. */
export function monthFromName(word: string): number | undefined {
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  return monthByName.get(w.toLowerCase());
}

/** Month number of a Roman numeral month (`XII` 12), else undefined. */
export function monthFromRoman(roman: string): number | undefined {
  const i = (romanMonths as readonly string[]).indexOf(roman.toUpperCase());
  return i < 0 ? undefined : i + 1;
}

/** The value of a Roman numeral of `ROMAN_NUMERAL` (`XIII` 13), else undefined. */
export function romanValue(roman: string): number | undefined {
  const digits: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let k = 0; k < roman.length; k++) {
    const v = digits[roman[k]!.toUpperCase()];
    if (v === undefined) return undefined;
    const next = digits[roman[k + 1]?.toUpperCase() ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total || undefined;
}

/** 0 (Sunday) … 6 of a weekday name or abbreviation (`Tues.`) in any case, else undefined. */
export function weekdayFromName(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = weekdayNames.findIndex((n, d) => n.toLowerCase() === w || (weekdayAbbreviations[d] as readonly string[]).some((a) => a.toLowerCase() === w));
  return i < 0 ? undefined : i;
}
