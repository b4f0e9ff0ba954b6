/** Dates, times and chronology of a cable (issue 4): the public API of this folder. */
export type { DateMention, MentionDate, MentionTime, ZoneMention, DateNotation, TimeNotation, ValueSource, RelativeWord, TimeOfDay } from './mention';
export { scanDates, scanRaw, resolveMentions, validityOf, type ScanOptions, type ResolveOptions } from './scanner';
export { zoneTable, zoneInfo, zoneForPlace, zoneOffsetMinutes, isZoneApproximate, formatOffset, type ZoneId, type ZoneInfo, type ZonePeriod } from './timezones';
export { weekdayOf, weekdayNames, monthNames, daysInMonth, isLeapYear } from './calendar';
export { analyzeChronology, formatDuration, type ChronologyMention, type ChronologyOptions, type ChronologyResult, type DateRole } from './analyze';
export { dateHoverAt, formatDateHover, formatMentionValue, mentionAt } from './hover';
