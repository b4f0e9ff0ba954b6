// The fuzzer's own machinery (test/fuzz): cases replay from their seed, the minimiser shrinks to the
// failing piece and keeps the position asked at, and the checks fail on broken answers and on failures
// the service only logs.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createRng } from '../../bench/random';
import { defineRule } from '../../server/src/service/analysis/rule';
import type { CableLanguageService } from '../../server/src/service';
import { FEATURES, FuzzHarness, type CallContext } from '../fuzz/harness';
import { minimise } from '../fuzz/minimise';
import { MUTATIONS, mutateCase, type SourceCable } from '../fuzz/mutate';

const sources: SourceCable[] = [
  { name: 'a', text: 'CIPHERED TELEGRAM No. 25620\nFrom BEIJING\nReceived 17:35 13.10.1950\n---\nTo Cde. FILIPPOV [Stalin].\nROSHCHIN\n' },
  { name: 'b', text: 'Document No. 3\nTo Cde. Roshchin.\n"Mao Zedong agrees."\nFILIPPOV\n' },
];

test('a case is made from its seed alone: the same seed gives the same text, other seeds other texts', () => {
  const texts = [1, 2, 3, 4, 5].map(seed => mutateCase(createRng(seed), sources).text);
  assert.deepEqual([1, 2, 3, 4, 5].map(seed => mutateCase(createRng(seed), sources).text), texts);
  assert.ok(new Set(texts).size > 1);
});

test('every mutation returns a string and most change the text', () => {
  for (const m of MUTATIONS) {
    let changed = 0;
    for (let seed = 0; seed < 20; seed++) {
      const out = m.apply(sources[0]!.text, createRng(seed), sources);
      assert.equal(typeof out, 'string', m.name);
      if (out !== sources[0]!.text) changed++;
    }
    assert.ok(changed >= 10, `${m.name} changed ${changed} of 20`);
  }
});

test('the minimiser keeps only what the failure needs, by lines and then by characters, and carries the offset', async () => {
  const text = 'line one\nline two\nthe BAD part here\nline four\n';
  const offset = text.indexOf('BAD') + 1;
  const found = await minimise({ text, offset }, async c => c.text.includes('BAD') && c.text[c.offset] === 'A');
  assert.equal(found.text, 'BAD');
  assert.equal(found.offset, 1);
});

/** A context whose service answers what a test says, for one feature's checks. */
function contextWith(text: string, answers: Partial<CableLanguageService>): CallContext {
  const doc = TextDocument.create('file:///t.cable', 'cable', 1, text);
  const shape = { uri: doc.uri, lines: text.split('\n').map(l => l.length) };
  return { service: answers as CableLanguageService, doc, shape, shapeOf: () => shape, diagnostics: [], rng: createRng(1) };
}

const feature = (name: string) => FEATURES.find(f => f.name === name)!;

test('the checks pass a well-formed answer and fail ranges outside the text, reversed ranges and undecodable tokens', () => {
  const text = 'To Cde. FILIPPOV.\nROSHCHIN';
  const ok = contextWith(text, {
    getFoldingRanges: () => [{ startLine: 0, endLine: 1 }],
    getSemanticTokens: () => ({ data: [0, 8, 8, 1, 0, 1, 0, 8, 0, 0] }),
    getDocumentLinks: () => [{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 16 } }, target: 'file:///x.cable' }],
  });
  for (const name of ['foldingRange', 'semanticTokens', 'documentLink']) feature(name).run(ok, 0);

  assert.throws(() => feature('foldingRange').run(contextWith(text, { getFoldingRanges: () => [{ startLine: 0, endLine: 2 }] }), 0), /outside lines/);
  assert.throws(() => feature('documentLink').run(contextWith(text, {
    getDocumentLinks: () => [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 8 } } }],
  }), 0), /ends before it starts/);
  assert.throws(() => feature('semanticTokens').run(contextWith(text, { getSemanticTokens: () => ({ data: [0, 12, 8, 1, 0] }) }), 0), /runs past the line/);
  assert.throws(() => feature('semanticTokens').run(contextWith(text, { getSemanticTokens: () => ({ data: [0, 0, 2, 9, 0] }) }), 0), /outside the legend/);
  assert.throws(() => feature('semanticTokens').run(contextWith(text, { getSemanticTokens: () => ({ data: [0, 0, 4, 1, 0, 0, 2, 4, 1, 0] }) }), 0), /overlaps/);
  const edit = (l: number, a: number, b: number) => ({ range: { start: { line: l, character: a }, end: { line: l, character: b } }, newText: 'x' });
  const withActions = (edits: ReturnType<typeof edit>[]) => {
    const ctx = contextWith(text, { getCodeActions: () => [{ title: 'fix', edit: { changes: { 'file:///t.cable': edits } } }] });
    return () => feature('codeAction').run(ctx, 0);
  };
  withActions([edit(0, 0, 2), edit(0, 2, 4), edit(0, 4, 4), edit(0, 4, 4)])();
  assert.throws(withActions([edit(0, 3, 6), edit(0, 0, 4)]), /overlap/);
  assert.throws(() => feature('hover').run(contextWith(text, { getHover: () => ({ contents: { kind: 'markdown', value: 3 as unknown as string } }) }), 0), /not a string/);
});

test('a failure the service only logs counts as a failure of the feature that logged it', async () => {
  const throwing = defineRule({
    code: 'cable.date.weekday', level: 'warning', summary: 'throws',
    *check() {
      throw new Error('broken rule');
    },
  });
  const harness = await FuzzHarness.create([], [throwing]);
  const outcome = await harness.run(sources[0]!.text, createRng(1), { timed: false });
  const logged = outcome.failures.filter(f => f.kind === 'logged');
  assert.ok(logged.length > 0);
  // The index runs the rules first (its diagnostics of the file), so the failure is logged while indexing.
  assert.ok(logged.some(f => ['index', 'diagnostics'].includes(f.feature) && /broken rule/.test(f.message)));
  const clean = await (await FuzzHarness.create(sources)).run(sources[0]!.text, createRng(1), { timed: false });
  assert.deepEqual(clean.failures, []);
});
