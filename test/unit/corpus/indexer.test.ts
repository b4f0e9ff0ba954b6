// The index and the indexer over an in-memory workspace: one summary per file, lookups by entity
// and by number, progress, cancellation, and the workspace's create/change/delete events.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CorpusIndexer } from '../../../server/src/service/corpus/indexer';
import { analyzeFile, defaultSettings } from '../../../server/src/service/analysis';
import { builtinGazetteer, cancelled, noToken } from '../features/fixture';
import { beijingCable } from './fixtures';
import { MemoryWorkspace, settle, uriOf } from './memoryWorkspace';

function indexerOver(workspace: MemoryWorkspace, diagnose = false) {
  return new CorpusIndexer(workspace, {
    analyze: doc => analyzeFile(doc, builtinGazetteer, defaultSettings),
    diagnose: diagnose ? () => [] : undefined,
    concurrency: 2,
  });
}

const three = () => new MemoryWorkspace({
  'a.cable': beijingCable('101', 1, 'Cde. Roshchin reports.'),
  'b.cable': beijingCable('102', 2, 'ROSHCHIN and Cde. Zhou Enlai.'),
  'c.cable': beijingCable('103', 3, 'Nothing of note.'),
});

test('indexAll reads every file once, reports progress up to the total, and is then complete', async () => {
  const ws = three();
  const indexer = indexerOver(ws);
  const seen: [number, number][] = [];
  await indexer.indexAll(noToken, (done, total) => seen.push([done, total]));
  assert.equal(indexer.index.size, 3);
  assert.equal(ws.reads, 3);
  assert.deepEqual(seen[0], [0, 3]);
  assert.deepEqual(seen[seen.length - 1], [3, 3]);
  assert.equal(indexer.complete, true);
});

test('lookups: mentions by entity id across files and spellings, cables by number, spelling counts', async () => {
  const indexer = indexerOver(three());
  await indexer.indexAll(noToken);
  const roshchin = indexer.index.mentionsOf('roshchin');
  assert.deepEqual(roshchin.map(h => [h.uri, h.item.written]), [[uriOf('a.cable'), 'Roshchin'], [uriOf('b.cable'), 'ROSHCHIN']]);
  assert.equal(indexer.index.spellingsOf('roshchin').get('roshchin'), 2);
  assert.equal(indexer.index.mentionsOf('stalin').length >= 3, true, 'FILIPPOV in each of the three');
  assert.deepEqual(indexer.index.cablesNumbered('102').map(h => h.uri), [uriOf('b.cable')]);
  assert.equal(indexer.index.filesMentioning('stalin'), 3);
});

test('a cancelled index stops and says it is not complete', async () => {
  const indexer = indexerOver(three());
  await indexer.indexAll(cancelled);
  assert.equal(indexer.index.size, 0);
  assert.equal(indexer.complete, false);
});

test('create, change and delete events update the index and its lookups', async () => {
  const ws = three();
  const indexer = indexerOver(ws, true);
  await indexer.indexAll(noToken);
  const updates: string[] = [];
  indexer.onDidUpdateFile(uri => updates.push(uri));

  ws.write('d.cable', beijingCable('104', 4, 'Cde. Roshchin again.'));
  await settle();
  assert.equal(indexer.index.mentionsOf('roshchin').length, 3);

  ws.write('a.cable', beijingCable('101', 1, 'Nobody.'));
  await settle();
  assert.equal(indexer.index.mentionsOf('roshchin').length, 2);
  assert.equal(indexer.index.spellingsOf('roshchin').get('roshchin'), 2);

  ws.delete('b.cable');
  await settle();
  assert.equal(indexer.index.get(uriOf('b.cable')), undefined);
  assert.deepEqual(indexer.index.cablesNumbered('102'), []);
  assert.deepEqual(updates, [uriOf('d.cable'), uriOf('a.cable'), uriOf('b.cable')]);
});

test('a file no longer listed (excluded or deleted) leaves the index on the next indexAll', async () => {
  const ws = three();
  const indexer = indexerOver(ws, true);
  await indexer.indexAll(noToken);
  ws.delete('c.cable');
  await indexer.indexAll(noToken);
  assert.deepEqual([...indexer.index.uris()].sort(), [uriOf('a.cable'), uriOf('b.cable')]);
});

test('an older read never overwrites a newer one', async () => {
  const ws = three();
  const indexer = indexerOver(ws);
  await indexer.indexAll(noToken);
  const first = indexer.refresh(uriOf('a.cable'));
  ws.delete('a.cable');
  await first;
  await settle();
  assert.equal(indexer.index.get(uriOf('a.cable')), undefined);
});
