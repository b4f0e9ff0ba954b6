/**
 * Property-based tests of `findTelegramReferences`: on any text — random strings, strings made of
 * citation fragments and number signs, long runs of the words the finder anchors at — it never
 * throws, and what it returns is well formed: spans inside the text and in order, the number is
 * the text at its span inside the citation, the date span lies inside the citation, a date value
 * is a day (and maybe a time). Runs are seeded, so a failure replays exactly.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, defaultSettings } from '../../../server/src/service/analysis';
import { findTelegramReferences } from '../../../server/src/service/references';
import type { Span } from '../../../server/src/service/types';
import { builtinGazetteer } from '../features/fixture';

const SEED = 20251127;

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end && inner.start <= inner.end;

function wellFormed(text: string): boolean {
  const refs = findTelegramReferences(analyzeDocument(text, builtinGazetteer, defaultSettings));
  const all = { start: 0, end: text.length };
  let previous = -1;
  for (const r of refs) {
    assert.ok(within(r.span, all) && r.span.start < r.span.end, `span ${JSON.stringify(r.span)} in a text of ${text.length}`);
    assert.ok(r.span.start >= previous, 'in text order');
    previous = r.span.start;
    if (r.number !== undefined) {
      assert.ok(r.numberSpan && within(r.numberSpan, r.span), 'the number lies in the citation');
      assert.equal(text.slice(r.numberSpan.start, r.numberSpan.end), r.number);
      assert.match(r.number, /^\d/);
    }
    if (r.dateSpan) assert.ok(within(r.dateSpan, r.span), 'the date lies in the citation');
    // a day, with its year, or without one (`--10-05`) in a text that writes none
    if (r.date !== undefined) assert.match(r.date, /^(?:\d{4}|-)-\d{2}-\d{2}(?: \d{2}:\d{2})?$/);
    assert.ok(r.via === 'header' || r.number !== undefined || r.date !== undefined || r.dateSpan !== undefined, 'a citation cites something');
  }
  return true;
}

const fragments = [
  'your telegram No. 3153', 'To No. 483/sh.', 'To your No. 2631.', 'my No. 2967', '#1405/sh dated 5 October', 'your telegram of 0115 18 October',
  'Reply to your No. ', 'in reply to your telegram No. ', 'RE: 2217/sh', 'your cable N° 25025', 'my telegram No. 5205 of 19 October', 'my [telegram] No. 3105',
  'CIPHERED TELEGRAM No. 20815', 'From PEKING', 'received at 1135 19 October 1951', 'Copy N° 2', '[Stamp: Incoming Nº 254/3612/shs 19 October 1951]',
  'Printed by Kornushina 1250 19 October № 3007', 'To Cde. Filippov.', 'MAO ZEDONG 0530 18 October"', '"Cde. Li Kenong.', 'N° 5205', 'Decision No. 204',
  'No.', 'Nº', '№', '#', 'N°', 'telegram', 'your', 'my', 'To', 'dated', 'of', '1/', '483/', '[', ']', '[Ed. note: ', '’s', "'s", '2217/sh.',
];
const joiners = [' ', '', '\n', '\r\n', ' \n', '. ', ', '];

const fragmentText = fc
  .array(fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), fc.constantFrom(...joiners)), { maxLength: 40 })
  .map((parts) => parts.map(([a, b]) => a + b).join(''));

test('never throws and returns well-formed citations on random strings', () => {
  fc.assert(fc.property(fc.string({ maxLength: 300 }), wellFormed), { seed: SEED, numRuns: 200 });
});

test('never throws and returns well-formed citations on strings of citation fragments', () => {
  fc.assert(fc.property(fragmentText, wellFormed), { seed: SEED, numRuns: 400 });
});

test('long runs of anchor words and number shapes are read (each citation found once)', () => {
  const runs = [
    'No. '.repeat(3000),
    'your telegram No. 1 '.repeat(500),
    `To No. ${'1/'.repeat(3000)}1`,
    `my telegram ${'of '.repeat(2000)}5 October`,
    `${'#'.repeat(5000)}1405/sh dated 5 October`,
    `${"'".repeat(3000)}s telegram No. 1`,
    `your${' '.repeat(5000)}telegram No. 7`,
  ];
  for (const run of runs) assert.ok(wellFormed(`To Cde. Filippov.\n${run}\nROSHCHIN`));
  const repeated = `To Cde. Filippov.\n${'your telegram No. 1 '.repeat(500)}\nROSHCHIN`;
  assert.equal(findTelegramReferences(analyzeDocument(repeated, builtinGazetteer, defaultSettings)).length, 500);
});
