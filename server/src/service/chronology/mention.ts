/**
 * What the date scanner finds: a date and/or a time of day written somewhere in the text, with
 * the offsets of its parts and its normalised value. For `received at 1135 19 October 1951` the
 * mention covers `1135 19 October 1951`, its time `1135` (11:35) and its date `19 October 1951`.
 */
import type { Span } from '../types';
import type { ZoneId } from './timezones';

export type DateNotation =
  | 'prose' //         `19 October 1951`, `February 3, 1950`, `Jan 7 1950`, `6 May`, `2-4 December`
  | 'month-year' //    `May 1950`, `mid-February next year`
  | 'numeric' //       `27.7.51`, `19.1.1951`, `3.9`, `1951. 8. 23.`
  | 'named-numeric' // `27.July.1951`
  | 'roman' //         `19.XII.1947`
  | 'slash' //         `10/21/50`, `07/10/50`, `11/5-50`
  | 'chinese' //       `十月七日`, `一九五0年十月七日`
  | 'rhyme-code' //    `皓`, `寒日`, `Hao day[1]`: a day of the month only (see `RhymeCode`)
  | 'day-ordinal' //   `your telegram of the 22nd`: a day of the month only, of a telegram cited
  | 'relative'; //     `Today`, `yesterday`

export type TimeNotation =
  | '24h' //    `1135`, `2140`, `1700 hours`
  | 'colon' //  `16:40`, `3:48-18:10`
  | 'dot' //    `14.35`
  | '12h' //    `3:25 am`, `02:40 a.m.`, `14:10 p.m.`, `3 p.m.`
  | 'words'; // `21 hours 40 minutes`

/** Where a part of a date comes from: the text, an editor's bracket, or inference. */
export type ValueSource = 'text' | 'editor' | 'inferred' | 'relative';

export type RelativeWord = 'today' | 'tonight' | 'yesterday' | 'tomorrow' | 'this-year' | 'next-year' | 'last-year';

/**
 * A rhyme-code day as written (`皓`, `Hao`), with the days its rhyme can stand for: one for a
 * character, two for some pinyin (`Hao` is `皓`, 19, or `号`, 20), of which the date reads the first
 * unless the editor's note on it names the other.
 */
export interface RhymeCode {
  readonly written: string;
  readonly readings: readonly { readonly rhyme: string; readonly day: number }[];
  /** The number of the editor's note on it: `2` for `Hao day[2]`. */
  readonly note?: number;
  /** The day was chosen among the readings by the editor's note. */
  readonly byNote?: boolean;
}

export interface MentionDate {
  readonly span: Span;
  readonly notation: DateNotation;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** Last day of a day range: for `2-4 December` this is 4. */
  readonly dayTo?: number;
  readonly yearSource?: ValueSource;
  readonly monthSource?: ValueSource;
  readonly daySource?: ValueSource;
  /** For numeric and slash dates: which number was read as the day. */
  readonly order?: 'day-month' | 'month-day';
  /** A slash date whose order neither the numbers nor the context decide. */
  readonly ambiguous?: boolean;
  /** The other reading of an ambiguous slash date. */
  readonly alternative?: { readonly year?: number; readonly month: number; readonly day: number };
  /** How an ambiguous slash date was decided, for the hover. */
  readonly decidedBy?: string;
  /** `Night of October 3`, `on the evening of 19 April`. */
  readonly partOfDay?: 'night' | 'morning' | 'afternoon' | 'evening';
  /** `mid-February`, `early March`. */
  readonly approximately?: 'mid' | 'early' | 'late';
  readonly relative?: RelativeWord;
  /** Raw numbers of a slash date, kept so that context can re-decide its order. */
  readonly slash?: { readonly first: number; readonly second: number; readonly year: number };
  /** A rhyme-code day: the rhyme written and the days it can be. */
  readonly rhyme?: RhymeCode;
}

export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

export interface MentionTime extends TimeOfDay {
  readonly span: Span;
  readonly notation: TimeNotation;
  readonly meridiem?: 'am' | 'pm';
  /** `14:10 p.m.`: a 24-hour time with a needless p.m. */
  readonly redundantMeridiem?: boolean;
  /** End of a range: for `3:48-18:10` this is 18:10. */
  readonly to?: TimeOfDay;
}

export interface ZoneMention {
  /** `local` is the sender's clock; the analysis resolves it from the envelope. */
  readonly id: ZoneId | 'local';
  readonly span: Span;
}

export interface DateMention {
  /** The whole mention, e.g. `1135 19 October 1951`, `Night of October 3`, `21:30 Beijing time`. */
  readonly span: Span;
  readonly date?: MentionDate;
  readonly time?: MentionTime;
  readonly statedZone?: ZoneMention;
  /** A weekday written beside the date: `Monday, 22 May 1950`. 0 = Sunday. */
  readonly weekday?: { readonly value: number; readonly span: Span };
  /** Why the date or time cannot exist, e.g. `30 days in September`; undefined when valid. */
  readonly invalid?: { readonly reason: string; readonly span: Span };
}
