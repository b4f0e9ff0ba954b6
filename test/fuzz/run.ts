/**
 * `npm run fuzz -- --cases N [--seed S] [--out DIR]`: mutates the sample cables and the test
 * fixtures into damaged ones and runs every feature of the service on each (see harness.ts for what
 * is checked). Case k of a run is made from seed S + k alone, so `--seed S+k --cases 1` replays it,
 * and runs over consecutive seed ranges add up to one larger run.
 *
 * Each distinct failure is shrunk (delta debugging by lines, then characters) and written to DIR
 * (default `fuzz-failures/`) as JSON: the seed, the feature, the error, and the minimal text.
 * `--replay FILE.json` runs such a reproducer again. Exits 1 on any failure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRng } from '../../bench/random';
import { budgetMs, FEATURE_NAMES, FLOOR_MS, FuzzHarness, MS_PER_KB, type CallTiming, type Failure } from './harness';
import { minimise } from './minimise';
import { mutateCase, type SourceCable } from './mutate';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

interface Args {
  readonly cases: number;
  readonly seed: number;
  readonly out: string;
  readonly replay?: string;
  /** Seconds between progress lines. */
  readonly every: number;
}

function parseArgs(argv: readonly string[]): Args {
  let cases = 1000;
  let seed = 1;
  let out = path.join(repoRoot, 'fuzz-failures');
  let replay: string | undefined;
  let every = 10;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--cases') cases = Number(value());
    else if (name === '--seed') seed = Number(value());
    else if (name === '--out') out = path.resolve(value());
    else if (name === '--replay') replay = path.resolve(value());
    else if (name === '--progress') every = Number(value());
    else throw new Error(`unknown argument ${arg}; use --cases N, --seed S, --out DIR, --replay FILE, --progress SECONDS`);
  }
  if (!Number.isSafeInteger(cases) || cases < 0 || !Number.isSafeInteger(seed)) throw new Error('--cases and --seed take integers');
  return { cases, seed, out, replay, every };
}

function readCables(dir: string): SourceCable[] {
  return fs.readdirSync(path.join(repoRoot, dir)).filter(f => f.endsWith('.cable')).sort()
    .map(f => ({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(repoRoot, dir, f), 'utf8') }));
}

/** The cables cases start from, and the corpus each case is indexed beside. */
export function loadSources(): { sources: SourceCable[]; corpus: SourceCable[] } {
  const samples = [...readCables('samples'), ...readCables('samples/corpus')];
  return { sources: [...samples, ...readCables('test/fixtures/forms'), ...readCables('test/fixtures/faulty')], corpus: samples };
}

/** What makes two failures "the same": feature, kind and the error's first line with numbers and quoted text blurred. */
function signature(f: Failure): string {
  if (f.kind === 'slow') return `${f.feature}|slow`;
  const line = f.message.split('\n')[0]!.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\d+/g, '#');
  return `${f.feature}|${f.kind}|${line}`;
}

/** Each timed feature's slowest call in one run of a case. */
function slowestByFeature(timings: readonly CallTiming[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of timings) if (!t.untimed) out.set(t.feature, Math.max(t.ms, out.get(t.feature) ?? 0));
  return out;
}

const firstLine = (s: string) => s.split('\n')[0]!.slice(0, 200);
const kb = (length: number) => length / 1024;

interface Reproducer {
  readonly seed: number;
  readonly feature: string;
  readonly kind: string;
  readonly error: string;
  readonly offset?: number;
  readonly position?: { line: number; character: number };
  readonly source: string;
  readonly mutations: readonly string[];
  readonly originalLength: number;
  readonly text: string;
}

/** Does `text` still fail the same way? Position features are asked only at `offset`; speed only counts for a slow failure (best of three). */
async function stillFails(harness: FuzzHarness, seed: number, failure: Failure, text: string, offset: number): Promise<boolean> {
  const want = signature(failure);
  const attempts = failure.kind === 'slow' ? 3 : 1;
  for (let i = 0; i < attempts; i++) {
    const outcome = await harness.run(text, createRng(seed), { only: failure.feature === 'index' ? 'index' : failure.feature, offsets: [offset], timed: failure.kind === 'slow' });
    if (!outcome.failures.some(f => signature(f) === want)) return false;
  }
  return true;
}

