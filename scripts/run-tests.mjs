// Runs the test tiers with Node's test runner, in one run so that one summary counts them all:
// unit (pure service), grammar (TextMate snapshots), lsp (the built server over stdio) and
// e2e (a real VS Code in code-server, driven by Chromium).
//
//   node scripts/run-tests.mjs               all tiers
//   node scripts/run-tests.mjs unit lsp      some tiers
// Tests are compiled to out/ first (`npm test` does that in its pretest step).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tiers = ['unit', 'grammar', 'lsp', 'e2e'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : tiers;
const unknown = wanted.filter(t => !tiers.includes(t));
if (unknown.length) {
  console.error(`Unknown test tier(s): ${unknown.join(', ')}. Tiers: ${tiers.join(', ')}.`);
  process.exit(2);
}
const dirs = wanted.map(t => `out/test/${t}/`);
const missing = dirs.filter(d => !existsSync(d));
if (missing.length) {
  console.error(`No compiled tests in ${missing.join(', ')}: run \`npm run compile-tests\` first.`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...dirs], { stdio: 'inherit' });
process.exit(result.status ?? 1);
