/**
 * A correct spelling that the gazetteer does not list, over the protocol: the hover names the
 * person and the romanisation system of the spelling, and the document draws no diagnostic.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspClient, contains, hoverText, rangeOf, repoRoot, type Position, type Range } from './lspClient';

const FIXTURE = 'test/fixtures/forms/49-spellings-by-system.cable';

let client: LspClient;
let uri: string;
let text: string;

before(async () => {
  client = await LspClient.start();
  uri = client.open(FIXTURE);
  text = client.text(uri);
});
after(async () => {
  await client?.shutdown();
});

/** The position `offset` characters into the first occurrence of `written`. */
function inside(written: string, offset: number): Position {
  const r = rangeOf(text, written);
  return { line: r.start.line, character: r.start.character + offset };
}

test('hover on a Wade–Giles spelling not in the gazetteer names the person and the system', async () => {
  assert.ok(!readFileSync(path.join(repoRoot, 'data', 'gazetteer.json'), 'utf8').includes("Ch'ai Ch'eng-wen"), 'the spelling must not be listed');
  const at = inside("Ch'ai Ch'eng-wen", "Ch'ai Ch'e".length);
  const raw = await client.request<{ contents: unknown; range?: Range } | null>('textDocument/hover', { textDocument: { uri }, position: at });
  const h = hoverText(raw);
  assert.match(h, /Chai Chengwen/, `hover: ${JSON.stringify(raw)}`);
  assert.match(h, /Wade–Giles/, `hover: ${JSON.stringify(raw)}`);
  assert.match(h, /not a listed spelling/, `hover: ${JSON.stringify(raw)}`);
  if (raw?.range) assert.ok(contains(raw.range, { start: at, end: at }));
});

test('hover on a Palladius spelling names Peng Dehuai and Palladius', async () => {
  const at = inside('Pyn Dehuai', 'Pyn De'.length);
  const raw = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: at });
  const h = hoverText(raw);
  assert.match(h, /Peng Dehuai/, `hover: ${JSON.stringify(raw)}`);
  assert.match(h, /Palladius/, `hover: ${JSON.stringify(raw)}`);
});
