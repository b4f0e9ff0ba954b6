// Workspace gazetteer files: merged over the built-in gazetteer (hover knows the new name), and a
// broken file gets a diagnostic in that file while the built-in gazetteer and the other files keep
// working. The files are untrusted data: a BOM is fine, a deep or huge file is refused, paths out of
// the workspace are never read, and gazetteer text in a hover is text, not markup. "Add to the
// gazetteer" lists cheaply and inserts one entry at resolve time.
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdit, LspClient, rangeOf, readRepoFile, type Diagnostic, until } from './lspClient';

const clerk = {
  id: 'zavyalov_clerk', kind: 'person', canonical: 'Zavyalov', tags: ['clerk'],
  roles: [{ title: 'Cipher clerk', from: 1951, to: 1951 }], sources: ['a workspace note'],
};

const folders: string[] = [];

/** A fresh workspace folder holding `files` (name → text or bytes). */
function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cable-gazetteer-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const clients: LspClient[] = [];
after(async () => {
  await Promise.all(clients.map(c => c.shutdown()));
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function start(folder: string, files: string[], capabilities?: Record<string, unknown>): Promise<LspClient> {
  const client = await LspClient.start({ workspaceFolder: folder, settings: { cable: { gazetteer: { files } } }, capabilities });
  clients.push(client);
  return client;
}

const cable = 'CIPHERED TELEGRAM No. 1\nFrom BEIJING\nReceived 11:50 5.I.1951\nTo Cde. FILIPPOV [Stalin].\nText.\nROSHCHIN\nDeciphered by Zavyalov 1230 5 January\n';

async function hoverOn(client: LspClient, uri: string, needle: string, until: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 10_000;
  let text = '';
  // The server reads the files after `initialized`; poll until the hover reflects them.
  while (Date.now() < deadline) {
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: rangeOf(cable, needle).start }) as { contents?: { value?: string } } | null;
    text = h?.contents?.value ?? '';
    if (until(text)) return text;
    await new Promise(r => setTimeout(r, 100));
  }
  return text;
}


test('a workspace entry is recognised and hovered', async () => {
  const dir = workspace({ 'good.json': JSON.stringify({ entries: [clerk] }, null, 2) });
  const client = await start(dir, ['good.json']);
  const uri = client.open('untitled:clerk.cable', cable);
  // before the file is read, the clerk's line already reads the name as an unknown person: wait for the entry
  const text = await hoverOn(client, uri, 'Zavyalov', t => t.includes('Cipher clerk'));
  assert.match(text, /\*\*Zavyalov\*\*/);
  assert.match(text, /Cipher clerk/);
});

test('a file saved with a BOM is read like any other', async () => {
  const dir = workspace({ 'bom.json': '\uFEFF' + JSON.stringify({ entries: [clerk] }, null, 2) });
  const client = await start(dir, ['bom.json']);
  const uri = client.open('untitled:bom.cable', cable);
  assert.match(await hoverOn(client, uri, 'Zavyalov', t => t.includes('Cipher clerk')), /Cipher clerk/);
  assert.ok(!client.notifications.some(n => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string; diagnostics: unknown[] }).uri.endsWith('bom.json') && (n.params as { diagnostics: unknown[] }).diagnostics.length));
});

test('a broken file gets a diagnostic in that file; built-in names still work', async () => {
  const dir = workspace({ 'broken.json': '{ "entries": [ { "id": "x", "kind": "person", ' });
  const client = await start(dir, ['broken.json']);
  const diagnostics = await client.diagnostics(pathToFileURL(path.join(dir, 'broken.json')).href, 10_000);
  assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
  assert.equal(diagnostics[0].code, 'cable.gazetteer.invalid');
  assert.match(diagnostics[0].message, /not valid JSON/);
  const uri = client.open('untitled:still.cable', cable);
  assert.match(await hoverOn(client, uri, 'FILIPPOV', t => t.includes('Stalin')), /Joseph Stalin/);
});

