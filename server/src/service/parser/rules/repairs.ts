/** The structure rules report what the parser had to repair (`CableDocument.repairs`), one code per kind. */
import type { CableDiagnostic, DiagnosticCode } from '../../diagnosticCodes';
import type { DocumentAnalysis } from '../../analysis/documentAnalysis';
import type { ParseRepairKind } from '../ast';

export function* repairsOf(analysis: DocumentAnalysis, kind: ParseRepairKind, code: DiagnosticCode): Iterable<CableDiagnostic> {
  for (const r of analysis.parsed.repairs) if (r.kind === kind) yield { code, span: r.span, message: r.message };
}
