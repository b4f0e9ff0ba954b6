// "Add to the workspace gazetteer": one entry inserted with a minimal edit after the last entry of
// the file's `entries` array, in the file's own layout; a new file when there is none and the
// editor can create one; a clear reason otherwise. And reading a gazetteer file's text.
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextEdit } from 'vscode-languageserver';
import { gazetteerAdditionEdit, insertEntryEdit } from '../../server/src/lsp/gazetteerEdit';
import { loadGazetteerFile } from '../../server/src/lsp/nodeGazetteerFiles';
import { readGazetteerText } from '../../server/src/lsp/workspaceGazetteer';
import { findEntriesPlace, nestsDeeperThan } from '../../server/src/service/gazetteer';

const entry = { id: 'li_kenong', extend: true, variants: [{ form: 'Le Kenong', system: 'other' }] };
const clerk = { id: 'zavyalov_clerk', kind: 'person', canonical: 'Zavyalov', sources: ['note'] };

function offsetOf(text: string, pos: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + pos.character;
}

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, offsetOf(text, edit.range.start)) + edit.newText + text.slice(offsetOf(text, edit.range.end));
}

function ids(text: string): string[] {
  return (JSON.parse(text) as { entries: { id: string }[] }).entries.map(e => e.id);
}

function isInsertion(edit: TextEdit): boolean {
  return edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character;
}

test('a pretty file: one insertion after the last entry, indented like it, the rest untouched', () => {
  const before = JSON.stringify({ description: 'ours', entries: [clerk] }, null, 2) + '\n';
  const edit = insertEntryEdit(before, entry)!;
  assert.ok(isInsertion(edit), 'nothing of the file is replaced');
  const after = apply(before, edit);
  assert.deepEqual(ids(after), ['zavyalov_clerk', 'li_kenong']);
  assert.equal(after, JSON.stringify({ description: 'ours', entries: [clerk, entry] }, null, 2) + '\n', 'the same layout as the file');
  assert.equal(readGazetteerText(after).diagnostics.length, 0, 'the result is a valid gazetteer');
});

test('a minified file stays on one line, and a tab-indented file gets tabs', () => {
  const minified = JSON.stringify({ entries: [clerk] });
  const edit = insertEntryEdit(minified, entry)!;
  assert.ok(isInsertion(edit));
  assert.equal(edit.newText, `,${JSON.stringify(entry)}`);
  assert.equal(apply(minified, edit), JSON.stringify({ entries: [clerk, entry] }));

  const tabs = JSON.stringify({ entries: [clerk] }, null, '\t');
  assert.equal(apply(tabs, insertEntryEdit(tabs, entry)!), JSON.stringify({ entries: [clerk, entry] }, null, '\t'));
});

test('brackets, quotes and backslashes inside strings and comments are not taken for the end of the array', () => {
  const tricky = [
    '{',
    '  // the entries end here: ]',
    '  "description": "a list ] of [ names \\" ] and a backslash \\\\",',
    '  "entries": [',
    '    { "id": "a", "kind": "person", "canonical": "A ]", "note": "[sic] \\"]\\" /* not a comment */", "sources": ["s ]"] } /* ] */',
    '  ],',
    '  "version": 1',
    '}',
  ].join('\n');
  const after = apply(tricky, insertEntryEdit(tricky, entry)!);
  const { entries, diagnostics } = readGazetteerText(after);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(entries.map(e => e.id), ['a', 'li_kenong']);
  assert.ok(after.includes('"version": 1'), 'what follows the array is kept');
});

test('an empty entries array, on one line or several, gets the entry between its brackets', () => {
  for (const before of ['{"entries":[]}', '{ "entries": [] }', '{\n  "entries": []\n}\n', '{\n  "entries": [\n  ]\n}\n']) {
    const after = apply(before, insertEntryEdit(before, entry)!);
    assert.deepEqual(ids(after), ['li_kenong'], before);
    assert.equal(after.includes('\n'), before.includes('\n'), `${JSON.stringify(before)} keeps its one-line or multi-line layout`);
  }
  assert.equal(apply('{\n  "entries": []\n}\n', insertEntryEdit('{\n  "entries": []\n}\n', entry)!), JSON.stringify({ entries: [entry] }, null, 2) + '\n');
});

test('a trailing comma, CRLF line ends, and a file without an entries key', () => {
  const trailing = '{\n  "entries": [\n    {"id": "a", "kind": "person", "canonical": "A", "sources": ["s"]},\n  ]\n}';
  assert.deepEqual(readGazetteerText(apply(trailing, insertEntryEdit(trailing, entry)!)).entries.map(e => e.id), ['a', 'li_kenong']);

  const crlf = JSON.stringify({ entries: [clerk] }, null, 2).replace(/\n/g, '\r\n');
  const edit = insertEntryEdit(crlf, entry)!;
  assert.ok(!/[^\r]\n/.test(edit.newText), 'every line break of the insertion is CRLF');
  assert.equal(apply(crlf, edit), JSON.stringify({ entries: [clerk, entry] }, null, 2).replace(/\n/g, '\r\n'));

  for (const before of ['{ "description": "mine" }', '{\n  "description": "mine"\n}\n', '{}', '{\n}\n']) {
    const after = apply(before, insertEntryEdit(before, entry)!);
    assert.deepEqual(ids(after), ['li_kenong'], before);
  }
});

