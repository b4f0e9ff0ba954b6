/**
 * The corpus over the protocol, against a temporary workspace folder: background indexing with
 * progress, references across files under every name of one person, definition to the gazetteer
 * entry, workspace symbols, rename with change annotations, and diagnostics of a file never opened.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, LspError, type Diagnostic, type Position, type Range, until } from './lspClient';

const lines = (...l: string[]) => l.join('\n');
const cable = (number: string, day: number, ...body: string[]) => lines(
  `CIPHERED TELEGRAM No. ${number}`, 'From BEIJING', `Received ${day} October 1951`, 'To Cde. FILIPPOV [Stalin].', '', ...body, '', 'MAO ZEDONG',
);

const FILES: Record<string, string> = {
  'a.cable': cable('101', 1, 'Cde. Roshchin reports that I.V. STALIN agrees.'),
  'b.cable': cable('102', 2, 'ROSHCHIN will see Cde. Stalin.'),
  'sub/c.cable': cable('103', 3, 'Cde. Roschin has left. Cde. Roshchin stays.'),
  'd.cable': cable('104', 4, 'Cde. Roshchin and Filippov met on Monday, 4 October 1951.'),
  'drafts/x.cable': cable('105', 5, 'Cde. Roshchin, excluded.'),
  '.cable/gazetteer.json': JSON.stringify({ entries: [{ id: 'testov', kind: 'person', canonical: 'Ivan Testov', variants: [{ form: 'Testov' }] }] }, null, 2),
};

let dir: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;


/** Where `needle` first occurs in `text`, `into` characters in. */
function positionInLine(text: string, needle: string, into = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `no ${JSON.stringify(needle)}`);
  const before = text.slice(0, at + into).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const progress = () => client.notifications.filter(n => n.method === '$/progress').map(n => (n.params as { value: { kind: string; message?: string; title?: string } }).value);
const lastPublished = (u: string) => [...client.notifications].reverse()
  .find(n => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === u)?.params as { diagnostics: Diagnostic[] } | undefined;

before(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cable-corpus-')));
  for (const [name, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  client = await LspClient.start({
    workspaceFolder: dir,
    settings: { cable: { corpus: { exclude: ['drafts/**'] } } },
    capabilities: { workspace: { workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } } } },
  });
  await until('the end of indexing', () => progress().find(v => v.kind === 'end'));
});
after(async () => {
  await client?.shutdown();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('indexing reports progress: begin, n/total, end', () => {
  const values = progress();
  assert.equal(values[0].kind, 'begin');
  assert.equal(values[0].title, 'Indexing cables');
  assert.ok(values.some(v => v.kind === 'report' && v.message === '4/4'), JSON.stringify(values));
  assert.equal(values[values.length - 1].kind, 'end');
});

test('references on FILIPPOV: every mention of Stalin in every file, under every name and cover name, excluded files left out', async () => {
  const a = client.open(uri('a.cable'), FILES['a.cable']);
  const refs = await client.request<{ uri: string; range: Range }[]>('textDocument/references', {
    textDocument: { uri: a }, position: positionInLine(FILES['a.cable'], 'Cde. FILIPPOV', 'Cde. FIL'.length), context: { includeDeclaration: false },
  });
  const files = new Set(refs.map(r => r.uri));
  assert.deepEqual([...files].sort(), [uri('a.cable'), uri('b.cable'), uri('d.cable'), uri('sub/c.cable')].sort());
  const written = new Set(refs.map(r => {
    const text = FILES[Object.keys(FILES).find(n => uri(n) === r.uri)!].split('\n')[r.range.start.line];
    return text.slice(r.range.start.character, r.range.end.character);
  }));
  for (const w of ['FILIPPOV', 'Stalin', 'I.V. STALIN', 'Filippov']) assert.ok(written.has(w), `${w} in ${[...written].join(', ')}`);
  client.close(a);
});

test('definition on a built-in name: the read-only gazetteer document, whose text the server gives', async () => {
  const b = client.open(uri('b.cable'), FILES['b.cable']);
  const defs = await client.request<{ uri: string; range: Range }[]>('textDocument/definition', {
    textDocument: { uri: b }, position: positionInLine(FILES['b.cable'], 'To Cde. FILIPPOV', 'To Cde. FI'.length),
  });
  assert.equal(defs[0].uri, 'cable-gazetteer:/stalin.json');
  const entry = await client.request<{ text: string | null }>('cable/gazetteerEntry', { uri: defs[0].uri });
  assert.equal(JSON.parse(entry.text!).canonical, 'Joseph Stalin');
  client.close(b);
});

test('definition on a name from the workspace gazetteer: that entry in that file', async () => {
  const text = cable('106', 6, 'Cde. Testov arrived.');
  const t = client.open(uri('t.cable'), text);
  const defs = await client.request<{ uri: string; range: Range }[]>('textDocument/definition', {
    textDocument: { uri: t }, position: positionInLine(text, 'Cde. Testov', 'Cde. Te'.length),
  });
  assert.equal(defs[0].uri, uri('.cable/gazetteer.json'));
  const line = FILES['.cable/gazetteer.json'].split('\n')[defs[0].range.start.line];
  assert.equal(line.slice(defs[0].range.start.character, defs[0].range.end.character), '"testov"');
  client.close(t);
});

test('workspace symbols: a cable by number and by a written date, a person by name', async () => {
  type Sym = { name: string; location: { uri: string } };
  const byNumber = await client.request<Sym[]>('workspace/symbol', { query: '103' });
  assert.equal(byNumber[0].location.uri, uri('sub/c.cable'));
  assert.match(byNumber[0].name, /103/);
  const byDate = await client.request<Sym[]>('workspace/symbol', { query: '2 October 1951' });
  assert.equal(byDate[0].location.uri, uri('b.cable'));
  const person = await client.request<Sym[]>('workspace/symbol', { query: 'roshch' });
  assert.equal(person[0].name, 'Nikolai Roshchin');
});

test('diagnostics of a file never opened: its own checks and the corpus check of the rare spelling', async () => {
  const c = await until('diagnostics of sub/c.cable', () => lastPublished(uri('sub/c.cable')));
  const codes = c.diagnostics.map(d => d.code);
  assert.ok(codes.some(c => c?.toString().startsWith('cable.name.')), codes.join(', '));
  const rare = c.diagnostics.find(d => d.code === 'cable.corpus.rareSpelling');
  assert.ok(rare, codes.join(', '));
  assert.match(rare.message, /'Roschin' is written once .*'Roshchin' \(Nikolai Roshchin\), in any case, 4 times in 4 files/);
  assert.equal(lastPublished(uri('drafts/x.cable')), undefined, 'an excluded file is not checked');
});

test('rename a near-miss spelling: one annotated edit per file, needing confirmation', async () => {
  const c = client.open(uri('sub/c.cable'), FILES['sub/c.cable']);
  const at = positionInLine(FILES['sub/c.cable'], 'Cde. Roschin', 'Cde. Ros'.length);
  const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: c }, position: at });
  assert.equal(prepared.placeholder, 'Roschin');
  const edit = await client.request<{ documentChanges: { textDocument: { uri: string }; edits: { newText: string; annotationId: string }[] }[]; changeAnnotations: Record<string, { needsConfirmation: boolean; label: string }> }>(
    'textDocument/rename', { textDocument: { uri: c }, position: at, newName: 'Roshchin' });
  assert.deepEqual(edit.documentChanges.map(d => d.textDocument.uri), [c]);
  assert.deepEqual(edit.documentChanges[0].edits.map(e => e.newText), ['Roshchin']);
  const annotation = edit.changeAnnotations[edit.documentChanges[0].edits[0].annotationId];
  assert.equal(annotation.needsConfirmation, true);
  client.close(c);
});

