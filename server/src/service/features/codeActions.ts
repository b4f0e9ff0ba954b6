/**
 * Quick fixes for name diagnostics: replace this spelling, replace it everywhere in the
 * document, or add the form to the workspace gazetteer. The last one needs the file system, so
 * the action carries the entry to add and the LSP glue turns it into a workspace edit.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { getNameQuickFixes, type GazetteerAddition } from '../entities';
import type { CableDiagnostic, DiagnosticCode } from '../diagnosticCodes';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { ITextDocument } from '../types';
import { rangeOf } from './ranges';

export interface CableCodeAction extends CodeAction {
  /** For "add to the workspace gazetteer": the entry the glue appends to the workspace file. */
  readonly gazetteerAddition?: GazetteerAddition;
}

export class CodeActionProvider {
  constructor(private readonly analyses: AnalysisSource) {}

  /** Quick fixes for the diagnostics the client sends in the code action's context. */
  provideCodeActions(file: ITextDocument, context: readonly Diagnostic[]): CableCodeAction[] {
    const fileAnalysis = this.analyses.get(file);
    const out: CableCodeAction[] = [];
    for (const diagnostic of context) {
      if (typeof diagnostic.code !== 'string' || !diagnostic.code.startsWith('cable.name.')) continue;
      // The cable the diagnostic is in; its offsets are that cable's.
      const { analysis, doc } = fileAnalysis.cableAt(file.offsetAt(diagnostic.range.start));
      const gazetteer = analysis.gazetteer;
      const start = doc.offsetAt(diagnostic.range.start);
      const end = doc.offsetAt(diagnostic.range.end);
      const service: CableDiagnostic = {
        code: diagnostic.code as DiagnosticCode, span: { start, end }, message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        data: (diagnostic.data ?? undefined) as CableDiagnostic['data'],
      };
      for (const fix of getNameQuickFixes(analysis.entities, service, gazetteer)) {
        const edits = fix.edits.map(e => ({ range: rangeOf(doc, e.span), newText: e.newText }));
        out.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.isPreferred,
          edit: edits.length ? { changes: { [doc.uri]: edits } } : undefined,
          gazetteerAddition: fix.addition,
        });
      }
    }
    return out;
  }
}
