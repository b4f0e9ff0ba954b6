/**
 * Completion over the protocol: the server advertises it with resolve, offers a name's spellings
 * with the office on the cable's date, month names after a day, and documents an item on resolve.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, endOf, readRepoFile, type Position } from './lspClient';

const SEED = 'samples/seed-mao-to-filippov-1951.cable';

interface Item { label: string; detail?: string; documentation?: { kind: string; value: string } | string; data?: unknown; textEdit?: { newText: string } }
interface List { isIncomplete: boolean; items: Item[] }

let client: LspClient;

before(async () => {
  client = await LspClient.start({ capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } } } } });
});
after(async () => {
  await client?.shutdown();
});

/** The seed cable (received 19 October 1951) with `typed` written on a new last line; the completion there. */
async function completeAfter(name: string, typed: string): Promise<List> {
  const uri = client.open(`completion-${name}.cable`, `${readRepoFile(SEED).trimEnd()}\n\n${typed}`);
  const position: Position = endOf(client.text(uri));
  const answer = await client.request<List | Item[] | null>('textDocument/completion', { textDocument: { uri }, position });
  assert.ok(answer, 'a completion answer');
  return Array.isArray(answer) ? { isIncomplete: false, items: answer } : answer;
}

test('the server advertises completion with resolve', () => {
  assert.deepEqual(client.capabilities.completionProvider, { resolveProvider: true });
});

test('a Wade–Giles prefix offers Zhou Enlai with his office on the cable\u2019s date, documented on resolve', async () => {
  const list = await completeAfter('zhou', 'Cde. Chou');
  const item = list.items.find(i => i.label === 'Chou En-lai');
  assert.ok(item, `items: ${list.items.map(i => i.label).join(', ')}`);
  assert.match(item.detail ?? '', /^Zhou Enlai — Premier/);
  assert.equal(item.documentation, undefined);
  const resolved = await client.request<Item>('completionItem/resolve', item);
  assert.ok(resolved.documentation && typeof resolved.documentation === 'object', JSON.stringify(resolved));
  assert.equal(resolved.documentation.kind, 'markdown');
  assert.match(resolved.documentation.value, /On 19 October 1951: Premier/);
});

test('after a day number, the month names', async () => {
  const list = await completeAfter('month', 'Your telegram of 18 Oc');
  assert.deepEqual(list.items.map(i => i.label), ['October']);
});
