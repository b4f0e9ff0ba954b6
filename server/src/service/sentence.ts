/**
 * Ending a message or hover line with a value: a value may already end a sentence (`9:45 a.m.`,
 * `Co.`, a note ending in a period), and a period after it would double (`a.m..`). Pure text.
 */

/** `s` with one closing period: none is added after `.`, `!`, `?` or `…`, closing quotes looked through. */
export function sentence(s: string): string {
  const trimmed = s.trimEnd();
  return /[.!?…]["'’”]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
