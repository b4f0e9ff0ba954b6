/**
 * `Le Kenong` beside `Li Kenong`: a spelling that is no known form, one or two letters from a name
 * the same document spells right. Two spellings that are both known forms (`Vyshinsky` and
 * `Vishinsky`, `Kornushina` and `Kornyushina`) are each correct: `mixedRomanisation` notes them.
 */
import { defineRule } from '../../analysis/rule';
import type { CableDiagnostic } from '../../diagnosticCodes';
import type { EntityAnalysis } from '../types';
import { describeTarget, inCaseOf, slipPartner, quote } from '../nameChecks';
import { sentence } from '../../sentence';

export const rule = defineRule({
  code: 'cable.name.variant',
  level: 'warning',
  summary: 'a misspelt name beside its right spelling in one document (`Le Kenong` beside `Li Kenong`)',
  check: (analysis) => checkVariants(analysis.entities),
});

export function* checkVariants(analysis: EntityAnalysis): Generator<CableDiagnostic> {
  // a spelling that is no known form, next to the right one
  for (let k = 0; k < analysis.nearMisses.length; k++) {
    // `Chen Yu` beside `Chen Yun` has none: a one-syllable given name one letter from another is
    // another name (the minister of fuel, not the Politburo member); `Zhou Enlei` beside `Zhou Enlai` is a slip
    const other = slipPartner(analysis, k);
    if (!other) continue;
    const miss = analysis.nearMisses[k]!;
    yield {
      code: 'cable.name.variant',
      span: miss.span,
      message: sentence(`${quote(miss.written)} is spelled ${quote(other.name)} elsewhere in this document${miss.entries[0] ? describeTarget(miss) : ''}`),
      related: [{ span: other.span, message: `${quote(other.name)} is written here.` }],
      data: { replacement: inCaseOf(miss.written, other.name), entryId: other.resolution.best.entry.id },
    };
  }
}
