/**
 * An index worker's heap limit (`--index-worker-heap=MB`): a collection file too large for a
 * worker's heap ends that worker, and is analysed on the main thread instead; the other files are
 * indexed as usual, and the folder's index is complete.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, repoRoot, until } from './lspClient';

/** One short cable of the collection, numbered `n`. */
function cable(n: number): string {
  return [
    `CIPHERED TELEGRAM No. ${n}`, 'From BEIJING', `Received ${1 + (n % 28)} October 1951`, 'To Cde. FILIPPOV [Stalin].', '',
    `Cde. Roshchin reports that Zhou Enlai agrees. Your telegram No. ${n - 1} received.`, '', 'MAO ZEDONG',
  ].join('\n');
}

const SMALL_FILES = 40;
/** The sample cables, again and again: about 2 MB, more than a worker limited to 48 MB can analyse. */
function largeCollection(): string {
  const samples = fs.readdirSync(path.join(repoRoot, 'samples')).filter(f => f.endsWith('.cable')).map(f => fs.readFileSync(path.join(repoRoot, 'samples', f), 'utf8'));
  const cables: string[] = [];
  for (let length = 0; length < 2_000_000; length += cables[cables.length - 1].length) cables.push(samples[cables.length % samples.length]);
  cables.push(cable(LAST));
  return cables.join('\n\n==========\n\n');
}
const LAST = 199_999;

let dir: string;
let client: LspClient;

before(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cable-worker-heap-')));
  for (let i = 0; i < SMALL_FILES; i++) fs.writeFileSync(path.join(dir, `cable-${String(i).padStart(3, '0')}.cable`), cable(1000 + i));
  fs.writeFileSync(path.join(dir, 'collection.cable'), largeCollection());
  client = await LspClient.start({ workspaceFolder: dir, args: ['--index-workers=2', '--index-worker-heap=48'] });
  await until('the end of indexing', () => client.notifications.find(n => n.method === '$/progress' && (n.params as { value: { kind: string } }).value.kind === 'end'), 120_000);
});
after(async () => {
  await client?.shutdown();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const logs = () => client.notifications.filter(n => n.method === 'window/logMessage').map(n => (n.params as { message: string }).message);

test('the worker that ran out of memory is named in the log, and the pool goes on', () => {
  const messages = logs();
  assert.ok(messages.some(m => m.includes('indexing with 2 worker threads')), JSON.stringify(messages));
  assert.ok(messages.some(m => /an index worker ran out of memory on a batch of \d+ files? .*analysed on the main thread/.test(m)), JSON.stringify(messages));
  assert.ok(!messages.some(m => m.includes('worker threads unavailable')), JSON.stringify(messages));
});

test('every file is indexed, the large collection among them', async () => {
  assert.deepEqual(await client.request('cable/indexStatus', null), { complete: true, files: SMALL_FILES + 1 });
  const symbols = await client.request('workspace/symbol', { query: String(LAST) }) as { name: string; location: { uri: string } }[];
  assert.ok(symbols.some(s => s.name.includes(String(LAST)) && s.location.uri.endsWith('/collection.cable')), JSON.stringify(symbols.slice(0, 5)));
  const small = await client.request('workspace/symbol', { query: '1039' }) as { name: string; location: { uri: string } }[];
  assert.ok(small.some(s => s.location.uri.endsWith('/cable-039.cable')), JSON.stringify(small.slice(0, 5)));
});
