// The outline of the fixture cables: the symbols each fixture's expected.json lists under `outline`
// must appear, by exact name (and detail, when given), anywhere in the symbol tree.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createCableLanguageService, defaultSettings } from '../../server/src/service';
import { GazetteerManager } from '../../server/src/service/gazetteer';
import type { ExpectedSymbol } from './fixtureSummary';

const root = path.resolve(__dirname, '../../..');
const manager = new GazetteerManager();
const service = createCableLanguageService({ gazetteer: () => manager.gazetteer, settings: () => defaultSettings });

function outlineOf(file: string): DocumentSymbol[] {
  const doc = TextDocument.create(`file:///${file}`, 'cable', 1, readFileSync(path.join(root, file), 'utf8'));
  const flat: DocumentSymbol[] = [];
  const walk = (xs: DocumentSymbol[]) => xs.forEach(x => { flat.push(x); walk(x.children ?? []); });
  walk(service.getDocumentSymbols(doc));
  return flat;
}

for (const dir of ['test/fixtures/forms', 'test/fixtures/faulty']) {
  const expected: Record<string, { outline?: ExpectedSymbol[] }> = JSON.parse(readFileSync(path.join(root, dir, 'expected.json'), 'utf8'));
  for (const [file, want] of Object.entries(expected)) {
    if (!want.outline) continue;
    test(`outline of ${path.basename(dir)}/${file}`, () => {
      const flat = outlineOf(path.posix.join(dir, file));
      const names = flat.map(s => `${s.name} [${s.detail}]`);
      for (const w of want.outline!) {
        const found = flat.filter(s => s.name === w.name);
        assert.ok(found.length > 0, `no symbol ${JSON.stringify(w.name)} among ${JSON.stringify(names, null, 1)}`);
        if (w.detail !== undefined) assert.ok(found.some(s => s.detail === w.detail), `${w.name}: details ${JSON.stringify(found.map(s => s.detail))}, expected ${w.detail}`);
      }
    });
  }
}

test('an impossible date is never shown normalised in the outline', () => {
  const flat = outlineOf('test/fixtures/faulty/13-date-invalid-signature-line.cable');
  const shown = flat.filter(s => /1949-09-31/.test(`${s.name} ${s.detail}`));
  assert.deepEqual(shown.map(s => s.name), []);
  assert.ok(flat.some(s => s.detail === '1949-10-01 18:20'), 'a possible date keeps its normalised detail');
});

test('the closing quote of a quoted letter opens no second telegram inside it', () => {
  const flat = outlineOf('test/fixtures/forms/42-quoted-letter-with-list.cable');
  assert.deepEqual(flat.filter(s => /^Telegram/.test(s.name)).map(s => s.name), ['Telegram: Kim Il Sung → Stalin']);
});
