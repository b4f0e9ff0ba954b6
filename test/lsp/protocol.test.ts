/**
 * The server's handshake over stdio: initialize advertises the features the extension relies on,
 * configuration requests are answered, and shutdown + exit end the process with code 0.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { LspClient, repoRoot } from './lspClient';

test('initialize advertises outline, folding, selection ranges and incremental sync', async () => {
  const client = await LspClient.start();
  try {
    const caps = client.capabilities;
    assert.ok(caps.documentSymbolProvider, 'documentSymbolProvider');
    assert.ok(caps.foldingRangeProvider, 'foldingRangeProvider');
    assert.ok(caps.selectionRangeProvider, 'selectionRangeProvider');
    const sync = caps.textDocumentSync as number | { change?: number; openClose?: boolean };
    const change = typeof sync === 'number' ? sync : sync?.change;
    assert.equal(change, 2, 'textDocumentSync is Incremental (2)');
    if (typeof sync === 'object') assert.notEqual(sync.openClose, false, 'open/close notifications are wanted');
    assert.equal(client.initializeResult?.serverInfo?.name, 'cable-language-server');
  } finally {
    await client.shutdown();
  }
  assert.equal(client.alive, false, 'the server process is gone after shutdown + exit');
  assert.equal(client.code, 0, `exit code after shutdown + exit\n${client.stderr}`);
});

test('the server answers requests for an unknown document with an empty result, not an error', async () => {
  const client = await LspClient.start();
  try {
    const textDocument = { uri: 'file:///nowhere/not-opened.cable' };
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', { textDocument }), []);
    const sel = await client.request('textDocument/selectionRange', { textDocument, positions: [{ line: 0, character: 0 }] });
    assert.ok(Array.isArray(sel), 'selectionRange answers an array');
    const position = { line: 0, character: 0 };
    assert.equal(await client.request('textDocument/hover', { textDocument, position }), null);
    assert.deepEqual(await client.request('textDocument/semanticTokens/full', { textDocument }), { data: [] });
    assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument, range: { start: position, end: position } }), []);
    assert.deepEqual(await client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }), []);
    assert.deepEqual(await client.request('textDocument/documentHighlight', { textDocument, position }), []);
    assert.deepEqual(await client.request('textDocument/definition', { textDocument, position }), []);
    assert.deepEqual(await client.request('textDocument/documentLink', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument }), []);
    assert.equal(await client.request('textDocument/prepareRename', { textDocument, position }), null);
  } finally {
    await client.shutdown();
  }
});

test('workspace/configuration requests get the settings the test gives, null otherwise', async () => {
  const asked: (string | undefined)[] = [];
  const client = await LspClient.start({
    settings: section => {
      asked.push(section);
      return section === 'cable' ? { diagnostics: { enable: true } } : null;
    },
  });
  try {
    // Whatever the server asks for (possibly nothing yet), it must keep working after the answers.
    const uri = client.open('samples/seed-mao-to-filippov-1951.cable');
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
    const configRequests = client.serverRequests.filter(r => r.method === 'workspace/configuration');
    assert.equal(asked.length, configRequests.reduce((n, r) => n + ((r.params as { items?: unknown[] }).items?.length ?? 0), 0));
  } finally {
    await client.shutdown();
  }
});

test('starting without a built server fails loudly and says how to build it', async () => {
  await assert.rejects(
    LspClient.start({ serverPath: path.join(repoRoot, 'dist', 'no-such-server.js') }),
    /missing: run `npm run build`/,
  );
});

test('opening a document publishes its diagnostics once', async () => {
  // An empty workspace folder: the corpus index of the repository would add its findings to the
  // seed's diagnostics when it finishes (a second, different push); this test is about one didOpen.
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-empty-'));
  const client = await LspClient.start({ workspaceFolder: empty });
  try {
    const uri = client.open('samples/seed-mao-to-filippov-1951.cable');
    await client.diagnostics(uri);
    // An absence can only be seen by waiting: past the server's 200 ms debounce, a second push would have come.
    await new Promise(resolve => setTimeout(resolve, 600));
    const pushes = client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri);
    assert.equal(pushes.length, 1, `publishDiagnostics for one didOpen: ${pushes.length}`);
  } finally {
    await client.shutdown();
    fs.rmSync(empty, { recursive: true, force: true });
  }
});
