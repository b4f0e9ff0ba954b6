/**
 * Rename on a name normalises one spelling across the corpus: with the cursor on `Roschin`, every
 * `Roschin` (and `ROSCHIN`, kept in capitals) that names the same person becomes `Roshchin`; other
 * spellings and cover names of that person are left as written. The edit is grouped per file,
 * and every change carries a change annotation that needs confirmation, so the user reviews it in
 * the refactor preview. A spelling inside an editor's gloss (`FILIPPOV [Stalin]`) or a quoted
 * original-language form is a source's own words: those edits get an annotation of their own
 * saying why, left unticked for the user to pick — and are left out when the client cannot show
 * annotations.
 */
import type {
  AnnotatedTextEdit, ChangeAnnotation, Position, Range, TextDocumentEdit, WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { CorpusIndexer } from '../corpus/indexer';
import type { ProtectedBy } from '../corpus/types';
import { foldKey } from '../gazetteer';
import type { ICancellationToken, ITextDocument } from '../types';
import { entityTargetAt } from './entityTarget';
import { rangeOf } from './ranges';

export interface RenameOptions {
  /** The client shows change annotations (`workspace.workspaceEdit.changeAnnotationSupport`). */
  readonly annotations: boolean;
}

const PROTECTED_LABEL: Record<ProtectedBy, { label: string; description: string }> = {
  gloss: { label: "Inside an editor's gloss", description: "the editor's bracket names the person as the edition does; change it only if the edition is wrong" },
  original: { label: 'Inside a quoted original-language form', description: 'a transliteration of the original wording; change it only if it was mistyped' },
};

/**
 * Why a new name cannot be a spelling of a name, or undefined when it can: it must hold a letter,
 * and no line break, control character, bracket or quotation mark (an editor's bracket or a quote
 * is no part of a name, and a rename never writes one).
 */
export function renameProblem(newName: string): string | undefined {
  const name = newName.trim();
  if (!/\p{L}/u.test(name)) return 'the new name must hold a letter';
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(name)) return 'the new name must be one line of text, without control characters';
  if (/[[\]{}()<>"“”„«»]/.test(name)) return 'the new name must not hold brackets or quotation marks: they are the editor\'s and the quotation\'s, not the name\'s';
  return undefined;
}

export class RenameProvider {
  constructor(private readonly analyses: AnalysisSource, private readonly indexer: CorpusIndexer) {}

  prepareRename(doc: ITextDocument, position: Position): { range: Range; placeholder: string } | undefined {
    const target = entityTargetAt(this.analyses.get(doc), doc, position);
    // a name read from its context (`林` of an addressee run, a bare `Kim`) is no spelling to normalise
    if (!target || (target.kind === 'entity' && target.mention.reference !== undefined)) return undefined;
    const span = target.kind === 'entity' ? target.mention.span : target.nearMiss.span;
    return { range: rangeOf(target.cable.doc, span), placeholder: target.cable.analysis.text.slice(span.start, span.end) };
  }

  provideRenameEdits(doc: ITextDocument, position: Position, newName: string, options: RenameOptions, token: ICancellationToken): WorkspaceEdit | undefined {
    const name = newName.trim();
    const target = entityTargetAt(this.analyses.get(doc), doc, position);
    if (!target || renameProblem(name) !== undefined || token.isCancellationRequested || (target.kind === 'entity' && target.mention.reference !== undefined)) return undefined;
    this.indexer.update(doc);
    const index = this.indexer.index;
    const written = target.kind === 'entity' ? target.cable.analysis.text.slice(target.mention.span.start, target.mention.span.end) : target.nearMiss.written;
    const key = target.kind === 'entity' ? foldKey(target.mention.name) : foldKey(target.nearMiss.written);
    const hits: { uri: string; range: Range; written: string; protectedBy?: ProtectedBy }[] = target.kind === 'entity'
      ? index.mentionsOf(target.entityId).filter(h => h.item.key === key).map(h => ({ uri: h.uri, ...h.item }))
      : index.nearMissesWritten(key).filter(h => h.item.entityIds.some(id => target.nearMiss.entries.some(e => e.id === id))).map(h => ({ uri: h.uri, ...h.item }));

    const annotations: Record<string, ChangeAnnotation> = {};
    const byFile = new Map<string, AnnotatedTextEdit[]>();
    for (const hit of hits) {
      if (hit.protectedBy && !options.annotations) continue;
      const newText = asWritten(name, hit.written);
      if (newText === hit.written) continue;
      let annotationId: string;
      if (hit.protectedBy) {
        annotationId = `cable.rename.${hit.protectedBy}`;
        annotations[annotationId] ??= { ...PROTECTED_LABEL[hit.protectedBy], needsConfirmation: true };
      } else {
        annotationId = `cable.rename:${hit.uri}`;
        annotations[annotationId] ??= { label: `'${written}' → '${name}' in ${fileName(hit.uri)}`, needsConfirmation: true };
      }
      const list = byFile.get(hit.uri) ?? [];
      list.push({ range: hit.range, newText, annotationId });
      byFile.set(hit.uri, list);
    }
    const documentChanges: TextDocumentEdit[] = [...byFile].map(([uri, edits]) => {
      const version = index.get(uri)?.version ?? -1;
      const plain = options.annotations ? edits : edits.map(({ range, newText }) => ({ range, newText }));
      return { textDocument: { uri, version: version >= 0 ? version : null }, edits: plain };
    });
    return options.annotations ? { documentChanges, changeAnnotations: annotations } : { documentChanges };
  }
}

function isCapitals(written: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(written) && written === written.toLocaleUpperCase();
}

/**
 * The new name as the old one was written: in capitals if it was (`SHTYKOV`), letter-spaced if it was
 * (`S H T Y K O V`), and with its possessive kept (`Shtykov's` → `Shtykoff's`).
 */
export function asWritten(name: string, written: string): string {
  const possessive = /['’][sS]$/.exec(written)?.[0] ?? '';
  const word = possessive ? written.slice(0, -possessive.length) : written;
  const cased = isCapitals(word) ? name.toLocaleUpperCase() : name;
  const spaced = /^(?:\S ){2,}\S$/.test(word) ? [...cased.replace(/\s+/g, '')].join(' ') : cased;
  return spaced + possessive;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
