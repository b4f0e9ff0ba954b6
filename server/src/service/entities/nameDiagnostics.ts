/**
 * Every name rule over an entity analysis alone, in document order, at default levels: for
 * callers that time recognition and the checks without a whole DocumentAnalysis (the benchmark).
 * The service runs the same rules through `runRules`.
 */
import type { CableDiagnostic } from '../diagnosticCodes';
import type { EntityAnalysis } from './types';
import { checkVariants } from './rules/variant';
import { checkUnknownNearMisses } from './rules/unknownNearMiss';
import { checkMixedRomanisation } from './rules/mixedRomanisation';

export function computeNameDiagnostics(analysis: EntityAnalysis): CableDiagnostic[] {
  const out = [...checkVariants(analysis), ...checkUnknownNearMisses(analysis), ...checkMixedRomanisation(analysis)];
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
