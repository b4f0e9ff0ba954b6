/**
 * A small JSON-RPC / LSP client for the protocol tests: it starts the bundled server
 * (`node dist/server.js --stdio`), frames messages with Content-Length headers itself, and
 * offers the few calls the tests need — initialize, didOpen/didChange/didClose, requests with
 * timeouts, diagnostics by push or pull, and a clean shutdown that never leaves a process behind.
 *
 *   const client = await LspClient.start();
 *   const uri = client.open('samples/seed-mao-to-filippov-1951.cable');
 *   const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
 *   await client.shutdown();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository root, found from this file's compiled location `out/test/lsp/`. */
export const repoRoot = path.resolve(__dirname, '../../..');
export const serverPath = path.join(repoRoot, 'dist', 'server.js');

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  relatedInformation?: unknown[];
  data?: unknown;
}
export interface TextDocumentContentChangeEvent { range?: Range; text: string }

/** Settings for `workspace/configuration`: a value per section, or a function; `null` by default. */
export type SettingsProvider = (section: string | undefined, scopeUri: string | undefined) => unknown;

export interface LspClientOptions {
  settings?: SettingsProvider | Record<string, unknown>;
  /** Default timeout of a request, in ms. */
  timeoutMs?: number;
  /** Extra arguments after `--stdio`. */
  args?: string[];
  /** The server script; `dist/server.js` by default. */
  serverPath?: string;
  /** The workspace folder (a path); the repository by default. */
  workspaceFolder?: string;
  /** Capabilities to add to (or override in) the client's, e.g. `{ workspace: { workspaceEdit: {...} } }`. */
  capabilities?: Record<string, unknown>;
}

export class LspError extends Error {
  constructor(message: string, readonly code?: number, readonly data?: unknown) {
    super(message);
  }
}

interface Pending {
  method: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Waiter {
  uri: string;
  resolve(d: Diagnostic[]): void;
}

type Message = {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
};

/** Every client still running; killed when the test process exits, whatever happened. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const p of live) {
    try { p.kill('SIGKILL'); } catch { /* already gone */ }
  }
});

/** Polls `probe` until it gives a value (or its promise does); fails after `timeoutMs`, naming what it waited for. */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}

export function uriOf(file: string): string {
  return pathToFileURL(path.isAbsolute(file) ? file : path.join(repoRoot, file)).href;
}

export function readRepoFile(file: string): string {
  return fs.readFileSync(path.join(repoRoot, file), 'utf8');
}

