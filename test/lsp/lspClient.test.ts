/**
 * The test client itself, against a tiny fake server: diagnostics by push and by pull, the text kept
 * in step with incremental changes, settings answered, and a server that ignores shutdown killed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspClient, rangeOf } from './lspClient';

const fake = path.join(__dirname, 'fakeServer.js');

test('push: diagnostics of the current version are collected, stale ones are not returned', async () => {
  const client = await LspClient.start({ serverPath: fake });
  try {
    assert.equal(client.supportsPullDiagnostics, false);
    const uri = client.open('untitled:a.cable', 'one BAD\ntwo');
    const first = await client.diagnostics(uri, 5_000);
    assert.deepEqual(first.map(d => [d.code, d.range.start.line, d.range.start.character]), [['fake.bad', 0, 4]]);
    client.change(uri, [{ range: rangeOf('one BAD\ntwo', 'two'), text: 'BAD BAD' }]);
    const second = await client.diagnostics(uri, 5_000);
    assert.deepEqual(second.map(d => [d.range.start.line, d.range.start.character]), [[0, 4], [1, 0], [1, 4]]);
    assert.equal(await client.request('fake/text', { uri }), client.text(uri));
    // A change sent before the previous push arrives: only the new version's diagnostics count.
    const quick = client.open('untitled:quick.cable', 'BAD');
    client.change(quick, [{ text: 'fine' }]);
    assert.deepEqual(await client.diagnostics(quick, 5_000), []);
  } finally {
    await client.shutdown();
  }
  assert.equal(client.code, 0);
});

test('push: waiting for diagnostics that never come fails with a clear message', async () => {
  const client = await LspClient.start({ serverPath: fake });
  try {
    await assert.rejects(client.diagnostics('untitled:never-opened.cable', 500), /no diagnostics for untitled:never-opened\.cable/);
  } finally {
    await client.shutdown();
  }
});

test('pull: textDocument/diagnostic is used when the server offers it', async () => {
  const client = await LspClient.start({ serverPath: fake, args: ['--pull'] });
  try {
    assert.equal(client.supportsPullDiagnostics, true);
    const uri = client.open('untitled:b.cable', 'BAD');
    const d = await client.diagnostics(uri);
    assert.deepEqual(d.map(x => x.code), ['fake.bad']);
    assert.equal(client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics').length, 0);
  } finally {
    await client.shutdown();
  }
});

test('workspace/configuration is answered with the settings the test gives', async () => {
  const client = await LspClient.start({ serverPath: fake, settings: { fake: { level: 3 } } });
  try {
    let seen: unknown;
    for (let i = 0; i < 50 && (seen = await client.request('fake/settings', null)) === 'not asked yet'; i++) await new Promise(r => setTimeout(r, 20));
    assert.deepEqual(seen, { level: 3 });
  } finally {
    await client.shutdown();
  }
});

test('a server that never answers shutdown is killed', async () => {
  const client = await LspClient.start({ serverPath: fake, args: ['--ignore-shutdown'] });
  await client.shutdown(500);
  assert.equal(client.alive, false);
});

test('a request that is never answered times out', async () => {
  const client = await LspClient.start({ serverPath: fake, args: ['--ignore-shutdown'] });
  try {
    await assert.rejects(client.request('shutdown', null, 300), /shutdown timed out after 300 ms/);
  } finally {
    await client.kill();
  }
});
