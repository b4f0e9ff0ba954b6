// The command-line checker (dist/cli.js) runs the same service over files and folders.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist/cli.js');

function run(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
}

test('the samples: two real problems, exit code 1', () => {
  const r = run('samples/');
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 2, r.stdout);
  assert.match(r.stdout, /seed-mao-to-filippov-1951\.cable:39:7 warning cable\.name\.variant 'Le Kenong'/);
  assert.match(r.stdout, /chronology-problem-1950\.cable:\d+:\d+ warning cable\.date\.processingOrder/);
});

test('the correct fixtures: only the repairs of the damaged forms, as information; exit code 0', () => {
  const r = run('test/fixtures/forms/');
  const expected = JSON.parse(readFileSync(path.join(root, 'test/fixtures/forms/expected.json'), 'utf8')) as Record<string, { repairs?: unknown[] }>;
  const damaged = Object.entries(expected).filter(([, e]) => e.repairs?.length).map(([name]) => name).sort();
  const lines = r.stdout.split('\n').filter(Boolean);
  for (const line of lines) assert.match(line, /^test\/fixtures\/forms\/[^:]+\.cable:\d+:\d+ info cable\.structure\.\w+ /);
  assert.deepEqual([...new Set(lines.map(l => path.basename(l.split(':')[0])))].sort(), damaged);
  assert.equal(r.status, 0, r.stderr);
});

test('--outline prints the blocks', () => {
  const r = run('--outline', 'samples/seed-mao-to-filippov-1951.cable');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Cable N° 25025 — Beijing → Moscow, received 1135 19 Oct 1951/);
  assert.match(r.stdout, /Telegram: Mao Zedong → Li Kenong, 0530 18 October/);
});

test('a missing file is reported, not thrown', () => {
  const r = run('no/such/file.cable');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read/);
});
