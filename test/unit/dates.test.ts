/**
 * The date scanner on every notation of CABLE-FORMAT §3: each case gives a text, the words each
 * mention must cover and its normalised value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanDates, type DateMention, type ScanOptions } from '../../server/src/service/chronology';

interface Expected {
  /** The exact words the mention covers. */
  readonly words: string;
  /** `YYYY-MM-DD`, `--MM-DD` (no year), `YYYY-MM`, or undefined for a time alone. */
  readonly date?: string;
  readonly time?: string;
  readonly timeTo?: string;
  readonly zone?: string;
  readonly yearSource?: string;
  readonly ambiguous?: boolean;
  readonly invalid?: boolean;
  readonly dayTo?: number;
  readonly notation?: string;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly expect: readonly Expected[];
  readonly options?: ScanOptions;
}

const p2 = (n: number) => String(n).padStart(2, '0');

function dateOf(m: DateMention): string | undefined {
  const d = m.date;
  if (!d || d.month === undefined) return undefined;
  if (d.day === undefined) return `${d.year}-${p2(d.month)}`;
  return `${d.year === undefined ? '-' : d.year}-${p2(d.month)}-${p2(d.day)}`;
}

function check(c: Case): void {
  const found = scanDates(c.text, 0, c.text.length, c.options);
  const words = found.map((m) => c.text.slice(m.span.start, m.span.end));
  assert.deepEqual(words, c.expect.map((e) => e.words), `${c.name}: mentions of ${JSON.stringify(c.text)}`);
  c.expect.forEach((e, i) => {
    const m = found[i] as DateMention;
    assert.equal(dateOf(m), e.date, `${c.name}: date of ${e.words}`);
    assert.equal(m.time ? `${p2(m.time.hour)}:${p2(m.time.minute)}` : undefined, e.time, `${c.name}: time of ${e.words}`);
    if (e.timeTo) assert.equal(m.time?.to && `${p2(m.time.to.hour)}:${p2(m.time.to.minute)}`, e.timeTo, `${c.name}: range end`);
    if (e.zone) assert.equal(m.statedZone?.id, e.zone, `${c.name}: zone`);
    if (e.yearSource) assert.equal(m.date?.yearSource, e.yearSource, `${c.name}: year source`);
    assert.equal(m.date?.ambiguous === true, e.ambiguous === true, `${c.name}: ambiguity`);
    assert.equal(m.invalid !== undefined, e.invalid === true, `${c.name}: validity (${m.invalid?.reason})`);
    if (e.dayTo !== undefined) assert.equal(m.date?.dayTo, e.dayTo, `${c.name}: day range`);
    if (e.notation) assert.equal(m.date?.notation ?? m.time?.notation, e.notation, `${c.name}: notation`);
  });
}

