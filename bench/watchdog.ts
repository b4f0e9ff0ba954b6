/**
 * A watchdog for the benchmark: if one measurement runs far longer than any should (a parser
 * stuck in catastrophic regex backtracking, say), it names the measurement and the item in
 * progress on stderr, prints the rows finished so far, and ends the process, instead of leaving
 * `npm run bench` hanging.
 *
 * It lives in a worker thread because the main thread is busy in synchronous code when it hangs.
 */
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const progress = new Int32Array(workerData.shared);
let label = 'start-up';
let since = Date.now();
let checkpoint;
parentPort.on('message', (message) => {
  if (message === null) process.exit(0);
  if (typeof message === 'object') {
    checkpoint = message;
    return;
  }
  label = message;
  since = Date.now();
});
setInterval(() => {
  const elapsed = Date.now() - since;
  if (elapsed < workerData.limitMs) return;
  const item = Atomics.load(progress, 0);
  const why = '"' + label + '" has run for ' + Math.round(elapsed / 1000) + ' s' +
    (item >= 0 ? ' (item in progress: index ' + item + ')' : '') +
    '; it probably hangs (catastrophic backtracking or an endless loop?)';
  fs.writeSync(2, '\n[bench] ' + why + '. Aborting.\n');
  if (checkpoint) {
    // The rows finished so far are still worth having.
    const partial = checkpoint.markdown + '\n**Run aborted:** ' + why + '.\n';
    fs.writeSync(1, partial);
    try { fs.writeFileSync(checkpoint.out, partial); } catch (e) { /* stdout has it */ }
  }
  process.kill(process.pid, 'SIGTERM');
}, 500).unref();
`;

export class Watchdog {
  private readonly worker: Worker;
  private readonly progressSlot: Int32Array;

  constructor(readonly limitMs: number) {
    const shared = new SharedArrayBuffer(4);
    this.progressSlot = new Int32Array(shared);
    this.progressSlot[0] = -1;
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { shared, limitMs } });
    this.worker.unref();
  }

  /** A new measurement starts: its time limit starts again. */
  phase(label: string): void {
    Atomics.store(this.progressSlot, 0, -1);
    this.worker.postMessage(label);
  }

  /** The item being processed (a corpus file index); cheap enough to call per item. */
  progress(index: number): void {
    Atomics.store(this.progressSlot, 0, index);
  }

  /** The report so far; printed, and written to `out`, if the run is aborted. */
  checkpoint(markdown: string, out: string): void {
    this.worker.postMessage({ markdown, out });
  }

  stop(): void {
    this.worker.postMessage(null);
  }
}
