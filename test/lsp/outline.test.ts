/**
 * Outline, folding and selection ranges of the seed cable over the protocol, as VS Code asks for them.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LspClient, comparePositions, contains, endOf, lineContaining, lineStartingWith, positionAt, positionInLine, textOf, walkSymbols,
  type DocumentSymbol, type FoldingRange, type Range, type SelectionRange,
} from './lspClient';

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

function inDocument(r: Range): boolean {
  return comparePositions({ line: 0, character: 0 }, r.start) <= 0 && comparePositions(r.start, r.end) <= 0 && comparePositions(r.end, endOf(text)) <= 0;
}

describe('documentSymbol on the seed', () => {
  let symbols: DocumentSymbol[];
  before(async () => {
    symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  });

  test('answers hierarchical DocumentSymbols', () => {
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
    for (const s of symbols) assert.ok('selectionRange' in s, `${s.name} is a DocumentSymbol, not a SymbolInformation`);
  });

  test('the envelope is named after the cable, its route and its receipt', () => {
    const names = symbols.map(s => s.name);
    const envelope = symbols.find(s => s.name.startsWith('Cable N° 25025 — Beijing → Moscow, received 1135 19 Oct 1951'));
    assert.ok(envelope, `top-level names: ${JSON.stringify(names)}`);
    assert.equal(envelope.range.start.line, lineStartingWith(text, 'CABLE N° 25025'));
  });

  test('the message holds the inner telegram Mao Zedong → Li Kenong', () => {
    const inner = 'Telegram: Mao Zedong → Li Kenong, 0530 18 October';
    const message = symbols.find(s => (s.children ?? []).some(c => c.name === inner));
    assert.ok(message, `no top-level symbol has a child ${JSON.stringify(inner)}: ${JSON.stringify(walkSymbols(symbols).map(x => x.symbol.name))}`);
    const telegram = message.children!.find(c => c.name === inner)!;
    assert.equal(telegram.range.start.line, lineStartingWith(text, '"Cde. Le Kenong'));
    assert.equal(telegram.range.end.line, lineContaining(text, 'MAO ZEDONG 0530 18 October"'));
  });

  test('the processing footer is named after its first item', () => {
    const footer = symbols.find(s => s.name === 'Deciphered by Fedyaev 1205 19 October');
    assert.ok(footer, `top-level names: ${JSON.stringify(symbols.map(s => s.name))}`);
    assert.equal(footer.range.start.line, lineStartingWith(text, 'Deciphered by Fedyaev'));
    assert.equal(footer.range.end.line, lineStartingWith(text, '[signature] (Makarov)'));
  });

  test('top-level blocks come in order: envelope, message, footer, without overlapping', () => {
    const envelope = symbols.findIndex(s => s.name.startsWith('Cable N° 25025'));
    const message = symbols.findIndex(s => (s.children ?? []).some(c => c.name.startsWith('Telegram:')));
    const footer = symbols.findIndex(s => s.name.startsWith('Deciphered by'));
    assert.ok(envelope >= 0 && message > envelope && footer > message, `order ${envelope}, ${message}, ${footer}`);
    for (let i = 1; i < symbols.length; i++) {
      assert.ok(comparePositions(symbols[i - 1].range.end, symbols[i].range.start) <= 0,
        `${symbols[i - 1].name} overlaps ${symbols[i].name}`);
    }
  });

  test('every selectionRange lies in its range, every child in its parent, every range in the document', () => {
    const all = walkSymbols(symbols);
    assert.ok(all.length > 10, `only ${all.length} symbols`);
    for (const { symbol, parent } of all) {
      assert.ok(symbol.name.trim().length > 0, 'a symbol has a name');
      assert.ok(inDocument(symbol.range), `${symbol.name}: range ${JSON.stringify(symbol.range)} outside the document`);
      assert.ok(contains(symbol.range, symbol.selectionRange), `${symbol.name}: selectionRange ${JSON.stringify(symbol.selectionRange)} not in ${JSON.stringify(symbol.range)}`);
      if (parent) assert.ok(contains(parent.range, symbol.range), `${symbol.name} is not inside its parent ${parent.name}`);
    }
  });
});

describe('foldingRange on the seed', () => {
  let folds: FoldingRange[];
  before(async () => {
    folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
  });

  const has = (start: number, end: number) =>
    assert.ok(folds.some(f => f.startLine === start && f.endLine === end), `no fold ${start}–${end} among ${JSON.stringify(folds)}`);

  test('folds the multi-line stamp', () => {
    has(lineStartingWith(text, '[Stamp: SUBJECT TO RETURN'), lineContaining(text, '19 October 1951]'));
  });

  test('folds the inner telegram', () => {
    has(lineStartingWith(text, '"Cde. Le Kenong'), lineContaining(text, 'MAO ZEDONG 0530 18 October"'));
  });

  test('folds the processing footer', () => {
    has(lineStartingWith(text, 'Deciphered by Fedyaev'), lineStartingWith(text, '[signature] (Makarov)'));
  });

  test('every fold spans at least two lines inside the document', () => {
    const last = endOf(text).line;
    for (const f of folds) assert.ok(f.startLine < f.endLine && f.startLine >= 0 && f.endLine <= last, JSON.stringify(f));
  });
});

describe('selectionRange on the seed', () => {
  test('grows from FILIPPOV on the salutation line to its word, line, … and the whole document', async () => {
    const at = positionInLine(text, 'Cde. FILIPPOV!', 'Cde. FIL'.length);
    const answer = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [at] });
    assert.equal(answer.length, 1);
    const chain: Range[] = [];
    for (let s: SelectionRange | undefined = answer[0]; s; s = s.parent) chain.push(s.range);
    const texts = chain.map(r => textOf(text, r));
    assert.equal(texts[0], 'FILIPPOV', `innermost range: ${JSON.stringify(texts[0])}`);
    assert.ok(contains(chain[0], { start: at, end: at }), 'the innermost range holds the position');
    for (let i = 1; i < chain.length; i++) {
      assert.ok(contains(chain[i], chain[i - 1]), `range ${i} ${JSON.stringify(chain[i])} does not contain range ${i - 1} ${JSON.stringify(chain[i - 1])}`);
      assert.notDeepEqual(chain[i], chain[i - 1], `range ${i} repeats range ${i - 1}`);
    }
    assert.ok(texts.some(t => t.trim() === 'Cde. FILIPPOV!'), `no range is the salutation line: ${JSON.stringify(texts.map(t => t.slice(0, 40)))}`);
    const outer = chain[chain.length - 1];
    const firstChar = positionAt(text, text.search(/\S/));
    const lastChar = positionAt(text, text.trimEnd().length);
    assert.ok(comparePositions(outer.start, firstChar) <= 0 && comparePositions(lastChar, outer.end) <= 0,
      `the outermost range ${JSON.stringify(outer)} is not the whole document`);
    assert.ok(chain.length >= 4, `word → line → … → document needs at least 4 ranges, got ${chain.length}`);
  });

  test('answers one chain per position, each holding its position', async () => {
    const positions = [
      positionInLine(text, 'Printed by Kornushina 1250 19 October № 3007', 14),
      positionInLine(text, 'CABLE N° 25025', 10),
      { line: 0, character: 0 },
    ];
    const answer = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions });
    assert.equal(answer.length, positions.length);
    answer.forEach((s, i) => {
      assert.ok(contains(s.range, { start: positions[i], end: positions[i] }), `chain ${i} starts at ${JSON.stringify(s.range)}, not at ${JSON.stringify(positions[i])}`);
      for (let p = s; p.parent; p = p.parent) assert.ok(contains(p.parent.range, p.range));
    });
    assert.equal(textOf(text, answer[0].range), 'Kornushina');
  });
});