const cases: Case[] = [
  // 24-hour without colon, time before date
  { name: 'seed receipt', text: 'from [BEIJING] received at 1135 19 October 1951', expect: [{ words: '1135 19 October 1951', date: '1951-10-19', time: '11:35' }] },
  { name: 'inner signature', text: 'MAO ZEDONG 0530 18 October"', expect: [{ words: '0530 18 October', date: '--10-18', time: '05:30' }] },
  { name: 'clock in parentheses before its date', text: 'Received (22:00) 14 October 1950', expect: [{ words: '(22:00) 14 October 1950', date: '1950-10-14', time: '22:00' }] },
  { name: 'clock in parentheses after its date', text: 'Sent 14.10.50 (22.00)', expect: [{ words: '14.10.50 (22.00)', date: '1950-10-14', time: '22:00' }] },
  { name: 'reference time-date', text: 'I have received your telegram of 0115 18 October.', expect: [{ words: '0115 18 October', date: '--10-18', time: '01:15' }] },
  { name: 'at + bare time', text: 'At 2140 I received the following telegram', expect: [{ words: '2140', time: '21:40', notation: '24h' }] },
  { name: 'footer deciphered', text: 'Deciphered by Fedyaev 1205 19 October', expect: [{ words: '1205 19 October', date: '--10-19', time: '12:05' }] },
  { name: 'footer printed with number', text: 'Printed by Kornushina 1250 19 October № 3007', expect: [{ words: '1250 19 October', date: '--10-19', time: '12:50' }] },
  { name: 'hours word after 4 digits', text: 'at 1700 hours Beijing time', expect: [{ words: '1700 hours Beijing time', time: '17:00', zone: 'beijing' }] },
  { name: 'outgoing received', text: 'received at 2340 6 September', expect: [{ words: '2340 6 September', date: '--09-06', time: '23:40' }] },
  // 24-hour with colon
  { name: 'colon time before date', text: 'from PEKING received at 16:40 23 November 1949 Copy Nº 2', expect: [{ words: '16:40 23 November 1949', date: '1949-11-23', time: '16:40' }] },
  { name: 'colon + named numeric', text: 'Received 21:15 27.July.1951', expect: [{ words: '21:15 27.July.1951', date: '1951-07-27', time: '21:15', notation: 'named-numeric' }] },
  { name: 'colon with zone', text: 'at 21:30 Beijing time', expect: [{ words: '21:30 Beijing time', time: '21:30', zone: 'beijing' }] },
  { name: 'zone abbreviation', text: 'Received at 21:30 MSK', expect: [{ words: '21:30 MSK', time: '21:30', zone: 'moscow' }] },
  { name: 'zone after a comma, in parentheses', text: 'Received at 21:30, (Moscow time)', expect: [{ words: '21:30, (Moscow time)', time: '21:30', zone: 'moscow' }] },
  { name: 'a word like a zone is none', text: 'Received at 21:30 Tok', expect: [{ words: '21:30', time: '21:30' }] },
  { name: 'other words after a time', text: 'Received at 21:30 the next day', expect: [{ words: '21:30', time: '21:30' }] },
  { name: 'time, zone, then the date', text: 'Received at 21:30 Beijing time 27.7.51', expect: [{ words: '21:30 Beijing time 27.7.51', date: '1951-07-27', time: '21:30', zone: 'beijing' }] },
  { name: 'Moscow time zone', text: 'at 19:55 Moscow time', expect: [{ words: '19:55 Moscow time', time: '19:55', zone: 'moscow' }] },
  { name: 'institution run into time', text: 'Tenth Department Received 17:10 4.XII.1951', expect: [{ words: '17:10 4.XII.1951', date: '1951-12-04', time: '17:10' }] },
  // a telegraph's date line: the month abbreviated in capitals, the year in two digits
  { name: 'telegraph date', text: 'PYONGYANG 31 AUG 46 1430', expect: [{ words: '31 AUG 46 1430', date: '1946-08-31', time: '14:30' }] },
  { name: 'two digits after a month in words are a count', text: 'On 31 August 46 divisions crossed.', expect: [{ words: '31 August', date: '--08-31' }] },
  // dots
  { name: 'dot time after date', text: '9 October 1950   14.35', expect: [{ words: '9 October 1950   14.35', date: '1950-10-09', time: '14:35' }] },
  { name: 'dot time after at', text: 'the meeting began at 14.35 sharp', expect: [{ words: '14.35', time: '14:35', notation: 'dot' }] },
  // 12-hour
  { name: '12-hour am', text: 'Received on 3:25 am, 22 May 1950', expect: [{ words: '3:25 am, 22 May 1950', date: '1950-05-22', time: '03:25' }] },
  { name: '12-hour sent pm', text: 'Sent on 4:50 pm, 22 May 1950', expect: [{ words: '4:50 pm, 22 May 1950', date: '1950-05-22', time: '16:50' }] },
  { name: 'US slash + a.m.', text: 'Sent by wire on 10/21/50 at 02:40 a.m.', expect: [{ words: '10/21/50 at 02:40 a.m.', date: '1950-10-21', time: '02:40' }] },
  { name: 'redundant p.m.', text: 'Typed by Bantsekina on 10/21/50 at 14:10 p.m.', expect: [{ words: '10/21/50 at 14:10 p.m.', date: '1950-10-21', time: '14:10' }] },
  { name: '12 a.m. is midnight', text: 'at 12:30 a.m.', expect: [{ words: '12:30 a.m.', time: '00:30' }] },
  { name: 'hour with p.m. only', text: 'at 3 p.m. the talks resumed', expect: [{ words: '3 p.m.', time: '15:00' }] },
  { name: 'dot time with a.m.', text: 'reached at 9.30 a.m. yesterday', expect: [{ words: '9.30 a.m.', time: '09:30' }, { words: 'yesterday', date: undefined }] },
  // words
  { name: 'hours and minutes', text: 'From BEIJING No. 1309 20 hours 05 minutes, 13.1.1951', expect: [{ words: '20 hours 05 minutes, 13.1.1951', date: '1951-01-13', time: '20:05' }] },
  { name: 'at N hours M minutes', text: 'at 22 hours 15 minutes', expect: [{ words: '22 hours 15 minutes', time: '22:15', notation: 'words' }] },
  { name: 'N hours M min. (abbreviated), joined to its date', text: 'At 21 hours 30 min. on 8 October Zhou Enlai left', expect: [{ words: '21 hours 30 min. on 8 October', date: '--10-08', time: '21:30', notation: 'prose' }] },
  { name: 'N h. M m. (abbreviated hours and minutes)', text: 'From BEIJING No. 508 23 h. 10 m. 2.III.1951', expect: [{ words: '23 h. 10 m. 2.III.1951', date: '1951-03-02', time: '23:10' }] },
  { name: 'time split over two lines', text: 'From BEIJING No. 1412 21 hours 40\nminutes, 19.1.1951', expect: [{ words: '21 hours 40\nminutes, 19.1.1951', date: '1951-01-19', time: '21:40' }] },
  // ranges
  { name: 'time range', text: 'From CORRESPONDENT 17 Sent 24.11.50 Received 25.11 3:48-18:10', expect: [{ words: '24.11.50', date: '1950-11-24' }, { words: '25.11 3:48-18:10', date: '1950-11-25', time: '03:48', timeTo: '18:10', yearSource: 'inferred' }] },
  { name: 'day range', text: 'talks on 2-4 December', expect: [{ words: '2-4 December', date: '--12-02', dayTo: 4 }] },
  { name: 'forwarding time range', text: 'Sent to the 8th Department of the General Staff 3.9 19:05-19:20', expect: [{ words: '3.9 19:05-19:20', date: '--09-03', time: '19:05', timeTo: '19:20' }] },
  // local time with Moscow equivalent
  {
    name: 'local time and Moscow',
    text: 'at 01:20 on [9 March] local time (20:20 [8 March] Moscow)',
    expect: [
      { words: '01:20 on [9 March] local time', date: '--03-09', time: '01:20', zone: 'local' },
      { words: '20:20 [8 March] Moscow', date: '--03-08', time: '20:20', zone: 'moscow' },
    ],
  },
  // numeric dates
  { name: 'd.m.yy', text: 'MAO ZEDONG\n27.7.51"', expect: [{ words: '27.7.51', date: '1951-07-27', notation: 'numeric' }] },
  { name: 'sent d.m.yy time', text: 'Sent 21:10 3.4.51', expect: [{ words: '21:10 3.4.51', date: '1951-04-03', time: '21:10' }] },
  { name: 'd.m.yyyy', text: '19.1.1951', expect: [{ words: '19.1.1951', date: '1951-01-19' }] },
  { name: 'no space after period', text: 'From Pyongyang.Sent 3.9.50 14:08', expect: [{ words: '3.9.50 14:08', date: '1950-09-03', time: '14:08' }] },
  { name: 'd.m after Received', text: 'Received 3.9 18:46', expect: [{ words: '3.9 18:46', date: '--09-03', time: '18:46' }] },
  { name: 'd.m dated', text: 'your telegram dated 3.9', expect: [{ words: '3.9', date: '--09-03' }] },
  { name: 'signature then d.m.yy', text: '19.1.51 ROSHCHIN', expect: [{ words: '19.1.51', date: '1951-01-19' }] },
  { name: 'date before signature', text: 'T. SHTYKOV 17.11.50', expect: [{ words: '17.11.50', date: '1950-11-17' }] },
  { name: 'directive dated', text: 'your directive dated 4.9.50', expect: [{ words: '4.9.50', date: '1950-09-04' }] },
  { name: 'named month numeric', text: '13.June.1951', expect: [{ words: '13.June.1951', date: '1951-06-13' }] },
  // Roman months
  { name: 'roman 1947', text: 'Kuznetsov 16.XII.1947', expect: [{ words: '16.XII.1947', date: '1947-12-16', notation: 'roman' }] },
  { name: 'roman yy', text: '27.III.50 Shtykov', expect: [{ words: '27.III.50', date: '1950-03-27' }] },
  { name: 'roman repeated', text: '4.XII.51 GROMYKO\n4.XII.51', expect: [{ words: '4.XII.51', date: '1951-12-04' }, { words: '4.XII.51', date: '1951-12-04' }] },
  { name: 'a clock after a day and Roman month without a year is its time, not its year', text: 'Received 12.IX 16:25', expect: [{ words: '12.IX 16:25', date: '--09-12', time: '16:25' }] },
  { name: 'a clock with a dot after a day and Roman month is not its year but its time', text: 'Deciphered by Karpov 4.XII 17.40', expect: [{ words: '4.XII 17.40', date: '--12-04', time: '17:40' }] },
  { name: 'a clock after a day and named month is not its year', text: 'Received 27.July 16:25', expect: [{ words: '16:25', time: '16:25' }] },
  { name: 'four digits after a day and Roman month without a year, not one of these cables’ years, are its clock', text: 'Received 4.XII 1620', expect: [{ words: '4.XII 1620', date: '--12-04', time: '16:20' }] },
  { name: 'four digits after a space that are one of these cables’ years stay the year', text: 'Received 4.XII 1951', expect: [{ words: '4.XII 1951', date: '1951-12-04' }] },
  { name: 'a dotted clock after a day and Roman month without a year is its time', text: 'Typed by Kornyushina 12.IX 18.05', expect: [{ words: '12.IX 18.05', date: '--09-12', time: '18:05' }] },
  { name: 'roman II', text: '3.II.1950', expect: [{ words: '3.II.1950', date: '1950-02-03' }] },
  { name: 'roman IX', text: 'on 19.IX.1950', expect: [{ words: '19.IX.1950', date: '1950-09-19' }] },
  { name: 'four digits after a day and month that cannot be a year of these cables are its time', text: 'Deciphered by Karpov 19 October 2330', expect: [{ words: '19 October 2330', date: '--10-19', time: '23:30' }] },
  { name: 'a reference with its time after the date', text: 'your telegram of 18 October 0115', expect: [{ words: '18 October 0115', date: '--10-18', time: '01:15' }] },
  { name: 'an evening hour after a day and month, with a comma or not, is its time, not a year of the last century', text: 'Peng Dehuai\n25 October, 1800', expect: [{ words: '25 October, 1800', date: '--10-25', time: '18:00' }] },
  { name: 'a year of the nineteenth century that is no hour stays a year', text: 'the treaty of 17 April 1895', expect: [{ words: '17 April 1895', date: '1895-04-17' }] },
  { name: 'a month and four digits beyond the years of these cables are no month and year', text: 'sent October 2145', expect: [] },
  { name: 'hours and minutes abbreviated, then the date', text: '2 hours 30 min, 19 October 1951', expect: [{ words: '2 hours 30 min, 19 October 1951', date: '1951-10-19', time: '02:30' }] },
  { name: 'year, month and day with dots, as Korean letters write them', text: 'PAK HON-YONG\n1951. 8. 23.', expect: [{ words: '1951. 8. 23.', date: '1951-08-23', notation: 'numeric' }] },
  { name: 'roman after a slash, year after a dash', text: 'Received 19/X-51 at 2330', expect: [{ words: '19/X-51 at 2330', date: '1951-10-19', time: '23:30', notation: 'roman' }] },
  { name: 'roman between dashes', text: 'the report of 12-X-51', expect: [{ words: '12-X-51', date: '1951-10-12', notation: 'roman' }] },
  { name: 'roman between slashes, four-digit year', text: 'dated 4/XII/1951', expect: [{ words: '4/XII/1951', date: '1951-12-04' }] },
  { name: 'a number, a dash and a Roman numeral without a year is no date', text: 'Group 2-I moved; case 3/IV', expect: [] },
  { name: 'a night over two days, a slash between them', text: 'On the night of 18/19 October the troops crossed', expect: [{ words: 'night of 18/19 October', date: '--10-18' }] },
  { name: 'two numbers with a slash before a month that are not a day and the next are no date', text: 'a 3/5 October share; 21/10/50', expect: [{ words: '21/10/50', date: '1950-10-21' }] },
  { name: 'roman between blanks before a year of these cables', text: 'On 3 XII 1951 Zhou Enlai visited me at 1730', expect: [{ words: '3 XII 1951', date: '1951-12-03', notation: 'roman' }, { words: '1730', time: '17:30' }] },
  { name: 'a number, a blank and a Roman numeral without such a year is no date', text: 'Division 3 II Corps; page 12 IV 2023', expect: [] },
  // slash dates
  { name: 'slash, second above 12', text: 'Received in Moscow on 10/21/50 at 5:52 a.m.', expect: [{ words: '10/21/50 at 5:52 a.m.', date: '1950-10-21', time: '05:52' }] },
  { name: 'slash, first above 12', text: 'dated 21/10/50', expect: [{ words: '21/10/50', date: '1950-10-21' }] },
  { name: 'slash decided by spelled date', text: 'Sent 07/10/50\nTo Kim Il Sung\nOctober 7, 1950', expect: [{ words: '07/10/50', date: '1950-10-07' }, { words: 'October 7, 1950', date: '1950-10-07' }] },
  { name: 'slash decided by another slash date', text: 'Sent 10/21/50; received 11/05/50', expect: [{ words: '10/21/50', date: '1950-10-21' }, { words: '11/05/50', date: '1950-11-05' }] },
  { name: 'slash with dash year: the Russian form, day first', text: '11/5-50. Roshchin', expect: [{ words: '11/5-50', date: '1950-05-11' }] },
  { name: 'slashes only, ambiguous', text: '11/5/50. Roshchin', expect: [{ words: '11/5/50', date: '1950-11-05', ambiguous: true }] },
  { name: 'Politburo slash decided by decision date', text: '# P91/204\n12/11/50\nDecision dated November 12, 1950', expect: [{ words: '12/11/50', date: '1950-11-12' }, { words: 'November 12, 1950', date: '1950-11-12' }] },
  // prose
  { name: 'day month year', text: 'Received on 22 May 1950', expect: [{ words: '22 May 1950', date: '1950-05-22' }] },
  { name: 'month day, year', text: 'February 3, 1950', expect: [{ words: 'February 3, 1950', date: '1950-02-03' }] },
  { name: 'abbreviated month', text: 'Jan 7 1950', expect: [{ words: 'Jan 7 1950', date: '1950-01-07' }] },
  { name: 'abbreviated with period', text: 'on Sept. 15, 1950', expect: [{ words: 'Sept. 15, 1950', date: '1950-09-15' }] },
  { name: 'no year, inferred from neighbour', text: '4 December 1950 ... on 6 May', expect: [{ words: '4 December 1950', date: '1950-12-04' }, { words: '6 May', date: '1950-05-06', yearSource: 'inferred' }] },
  { name: 'editor year', text: 'October 6 [1950]', expect: [{ words: 'October 6 [1950]', date: '1950-10-06', yearSource: 'editor' }] },
  { name: 'editor month', text: '[October] 3', expect: [{ words: '[October] 3', date: '--10-03' }] },
  { name: 'editor whole date', text: 'Mao Zedong [18 December]', expect: [{ words: '[18 December]', date: '--12-18' }] },
  { name: 'night of', text: 'Night of October 3', expect: [{ words: 'Night of October 3', date: '--10-03' }] },
  // the supplied-date bracket holds 1 to 30 characters on one line, and no other bracket
  { name: 'editor date of 30 characters', text: `Mao Zedong [18 December 1950${' '.repeat(14)}]`, expect: [{ words: '[18 December 1950', date: '1950-12-18', yearSource: 'editor' }] },
  { name: 'bracket of 31 characters', text: `Mao Zedong [18 December 1950${' '.repeat(15)}]`, expect: [{ words: '18 December 1950', date: '1950-12-18', yearSource: 'text' }] },
  { name: 'bracket over a line break', text: 'October 6 [19\n50]', expect: [{ words: 'October 6', date: '--10-06' }] },
  { name: 'bracket inside a bracket', text: 'October 6 [[1950]', expect: [{ words: 'October 6', date: '--10-06' }] },
  { name: 'two editor years', text: 'October 6 [1950] and 7 May [1951]', expect: [{ words: 'October 6 [1950]', date: '1950-10-06', yearSource: 'editor' }, { words: '7 May [1951]', date: '1951-05-07', yearSource: 'editor' }] },
  { name: 'night of, capitals', text: 'Night Of October 3', expect: [{ words: 'Night Of October 3', date: '--10-03' }] },
  { name: 'relative year in capitals', text: 'on March 12 OF THIS YEAR', options: { anchor: { year: 1951 } }, expect: [{ words: 'March 12 OF THIS YEAR', date: '1951-03-12', yearSource: 'relative' }] },
  { name: 'evening of', text: 'on the evening of 19 April', expect: [{ words: 'evening of 19 April', date: '--04-19' }] },
  { name: 'parenthesised', text: '(December 9, 1950)', expect: [{ words: 'December 9, 1950', date: '1950-12-09' }] },
  { name: 'modifier date', text: 'a 12 July 1950 letter', expect: [{ words: '12 July 1950', date: '1950-07-12' }] },
  { name: 'the September 28 telegram', text: 'The September 28 telegram', expect: [{ words: 'September 28', date: '--09-28' }] },
  { name: 'telegram number then date', text: 'telegram #2231/sh dated 6 May', expect: [{ words: '6 May', date: '--05-06' }] },
  { name: 'run into next words', text: '9 March 1952 To Comrade NAME Your telegram', expect: [{ words: '9 March 1952', date: '1952-03-09' }] },
  { name: 'signature, number, date', text: 'No. 21 - TEREBIN - 9 February', expect: [{ words: '9 February', date: '--02-09' }] },
  { name: 'provenance on the date line', text: 'Mao Zedong December 9 Printed from manuscript.', expect: [{ words: 'December 9', date: '--12-09' }] },
  { name: 'month and year', text: 'in May 1950 the talks', expect: [{ words: 'May 1950', date: '1950-05', notation: 'month-year' }] },
  { name: 'stated weekday', text: 'Monday, 22 May 1950', expect: [{ words: '22 May 1950', date: '1950-05-22' }] },
  // relative
  { name: 'today', text: 'Today the Chinese side agreed', expect: [{ words: 'Today', date: undefined, notation: 'relative' }] },
  { name: 'today with anchor', text: 'Today the Chinese side agreed', options: { anchor: { year: 1950, month: 5, day: 14 } }, expect: [{ words: 'Today', date: '1950-05-14', yearSource: 'relative' }] },
  { name: 'of this year', text: 'on March 12 of this year', options: { anchor: { year: 1951, month: 5, day: 1 } }, expect: [{ words: 'March 12 of this year', date: '1951-03-12', yearSource: 'relative' }] },
  { name: 'a day, then this year', text: 'Your statement of 30 June this year', options: { anchor: { year: 1951, month: 7, day: 1 } }, expect: [{ words: '30 June this year', date: '1951-06-30', yearSource: 'relative' }] },
  { name: 'mid next year', text: 'in mid-February next year', options: { anchor: { year: 1950, month: 1, day: 20 } }, expect: [{ words: 'mid-February next year', date: '1951-02', yearSource: 'relative' }] },
  { name: 'today on May 9', text: 'Today on May 9 we met', expect: [{ words: 'Today on May 9', date: '--05-09' }] },
  // Chinese
  { name: 'Chinese month and day', text: '毛泽东 十月七日', expect: [{ words: '十月七日', date: '--10-07', notation: 'chinese' }] },
  { name: 'Chinese with year and Latin zero', text: '(一九五0年十月七日)', expect: [{ words: '一九五0年十月七日', date: '1950-10-07' }] },
  { name: 'Chinese twenty-first', text: '十二月二十一日', expect: [{ words: '十二月二十一日', date: '--12-21' }] },
  // date context (the parser's `when` span)
  { name: 'verified time in context', text: 'Sadov[in] 0410', options: { dateContext: true }, expect: [{ words: '0410', time: '04:10' }] },
  { name: 'verified time out of context', text: 'Verified by Shift Chief Sadov[in] 0410', expect: [] },
  { name: 'd.m in context', text: '3.9 19:05', options: { dateContext: true }, expect: [{ words: '3.9 19:05', date: '--09-03', time: '19:05' }] },
  // impossible values
  { name: '31 September', text: 'on 31 September 1950', expect: [{ words: '31 September 1950', date: '1950-09-31', invalid: true }] },
  { name: '2500 hours', text: 'at 2500 hours', expect: [{ words: '2500 hours', time: '25:00', invalid: true }] },
  { name: '29 February 1951', text: '29 February 1951', expect: [{ words: '29 February 1951', date: '1951-02-29', invalid: true }] },
  { name: '29 February 1952 is fine', text: '29 February 1952', expect: [{ words: '29 February 1952', date: '1952-02-29' }] },
  { name: 'minute 75', text: 'Received 19:75 3.4.51', expect: [{ words: '19:75 3.4.51', date: '1951-04-03', time: '19:75', invalid: true }] },
  { name: 'month 13', text: 'dated 5.13.1951', expect: [{ words: '5.13.1951', date: '1951-05-13' }] },
  { name: 'month 14 impossible', text: 'dated 15.14.1951', expect: [{ words: '15.14.1951', date: '1951-14-15', invalid: true }] },
  // not dates
  { name: 'tons', text: '1,000 tons of grain', expect: [] },
  { name: 'pilots', text: '150-250 pilots', expect: [] },
  { name: 'calibre', text: '105-millimeter guns', expect: [] },
  { name: 'aircraft', text: 'MIG-15 and TU-2 aircraft', expect: [] },
  { name: 'parallel and division', text: 'the 38th Parallel, the 12th Division', expect: [] },
  { name: 'durations', text: 'for 3 days, for 8-12 days, for 48 hours, within 24 hours', expect: [] },
  { name: 'document numbers', text: 'No. 1522/sh N° 5205 Nº 2481 № 3007 #2231/sh No. 81/III No. 5/8124', expect: [] },
  { name: 'stamp numbers', text: '[Stamp: Subject to return to the\nVKP(b) CC Special Section 2310\nIncoming N° 254/3612/shs 19 October 1951]', expect: [{ words: '19 October 1951', date: '1951-10-19' }] },
  { name: 'number line then date line', text: 'N° 5205\n\n19 October', expect: [{ words: '19 October', date: '--10-19' }] },
  { name: 'lower-case may is a verb', text: 'we may 3 times ask', expect: [] },
  { name: 'Politburo numbers', text: '# P91/204 and Protocol #91', expect: [] },
  { name: 'decimal figures', text: '1.5 million and section 2.3 of the plan', expect: [] },
  { name: 'ratios', text: 'agrees to the proportion 50:50, in the ratio 60:40, on a 49:51 basis', expect: [] },
];

