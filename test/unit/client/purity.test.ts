// client/src/timeline/ is pure — no vscode, no node I/O — so these tests can run it; and the
// webview's script writes no markup and reaches nothing outside its page.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const pureDir = path.join(root, 'client/src/timeline');

test('client/src/timeline imports only its own modules and the protocol', () => {
  const offences: string[] = [];
  for (const name of readdirSync(pureDir).filter(n => n.endsWith('.ts'))) {
    const text = readFileSync(path.join(pureDir, name), 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const target = path.resolve(pureDir, m[1]);
      const ok = m[1].startsWith('.') && (target.startsWith(pureDir) || target === path.join(root, 'protocol/src/protocol'));
      if (!ok) offences.push(`${name} imports ${m[1]}`);
    }
  }
  assert.deepEqual(offences, []);
});

test('the webview script builds no markup from strings and loads nothing', () => {
  const code = readFileSync(path.join(root, 'media/timeline.js'), 'utf8').replace(/\/\/.*$/gm, '');
  assert.doesNotMatch(code, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\b|new Function|fetch\(|XMLHttpRequest|import\(/);
});
