/**
 * The benchmark harness: `measure` times a function (warm-up, then the median of several
 * timed samples), and `Report` / `Section` / `Table` collect the results as Markdown.
 *
 * A row is one `measure` call plus one `table.row(...)`; see docs/benchmarks.md.
 */

export interface MeasureOptions {
  /** Bytes processed per call; gives MB/s. */
  readonly bytes?: number;
  /** Items processed per call (files, names, ...); gives items/s. */
  readonly items?: number;
  /** Warm-up time before sampling, in ms (at least one call is made unless `warmup` is false). Default 200. */
  readonly warmupMs?: number;
  /**
   * `false` skips the warm-up call: for a call so long (a whole corpus through cspell) that it
   * cannot be repeated, after the caller has warmed the code up on a smaller input. Default true.
   */
  readonly warmup?: boolean;
  /** Samples to take at least (default 5) and at most (default 30). */
  readonly minRuns?: number;
  readonly maxRuns?: number;
  /** Stop taking samples once this much time has been spent and minRuns are done. Default 1500 ms. */
  readonly budgetMs?: number;
  /** Calls too fast to time alone are batched so that one sample takes at least this long. Default 20 ms. */
  readonly minSampleMs?: number;
}

export interface Measurement {
  readonly name: string;
  /** Median time of one call, in ms. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** First and third quartile of the per-call sample times, in ms. */
  readonly q1Ms: number;
  readonly q3Ms: number;
  /** Samples taken, and calls per sample. */
  readonly runs: number;
  readonly batch: number;
  readonly bytes?: number;
  readonly items?: number;
  /** Bytes per second / 1e6, from the median. */
  readonly mbPerSec?: number;
  readonly itemsPerSec?: number;
}

/** Results are stored here so the optimiser cannot drop a call whose value is unused. */
let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}
/** The last consumed value (exported so the store is observable and cannot be dropped). */
export function lastConsumed(): unknown {
  return sink;
}

/** Called with the name of each measurement as it starts (the run wires its watchdog here). */
let measureStartListener: ((name: string) => void) | undefined;
export function onMeasureStart(listener: ((name: string) => void) | undefined): void {
  measureStartListener = listener;
}

/** Tells the watchdog that a measurement timed by hand (not through `measure`) starts: it gets the whole limit. */
export function measurementStarts(name: string): void {
  measureStartListener?.(name);
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** The q-quantile of sorted values, interpolating between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Times `fn`: warm-up, then samples until `minRuns` are taken and `budgetMs` is spent (or
 * `maxRuns` reached). `fn` may be synchronous or return a promise (awaited inside the timing).
 * `bytes` is a shorthand for `options.bytes`.
 */
export async function measure(
  name: string,
  fn: () => unknown,
  bytes?: number,
  options: MeasureOptions = {},
): Promise<Measurement> {
  const warmupMs = options.warmupMs ?? 200;
  const minRuns = options.minRuns ?? 5;
  const maxRuns = Math.max(options.maxRuns ?? 30, minRuns);
  const budgetMs = options.budgetMs ?? 1500;
  const minSampleMs = options.minSampleMs ?? 20;
  const totalBytes = bytes ?? options.bytes;
  measureStartListener?.(name);

  let async = false;
  const call = async (): Promise<void> => {
    const result = fn();
    if (isPromise(result)) {
      async = true;
      consume(await result);
    } else {
      consume(result);
    }
  };

  // Warm-up: lets the JIT settle, and tells how long one call takes.
  let batch = 1;
  if (options.warmup !== false) {
    const warmStart = now();
    let warmCalls = 0;
    do {
      await call();
      warmCalls++;
    } while (now() - warmStart < warmupMs);
    const perCall = (now() - warmStart) / warmCalls;
    batch = Math.max(1, Math.ceil(minSampleMs / Math.max(perCall, 1e-6)));
  } else {
    // Without a warm-up nothing says whether fn returns a promise; the awaiting path handles both.
    async = true;
  }

  const samples: number[] = [];
  const start = now();
  while (samples.length < maxRuns && (samples.length < minRuns || now() - start < budgetMs)) {
    const t0 = now();
    if (async) {
      for (let i = 0; i < batch; i++) await call();
    } else {
      // Synchronous fast path: no await between calls of a batch.
      for (let i = 0; i < batch; i++) consume(fn());
    }
    samples.push((now() - t0) / batch);
  }

  return summarise(name, samples, batch, totalBytes, options.items);
}

/**
 * A Measurement from per-call times taken elsewhere (e.g. one server start-up per sample), so
 * that they are reported like `measure`'s: median, quartiles, MB/s.
 */
export function summarise(name: string, samples: readonly number[], batch = 1, bytes?: number, items?: number): Measurement {
  if (samples.length === 0) throw new Error(`${name}: no samples`);
  const sorted = [...samples].sort((a, b) => a - b);
  const medianMs = quantile(sorted, 0.5);
  return {
    name,
    medianMs,
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
    q1Ms: quantile(sorted, 0.25),
    q3Ms: quantile(sorted, 0.75),
    runs: samples.length,
    batch,
    bytes,
    items,
    mbPerSec: bytes !== undefined ? bytes / 1e6 / (medianMs / 1000) : undefined,
    itemsPerSec: items !== undefined ? items / (medianMs / 1000) : undefined,
  };
}

// ---------------------------------------------------------------- formatting

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

export function formatRate(perSec: number | undefined, unit = 'MB/s'): string {
  if (perSec === undefined || !Number.isFinite(perSec)) return 'n/a';
  const digits = perSec >= 100 ? 0 : perSec >= 10 ? 1 : 2;
  return `${perSec.toFixed(digits)} ${unit}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB`;
  return `${bytes} B`;
}

export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a';
}