test('at least 60 notation cases', () => {
  assert.ok(cases.length >= 60, `${cases.length} cases`);
});

for (const c of cases) {
  test(`notation: ${c.name}`, () => check(c));
}

test('a range is honoured: nothing before start or after end', () => {
  const text = '19 October 1951 ... 20 October 1951 ... 21 October 1951';
  const s = text.indexOf('20');
  const found = scanDates(text, s, s + '20 October 1951'.length);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.date?.day, 20);
});

test('the scanner never throws on odd input', () => {
  for (const t of ['', '[', ']', '[[[', '0000', '99:99', '31.31.31', '十月', '月日', '[October', 'October]', '\n\n\n']) {
    assert.doesNotThrow(() => scanDates(t));
  }
});

test('a Roman numeral no month is (XIII) is read whole and reported, never cut to XII', () => {
  const [m] = scanDates('Received 17:40 12.XIII.1951');
  assert.equal(m?.date?.month, 13);
  assert.equal(m?.date?.year, 1951);
  assert.equal(m?.invalid?.reason, 'there is no month 13');
  // a numeral that is no date stays none: a congress, a king
  assert.deepEqual(scanDates('the XIX Congress and Louis XIV.'), []);
});

test('a weekday between a time and its date is the date’s, and the three are one mention', () => {
  const text = 'Received 16:20 Tuesday, 25 October 1950';
  const found = scanDates(text);
  assert.equal(found.length, 1);
  const [m] = found;
  assert.equal(text.slice(m!.span.start, m!.span.end), '16:20 Tuesday, 25 October 1950');
  assert.deepEqual([m!.date?.day, m!.time?.hour, m!.weekday?.value], [25, 16, 2]);
});

