// `npm start -- FOLDER` refuses a folder that does not exist before it builds anything.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

test('npm start with a missing folder says so and exits 2', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs'), path.join(root, 'no-such-folder-here')], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /no such folder: .*no-such-folder-here/);
});