async function writeReproducer(harness: FuzzHarness, args: Args, seed: number, failure: Failure, text: string, c: { source: string; mutations: readonly string[] }): Promise<string> {
  const start = { text, offset: Math.min(failure.offset ?? 0, text.length) };
  const small = (await stillFails(harness, seed, failure, start.text, start.offset))
    ? await minimise(start, candidate => stillFails(harness, seed, failure, candidate.text, candidate.offset))
    : { ...start, tries: 0 };
  // The error as the minimal text gives it.
  const rerun = await harness.run(small.text, createRng(seed), { only: failure.feature, offsets: [small.offset], timed: failure.kind === 'slow' });
  const shown = rerun.failures.find(f => signature(f) === signature(failure)) ?? failure;
  const lines = small.text.slice(0, small.offset).split(/\r\n|\r|\n/);
  const reproducer: Reproducer = {
    seed, feature: failure.feature, kind: failure.kind, error: shown.message,
    ...(failure.offset !== undefined ? { offset: small.offset, position: { line: lines.length - 1, character: lines[lines.length - 1]!.length } } : {}),
    source: c.source, mutations: c.mutations, originalLength: text.length, text: small.text,
  };
  fs.mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, `${failure.feature}-${failure.kind}-seed${seed}.json`);
  // JSON keeps NULs and lone surrogates exactly (as \u escapes).
  fs.writeFileSync(file, JSON.stringify(reproducer, null, 2) + '\n');
  return `${path.relative(process.cwd(), file)} (${small.text.length} of ${text.length} characters, ${small.tries} tries)`;
}

