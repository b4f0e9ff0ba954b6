/**
 * Diagnostics: every rule's findings at the user's level per code (`ignore` drops a code), with
 * related information pointing at the other date or spelling, and the data a quick fix needs.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver-types';
import type { Severity } from '../diagnosticCodes';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { CableView, FileAnalysis } from '../analysis/fileAnalysis';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import type { Rule } from '../analysis/rule';
import { runRules, type LevelledDiagnostic } from '../analysis/runRules';
import type { ILogger, ITextDocument } from '../types';
import { rangeOf } from './ranges';

/** The codes a collection title is checked for: its names. */
const NAME_CODES = 'cable.name.';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export class DiagnosticsProvider {
  private readonly nameRules: readonly Rule[];

  constructor(private readonly analyses: AnalysisSource, private readonly rules: readonly Rule[], private readonly logger?: ILogger) {
    this.nameRules = rules.filter(r => r.code.startsWith(NAME_CODES));
  }

  /** Each cable's findings (a collection's cables are checked one by one), in file order. */
  provideDiagnostics(doc: ITextDocument): Diagnostic[] {
    return this.diagnosticsOf(this.analyses.get(doc));
  }

  /** The diagnostics of an analysis already in hand (the corpus indexer's, made while summarising the file). */
  diagnosticsOf(file: FileAnalysis): Diagnostic[] {
    return file.cables.flatMap(cable => cable.titleView ? [...this.viewDiagnostics(cable.titleView, true), ...this.viewDiagnostics(cable)] : this.viewDiagnostics(cable));
  }

  /** A cable's findings, or a collection title's findings on its names (a title is no cable: its dates and structure are not checked). */
  private viewDiagnostics({ analysis, local, line }: CableView, namesOnly = false): Diagnostic[] {
    // Each cable's findings in its own lines, kept while its analysis lives: an edit elsewhere in a collection reuses them.
    let found = this.found.get(analysis);
    if (!found) {
      found = this.cableDiagnostics(local, runRules(analysis, namesOnly ? this.nameRules : this.rules, this.logger));
      this.found.set(analysis, found);
    }
    return line === 0 ? found : found.map(d => shiftDiagnostic(d, line));
  }

  private readonly found = new WeakMap<DocumentAnalysis, Diagnostic[]>();

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

function shiftRange(r: Range, lines: number): Range {
  return { start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } };
}

/** A diagnostic moved down by `lines` lines, its related places with it. */
function shiftDiagnostic(d: Diagnostic, lines: number): Diagnostic {
  const related = d.relatedInformation?.map(r => ({ ...r, location: { ...r.location, range: shiftRange(r.location.range, lines) } }));
  return { ...d, range: shiftRange(d.range, lines), ...(related ? { relatedInformation: related } : {}) };
}