export class LspClient {
  /** Server→client notifications, in order of arrival (method and params). */
  readonly notifications: { method: string; params: unknown }[] = [];
  /** Server→client requests, in order of arrival. */
  readonly serverRequests: { method: string; params: unknown }[] = [];
  /** Everything the server wrote to stderr. */
  stderr = '';
  initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } } | undefined;

  private nextId = 1;
  private buffer = Buffer.alloc(0);
  /** Chunks not yet joined to `buffer`, and how many more bytes the message being read needs before they are. */
  private waiting: Buffer[] = [];
  private waitingBytes = 0;
  private missing = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly published = new Map<string, { version?: number; diagnostics: Diagnostic[]; seq: number }>();
  /** A counter bumped by every didOpen/didChange of a uri: a push older than it is stale. */
  private readonly docSeq = new Map<string, number>();
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private waiters: Waiter[] = [];
  private pullRegistered = false;
  private exited = false;
  private exitCode: number | null = null;
  private readonly exitPromise: Promise<void>;
  private readonly settings: SettingsProvider;
  private readonly timeoutMs: number;

  private constructor(private readonly proc: ChildProcess, options: LspClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    const s = options.settings;
    this.settings = typeof s === 'function' ? s : (section) => (s && section !== undefined && section in s ? s[section] : null);
    live.add(proc);
    this.exitPromise = new Promise(resolve => {
      proc.on('exit', code => {
        this.exited = true;
        this.exitCode = code;
        live.delete(proc);
        for (const [, p] of this.pending) {
          clearTimeout(p.timer);
          p.reject(new LspError(`server exited (code ${code}) before answering ${p.method}\n${this.stderrTail()}`));
        }
        this.pending.clear();
        resolve();
      });
    });
    proc.stdout!.on('data', (chunk: Buffer) => this.onData(chunk));
    proc.stderr!.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
    proc.stdin!.on('error', () => { /* the server went away; the exit handler reports it */ });
  }

  /** Starts the server process and nothing more: no `initialize` (for the lifecycle tests). */
  static launch(options: LspClientOptions = {}): LspClient {
    const script = options.serverPath ?? serverPath;
    if (!fs.existsSync(script)) {
      throw new Error(`${path.relative(repoRoot, script)} is missing: run \`npm run build\` first.`);
    }
    const proc = spawn(process.execPath, [script, '--stdio', ...(options.args ?? [])], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new LspClient(proc, options);
  }

  /** Starts the server, sends `initialize` and `initialized`. */
  static async start(options: LspClientOptions = {}): Promise<LspClient> {
    const client = LspClient.launch(options);
    try {
      await client.initialize(options);
    } catch (e) {
      await client.kill();
      throw e;
    }
    return client;
  }

  /** Sends `initialize` (for the workspace folder of the options) and then `initialized`. */
  async initialize(options: LspClientOptions = {}): Promise<void> {
    this.initializeResult = await this.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'cable-lsp-tests', version: '0.0.0' },
      locale: 'en',
      rootUri: pathToFileURL(options.workspaceFolder ?? repoRoot).href,
      workspaceFolders: [{ uri: pathToFileURL(options.workspaceFolder ?? repoRoot).href, name: 'cable' }],
      capabilities: mergeCapabilities(CLIENT_CAPABILITIES, options.capabilities ?? {}),
      initializationOptions: null,
    }, 20_000);
    this.notify('initialized', {});
  }

  get capabilities(): Record<string, unknown> {
    return this.initializeResult?.capabilities ?? {};
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** True when the server offers pull diagnostics (statically or by dynamic registration). */
  get supportsPullDiagnostics(): boolean {
    return this.capabilities.diagnosticProvider !== undefined || this.pullRegistered;
  }

  // ---------------------------------------------------------------- messages

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = this.timeoutMs): Promise<T> {
    if (this.exited) return Promise.reject(new LspError(`server has exited (code ${this.exitCode}); cannot send ${method}\n${this.stderrTail()}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.notify('$/cancelRequest', { id });
        reject(new LspError(`${method} timed out after ${timeoutMs} ms\n${this.stderrTail()}`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Writes bytes to the server's input as they are: for damaged framing. */
  sendRaw(bytes: string | Buffer): void {
    if (!this.exited) this.proc.stdin!.write(bytes);
  }

  /** The id the next request will carry (to cancel it with `$/cancelRequest`). */
  get nextRequestId(): number {
    return this.nextId;
  }

  /** Resolves with the exit code once the process has ended; rejects after `timeoutMs`. */
  async waitForExit(timeoutMs = 5_000): Promise<number | null> {
    const left = await Promise.race([this.exitPromise.then(() => true), delay(timeoutMs).then(() => false)]);
    if (!left) throw new Error(`the server did not exit within ${timeoutMs} ms`);
    return this.exitCode;
  }

  private send(message: Message): void {
    if (this.exited) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.proc.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin!.write(body);
  }

  private onData(chunk: Buffer): void {
    // A large message comes in many chunks: they are joined once it is all here, not chunk by chunk.
    this.waiting.push(chunk);
    this.waitingBytes += chunk.length;
    if (this.waitingBytes < this.missing) return;
    this.buffer = Buffer.concat([this.buffer, ...this.waiting]);
    this.waiting = [];
    this.waitingBytes = 0;
    this.missing = 0;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) throw new Error(`bad LSP header from server: ${JSON.stringify(header)}`);
      const length = Number(m[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) {
        this.missing = start + length - this.buffer.length;
        return;
      }
      const body = this.buffer.subarray(start, start + length).toString('utf8');
      this.buffer = this.buffer.subarray(start + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(msg: Message): void {
    if (msg.method !== undefined && msg.id !== undefined && msg.id !== null) {
      this.serverRequests.push({ method: msg.method, params: msg.params });
      this.send({ jsonrpc: '2.0', id: msg.id, result: this.answerServerRequest(msg.method, msg.params) });
      return;
    }
    if (msg.method !== undefined) {
      this.notifications.push({ method: msg.method, params: msg.params });
      if (msg.method === 'textDocument/publishDiagnostics') this.onPublish(msg.params as { uri: string; version?: number; diagnostics: Diagnostic[] });
      return;
    }
    const p = typeof msg.id === 'number' ? this.pending.get(msg.id) : undefined;
    if (!p) return;
    this.pending.delete(msg.id as number);
    clearTimeout(p.timer);
    if (msg.error) p.reject(new LspError(`${p.method} failed: ${msg.error.message}`, msg.error.code, msg.error.data));
    else p.resolve(msg.result ?? null);
  }

  private answerServerRequest(method: string, params: unknown): unknown {
    switch (method) {
      case 'workspace/configuration': {
        const items = (params as { items?: { section?: string; scopeUri?: string }[] }).items ?? [];
        return items.map(i => this.settings(i.section, i.scopeUri) ?? null);
      }
      case 'client/registerCapability': {
        const regs = (params as { registrations?: { method: string }[] }).registrations ?? [];
        if (regs.some(r => r.method === 'textDocument/diagnostic')) this.pullRegistered = true;
        return null;
      }
      default:
        // window/workDoneProgress/create, workspace/diagnostic/refresh, client/unregisterCapability, ...
        return null;
    }
  }

  private onPublish(params: { uri: string; version?: number; diagnostics: Diagnostic[] }): void {
    // A versioned push for an older version of the text is stale: keep waiting for the current one.
    const current = this.versions.get(params.uri);
    if (params.version !== undefined && params.version !== null && current !== undefined && params.version !== current) return;
    const entry = { version: params.version, diagnostics: params.diagnostics, seq: this.docSeq.get(params.uri) ?? 0 };
    this.published.set(params.uri, entry);
    const ready = this.waiters.filter(w => w.uri === params.uri);
    this.waiters = this.waiters.filter(w => w.uri !== params.uri);
    for (const w of ready) w.resolve(params.diagnostics);
  }

  // ---------------------------------------------------------------- documents

  /** Opens a repository file (path relative to the root) or, with `text`, any text under a made-up uri. */
  open(file: string, text?: string, languageId = 'cable'): string {
    const uri = text === undefined ? uriOf(file) : (file.includes(':') ? file : uriOf(file));
    const content = text ?? readRepoFile(file);
    this.versions.set(uri, 1);
    this.texts.set(uri, content);
    this.bump(uri);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: content } });
    return uri;
  }

  /** Sends incremental (ranged) or full changes; keeps a local copy of the text in step. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    let text = this.texts.get(uri) ?? '';
    for (const c of changes) text = c.range ? applyEdit(text, c.range, c.text) : c.text;
    this.texts.set(uri, text);
    this.bump(uri);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  close(uri: string): void {
    this.versions.delete(uri);
    this.texts.delete(uri);
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** The client's copy of an open document's text. */
  text(uri: string): string {
    const t = this.texts.get(uri);
    if (t === undefined) throw new Error(`${uri} is not open`);
    return t;
  }

  private bump(uri: string): void {
    this.docSeq.set(uri, (this.docSeq.get(uri) ?? 0) + 1);
  }

  // ---------------------------------------------------------------- diagnostics

  /**
   * The diagnostics of an open document for its current text. Pulls them (`textDocument/diagnostic`)
   * when the server offers that; otherwise waits for a `publishDiagnostics` sent after the last
   * didOpen/didChange. Rejects when the server delivers none in time: a server that checks
   * documents must answer, even with an empty list.
   */
  async diagnostics(uri: string, timeoutMs = this.timeoutMs): Promise<Diagnostic[]> {
    if (this.supportsPullDiagnostics) {
      const report = await this.request<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }, timeoutMs);
      if (report?.kind === 'full') return report.items ?? [];
      throw new Error(`textDocument/diagnostic returned ${JSON.stringify(report)} with no previous result`);
    }
    const seq = this.docSeq.get(uri) ?? 0;
    const have = this.published.get(uri);
    const version = this.versions.get(uri);
    if (have && have.seq === seq && (have.version === undefined || have.version === version)) return have.diagnostics;
    return new Promise<Diagnostic[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter(w => w !== waiter);
        reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms: the server neither published them nor offers textDocument/diagnostic\n${this.stderrTail()}`));
      }, timeoutMs);
      const waiter: Waiter = {
        uri,
        resolve: d => {
          clearTimeout(timer);
          resolve(d);
        },
      };
      this.waiters.push(waiter);
    });
  }

  // ---------------------------------------------------------------- shutdown

  /** `shutdown` then `exit`; kills the process when it does not leave in time. */
  async shutdown(timeoutMs = 5_000): Promise<void> {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, timeoutMs);
      this.notify('exit', null);
    } catch {
      // fall through to the kill below
    }
    this.proc.stdin!.end();
    const left = await Promise.race([this.exitPromise.then(() => true), delay(timeoutMs).then(() => false)]);
    if (!left) await this.kill();
  }

  async kill(): Promise<void> {
    if (this.exited) return;
    this.proc.kill('SIGKILL');
    await this.exitPromise;
  }

  /** The exit code after `shutdown`: 0 when the server left cleanly. */
  get code(): number | null {
    return this.exitCode;
  }

  private stderrTail(): string {
    const t = this.stderr.trim();
    return t ? `server stderr:\n${t.slice(-2000)}` : '';
  }
}

