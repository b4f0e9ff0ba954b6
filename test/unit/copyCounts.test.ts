import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { copyCountsOf } from '../../server/src/service/counts/copies';
import { parseCable } from '../../server/src/service/parser/parser';

/** The copies printed that the text's words state, as the count and the words. */
function printed(text: string): { count: number; words: string } | undefined {
  const found = copyCountsOf(parseCable(text)).printed;
  return found && { count: found.count, words: text.slice(found.span.start, found.span.end) };
}

test('copies printed: the count is read back from the words after it, in figures or in words', () => {
  assert.deepEqual(printed('The order was sent at once; 3 copies typed, one kept here.\n'), { count: 3, words: '3 copies typed' });
  assert.deepEqual(printed('As agreed, Twelve  copies\nPRINTED for the members.\n'), { count: 12, words: 'Twelve  copies\nPRINTED' });
});

test('copies printed: a count that is not a word of its own, or no count, is not read', () => {
  assert.equal(printed('Document 123 copies printed in the archive series.\n'), undefined);
  assert.equal(printed('Of the report no copies made.\n'), undefined);
  assert.equal(printed('He said the x_one copies made were lost.\n'), undefined);
});

test('copies printed: the first statement counts, even when it says nought', () => {
  assert.deepEqual(printed('First ten copies made, later 4 copies printed.\n'), { count: 10, words: 'ten copies made' });
  assert.equal(printed('First 0 copies made, later 4 copies printed.\n'), undefined);
});
