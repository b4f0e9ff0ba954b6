// "Add to the workspace gazetteer": the edit appends to an existing file, or creates the file.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gazetteerAdditionEdit } from '../../server/src/lsp/gazetteerEdit';
import { readGazetteerText } from '../../server/src/lsp/workspaceGazetteer';

const entry = { id: 'li_kenong', extend: true, variants: [{ form: 'Le Kenong', system: 'other' }] } as never;

test('appends the entry to an existing file and keeps what was there', () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cable-edit-')), 'gazetteer.json');
  const before = JSON.stringify({ entries: [{ id: 'zavyalov_clerk', kind: 'person', canonical: 'Zavyalov', sources: ['note'] }] }, null, 2);
  writeFileSync(file, before);
  const edit = gazetteerAdditionEdit(pathToFileURL(file).href, readFileSync(file, 'utf8'), entry);
  const [change] = edit.changes![pathToFileURL(file).href];
  const after = JSON.parse(change.newText) as { entries: { id: string }[] };
  assert.deepEqual(after.entries.map(e => e.id), ['zavyalov_clerk', 'li_kenong']);
  assert.equal(readGazetteerText(change.newText).diagnostics.length, 0, 'the result is a valid gazetteer');
});

test('creates the file when there is none', () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cable-edit-')), 'gazetteer.json');
  const edit = gazetteerAdditionEdit(pathToFileURL(file).href, undefined, entry);
  const [create, insert] = edit.documentChanges as [{ kind: string; uri: string }, { edits: { newText: string }[] }];
  assert.equal(create.kind, 'create');
  assert.equal(create.uri, pathToFileURL(file).href);
  assert.deepEqual(JSON.parse(insert.edits[0].newText), { entries: [entry] });
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
