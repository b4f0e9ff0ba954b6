/**
 * Builds and keeps the corpus index through the workspace: lists the cable files, reads and
 * summarises a few at a time, reports progress, stops when cancelled, and follows the
 * workspace's create, change and delete events. Each file is analysed once: the summary and, when
 * asked for, the file's diagnostics come from the same analysis.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FileAnalysis } from '../analysis';
import { neverCancelled, type ICancellationToken, type ILogger, type ITextDocument } from '../types';
import { Emitter, type Event, type ICableWorkspace, type IDisposable } from '../workspace';
import { CorpusIndex } from './corpusIndex';
import { summarizeFile } from './summarize';
import { emptyMentionTable } from './mentionTable';
import type { FileSummary } from './types';

export interface IndexerOptions {
  /** The analysis of a document (the service's cache for open documents, a fresh one for files read from disk). */
  analyze(document: ITextDocument): FileAnalysis;
  /** The file's diagnostics from the same analysis, or undefined when they are not wanted (`cable.diagnostics.scope: open`). */
  diagnose?(analysis: FileAnalysis): Diagnostic[] | undefined;
  /** How many files are read at once. */
  readonly concurrency?: number;
  readonly logger?: ILogger;
  /**
   * Summarises (and diagnoses) a file somewhere else — the language server's worker threads read
   * files from disk and analyse them there. Returns undefined for a file to be read and analysed
   * here (an open document, which shares the live analysis cache); the promise resolves to
   * undefined when the work was cancelled, and to no summary when the file could not be read.
   */
  computeElsewhere?(uri: string, token: ICancellationToken): Promise<ComputedFile | undefined> | undefined;
}

/** A file's summary and diagnostics computed elsewhere, as `computeElsewhere` answers. */
export interface ComputedFile {
  /** Absent when the file could not be read: it leaves the index. */
  readonly summary?: FileSummary;
  readonly diagnostics?: Diagnostic[];
}

/** `(done, total)` files. */
export type IndexProgress = (done: number, total: number) => void;

export class CorpusIndexer implements IDisposable {
  readonly index = new CorpusIndex();
  private readonly diagnostics = new Map<string, readonly Diagnostic[]>();
  /** The latest read of each uri: a slower, older read must not overwrite a newer one. */
  private readonly tickets = new Map<string, number>();
  private nextTicket = 0;
  private readonly updated = new Emitter<string>();
  private readonly subscriptions: IDisposable[];
  private completeValue = false;

  /** A file's summary or diagnostics changed, or the file left the index. */
  readonly onDidUpdateFile: Event<string> = this.updated.event;

  constructor(private readonly workspace: ICableWorkspace, private readonly options: IndexerOptions) {
    this.subscriptions = [
      workspace.onDidCreateCableFile(uri => void this.refresh(uri)),
      workspace.onDidChangeCableFile(uri => void this.refresh(uri)),
      workspace.onDidDeleteCableFile(uri => this.remove(uri)),
    ];
  }

  /** True once every listed file has been read (false again while a new listing is indexed). */
  get complete(): boolean {
    return this.completeValue;
  }

  /**
   * Lists the workspace and (re)indexes every file; files no longer listed (deleted, or excluded
   * since) leave the index. Resolves when done or cancelled.
   */
  async indexAll(token: ICancellationToken, progress?: IndexProgress): Promise<void> {
    this.completeValue = false;
    const uris = await this.workspace.listCableFiles(token);
    if (token.isCancellationRequested) return;
    const listed = new Set(uris);
    for (const uri of [...this.index.uris(), ...this.diagnostics.keys()]) if (!listed.has(uri)) this.remove(uri);
    let next = 0;
    let done = 0;
    progress?.(0, uris.length);
    const worker = async () => {
      while (next < uris.length && !token.isCancellationRequested) {
        await this.refresh(uris[next++], token);
        progress?.(++done, uris.length);
      }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(this.options.concurrency ?? 4, uris.length)) }, worker);
    await Promise.all(workers);
    this.completeValue = !token.isCancellationRequested;
  }

  /** Reads a file again and re-summarises it; a file that cannot be read leaves the index. */
  async refresh(uri: string, token: ICancellationToken = neverCancelled): Promise<void> {
    const ticket = this.take(uri);
    const elsewhere = this.options.computeElsewhere?.(uri, token);
    if (elsewhere) {
      const computed = await elsewhere;
      if (!computed || this.tickets.get(uri) !== ticket) return; // cancelled, or a newer read or a deletion came in
      if (computed.summary) this.applyComputed(computed.summary, computed.diagnostics);
      else this.remove(uri);
      return;
    }
    let document: ITextDocument | undefined;
    try {
      document = await this.workspace.readCableFile(uri);
    } catch (e) {
      this.options.logger?.log(`cable: could not read ${uri}: ${String(e)}`);
    }
    if (this.tickets.get(uri) !== ticket) return; // a newer read or a deletion came in meanwhile
    if (document) this.apply(document);
    else this.remove(uri);
  }

  /** Summarises a document in hand at once (an open document a feature is about to ask about). */
  update(document: ITextDocument): FileSummary {
    const have = this.index.get(document.uri);
    if (have && have.version === document.version && document.version >= 0) return have;
    this.take(document.uri);
    return this.apply(document);
  }

  /**
   * Takes a summary, and the diagnostics from the same analysis, computed elsewhere
   * (`computeElsewhere`): copies, whose short strings are given the index's own (`shareStrings`).
   */
  applyComputed(summary: FileSummary, diagnostics: readonly Diagnostic[] | undefined): void {
    this.index.update(this.index.shareStrings(summary));
    if (diagnostics) this.diagnostics.set(summary.uri, this.index.shareStrings(diagnostics));
    else this.diagnostics.delete(summary.uri);
    this.updated.fire(summary.uri);
  }

  remove(uri: string): void {
    this.take(uri);
    const had = this.index.remove(uri);
    const hadDiagnostics = this.diagnostics.delete(uri);
    if (had || hadDiagnostics) this.updated.fire(uri);
  }

  /** The diagnostics computed while the file was summarised (empty when none were asked for). */
  diagnosticsOf(uri: string): readonly Diagnostic[] {
    return this.diagnostics.get(uri) ?? [];
  }

  dispose(): void {
    this.subscriptions.forEach(s => s.dispose());
  }

  private take(uri: string): number {
    const ticket = ++this.nextTicket;
    this.tickets.set(uri, ticket);
    return ticket;
  }

  private apply(document: ITextDocument): FileSummary {
    const uri = document.uri;
    try {
      const analysis = this.options.analyze(document);
      const summary = summarizeFile(uri, document, analysis);
      const diagnostics = this.options.diagnose?.(analysis);
      this.index.update(summary);
      // Only files with diagnostics are kept (most files of a folder have none).
      if (diagnostics?.length) this.diagnostics.set(uri, diagnostics);
      else this.diagnostics.delete(uri);
      this.updated.fire(uri);
      return summary;
    } catch (e) {
      // One damaged file must not stop the index: it is left out and the failure logged.
      this.options.logger?.log(`cable: could not index ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      const empty: FileSummary = { uri, version: document.version, cables: [], mentions: emptyMentionTable, nearMisses: [], references: [] };
      this.index.update(empty);
      this.updated.fire(uri);
      return empty;
    }
  }
}
