/**
 * Quick fixes for name diagnostics: replace this spelling, replace it everywhere in the
 * document, or add the form to the workspace gazetteer; and, on a person the gazetteer lacks
 * (which draws no diagnostic), add a stub entry for them. Adding needs the file system, so
 * the action carries the entry to add and the LSP glue turns it into a workspace edit.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { getNameQuickFixes, getUnknownPersonFixes, type GazetteerAddition } from '../entities';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CableDiagnostic, DiagnosticCode } from '../diagnosticCodes';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { ITextDocument } from '../types';
import { rangeOf } from './ranges';

export interface CableCodeAction extends CodeAction {
  /** For "add to the workspace gazetteer": the entry the glue appends to the workspace file. */
  readonly gazetteerAddition?: GazetteerAddition;
}

export class CodeActionProvider {
  /** `corpus`: the index once the folder is read, so a stub entry gathers the folder's spellings. */
  constructor(private readonly analyses: AnalysisSource, private readonly corpus: (document: ITextDocument) => CorpusIndex | undefined = () => undefined) {}

  /** Quick fixes for the diagnostics the client sends in the code action's context, and for an unknown person in `range`. */
  provideCodeActions(file: ITextDocument, context: readonly Diagnostic[], range?: Range): CableCodeAction[] {
    const fileAnalysis = this.analyses.get(file);
    const out: CableCodeAction[] = [];
    if (range) {
      const { analysis, doc } = fileAnalysis.cableAt(file.offsetAt(range.start));
      const index = analysis.entities.unknownPeople.length ? this.corpus(file) : undefined;
      const span = { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
      for (const fix of getUnknownPersonFixes(analysis.entities, span, analysis.gazetteer, index ? (key) => index.unknownPersonSpellings(key) : undefined)) {
        out.push({ title: fix.title, kind: CodeActionKind.QuickFix, gazetteerAddition: fix.addition });
      }
    }
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
