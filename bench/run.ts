/**
 * `npm run bench`: runs every registered section in one process and prints one Markdown report
 * on stdout (progress goes to stderr); the report is also written to `.bench/results.md`.
 *
 *   node out/bench/run.js [--quick] [--only=<words in a section title>] [--out=<file>] [--limit=<seconds>]
 *
 * A watchdog ends the run if one measurement exceeds --limit seconds (default 180), naming it.
 *
 * To add rows, write a BenchSection (bench/sections/*.ts) and list it in SECTIONS below;
 * docs/benchmarks.md has a recipe.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchContext, BenchSection, GoalRow } from './context';
import { formatMs, onMeasureStart, Report } from './harness';
import { BENCH_SEED, Inputs } from './inputs';
import { datesSection } from './sections/dates';
import { cliSection } from './sections/cli';
import { entitiesSection } from './sections/entities';
import { fullAnalysisSection } from './sections/fullAnalysis';
import { lspSection } from './sections/lsp';
import { corpusSection } from './sections/corpus';
import { hostileSection } from './sections/hostile';
import { parserSections } from './sections/parser';
import { Watchdog } from './watchdog';

/** Every section, in report order. Add new ones here. */
const SECTIONS: readonly BenchSection[] = [
  ...parserSections,
  datesSection,
  entitiesSection,
  fullAnalysisSection,
  cliSection,
  lspSection,
  corpusSection,
  hostileSection,
];

interface Args {
  readonly quick: boolean;
  readonly only?: string;
  readonly out: string;
  /** Seconds one measurement may take before the run is declared hung. */
  readonly limitSeconds: number;
}

function parseArgs(argv: readonly string[]): Args {
  const repoRoot = path.resolve(__dirname, '..', '..');
  let quick = false;
  let only: string | undefined;
  let out = path.join(repoRoot, '.bench', 'results.md');
  let limitSeconds = 180;
  for (const arg of argv) {
    if (arg === '--quick') quick = true;
    else if (arg.startsWith('--only=')) only = arg.slice('--only='.length).toLowerCase();
    else if (arg.startsWith('--out=')) out = path.resolve(arg.slice('--out='.length));
    else if (arg.startsWith('--limit=')) limitSeconds = Number(arg.slice('--limit='.length));
    else throw new Error(`unknown argument ${arg}; use --quick, --only=<title words>, --out=<file>, --limit=<seconds>`);
  }
  return { quick, only, out, limitSeconds };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const watchdog = new Watchdog(args.limitSeconds * 1000);
  onMeasureStart((name) => watchdog.phase(name));
  const goals: { row: GoalRow; section: string }[] = [];
  let currentSection = '';
  const ctx: BenchContext = {
    inputs: new Inputs(BENCH_SEED, args.quick ? 1000 : 10_000),
    quick: args.quick,
    log: (message) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`),
    progress: (index) => watchdog.progress(index),
    goal: (row) => goals.push({ row, section: currentSection }),
  };
  const report = new Report(`cable benchmark${args.quick ? ' (quick)' : ''}`);
  const cpus = os.cpus();
  report.intro(
    `Node ${process.version} on ${os.platform()}/${os.arch()}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}; ` +
    `seed ${BENCH_SEED}; ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
    // Other work on the machine slows every row alike; the load says how far to trust absolute numbers.
    `load average at start ${os.loadavg()[0].toFixed(1)}.`,
  );

  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  for (const bench of SECTIONS) {
    if (args.only !== undefined && !bench.title.toLowerCase().includes(args.only)) continue;
    watchdog.checkpoint(report.toMarkdown(), args.out);
    const section = report.section(bench.title);
    currentSection = bench.title;
    watchdog.phase(`section "${bench.title}"`);
    try {
      await bench.run(ctx, section);
    } catch (error) {
      // One broken section must not lose the others' rows.
      const message = error instanceof Error ? error.stack ?? error.message : String(error);
      section.note(`**This section failed:** \`${message.split('\n')[0]}\``);
      ctx.log(`section "${bench.title}" failed: ${message}`);
      process.exitCode = 1;
    }
  }

  if (goals.length > 0) addGoals(report, goals);
  watchdog.stop();
  report.intro(`Total run time ${formatMs(Date.now() - started)}.`);
  const markdown = report.toMarkdown();
  process.stdout.write(markdown);
  fs.writeFileSync(args.out, markdown);
  ctx.log(`written to ${path.relative(process.cwd(), args.out) || args.out}`);
}

/** The figures that have targets, side by side, after every section. */
function addGoals(report: Report, goals: readonly { row: GoalRow; section: string }[]): void {
  const section = report.section('Goals');
  const table = section.table(['figure', 'this run', 'goal', 'met', 'measured in']);
  const verdict = (met?: boolean) => (met === undefined ? '—' : met ? 'yes' : '**no**');
  for (const { row, section: from } of goals) table.row(row.figure, row.measured, row.goal, verdict(row.met), from);
  section.note(
    'The targets of issue 8 (the analysis engine), next to what this run measured. Absolute rates depend on the machine; ' +
    'the ratios (to the split + regex floor, to cspell, to the null server) much less.',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
