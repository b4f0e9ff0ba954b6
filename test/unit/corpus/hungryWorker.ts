// A stand-in for the index worker (test/unit/corpus/workerPool.test.ts): on a batch it allocates
// until its heap limit ends it, as a worker given a file too large for its limit does.
import { parentPort } from 'node:worker_threads';

const held: number[][] = [];
parentPort?.on('message', (message: { kind: string }) => {
  if (message.kind !== 'index') return;
  for (;;) held.push(new Array(100_000).fill(held.length));
});
