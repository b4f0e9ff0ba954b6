/**
 * Character tests on UTF-16 code units, for the scanners that read a text by `charCodeAt` instead
 * of running a pattern: one definition each, shared by the parser, the date scanner and the name
 * readers.
 */

/** `0`–`9`. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `A`–`Z` or `a`–`z`. */
export function isAsciiLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** A space or a tab: the blanks between the words of a line. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}