const CLIENT_CAPABILITIES = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true, willSave: false },
    documentSymbol: {
      dynamicRegistration: false,
      hierarchicalDocumentSymbolSupport: true,
      symbolKind: { valueSet: Array.from({ length: 26 }, (_, i) => i + 1) },
      labelSupport: true,
    },
    hover: { dynamicRegistration: false, contentFormat: ['markdown', 'plaintext'] },
    foldingRange: { dynamicRegistration: false, lineFoldingOnly: true },
    selectionRange: { dynamicRegistration: false },
    publishDiagnostics: {
      relatedInformation: true,
      versionSupport: true,
      codeDescriptionSupport: true,
      dataSupport: true,
      tagSupport: { valueSet: [1, 2] },
    },
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    codeAction: {
      dynamicRegistration: false,
      isPreferredSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
      codeActionLiteralSupport: {
        codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] },
      },
    },
  },
  window: { workDoneProgress: true },
  general: { positionEncodings: ['utf-16'] },
};

function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms).unref());
}

// ---------------------------------------------------------------- positions, for the tests

/** Offset of a line/character position in `text` (UTF-16, line breaks `\n`, `\r\n` or `\r`). */
export function offsetAt(text: string, pos: Position): number {
  const starts = lineStarts(text);
  if (pos.line >= starts.length) return text.length;
  const start = starts[pos.line];
  let end = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  // a character past the end of the line stops before its line break, as the server's TextDocument does
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return Math.min(start + pos.character, end);
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function textOf(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** The range of the `nth` (0-based) occurrence of `needle` in `text`. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${nth + 1} times`);
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when `outer` contains `inner` (equal ranges contain each other). */
export function contains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function applyEdit(text: string, range: Range, newText: string): string {
  return text.slice(0, offsetAt(text, range.start)) + newText + text.slice(offsetAt(text, range.end));
}

// ---------------------------------------------------------------- shapes of answers, for the tests

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export interface FoldingRange { startLine: number; endLine: number; startCharacter?: number; endCharacter?: number; kind?: string }
export interface SelectionRange { range: Range; parent?: SelectionRange }

/** Every symbol of a tree with its parent, depth first. */
export function walkSymbols(symbols: DocumentSymbol[], parent?: DocumentSymbol): { symbol: DocumentSymbol; parent?: DocumentSymbol }[] {
  const out: { symbol: DocumentSymbol; parent?: DocumentSymbol }[] = [];
  for (const s of symbols) {
    out.push({ symbol: s, parent });
    out.push(...walkSymbols(s.children ?? [], s));
  }
  return out;
}

/** The text of a hover's contents, whichever of the LSP shapes (MarkupContent, MarkedString, array) it uses. */
export function hoverText(hover: unknown): string {
  if (hover === null || hover === undefined) return '';
  const contents = (hover as { contents?: unknown }).contents;
  const one = (c: unknown): string => (typeof c === 'string' ? c : c && typeof c === 'object' && 'value' in c ? String((c as { value: unknown }).value) : '');
  return Array.isArray(contents) ? contents.map(one).join('\n') : one(contents);
}

/** The position of the first line that equals `line` (after trimming), at `character` into it. */
export function positionInLine(text: string, line: string, character = 0): Position {
  const lines = text.split(/\r\n|\r|\n/);
  const i = lines.findIndex(l => l.trim() === line);
  if (i < 0) throw new Error(`no line ${JSON.stringify(line)}`);
  return { line: i, character: lines[i].indexOf(line) + character };
}

/** The 0-based index of the first line that starts with `prefix` (after leading spaces). */
export function lineStartingWith(text: string, prefix: string): number {
  const i = text.split(/\r\n|\r|\n/).findIndex(l => l.trimStart().startsWith(prefix));
  if (i < 0) throw new Error(`no line starting with ${JSON.stringify(prefix)}`);
  return i;
}

/** The 0-based index of the first line that contains `needle`. */
export function lineContaining(text: string, needle: string): number {
  const i = text.split(/\r\n|\r|\n/).findIndex(l => l.includes(needle));
  if (i < 0) throw new Error(`no line containing ${JSON.stringify(needle)}`);
  return i;
}

/** The end position of a text (after its last character). */
export function endOf(text: string): Position {
  return positionAt(text, text.length);
}

function mergeCapabilities(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' ? mergeCapabilities(b as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}
