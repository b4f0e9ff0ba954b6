/**
 * The per-file work of a cold index for a file read from disk — analyse, summarise, diagnose —
 * and the messages that carry it to and from the index worker threads (`indexWorker.ts`). The
 * same `FileIndexing` runs in a worker and, when no worker can start, on the main thread, so
 * both give the summaries and diagnostics the service's own indexer would.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, analyzeFile, type CableSettings } from '../service/analysis';
import { summarizeFile, type ComputedFile, type FileSummary, type ILogger } from '../service';
import { DiagnosticsProvider } from '../service/features/diagnostics';
import { emptyMentionTable } from '../service/corpus/mentionTable';
import type { Gazetteer, GazetteerProvider } from '../service/gazetteer';

/** Main thread → worker. */
export type ToIndexWorker =
  /** The workspace gazetteer providers (the built-in one is bundled) and the settings; sent before the first batch and after each change. */
  | { readonly kind: 'configure'; readonly providers: readonly GazetteerProvider[]; readonly settings: CableSettings }
  /** Read, analyse and summarise these files; `diagnose` asks for their diagnostics too. */
  | { readonly kind: 'index'; readonly batch: number; readonly uris: readonly string[]; readonly diagnose: boolean; readonly strict?: boolean };

/** Worker → main thread: one answer per `index` message, in the order of its uris. */
export interface FromIndexWorker {
  readonly kind: 'indexed';
  readonly batch: number;
  readonly files: readonly IndexedFile[];
}

export interface IndexedFile extends ComputedFile {
  readonly uri: string;
  /** Why the file could not be analysed (it is indexed empty, as the service's indexer does), for the server's log. */
  readonly error?: string;
  /** Why the file was not read, when read strictly (`cable-check`: a binary file, not UTF-8); it has no summary. */
  readonly unreadable?: string;
}

export class FileIndexing {
  private readonly diagnostics: DiagnosticsProvider;

  constructor(private readonly gazetteer: () => Gazetteer, private readonly settings: () => CableSettings, logger?: ILogger) {
    // Only `diagnosticsOf` is used: the analysis is made here, once, and never cached.
    this.diagnostics = new DiagnosticsProvider({ get: document => analyzeFile(document, this.gazetteer(), this.settings()) }, allRules, logger);
  }

  /** A file's summary (and diagnostics) from its text on disk (version -1), or no summary when it could not be read. */
  indexText(uri: string, text: string | undefined, diagnose: boolean): IndexedFile {
    if (text === undefined) return { uri };
    const document = TextDocument.create(uri, 'cable', -1, text);
    try {
      const analysis = analyzeFile(document, this.gazetteer(), this.settings());
      const summary = summarizeFile(uri, document, analysis);
      const diagnostics: Diagnostic[] | undefined = diagnose ? this.diagnostics.diagnosticsOf(analysis) : undefined;
      return { uri, summary, diagnostics };
    } catch (e) {
      // One damaged file must not stop the index: it is indexed empty and the failure logged.
      const summary: FileSummary = { uri, version: -1, cables: [], mentions: emptyMentionTable, nearMisses: [], references: [] };
      return { uri, summary, error: e instanceof Error ? e.stack ?? e.message : String(e) };
    }
  }
}
