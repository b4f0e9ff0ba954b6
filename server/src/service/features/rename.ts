/**
 * Rename on a name normalises one spelling across the corpus: with the cursor on `Roschin`, every
 * `Roschin` (and `ROSCHIN`, kept in capitals) that names the same person becomes `Roshchin`; other
 * spellings and cover names of that person are left as written. The edit is grouped per file,
 * and every change carries a change annotation that needs confirmation, so the user reviews it in
 * the refactor preview. A spelling inside an editor's gloss (`FILIPPOV [Stalin]`) or a quoted
 * original-language form is a source's own words: those edits get an annotation of their own
 * saying why, left unticked for the user to pick — and are left out when the client cannot show
 * annotations. The annotation's label shows the text each edit writes (`'ROSHCHIN' → 'ROSHCHINN'`),
 * and a rename that would change nothing is refused with the reason (`RenameRefusal`).
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

  provideRenameEdits(doc: ITextDocument, position: Position, newName: string, options: RenameOptions, token: ICancellationToken): WorkspaceEdit | RenameRefusal | undefined {
    const name = newName.trim();
    const target = entityTargetAt(this.analyses.get(doc), doc, position);
    if (!target || renameProblem(name) !== undefined || token.isCancellationRequested || (target.kind === 'entity' && target.mention.reference !== undefined)) return undefined;
    this.indexer.update(doc);
    const index = this.indexer.index;
    const written = target.kind === 'entity' ? target.cable.analysis.text.slice(target.mention.span.start, target.mention.span.end) : target.nearMiss.written;
    const key = target.kind === 'entity' ? foldKey(target.mention.name) : foldKey(target.nearMiss.written);
    const hits: RenameHit[] = target.kind === 'entity'
      ? index.mentionsOf(target.entityId).filter(h => h.item.key === key).map(h => ({ uri: h.uri, ...h.item }))
      : index.nearMissesWritten(key).filter(h => h.item.entityIds.some(id => target.nearMiss.entries.some(e => e.id === id))).map(h => ({ uri: h.uri, ...h.item }));

    const annotations: Record<string, ChangeAnnotation> = {};
    /** Per file, each change as the label shows it: `'ROSHCHIN' → 'ROSHCHINN'`. */
    const changes = new Map<string, Set<string>>();
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
        const shown = changes.get(hit.uri) ?? new Set<string>();
        shown.add(`'${hit.written}' → '${newText}'`);
        changes.set(hit.uri, shown);
      }
      const list = byFile.get(hit.uri) ?? [];
      list.push({ range: hit.range, newText, annotationId });
      byFile.set(hit.uri, list);
    }
    if (!byFile.size) return { refused: nothingToRename(written, name, hits, options) };
    // the label says what is written in that file, as each edit writes it (`ROSHCHIN` keeps its capitals)
    for (const [uri, shown] of changes) annotations[`cable.rename:${uri}`] = { label: `${[...shown].join(', ')} in ${fileName(uri)}`, needsConfirmation: true };
    const documentChanges: TextDocumentEdit[] = [...byFile].map(([uri, edits]) => {
      const version = index.get(uri)?.version ?? -1;
      const plain = options.annotations ? edits : edits.map(({ range, newText }) => ({ range, newText }));
      return { textDocument: { uri, version: version >= 0 ? version : null }, edits: plain };
    });
    return options.annotations ? { documentChanges, changeAnnotations: annotations } : { documentChanges };
  }
}

/** A place the spelling is written, as the index keeps it. */
interface RenameHit {
  readonly uri: string;
  readonly range: Range;
  readonly written: string;
  readonly protectedBy?: ProtectedBy;
}

/**
 * A rename that would change nothing is refused with its reason rather than answered with an empty
 * edit, which an editor applies without a word: the user would think the names renamed.
 */
export interface RenameRefusal {
  readonly refused: string;
}

/** Why no place of the spelling would change: only protected ones the client cannot confirm, capitals kept, or all already so. */
function nothingToRename(written: string, name: string, hits: readonly RenameHit[], options: RenameOptions): string {
  const open = hits.filter(h => !h.protectedBy || options.annotations);
  if (hits.length && !open.length) {
    return `Nothing to rename: every '${written}' is inside an editor's gloss or a quoted original-language form, which are renamed only after confirmation, and this editor cannot ask for it.`;
  }
  if (isCapitals(written) && name.toLocaleUpperCase() === written.toLocaleUpperCase()) {
    return `Nothing to rename: '${written}' is written in capitals, and a rename keeps them, so '${name}' would write '${written}' again. Change the case in the text itself.`;
  }
  return `Nothing to rename: '${written}' already reads '${name}' wherever it is written so.`;
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
