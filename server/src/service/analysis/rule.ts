/**
 * A check is a rule: one diagnostic code, its default level, the sentence the README and the
 * settings UI show for it, and a function that reads the analysis and yields what it finds.
 * A rule lives beside the knowledge it uses (`chronology/rules/weekday.ts`,
 * `entities/rules/variant.ts`, `parser/rules/unclosedStamp.ts`); `npm run build` finds every
 * `export const rule` under a `rules/` folder of the service and lists it in `allRules.ts`, the
 * manifest's `cable.diagnostics.levels` and the README's table of codes.
 */
import type { CableDiagnostic, DiagnosticCode, Level } from '../diagnosticCodes';
import type { DocumentAnalysis } from './documentAnalysis';

export interface Rule<C extends DiagnosticCode = DiagnosticCode> {
  /** A stable id users refer to in `cable.diagnostics.levels`, e.g. `cable.date.weekday`. */
  readonly code: C;
  /** The level when the user sets none. */
  readonly level: Level;
  /** What it finds, in one line of Markdown: the README's table and the settings UI show it. */
  readonly summary: string;
  /** Yields the rule's findings on one document; never throws on damaged text (a throw is logged and the rule skipped). */
  check(analysis: DocumentAnalysis): Iterable<CableDiagnostic>;
}

/** Declares a rule; the code stays a literal type, so the registry knows every code by name. */
export function defineRule<const C extends DiagnosticCode>(rule: Rule<C>): Rule<C> {
  return Object.freeze(rule);
}
