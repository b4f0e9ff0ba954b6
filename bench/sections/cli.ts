/**
 * Whole-process rows: the command-line checker (`node dist/cli.js`) next to the cspell CLI, each
 * started as a fresh process on the same bytes on disk: one large generated file, and a folder of
 * corpus files. This is what a user waits for at the terminal or in CI: start-up, loading the
 * gazetteer or the dictionaries, reading the files, checking them, printing the problems.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchSection } from '../context';
import { repoRoot } from '../corpusAnalysis';
import { utf8Length } from '../generator';
import { formatBytes, formatMs, formatRatio, measurementStarts, summarise, type Measurement } from '../harness';
import { MB } from '../inputs';
import { childrenCpuSeconds } from '../cpuTime';

/** The target of issue 8: cable-check at least this many times faster than cspell on both inputs. */
const GOAL_TIMES_FASTER = 10;
const FOLDER_FILES = 1000;
/** The corpus goal of issue 9: over the 10,000-file folder, at least this many times faster. */
const LARGE_FOLDER_FILES = 10_000;
const LARGE_GOAL_TIMES_FASTER = 5;
/** Runs of each tool on that folder: the median of three, as on the smaller inputs. */
const LARGE_SAMPLES = 3;
/**
 * cspell over 10,000 files takes about 35 s on an idle machine: it runs without a warm-up (its code
 * was compiled on the inputs above, the files were just written), and each run is stopped after
 * this long (the row then gives a lower bound of the ratio).
 */
const LARGE_CSPELL_LIMIT_MS = 150_000;

interface Cli {
  readonly label: string;
  /** Arguments to `node` that check `target` (a file or a folder, relative to the temp dir). */
  args(target: { path: string; glob: string }): string[];
  /** How many files the tool says it checked, when it says so. */
  filesChecked(stdout: string, stderr: string): number | undefined;
  /** How many problems it printed. */
  problems(stdout: string, stderr: string): number;
}

/**
 * The cspell CLI's entry script: `node_modules/cspell` in the repository or a folder above it, or
 * in a folder of NODE_PATH (how Node itself finds packages). Its package.json exports no
 * `./package.json`, so require.resolve cannot be asked.
 */
function findCspell(): { bin: string; version: string } | undefined {
  const folders: string[] = [];
  for (let dir = repoRoot; ; dir = path.dirname(dir)) {
    folders.push(path.join(dir, 'node_modules'));
    if (path.dirname(dir) === dir) break;
  }
  folders.push(...(process.env.NODE_PATH ?? '').split(path.delimiter).filter((d) => d !== ''));
  for (const folder of folders) {
    const manifest = path.join(folder, 'cspell', 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string; bin: string | Record<string, string> };
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.cspell;
    return { bin: path.join(folder, 'cspell', bin), version: pkg.version };
  }
  return undefined;
}

interface Run {
  readonly ms: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Stopped at the time limit: `ms` is a lower bound. */
  readonly stopped?: boolean;
  /** User + system CPU seconds of the process, all its threads (Linux only). */
  readonly cpuSeconds?: number;
}

