// The per-file work of a cold index (what each index worker thread runs): a batch of files is
// analysed layer by layer, and each file comes out exactly as it does alone; a file that cannot be
// read or analysed is answered for itself without spoiling the rest of its batch.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileIndexing } from '../../../server/src/lsp/fileIndexing';
import { defaultSettings } from '../../../server/src/service/analysis';
import type { Gazetteer } from '../../../server/src/service/gazetteer';
import { builtinGazetteer } from '../features/fixture';

const root = path.resolve(__dirname, '..', '..', '..', '..');

/** The samples (a collection file and a folder of linked cables among them), as uri and text. */
function sampleFiles(): { uri: string; text: string }[] {
  const files: string[] = [];
  for (const dir of ['samples', 'samples/corpus']) {
    for (const name of fs.readdirSync(path.join(root, dir)).sort()) {
      if (name.endsWith('.cable')) files.push(path.join(dir, name));
    }
  }
  return files.map(f => ({ uri: `file:///ws/${f}`, text: fs.readFileSync(path.join(root, f), 'utf8') }));
}

/** A gazetteer that fails on every read, to make one file's analysis throw. */
const brokenGazetteer = new Proxy(builtinGazetteer, {
  get() {
    throw new Error('the gazetteer failed');
  },
}) as Gazetteer;

test('a batch gives every file the summary and diagnostics it gets alone', () => {
  const files = sampleFiles();
  assert.ok(files.length >= 15, 'the samples and the sample corpus');
  assert.ok(files.some(f => /^={3,}\s*$/m.test(f.text)), 'a collection file among them');
  const indexing = new FileIndexing(() => builtinGazetteer, () => defaultSettings);
  const batch = indexing.indexTexts(files, true);
  assert.equal(batch.length, files.length);
  files.forEach((f, i) => {
    const alone = indexing.indexText(f.uri, f.text, true);
    assert.equal(batch[i]!.uri, f.uri, 'in the order given');
    assert.equal(batch[i]!.error, undefined, f.uri);
    assert.deepEqual(batch[i], alone, f.uri);
  });
  assert.ok(batch.some(f => (f.diagnostics?.length ?? 0) > 0), 'some sample draws a finding');
  assert.ok(batch.every(f => f.summary!.cables.length > 0));
});

test('without diagnose, a batch gives summaries only', () => {
  const [first] = sampleFiles();
  const [indexed] = new FileIndexing(() => builtinGazetteer, () => defaultSettings).indexTexts([first!], false);
  assert.ok(indexed!.summary!.cables.length > 0);
  assert.equal(indexed!.diagnostics, undefined);
});

test('an unreadable file and a file whose analysis fails do not spoil their batch', () => {
  const [a, b, c] = sampleFiles();
  let calls = 0;
  // the second file analysed gets the broken gazetteer (each file asks for the gazetteer once)
  const indexing = new FileIndexing(() => (++calls === 2 ? brokenGazetteer : builtinGazetteer), () => defaultSettings);
  const batch = indexing.indexTexts([a!, { uri: 'file:///ws/gone.cable', text: undefined }, b!, c!], true);
  assert.deepEqual(batch.map(f => f.uri), [a!.uri, 'file:///ws/gone.cable', b!.uri, c!.uri]);
  assert.deepEqual(batch[1], { uri: 'file:///ws/gone.cable' }, 'an unread file has no summary');
  assert.match(batch[2]!.error ?? '', /the gazetteer failed/);
  assert.deepEqual(batch[2]!.summary!.cables, [], 'a failed file is indexed empty');
  const alone = new FileIndexing(() => builtinGazetteer, () => defaultSettings);
  assert.deepEqual(batch[0], alone.indexText(a!.uri, a!.text, true));
  assert.deepEqual(batch[3], alone.indexText(c!.uri, c!.text, true));
});
