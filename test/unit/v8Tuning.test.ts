// The V8 option the server and cable-check set at start-up: `v8.setFlagsFromString` ignores a flag
// it does not know without a word, so a misspelt or retired flag would silently undo the tuning.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { V8_FLAGS } from '../../server/src/lsp/v8Tuning';

test('every V8 flag the entry points set is one this Node knows, with a value of its type', () => {
  const listed = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
  assert.equal(listed.status, 0, listed.stderr);
  assert.ok(V8_FLAGS.length > 0);
  for (const flag of V8_FLAGS) {
    const m = /^--([a-z0-9-]+)=(.*)$/.exec(flag);
    assert.ok(m, `${flag}: expected --name=value`);
    const [, name, value] = m;
    // `--v8-options` lists each flag as `  --name (...)` followed by `type: int  default: ...`
    const entry = new RegExp(`^\\s+--${name} \\(.*\\)\\n\\s+type: (\\w+)`, 'm').exec(listed.stdout);
    assert.ok(entry, `${name} is not a V8 flag of Node ${process.version}`);
    if (entry[1] === 'int' || entry[1] === 'uint') assert.match(value!, /^\d+$/, `${name} takes a whole number`);
  }
});
