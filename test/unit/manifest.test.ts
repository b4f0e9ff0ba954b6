// The manifest: prose defaults for the cable language only, and a package whose allow-list names
// files that exist.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

test('cables wrap like prose and typographic quotes are not boxed, for the cable language only', () => {
  const defaults = manifest.contributes.configurationDefaults;
  assert.deepEqual(Object.keys(defaults), ['[cable]']);
  assert.equal(defaults['[cable]']['editor.wordWrap'], 'on');
  assert.equal(defaults['[cable]']['editor.unicodeHighlight.ambiguousCharacters'], false);
});

test('the icon exists and every file the .vscodeignore allow-list names exists after a build', () => {
  assert.ok(existsSync(path.join(root, manifest.icon)), manifest.icon);
  const allowed = readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').filter(l => l.startsWith('!')).map(l => l.slice(1));
  for (const file of allowed) assert.ok(existsSync(path.join(root, file)), `.vscodeignore allows ${file}, which does not exist`);
});
