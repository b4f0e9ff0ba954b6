/**
 * A small JSON-RPC client for the LSP rows: spawns a server (`node <script> --stdio`), frames
 * messages with Content-Length itself, answers the server's own requests with nothing, and
 * notes when each message arrives, so that latencies are measured the same way for every server.
 *
 *   const { driver, startupMs } = await LspDriver.start('dist/server.js');
 *   const ms = await driver.openAndWait(uri, text);   // didOpen → publishDiagnostics
 *   await driver.request('textDocument/hover', { textDocument: { uri }, position });
 *   await driver.shutdown();
 *
 * Unlike test/lsp/lspClient.ts it keeps incoming chunks in a list (no quadratic Buffer growth on
 * megabyte answers) and is made for timing rather than for asserting.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';

interface Position {
  readonly line: number;
  readonly character: number;
}

interface Pending {
  readonly method: string;
  /** The result, and when the whole answer arrived (before its JSON was parsed). */
  resolve(value: unknown, at: number): void;
  reject(error: Error): void;
  readonly timer: NodeJS.Timeout;
}

interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** Every server still running; killed when the benchmark exits, whatever happened. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const p of live) {
    try {
      p.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
});

const now = (): number => performance.now();

export class LspDriver {
  private nextId = 1;
  private chunks: Buffer[] = [];
  private length = 0;
  /** Body length of the message being read, or -1 while reading a header. */
  private expected = -1;
  private readonly pending = new Map<number, Pending>();
  /** Who waits for the next publishDiagnostics of a uri: called with the arrival time and the count. */
  private readonly publishWaiters = new Map<string, ((at: number, count: number) => void)[]>();
  private lastMessageAt = now();
  /** The version carried by the last publishDiagnostics of each uri (when the server sends one). */
  readonly publishedVersions = new Map<string, number>();
  private exited = false;
  private readonly exitPromise: Promise<void>;
  stderr = '';

  private constructor(private readonly proc: ChildProcess, readonly label: string) {
    live.add(proc);
    this.exitPromise = new Promise((resolve) => {
      proc.on('exit', (code) => {
        this.exited = true;
        live.delete(proc);
        for (const p of this.pending.values()) {
          clearTimeout(p.timer);
          p.reject(new Error(`${label} exited (code ${code}) before answering ${p.method}: ${this.stderr.trim().slice(-500)}`));
        }
        this.pending.clear();
        resolve();
      });
    });
    proc.stdout!.on('data', (chunk: Buffer) => this.onData(chunk));
    proc.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
    proc.stdin!.on('error', () => {
      // the server went away; the exit handler reports it
    });
  }

  /**
   * Spawns `node <script> --stdio` in `cwd` and sends `initialize`; `startupMs` runs from the
   * spawn to the initialize result. Then sends `initialized`.
   */
  static async start(script: string, label: string, cwd: string): Promise<{ driver: LspDriver; startupMs: number }> {
    if (!fs.existsSync(script)) throw new Error(`${label}: ${script} is missing (run \`npm run build\` and compile the bench first)`);
    const t0 = now();
    const proc = spawn(process.execPath, [script, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const driver = new LspDriver(proc, label);
    try {
      const root = pathToFileURL(cwd).href;
      await driver.request('initialize', {
        processId: process.pid,
        clientInfo: { name: 'cable-bench', version: '0.0.0' },
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'cable' }],
        capabilities: CLIENT_CAPABILITIES,
        initializationOptions: null,
      }, 30_000);
      const startupMs = now() - t0;
      driver.notify('initialized', {});
      return { driver, startupMs };
    } catch (e) {
      await driver.kill();
      throw e;
    }
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = 120_000): Promise<T> {
    return this.timedRequest<T>(method, params, timeoutMs).then(({ result }) => result);
  }

