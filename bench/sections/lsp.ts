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
/** The targets of issue 8, held against these rows in the report's "Goals" table. */
const GOAL_OPEN_RATIO = 6;
const GOAL_EDIT_MS = 50;
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
  /** didOpen → publishDiagnostics, then documentSymbol at once: the whole wait for a large file. */
  openThenSymbols: Measurement;
  openThenSymbolsCount: number;
  /** A one-character didChange → documentSymbol of the new version. */
  edit: Measurement;
  /** The same edits in the same cables written as a collection file, where each cable is analysed on its own. */
  editCollection: Measurement;
  /** The version of the last diagnostics published after the edits, and the last version sent. */
  editVersions: { published?: number; sent: number };
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

/**
 * Opens `text`, waits for its diagnostics, then types one character at a time at spread-out
 * places: each sample is the time from sending the incremental didChange (version + 1) to the
 * answer of a documentSymbol asked right after it. The server handles messages in order, so that
 * answer is for the new text. Between edits the server is left to finish its debounced re-check.
 */
async function measureEdits(
  ctx: BenchContext, driver: LspDriver, label: string, uri: string, input: Input, result: ServerResult,
): Promise<Measurement> {
  ctx.log(`lsp ${label}: one-character edits in ${input.label}`);
  const mirror = TextDocument.create(uri, 'cable', 1, input.text);
  await driver.openAndWait(uri, input.text);
  await driver.settle();
  const edits = ctx.quick ? 3 : 7;
  const samples: number[] = [];
  // One edit first as a warm-up, then the timed ones, each at its own place in the text.
  for (let k = -1; k < edits; k++) {
    const offset = Math.floor(((k < 0 ? 0.05 : (k + 0.5) / edits)) * mirror.getText().length);
    const at = mirror.positionAt(offset);
    const range = { start: at, end: at };
    const version = mirror.version + 1;
    TextDocument.update(mirror, [{ range, text: EDIT_TEXT }], version);
    const t0 = performance.now();
    driver.change(uri, version, range, EDIT_TEXT);
    await driver.request('textDocument/documentSymbol', { textDocument: { uri } });
    if (k >= 0) samples.push(performance.now() - t0);
    await driver.settle(400); // our server re-checks 200 ms after a change
  }
  result.editVersions = { published: driver.publishedVersions.get(uri), sent: mirror.version };
  driver.close(uri);
  await driver.settle(100);
  return summarise(`${label} edit ${input.label}`, samples, 1, input.bytes);
}

/** What each one-character edit types. */
const EDIT_TEXT = 'a';

async function runServer(
  ctx: BenchContext, label: string, script: string, inputs: readonly Input[], corpus: readonly string[], large: Input, edited: Input,
  editedCollection: Input,
): Promise<ServerResult> {
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
      openThenSymbols: summarise('none', [0]),
      openThenSymbolsCount: 0,
      edit: summarise('none', [0]),
      editCollection: summarise('none', [0]),
      editVersions: { sent: 0 },
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

    // A large file opened as the editor opens it: diagnostics, then the outline, from nothing each time.
    ctx.log(`lsp ${label}: ${large.label}, didOpen → diagnostics → documentSymbol`);
    // Timed by hand: the close and the pause after it are not part of the wait. One warm-up open first.
    const openSamples: number[] = [];
    for (let i = 0; i <= (ctx.quick ? 2 : 3); i++) {
      const u = uri('large');
      const t0 = performance.now();
      await driver.openAndWait(u, large.text);
      const answer = await driver.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri: u } });
      if (i > 0) openSamples.push(performance.now() - t0);
      result.openThenSymbolsCount = answer?.length ?? 0;
      driver.close(u);
      await driver.settle(100);
    }
    result.openThenSymbols = summarise(`${label} didOpen + documentSymbol ${large.label}`, openSamples, 1, large.bytes);
    result.edit = await measureEdits(ctx, driver, label, uri('edit'), edited, result);
    result.editCollection = await measureEdits(ctx, driver, label, uri('edit-collection'), editedCollection, result);

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

    const largeText = ctx.inputs.file(ctx.quick ? 1 * MB : 4 * MB);
    const large: Input = { label: `${formatBytes(ctx.quick ? 1 * MB : 4 * MB)} generated file`, text: largeText, bytes: utf8Length(largeText), hover: { line: 0, character: 0 } };
    const edited = inputs[inputs.length - 1]; // the 1 MB file
    const collectionText = ctx.inputs.collection(1 * MB);
    const editedCollection: Input = { label: '1 MB collection file (the same cables parted by `=====`)', text: collectionText, bytes: utf8Length(collectionText), hover: edited.hover };

    const a = await runServer(ctx, 'cable server', ours, inputs, corpus, large, edited, editedCollection);
    const b = await runServer(ctx, 'null server', nullServer, inputs, corpus, large, edited, editedCollection);

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
    row('`didOpen` → `publishDiagnostics`, then `documentSymbol`', large.label, a.openThenSymbols, b.openThenSymbols);
    row('one-character `didChange` → `documentSymbol` of the new version', edited.label, a.edit, b.edit);
    row('one-character `didChange` → `documentSymbol` of the new version', editedCollection.label, a.editCollection, b.editCollection);
    const openRatio = a.openThenSymbols.medianMs / b.openThenSymbols.medianMs;
    ctx.goal({
      figure: `LSP \`didOpen\` → diagnostics + \`documentSymbol\`, ${large.label}, vs. the null server`,
      measured: `${formatRatio(openRatio)} (${formatMs(a.openThenSymbols.medianMs)} vs. ${formatMs(b.openThenSymbols.medianMs)})`,
      goal: `≤ ${GOAL_OPEN_RATIO}×`,
      met: openRatio <= GOAL_OPEN_RATIO,
    });
    ctx.goal({
      figure: `one-character edit (incremental \`didChange\`) → \`documentSymbol\` of the new version, ${edited.label}`,
      measured: formatMs(a.edit.medianMs),
      goal: `≤ ${GOAL_EDIT_MS} ms`,
      met: a.edit.medianMs <= GOAL_EDIT_MS,
    });
    ctx.goal({
      figure: `the same edit in ${editedCollection.label}: only the edited cable is analysed again`,
      measured: formatMs(a.editCollection.medianMs),
      goal: `≤ ${GOAL_EDIT_MS} ms`,
      met: a.editCollection.medianMs <= GOAL_EDIT_MS,
    });
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
      `What our server answered: ${sanity.join('; ')}; ${large.label}: ${a.openThenSymbolsCount} top-level symbols after the diagnostics. ` +
      'The null server answers with empty results by design. ' +
      `The large open is timed from the \`didOpen\` to the \`documentSymbol\` answer, asked as soon as the diagnostics arrive; a new uri each time, closed after. ` +
      `The edit row is the median of ${a.edit.runs} one-character insertions at spread-out places of one open document (after one warm-up edit), ` +
      'each timed from the incremental `didChange` to the answer of a `documentSymbol` sent right after it; ' +
      `our server's last diagnostics were for version ${a.editVersions.published ?? 'none'} of the ${a.editVersions.sent} sent.`,
    );
  },
};
