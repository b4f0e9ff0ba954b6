/**
 * Hovers over the protocol: a cover name resolves to its person, a date-time is normalised with its
 * time zone and role. (Written ahead of the hover feature: these fail until it lands.)
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, contains, hoverText, positionInLine, rangeOf, type Position, type Range } from './lspClient';

const SEED = 'samples/seed-mao-to-filippov-1951.cable';

let client: LspClient;
let uri: string;
let text: string;

before(async () => {
  client = await LspClient.start();
  uri = client.open(SEED);
  text = client.text(uri);
});
after(async () => {
  await client?.shutdown();
});

async function hover(position: Position): Promise<{ text: string; range?: Range; raw: unknown }> {
  const raw = await client.request<{ contents: unknown; range?: Range } | null>('textDocument/hover', { textDocument: { uri }, position });
  return { text: hoverText(raw), range: raw?.range, raw };
}

test('the server advertises hover', () => {
  assert.ok(client.capabilities.hoverProvider, `capabilities: ${JSON.stringify(client.capabilities)}`);
});

test('hover on FILIPPOV in the salutation names Joseph Stalin and his office on the cable\'s date first', async () => {
  const at = positionInLine(text, 'Cde. FILIPPOV!', 'Cde. FILI'.length);
  const h = await hover(at);
  assert.match(h.text.split('\n')[0] ?? '', /^\*\*FILIPPOV\*\* — cover name of \*\*Joseph Stalin\*\*, Chairman of the Council of Ministers of the USSR \(on 19 Oct 1951\)$/, `hover: ${JSON.stringify(h.raw)}`);
  const contents = (h.raw as { contents?: { kind?: string } }).contents;
  if (contents && typeof contents === 'object' && 'kind' in contents) assert.equal(contents.kind, 'markdown', 'the client asked for markdown');
  if (h.range) {
    assert.ok(contains(h.range, { start: at, end: at }), `hover range ${JSON.stringify(h.range)} does not hold the position`);
  }
});

test('hover on FILIPPOV in the envelope addressee line names Joseph Stalin too', async () => {
  const h = await hover(positionInLine(text, 'to Cde. FILIPPOV', 'to Cde. FI'.length));
  assert.match(h.text, /Joseph Stalin/, `hover: ${JSON.stringify(h.raw)}`);
});

test('hover on the receipt time 1135 19 October 1951 gives the normalised date, the time, Moscow and the role', async () => {
  const r = rangeOf(text, '1135 19 October 1951');
  const at = { line: r.start.line, character: r.start.character + '1135 1'.length };
  const h = await hover(at);
  assert.ok(h.text.includes('1951-10-19'), `no 1951-10-19 in ${JSON.stringify(h.text)}`);
  assert.ok(h.text.includes('11:35'), `no 11:35 in ${JSON.stringify(h.text)}`);
  assert.match(h.text, /Moscow/, `no time zone Moscow in ${JSON.stringify(h.text)}`);
  assert.match(h.text, /received/i, `no role "received" in ${JSON.stringify(h.text)}`);
  if (h.range) assert.ok(contains(h.range, { start: at, end: at }), `hover range ${JSON.stringify(h.range)} does not hold the position`);
});

test('hover on an empty line answers null or an empty hover, never an error', async () => {
  const h = await hover({ line: 0, character: 0 });
  assert.equal(h.text.trim(), '', `unexpected hover on a blank line: ${JSON.stringify(h.raw)}`);
});
