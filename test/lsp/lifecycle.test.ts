/**
 * The lifecycle over stdio, and what the server does with messages it should not get: requests
 * before `initialize` and after `shutdown`, `exit` with and without `shutdown`, damaged framing,
 * and requests whose parameters are missing or malformed.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, LspError, readRepoFile, type DocumentSymbol } from './lspClient';

const SEED = 'samples/seed-mao-to-filippov-1951.cable';
const SERVER_NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;
const INVALID_PARAMS = -32602;

/** The error code a request was answered with; fails when it was answered with a result. */
async function errorCode(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    const result = await promise;
    assert.fail(`answered with a result instead of an error: ${JSON.stringify(result)?.slice(0, 200)}`);
  } catch (e) {
    if (!(e instanceof LspError)) throw e;
    return e.code;
  }
}

describe('lifecycle', () => {
  test('a request before initialize gets ServerNotInitialized, and initialize still works after it', async () => {
    const client = LspClient.launch();
    try {
      const code = await errorCode(client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///x.cable' } }));
      assert.equal(code, SERVER_NOT_INITIALIZED);
      await client.initialize();
      assert.equal(client.initializeResult?.serverInfo?.name, 'cable-language-server');
      const uri = client.open(SEED);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length > 0, 'the outline after initialize');
    } finally {
      await client.shutdown();
    }
  });

  test('after shutdown a request gets InvalidRequest, and exit then ends the process with 0', async () => {
    const client = await LspClient.start();
    try {
      const uri = client.open(SEED);
      assert.equal(await client.request('shutdown', null), null);
      const code = await errorCode(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }));
      assert.equal(code, INVALID_REQUEST);
      client.notify('exit', null);
      assert.equal(await client.waitForExit(), 0, client.stderr);
    } finally {
      await client.kill();
    }
  });

  test('exit without shutdown ends the process with 1', async () => {
    const client = await LspClient.start();
    try {
      client.notify('exit', null);
      assert.equal(await client.waitForExit(), 1, client.stderr);
    } finally {
      await client.kill();
    }
  });
});

describe('damaged messages', () => {
  const symbolsRequest = (client: LspClient, uri: string) =>
    client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const shutdownBody = JSON.stringify({ jsonrpc: '2.0', id: 99_999, method: 'shutdown', params: null });
  const damaged: Record<string, string> = {
    'a body that is not JSON': 'Content-Length: 9\r\n\r\n{"bad": }',
    'a header without Content-Length': `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${shutdownBody}`,
    'a negative Content-Length': `Content-Length: -5\r\n\r\n${shutdownBody}`,
    'a Content-Length too small for its body': `Content-Length: 7\r\n\r\n${shutdownBody}`,
    'a Content-Length larger than its body': `Content-Length: 4000\r\n\r\n${shutdownBody}`,
    'a line of garbage instead of a header': 'hello server\r\n',
    'a Content-Length that is not a number': `Content-Length: many\r\n\r\n${shutdownBody}`,
  };
  for (const [label, bytes] of Object.entries(damaged)) {
    test(`${label}: logged, and the next well-formed request is answered`, async () => {
      const client = await LspClient.start();
      try {
        const uri = client.open(SEED);
        assert.ok((await symbolsRequest(client, uri)).length > 0);
        client.sendRaw(bytes);
        // The damaged message carried a shutdown: had it been taken for one, this request would fail.
        const symbols = await symbolsRequest(client, uri);
        assert.ok(symbols.length > 0, `${label}: the outline after it`);
        assert.ok(client.alive);
        const logged = client.notifications.some(n => n.method === 'window/logMessage' && /^cable: (ignored|a message)/.test((n.params as { message: string }).message));
        assert.ok(logged, `${label}: the server did not log it`);
      } finally {
        await client.shutdown();
      }
    });
  }

  /** Opens the seed and gives the position one character into the first line holding `words`. */
  function openSeedAt(client: LspClient, words: string): { uri: string; position: { line: number; character: number } } {
    const lines = readRepoFile(SEED).split('\n');
    const uri = client.open(SEED);
    const line = lines.findIndex(l => l.includes(words));
    return { uri, position: { line, character: lines[line]!.indexOf(words) + 1 } };
  }

  test('hover with null parameters is InvalidParams, not an internal error and not null', async () => {
    const client = await LspClient.start();
    try {
      assert.equal(await errorCode(client.request('textDocument/hover', null)), INVALID_PARAMS);
      assert.equal(await errorCode(client.request('textDocument/documentSymbol', { textDocument: null })), INVALID_PARAMS);
      assert.equal(await errorCode(client.request('workspace/symbol', null)), INVALID_PARAMS);
      assert.equal(await errorCode(client.request('cable/gazetteerEntry', null)), INVALID_PARAMS);
      assert.equal(await errorCode(client.request('cable/gazetteerEntry', { uri: 7 })), INVALID_PARAMS);
    } finally {
      await client.shutdown();
    }
  });

  test('a rename to what cannot be a name is refused with a message, never applied', async () => {
    const client = await LspClient.start();
    try {
      const { uri, position } = openSeedAt(client, 'Le Kenong');
      for (const newName of ['', '   ', 'Li\nKenong', 'Li Kenong [x]', 'Li "Kenong"', '\u0000']) {
        const code = await errorCode(client.request('textDocument/rename', { textDocument: { uri }, position, newName }));
        assert.equal(code, INVALID_PARAMS, JSON.stringify(newName));
      }
      assert.ok(await client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Li Kenong' }));
    } finally {
      await client.shutdown();
    }
  });

  test('a position that is not two whole numbers is InvalidParams, never a hover for another place', async () => {
    const client = await LspClient.start();
    try {
      const { uri, position: { line, character } } = openSeedAt(client, 'Kim Il Sung');
      // the well-formed request has a hover, so an answer for the bad ones would be one too
      assert.ok(await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character } }));
      for (const position of [{ line: String(line), character: String(character) }, { line: line + 0.5, character }, { line: -1, character: 0 }, { line }, 'here', null]) {
        const code = await errorCode(client.request('textDocument/hover', { textDocument: { uri }, position }));
        assert.equal(code, INVALID_PARAMS, JSON.stringify(position));
      }
      const bad = { start: { line: 'a', character: 0 }, end: { line: 1, character: 0 } };
      assert.equal(await errorCode(client.request('textDocument/inlayHint', { textDocument: { uri }, range: bad })), INVALID_PARAMS);
      assert.equal(await errorCode(client.request('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 0 }] })), INVALID_PARAMS);
      assert.ok(client.alive);
    } finally {
      await client.shutdown();
    }
  });
});
