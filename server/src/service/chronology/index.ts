/** Dates, times and chronology of a cable (issue 4): the public API of this folder. */
export type { DateMention, MentionDate, MentionTime, ZoneMention, DateNotation, TimeNotation, ValueSource, RelativeWord, TimeOfDay } from './mention';
export { scanDates, scanRaw, resolveMentions, validityOf, type ScanOptions, type ResolveOptions } from './scanner';
export { zoneTable, zoneInfo, zoneForPlace, zoneOffsetMinutes, isZoneApproximate, formatOffset, type ZoneId, type ZoneInfo, type ZonePeriod } from './timezones';
export { weekdayOf, weekdayNames, monthNames, daysInMonth, isLeapYear } from './calendar';
export { analyzeChronology, isProcessing, fullDateOf, type CalendarDay, type ChronologyMention, type ChronologyResult, type DateRole, type Stage } from './timeline';
export { formatDuration } from './describe';
export { outOfOrder, definitelyAfter, type OutOfOrder } from './order';
export { messageDates, type MessageDates } from './messageDates';
export { dateHoverAt, formatDateHover, formatMentionValue, mentionAt } from './hover';
