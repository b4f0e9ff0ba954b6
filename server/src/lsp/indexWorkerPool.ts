/**
 * A small pool of worker threads (`dist/indexWorker.js`) that read, analyse and summarise the
 * workspace's files from disk while the folder is indexed, so that a cold index uses every core.
 * Files are sent a batch at a time (one message carries several files, and each worker has two
 * batches in hand so that it never waits for the main thread). Each worker holds the gazetteer and
 * the settings, sent again before its next batch whenever they have changed. A cancelled request
 * still queued is dropped. When a worker cannot start or dies, its files go to the others; when
 * none is left, the pool says so once in the log and the remaining work is done on the main thread.
 * The workers end when idle; a few files changed after that are analysed on the main thread, and
 * only a larger burst starts the workers again. A worker may be given a heap limit: one that runs
 * out of memory on a batch (a collection file of several megabytes) is replaced by a fresh worker,
 * and that batch is analysed on the main thread, whose heap is not limited.
 */
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CableSettings, ComputedFile, ICancellationToken, ILogger } from '../service';
import type { Gazetteer, GazetteerProvider } from '../service/gazetteer';
import type { FileIndexing, FromIndexWorker, IndexedFile, ToIndexWorker } from './fileIndexing';
import { readCableText } from './readCableText';

export interface IndexWorkerPoolOptions {
  /** The worker script (`indexWorker.js` next to the server's bundle). */
  readonly script: string;
  readonly size: number;
  /** The gazetteer in force (its identity tells when the workers must be sent the providers again) and its workspace providers. */
  readonly gazetteer: () => { readonly gazetteer: Gazetteer; readonly workspaceProviders: readonly GazetteerProvider[] };
  readonly settings: () => CableSettings;
  /** The same work on the main thread, for files in hand when the last worker is gone. */
  readonly fallback: FileIndexing;
  readonly logger: ILogger;
  /** Read the files as `cable-check` does (binary and non-UTF-8 files refused), and say which were refused. */
  readonly strict?: boolean;
  onUnreadable?(uri: string, why: string): void;
  /** Say in the log how many workers started (the server does; the command line stays quiet). */
  readonly announce?: boolean;
  /**
   * The old generation of each worker's heap, in MB (no limit when not given). V8 lets a busy
   * worker's heap grow well past what it holds alive (about 40 MB: the gazetteer, the code and a
   * batch); a limit makes it collect instead. A batch that needs more than the limit ends its
   * worker, and is analysed on the main thread.
   */
  readonly oldGenerationMb?: number;
}

/** Files per message: large enough that messaging costs little, small enough that work spreads evenly. */
const BATCH_SIZE = 32;
/** Files in hand, with no worker running, from which the workers are started rather than the files analysed on the main thread. */
const START_FROM_FILES = BATCH_SIZE;
/** Batches a worker holds at once. */
const BATCHES_IN_HAND = 2;

interface Request {
  readonly uri: string;
  readonly diagnose: boolean;
  readonly token: ICancellationToken;
  resolve(file: ComputedFile | undefined): void;
}

interface PoolWorker {
  readonly thread: Worker;
  /** The gazetteer and settings this worker was last sent. */
  configured?: { gazetteer: Gazetteer; settings: CableSettings };
  readonly batches: Map<number, Request[]>;
  /** Whether it has answered a batch: one that runs out of memory before it ever did is not replaced. */
  answered?: boolean;
}

/** How long the workers may stay idle before they are ended. */
const IDLE_MS = 2_000;

