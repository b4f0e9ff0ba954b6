// The parser against every fixture of test/fixtures/forms, field by field (expected.json),
// plus a few direct assertions on the seed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseCable } from '../../server/src/service/parser/parser';
import { summarize, type Expected, type ExpectedTelegram } from './fixtureSummary';

const root = path.resolve(__dirname, '../../..');
const formsDir = path.join(root, 'test/fixtures/forms');
const expected: Record<string, Expected> = JSON.parse(readFileSync(path.join(formsDir, 'expected.json'), 'utf8'));

test('every fixture has an expectation and every expectation a fixture', () => {
  const files = readdirSync(formsDir).filter(f => f.endsWith('.cable')).sort();
  assert.deepEqual(files, Object.keys(expected).sort());
  assert.ok(files.length >= 25, `only ${files.length} fixtures`);
});

/** Names compare by their last word, so `A. Vyshinsky` matches `Vyshinsky` and `Stalin Iosif Vissarionovich` matches `Stalin`. */
function sameName(want: string | null, got: string | null): boolean {
  if (want === null || got === null) return want === got;
  const w = want.toLowerCase().split(/\s+/);
  return got.toLowerCase().split(/\s+/).some(part => w.includes(part));
}

for (const [file, want] of Object.entries(expected)) {
  test(`parses ${file}`, () => {
    const text = readFileSync(path.join(formsDir, file), 'utf8');
    const got = summarize(parseCable(text));

    if (want.envelope === null) {
      assert.equal(got.envelope, null, 'no envelope expected');
    } else {
      assert.ok(got.envelope, 'an envelope');
      for (const key of ['institution', 'documentType', 'number', 'origin', 'destination', 'sent', 'received', 'copyNumber', 'distribution'] as const) {
        assert.deepEqual(got.envelope[key], want.envelope[key] ?? null, `envelope.${key}`);
      }
      for (const c of want.envelope.classification ?? []) {
        assert.ok(got.envelope.classification?.some(g => g.includes(c) || c.includes(g)), `classification ${c} in ${JSON.stringify(got.envelope.classification)}`);
      }
    }

    const telegrams = want.telegrams ?? [];
    assert.equal(got.telegrams.length, telegrams.length, `inner telegrams: ${JSON.stringify(got.telegrams)}`);
    telegrams.forEach((t: ExpectedTelegram, i) => {
      const g = got.telegrams[i];
      const where = `telegram ${i + 1}`;
      assert.deepEqual([g.firstLine, g.lastLine, g.depth, g.quoted], [t.firstLine, t.lastLine, t.depth, t.quoted], `${where}: lines, depth, quoted`);
      assert.ok(sameName(t.from, g.from), `${where}: from ${g.from}, expected ${t.from}`);
      assert.ok(sameName(t.to, g.to), `${where}: to ${g.to}, expected ${t.to}`);
      assert.equal(g.date, t.date, `${where}: date`);
    });

    assert.deepEqual(got.footer, want.footer ?? null, 'footer');
    assert.deepEqual(got.stamps, want.stamps ?? [], 'stamps');

    const doc = parseCable(text);
    assert.deepEqual(doc.repairs.map(r => ({ kind: r.kind, text: text.slice(r.span.start, r.span.end) })), want.repairs ?? [], 'repairs');
    for (const b of want.brackets ?? []) {
      const at = text.indexOf(b.text);
      assert.ok(at >= 0, `bracket text ${b.text} in the fixture`);
      const open = at + (b.text.startsWith('[') ? 0 : b.text.indexOf('['));
      const found = doc.brackets.find(x => x.span.start === open);
      assert.equal(found?.kind, b.kind, `kind of ${b.text}`);
    }
  });
}

test('the seed: blocks in order and every character covered', () => {
  const text = readFileSync(path.join(root, 'samples/seed-mao-to-filippov-1951.cable'), 'utf8');
  const doc = parseCable(text);
  assert.deepEqual(doc.blocks.map(b => b.kind), ['envelope', 'message', 'separator', 'footer']);
  let at = 0;
  for (const b of doc.blocks) {
    assert.equal(b.span.start, at);
    at = b.span.end;
  }
  assert.equal(at, text.length);
});