test('a number glued to a letter is no date: OCR’s `l9 October`, `12O5`, `l4.XI.50` are not 9 October, 05:00, 4 November', () => {
  for (const text of ['Deciphered by Fedyaev 12O5 l9 October', 'l4.XI.50', 'received at ll:40 pm', 'l2.10.50']) {
    assert.deepEqual(scanDates(text).map(m => text.slice(m.span.start, m.span.end)), [], text);
  }
  // the same with its digits is read, and a number after a sign or a space still is
  assert.equal(scanDates('Deciphered by Fedyaev 1205 19 October').length, 1);
  assert.equal(scanDates('№3007 19 October').length, 1);
});

test('a Chinese date’s closing hour (`十月二十一日四时`, `十月十二日二十时`, `四时三十分`) is its time, one mention with the day; an hour past 24 is none', () => {
  const read = (text: string) => scanDates(text).map(m => [text.slice(m.span.start, m.span.end), m.date?.month, m.date?.day, m.time?.hour, m.time?.minute]);
  assert.deepEqual(read('十月二十一日四时'), [['十月二十一日四时', 10, 21, 4, 0]]);
  assert.deepEqual(read('毛泽东\n十月十二日二十时'), [['十月十二日二十时', 10, 12, 20, 0]]);
  assert.deepEqual(read('十月二十一日四时三十分'), [['十月二十一日四时三十分', 10, 21, 4, 30]]);
  assert.deepEqual(read('十月二十五日二十五时'), [['十月二十五日', 10, 25, undefined, undefined]]);
});

test('a Chinese hour whose numeral is also the day’s (`四月四日四时`) is read after the day', () => {
  const text = '四月四日四时';
  assert.deepEqual(scanDates(text).map(m => [text.slice(m.span.start, m.span.end), m.date?.month, m.date?.day, m.time?.hour]), [['四月四日四时', 4, 4, 4]]);
});
