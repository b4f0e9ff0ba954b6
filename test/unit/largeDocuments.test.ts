// The facade's size limits and findings cap: a document beyond the limits is only parsed and
// checked for its structure; a document with more findings than the cap reports the first ones and
// says how many there were. The limits are narrowed here so that small texts cross them.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCableLanguageService, defaultSettings, MAX_DIAGNOSTICS, type DocumentLimits } from '../../server/src/service';
import { GazetteerManager } from '../../server/src/service/gazetteer';

const root = path.resolve(__dirname, '../../..');
const seedText = readFileSync(path.join(root, 'samples/seed-mao-to-filippov-1951.cable'), 'utf8');
const manager = new GazetteerManager();

function service(limits?: DocumentLimits, levels: Record<string, string> = {}) {
  const settings = { ...defaultSettings, diagnosticLevels: { ...defaultSettings.diagnosticLevels, ...levels } } as typeof defaultSettings;
  return createCableLanguageService({ gazetteer: () => manager.gazetteer, settings: () => settings, ...(limits ? { limits } : {}) });
}

const doc = (text: string, uri = 'file:///doc.cable') => TextDocument.create(uri, 'cable', 1, text);
const position = (d: TextDocument, needle: string) => d.positionAt(d.getText().indexOf(needle) + 1);

test('over the line limit: structure checks only, no hovers or tokens, the outline still answers', () => {
  const text = seedText + '\n[unclosed bracket\n';
  const small = service({ characters: 1e9, lines: 10 });
  const normal = service();
  const d = doc(text);
  assert.equal(small.isLargeDocument(d), true);
  assert.equal(normal.isLargeDocument(d), false);
  const codes = (s: typeof small) => s.computeDiagnostics(d).map(x => String(x.code));
  assert.ok(codes(normal).includes('cable.name.variant'), 'the control: the full checks find the seed\'s variant');
  assert.ok(codes(small).includes('cable.structure.unclosedBracket'));
  assert.deepEqual(codes(small).filter(c => !c.startsWith('cable.structure.')), []);
  assert.ok(normal.getHover(d, position(d, 'FILIPPOV')));
  assert.equal(small.getHover(d, position(d, 'FILIPPOV')), null);
  assert.ok(normal.getSemanticTokens(d).data.length > 0);
  assert.deepEqual(small.getSemanticTokens(d).data, []);
  assert.ok(small.getDocumentSymbols(d).length > 0);
});

test('over the character limit likewise; the analysis steps stop after the parse', () => {
  const d = doc(seedText);
  const small = service({ characters: 100, lines: 1e9 });
  assert.equal(small.isLargeDocument(d), true);
  assert.equal([...small.analysisSteps(d)].length, 1, 'one cable, parsed only');
  assert.equal([...service().analysisSteps(d)].length, 3, 'one cable: parse, dates, names');
});

test('lone carriage returns count as lines', () => {
  const d = doc('a\rb\rc\rd\r');
  assert.equal(service({ characters: 1e9, lines: 4 }).isLargeDocument(d), true);
  assert.equal(service({ characters: 1e9, lines: 5 }).isLargeDocument(d), false);
});

test(`more than ${MAX_DIAGNOSTICS} findings: the first ones in order, after one that says how many there were`, () => {
  const count = MAX_DIAGNOSTICS + 500;
  const d = doc('[x\n'.repeat(count));
  const found = service().computeDiagnostics(d);
  assert.equal(found.length, MAX_DIAGNOSTICS + 1);
  assert.equal(found[0]!.code, 'cable.diagnostics.truncated');
  assert.match(String(found[0]!.message), new RegExp(`${count.toLocaleString('en')} findings`));
  assert.deepEqual(found.slice(1).map(x => x.range.start.line), Array.from({ length: MAX_DIAGNOSTICS }, (_, i) => i));
  const silenced = service(undefined, { 'cable.diagnostics.truncated': 'ignore' }).computeDiagnostics(d);
  assert.equal(silenced.length, MAX_DIAGNOSTICS);
  assert.ok(silenced.every(x => x.code === 'cable.structure.unclosedBracket'));
});
