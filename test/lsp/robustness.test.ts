/**
 * Damaged documents over the protocol: the server answers for each and stays alive; incremental
 * edits leave the server's copy of the text exactly where a fresh open of the same text would.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LspClient, comparePositions, contains, endOf, positionAt, rangeOf, readRepoFile, walkSymbols,
  type DocumentSymbol, type FoldingRange, type Range, type SelectionRange, type TextDocumentContentChangeEvent,
} from './lspClient';
import { createRng } from '../../bench/random';

const SEED = 'samples/seed-mao-to-filippov-1951.cable';

let client: LspClient;
before(async () => {
  client = await LspClient.start();
});
after(async () => {
  await client?.shutdown();
});

/** A seeded stream of floats in [0, 1), the bench's own generator. */
function rng(seed: number): () => number {
  return createRng(seed).next;
}

function binaryish(seed: number, length: number): string {
  const r = rng(seed);
  let s = '';
  for (let i = 0; i < length; i++) {
    const k = r();
    if (k < 0.3) s += String.fromCharCode(Math.floor(r() * 32)); // control characters, NUL included
    else if (k < 0.5) s += String.fromCharCode(0x80 + Math.floor(r() * 0x780)); // Latin-1 .. Arabic
    else if (k < 0.6) s += String.fromCharCode(0xd800 + Math.floor(r() * 0x800)); // lone surrogates
    else if (k < 0.7) s += '[]"“”\r\n'[Math.floor(r() * 7)];
    else if (k < 0.8) s += String.fromCharCode(0x4e00 + Math.floor(r() * 0x5000)); // CJK
    else s += String.fromCharCode(0x20 + Math.floor(r() * 0x5f));
  }
  return s;
}

const seed = readRepoFile(SEED);

const damaged: Record<string, string> = {
  'empty': '',
  'one newline': '\n',
  'only blanks': ' \t \n\n \r\n  ',
  'binary-ish 1': binaryish(1, 4_000),
  'binary-ish 2': binaryish(2, 20_000),
  'binary-ish 3': binaryish(3, 1),
  'a 200 KB single line': (() => {
    const flat = seed.replace(/\s+/g, ' ');
    let s = '';
    while (s.length < 200_000) s += flat + ' ';
    return s;
  })(),
  'unbalanced brackets': '[Stamp: SUBJECT TO RETURN\nCABLE N° 1 [[[\nfrom [BEIJING received at 1135 19 October 1951\n]]] ]\n[...[\nDeciphered by X 1205 19 October [\n',
  'unbalanced quotes': '"To Cde. Filippov.\n“Cde. Mao\n"\n"""\n”Text” ”\nMAO ZEDONG 0530 18 October"\n"\nDeciphered by Fedyaev 1205 19 October\n"',
  'unclosed stamp at the end': seed + '\n[Stamp: SUBJECT TO RETURN\n\nto the IV Unit',
  'the seed with CRLF line ends': seed.replace(/\n/g, '\r\n'),
  'the seed with CR line ends': seed.replace(/\n/g, '\r'),
  'the seed cut in the middle of a word': seed.slice(0, seed.indexOf('Kenong') + 3),
  'the seed without line breaks': seed.replace(/\n+/g, ' '),
  'Chinese only': '毛泽东\n彭高[1] :\n(一九五0年十月七日)\n〔2〕同意。\n',
  'a BOM and NULs': '\ufeffCABLE N° 25025\u0000\u0000\nfrom [BEIJING]\u0000 received at 1135 19 October 1951\n',
};

function checkSymbols(symbols: DocumentSymbol[], text: string, label: string): void {
  assert.ok(Array.isArray(symbols), `${label}: documentSymbol answered ${JSON.stringify(symbols)}`);
  const end = endOf(text);
  for (const { symbol, parent } of walkSymbols(symbols)) {
    const r = symbol.range;
    assert.ok(comparePositions(r.start, r.end) <= 0 && comparePositions(r.end, end) <= 0 && r.start.line >= 0 && r.start.character >= 0,
      `${label}: ${symbol.name} has range ${JSON.stringify(r)} outside the document (end ${JSON.stringify(end)})`);
    assert.ok(contains(r, symbol.selectionRange), `${label}: ${symbol.name} selectionRange outside its range`);
    if (parent) assert.ok(contains(parent.range, r), `${label}: ${symbol.name} outside its parent ${parent.name}`);
  }
}

