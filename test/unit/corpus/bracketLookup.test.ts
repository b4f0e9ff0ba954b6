/**
 * The innermost bracket holding a span, found by climbing from the last bracket that starts
 * before it, against the plain scan of every bracket it replaced.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BracketLookup } from '../../../server/src/service/corpus/summarize';
import { parseCable } from '../../../server/src/service/parser/parser';
import type { EditorialBracket } from '../../../server/src/service/parser/ast';
import type { Span } from '../../../server/src/service/types';

const repoRoot = path.resolve(__dirname, '../../../..');

/** The reference: the last bracket in order that holds the span. */
function scan(brackets: readonly EditorialBracket[], span: Span): EditorialBracket | undefined {
  let found: EditorialBracket | undefined;
  for (const b of brackets) if (b.span.start <= span.start && span.end <= b.span.end) found = b;
  return found;
}

function texts(): string[] {
  const out: string[] = [];
  for (const dir of ['samples', 'test/fixtures/forms', 'test/fixtures/faulty']) {
    for (const f of fs.readdirSync(path.join(repoRoot, dir))) if (f.endsWith('.cable')) out.push(fs.readFileSync(path.join(repoRoot, dir, f), 'utf8'));
  }
  // nesting, unclosed brackets, brackets over line ends, stamps
  out.push('[a [b [c] d] e] [f] [[g]] [h\n[i] j] [Stamp: k [l]\nm]\n[n [o\n', '[“"(' + '[x [y] z]'.repeat(50) + ')"”]');
  return out;
}

test('the innermost bracket found by climbing is the one a scan of all brackets finds, at every offset', () => {
  for (const text of texts()) {
    const brackets = parseCable(text).brackets;
    const lookup = new BracketLookup(brackets);
    for (let start = 0; start < text.length; start++) {
      for (const length of [0, 1, 5]) {
        const span = { start, end: Math.min(text.length, start + length) };
        assert.equal(lookup.innermost(span), scan(brackets, span), `${JSON.stringify(text.slice(start, start + 20))} at ${start}+${length}`);
      }
    }
  }
});

test('a span outside every bracket has none, and one in the middle of a deep nest finds the deepest', () => {
  const text = '['.repeat(1000) + 'x' + ']'.repeat(1000) + ' y';
  const brackets = parseCable(text).brackets;
  const lookup = new BracketLookup(brackets);
  assert.equal(lookup.innermost({ start: text.length - 1, end: text.length }), undefined);
  const deepest = lookup.innermost({ start: 1000, end: 1001 });
  assert.deepEqual(deepest?.span, { start: 999, end: 1002 });
});
