/**
 * Diagnostics: the chronology's and the name checks' findings, with the user's level per code
 * (`ignore` drops a code), related information pointing at the other date or spelling, and the
 * data a quick fix needs.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { computeNameDiagnostics } from '../entities';
import { levelFor, type CableDiagnostic, type Level } from '../diagnosticCodes';
import type { DocumentAnalysis } from '../index';
import type { ITextDocument } from '../types';

const SEVERITY: Record<Exclude<Level, 'ignore'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export class DiagnosticsProvider {
  provideDiagnostics(doc: ITextDocument, analysis: DocumentAnalysis, levels: Readonly<Record<string, Level | undefined>>): Diagnostic[] {
    const found: CableDiagnostic[] = [...analysis.chronology.diagnostics, ...computeNameDiagnostics(analysis.entities)];
    const out: Diagnostic[] = [];
    for (const d of found.sort((a, b) => a.span.start - b.span.start)) {
      const level = levelFor(d.code, levels);
      if (level === 'ignore') continue;
      const relatedInformation: DiagnosticRelatedInformation[] | undefined = d.related?.map(r => ({
        location: { uri: doc.uri, range: { start: doc.positionAt(r.span.start), end: doc.positionAt(r.span.end) } },
        message: r.message,
      }));
      out.push({
        range: { start: doc.positionAt(d.span.start), end: doc.positionAt(d.span.end) },
        severity: SEVERITY[level],
        code: d.code,
        source: 'cable',
        message: d.message,
        relatedInformation,
        data: d.data,
      });
    }
    return out;
  }
}
