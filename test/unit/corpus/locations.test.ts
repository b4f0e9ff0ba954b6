// The index's locations of an entity come in reading order (file by uri, then place in the file)
// whatever order the files were indexed in and the mentions summarised in.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../../server/src/service/corpus/corpusIndex';
import { mentionTable } from '../../../server/src/service/corpus/mentionTable';
import { sortLocations } from '../../../server/src/service/features/references';
import type { FileSummary, MentionSummary } from '../../../server/src/service/corpus/types';

function mention(line: number, character: number, entityId = 'stalin'): MentionSummary {
  const range = { start: { line, character }, end: { line, character: character + 8 } };
  return { entityId, range, written: 'FILIPPOV', key: 'filippov', cable: 0, via: 'pseudonym' };
}

function file(uri: string, mentions: MentionSummary[]): FileSummary {
  return { uri, version: -1, cables: [], mentions: mentionTable(mentions), nearMisses: [], references: [] };
}

test('mention locations: files in uri order, each file in text order, without sorting them all', () => {
  const index = new CorpusIndex();
  index.update(file('file:///c/b.cable', [mention(4, 1), mention(2, 7), mention(2, 3, 'mao'), mention(2, 3)]));
  index.update(file('file:///c/a.cable', [mention(1, 0), mention(9, 2)]));
  index.update(file('file:///c/B.cable', [mention(0, 0)]));
  const expected = sortLocations(index.mentionsOf('stalin').map(h => ({ uri: h.uri, range: h.item.range })));
  const got = index.mentionLocationsOf('stalin').toArray();
  assert.deepEqual(got, expected);
  assert.deepEqual(got.map(l => `${l.uri.slice(10)}:${l.range.start.line}:${l.range.start.character}`),
    ['B.cable:0:0', 'a.cable:1:0', 'a.cable:9:2', 'b.cable:2:3', 'b.cable:2:7', 'b.cable:4:1']);
  assert.deepEqual(index.mentionLocationsOf('nobody').toArray(), []);
  // An entity in few of the files sorts its own; the uri order follows files leaving and coming back.
  index.update(file('file:///c/0.cable', [mention(5, 5, 'mao')]));
  assert.deepEqual(index.mentionLocationsOf('mao').toArray().map(l => l.uri), ['file:///c/0.cable', 'file:///c/b.cable']);
  index.remove('file:///c/a.cable');
  index.update(file('file:///c/A.cable', [mention(3, 0)]));
  assert.deepEqual(index.mentionLocationsOf('stalin').toArray().map(l => l.uri.slice(10)), ['A.cable', 'B.cable', 'b.cable', 'b.cable', 'b.cable']);
});