export class IndexWorkerPool {
  private workers: PoolWorker[] | undefined;
  private queue: Request[] = [];
  private dispatchScheduled = false;
  private nextBatch = 0;
  private failureLogged = false;
  private outOfMemoryLogged = false;
  /** Batches sent, in order, and the answers of those done: answers are settled in sending order, so the index fills in listing order whichever worker is faster. */
  private readonly order: number[] = [];
  private readonly answers = new Map<number, { batch: Request[]; files: readonly IndexedFile[] }>();
  /** Ends the workers once they have had nothing to do for a while: their heaps go with them. */
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: IndexWorkerPoolOptions) {}

  /** Information, not a fault: as information where the host tells the two apart. */
  private info(message: string): void {
    const logger = this.options.logger;
    if (logger.info) logger.info(message);
    else logger.log(message);
  }

  /** False once every worker has failed: the caller then does the work itself. */
  get available(): boolean {
    return this.workers === undefined || this.workers.length > 0;
  }

  /** Starts the workers ahead of the first file (they load the bundle and the gazetteer meanwhile). */
  warmUp(): void {
    this.workers ??= this.start();
  }

  /** A file's summary and diagnostics from its text on disk; undefined when cancelled before it was sent. Never rejects. */
  compute(uri: string, diagnose: boolean, token: ICancellationToken): Promise<ComputedFile | undefined> {
    clearTimeout(this.idleTimer);
    return new Promise(resolve => {
      this.queue.push({ uri, diagnose, token, resolve });
      this.scheduleDispatch();
    });
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
    for (const w of this.workers ?? []) void w.thread.terminate();
    this.workers = [];
  }

  /**
   * After a cold index the workers hold heaps full of the analyses' garbage and a gazetteer each;
   * ended when idle, they give that memory back, and the next burst of files starts them again.
   */
  private releaseWhenIdle(): void {
    const busy = this.queue.length > 0 || (this.workers ?? []).some(w => w.batches.size > 0);
    if (busy || !this.workers?.length) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      const idle = this.workers;
      if (!idle?.length || this.queue.length || idle.some(w => w.batches.size > 0)) return;
      this.workers = undefined;
      for (const w of idle) {
        w.thread.removeAllListeners(); // an ending asked for is no failure
        void w.thread.terminate();
      }
    }, IDLE_MS);
    this.idleTimer.unref();
  }

  private start(count = this.options.size): PoolWorker[] {
    const workers: PoolWorker[] = [];
    for (let i = 0; i < count; i++) {
      let thread: Worker;
      try {
        const old = this.options.oldGenerationMb;
        thread = new Worker(this.options.script, old ? { resourceLimits: { maxOldGenerationSizeMb: old } } : {});
      } catch (e) {
        this.failed(e);
        break;
      }
      thread.unref(); // the workers never keep the server alive
      const worker: PoolWorker = { thread, batches: new Map() };
      thread.on('message', (message: FromIndexWorker) => this.answered(worker, message));
      thread.on('error', e => this.lost(worker, e));
      thread.on('exit', code => this.lost(worker, `the worker exited with code ${code}`));
      workers.push(worker);
    }
    if (workers.length && count === this.options.size && this.options.announce !== false) this.info(`cable: indexing with ${workers.length} worker thread${workers.length === 1 ? '' : 's'}`);
    return workers;
  }

  private scheduleDispatch(): void {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    // After the current burst of requests, so that the first batches are full.
    setImmediate(() => {
      this.dispatchScheduled = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    // With no worker running, a few files are analysed here: starting the workers (each loads the
    // bundle and the gazetteer, then runs the analysis unoptimised for a while) takes far longer.
    if (!this.workers && this.queue.length < START_FROM_FILES) {
      this.runHere(this.queue.splice(0));
      return;
    }
    const workers = (this.workers ??= this.start());
    if (!workers.length) {
      this.runHere(this.queue.splice(0));
      return;
    }
    for (;;) {
      const worker = workers.reduce((a, b) => (b.batches.size < a.batches.size ? b : a));
      if (worker.batches.size >= BATCHES_IN_HAND) return;
      const batch = this.takeBatch();
      if (!batch.length) return;
      this.send(worker, batch);
    }
  }

  /** Up to BATCH_SIZE live requests with the same `diagnose`; cancelled ones are answered at once. */
  private takeBatch(): Request[] {
    const batch: Request[] = [];
    let taken = 0;
    for (; taken < this.queue.length && batch.length < BATCH_SIZE; taken++) {
      const r = this.queue[taken];
      if (r.token.isCancellationRequested) r.resolve(undefined);
      else if (batch.length && r.diagnose !== batch[0].diagnose) break;
      else batch.push(r);
    }
    this.queue = this.queue.slice(taken);
    return batch;
  }

  private send(worker: PoolWorker, batch: Request[]): void {
    const { gazetteer, workspaceProviders } = this.options.gazetteer();
    const settings = this.options.settings();
    if (worker.configured?.gazetteer !== gazetteer || worker.configured.settings !== settings) {
      this.post(worker, { kind: 'configure', providers: workspaceProviders, settings });
      worker.configured = { gazetteer, settings };
    }
    const id = this.nextBatch++;
    worker.batches.set(id, batch);
    this.order.push(id);
    this.post(worker, { kind: 'index', batch: id, uris: batch.map(r => r.uri), diagnose: batch[0].diagnose, strict: this.options.strict });
  }

  private post(worker: PoolWorker, message: ToIndexWorker): void {
    worker.thread.postMessage(message);
  }

  private answered(worker: PoolWorker, message: FromIndexWorker): void {
    const batch = worker.batches.get(message.batch);
    if (!batch) return;
    worker.batches.delete(message.batch);
    worker.answered = true;
    this.answers.set(message.batch, { batch, files: message.files });
    this.settleInOrder();
    this.dispatch();
    this.releaseWhenIdle();
  }

  private settleInOrder(): void {
    while (this.order.length && this.answers.has(this.order[0])) {
      const { batch, files } = this.answers.get(this.order[0])!;
      this.answers.delete(this.order.shift()!);
      files.forEach((file, i) => this.settle(batch[i], file));
    }
  }

  private settle(request: Request, file: IndexedFile): void {
    if (file.error) this.options.logger.log(`cable: could not index ${file.uri}: ${file.error}`);
    if (file.unreadable) this.options.onUnreadable?.(file.uri, file.unreadable);
    request.resolve(file.summary ? { summary: file.summary, diagnostics: file.diagnostics } : {});
  }

  /**
   * A worker failed or ended: its batches go back to the front of the queue, for the others or the
   * main thread. The batches of one that ran out of memory are analysed here (sent to another
   * worker, they would end it too), and it is replaced if it had done any work within its limit.
   */
  private lost(worker: PoolWorker, reason: unknown): void {
    if (!this.workers?.includes(worker)) return;
    this.workers = this.workers.filter(w => w !== worker);
    void worker.thread.terminate();
    const requests = [...worker.batches.values()].flat();
    for (const id of worker.batches.keys()) this.order.splice(this.order.indexOf(id), 1);
    worker.batches.clear();
    this.settleInOrder();
    if (isOutOfMemory(reason)) {
      this.logOutOfMemory(requests);
      if (worker.answered) this.workers.push(...this.start(1));
      else if (!this.workers.length) this.failed(reason);
      this.runHere(requests);
    } else {
      this.queue = [...requests, ...this.queue];
      if (!this.workers.length) this.failed(reason);
    }
    this.scheduleDispatch();
  }

  private logOutOfMemory(requests: readonly Request[]): void {
    if (this.outOfMemoryLogged) return;
    this.outOfMemoryLogged = true;
    const first = requests[0]?.uri ?? 'a batch';
    this.options.logger.log(`cable: an index worker ran out of memory on a batch of ${requests.length} file${requests.length === 1 ? '' : 's'} (the first ${first}); ${requests.length === 1 ? 'it is' : 'they are'} analysed on the main thread`);
  }

  private failed(reason: unknown): void {
    if (this.failureLogged) return;
    this.failureLogged = true;
    this.options.logger.log(`cable: index worker threads unavailable, indexing on the main thread: ${reason instanceof Error ? reason.message : String(reason)}`);
  }

  private runHere(requests: readonly Request[]): void {
    for (const r of requests) {
      if (r.token.isCancellationRequested) {
        r.resolve(undefined);
        continue;
      }
      if (this.options.strict) {
        const read = readCableText(fileURLToPath(r.uri));
        this.settle(r, 'error' in read ? { uri: r.uri, unreadable: read.error } : this.options.fallback.indexText(r.uri, read.text, r.diagnose));
        continue;
      }
      void fs.readFile(fileURLToPath(r.uri), 'utf8').then(text => text, () => undefined)
        .then(text => this.settle(r, this.options.fallback.indexText(r.uri, text, r.diagnose)));
    }
  }
}

/** Node ends a worker that reaches its heap limit with this error. */
function isOutOfMemory(reason: unknown): boolean {
  return reason instanceof Error && (reason as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
}
