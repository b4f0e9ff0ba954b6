/**
 * Ending a message or hover line with a value: a value may already end a sentence (`9:45 a.m.`,
 * `Co.`, a note ending in a period), and a period after it would double (`a.m..`); and reading one:
 * whether a full stop ends a sentence or an abbreviation (`Cde.`, `Sept.`). Pure text.
 */

/** `s` with one closing period: none is added after `.`, `!`, `?` or `…`, closing quotes looked through. */
export function sentence(s: string): string {
  const trimmed = s.trimEnd();
  return /[.!?…]["'’”]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Does a full stop after these letters end a sentence? A word of small letters does, bar the
 * abbreviations of months and titles; so does a year (`... was signed in 1950.`).
 */
export function endsSentence(before: string): boolean {
  if (/(?:^|\s)19\d\d$/.test(before)) return true;
  const word = /[A-Za-z]+$/.exec(before)?.[0];
  return word !== undefined && /[a-z]{2}$/.test(word) && !ABBREVIATION.test(word);
}
const ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Cde|Cdes|Comr|Com|Gen|Col|Lt|Capt|Maj|No|Nos|Mr|Mrs|Dr|St|ca|cf|vol|pp|ll)$/;
