/**
 * Publishes the corpus's diagnostics: a file that is not open gets the diagnostics the index
 * computed while summarising it (with `cable.diagnostics.scope: workspace`), and every file the
 * corpus checks' findings (a rare spelling, a duplicate cable). An open file keeps its live
 * diagnostics; the corpus findings are added to them. A file deleted or excluded is cleared.
 * Updates are batched: while the folder is still being indexed, at most a few times a second.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { soon } from './soon';

export interface CorpusPublisherHost {
  isOpen(uri: string): boolean;
  /** The index's diagnostics of a file not open, or undefined when none are to be shown for it. */
  fileDiagnostics(uri: string): readonly Diagnostic[] | undefined;
  /** The corpus checks' findings, brought up to date. */
  corpusDiagnostics(): ReadonlyMap<string, readonly Diagnostic[]>;
  /** The files whose findings changed after `version`, as of the last `corpusDiagnostics`, and the version now (no files: too far back to tell). */
  corpusDiagnosticChanges(version: number): { readonly version: number; readonly uris: ReadonlySet<string> | undefined } | undefined;
  /** Publishes an open document's live diagnostics again (they include its corpus findings). */
  publishOpen(uri: string): void;
  send(uri: string, diagnostics: Diagnostic[]): void;
  /** True while a cold index is running: updates are then batched longer. */
  busy?(): boolean;
}

/** How long updates are gathered while the folder is being indexed. */
const BUSY_DELAY_MS = 300;

export class CorpusPublisher {
  private readonly pending = new Set<string>();
  /** The files not open that were last sent diagnostics. */
  private readonly sent = new Set<string>();
  /** The corpus findings last read (while a cold index runs, they are not brought up to date). */
  private lastCorpus: ReadonlyMap<string, readonly Diagnostic[]> = new Map();
  /** The version of the findings last read, and the files that had findings then. */
  private corpusVersion = 0;
  private readonly withFindings = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private immediate: { cancel(): void } | undefined;

  constructor(private readonly host: CorpusPublisherHost) {}

  fileChanged(uri: string): void {
    this.pending.add(uri);
    if (this.timer || this.immediate) return;
    if (this.host.busy?.()) this.timer = setTimeout(() => this.flush(), BUSY_DELAY_MS);
    else this.immediate = soon(() => this.flush());
  }

  flush(): void {
    clearTimeout(this.timer);
    this.immediate?.cancel();
    this.timer = this.immediate = undefined;
    // The corpus checks read the whole index: while a cold index runs they wait for its end
    // (each file's own diagnostics go out meanwhile, with the findings known so far). After, the
    // service names the files whose findings read differently; when it cannot tell (too many
    // updates since), every file with findings before or now is looked at.
    const busy = this.host.busy?.() === true;
    const nextCorpus = busy ? this.lastCorpus : this.host.corpusDiagnostics();
    const uris = new Set(this.pending);
    this.pending.clear();
    let changedCorpus: ReadonlySet<string> = new Set();
    if (!busy) {
      const changes = this.host.corpusDiagnosticChanges(this.corpusVersion);
      changedCorpus = changes?.uris ?? new Set([...this.withFindings, ...nextCorpus.keys()]);
      this.corpusVersion = changes?.version ?? this.corpusVersion;
      for (const uri of changedCorpus) {
        if (nextCorpus.has(uri)) this.withFindings.add(uri);
        else this.withFindings.delete(uri);
      }
    }
    for (const uri of changedCorpus) uris.add(uri);
    const corpusChanged = (uri: string) => changedCorpus.has(uri);
    for (const uri of uris) {
      if (this.host.isOpen(uri)) {
        if (corpusChanged(uri)) this.host.publishOpen(uri);
        this.sent.delete(uri); // the open document's own publishing owns it now
        continue;
      }
      const own = this.host.fileDiagnostics(uri);
      const diagnostics = own ? [...own, ...(nextCorpus.get(uri) ?? [])] : [];
      if (!diagnostics.length && !this.sent.has(uri)) continue;
      this.host.send(uri, diagnostics);
      if (diagnostics.length) this.sent.add(uri);
      else this.sent.delete(uri);
    }
    this.lastCorpus = nextCorpus;
  }

  /** Clears every file not open that was given diagnostics (the scope became `open`). */
  clearUnopened(): void {
    for (const uri of this.sent) if (!this.host.isOpen(uri)) this.host.send(uri, []);
    this.sent.clear();
  }
}
