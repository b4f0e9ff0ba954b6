/**
 * Run in a child process by the memory section: `node --expose-gc out/bench/memoryProbe.js <seed> <bytes>`.
 * Measures the heap around one parse of a generated file, in a fresh process so the numbers are
 * not disturbed by the other benchmarks, and prints them as one JSON line on stdout.
 */
import { parseCable } from '../server/src/service/parser/parser';
import { generateFile, utf8Length } from './generator';

export interface MemoryProbeResult {
  readonly bytes: number;
  /** Heap used with the text in memory, after a full GC, before parsing. */
  readonly heapBefore: number;
  /** Heap used right after the parse returns, before any forced GC: garbage included. */
  readonly heapAfterParse: number;
  /** Heap used after a full GC with the CableDocument still referenced. */
  readonly heapRetained: number;
  /** V8's committed heap size right after the parse (it grows to hold the peak and shrinks late). */
  readonly heapCommittedAfterParse: number;
  /** Peak resident set size of the probe process, before and after the parse (bytes). */
  readonly maxRssBefore: number;
  readonly maxRssAfter: number;
  readonly parseMs: number;
}

function main(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    throw new Error('run with --expose-gc');
  }
  const seed = Number(process.argv[2]);
  const bytes = Number(process.argv[3]);
  const text = generateFile(seed, bytes);
  gc();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  const t0 = process.hrtime.bigint();
  const doc = parseCable(text);
  const parseMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const heapAfterParse = process.memoryUsage().heapUsed;
  const heapCommittedAfterParse = process.memoryUsage().heapTotal;
  const maxRssAfter = process.resourceUsage().maxRSS * 1024;
  gc();
  gc();
  const heapRetained = process.memoryUsage().heapUsed;
  const result: MemoryProbeResult = {
    bytes: utf8Length(text),
    heapBefore,
    heapAfterParse,
    heapRetained,
    heapCommittedAfterParse,
    maxRssBefore,
    maxRssAfter,
    parseMs,
  };
  // Keep the document alive until after the last measurement.
  if (doc.blocks.length < 0) console.error('unreachable');
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main();
}
