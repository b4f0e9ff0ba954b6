/**
 * LSP rows: our server (`node dist/server.js --stdio`) next to a null server (bench/nullServer.ts)
 * that does nothing but keep the documents and answer with empty results. Both are driven by the
 * same client (bench/lspDriver.ts), one after the other, so that the ratio is the cost of the
 * analysis as a user of the editor feels it: start-up, diagnostics after opening a file, outline,
 * hover, and the memory held with many files open.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeEntities } from '../../server/src/service/entities';
import { GazetteerManager } from '../../server/src/service/gazetteer';
import { entityContextFor, repoRoot } from '../corpusAnalysis';
import type { BenchContext, BenchSection } from '../context';
import { utf8Length } from '../generator';
import { formatBytes, formatMs, formatRatio, formatTiming, measure, summarise, type Measurement } from '../harness';
import { KB, MB } from '../inputs';
import { LspDriver } from '../lspDriver';

const SEED_FILE = 'samples/seed-mao-to-filippov-1951.cable';
const OPEN_FILES = 1000;

interface Input {
  readonly label: string;
  readonly text: string;
  readonly bytes: number;
  /** Where to hover: on a name near the middle of the text. */
  readonly hover: { line: number; character: number };
}

interface ServerResult {
  startup: Measurement;
  open: Measurement[];
  diagnostics: number[];
  symbols: Measurement[];
  symbolCounts: number[];
  hover: Measurement[];
  hoverAnswered: boolean[];
  manyOpen: Measurement;
  rssIdle?: number;
  rssMany?: number;
}

/** The position of a recognised name closest to the middle of the text. */
function hoverPosition(text: string): { line: number; character: number } {
  const gazetteer = new GazetteerManager().gazetteer;
  const { mentions } = analyzeEntities(text, gazetteer, entityContextFor(text));
  const middle = text.length / 2;
  let offset = 0;
  let best = Infinity;
  for (const m of mentions) {
    const distance = Math.abs(m.span.start - middle);
    if (distance < best) {
      best = distance;
      offset = m.span.start + 1;
    }
  }
  return TextDocument.create('bench:hover', 'cable', 1, text).positionAt(offset);
}

