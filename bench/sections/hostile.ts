/**
 * Hostile documents through the language server (`node dist/server.js --stdio`): each document of
 * bench/hostileDocuments.ts at its full size and at twice that, timed from `didOpen` to its
 * diagnostics, then a hover (and the outline or semantic tokens where the issue asks), so that
 * the report shows seconds per MB and how the time grows with the input. Then: how soon a
 * cancelled request on a large document answers, and the server's memory before, while and after
 * 1,000 documents are opened and closed.
 *
 *   node out/bench/run.js --only=hostile [--quick]
 */
import * as path from 'node:path';
import type { BenchSection } from '../context';
import { repoRoot } from '../corpusAnalysis';
import { utf8Length } from '../generator';
import { formatMs, formatRatio } from '../harness';
import { hostileDocuments, readSamples, type HostileDocument } from '../hostileDocuments';
import { MB } from '../inputs';
import { LspDriver } from '../lspDriver';

/** Issue 11's targets: diagnostics within 1 s per MB; twice the input at most 2.3 times the time. */
const GOAL_MS_PER_MB = 1000;
const GOAL_GROWTH = 2.3;
/** Below this the time is start-up noise, not growth: a ratio over it is not held against the goal. */
const NOISE_MS = 100;
const OPEN_CLOSE_FILES = 1000;

interface Timing {
  readonly bytes: number;
  readonly diagnosticsMs: number;
  readonly diagnostics: number;
  readonly hoverMs: number;
  readonly extraMs?: number;
}

