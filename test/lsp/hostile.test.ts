/**
 * Hostile documents over the protocol, at a tenth of the sizes the `hostile` bench section opens
 * (bench/hostileDocuments.ts): for each, diagnostics arrive with ranges inside the document, the
 * server answers the next hover, and the outline and semantic tokens, where asked, are valid.
 * Then a request on a large document is cancelled while its analysis runs, and a document beyond
 * the size limits gets the cheap checks and one notice. Times are the bench's business: nothing
 * here is timed, except the generous limits a hung server would exceed.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, LspError, comparePositions, contains, lineStarts, repoRoot, walkSymbols, type Diagnostic, type DocumentSymbol, type Position, type Range } from './lspClient';
import { hostileDocuments, readSamples } from '../../bench/hostileDocuments';

const REQUEST_CANCELLED = -32800;
const samples = readSamples(repoRoot);

/** Checks positions against the text's lines: a valid position names a line that exists and a character within it. */
function positionChecker(text: string): (p: Position) => boolean {
  const starts = lineStarts(text);
  const lineLength = (line: number) => {
    let end = line + 1 < starts.length ? starts[line + 1]! : text.length;
    while (end > starts[line]! && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    return end - starts[line]!;
  };
  return p => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0 &&
    p.line < starts.length && p.character <= lineLength(p.line);
}

function checkRange(valid: (p: Position) => boolean, r: Range, what: string): void {
  assert.ok(valid(r.start) && valid(r.end) && comparePositions(r.start, r.end) <= 0, `${what}: invalid range ${JSON.stringify(r)}`);
}

let client: LspClient;
before(async () => {
  client = await LspClient.start({ timeoutMs: 120_000 });
});
after(async () => {
  await client?.shutdown();
});

describe('hostile documents (a tenth of the bench sizes)', () => {
  for (const doc of hostileDocuments(0.1, samples)) {
    test(`${doc.label}: diagnostics with valid ranges, then a hover${doc.symbols ? ', the outline' : ''}${doc.tokens ? ', semantic tokens' : ''}`, async () => {
      const uri = client.open(`untitled:hostile-${doc.name}.cable`, doc.text);
      try {
        const valid = positionChecker(doc.text);
        const diagnostics: Diagnostic[] = await client.diagnostics(uri, 120_000);
        for (const d of diagnostics) checkRange(valid, d.range, `${doc.name}: ${d.code}`);
        const middle = lineStarts(doc.text).length >> 1;
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line: middle, character: 1 } });
        if (doc.symbols) {
          const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
          assert.ok(symbols.length > 0, `${doc.name}: an empty outline`);
          for (const { symbol, parent } of walkSymbols(symbols)) {
            checkRange(valid, symbol.range, `${doc.name}: ${symbol.name}`);
            assert.ok(contains(symbol.range, symbol.selectionRange), `${doc.name}: ${symbol.name} selectionRange outside its range`);
            if (parent) assert.ok(contains(parent.range, symbol.range), `${doc.name}: ${symbol.name} outside ${parent.name}`);
          }
        }
        if (doc.tokens) {
          const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
          assert.ok(data.length > 0 && data.length % 5 === 0, `${doc.name}: ${data.length} numbers of semantic tokens`);
          let line = 0;
          let character = 0;
          for (let i = 0; i < data.length; i += 5) {
            line += data[i]!;
            character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
            const end = { line, character: character + data[i + 2]! };
            checkRange(valid, { start: { line, character }, end }, `${doc.name}: token ${i / 5}`);
          }
        }
      } finally {
        client.close(uri);
      }
      assert.ok(client.alive, `${doc.name}: the server died\n${client.stderr}`);
    });
  }
});

describe('cancellation and size limits', () => {
  test('a semantic tokens request on a large document, cancelled while its analysis runs, answers RequestCancelled', async () => {
    // About 3 MB of real cables: below the limits, so every layer runs, for seconds.
    const text = samples.join('\n').repeat(300);
    const uri = client.open('untitled:hostile-cancel.cable', text);
    try {
      const id = client.nextRequestId;
      const answer = client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
      // The analysis of a document this size runs for seconds; the cancel comes while it does.
      await new Promise(resolve => setTimeout(resolve, 300));
      client.notify('$/cancelRequest', { id });
      await assert.rejects(answer, (e: unknown) => e instanceof LspError && e.code === REQUEST_CANCELLED);
      // and the server goes on: a small request is answered
      const seed = client.open('samples/seed-mao-to-filippov-1951.cable');
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: seed } });
      assert.ok(symbols.length > 0);
      client.close(seed);
    } finally {
      client.close(uri);
    }
  });

  test('a document over the line limit gets structure checks only, and one notice however often it changes', async () => {
    // 200,000 lines is the limit; an impossible date and an unclosed bracket at the top.
    const head = 'CABLE N° 1\nReceived 1135 31 September 1951\n[unclosed bracket\n';
    const text = head + 'x\n'.repeat(200_001);
    const notices = () => client.notifications.filter(n => n.method === 'window/showMessage').length;
    const before = notices();
    const uri = client.open('untitled:hostile-over-the-limit.cable', text);
    try {
      const diagnostics = await client.diagnostics(uri, 120_000);
      const codes = diagnostics.map(d => d.code);
      assert.ok(codes.includes('cable.structure.unclosedBracket'), JSON.stringify(codes));
      assert.ok(!codes.includes('cable.date.invalid'), `a date check ran on a document over the limit: ${JSON.stringify(codes)}`);
      assert.equal(notices() - before, 1, 'one notice for the document');
      const message = (client.notifications.filter(n => n.method === 'window/showMessage').at(-1)!.params as { message: string }).message;
      assert.match(message, /too large/);
      // features that need the name and date layers answer empty; the outline answers
      const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.deepEqual(data, []);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length > 0);
      client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'MFA USSR\n' }]);
      await client.diagnostics(uri, 120_000);
      assert.equal(notices() - before, 1, 'still one notice after a change');
    } finally {
      client.close(uri);
    }
  });

  test('the same text under the limit gets the date check', async () => {
    // the control for the test above: without it, a date check that never fires would pass it
    const uri = client.open('untitled:hostile-under-the-limit.cable', 'CABLE N° 1\nReceived 1135 31 September 1951\n[unclosed bracket\n' + 'x\n'.repeat(1_000));
    try {
      const codes = (await client.diagnostics(uri, 120_000)).map(d => d.code);
      assert.ok(codes.includes('cable.date.invalid') && codes.includes('cable.structure.unclosedBracket'), JSON.stringify(codes));
    } finally {
      client.close(uri);
    }
  });
});