const mib = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / MB).toFixed(0)} MiB`);

async function runServer(ctx: BenchContext, label: string, script: string, inputs: readonly Input[], corpus: readonly string[]): Promise<ServerResult> {
  const dir = pathToFileURL(path.join(repoRoot, '.bench', 'lsp', label.replace(/\W+/g, '-'))).href;
  let serial = 0;
  const uri = (name: string) => `${dir}/${serial++}-${name}.cable`;

  // Start-up: spawn → initialize result, each time in a fresh process.
  ctx.log(`lsp ${label}: start-up`);
  const startups: number[] = [];
  for (let i = 0; i < (ctx.quick ? 3 : 7); i++) {
    const { driver, startupMs } = await LspDriver.start(script, label, repoRoot);
    startups.push(startupMs);
    await driver.shutdown();
  }

  const { driver } = await LspDriver.start(script, label, repoRoot);
  try {
    await driver.settle();
    const rssIdle = driver.rssBytes();
    const result: ServerResult = {
      startup: summarise(`${label} start-up`, startups),
      open: [], diagnostics: [], symbols: [], symbolCounts: [], hover: [], hoverAnswered: [],
      manyOpen: summarise('none', [0]),
      rssIdle,
    };
    const latency = { minSampleMs: 0, warmupMs: 300, minRuns: 5, maxRuns: 30, budgetMs: ctx.quick ? 500 : 1500 };
    for (const input of inputs) {
      ctx.log(`lsp ${label}: ${input.label}`);
      let diagnostics = 0;
      // A check of a large file takes seconds: three samples are enough there.
      const openOptions = input.bytes > 512 * KB ? { ...latency, minRuns: 3 } : latency;
      result.open.push(await measure(`${label} didOpen ${input.label}`, async () => {
        const u = uri('open');
        const { ms, diagnostics: n } = await driver.openAndWait(u, input.text);
        driver.close(u);
        diagnostics = n;
        return ms;
      }, input.bytes, openOptions));
      result.diagnostics.push(diagnostics);

      // One document stays open for the requests; its analysis is cached after the open, as in the editor.
      const doc = uri('doc');
      await driver.openAndWait(doc, input.text);
      await driver.settle(); // our server re-checks 200 ms after an open or change: let that pass
      let symbols = 0;
      result.symbols.push(await measure(`${label} documentSymbol ${input.label}`, async () => {
        const answer = await driver.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri: doc } });
        symbols = answer?.length ?? 0;
        return answer;
      }, input.bytes, latency));
      result.symbolCounts.push(symbols);
      let answered = false;
      result.hover.push(await measure(`${label} hover ${input.label}`, async () => {
        const answer = await driver.request('textDocument/hover', { textDocument: { uri: doc }, position: input.hover });
        answered = answer !== null;
        return answer;
      }, input.bytes, latency));
      result.hoverAnswered.push(answered);
      driver.close(doc);
      await driver.settle(100);
    }

    // Many files open at once: all sent, then every first diagnostics awaited; then the memory held.
    ctx.log(`lsp ${label}: opening ${corpus.length} corpus files`);
    const t0 = performance.now();
    await Promise.all(corpus.map((text, i) => {
      ctx.progress(i);
      return driver.openAndWait(uri('corpus'), text);
    }));
    const corpusBytes = corpus.reduce((sum, t) => sum + utf8Length(t), 0);
    result.manyOpen = summarise(`${label} open ${corpus.length}`, [performance.now() - t0], 1, corpusBytes, corpus.length);
    await driver.settle(500); // the debounced second check of every file
    result.rssMany = driver.rssBytes();
    return result;
  } finally {
    await driver.shutdown();
  }
}

export const lspSection: BenchSection = {
  title: 'LSP: our server vs. a null server',
  async run(ctx, section) {
    const ours = path.join(repoRoot, 'dist', 'server.js');
    const nullServer = path.join(__dirname, '..', 'nullServer.js');
    const seed = fs.readFileSync(path.join(repoRoot, SEED_FILE), 'utf8');
    const texts: [string, string][] = [
      [`seed cable (${formatBytes(utf8Length(seed))})`, seed],
      ['100 KB generated file', ctx.inputs.file(100 * KB)],
      ['1 MB generated file', ctx.inputs.file(1 * MB)],
    ];
    const inputs: Input[] = texts.map(([label, text]) => ({ label, text, bytes: utf8Length(text), hover: hoverPosition(text) }));
    const corpus = ctx.inputs.corpus().files.slice(0, OPEN_FILES).map((f) => f.text);

    const a = await runServer(ctx, 'cable server', ours, inputs, corpus);
    const b = await runServer(ctx, 'null server', nullServer, inputs, corpus);

    const table = section.table(['measure', 'input', 'cable server', 'null server', 'cable / null']);
    const row = (what: string, input: string, x: Measurement, y: Measurement) =>
      table.row(what, input, formatTiming(x), formatTiming(y), formatRatio(x.medianMs / y.medianMs));
    row('start-up: spawn → `initialize` result', '—', a.startup, b.startup);
    inputs.forEach((input, i) => row('`didOpen` → `publishDiagnostics`', input.label, a.open[i], b.open[i]));
    inputs.forEach((input, i) => row('`textDocument/documentSymbol`', input.label, a.symbols[i], b.symbols[i]));
    inputs.forEach((input, i) => row('`textDocument/hover` on a name', input.label, a.hover[i], b.hover[i]));
    table.row(
      `open ${corpus.length} corpus files at once → every first \`publishDiagnostics\``,
      `${corpus.length} files, ${((a.manyOpen.bytes ?? 0) / 1e6).toFixed(1)} MB`,
      `${formatMs(a.manyOpen.medianMs)} (${(a.manyOpen.itemsPerSec ?? 0).toFixed(0)} files/s)`,
      `${formatMs(b.manyOpen.medianMs)} (${(b.manyOpen.itemsPerSec ?? 0).toFixed(0)} files/s)`,
      formatRatio(a.manyOpen.medianMs / b.manyOpen.medianMs),
    );
    const ratio = (x?: number, y?: number) => (x !== undefined && y !== undefined ? formatRatio(x / y) : 'n/a');
    table.row('RSS after start-up (idle)', '—', mib(a.rssIdle), mib(b.rssIdle), ratio(a.rssIdle, b.rssIdle));
    table.row(`RSS with ${corpus.length} corpus files open`, `${corpus.length} files`, mib(a.rssMany), mib(b.rssMany), ratio(a.rssMany, b.rssMany));

    const sanity = inputs.map((input, i) =>
      `${input.label}: ${a.diagnostics[i]} diagnostics, ${a.symbolCounts[i]} top-level symbols, hover ${a.hoverAnswered[i] ? 'answered' : '**empty**'}`);
    section.note(
      'Times are from the client: from sending the message to the arrival of the whole answer (JSON parsing of the answer not included). ' +
      'Each `didOpen` sample opens the text under a new uri and closes it after the diagnostics arrive, so every sample is a first check. ' +
      'documentSymbol and hover are asked of one open document whose analysis is already cached (as in the editor, which asks after the open). ' +
      'Start-up is the median of fresh processes. RSS is read from the operating system after the server has been quiet for 0.5 s ' +
      '(no forced GC), so it is what the user sees. ' +
      `What our server answered: ${sanity.join('; ')}. The null server answers with empty results by design.`,
    );
  },
};
