/**
 * The index worker threads over the protocol: a folder of a few hundred cables indexed by a pool
 * of workers gives the same workspace symbols, references and workspace diagnostics as the same
 * folder indexed on the main thread alone (`--index-workers=0`).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, until as untilValue } from './lspClient';

const PEOPLE = ['Cde. Roshchin', 'ROSHCHIN', 'Cde. Roschin', 'I.V. STALIN', 'Filippov', 'Cde. Testov', 'Zhou Enlai', 'Cde. Kim Il Sung'];
const FILE_COUNT = 240;

function cable(i: number): string {
  const a = PEOPLE[i % PEOPLE.length];
  const b = PEOPLE[(i * 7 + 3) % PEOPLE.length];
  return [
    `CIPHERED TELEGRAM No. ${1000 + i}`, 'From BEIJING', `Received ${1 + (i % 28)} October 1951`, 'To Cde. FILIPPOV [Stalin].', '',
    `${a} reports that ${b} agrees. Your telegram No. ${1000 + Math.max(0, i - 1)} received.`, `Met on Monday, ${1 + (i % 28)} October 1951.`,
    '', 'MAO ZEDONG',
  ].join('\n');
}

let dir: string;
const servers: LspClient[] = [];

// Indexing a folder in worker threads (and starting them) takes longer than the other waits allow.
const until = <T>(what: string, probe: () => T | undefined, timeoutMs = 60_000) => untilValue(what, probe, timeoutMs);

async function indexed(workers: number): Promise<LspClient> {
  const client = await LspClient.start({ workspaceFolder: dir, args: [`--index-workers=${workers}`] });
  servers.push(client);
  await until('the end of indexing', () => client.notifications.find(n => n.method === '$/progress' && (n.params as { value: { kind: string } }).value.kind === 'end'));
  return client;
}

const logs = (client: LspClient) => client.notifications.filter(n => n.method === 'window/logMessage').map(n => (n.params as { message: string }).message);

/** The last diagnostics published for each uri, as comparable text. */
function published(client: LspClient): Map<string, string> {
  const byUri = new Map<string, string>();
  for (const n of client.notifications) {
    if (n.method !== 'textDocument/publishDiagnostics') continue;
    const p = n.params as { uri: string; diagnostics: unknown[] };
    byUri.set(p.uri, JSON.stringify(p.diagnostics));
  }
  return byUri;
}

/** Files are indexed in the order they are read, which differs between runs: answers are compared as sets. */
const sorted = (list: unknown) => (list as unknown[]).map(x => JSON.stringify(x)).sort();

let pooled: LspClient;
let single: LspClient;

before(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cable-workers-')));
  fs.mkdirSync(path.join(dir, '.cable'));
  fs.writeFileSync(path.join(dir, '.cable', 'gazetteer.json'),
    JSON.stringify({ entries: [{ id: 'testov', kind: 'person', canonical: 'Ivan Testov', variants: [{ form: 'Testov' }] }] }));
  for (let i = 0; i < FILE_COUNT; i++) fs.writeFileSync(path.join(dir, `cable-${String(i).padStart(3, '0')}.cable`), cable(i));
  pooled = await indexed(2);
  single = await indexed(0);
});
after(async () => {
  for (const s of servers) await s.shutdown();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the pooled server indexes with worker threads, the other on the main thread', () => {
  assert.ok(logs(pooled).some(m => m.includes('indexing with 2 worker threads')), JSON.stringify(logs(pooled)));
  assert.ok(!logs(single).some(m => m.includes('worker thread')), JSON.stringify(logs(single)));
  // information, not an error (MessageType.Info is 3)
  const announced = pooled.notifications.find(n => n.method === 'window/logMessage' && (n.params as { message: string }).message.includes('indexing with'));
  assert.equal((announced?.params as { type: number }).type, 3);
});

test('both index every file', async () => {
  const status = (c: LspClient) => c.request('cable/indexStatus', null) as Promise<{ complete: boolean; files: number }>;
  assert.deepEqual(await status(pooled), { complete: true, files: FILE_COUNT });
  assert.deepEqual(await status(single), { complete: true, files: FILE_COUNT });
});

test('workspace symbols are the same, including a name from the workspace gazetteer', async () => {
  for (const query of ['roshchin', 'stalin', 'testov', 'zhou']) {
    const a = await pooled.request('workspace/symbol', { query });
    const b = await single.request('workspace/symbol', { query });
    assert.ok(Array.isArray(a) && a.length > 0, `no symbols for ${JSON.stringify(query)}`);
    assert.deepEqual(sorted(a), sorted(b), `workspace symbols for ${JSON.stringify(query)}`);
  }
});

test('references on a person are the same', async () => {
  const uri = pathToFileURL(path.join(dir, 'cable-008.cable')).href;
  const text = cable(8);
  for (const client of [pooled, single]) client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
  for (const position of [{ line: 5, character: 6 }, { line: 3, character: 10 }]) {
    const params = { textDocument: { uri }, position, context: { includeDeclaration: true } };
    const a = await pooled.request('textDocument/references', params) as unknown[];
    const b = await single.request('textDocument/references', params) as unknown[];
    assert.ok(a.length > 1, `few references at ${JSON.stringify(position)}: ${JSON.stringify(a)}`);
    assert.deepEqual(sorted(a), sorted(b), `references at ${JSON.stringify(position)}`);
  }
});

test('the workspace diagnostics of files never opened are the same', () => {
  const a = published(pooled);
  const b = published(single);
  assert.ok(a.size >= FILE_COUNT / 2, `only ${a.size} files had diagnostics`);
  assert.deepEqual(a, b);
});

test('a file changed after the workers have ended is analysed on the main thread, without starting them again', async () => {
  // The workers end after 2 s without work (IndexWorkerPool's IDLE_MS).
  await new Promise(resolve => setTimeout(resolve, 2_500));
  const file = path.join(dir, 'cable-017.cable');
  const uri = pathToFileURL(file).href;
  const before = pooled.notifications.length;
  fs.writeFileSync(file, cable(17) + '\nCde. Roschin met Zhou Enlai on 4 October 1951.\n');
  pooled.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
  await until('the changed file’s diagnostics', () => pooled.notifications.slice(before).find(n =>
    n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri));
  const starts = logs(pooled).filter(m => m.includes('indexing with 2 worker threads'));
  assert.equal(starts.length, 1, JSON.stringify(logs(pooled)));
});
