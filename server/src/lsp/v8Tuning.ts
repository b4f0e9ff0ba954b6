/**
 * The V8 settings the Node entry points (the language server, `cable-check`, and with them their
 * index worker threads: V8's flags are the process's) apply before any analysis runs.
 *
 * The analysis is many mid-sized functions run over short texts. By default TurboFan inlines up to
 * 920 bytes of bytecode into each function it optimises, so the large ones (the chronology, the
 * date resolver, the name readers) compile to large graphs; and every isolate compiles them again,
 * the main thread and each index worker alike, some several times while their type feedback
 * settles. On the two cores of the benchmark machine that compilation took over a third of the CPU
 * of a cold index of 10,000 cables. With a budget of 150 bytes the compiler does about half the
 * work and the code it makes runs as fast (docs/benchmarks.md, "Compilation and the cold index").
 *
 * The index workers compile on their own thread. There is one worker per core, so while they index
 * every core is busy, and the compiler's helper threads only take turns with them; compiling in
 * place costs less CPU in all (docs/benchmarks.md, "The index workers compile in place"). V8
 * decides whether an isolate compiles in the background when the isolate is created: the main
 * thread, already running when this flag is set, keeps its helper, so a request it answers never
 * waits for the compiler, and the workers, started later, compile in place (a unit test checks
 * both on this Node).
 *
 * The parser's patterns are large (a signature line with its dates before and after is some 6,000
 * characters of pattern). By default V8 runs a pattern first through its bytecode interpreter and
 * compiles it to machine code on its second use; for these patterns making the optimised bytecode
 * costs several times what the machine code does (about 160 ms of the first analysis in each
 * isolate: 210 against 47 ms over the parser's patterns). Compiling straight to machine code makes
 * the first cable opened about 15% quicker to check (median of five fresh servers: 494 against
 * 420 ms) and leaves a cold index of 10,000 cables as it was (docs/benchmarks.md).
 *
 * V8 optimises a function once it has run a budget of bytecode since its last tier-up (135,168
 * bytes by default) and its type feedback looks stable. The analysis's functions are called
 * for every cable of a corpus, so nearly all of them reach the default budget within the first
 * hundred cables, many before their feedback has settled, and are optimised, thrown away ("wrong
 * map") and optimised again. With a budget of 500,000 bytes `cable-check` over a thousand generated
 * cables (its main thread and both workers) optimises 320 functions instead of 1,136, the ones that
 * matter still early, and a `cable-check` of 10,000 cables on two idle cores takes about 8% less
 * time and CPU; one cable checked in a fresh process is no slower (docs/benchmarks.md, "A budget before optimising").
 *
 * The flags are read when a function is optimised, a pattern first run or an isolate made, so
 * setting them at start-up, before anything is hot, is safe. The web build runs in the browser's
 * engine, untouched.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS: readonly string[] = [
  '--max-inlined-bytecode-size-cumulative=150',
  '--no-concurrent-recompilation',
  '--no-regexp-tier-up',
  '--interrupt-budget=500000',
];

export function tuneV8(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
