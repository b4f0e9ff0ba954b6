// The web build's own parts: uri arithmetic without node:path, the workspace the browser server reads
// through the client, the host that asks the client, and bundles that hold no Node built-in.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { build } from 'esbuild';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { joinUri, relativeUnder, sameUri } from '../../server/src/lsp/uris';
import { ClientCableWorkspace } from '../../server/src/lsp/clientWorkspace';
import { browserServerHost } from '../../server/src/lsp/browserHost';
import { readFileMethod, workspaceFilesMethod } from '../../protocol/src/protocol';

const root = path.resolve(__dirname, '..', '..', '..');
const REMOTE = 'vscode-remote://127.0.0.1:8080/home/me/cables';
const never = { isCancellationRequested: false };

test('a uri below a folder gives its decoded relative path; one outside gives none', () => {
  assert.equal(relativeUnder(REMOTE, `${REMOTE}/corpus/a%20b.cable`), 'corpus/a b.cable');
  assert.equal(relativeUnder(`${REMOTE}/`, `${REMOTE}/x.cable`), 'x.cable');
  assert.equal(relativeUnder(REMOTE, 'vscode-remote://127.0.0.1:8080/home/me/cables-old/x.cable'), undefined);
  assert.equal(relativeUnder(REMOTE, 'file:///home/me/cables/x.cable'), undefined);
});

test('a configured gazetteer file joins its folder; an absolute path keeps the scheme and authority', () => {
  assert.equal(joinUri(REMOTE, '.cable/gazetteer.json'), `${REMOTE}/.cable/gazetteer.json`);
  assert.equal(joinUri(REMOTE, './my names.json'), `${REMOTE}/my%20names.json`);
  assert.equal(joinUri(REMOTE, '/srv/shared.json'), 'vscode-remote://127.0.0.1:8080/srv/shared.json');
  assert.equal(joinUri('file:///c%3A/w', 'g.json'), 'file:///c%3A/w/g.json');
});

test('uris that differ only in percent-encoding or drive-letter case are the same file', () => {
  assert.ok(sameUri('file:///c%3A/w/g.json', 'file:///C:/w/g.json'));
  assert.ok(!sameUri('file:///w/g.json', 'file:///w/h.json'));
});

function workspaceOver(files: Record<string, string>, open: TextDocument[] = [], excludes: string[] = []) {
  const reads: string[] = [];
  const documents = { get: (uri: string) => open.find(d => d.uri === uri) };
  const workspace = new ClientCableWorkspace(() => [REMOTE], documents as never, () => excludes, {
    list: async () => Object.keys(files),
    read: async uri => {
      reads.push(uri);
      return files[uri];
    },
  });
  return { workspace, reads };
}

test('the client workspace lists the cable files of its folders, in order, leaving out the excluded ones', async () => {
  const { workspace } = workspaceOver({
    [`${REMOTE}/corpus/b.cable`]: 'B',
    [`${REMOTE}/a.cable`]: 'A',
    [`${REMOTE}/drafts/c.cable`]: 'C',
    [`${REMOTE}/notes.txt`]: 'N',
    ['vscode-remote://127.0.0.1:8080/elsewhere/d.cable']: 'D',
  }, [], ['drafts/**']);
  assert.deepEqual(await workspace.listCableFiles(never), [`${REMOTE}/a.cable`, `${REMOTE}/corpus/b.cable`]);
  assert.ok(workspace.includes(`${REMOTE}/corpus/b.cable`));
  assert.ok(!workspace.includes(`${REMOTE}/drafts/c.cable`));
});

test('an open document is read from the editor, another from the client, a missing one is absent', async () => {
  const open = TextDocument.create(`${REMOTE}/a.cable`, 'cable', 3, 'edited');
  const { workspace, reads } = workspaceOver({ [`${REMOTE}/a.cable`]: 'saved', [`${REMOTE}/b.cable`]: 'B' }, [open]);
  assert.equal((await workspace.readCableFile(`${REMOTE}/a.cable`))?.getText(), 'edited');
  const b = await workspace.readCableFile(`${REMOTE}/b.cable`);
  assert.equal(b?.getText(), 'B');
  assert.equal(b?.version, -1);
  assert.equal(await workspace.readCableFile(`${REMOTE}/gone.cable`), undefined);
  assert.deepEqual(reads, [`${REMOTE}/b.cable`, `${REMOTE}/gone.cable`]);
});

test('the browser host asks the client for files and text, and a failed request reads as absent', async () => {
  const asked: Array<[string, unknown]> = [];
  const errors: string[] = [];
  const connection = {
    sendRequest: async (method: string, params?: { uri: string }) => {
      asked.push([method, params]);
      if (method === workspaceFilesMethod) return { uris: [`${REMOTE}/a.cable`] };
      if (params?.uri.endsWith('broken.json')) throw new Error('no such file');
      return { text: params?.uri.endsWith('none.json') ? null : 'text' };
    },
    console: { error: (m: string) => errors.push(m) },
  };
  const host = browserServerHost(connection as never);
  assert.equal(await host.readFile(`${REMOTE}/g.json`), 'text');
  assert.equal(await host.readFile(`${REMOTE}/none.json`), undefined);
  assert.equal(await host.readFile(`${REMOTE}/broken.json`), undefined);
  assert.equal(errors.length, 1);
  const workspace = host.createWorkspace(() => [REMOTE], { get: () => undefined } as never, () => []);
  assert.deepEqual(await workspace.listCableFiles(never), [`${REMOTE}/a.cable`]);
  assert.deepEqual(asked.map(a => a[0]), [readFileMethod, readFileMethod, readFileMethod, workspaceFilesMethod]);
  assert.deepEqual(host.gazetteerFiles([REMOTE], ['.cable/gazetteer.json', 'more.json']), { files: [`${REMOTE}/.cable/gazetteer.json`, `${REMOTE}/more.json`], refused: [] });
  // The same rule as on the disk: nothing outside the workspace folder.
  assert.deepEqual(host.gazetteerFiles([REMOTE], ['../x.json', '/etc/passwd']).files, []);
  assert.equal(host.createIndexPool, undefined, 'no worker pool: the browser server indexes on its own thread');
});

test('the web entries bundle for the browser: no Node built-in reaches them', async () => {
  for (const entry of ['client/src/browserExtension.ts', 'server/src/browserMain.ts']) {
    const result = await build({
      entryPoints: [path.join(root, entry)], bundle: true, platform: 'browser', format: 'cjs', external: ['vscode'],
      mainFields: ['browser', 'module', 'main'], write: false, logLevel: 'silent', metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some(i => i.includes('server/src/server.ts') || i.includes('client/src/common.ts')), `${entry} bundles the shared code`);
  }
});
