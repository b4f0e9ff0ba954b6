// A worker's summaries and diagnostics reach the main thread as copies, and the index gives their
// short strings its own copies in place (`CorpusIndex.shareStrings`). Which copy a string is cannot
// be seen from JavaScript; what can is that the data reads the same afterwards, that shared
// constants (frozen) and typed arrays are left alone, and that a structured clone goes through whole.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../../server/src/service/corpus/corpusIndex';
import { mentionTable } from '../../../server/src/service/corpus/mentionTable';
import type { FileSummary } from '../../../server/src/service/corpus/types';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 8 } });

function summary(uri: string): FileSummary {
  return {
    uri,
    version: -1,
    cables: [{
      index: 0, range: range(0), headerRange: range(0), title: 'Cable N° 25025 — Beijing → Moscow', number: '25025', date: '1951-10-19',
      from: 'Beijing', to: 'Moscow', fromId: 'beijing', toId: 'moscow', recipient: 'Filippov', recipientId: 'stalin', layout: 'incoming',
    }],
    mentions: mentionTable([{ entityId: 'stalin', range: range(3), written: 'FILIPPOV', key: 'filippov', cable: 0, via: 'pseudonym' }]),
    nearMisses: [{ range: range(5), written: 'Roschin', key: 'roschin', suggestionKey: 'roshchin', entityIds: Object.freeze(['roshchin']), cable: 0 }],
    references: [],
  };
}

test('the data reads the same after its strings are shared, the typed table and frozen arrays untouched', () => {
  const index = new CorpusIndex();
  const long = `The citation “your telegram No. 3153” matches 2 cables: ${'a cable, '.repeat(10)}`;
  const diagnostics = [{ range: range(1), severity: 2, code: 'cable.date.referenceAfter', source: 'cable', message: long, relatedInformation: [{ location: { uri: 'file:///a.cable', range: range(2) }, message: 'the cited cable' }] }];
  for (const uri of ['file:///a.cable', 'file:///b.cable']) {
    const received = structuredClone(summary(uri));
    Object.freeze(received.nearMisses[0]!.entityIds);
    const table = received.mentions.data;
    const expected = structuredClone(received);
    assert.equal(index.shareStrings(received), received, 'shared in place');
    assert.deepEqual(received, expected);
    assert.equal(received.mentions.data, table);
    const sent = structuredClone(diagnostics);
    assert.deepEqual(index.shareStrings(sent), diagnostics);
    index.update(received);
  }
  assert.equal(index.size, 2);
  assert.deepEqual(index.mentionLocationsOf('stalin').toArray().map(l => l.uri), ['file:///a.cable', 'file:///b.cable']);
});

test('values that are not data are passed over', () => {
  const index = new CorpusIndex();
  class Box { constructor(public text: string) {} }
  const box = new Box('kept');
  const data = { box, list: [null, undefined, 1, 'x', [['deep']]], map: new Map([['a', 'b']]) };
  assert.equal(index.shareStrings(data), data);
  assert.equal(data.box, box);
  assert.deepEqual(data.list, [null, undefined, 1, 'x', [['deep']]]);
  assert.equal(index.shareStrings(Object.freeze({ a: 'b' })).a, 'b');
  assert.equal(index.shareStrings('alone'), 'alone');
});
