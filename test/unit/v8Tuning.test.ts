// The V8 options the server and cable-check set at start-up: `v8.setFlagsFromString` ignores a flag
// it does not know without a word, so a misspelt or retired flag would silently undo the tuning;
// and the split the tuning relies on (the main thread compiles in the background, the index
// workers in place) is V8's behaviour, checked here on the Node that runs the tests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { V8_FLAGS } from '../../server/src/lsp/v8Tuning';

test('every V8 flag the entry points set is one this Node knows, with a value of its type', () => {
  const listed = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
  assert.equal(listed.status, 0, listed.stderr);
  assert.ok(V8_FLAGS.length > 0);
  for (const flag of V8_FLAGS) {
    const m = /^--(?:(no-)([a-z0-9-]+)|([a-z0-9-]+)=(.*))$/.exec(flag);
    assert.ok(m, `${flag}: expected --name=value or --no-name`);
    const name = m[2] ?? m[3]!;
    // `--v8-options` lists each flag as `  --name (...)` followed by `type: int  default: ...`
    const entry = new RegExp(`^\\s+--${name} \\(.*\\)\\n\\s+type: (\\w+)`, 'm').exec(listed.stdout);
    assert.ok(entry, `${name} is not a V8 flag of Node ${process.version}`);
    if (m[1]) assert.equal(entry[1], 'bool', `${name} is not a switch`);
    else if (entry[1] === 'int' || entry[1] === 'uint') assert.match(m[4]!, /^\d+$/, `${name} takes a whole number`);
  }
});

test('once tuned, the main thread still optimises in the background and a worker started afterwards in place', () => {
  // A hot function on the main thread, then the same in a worker; `--trace-opt` says how each was compiled.
  const script = `
    require(${JSON.stringify(require.resolve('../../server/src/lsp/v8Tuning'))}).tuneV8();
    const { Worker } = require('node:worker_threads');
    const hot = \`function hotLoop(n) { let s = 0; for (let i = 0; i < n; i++) s += Math.sqrt(i) % 7; return s; }
      let t = 0; for (let k = 0; k < 3000; k++) t += hotLoop(500);\`;
    eval(hot);
    new Worker(hot, { eval: true });`;
  const run = spawnSync(process.execPath, ['--trace-opt', '-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const modes = [...run.stdout.matchAll(/compiling method .*<JSFunction hotLoop .*mode: ConcurrencyMode::(\w+)/g)].map(m => m[1]);
  assert.ok(modes.length >= 2, `expected hotLoop optimised on both threads:\n${run.stdout.slice(0, 2000)}`);
  assert.equal(modes[0], 'kConcurrent', 'the main thread compiles on a helper thread');
  assert.equal(modes[modes.length - 1], 'kSynchronous', 'the worker compiles in place');
});