test('rename a name: the spelling inside an editor’s gloss gets its own annotation saying why', async () => {
  const b = client.open(uri('b.cable'), FILES['b.cable']);
  const edit = await client.request<{ documentChanges: { textDocument: { uri: string }; edits: { newText: string; annotationId: string }[] }[]; changeAnnotations: Record<string, { needsConfirmation: boolean; label: string }> }>(
    'textDocument/rename', { textDocument: { uri: b }, position: positionInLine(FILES['b.cable'], 'Cde. Stalin', 'Cde. St'.length), newName: 'Stalin I.V.' });
  const ids = edit.documentChanges.flatMap(d => d.edits.map(e => e.annotationId));
  assert.ok(ids.includes('cable.rename.gloss'), ids.join(', '));
  assert.match(edit.changeAnnotations['cable.rename.gloss'].label, /gloss/);
  assert.ok(Object.values(edit.changeAnnotations).every(a => a.needsConfirmation));
  assert.equal(new Set(edit.documentChanges.map(d => d.textDocument.uri)).size, edit.documentChanges.length, 'one entry per file');
  client.close(b);
});

test('a rename that changes only the case of a name in capitals is refused with the reason (RequestFailed), not answered with an empty edit', async () => {
  const b = client.open(uri('b.cable'), FILES['b.cable']);
  const position = positionInLine(FILES['b.cable'], 'ROSHCHIN will', 'ROSH'.length);
  const refusal = await client.request('textDocument/rename', { textDocument: { uri: b }, position, newName: 'Roshchin' }).then(
    result => assert.fail(`answered ${JSON.stringify(result)}`),
    (e: unknown) => e as LspError,
  );
  assert.ok(refusal instanceof LspError);
  assert.equal(refusal.code, -32803);
  assert.match(refusal.message, /Nothing to rename: 'ROSHCHIN' is written in capitals, and a rename keeps them/);
  client.close(b);
});

test('a deleted file leaves the index and its diagnostics are cleared', async () => {
  await until('diagnostics of d.cable', () => lastPublished(uri('d.cable')));
  fs.rmSync(path.join(dir, 'd.cable'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('d.cable'), type: 3 }] });
  await until('d.cable cleared', () => (lastPublished(uri('d.cable'))!.diagnostics.length === 0 ? true : undefined));
  const refs = await client.request<{ uri: string }[]>('workspace/symbol', { query: '104' });
  assert.ok(!refs.some(r => r.uri === uri('d.cable')));
});
