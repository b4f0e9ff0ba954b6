/**
 * The per-file work of a cold index for a file read from disk — analyse, summarise, diagnose —
 * and the messages that carry it to and from the index worker threads (`indexWorker.ts`). The
 * same `FileIndexing` runs in a worker and, when no worker can start, on the main thread, so
 * both give the summaries and diagnostics the service's own indexer would.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, analyzeFile, type CableSettings, type CableView, type FileAnalysis } from '../service/analysis';
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
    return this.indexTexts([{ uri, text }], diagnose)[0]!;
  }

  /**
   * The summaries (and diagnostics) of several files, in their order. The work goes layer by layer
   * over the whole batch (every file parsed, then every file's chronology, then every file's names,
   * then the summaries and the diagnostics) rather than file by file. The work and the results are
   * the same, and it is faster, most likely because each layer's compiled code and tables stay in the
   * processor's caches while it runs over the batch: one cold pass over 10,000 generated cables takes
   * about a quarter less time (docs/benchmarks.md, "Indexing a batch layer by layer").
   */
  indexTexts(files: readonly FileText[], diagnose: boolean): IndexedFile[] {
    const work = files.map((file): Work => ({ uri: file.uri, text: file.text }));
    for (const w of work) {
      if (w.text === undefined) continue;
      const document = (w.document = TextDocument.create(w.uri, 'cable', -1, w.text));
      this.attempt(w, () => (w.analysis = analyzeFile(document, this.gazetteer(), this.settings())));
    }
    for (const layer of LAYERS) {
      for (const w of work) if (w.analysis && w.error === undefined) this.attempt(w, () => w.analysis!.cables.forEach(layer));
    }
    return work.map((w): IndexedFile => {
      if (w.text === undefined) return { uri: w.uri };
      if (w.document && w.analysis && w.error === undefined) {
        const { document, analysis } = w;
        this.attempt(w, () => {
          w.summary = summarizeFile(w.uri, document, analysis);
          if (diagnose) w.diagnostics = this.diagnostics.diagnosticsOf(analysis);
        });
      }
      if (w.error === undefined && w.summary) return { uri: w.uri, summary: w.summary, diagnostics: w.diagnostics };
      // One damaged file must not stop the index: it is indexed empty and the failure logged.
      const summary: FileSummary = { uri: w.uri, version: -1, cables: [], mentions: emptyMentionTable, nearMisses: [], references: [] };
      return { uri: w.uri, summary, error: w.error ?? 'no summary' };
    });
  }

  private attempt(w: Work, step: () => void): void {
    try {
      step();
    } catch (e) {
      w.error = e instanceof Error ? e.stack ?? e.message : String(e);
    }
  }
}

export interface FileText {
  readonly uri: string;
  /** Undefined when the file could not be read. */
  readonly text: string | undefined;
}

/** A file of a batch on its way through the layers. */
interface Work {
  readonly uri: string;
  readonly text: string | undefined;
  document?: TextDocument;
  analysis?: FileAnalysis;
  summary?: FileSummary;
  diagnostics?: Diagnostic[];
  error?: string;
}

/** The layers of a cable's analysis, each computed (and kept) by reading it. */
const LAYERS: readonly ((cable: CableView) => unknown)[] = [
  cable => cable.analysis.parsed,
  cable => cable.analysis.chronology,
  cable => cable.analysis.entities,
];
