// The index worker pool when a worker runs out of memory: the batch it held is analysed on the main
// thread, and a worker that never finished a batch within its limit is not started again and again
// (its stand-in, hungryWorker.js, exhausts any heap). The pool with real workers is in the LSP tier
// (indexWorkers.test.ts, indexWorkerMemory.test.ts).
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileIndexing } from '../../../server/src/lsp/fileIndexing';
import { IndexWorkerPool } from '../../../server/src/lsp/indexWorkerPool';
import { defaultSettings } from '../../../server/src/service/analysis';
import { builtinGazetteer } from '../features/fixture';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-pool-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const never = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };

test('a batch that ends its worker out of memory is analysed on the main thread; a worker that never finished a batch is not replaced', async () => {
  const logs: string[] = [];
  const pool = new IndexWorkerPool({
    script: path.join(__dirname, 'hungryWorker.js'),
    size: 2,
    gazetteer: () => ({ gazetteer: builtinGazetteer, workspaceProviders: [] }),
    settings: () => defaultSettings,
    fallback: new FileIndexing(() => builtinGazetteer, () => defaultSettings),
    logger: { log: m => logs.push(m) },
    oldGenerationMb: 16,
  });
  const uris = Array.from({ length: 40 }, (_, i) => {
    const file = path.join(dir, `c${i}.cable`);
    fs.writeFileSync(file, `CIPHERED TELEGRAM No. ${100 + i}\nFrom BEIJING\nReceived 3 October 1950\n\nCde. ROSHCHIN reports.\n\nMAO ZEDONG\n`);
    return pathToFileURL(file).href;
  });
  // The pool's threads never keep a process alive (the server's connection does): this timer does here.
  const alive = setInterval(() => {}, 1_000);
  try {
    const answers = await Promise.all(uris.map(uri => pool.compute(uri, true, never)));
    // Every file is answered, from the main thread.
    assert.deepEqual(answers.map(a => a?.summary?.cables[0]?.number), uris.map((_, i) => String(100 + i)));
    assert.equal(logs.filter(m => m.includes('ran out of memory')).length, 1, JSON.stringify(logs));
    // Neither worker had answered a batch: neither is replaced, and the pool says it has none left.
    assert.ok(logs.some(m => m.includes('index worker threads unavailable')), JSON.stringify(logs));
    assert.equal(pool.available, false);
  } finally {
    clearInterval(alive);
    pool.dispose();
  }
});