test('a BOM: positions are counted without it, as the editor counts them', () => {
  const plain = JSON.stringify({ entries: [clerk] });
  const withBom = insertEntryEdit(`\uFEFF${plain}`, entry)!;
  assert.deepEqual(withBom, insertEntryEdit(plain, entry));
  assert.deepEqual(ids(apply(plain, withBom)), ['zavyalov_clerk', 'li_kenong']);
});

test('no place to add: not an object, entries not an array, unbalanced brackets', () => {
  for (const text of ['[]', '{"entries": {}}', '{"entries": "x"}', '{"entries": [', '{"entries": [{"id": "a"}', '"entries"', '{} {}']) {
    assert.equal(insertEntryEdit(text, entry), undefined, text);
  }
  assert.deepEqual(JSON.parse(apply('', insertEntryEdit('', entry)!)), { entries: [entry] }, 'an empty file becomes a gazetteer');
});

test('findEntriesPlace takes the entries array of the top-level object only', () => {
  const text = '{"other": {"entries": [1, 2]}, "entries": [{"id": "x"}]}';
  const place = findEntriesPlace(text);
  assert.equal(place?.kind, 'array');
  assert.equal(place && text.slice(place.open, place.close + 1), '[{"id": "x"}]');
});

test('nesting depth: 50,000 nested arrays are measured without a stack overflow; brackets in strings do not count', () => {
  const deep = '['.repeat(50_000) + ']'.repeat(50_000);
  assert.equal(nestsDeeperThan(deep, 64), true);
  assert.equal(nestsDeeperThan('{"entries": [{"note": "' + '['.repeat(100) + '"}]}', 64), false);
  assert.equal(nestsDeeperThan('['.repeat(64) + ']'.repeat(64), 64), false);
  assert.equal(nestsDeeperThan('['.repeat(65) + ']'.repeat(65), 64), true);
  const { entries, diagnostics } = readGazetteerText(`{"entries": ${deep}}`);
  assert.deepEqual(entries, []);
  assert.equal(diagnostics.length, 1);
  assert.match(String(diagnostics[0].message), /nests arrays or objects more than 64 deep/);
});

test('a BOM does not make a valid file invalid', () => {
  const { entries, diagnostics } = readGazetteerText('\uFEFF' + JSON.stringify({ entries: [clerk] }, null, 2));
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(entries.map(e => e.id), ['zavyalov_clerk']);
});

/** What resolving "add to the gazetteer" gives on a file on disk, loaded as the Node host loads it. */
async function addTo(file: string, canCreate: boolean, root: string) {
  return gazetteerAdditionEdit(pathToFileURL(file).href, await loadGazetteerFile(file, [root]), entry, { canCreate });
}

const tempDirs: string[] = [];
after(() => { for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true }); });

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cable-edit-'));
  tempDirs.push(dir);
  return dir;
}

test('resolving on a file: the minimal edit as a workspace edit of that file', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'gazetteer.json');
  const before = JSON.stringify({ entries: [clerk] }, null, 2);
  writeFileSync(file, before);
  const result = await addTo(file, false, dir);
  assert.ok('edit' in result, JSON.stringify(result));
  const [edit] = result.edit.changes![pathToFileURL(file).href];
  assert.deepEqual(ids(apply(before, edit)), ['zavyalov_clerk', 'li_kenong']);
});

test('a missing file is created only by an editor that can create files', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'gazetteer.json');
  const created = await addTo(file, true, dir);
  assert.ok('edit' in created);
  const [create, insert] = created.edit.documentChanges as [{ kind: string; uri: string }, { edits: { newText: string }[] }];
  assert.equal(create.kind, 'create');
  assert.equal(create.uri, pathToFileURL(file).href);
  assert.deepEqual(JSON.parse(insert.edits[0].newText), { entries: [entry] });

  const refused = await addTo(file, false, dir);
  assert.ok('problem' in refused);
  assert.match(refused.problem, /does not exist .* create it/);
});

test('a broken file, a link out of the workspace: a reason, no edit', async () => {
  const dir = tempDir();
  const broken = path.join(dir, 'broken.json');
  writeFileSync(broken, '{\n  "entries": [\n    { "id": "x", \n');
  const r1 = await addTo(broken, true, dir);
  assert.ok('problem' in r1);
  assert.match(r1.problem, /broken\.json is not valid JSON \(line \d+\)/);

  const outside = tempDir();
  writeFileSync(path.join(outside, 'elsewhere.json'), JSON.stringify({ entries: [] }));
  mkdirSync(path.join(dir, '.cable'));
  symlinkSync(path.join(outside, 'elsewhere.json'), path.join(dir, '.cable', 'gazetteer.json'));
  const r2 = await addTo(path.join(dir, '.cable', 'gazetteer.json'), true, dir);
  assert.ok('problem' in r2);
  assert.match(r2.problem, /outside the workspace/);
});

test('a file with a syntax error gets one diagnostic at the error', () => {
  const { entries, diagnostics } = readGazetteerText('{ "entries": [ { "id": "x", ');
  assert.deepEqual(entries, []);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].code, 'cable.gazetteer.invalid');
});

test('an entry that breaks the schema is reported at its place and left out', () => {
  const text = JSON.stringify({ entries: [{ id: 'ok', kind: 'person', canonical: 'Okay Name', sources: ['s'] }, { id: 'bad', kind: 'planet', canonical: 'X', sources: ['s'] }] }, null, 2);
  const { entries, diagnostics } = readGazetteerText(text);
  assert.deepEqual(entries.map(e => e.id), ['ok']);
  assert.ok(diagnostics.length >= 1);
  assert.ok(diagnostics.every(d => d.range.start.line > 0), 'positioned inside the file, not at its top');
});