test('a file nested 50,000 deep and a 50 MB file are refused with a diagnostic each; the good file still loads', async () => {
  const dir = workspace({
    'deep.json': `{"entries": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
    'huge.json': '',
    'good.json': JSON.stringify({ entries: [clerk] }),
  });
  truncateSync(path.join(dir, 'huge.json'), 50 * 1024 * 1024); // its size is all the server may look at
  const client = await start(dir, ['deep.json', 'huge.json', 'good.json']);
  const deep = await client.diagnostics(pathToFileURL(path.join(dir, 'deep.json')).href, 10_000);
  assert.equal(deep.length, 1);
  assert.match(deep[0].message, /more than 64 deep; it is not loaded/);
  const huge = await client.diagnostics(pathToFileURL(path.join(dir, 'huge.json')).href, 10_000);
  assert.equal(huge.length, 1);
  assert.match(huge[0].message, /50\.0 MB; files over 5 MB are not loaded/);
  const uri = client.open('untitled:after.cable', cable);
  assert.match(await hoverOn(client, uri, 'Zavyalov', t => t.includes('Cipher clerk')), /Cipher clerk/);
  assert.ok(client.alive, 'the server is still running');
});

test('paths outside the workspace folder are refused with a message, and never read', async () => {
  const outside = workspace({ 'elsewhere.json': JSON.stringify({ entries: [clerk] }) });
  const marker = { id: 'stalin', extend: true, roles: [{ title: 'Marker role from inside', from: 1951, to: 1951 }] };
  const dir = workspace({ 'inside.json': JSON.stringify({ entries: [marker] }) });
  const escape = path.relative(dir, path.join(outside, 'elsewhere.json'));
  assert.match(escape, /^\.\./);
  const client = await start(dir, [path.join(outside, 'elsewhere.json'), escape, 'inside.json']);
  const messages = await until('two refusals', () => {
    const shown = client.notifications.filter(n => n.method === 'window/showMessage').map(n => (n.params as { message: string }).message);
    return shown.length >= 2 ? shown : undefined;
  });
  assert.ok(messages.some(m => m.includes(path.join(outside, 'elsewhere.json')) && /not a path relative to the workspace folder/.test(m)), messages.join('\n'));
  assert.ok(messages.some(m => m.includes(escape) && /leads outside the workspace folder/.test(m)), messages.join('\n'));
  const logged = client.notifications.filter(n => n.method === 'window/logMessage').map(n => (n.params as { message: string }).message);
  assert.ok(logged.some(m => /leads outside the workspace folder/.test(m)), 'and logged');
  // Once the file inside is loaded, Zavyalov, defined only outside, is still unknown.
  const uri = client.open('untitled:outside.cable', cable);
  assert.match(await hoverOn(client, uri, 'FILIPPOV', t => t.includes('Marker role')), /Marker role from inside/);
  assert.doesNotMatch(await hoverOn(client, uri, 'Zavyalov', () => false), /Cipher clerk/);
});

test('hostile gazetteer text is shown as text: no link, no command, no HTML', async () => {
  const hostile = {
    ...clerk,
    canonical: 'Zavyalov [x](command:foo) <img src=x onerror=alert(1)>',
    variants: [{ form: 'Zavyalov' }],
    note: 'See [here](command:workbench.action.terminal.new) and <script>alert(1)</script> & `code`',
    roles: [{ title: '<b>Clerk</b> [y](https://example.com)', from: 1951, to: 1951 }],
  };
  const dir = workspace({ 'hostile.json': JSON.stringify({ entries: [hostile] }) });
  const client = await start(dir, ['hostile.json']);
  const uri = client.open('untitled:hostile.cable', cable);
  const text = await hoverOn(client, uri, 'Zavyalov', t => t.includes('onerror'));
  assert.match(text, /onerror/, 'the hover shows the entry');
  assert.doesNotMatch(text, /(?<!\\)</, 'no unescaped HTML');
  assert.doesNotMatch(text, /(?<!\\)\[[^\]]*(?<!\\)\]\(/, 'no link');
  assert.doesNotMatch(text, /\(command:/, 'no command link');
  const hover = await client.request<{ contents: Record<string, unknown> }>('textDocument/hover', { textDocument: { uri }, position: rangeOf(cable, 'Zavyalov').start });
  assert.equal(hover.contents.isTrusted, undefined, 'the markup is not marked trusted');
});

// ---------------------------------------------------------------- "Add to the gazetteer"

const SEED = 'samples/seed-mao-to-filippov-1951.cable';
type Action = { title: string; edit?: { changes?: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]>; documentChanges?: { kind?: string }[] }; data?: unknown; disabled?: unknown };

async function actionsForLeKenong(client: LspClient): Promise<Action[]> {
  const uri = client.open(SEED);
  const diagnostics: Diagnostic[] = await client.diagnostics(uri, 20_000);
  const d = diagnostics.find(x => x.code === 'cable.name.variant');
  assert.ok(d, JSON.stringify(diagnostics));
  return client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
}

test('"add to the gazetteer" is listed without an edit; resolve inserts one entry with a minimal edit', async () => {
  const before = JSON.stringify({ entries: [clerk] }, null, 2) + '\n';
  const dir = workspace({ '.cable/gazetteer.json': before });
  const client = await start(dir, ['.cable/gazetteer.json']);
  assert.equal((client.capabilities.codeActionProvider as { resolveProvider?: boolean }).resolveProvider, true);
  const actions = await actionsForLeKenong(client);
  const add = actions.find(a => /Add 'Le Kenong' to the workspace gazetteer/.test(a.title));
  assert.ok(add, JSON.stringify(actions.map(a => a.title)));
  assert.equal(add.edit, undefined, 'no edit (and no file read) while listing');
  const resolved = await client.request<Action>('codeAction/resolve', add);
  const file = pathToFileURL(path.join(dir, '.cable', 'gazetteer.json')).href;
  const edits = resolved.edit?.changes?.[file];
  assert.equal(edits?.length, 1, JSON.stringify(resolved));
  const [edit] = edits;
  assert.deepEqual(edit.range.start, edit.range.end, 'an insertion: nothing of the file is rewritten');
  const after = JSON.parse(applyEdit(before, edit.range, edit.newText)) as { entries: { id: string; extend?: boolean; variants?: { form: string }[] }[] };
  assert.deepEqual(after.entries.map(e => e.id), ['zavyalov_clerk', 'li_kenong']);
  assert.equal(after.entries[1].variants?.[0].form, 'Le Kenong');
  assert.equal(readFileSync(path.join(dir, '.cable', 'gazetteer.json'), 'utf8'), before, 'the server wrote nothing itself');
});

test('a broken gazetteer file: the replace fixes are still offered, the add action is not', async () => {
  const dir = workspace({ '.cable/gazetteer.json': '{ "entries": [ {"id": ' });
  const client = await start(dir, ['.cable/gazetteer.json']);
  await client.diagnostics(pathToFileURL(path.join(dir, '.cable', 'gazetteer.json')).href, 10_000);
  const actions = await actionsForLeKenong(client);
  assert.ok(actions.some(a => /^Replace with 'Li Kenong'/.test(a.title)), JSON.stringify(actions.map(a => a.title)));
  assert.ok(!actions.some(a => /gazetteer/.test(a.title)), JSON.stringify(actions.map(a => a.title)));
});

test('a file broken after loading: resolve says why in a message, and gives no edit', async () => {
  const dir = workspace({ '.cable/gazetteer.json': JSON.stringify({ entries: [clerk] }) });
  const client = await start(dir, ['.cable/gazetteer.json']);
  const actions = await actionsForLeKenong(client);
  const add = actions.find(a => /Add 'Le Kenong'/.test(a.title));
  assert.ok(add);
  writeFileSync(path.join(dir, '.cable', 'gazetteer.json'), '{"entries": [');
  const resolved = await client.request<Action>('codeAction/resolve', add);
  assert.equal(resolved.edit, undefined);
  const message = await until('a message', () => client.notifications.find(n => n.method === 'window/showMessage' && /not valid JSON/.test((n.params as { message: string }).message)));
  assert.match((message.params as { message: string }).message, /gazetteer\.json is not valid JSON \(line 1\)/);
});

test('no gazetteer file yet: created only when the client can create files', async () => {
  const bare = await start(workspace({}), ['.cable/gazetteer.json']);
  const none = await actionsForLeKenong(bare);
  assert.ok(none.some(a => /^Replace with/.test(a.title)));
  assert.ok(!none.some(a => /gazetteer/.test(a.title)), 'not offered: the client cannot create the file');

  const able = await start(workspace({}), ['.cable/gazetteer.json'], { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } });
  const add = (await actionsForLeKenong(able)).find(a => /Add 'Le Kenong'/.test(a.title));
  assert.ok(add);
  const resolved = await able.request<Action>('codeAction/resolve', add);
  assert.equal(resolved.edit?.documentChanges?.[0].kind, 'create');
});

// The sample must carry the spelling the tests above act on.
assert.match(readRepoFile(SEED), /Le Kenong/);
