/**
 * Diagnostics: every rule's findings at the user's level per code (`ignore` drops a code), with
 * related information pointing at the other date or spelling, and the data a quick fix needs.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { Severity } from '../diagnosticCodes';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { FileAnalysis } from '../analysis/fileAnalysis';
import type { Rule } from '../analysis/rule';
import { runRules, type LevelledDiagnostic } from '../analysis/runRules';
import type { ILogger, ITextDocument } from '../types';
import { rangeOf } from './ranges';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export class DiagnosticsProvider {
  constructor(private readonly analyses: AnalysisSource, private readonly rules: readonly Rule[], private readonly logger?: ILogger) {}

  /** Each cable's findings (a collection's cables are checked one by one), in file order. */
  provideDiagnostics(doc: ITextDocument): Diagnostic[] {
    return this.diagnosticsOf(this.analyses.get(doc));
  }

  /** The diagnostics of an analysis already in hand (the corpus indexer's, made while summarising the file). */
  diagnosticsOf(file: FileAnalysis): Diagnostic[] {
    return file.cables.flatMap(({ analysis, doc }) => this.cableDiagnostics(doc, runRules(analysis, this.rules, this.logger)));
  }

  private cableDiagnostics(doc: ITextDocument, found: readonly LevelledDiagnostic[]): Diagnostic[] {
    return found.map((d) => {
      const relatedInformation: DiagnosticRelatedInformation[] | undefined = d.related?.map(r => ({
        location: { uri: doc.uri, range: rangeOf(doc, r.span) },
        message: r.message,
      }));
      return {
        range: rangeOf(doc, d.span),
        severity: SEVERITY[d.severity],
        code: d.code,
        source: 'cable',
        message: d.message,
        relatedInformation,
        data: d.data,
      };
    });
  }
}