/**
 * `12.3 ms ±4% (7×1)`: the median, half the interquartile range relative to it (robust to the
 * odd sample slowed by a GC), and samples × calls per sample.
 */
export function formatTiming(m: Measurement): string {
  const spread = m.medianMs > 0 ? (m.q3Ms - m.q1Ms) / 2 / m.medianMs : 0;
  return `${formatMs(m.medianMs)} ±${(spread * 100).toFixed(0)}% (${m.runs}×${m.batch})`;
}

// ---------------------------------------------------------------- report

export type Cell = string | number;

export class Table {
  private readonly rows: string[][] = [];

  constructor(readonly columns: readonly string[]) {}

  row(...cells: Cell[]): this {
    const texts = cells.map((c) => (typeof c === 'number' ? String(c) : c));
    while (texts.length < this.columns.length) texts.push('');
    this.rows.push(texts);
    return this;
  }

  get rowCount(): number {
    return this.rows.length;
  }

  toMarkdown(): string {
    const escape = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const line = (cells: readonly string[]) => `| ${cells.map(escape).join(' | ')} |`;
    return [line(this.columns), line(this.columns.map(() => '---')), ...this.rows.map(line)].join('\n');
  }
}

export class Section {
  private readonly parts: (Table | string)[] = [];

  constructor(readonly title: string) {}

  /** Adds a table; fill it with `table.row(...)`. */
  table(columns: readonly string[]): Table {
    const table = new Table(columns);
    this.parts.push(table);
    return table;
  }

  /** Adds a paragraph (Markdown) after whatever was added before. */
  note(text: string): this {
    this.parts.push(text);
    return this;
  }

  toMarkdown(): string {
    return [`## ${this.title}`, ...this.parts.map((p) => (typeof p === 'string' ? p : p.toMarkdown()))].join('\n\n');
  }
}

export class Report {
  private readonly sections: Section[] = [];
  private readonly preamble: string[] = [];

  constructor(readonly title: string) {}

  intro(text: string): this {
    this.preamble.push(text);
    return this;
  }

  section(title: string): Section {
    const section = new Section(title);
    this.sections.push(section);
    return section;
  }

  toMarkdown(): string {
    return [`# ${this.title}`, ...this.preamble, ...this.sections.map((s) => s.toMarkdown())].join('\n\n') + '\n';
  }
}
