// Runs the test tiers with Node's test runner, in one run so that one summary counts them all:
// unit (pure service), grammar (TextMate snapshots), lsp (the built server over stdio) and
// e2e (a real VS Code in code-server, driven by Chromium); then the fuzz slice: 5,000 damaged
// cables through every feature of the service (`npm run fuzz` runs more; docs/reliability.md).
//
//   node scripts/run-tests.mjs               all tiers
//   node scripts/run-tests.mjs unit lsp      some tiers
//   node scripts/run-tests.mjs fuzz          the fuzz slice alone
// Tests are compiled to out/ first (`npm test` does that in its pretest step).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tiers = ['unit', 'grammar', 'lsp', 'e2e', 'fuzz'];
/** The fuzz slice: its case count and seed (fixed, so that a red run replays). */
const FUZZ_CASES = 5000;
const FUZZ_SEED = 1;

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : tiers;
const unknown = wanted.filter(t => !tiers.includes(t));
if (unknown.length) {
  console.error(`Unknown test tier(s): ${unknown.join(', ')}. Tiers: ${tiers.join(', ')}.`);
  process.exit(2);
}
const dirs = wanted.filter(t => t !== 'fuzz').map(t => `out/test/${t}/`);
const missing = [...dirs, ...(wanted.includes('fuzz') ? ['out/test/fuzz/'] : [])].filter(d => !existsSync(d));
if (missing.length) {
  console.error(`No compiled tests in ${missing.join(', ')}: run \`npm run compile-tests\` first.`);
  process.exit(1);
}
let status = 0;
if (dirs.length) {
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...dirs], { stdio: 'inherit' });
  status = result.status ?? 1;
}
if (wanted.includes('fuzz')) {
  console.log(`\n# fuzz: ${FUZZ_CASES} cases from seed ${FUZZ_SEED}`);
  const result = spawnSync(process.execPath, ['out/test/fuzz/run.js', '--cases', String(FUZZ_CASES), '--seed', String(FUZZ_SEED), '--progress', '30'], { stdio: 'inherit' });
  if ((result.status ?? 1) !== 0) status = status || (result.status ?? 1);
}
process.exit(status);