/** One whole process, timed from spawn to exit. A non-zero exit for "problems found" is not a failure. */
function runOnce(cli: Cli, cwd: string, target: { path: string; glob: string }, limitMs?: number): Run {
  const cpu0 = childrenCpuSeconds();
  const t0 = performance.now();
  const child = spawnSync(process.execPath, cli.args(target), {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 512 * MB,
    ...(limitMs ? { timeout: limitMs, killSignal: 'SIGKILL' as const } : {}),
  });
  const ms = performance.now() - t0;
  if (limitMs && child.signal === 'SIGKILL' && ms >= limitMs) return { ms, stdout: child.stdout, stderr: child.stderr, stopped: true };
  if (child.error !== undefined || (child.status !== 0 && child.status !== 1)) {
    const why = child.error?.message ?? `exit ${child.status ?? child.signal}`;
    throw new Error(`${cli.label} on ${target.path}: ${why}: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
  }
  const cpu1 = childrenCpuSeconds();
  const cpuSeconds = cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined;
  return { ms, stdout: child.stdout, stderr: child.stderr, cpuSeconds };
}

const countLines = (text: string) => (text === '' ? 0 : text.split('\n').filter((l) => l !== '').length);

export const cliSection: BenchSection = {
  title: 'Whole process: cable-check vs. the cspell CLI',
  async run(ctx, section) {
    const ourCli = path.join(repoRoot, 'dist', 'cli.js');
    if (!fs.existsSync(ourCli)) throw new Error(`${ourCli} is missing: run \`npm run build\` first`);
    const cspell = findCspell();
    if (cspell === undefined) throw new Error('the cspell CLI is not installed: run `npm install` (it is a devDependency)');

    const ours: Cli = {
      label: 'cable-check',
      args: (target) => [ourCli, target.path],
      filesChecked: () => undefined,
      problems: (stdout) => countLines(stdout),
    };
    const theirs: Cli = {
      label: `cspell ${cspell.version}`,
      // Plain-text English with cspell's defaults, as in the entity rows; no configuration file
      // is looked for (the temp dir holds none), no cache, no progress lines.
      args: (target) => [cspell.bin, 'lint', '--no-progress', '--no-config-search', '--no-cache', '--language-id', 'plaintext', target.glob],
      filesChecked: (_stdout, stderr) => {
        const m = /Files checked:\s*(\d+)/.exec(stderr);
        return m ? Number(m[1]) : undefined;
      },
      problems: (stdout) => countLines(stdout),
    };

    // The same bytes for both tools, written once to a temp dir outside the repository.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-bench-cli-'));
    try {
      const size = ctx.quick ? 1 * MB : 4 * MB;
      const bigText = ctx.inputs.file(size);
      fs.mkdirSync(path.join(dir, 'one'));
      fs.writeFileSync(path.join(dir, 'one', 'generated.cable'), bigText);
      const corpus = ctx.inputs.corpus().files.slice(0, FOLDER_FILES);
      fs.mkdirSync(path.join(dir, 'folder'));
      for (const f of corpus) fs.writeFileSync(path.join(dir, 'folder', f.name), f.text);
      const folderBytes = corpus.reduce((sum, f) => sum + utf8Length(f.text), 0);
      const samples = ctx.quick ? 2 : 3;
      interface Input {
        readonly label: string;
        readonly target: { path: string; glob: string };
        readonly files: number;
        readonly bytes: number;
        readonly samples: number;
        /** The large folder: cspell runs once, without a warm-up, within a time limit. */
        readonly large?: boolean;
      }
      const inputs: Input[] = [
        { label: `one ${formatBytes(size)} file`, target: { path: 'one/generated.cable', glob: 'one/generated.cable' }, files: 1, bytes: utf8Length(bigText), samples },
        { label: `a folder of ${corpus.length.toLocaleString('en')} cables`, target: { path: 'folder', glob: 'folder/**/*.cable' }, files: corpus.length, bytes: folderBytes, samples },
      ];
      // The whole corpus (not with --quick, whose corpus is the 1,000 files above).
      const all = ctx.inputs.corpus().files;
      if (!ctx.quick && all.length >= LARGE_FOLDER_FILES) {
        const large = all.slice(0, LARGE_FOLDER_FILES);
        fs.mkdirSync(path.join(dir, 'large'));
        for (const f of large) fs.writeFileSync(path.join(dir, 'large', f.name), f.text);
        inputs.push({
          label: `a folder of ${large.length.toLocaleString('en')} cables`, target: { path: 'large', glob: 'large/**/*.cable' },
          files: large.length, bytes: large.reduce((sum, f) => sum + utf8Length(f.text), 0), samples: LARGE_SAMPLES, large: true,
        });
      }

      const table = section.table(['input', 'cable-check', `cspell ${cspell.version} CLI`, 'cspell / cable-check']);
      const checks: string[] = [];
      let cpuNote = '';
      for (const input of inputs) {
        const times = new Map<Cli, number[]>([[ours, []], [theirs, []]]);
        const cpu = new Map<Cli, number[]>([[ours, []], [theirs, []]]);
        const last = new Map<Cli, Run>();
        // One warm-up run each (file cache, Node's compile cache), then the samples, the two tools
        // taking turns so that a burst of load on the machine falls on both. On the large folder
        // only cable-check warms up (the files were just written, and cspell's code was compiled
        // on the inputs above), and cspell runs within a time limit.
        let stopped = false;
        for (let i = 0; i <= input.samples; i++) {
          for (const cli of [ours, theirs]) {
            if (i === 0 && input.large && cli === theirs) continue;
            const what = `${cli.label} on ${input.label}, ${i === 0 ? 'warm-up' : `run ${i} of ${input.samples}`}`;
            ctx.log(`cli: ${what}`);
            measurementStarts(`cli: ${what}`);
            const run = runOnce(cli, dir, input.target, input.large && cli === theirs ? LARGE_CSPELL_LIMIT_MS : undefined);
            if (i > 0) {
              times.get(cli)!.push(run.ms);
              if (run.cpuSeconds !== undefined) cpu.get(cli)!.push(run.cpuSeconds);
            }
            last.set(cli, run);
            stopped ||= run.stopped === true;
          }
        }
        const checked = stopped ? undefined : theirs.filesChecked(last.get(theirs)!.stdout, last.get(theirs)!.stderr);
        if (!stopped && checked !== input.files) {
          throw new Error(`cspell checked ${checked ?? 'an unknown number of'} files of ${input.files} on ${input.label}`);
        }
        const a = summarise(`cable-check ${input.label}`, times.get(ours)!, 1, input.bytes, input.files);
        const b = summarise(`cspell ${input.label}`, times.get(theirs)!, 1, input.bytes, input.files);
        const cell = (m: Measurement) => (m.minMs === m.maxMs ? formatMs(m.medianMs) : `${formatMs(m.medianMs)} (${formatMs(m.minMs)}–${formatMs(m.maxMs)})`);
        const ratio = b.medianMs / a.medianMs;
        const goal = input.large ? LARGE_GOAL_TIMES_FASTER : GOAL_TIMES_FASTER;
        table.row(`${input.label}, ${(input.bytes / 1e6).toFixed(1)} MB`, cell(a), stopped ? `> ${formatMs(b.medianMs)} (stopped)` : cell(b), `${stopped ? '≥ ' : ''}${formatRatio(ratio)}`);
        ctx.goal({
          figure: `\`cable-check\` vs. cspell ${cspell.version} CLI, whole process, ${input.label}`,
          measured: `${stopped ? '≥ ' : ''}${formatRatio(ratio)} faster`,
          goal: `≥ ${goal}× faster`,
          met: ratio >= goal,
        });
        if (input.large) {
          const cores = (cli: Cli, m: Measurement) => {
            const list = [...cpu.get(cli)!].sort((x, y) => x - y);
            const seconds = list[Math.floor(list.length / 2)];
            return seconds === undefined ? 'unknown' : `${seconds.toFixed(1)} s of CPU (${(seconds / (m.medianMs / 1000)).toFixed(2)} cores busy)`;
          };
          cpuNote = `On the ${input.files.toLocaleString('en')}-file folder, cable-check used ${cores(ours, a)}, cspell ${cores(theirs, b)} (user + system time of the process and its threads, from /proc). `;
        }
        checks.push(
          `${input.label}: cable-check printed ${ours.problems(last.get(ours)!.stdout, '')} problems; ` +
          (stopped
            ? `cspell was stopped after ${formatMs(LARGE_CSPELL_LIMIT_MS)}`
            : `cspell checked ${checked} file${checked === 1 ? '' : 's'} and printed ${theirs.problems(last.get(theirs)!.stdout, '')} unknown words`),
        );
      }
      section.note(
        `Each cell is the median of ${samples} runs after one warm-up run (fastest–slowest in brackets), from spawning the process to its exit, ` +
        'with stdout and stderr read in full by the benchmark. ' +
        `On the ${LARGE_FOLDER_FILES.toLocaleString('en')}-file folder (not with --quick): the median of ${LARGE_SAMPLES} runs each, cable-check after a warm-up run, ` +
        `cspell without one, each of its runs stopped after ${formatMs(LARGE_CSPELL_LIMIT_MS)} (the ratio is then a lower bound); its goal is issue 9's ≥ ${LARGE_GOAL_TIMES_FASTER}×. ` +
        cpuNote +
        `cable-check is \`node dist/cli.js <file or folder>\`; cspell is \`node <cspell>/bin.mjs lint --no-progress --no-config-search --no-cache --language-id plaintext <glob>\` ` +
        '(plain-text English with its default dictionaries, as in the entity rows; `.cable` is not an extension it knows, hence the language id). ' +
        'Both exit with 1 when they find problems; that is not counted as a failure. ' +
        `cspell's own count of the files it checked is verified. As a check of real work: ${checks.join('; ')}. ` +
        'cspell prints each unknown word at most 20 times per file by default, so on one large file it prints few.',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
