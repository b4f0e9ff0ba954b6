/**
 * Corpus rows, through the protocol against a temporary folder of generated cables: the cold
 * index from `initialized` to the end of indexing, one file changed on disk until its diagnostics
 * are published again (while the index workers run, and after they have ended), references on a
 * person across the folder, and a workspace symbol query.
 *
 * The end of indexing is seen by polling `cable/indexStatus` every 10 ms (so the figure is good to
 * about 10 ms, plus the time of one answer).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSection } from '../context';
import { repoRoot } from '../corpusAnalysis';
import { formatBytes, formatMs } from '../harness';
import { LspDriver } from '../lspDriver';
import { processCpuSeconds } from '../cpuTime';


async function median(times: number, run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

export const corpusSection: BenchSection = {
  title: 'Corpus index through the LSP (cold index, one change, references, workspace symbols)',
  async run(ctx, section) {
    const { files } = ctx.inputs.corpus();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-bench-corpus-'));
    const table = section.table(['measurement', 'files', 'time', 'goal', 'note']);
    let driver: LspDriver | undefined;
    try {
      for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.text);
      ctx.log(`corpus: ${files.length} files written to a temporary folder; starting the server`);
      const started = await LspDriver.start(path.join(repoRoot, 'dist', 'server.js'), 'cable corpus', dir);
      driver = started.driver;
      const cpu0 = processCpuSeconds(driver.pid);
      const t0 = performance.now();
      let indexed = 0;
      for (;;) {
        const status = await driver.request<{ complete: boolean; files: number }>('cable/indexStatus', null);
        if (status.complete && status.files >= files.length) {
          indexed = status.files;
          break;
        }
        if (performance.now() - t0 > 600_000) throw new Error('the index did not complete within 10 minutes');
        await new Promise(resolve => setTimeout(resolve, 10));
      }
      const cold = performance.now() - t0;
      const cpu1 = processCpuSeconds(driver.pid);
      const rss = driver.rssBytes();
      // The server's CPU over the same interval, its worker threads included: how much work the
      // cold index is, apart from how well it spreads over the cores.
      const cpu = cpu0 !== undefined && cpu1 !== undefined ? `; CPU ${(cpu1 - cpu0).toFixed(1)} s, ${((cpu1 - cpu0) / (cold / 1000)).toFixed(2)} cores busy` : '';
      table.row('cold index: initialized → end of progress', indexed, formatMs(cold), '≤ 3 s', `RSS after: ${rss ? formatBytes(rss) : '?'} (goal ≤ 250 MB)${cpu}`);

      // One file changed on disk: the watcher's event → re-read, re-summarised, diagnostics published.
      // Measured twice: right after the cold index, while the worker threads still run (the file
      // goes to one of them), and after they have ended (it is analysed on the main thread).
      const changed = files.find(f => /FILIPPOV/.test(f.text)) ?? files[0];
      const uri = pathToFileURL(path.join(dir, changed.name)).href;
      const changeOnce = async () => {
        fs.appendFileSync(path.join(dir, changed.name), '\nMet on Monday, 4 October 1951.\n');
        const published = driver!.nextPublish(uri, 30_000);
        const sent = performance.now();
        driver!.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
        const { at } = await published;
        return at - sent;
      };
      const changeMs = await median(5, changeOnce);
      table.row('one file changed → index and workspace diagnostics updated', 1, formatMs(changeMs), '≤ 10 ms', 'median of 5, wall time including the protocol; right after the cold index, the worker threads still running');

      // References on a person across the folder.
      const text = fs.readFileSync(path.join(dir, changed.name), 'utf8');
      const at = text.indexOf('FILIPPOV');
      let refs = 0;
      if (at >= 0) {
        const before = text.slice(0, at + 2).split('\n');
        const position = { line: before.length - 1, character: before[before.length - 1].length };
        driver.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
        // Timed to the arrival of the whole answer, as the LSP rows are; with the client's parse of
        // its JSON (megabytes for a person in every file) in the note.
        const arrivals: number[] = [];
        const refsParsedMs = await median(5, async () => {
          const { result, ms } = await driver!.timedRequest<unknown[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
          refs = result.length;
          arrivals.push(ms);
        });
        const refsMs = arrivals.sort((a, b) => a - b)[Math.floor(arrivals.length / 2)];
        table.row('references on a person (FILIPPOV → Stalin)', files.length, formatMs(refsMs), '≤ 50 ms',
          `${refs} locations; median of 5, to the arrival of the answer; ${formatMs(refsParsedMs)} with the client's parse of its JSON`);
        driver.notify('textDocument/didClose', { textDocument: { uri } });
      }

      let symbols = 0;
      const symbolMs = await median(5, async () => {
        const r = await driver!.request<unknown[]>('workspace/symbol', { query: 'roshchin' });
        symbols = r.length;
      });
      table.row("workspace symbol query 'roshchin'", files.length, formatMs(symbolMs), '≤ 50 ms', `${symbols} symbols; median of 5`);

      // What the server keeps once the index is idle: the worker threads end after 2 s without work.
      await new Promise(resolve => setTimeout(resolve, 4_000));
      const idleRss = driver.rssBytes();
      table.row('RSS with the index built, 4 s idle after the rows above', files.length, idleRss ? formatBytes(idleRss) : '?', '≤ 250 MB', 'no forced GC; the index worker threads have ended');

      // The same change once the workers have ended, as after any pause in editing: the first one
      // pays for the main thread's first analysis, so it is reported apart from the median of the next 5.
      const firstMs = await changeOnce();
      const laterMs = await median(5, changeOnce);
      table.row('one file changed, the worker threads ended (analysed on the main thread)', 1, formatMs(laterMs), '≤ 10 ms', `median of the 5 after the first, which took ${formatMs(firstMs)}`);
    } finally {
      await driver?.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
