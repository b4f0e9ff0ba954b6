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

test('the manifest says what works in an untrusted and in a virtual workspace', () => {
  const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
  // The workspace's files are read as data only; the setting that chooses which files is the workspace's to set only when trusted.
  assert.equal(untrustedWorkspaces.supported, 'limited');
  assert.ok(untrustedWorkspaces.description.length > 40);
  assert.deepEqual(untrustedWorkspaces.restrictedConfigurations, ['cable.gazetteer.files']);
  for (const setting of untrustedWorkspaces.restrictedConfigurations) {
    assert.ok(manifest.contributes.configuration.properties[setting], `${setting} is a contributed setting`);
  }
  // The server reads the workspace index from the disk: in a virtual workspace only the open files are served.
  assert.equal(virtualWorkspaces.supported, 'limited');
  assert.match(virtualWorkspaces.description, /disk/);
});