async function replay(file: string): Promise<number> {
  const r = JSON.parse(fs.readFileSync(file, 'utf8')) as Reproducer;
  const harness = await FuzzHarness.create(loadSources().corpus);
  const outcome = await harness.run(r.text, createRng(r.seed), { only: r.feature, offsets: [r.offset ?? 0], timed: r.kind === 'slow' });
  for (const f of outcome.failures) console.log(`${f.feature} ${f.kind}${f.offset !== undefined ? ` at ${f.offset}` : ''}: ${f.message}`);
  console.log(outcome.failures.length ? `still fails (${outcome.failures.length})` : 'passes now');
  return outcome.failures.length ? 1 : 0;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.replay) return replay(args.replay);
  const { sources, corpus } = loadSources();
  const harness = await FuzzHarness.create(corpus);
  const warmUpStarted = performance.now();
  // Warm-up: every source cable as it is, twice, so that the first timed cases do not pay for the
  // JIT compiling the service. Untimed, but checked like any case.
  let sourceFailures = 0;
  for (let round = 0; round < 2; round++) {
    for (const [i, s] of sources.entries()) {
      const outcome = await harness.run(s.text, createRng(-1 - i), { timed: false });
      if (round === 0) for (const f of outcome.failures) {
        sourceFailures++;
        console.log(`FAIL source ${s.name}: ${f.feature} ${f.kind}${f.offset !== undefined ? ` at offset ${f.offset}` : ''}: ${firstLine(f.message)}`);
      }
    }
  }
  const started = performance.now();
  console.error(`fuzz: warm-up on the ${sources.length} source cables took ${((started - warmUpStarted) / 1000).toFixed(1)} s`);
  let lastReport = started;
  const seen = new Map<string, number>(); // signature → first seed
  const failingSeeds: number[] = [];
  let slowest = { ratio: 0, feature: '', ms: 0, kb: 0, seed: 0 };
  let heaviest = { msPerKb: 0, feature: '', ms: 0, kb: 0, seed: 0 };
  let characters = 0;
  console.error(`fuzz: ${args.cases} cases from seed ${args.seed} (cases ${args.seed}..${args.seed + args.cases - 1}), ${sources.length} source cables, ` +
    `a corpus of ${corpus.length}; budget ${MS_PER_KB} ms/KB per call, at least ${FLOOR_MS} ms; features: ${FEATURE_NAMES.join(', ')}`);

  for (let k = 0; k < args.cases; k++) {
    const seed = args.seed + k;
    const rng = createRng(seed);
    const c = mutateCase(rng, sources);
    characters += c.text.length;
    let outcome = await harness.run(c.text, rng.fork());
    const slowestCall = slowestByFeature(outcome.timings);
    // A call over budget once may be the machine (another process, a major GC): it counts only if the
    // same feature is over budget in two more runs of the same case. A feature's time is then its best run.
    if (outcome.failures.some(f => f.kind === 'slow')) {
      for (let retry = 0; retry < 2; retry++) {
        const again = await harness.run(c.text, createRng(seed).fork(), {});
        const slowAgain = new Set(again.failures.filter(f => f.kind === 'slow').map(f => f.feature));
        outcome = { ...outcome, failures: outcome.failures.filter(f => f.kind !== 'slow' || slowAgain.has(f.feature)) };
        for (const [feature, ms] of slowestByFeature(again.timings)) slowestCall.set(feature, Math.min(ms, slowestCall.get(feature) ?? ms));
      }
    }
    for (const [feature, ms] of slowestCall) {
      const ratio = ms / budgetMs(c.text.length);
      if (ratio > slowest.ratio) slowest = { ratio, feature, ms, kb: kb(c.text.length), seed };
      if (c.text.length >= 1024 && ms / kb(c.text.length) > heaviest.msPerKb) heaviest = { msPerKb: ms / kb(c.text.length), feature, ms, kb: kb(c.text.length), seed };
    }
    if (outcome.failures.length) failingSeeds.push(seed);
    const reported = new Set<string>();
    for (const f of outcome.failures) {
      const sig = signature(f);
      if (reported.has(sig)) continue;
      reported.add(sig);
      console.log(`FAIL seed ${seed}: ${f.feature} ${f.kind}${f.offset !== undefined ? ` at offset ${f.offset}` : ''}: ${firstLine(f.message)}  [${c.source}; ${c.mutations.join(', ')}]`);
      if (!seen.has(sig)) {
        seen.set(sig, seed);
        console.log(`  reproducer: ${await writeReproducer(harness, args, seed, f, c.text, c)}`);
      }
    }
    const now = performance.now();
    if (now - lastReport > args.every * 1000 || k === args.cases - 1) {
      lastReport = now;
      const s = (now - started) / 1000;
      console.error(`fuzz: ${k + 1}/${args.cases} cases, ${s.toFixed(0)} s, ${((k + 1) / s).toFixed(1)} cases/s, ${failingSeeds.length} failing, ${seen.size} distinct`);
    }
  }

  const seconds = (performance.now() - started) / 1000;
  console.log(`fuzz: ${args.cases} cases (seeds ${args.seed}..${args.seed + args.cases - 1}) in ${seconds.toFixed(1)} s, ${(args.cases / Math.max(seconds, 1e-9)).toFixed(1)} cases/s, ` +
    `${(characters / args.cases / 1024).toFixed(1)} KB a case on average`);
  console.log(`slowest call against its budget: ${slowest.feature} ${slowest.ms.toFixed(1)} ms on ${slowest.kb.toFixed(1)} KB (seed ${slowest.seed}, ${(100 * slowest.ratio).toFixed(0)}% of its budget)`);
  console.log(`most ms per KB (cases of 1 KB or more): ${heaviest.feature} ${heaviest.msPerKb.toFixed(2)} ms/KB, ${heaviest.ms.toFixed(1)} ms on ${heaviest.kb.toFixed(1)} KB (seed ${heaviest.seed})`);
  if (failingSeeds.length || sourceFailures) {
    console.log(`${failingSeeds.length} failing cases, ${seen.size} distinct failures; seeds: ${failingSeeds.slice(0, 50).join(' ')}${failingSeeds.length > 50 ? ' …' : ''}`);
    return 1;
  }
  console.log('no failures');
  return 0;
}

main().then(code => process.exit(code), e => {
  console.error(e);
  process.exit(2);
});
