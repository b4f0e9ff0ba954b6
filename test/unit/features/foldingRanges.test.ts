// Folding: one range per block of two or more lines, editorial notes folded as comments,
// nothing folded twice, blank lines a block owns left out.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { FoldingRange } from 'vscode-languageserver-types';
import { FoldingRangeProvider } from '../../../server/src/service/features/foldingRanges';
import { analysisSource, cancelled, joinLines, makeDocument, noToken } from './fixture';

function folds(text: string): string[] {
  const provider = new FoldingRangeProvider(analysisSource());
  return provider.provideFoldingRanges(makeDocument(text), noToken).map(describe);
}

/** `3-7` for a range without a kind, `0-1 comment` with one. */
function describe(f: FoldingRange): string {
  return `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`;
}

test('every block of two or more lines folds; notes fold as comments, the rest have no kind', () => {
  assert.deepEqual(folds(joinLines(
    '[Source: Archive of the President,',
    'fond 45, opis 1.]',
    '',
    'CIPHERED TELEGRAM',
    'From PEKING',
    'Received 12:00 3.5.1951',
    '',
    'To Cde. Filippov.',
    'Text of the message.',
    'ROSHCHIN',
    '',
    'Deciphered by Fedyaev 1205 3 May',
    'Printed by Kornushina 1250 3 May',
    '',
    '[1] The telegram is kept in fond 45.',
    '[2] A second note.',
  )), ['0-1 comment', '3-7', '8-9', '11-12', '14-15 comment']);
});

test('an inner telegram folds inside its message, the outer range first', () => {
  assert.deepEqual(folds(joinLines(
    'To Cde. Filippov.',
    'I send you my telegram to Cde. Peng Dehuai.',
    '"Cde. Peng Dehuai.',
    'Hold the line.',
    'MAO ZEDONG 0530 2 May"',
    'ROSHCHIN',
  )), ['0-5', '2-4']);
});

test('a telegram that fills its whole message folds once, not twice', () => {
  assert.deepEqual(folds(joinLines(
    'CIPHERED TELEGRAM',
    'From PEKING',
    '',
    '"Cde. Peng Dehuai.',
    'Hold the line.',
    'MAO ZEDONG 0530 2 May"',
  )), ['0-1', '3-5']);
});

test('a block ends at its last written line: the blank lines it owns are not folded', () => {
  assert.deepEqual(folds(joinLines(
    'To Cde. Filippov.',
    '',
    'Text of the message.',
    '',
    '',
    '[Stamp: Incoming N 254]',
    '',
    '',
  )), ['0-2']);
});

test('a single-line block is not folded', () => {
  assert.deepEqual(folds(joinLines('Text of the message.', '', '[Stamp: Incoming N 254]')), []);
  assert.deepEqual(folds(''), []);
});

test('a cancelled request folds nothing', () => {
  const provider = new FoldingRangeProvider(analysisSource());
  assert.deepEqual(provider.provideFoldingRanges(makeDocument(joinLines('To Cde. Filippov.', 'Text.', 'ROSHCHIN')), cancelled), []);
});
