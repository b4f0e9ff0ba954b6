/**
 * Calendar arithmetic for the chronology checks: proleptic Gregorian dates (the USSR, China and
 * Korea all used the Gregorian calendar by 1945) and weekdays; the month and weekday names are
 * the vocabulary's (`../vocabulary.ts`).
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 for a valid date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The calendar date of a day number. */
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return ((dayNumber(year, month, day) % 7) + 7 + 4) % 7;
}

export { monthNames, weekdayNames, monthFromName, monthFromRoman, weekdayFromName } from '../vocabulary';

/** Value of a Chinese numeral as written in dates: `十月` 10, `二十一` 21, `一九五0` 1950 (digit by digit). */
export function chineseNumber(text: string, positional: boolean): number | undefined {
  const digit: Record<string, number> = {
    '〇': 0, '○': 0, '零': 0, '0': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5,
    '六': 6, '七': 7, '八': 8, '九': 9, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9,
  };
  if (/^\d+$/.test(text)) return Number(text);
  if (positional) {
    let n = 0;
    for (const ch of text) {
      const d = digit[ch];
      if (d === undefined) return undefined;
      n = n * 10 + d;
    }
    return n;
  }
  // 十 = 10, 十一 = 11, 二十 = 20, 二十一 = 21, 廿 = 20, 卅 = 30
  let total = 0;
  let pending = 0;
  for (const ch of text) {
    if (ch === '十') {
      total += (pending || 1) * 10;
      pending = 0;
    } else if (ch === '廿') {
      total += 20;
    } else if (ch === '卅') {
      total += 30;
    } else {
      const d = digit[ch];
      if (d === undefined) return undefined;
      pending = d;
    }
  }
  return total + pending;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
