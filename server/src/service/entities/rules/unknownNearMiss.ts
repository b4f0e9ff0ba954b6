/**
 * `Filipov`, `ROSCHIN`: a spelling one or two letters from a known person's name or cover name,
 * that the document spells right nowhere (else `variant` reports it).
 */
import { defineRule } from '../../analysis/rule';
import type { CableDiagnostic } from '../../diagnosticCodes';
import type { EntityAnalysis } from '../types';
import { describeTarget, nearMissPartners, quote } from '../nameChecks';

export const rule = defineRule({
  code: 'cable.name.unknownNearMiss',
  level: 'warning',
  summary: 'a near-miss of a known person’s name or cover name that is not itself a known form (`Filipov`, `Roschin`)',
  check: (analysis) => checkUnknownNearMisses(analysis.entities),
});

export function* checkUnknownNearMisses(analysis: EntityAnalysis): Generator<CableDiagnostic> {
  const partners = nearMissPartners(analysis);
  for (let k = 0; k < partners.length; k++) {
    const miss = analysis.nearMisses[k]!;
    // Only people and cover names: an unknown village near a known town's spelling (`Chosan`,
    // `Chosin`) is far more often another place than a typo.
    if (partners[k] || !miss.entries.some((e) => e.kind === 'person')) continue;
    // `Kim Yong-ju`, a known surname with a given name of the language's own: another man, as likely
    if (miss.anotherGivenName) continue;
    const entry = miss.entries[0];
    yield {
      code: 'cable.name.unknownNearMiss',
      span: miss.span,
      message: `${quote(miss.written)} is not a known name; did you mean ${quote(miss.suggestion)}${entry ? describeTarget(miss) : ''}?`,
      data: { replacement: miss.suggestion, entryId: entry?.id },
    };
  }
}
