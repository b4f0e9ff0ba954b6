/** Runs the rules over one analysis, at the levels the user chose, in document order. */
import { levelFor, type CableDiagnostic, type Severity } from '../diagnosticCodes';
import type { ILogger } from '../types';
import type { DocumentAnalysis } from './documentAnalysis';
import type { Rule } from './rule';

export interface LevelledDiagnostic extends CableDiagnostic {
  readonly severity: Severity;
}

export function runRules(analysis: DocumentAnalysis, rules: readonly Rule[], logger?: ILogger): LevelledDiagnostic[] {
  const out: LevelledDiagnostic[] = [];
  for (const rule of rules) {
    const level = levelFor(rule.code, analysis.settings.diagnosticLevels);
    if (level === 'ignore') continue;
    try {
      // every finding built with the same fields in one order (a spread would give each rule's findings a shape of their own)
      for (const d of rule.check(analysis)) out.push({ code: d.code, span: d.span, message: d.message, related: d.related, data: d.data, severity: level });
    } catch (e) {
      // One rule failing on some damaged text must not take the other rules' findings with it.
      logger?.log(`cable: rule ${rule.code} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
