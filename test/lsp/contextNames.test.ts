// Names read from the context, over the protocol: hover on a name in Chinese characters, on one
// character of an addressee run, and on a person the gazetteer lacks (counted over the folder once
// it is indexed); the quick fix that writes that person to the workspace gazetteer as a stub entry,
// after which the name is known.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { LspClient, hoverText, rangeOf, readRepoFile, type Position } from './lspClient';

const CHINESE = 'test/fixtures/forms/50-chinese-addressee-run.cable';

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(async () => {
  await client?.shutdown();
});

async function hover(c: LspClient, uri: string, position: Position): Promise<string> {
  return hoverText(await c.request('textDocument/hover', { textDocument: { uri }, position }));
}

/** Asks until `until` holds (the server indexes the folder after `initialized`), or gives the last answer. */
async function hoverUntil(c: LspClient, uri: string, position: Position, until: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 15_000;
  let text = '';
  while (Date.now() < deadline) {
    text = await hover(c, uri, position);
    if (until(text)) return text;
    await new Promise(r => setTimeout(r, 100));
  }
  return text;
}

test('hover on a name in Chinese characters names the person', async () => {
  const uri = client.open(CHINESE);
  const text = await hover(client, uri, rangeOf(readRepoFile(CHINESE), '倪志亮').start);
  assert.match(text, /Ni Zhiliang/);
  assert.match(text, /Chinese characters/);
});

test('hover on one character of an addressee run says whom it stands for, and why', async () => {
  const uri = client.open(CHINESE);
  const text = await hover(client, uri, rangeOf(readRepoFile(CHINESE), '邓').start);
  assert.match(text, /one\\?-character reference in an addressee run/);
  assert.match(text, /Deng Zihui/);
  assert.match(text, /named on line 12/, 'the English translation names him on line 12');
});

// ---------------------------------------------------------------- a folder with a person the gazetteer lacks

const folder = mkdtempSync(path.join(os.tmpdir(), 'cable-unknown-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const first = readRepoFile('test/fixtures/forms/52-unknown-person.cable');
const second = 'CIPHERED TELEGRAM No. 31901\nFrom PEKING\nReceived 22:10 9 March 1950\nTo Cde. Vyshinsky.\nCde. LEBEDINSKY has handed over the text.\nROSHCHIN\n';
writeFileSync(path.join(folder, 'first.cable'), first);
writeFileSync(path.join(folder, 'second.cable'), second);
const gazetteerFile = path.join(folder, 'names.gazetteer.json');

test('hover on an unknown person counts the mentions in the folder; the quick fix writes a stub entry; then the name is known', async () => {
  // The gazetteer file does not exist yet: only an editor that can create files is offered to add to it.
  const c = await LspClient.start({
    workspaceFolder: folder,
    settings: { cable: { gazetteer: { files: ['names.gazetteer.json'] } } },
    capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
  });
  try {
    const uri = c.open(pathToFileURL(path.join(folder, 'first.cable')).href, first);
    const at = rangeOf(first, 'Lebedinsky').start;
    // three mentions in this cable, one in the other: "in this folder" once the folder is indexed
    const text = await hoverUntil(c, uri, at, t => /in this folder/.test(t));
    assert.match(text, /Not in the gazetteer: 4 mentions in this folder/);

    type Action = { title: string; kind?: string; edit?: WorkspaceEdit; diagnostics?: unknown[] };
    const actions = await c.request<Action[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics: [], triggerKind: 1 },
    });
    const fix = actions?.find(a => a.title === "Add 'Lebedinsky' to the workspace gazetteer");
    assert.ok(fix, `actions: ${JSON.stringify(actions?.map(a => a.title))}`);
    assert.equal(fix.kind, 'quickfix');
    // the edit is computed when the action is picked: the file does not exist yet, so it creates it and writes the entry
    const resolved = fix.edit ? fix : await c.request<Action>('codeAction/resolve', fix);
    const changes = resolved.edit?.documentChanges ?? [];
    const create = changes.find((d): d is { kind: 'create'; uri: string } => 'kind' in d && d.kind === 'create');
    assert.equal(create?.uri, pathToFileURL(gazetteerFile).href);
    const write = changes.find((d): d is TextDocumentEdit => 'edits' in d);
    assert.ok(write, JSON.stringify(resolved.edit));
    const newText = write.edits.map(e => ('newText' in e ? e.newText : '')).join('');
    const written = JSON.parse(newText) as { entries: unknown[] };
    assert.deepEqual(written.entries, [{
      id: 'lebedinsky',
      kind: 'person',
      canonical: 'Lebedinsky',
      variants: [{ form: 'Lebedinsky' }, { form: 'LEBEDINSKY' }],
    }]);

    // as the client would: write the file, tell the server; the name is then a gazetteer person
    writeFileSync(gazetteerFile, newText);
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(gazetteerFile).href, type: 1 }] });
    const known = await hoverUntil(c, uri, at, t => !/Not in the gazetteer/.test(t) && /Lebedinsky/.test(t));
    assert.match(known, /\*\*Lebedinsky\*\* — person/);
    assert.ok(JSON.parse(readFileSync(gazetteerFile, 'utf8')).entries.length === 1);
  } finally {
    await c.shutdown();
  }
});
