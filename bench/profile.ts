/**
 * `npm run profile`: a CPU profile of one full analysis (bench/fullAnalysis.ts) of a generated
 * file, and the functions that take the most time themselves, as a Markdown table on stdout.
 *
 *   node out/bench/profile.js [--size=<MB, default 4>] [--runs=<analyses, default 3>] [--top=<rows, default 12>] [--out=<folder>]
 *
 * The profile is taken with Node's own inspector (the same sampling profiler as `node --cpu-prof`),
 * started right before the analyses and stopped right after them, so that generating the input and
 * loading the code are not in it; several analyses in one profile make the shares steadier. The `.cpuprofile` is written to a new temp folder (or --out);
 * open it in Chrome DevTools or VS Code for the call tree. Run it before and after a change to
 * see where the time went.
 */
import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './corpusAnalysis';
import { createFullAnalysis } from './fullAnalysis';
import { generateFile, utf8Length } from './generator';
import { formatMs } from './harness';
import { BENCH_SEED, MB } from './inputs';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  /** Where the function starts in the compiled file, both 0-based. */
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: CallFrame }[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  /** Microseconds since the previous sample. */
  readonly timeDeltas: readonly number[];
}

interface Args {
  readonly sizeMb: number;
  readonly runs: number;
  readonly top: number;
  readonly out?: string;
}

function parseArgs(argv: readonly string[]): Args {
  let sizeMb = 4;
  let runs = 3;
  let top = 12;
  let out: string | undefined;
  for (const arg of argv) {
    if (arg.startsWith('--size=')) sizeMb = Number(arg.slice('--size='.length));
    else if (arg.startsWith('--runs=')) runs = Number(arg.slice('--runs='.length));
    else if (arg.startsWith('--top=')) top = Number(arg.slice('--top='.length));
    else if (arg.startsWith('--out=')) out = path.resolve(arg.slice('--out='.length));
    else throw new Error(`unknown argument ${arg}; use --size=<MB>, --runs=<analyses>, --top=<rows>, --out=<folder>`);
  }
  return { sizeMb, runs, top, out };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * For each line of a compiled file, its mapping segments as [compiled column, source line], read
 * from the `mappings` of a source map (base-64 VLQ, fields relative to the previous segment).
 */
function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let sourceLine = 0;
  for (const lineText of mappings.split(';')) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const segment of lineText.split(',')) {
      if (segment === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length >= 4) {
        sourceLine += fields[2];
        segments.push([column, sourceLine]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

const sourceMaps = new Map<string, [number, number][][] | undefined>();

/** The 1-based line in the TypeScript source of a place in a compiled file, from its source map. */
function sourceLine(jsFile: string, line: number, column: number): number | undefined {
  if (!sourceMaps.has(jsFile)) {
    let decoded: [number, number][][] | undefined;
    try {
      decoded = decodeMappings((JSON.parse(fs.readFileSync(`${jsFile}.map`, 'utf8')) as { mappings: string }).mappings);
    } catch {
      decoded = undefined;
    }
    sourceMaps.set(jsFile, decoded);
  }
  const segments = sourceMaps.get(jsFile)?.[line];
  if (segments === undefined || segments.length === 0) return undefined;
  let best = segments[0];
  for (const segment of segments) if (segment[0] <= column) best = segment;
  return best[1] + 1;
}

/** Where a function lives, as a path of the repository (the TypeScript source and line of compiled code). */
function place(frame: CallFrame): string {
  if (frame.url === '') return '';
  let file = frame.url.startsWith('file://') ? new URL(frame.url).pathname : frame.url;
  const out = path.join(repoRoot, 'out') + path.sep;
  let line: number | undefined = frame.lineNumber + 1;
  if (file.startsWith(out)) {
    line = sourceLine(file, frame.lineNumber, frame.columnNumber);
    file = file.slice(out.length).replace(/\.js$/, '.ts');
  } else if (file.startsWith(repoRoot + path.sep)) {
    file = file.slice(repoRoot.length + 1);
  } else if (file.includes(`${path.sep}node_modules${path.sep}`)) {
    file = file.slice(file.lastIndexOf(`node_modules${path.sep}`));
  }
  return `${file.split(path.sep).join('/')}${line === undefined ? '' : `:${line}`}`;
}

/** Self time per function (summed over every place it was called from), largest first. */
function selfTimes(profile: CpuProfile): { name: string; where: string; us: number }[] {
  const frameOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byFunction = new Map<string, { name: string; where: string; us: number }>();
  // Each time delta is the time until the next sample: it belongs to the sample before it.
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const frame = frameOf.get(profile.samples[i]);
    if (frame === undefined) continue;
    const name = frame.functionName || '(anonymous)';
    const where = place(frame);
    const key = `${name}\u0000${frame.url}\u0000${frame.lineNumber}:${frame.columnNumber}`;
    const entry = byFunction.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()].sort((a, b) => b.us - a.us);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const text = generateFile(BENCH_SEED, args.sizeMb * MB);
  const bytes = utf8Length(text);
  const analyzeFully = createFullAnalysis();
  // Load the gazetteer and compile the hot code on a small text first, as a running server has.
  analyzeFully(generateFile(BENCH_SEED + 1, 64 * 1024));

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const times: number[] = [];
  let diagnostics = 0;
  for (let i = 0; i < args.runs; i++) {
    const t0 = performance.now();
    diagnostics = analyzeFully(text).length;
    times.push(performance.now() - t0);
  }
  const ms = [...times].sort((a, b) => a - b)[times.length >> 1];
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();

  const dir = args.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cable-profile-'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `full-analysis-${args.sizeMb}MB.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));

  const rows = selfTimes(profile);
  const total = rows.reduce((sum, r) => sum + r.us, 0);
  const lines = [
    `Full analysis of one ${args.sizeMb} MB generated file (seed ${BENCH_SEED}), ${args.runs} times: median ${formatMs(ms)}, ` +
      `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s, ${diagnostics} diagnostics; Node ${process.version}; ` +
      `${profile.samples.length} samples over ${formatMs(total / 1000)}.`,
    '',
    '| # | self time | share | function | file |',
    '| --- | --- | --- | --- | --- |',
    ...rows.slice(0, args.top).map((r, i) =>
      `| ${i + 1} | ${formatMs(r.us / 1000)} | ${((r.us / total) * 100).toFixed(1)}% | \`${r.name}\` | ${r.where === '' ? '' : `\`${r.where}\``} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stderr.write(`profile written to ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
