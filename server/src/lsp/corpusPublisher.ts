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
  corpusDiagnostics(): ReadonlyMap<string, readonly Diagnostic[]>;
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
  /** What was last sent for each file not open, and the corpus findings of each file. */
  private readonly sent = new Set<string>();
  private lastCorpus: ReadonlyMap<string, readonly Diagnostic[]> = new Map();
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
    // (each file's own diagnostics go out meanwhile, with the findings known so far). The service
    // keeps a file's list (the same array) while its findings stand, so most files compare by
    // identity; a new list is compared field by field.
    const busy = this.host.busy?.() === true;
    const nextCorpus: ReadonlyMap<string, readonly Diagnostic[]> = busy ? this.lastCorpus : new Map(this.host.corpusDiagnostics());
    const uris = new Set(this.pending);
    this.pending.clear();
    const changedCorpus = new Set<string>();
    for (const [uri, list] of nextCorpus) if (!sameDiagnostics(list, this.lastCorpus.get(uri))) changedCorpus.add(uri);
    for (const uri of this.lastCorpus.keys()) if (!nextCorpus.has(uri)) changedCorpus.add(uri);
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

function sameDiagnostics(a: readonly Diagnostic[] | undefined, b: readonly Diagnostic[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((d, i) => sameDiagnostic(d, b[i]));
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a === b) return true;
  if (a.message !== b.message || a.code !== b.code || a.severity !== b.severity || a.source !== b.source || !sameRange(a.range, b.range)) return false;
  const ra = a.relatedInformation ?? [];
  const rb = b.relatedInformation ?? [];
  return ra.length === rb.length && ra.every((r, i) =>
    r.message === rb[i].message && r.location.uri === rb[i].location.uri && sameRange(r.location.range, rb[i].location.range));
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
