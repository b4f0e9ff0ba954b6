/**
 * The baseline every parser row is compared with: the least work any line-oriented analysis
 * must do — split the text into lines and run one regular expression over each line. A parser
 * costing a small multiple of this is doing its real work efficiently.
 */

/** One pattern of roughly the weight of a real line classifier: header keywords or a prose date. */
const LINE_PATTERN =
  /^\s*(?:CABLE|CIPHERED TELEGRAM|COPY OF AN OUTGOING TELEGRAM|from|received|sent|deciphered|printed|typed|verified|\[stamp)\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** Returns the number of matching lines (so the work cannot be optimised away). */
export function baselineScan(text: string): number {
  const lines = text.split(/\r?\n/);
  let matches = 0;
  for (const line of lines) {
    if (LINE_PATTERN.exec(line) !== null) matches++;
  }
  return matches;
}
