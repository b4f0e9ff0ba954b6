// Smart selection: word → line → field or part → inner telegram → block → document, each range
// strictly inside its parent.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { SelectionRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SelectionRangeProvider } from '../../../server/src/service/features/selectionRanges';
import { analysisSource, cancelled, documentWithCursor, joinLines, makeDocument, noToken, withCursor } from './fixture';

const forwarding = (cursorLine: number, line: string) => {
  const lines = [
    'To Cde. Filippov.',
    'I send you my telegram to Cde. Peng Dehuai.',
    '"Cde. Peng Dehuai.',
    'Hold the line.',
    'MAO ZEDONG 0530 2 May"',
    'ROSHCHIN',
  ];
  lines[cursorLine] = line;
  return joinLines(...lines);
};

const wrappedSentTime = (line1: string, line2: string) => joinLines(
  'CIPHERED TELEGRAM',
  line1,
  line2,
  'Received 17:55 19.1.1951',
  '',
  'To Cde. Filippov.',
  'Text of the message.',
  'ROSHCHIN',
);

/** The texts of the selection chain at the cursor, innermost first; asserts each range lies inside its parent. */
function chain(text: string): string[] {
  const { doc, position } = documentWithCursor(text);
  const [selection] = new SelectionRangeProvider(analysisSource()).provideSelectionRanges(doc, [position], noToken);
  assertStrictlyNested(doc, selection);
  const out: string[] = [];
  for (let s: SelectionRange | undefined = selection; s; s = s.parent) out.push(doc.getText(s.range));
  return out;
}

function assertStrictlyNested(doc: TextDocument, selection: SelectionRange): void {
  for (let s = selection; s.parent; s = s.parent) {
    const [start, end] = [doc.offsetAt(s.range.start), doc.offsetAt(s.range.end)];
    const [parentStart, parentEnd] = [doc.offsetAt(s.parent.range.start), doc.offsetAt(s.parent.range.end)];
    assert.ok(parentStart <= start && end <= parentEnd, `${JSON.stringify(doc.getText(s.range))} lies inside ${JSON.stringify(doc.getText(s.parent.range))}`);
    assert.ok(parentEnd - parentStart > end - start, `${JSON.stringify(doc.getText(s.range))} is smaller than its parent`);
  }
}

const wholeForwarding = forwarding(0, 'To Cde. Filippov.');

test('a word in an inner telegram: word → line → telegram → message and document', () => {
  // The message is the whole document here, so the two are one step.
  assert.deepEqual(chain(forwarding(3, 'Ho$|ld the line.')), [
    'Hold',
    'Hold the line.',
    '"Cde. Peng Dehuai.\nHold the line.\nMAO ZEDONG 0530 2 May"',
    wholeForwarding,
  ]);
});

test('a name in a telegram\'s salutation: word → name → salutation → telegram → message and document', () => {
  assert.deepEqual(chain(forwarding(2, '"Cde. Peng Deh$|uai.')), [
    'Dehuai',
    'Peng Dehuai',
    '"Cde. Peng Dehuai.',
    '"Cde. Peng Dehuai.\nHold the line.\nMAO ZEDONG 0530 2 May"',
    wholeForwarding,
  ]);
});

test('a word on the second line of a wrapped field: word → line → field → envelope → document', () => {
  const text = wrappedSentTime('From BEIJING 21 hours 40', 'min$|utes, 19.1.1951');
  const envelope = joinLines('CIPHERED TELEGRAM', 'From BEIJING 21 hours 40', 'minutes, 19.1.1951', 'Received 17:55 19.1.1951', '', 'To Cde. Filippov.');
  assert.deepEqual(chain(text), [
    'minutes',
    'minutes, 19.1.1951',
    '21 hours 40\nminutes, 19.1.1951',
    envelope,
    withCursor(text).text,
  ]);
});

test('a line that overlaps a field without lying inside it is left out of the chain', () => {
  // `From BEIJING 21 hours 40` holds the start of the sent field and the field runs on to the next
  // line: neither contains the other, so the line cannot be the field's child or parent.
  const text = wrappedSentTime('From BEIJING 21 hours 4$|0', 'minutes, 19.1.1951');
  const all = chain(text);
  assert.deepEqual(all.slice(0, 2), ['40', '21 hours 40\nminutes, 19.1.1951']);
  assert.ok(!all.includes('From BEIJING 21 hours 40'));
});

// Found by fuzzing: on a form feed that begins a collection, the blank first cable trimmed to an empty range on the next line.
test('on the blank separator of a collection the innermost selection still holds the cursor', () => {
  for (const text of ['$|\f\nI', '\f$|\nTo Cde. Filippov.\n=====\nROSHCHIN', '=====\n$|\n\fROSHCHIN']) {
    const { doc, position } = documentWithCursor(text);
    const [selection] = new SelectionRangeProvider(analysisSource()).provideSelectionRanges(doc, [position], noToken);
    const offset = doc.offsetAt(position);
    assert.ok(doc.offsetAt(selection.range.start) <= offset && offset <= doc.offsetAt(selection.range.end), `${JSON.stringify(text)}: ${JSON.stringify(selection.range)}`);
    assertStrictlyNested(doc, selection);
  }
});

test('one selection per position, in the order asked', () => {
  const doc = makeDocument(wholeForwarding);
  const provider = new SelectionRangeProvider(analysisSource());
  const found = provider.provideSelectionRanges(doc, [{ line: 5, character: 2 }, { line: 0, character: 10 }], noToken);
  assert.deepEqual(found.map(s => doc.getText(s.range)), ['ROSHCHIN', 'Filippov']);
});

test('a cancelled request selects nothing', () => {
  const provider = new SelectionRangeProvider(analysisSource());
  assert.deepEqual(provider.provideSelectionRanges(makeDocument(wholeForwarding), [{ line: 0, character: 1 }], cancelled), []);
});