  /**
   * A request, with the ms from sending it to the arrival of the whole answer (before the client
   * parses its JSON, as the LSP rows count), besides the result.
   */
  timedRequest<T = unknown>(method: string, params: unknown, timeoutMs = 120_000): Promise<{ result: T; ms: number }> {
    if (this.exited) return Promise.reject(new Error(`${this.label} has exited; cannot send ${method}`));
    const id = this.nextId++;
    return new Promise<{ result: T; ms: number }>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.label}: ${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      const sent = now();
      this.pending.set(id, { method, resolve: (result: unknown, at: number) => resolve({ result: result as T, ms: at - sent }), reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** The id the next request will carry (to cancel it with `$/cancelRequest`). */
  get nextRequestId(): number {
    return this.nextId;
  }

  /** Opens a document; resolves with the ms from the didOpen to its first publishDiagnostics, and their number. */
  openAndWait(uri: string, text: string, timeoutMs = 120_000): Promise<{ ms: number; diagnostics: number }> {
    const t0 = now();
    const published = this.nextPublish(uri, timeoutMs);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
    return published.then(({ at, count }) => ({ ms: at - t0, diagnostics: count }));
  }

  /** Sends an incremental didChange: `text` replaces `range` of the document's current text. */
  change(uri: string, version: number, range: { start: Position; end: Position }, text: string): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the arrival time of the next publishDiagnostics for `uri`, and how many diagnostics it holds. */
  nextPublish(uri: string, timeoutMs = 120_000): Promise<{ at: number; count: number }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.label}: no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      const list = this.publishWaiters.get(uri) ?? [];
      list.push((at, count) => {
        clearTimeout(timer);
        resolve({ at, count });
      });
      this.publishWaiters.set(uri, list);
    });
  }

  /** Waits until the server has sent nothing for `quietMs` (at most `maxMs`): its start-up or debounced work is done. */
  async settle(quietMs = 300, maxMs = 10_000): Promise<void> {
    const t0 = now();
    this.lastMessageAt = Math.max(this.lastMessageAt, t0);
    while (now() - this.lastMessageAt < quietMs && now() - t0 < maxMs) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Resident set size of the server process, in bytes (Linux /proc, else `ps`); undefined when unknown. */
  rssBytes(): number | undefined {
    const pid = this.proc.pid;
    if (pid === undefined || this.exited) return undefined;
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
      if (m) return Number(m[1]) * 1024;
    } catch {
      // not Linux: ask ps
    }
    const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
    const kb = Number(ps.stdout?.trim());
    return ps.status === 0 && Number.isFinite(kb) && kb > 0 ? kb * 1024 : undefined;
  }

  /** `shutdown` then `exit`; kills the process when it does not leave within `timeoutMs`. */
  async shutdown(timeoutMs = 5_000): Promise<void> {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, timeoutMs);
      this.notify('exit', null);
    } catch {
      // killed below
    }
    this.proc.stdin!.end();
    const left = await Promise.race([
      this.exitPromise.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
    ]);
    if (!left) await this.kill();
  }

  async kill(): Promise<void> {
    if (this.exited) return;
    this.proc.kill('SIGKILL');
    await this.exitPromise;
  }

  // ---------------------------------------------------------------- framing

  private send(message: Message): void {
    if (this.exited) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.proc.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    for (;;) {
      if (this.expected < 0) {
        if (this.length === 0) return;
        const head = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
        this.chunks = [head];
        const headerEnd = head.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const m = /Content-Length:\s*(\d+)/i.exec(head.subarray(0, headerEnd).toString('ascii'));
        if (!m) throw new Error(`${this.label}: bad header ${JSON.stringify(head.subarray(0, headerEnd).toString('ascii'))}`);
        this.expected = Number(m[1]);
        const rest = head.subarray(headerEnd + 4);
        this.chunks = rest.length > 0 ? [rest] : [];
        this.length = rest.length;
      }
      if (this.length < this.expected) return;
      // The whole body is here: that is when the answer has arrived (parsing it is the client's work).
      const at = now();
      this.lastMessageAt = at;
      const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
      const body = all.subarray(0, this.expected).toString('utf8');
      const rest = all.subarray(this.expected);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.length = rest.length;
      this.expected = -1;
      this.dispatch(JSON.parse(body) as Message, at);
    }
  }

  private dispatch(msg: Message, at: number): void {
    if (msg.method !== undefined && msg.id !== undefined && msg.id !== null) {
      // A request from the server: answer it with nothing (no settings, registrations accepted).
      const result = msg.method === 'workspace/configuration'
        ? ((msg.params as { items?: unknown[] }).items ?? []).map(() => null)
        : null;
      this.send({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics, version } = msg.params as { uri: string; diagnostics?: unknown[]; version?: number };
      if (version !== undefined) this.publishedVersions.set(uri, version);
      const waiters = this.publishWaiters.get(uri);
      if (waiters && waiters.length > 0) {
        this.publishWaiters.delete(uri);
        for (const w of waiters) w(at, diagnostics?.length ?? 0);
      }
      return;
    }
    if (msg.method !== undefined) return; // other notifications: logs, telemetry
    const p = typeof msg.id === 'number' ? this.pending.get(msg.id) : undefined;
    if (!p) return;
    this.pending.delete(msg.id as number);
    clearTimeout(p.timer);
    if (msg.error) p.reject(Object.assign(new Error(`${this.label}: ${p.method} failed: ${msg.error.message}`), { code: msg.error.code }));
    else p.resolve(msg.result ?? null, at);
  }
}

/** What a VS Code-like client announces (trimmed to what the rows use). */
const CLIENT_CAPABILITIES = {
  workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true, labelSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
  },
  general: { positionEncodings: ['utf-16'] },
};
