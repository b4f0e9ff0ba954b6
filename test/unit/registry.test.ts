// The registry of codes is the rule files: the generated list, the manifest's levels and the
// README's table must all be what `scripts/sync-rules.mjs` writes from them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { diagnosticCodes } from '../../server/src/service/diagnosticCodes';
import { allRules } from '../../server/src/service/analysis';

const root = path.resolve(__dirname, '..', '..', '..');

test('allRules.ts, package.json and the README table are current with the rule files', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/sync-rules.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test('codes are unique, shaped cable.<area>.<check>, and every rule has a summary', () => {
  const codes = diagnosticCodes.map(c => c.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const c of diagnosticCodes) {
    assert.match(c.code, /^cable\.[a-z]+\.[a-zA-Z]+$/);
    assert.ok(c.summary.length > 10, c.code);
  }
  assert.ok(allRules.length >= 12);
});

test('the manifest offers a level for every code, with its default', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const props = manifest.contributes.configuration.properties['cable.diagnostics.levels'].properties;
  assert.deepEqual(Object.keys(props).sort(), diagnosticCodes.map(c => c.code).sort());
  for (const c of diagnosticCodes) assert.equal(props[c.code].default, c.level);
});
