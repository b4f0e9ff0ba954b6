/**
 * Run in a child process by the memory rows:
 *
 *   node --expose-gc out/bench/memoryProbe.js <seed> <bytes> [parse|full]
 *
 * Measures the heap around one parse (`parse`, the default) or one full analysis (`full`: parse,
 * chronology, entities, every diagnostic; bench/fullAnalysis.ts) of a generated file, in a fresh
 * process so the numbers are not disturbed by the other benchmarks, and prints them as one JSON
 * line on stdout.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { GCProfiler } from 'node:v8';
import { parseCable } from '../server/src/service/parser/parser';
import { createFullAnalysis } from './fullAnalysis';
import { generateFile, utf8Length } from './generator';

export type MemoryProbeMode = 'parse' | 'full';

export interface MemoryProbeResult {
  readonly mode: MemoryProbeMode;
  readonly bytes: number;
  /** Heap used with the text in memory, after a full GC, before the work. */
  readonly heapBefore: number;
  /** Heap used right after the work returns, before any forced GC: garbage included. */
  readonly heapAfterParse: number;
  /**
   * The highest heap use seen during the work: the larger of the heap used just before each
   * garbage collection that ran during it (from v8.GCProfiler) and the heap used at its end.
   * Unlike `heapAfterParse`, a collection in the middle of the work cannot hide this peak.
   */
  readonly heapPeak: number;
  /** Garbage collections during the work. */
  readonly collections: number;
  /** Heap used after a full GC with the result still referenced. */
  readonly heapRetained: number;
  /** V8's committed heap size right after the work (it grows to hold the peak and shrinks late). */
  readonly heapCommittedAfterParse: number;
  /** Peak resident set size of the probe process, before and after the work (bytes). */
  readonly maxRssBefore: number;
  readonly maxRssAfter: number;
  /** Time of the one call measured, in ms. */
  readonly parseMs: number;
}

/** Runs the probe in a fresh process; the result, or the reason it failed. */
export function runMemoryProbe(seed: number, bytes: number, mode: MemoryProbeMode): MemoryProbeResult | { error: string } {
  const child = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'memoryProbe.js'), String(seed), String(bytes), mode], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) {
    return { error: `exit ${child.status}: ${child.stderr.trim().split('\n').slice(-3).join(' ')}` };
  }
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as MemoryProbeResult;
}

function main(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    throw new Error('run with --expose-gc');
  }
  const seed = Number(process.argv[2]);
  const bytes = Number(process.argv[3]);
  const mode: MemoryProbeMode = process.argv[4] === 'full' ? 'full' : 'parse';
  const text = generateFile(seed, bytes);
  let work: () => unknown = () => parseCable(text);
  if (mode === 'full') {
    // The gazetteer and the code are loaded, and whatever they build once per process is built,
    // on a small text first: the rows are about the cost per analysed byte.
    const analyzeFully = createFullAnalysis();
    analyzeFully(generateFile(seed + 1, 16 * 1024));
    work = () => analyzeFully(text);
  }
  gc();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  const profiler = new GCProfiler();
  profiler.start();
  const t0 = process.hrtime.bigint();
  const result = work();
  const parseMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const heapAfterParse = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  const heapCommittedAfterParse = process.memoryUsage().heapTotal;
  const maxRssAfter = process.resourceUsage().maxRSS * 1024;
  const heapPeak = Math.max(heapAfterParse, ...statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  gc();
  gc();
  const heapRetained = process.memoryUsage().heapUsed;
  const probe: MemoryProbeResult = {
    mode,
    bytes: utf8Length(text),
    heapBefore,
    heapAfterParse,
    heapPeak,
    collections: statistics.length,
    heapRetained,
    heapCommittedAfterParse,
    maxRssBefore,
    maxRssAfter,
    parseMs,
  };
  // Keep the result alive until after the last measurement.
  if (result === undefined) console.error('unreachable');
  process.stdout.write(`${JSON.stringify(probe)}\n`);
}

if (require.main === module) {
  main();
}