const mib = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / MB).toFixed(0)} MiB`);

async function timeOnce(driver: LspDriver, uri: string, doc: HostileDocument): Promise<Timing> {
  const { ms, diagnostics } = await driver.openAndWait(uri, doc.text, 600_000);
  let t0 = performance.now();
  await driver.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }, 600_000);
  const hoverMs = performance.now() - t0;
  let extraMs: number | undefined;
  if (doc.symbols || doc.tokens) {
    t0 = performance.now();
    if (doc.symbols) await driver.request('textDocument/documentSymbol', { textDocument: { uri } }, 600_000);
    if (doc.tokens) await driver.request('textDocument/semanticTokens/full', { textDocument: { uri } }, 600_000);
    extraMs = performance.now() - t0;
  }
  driver.close(uri);
  await driver.settle(100);
  return { bytes: utf8Length(doc.text), diagnosticsMs: ms, diagnostics, hoverMs, extraMs };
}

/**
 * The fastest of up to `RUNS` opens (each under a new uri), as long as they take less than
 * `BUDGET_MS` together: other work on a shared machine only ever adds time.
 */
const RUNS = 3;
const BUDGET_MS = 4_000;
async function timeDocument(driver: LspDriver, uri: string, doc: HostileDocument): Promise<Timing> {
  let best: Timing | undefined;
  const t0 = performance.now();
  for (let run = 0; run < RUNS && (run === 0 || performance.now() - t0 < BUDGET_MS); run++) {
    const t = await timeOnce(driver, `${uri}-${run}`, doc);
    if (!best || t.diagnosticsMs < best.diagnosticsMs) best = { ...t, hoverMs: Math.min(t.hoverMs, best?.hoverMs ?? Infinity) };
  }
  return best!;
}

/** Sends a semantic tokens request for a document just opened, cancels it `afterMs` later; how soon the answer comes, and what it is. */
async function cancelLatency(driver: LspDriver, uri: string, text: string, afterMs: number): Promise<{ cancelled: boolean; ms: number }> {
  driver.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
  const id = driver.nextRequestId;
  const answer = driver.request('textDocument/semanticTokens/full', { textDocument: { uri } }, 600_000).then(
    () => ({ cancelled: false, at: performance.now() }),
    (e: { code?: number }) => ({ cancelled: e.code === -32800, at: performance.now() }),
  );
  await new Promise(resolve => setTimeout(resolve, afterMs));
  const cancelAt = performance.now();
  driver.notify('$/cancelRequest', { id });
  const { cancelled, at } = await answer;
  driver.close(uri);
  await driver.settle(300);
  return { cancelled, ms: at - cancelAt };
}

export const hostileSection: BenchSection = {
  title: 'Hostile documents through the language server',
  async run(ctx, section) {
    const script = path.join(repoRoot, 'dist', 'server.js');
    const samples = readSamples(repoRoot);
    const scale = ctx.quick ? 0.1 : 1;
    const single = hostileDocuments(scale, samples);
    const double = hostileDocuments(2 * scale, samples);
    const { driver } = await LspDriver.start(script, 'cable server', repoRoot);
    const dir = 'untitled:bench-hostile';
    let serial = 0;
    try {
      await driver.settle();
      const table = section.table(['document', 'size', 'didOpen → diagnostics', 'ms per MB', 'hover after', 'outline / tokens', 'diagnostics', 'at 2× size', 'growth (2× / 1×)']);
      let worstPerMb = 0;
      let worstGrowth = 0;
      for (let i = 0; i < single.length; i++) {
        const doc = single[i]!;
        ctx.log(`hostile: ${doc.label}`);
        ctx.progress(i);
        const a = await timeDocument(driver, `${dir}/${serial++}-${doc.name}.cable`, doc);
        const b = await timeDocument(driver, `${dir}/${serial++}-${doc.name}-2x.cable`, double[i]!);
        const perMb = a.diagnosticsMs / (a.bytes / 1e6);
        const growth = b.diagnosticsMs / a.diagnosticsMs;
        // Tiny documents' times are start-up noise: their ms per MB and growth say nothing.
        if (a.bytes >= 1e5) worstPerMb = Math.max(worstPerMb, perMb);
        if (b.diagnosticsMs >= NOISE_MS) worstGrowth = Math.max(worstGrowth, growth);
        table.row(
          doc.label, `${(a.bytes / 1e6).toFixed(2)} MB`, formatMs(a.diagnosticsMs), a.bytes >= 1e5 ? formatMs(perMb) : '—', formatMs(a.hoverMs),
          a.extraMs === undefined ? '—' : formatMs(a.extraMs), String(a.diagnostics), formatMs(b.diagnosticsMs), formatRatio(growth),
        );
      }
      ctx.goal({
        figure: 'hostile documents: `didOpen` → diagnostics, the slowest per MB (documents of 0.1 MB and more)',
        measured: `${formatMs(worstPerMb)} per MB`,
        goal: `≤ ${formatMs(GOAL_MS_PER_MB)} per MB`,
        met: worstPerMb <= GOAL_MS_PER_MB,
      });
      ctx.goal({
        figure: 'hostile documents: time at twice the size / time at the size, the largest (times over 0.1 s)',
        measured: formatRatio(worstGrowth),
        goal: `≤ ${GOAL_GROWTH}×`,
        met: worstGrowth <= GOAL_GROWTH,
      });

      // Cancellation: a semantic tokens request while 3 MB of cables (under the limits) are analysed,
      // as one cable (the analysis yields between its layers) and as a collection (between its cables too).
      ctx.log('hostile: cancelling a request on a large document');
      const copies = ctx.quick ? 30 : 300;
      const cancelText = samples.join('\n').repeat(copies);
      const collectionText = ctx.inputs.collection(utf8Length(cancelText));
      const single3 = await cancelLatency(driver, `${dir}/${serial++}-cancel.cable`, cancelText, 300);
      const collection3 = await cancelLatency(driver, `${dir}/${serial++}-cancel-collection.cable`, collectionText, 300);
      const full = await timeOnce(driver, `${dir}/${serial++}-uncancelled.cable`, { name: 'uncancelled', label: '', text: cancelText, tokens: true });
      const fullCollection = await timeOnce(driver, `${dir}/${serial++}-uncancelled-collection.cable`, { name: 'uncancelled', label: '', text: collectionText, tokens: true });

      // Memory: 1,000 corpus files opened (each checked), then closed.
      ctx.log(`hostile: opening and closing ${OPEN_CLOSE_FILES} documents`);
      await driver.settle(500);
      const rssBefore = driver.rssBytes();
      const files = ctx.inputs.corpus().files.slice(0, OPEN_CLOSE_FILES);
      const uris = files.map((_, k) => `${dir}/${serial++}-open-close-${k}.cable`);
      await Promise.all(files.map((f, k) => driver.openAndWait(uris[k]!, f.text, 600_000)));
      await driver.settle(500);
      const rssOpen = driver.rssBytes();
      for (const u of uris) driver.close(u);
      await driver.settle(1000);
      const rssAfter = driver.rssBytes();
      // A second round: memory that grows round after round is a leak; a first round's growth may be a warm heap.
      await Promise.all(files.map((f, k) => driver.openAndWait(`${uris[k]!}-again`, f.text, 600_000)));
      for (const u of uris) driver.close(`${u}-again`);
      await driver.settle(1000);
      const rssAfter2 = driver.rssBytes();

      const more = section.table(['measure', 'value']);
      const cancelRow = (what: string, r: { cancelled: boolean; ms: number }, f: Timing) => more.row(
        `\`$/cancelRequest\` of \`semanticTokens/full\`, 0.3 s after it, on ${what} just opened (${(f.bytes / 1e6).toFixed(1)} MB)`,
        `${r.cancelled ? 'RequestCancelled' : '**answered, not cancelled**'} ${r.ms < 0 ? 'before the cancel was sent' : `${formatMs(r.ms)} after the cancel`}; uncancelled: diagnostics ${formatMs(f.diagnosticsMs)}, then the tokens ${formatMs(f.extraMs ?? 0)}`,
      );
      cancelRow(`the samples × ${copies} as one cable`, single3, full);
      cancelRow('a generated collection file of the same size', collection3, fullCollection);
      more.row(`server RSS before opening ${OPEN_CLOSE_FILES} documents`, mib(rssBefore));
      more.row(`… with all ${OPEN_CLOSE_FILES} open (each checked)`, mib(rssOpen));
      more.row('… after closing them all', mib(rssAfter));
      more.row('… after opening and closing them all a second time', mib(rssAfter2));
      section.note(
        `Each document is opened under a new uri in one server, timed from the \`didOpen\` to its first \`publishDiagnostics\`, then closed. ` +
        `"hover after" is a hover at the first line asked right after the diagnostics; "outline / tokens" the outline and the semantic tokens where the issue asks for them. ` +
        `Documents beyond the size limits (5 million characters or 200,000 lines: the 10 MB line and the million lines) get the structure checks only (docs/reliability.md). ` +
        `"growth" is the time at twice the size over the time at the size: 2 is linear; times under ${formatMs(NOISE_MS)} are noise and not held against the goal. ` +
        `RSS is read from the operating system after the server has been quiet for a moment (no forced GC).`,
      );
    } finally {
      await driver.shutdown();
    }
  },
};
