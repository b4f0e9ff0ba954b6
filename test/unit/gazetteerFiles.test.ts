// Which configured gazetteer files are read: only paths that stay inside a workspace folder.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gazetteerFilesIn } from '../../server/src/lsp/workspaceGazetteer';
import { nodeServerHost } from '../../server/src/lsp/nodeHost';

const root = path.resolve('/ws/project');
const folder = pathToFileURL(root).href;

test('relative paths inside the folder are read, in order, once each', () => {
  const { files, refused } = gazetteerFilesIn([folder], ['.cable/gazetteer.json', 'data/../extra.json', './.cable/gazetteer.json']);
  assert.deepEqual(files, [`${folder}/.cable/gazetteer.json`, `${folder}/extra.json`]);
  assert.deepEqual(refused, []);
});

test('absolute paths and paths leading out of the folder are refused, with a reason each', () => {
  const configured = ['/etc/passwd', 'C:\\Users\\x\\g.json', '../other/g.json', 'a/../../g.json', '..', '.', 'ok.json'];
  const { files, refused } = gazetteerFilesIn([folder], configured);
  assert.deepEqual(files, [`${folder}/ok.json`]);
  assert.equal(refused.length, 6, refused.join('\n'));
  assert.match(refused[0], /"\/etc\/passwd" is not a path relative to the workspace folder/);
  assert.match(refused[1], /is not a path relative to the workspace folder/);
  assert.match(refused[2], /"\.\.\/other\/g\.json" leads outside the workspace folder/);
});

test('under Node, a folder that is not on the disk (a virtual workspace) has no gazetteer files', () => {
  const { files, refused } = nodeServerHost({ bundleDir: '.' }).gazetteerFiles(['vscode-vfs://github/owner/repo'], ['.cable/gazetteer.json']);
  assert.deepEqual(files, []);
  assert.deepEqual(refused, []);
});