describe('damaged documents', () => {
  let n = 0;
  for (const [label, text] of Object.entries(damaged)) {
    test(`${label}: documentSymbol, foldingRange and selectionRange answer`, async () => {
      const uri = client.open(`untitled:damaged-${++n}.cable`, text);
      try {
        const textDocument = { uri };
        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
        checkSymbols(symbols, text, label);
        const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument });
        assert.ok(Array.isArray(folds), `${label}: foldingRange answered ${JSON.stringify(folds)}`);
        const positions = [positionAt(text, 0), positionAt(text, Math.floor(text.length / 2)), endOf(text)];
        const sel = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument, positions });
        assert.ok(Array.isArray(sel), `${label}: selectionRange answered ${JSON.stringify(sel)}`);
      } finally {
        client.close(uri);
      }
      assert.ok(client.alive, `${label}: the server died\n${client.stderr}`);
    });
  }

  test('the seed with CRLF line ends has the same outline as with LF', async () => {
    const lf = client.open('untitled:lf.cable', seed);
    const crlf = client.open('untitled:crlf.cable', damaged['the seed with CRLF line ends']);
    const a = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: lf } });
    const b = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: crlf } });
    // Line/character positions do not depend on the kind of line break, so the trees must be equal.
    assert.deepEqual(b, a);
    client.close(lf);
    client.close(crlf);
  });

  test('the server still answers for the seed after all of them', async () => {
    const uri = client.open(SEED);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some(s => s.name.startsWith('Cable N° 25025')), JSON.stringify(symbols.map(s => s.name)));
    client.close(uri);
    assert.ok(client.alive);
  });
});

describe('incremental edits', () => {
  test('changing CABLE N° 25025 to 25026 renames the envelope', async () => {
    const uri = client.open('untitled:edit-number.cable', seed);
    const at = rangeOf(seed, 'CABLE N° 25025');
    const digit: Range = { start: { line: at.end.line, character: at.end.character - 1 }, end: at.end };
    client.change(uri, [{ range: digit, text: '6' }]);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some(s => s.name.startsWith('Cable N° 25026')), JSON.stringify(symbols.map(s => s.name)));
    assert.ok(!symbols.some(s => s.name.includes('25025')), 'the old number is gone');
    client.close(uri);
  });

  test('500 random edits give the same outline, folds, semantic tokens and diagnostics as opening the edited text', async () => {
    const uri = client.open('untitled:edit-series.cable', seed);
    const r = rng(7);
    const edits: TextDocumentContentChangeEvent[][] = [
      // one change event at a time and several in one notification, as VS Code sends them
      [{ range: rangeOf(seed, 'Fedyaev'), text: 'Fedyayev' }],
      [{ range: rangeOf(seed, 'Series G.'), text: '' }],
      [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'MFA USSR\n' }],
    ];
    for (const batch of edits) client.change(uri, batch);
    // random insertions and deletions against the client's copy of the text
    for (let i = 0; i < 500; i++) {
      const text = client.text(uri);
      // never between the two characters of a CRLF pair, which no position can name
      const at = (o: number) => (text[o - 1] === '\r' && text[o] === '\n' ? o + 1 : o);
      const a = at(Math.floor(r() * text.length));
      const b = at(Math.min(text.length, a + Math.floor(r() * 40)));
      const insert = ['', '\n', '"', '[', ']', 'Deciphered by X 1205 19 October\n', '\r\n', '[Stamp: ', 'MAO ZEDONG'][Math.floor(r() * 9)];
      client.change(uri, [{ range: { start: positionAt(text, a), end: positionAt(text, b) }, text: insert }]);
    }
    const edited = client.text(uri);
    const fresh = client.open('untitled:edit-series-fresh.cable', edited);
    // Everything the server derives from the text: equal answers mean the server's copy is the client's.
    const ask = (u: string) => Promise.all([
      client.request('textDocument/documentSymbol', { textDocument: { uri: u } }),
      client.request('textDocument/foldingRange', { textDocument: { uri: u } }),
      client.request('textDocument/semanticTokens/full', { textDocument: { uri: u } }),
      client.diagnostics(u).then(ds => ds.map(d => ({ range: d.range, code: d.code, message: d.message }))),
    ]);
    assert.deepEqual(await ask(uri), await ask(fresh));
    client.close(uri);
    client.close(fresh);
  });

  test('a full-text change replaces the document', async () => {
    const uri = client.open('untitled:edit-full.cable', 'nothing here');
    client.change(uri, [{ text: seed }]);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some(s => s.name === 'Deciphered by Fedyaev 1205 19 October'), JSON.stringify(symbols.map(s => s.name)));
    client.close(uri);
  });

  test('a closed and reopened uri is parsed afresh', async () => {
    const uri = client.open('untitled:reopen.cable', seed);
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    client.close(uri);
    const other = seed.replace('CABLE N° 25025', 'CABLE N° 11111');
    client.open('untitled:reopen.cable', other); // same uri, version 1 again
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some(s => s.name.startsWith('Cable N° 11111')), JSON.stringify(symbols.map(s => s.name)));
    client.close(uri);
  });
});
