/**
 * The one registry of diagnostic codes. Codes are stable ids: users refer to them in
 * `cable.diagnostics.levels`, tests assert them, and the README documents them. To add a
 * check, add its code here first (see CONTRIBUTING.md).
 */
import type { Span } from './types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A user-settable level: a severity, or `ignore` to silence the code. */
export type Level = Severity | 'ignore';

export const diagnosticCodes = {
  // names (issue: entities)
  'cable.name.variant': { level: 'warning', summary: 'Two near-miss spellings of one name in the same document.' },
  'cable.name.unknownNearMiss': { level: 'warning', summary: 'A near-miss of a gazetteer name that is not itself a known form.' },
  'cable.name.mixedRomanisation': { level: 'information', summary: 'One entity written in two romanisation systems in one document.' },
  // dates and chronology (issue: dates)
  'cable.date.invalid': { level: 'error', summary: 'A date or time that cannot exist (31 September, 2500 hours).' },
  'cable.date.processingOrder': { level: 'warning', summary: 'Processing steps out of order (deciphered before received, ...).' },
  'cable.date.innerAfterOuter': { level: 'warning', summary: 'An inner telegram dated after the cable that forwards it.' },
  'cable.date.referenceAfter': { level: 'warning', summary: 'A telegram referred to is dated after the one referring to it.' },
  'cable.date.envelopeMismatch': { level: 'warning', summary: 'Envelope, stamp and footer dates disagree beyond the tolerance.' },
  'cable.date.weekday': { level: 'warning', summary: 'A stated weekday that does not match the date.' },
  'cable.date.ambiguous': { level: 'hint', summary: 'A slash date whose day/month order the context does not decide.' },
  // counts
  'cable.count.copyNumber': { level: 'warning', summary: 'A copy number above the number of copies printed.' },
  'cable.count.distribution': { level: 'information', summary: 'The distribution list does not match the stated number of copies.' },
  // structure
  'cable.structure.unclosedStamp': { level: 'information', summary: 'A stamp bracket that is never closed.' },
  'cable.structure.unbalancedQuote': { level: 'information', summary: 'A quoted telegram whose quote marks do not balance.' },
  // user gazetteer files
  'cable.gazetteer.invalid': { level: 'error', summary: 'A workspace gazetteer file that cannot be read.' },
} as const satisfies Record<string, { level: Level; summary: string }>;

export type DiagnosticCode = keyof typeof diagnosticCodes;

export interface RelatedInformation {
  readonly span: Span;
  readonly message: string;
}

/** A diagnostic as the service computes it; the LSP glue converts spans to ranges and applies user levels. */
export interface CableDiagnostic {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedInformation[];
  /** Data a quick fix needs, e.g. `{ replacement: 'Li Kenong' }`. */
  readonly data?: Readonly<Record<string, unknown>>;
}

export function defaultLevel(code: DiagnosticCode): Level {
  return diagnosticCodes[code].level;
}

/** Resolves a code's level from user overrides (`cable.diagnostics.levels`), falling back to the default. */
export function levelFor(code: DiagnosticCode, overrides: Readonly<Record<string, Level | undefined>> | undefined): Level {
  return overrides?.[code] ?? defaultLevel(code);
}
