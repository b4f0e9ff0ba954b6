/**
 * Full-analysis rows: everything the service does for one document version (parse, chronology,
 * entities, every diagnostic) through the one pipeline function of bench/fullAnalysis.ts, on one
 * large file (with the line-split floor beside it, and 1×, 2×, 4×, 8× the size for linearity),
 * over the corpus file by file, and the peak heap of one analysis.
 */
import type { BenchSection } from '../context';
import { baselineScan } from '../baseline';
import { createFullAnalysis } from '../fullAnalysis';
import { utf8Length } from '../generator';
import { formatBytes, formatMs, formatRate, formatRatio, formatTiming, measure, type Measurement } from '../harness';
import { KB, MB } from '../inputs';
import { runMemoryProbe } from '../memoryProbe';

/** The targets of issue 8, held against this section's figures in the report's "Goals" table. */
const GOAL_ONE_FILE_MB_PER_S = 20;
const GOAL_CORPUS_MB_PER_S = 10;
const GOAL_PEAK_HEAP_PER_BYTE = 4;

export const fullAnalysisSection: BenchSection = {
  title: 'Full analysis: parse + chronology + entities + every diagnostic',
  async run(ctx, section) {
    const analyzeFully = createFullAnalysis();
    const unit = ctx.quick ? 256 * KB : 1 * MB;
    const headlineFactor = 4;
    const headlineLabel = `one ${formatBytes(unit * headlineFactor)} file`;

    // Warm the JIT up on the smallest size first, as the linearity rows of the parser do; a cold
    // 1× row would make every later ratio look sub-linear.
    ctx.log('full analysis: warm-up');
    const first = ctx.inputs.file(unit);
    for (let calls = 0, t0 = Date.now(); calls < 2 || Date.now() - t0 < 1500; calls++) {
      analyzeFully(first);
      baselineScan(first);
    }

    // ---- one file of 1×, 2×, 4×, 8× the unit: throughput, the floor, linearity
    const table = section.table(['input', 'full analysis', 'MB/s', 'floor (split + regex)', 'full / floor', 'best sample', 'ratio to 1×', 'floor ratio', 'expected']);
    const verdicts: string[] = [];
    const noisy: string[] = [];
    let full1 = 0;
    let floor1 = 0;
    let headline: { full: Measurement; floor: Measurement } | undefined;
    let diagnosticsPerMb = 0;
    for (const factor of [1, 2, 4, 8]) {
      const text = ctx.inputs.file(unit * factor);
      const bytes = utf8Length(text);
      ctx.log(`full analysis ${formatBytes(unit * factor)}`);
      let diagnostics = 0;
      const full = await measure(`full analysis ${factor}×`, () => {
        const found = analyzeFully(text);
        diagnostics = found.length;
        return found;
      }, bytes, { warmup: false, minRuns: 3, budgetMs: 3000 });
      const floor = await measure(`floor ${factor}×`, () => baselineScan(text), bytes, { minRuns: 7 });
      if (factor === 1) {
        full1 = full.minMs;
        floor1 = floor.minMs;
      }
      if (factor === headlineFactor) {
        headline = { full, floor };
        diagnosticsPerMb = diagnostics / (bytes / 1e6);
      }
      // As in the parser's linearity rows: the fastest sample is the steadiest estimate of the cost.
      const ratio = full.minMs / full1;
      const floorRatio = floor.minMs / floor1;
      const off = (r: number) => r > factor * 1.35 || r < factor * 0.65;
      if (factor > 1 && off(ratio)) verdicts.push(`${factor}×: ${ratio.toFixed(2)}`);
      if (factor > 1 && off(floorRatio)) noisy.push(`${factor}×: ${floorRatio.toFixed(2)}`);
      table.row(
        `${formatBytes(unit * factor)} (${factor}×)`,
        formatTiming(full),
        formatRate(full.mbPerSec),
        formatTiming(floor),
        formatRatio(full.medianMs / floor.medianMs),
        formatMs(full.minMs),
        formatRatio(ratio),
        formatRatio(floorRatio),
        `${factor}.00×`,
      );
    }
    const linear = verdicts.length === 0;
    section.note(
      linear
        ? 'The full analysis scales linearly: every ratio is within 35% of the expected one.'
        : noisy.length > 0
          ? `Inconclusive: the full analysis is off (${verdicts.join(', ')}), but so is the floor (${noisy.join(', ')}), ` +
            'which is linear by construction: the machine was too busy. Run again on an idle machine.'
          : `**Not linear** (more than 35% off the expected ratio while the floor was steady): ${verdicts.join(', ')}.`,
    );
    if (headline !== undefined) {
      ctx.goal({
        figure: `full analysis in-process, ${headlineLabel}`,
        measured: `${formatRate(headline.full.mbPerSec)} (${formatRatio(headline.full.medianMs / headline.floor.medianMs)} the split + regex floor)`,
        goal: `≥ ${GOAL_ONE_FILE_MB_PER_S} MB/s`,
        met: (headline.full.mbPerSec ?? 0) >= GOAL_ONE_FILE_MB_PER_S,
      });
    }
    ctx.goal({
      figure: 'growth per doubling of the input (full analysis, 1×–8×)',
      measured: linear ? 'linear' : noisy.length > 0 ? 'inconclusive (busy machine)' : `not linear (${verdicts.join(', ')})`,
      goal: 'linear',
      met: linear ? true : noisy.length > 0 ? undefined : false,
    });

    // ---- the corpus, file by file
    const { files, bytes } = ctx.inputs.corpus();
    const texts = files.map((f) => f.text);
    const warmCount = Math.min(1000, Math.ceil(texts.length / 10));
    ctx.log(`full analysis: corpus of ${texts.length} files (warm-up on ${warmCount}, then one timed pass)`);
    for (let i = 0; i < warmCount; i++) analyzeFully(texts[i]);
    let corpusDiagnostics = 0;
    const corpus = await measure('full analysis corpus', () => {
      let found = 0;
      for (let i = 0; i < texts.length; i++) {
        ctx.progress(i);
        found += analyzeFully(texts[i]).length;
      }
      corpusDiagnostics = found;
      return found;
    }, bytes, { items: texts.length, warmup: false, minRuns: 1, budgetMs: 0 });
    const corpusFloor = await measure('floor corpus', () => {
      let matches = 0;
      for (const t of texts) matches += baselineScan(t);
      return matches;
    }, bytes, { items: texts.length, minRuns: 3, warmupMs: 0 });
    const corpusTable = section.table(['work', 'total time', 'files/s', 'MB/s', 'time vs. floor']);
    corpusTable.row(`full analysis, each of ${texts.length} files alone`, formatTiming(corpus), formatRate(corpus.itemsPerSec, 'files/s'), formatRate(corpus.mbPerSec), formatRatio(corpus.medianMs / corpusFloor.medianMs));
    corpusTable.row('floor (split + regex), every file', formatTiming(corpusFloor), formatRate(corpusFloor.itemsPerSec, 'files/s'), formatRate(corpusFloor.mbPerSec), '1.00×');
    ctx.goal({
      figure: `full analysis over ${texts.length.toLocaleString('en')} generated cables, one by one`,
      measured: formatRate(corpus.mbPerSec),
      goal: `≥ ${GOAL_CORPUS_MB_PER_S} MB/s`,
      met: (corpus.mbPerSec ?? 0) >= GOAL_CORPUS_MB_PER_S,
    });

    // ---- memory of one full analysis, in a fresh process
    const memoryBytes = unit * headlineFactor;
    ctx.log(`full analysis: memory probe ${formatBytes(memoryBytes)}`);
    const probe = runMemoryProbe(ctx.inputs.seed, memoryBytes, 'full');
    if ('error' in probe) {
      section.note(`**The memory probe failed** (${probe.error})`);
    } else {
      const mib = (n: number) => `${(n / MB).toFixed(1)} MiB`;
      const perByte = (n: number) => n / probe.bytes;
      const memory = section.table(['memory of one full analysis', 'value', 'per input byte', 'note']);
      memory.row('input', mib(probe.bytes), '1', `${formatMs(probe.parseMs)} for the one analysis in the probe`);
      memory.row('**peak heap used**', `+${mib(probe.heapPeak - probe.heapBefore)}`, perByte(probe.heapPeak - probe.heapBefore).toFixed(1),
        `the highest of the heap used at the end and just before each of the ${probe.collections} collections during the analysis (v8.GCProfiler)`);
      memory.row('heap used at the end', `+${mib(probe.heapAfterParse - probe.heapBefore)}`, perByte(probe.heapAfterParse - probe.heapBefore).toFixed(1),
        'before any forced GC, garbage included (how the parse-only row of the memory section is taken)');
      memory.row('retained with the diagnostics', `+${mib(probe.heapRetained - probe.heapBefore)}`, perByte(probe.heapRetained - probe.heapBefore).toFixed(1),
        'after a full GC, only the diagnostics still referenced');
      memory.row('peak RSS of the probe process', mib(probe.maxRssAfter), '', `+${mib(probe.maxRssAfter - probe.maxRssBefore)} during the analysis`);
      const peak = perByte(probe.heapPeak - probe.heapBefore);
      ctx.goal({
        figure: `peak heap per byte analysed, full analysis of ${formatBytes(memoryBytes)}`,
        measured: `${peak.toFixed(1)} B/byte`,
        goal: `≤ ${GOAL_PEAK_HEAP_PER_BYTE} B/byte`,
        met: peak <= GOAL_PEAK_HEAP_PER_BYTE,
      });
    }

    section.note(
      'Every call analyses its text from nothing: a fresh document uri each time, and the service forgets it afterwards, ' +
      'so no result is reused across samples or files (`bench/fullAnalysis.ts`). ' +
      'The floor is `bench/baseline.ts`: split into lines, one regular expression per line. ' +
      `The corpus pass is timed once, after a warm-up on its first ${warmCount} files. ` +
      `The memory rows come from a fresh child process (\`node --expose-gc out/bench/memoryProbe.js <seed> <bytes> full\`), after one warm-up analysis of 16 KB. ` +
      `As a check of real work: ${diagnosticsPerMb.toFixed(0)} diagnostics per MB on the ${headlineLabel}, ` +
      `${(corpusDiagnostics / Math.max(1, texts.length)).toFixed(2)} per corpus file.`,
    );
  },
};
