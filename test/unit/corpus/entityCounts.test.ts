// The index keeps, for each entity, only which files mention it and how often; places, spellings
// by file and the first files of a spelling are read from the files' tables. Checked against the
// same figures counted afresh from the summaries, while files come, change and go.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../../server/src/service/corpus/corpusIndex';
import { entityIdOf, keyOf, mentionCount, mentionTable, writtenOf } from '../../../server/src/service/corpus/mentionTable';
import type { FileSummary, MentionSummary } from '../../../server/src/service/corpus/types';
import { createRng } from '../../../bench/random';

const SPELLINGS: readonly (readonly [string, string, string])[] = [
  ['stalin', 'FILIPPOV', 'filippov'],
  ['stalin', 'Filippov', 'filippov'],
  ['stalin', 'Stalin', 'stalin'],
  ['roshchin', 'Roshchin', 'roshchin'],
  ['roshchin', 'Roschin', 'roschin'],
  ['mao', 'Mao Zedong', 'mao zedong'],
];

function randomFile(uri: string, next: () => number): FileSummary {
  const mentions: MentionSummary[] = [];
  const n = Math.floor(next() * 6);
  for (let i = 0; i < n; i++) {
    const [entityId, written, key] = SPELLINGS[Math.floor(next() * SPELLINGS.length)];
    const line = Math.floor(next() * 40);
    mentions.push({ entityId, written, key, cable: 0, via: 'name', range: { start: { line, character: 2 }, end: { line, character: 9 } } });
  }
  return { uri, version: -1, cables: [], mentions: mentionTable(mentions), nearMisses: [], references: [] };
}

/** The figures counted afresh from the files' mentions. */
function expected(files: ReadonlyMap<string, FileSummary>, entityId: string, key: string) {
  let count = 0;
  const mentioning = new Set<string>();
  const spelling = new Set<string>();
  const forms = new Map<string, number>();
  for (const [uri, f] of files) {
    for (let i = 0; i < mentionCount(f.mentions); i++) {
      if (entityIdOf(f.mentions, i) !== entityId) continue;
      count++;
      mentioning.add(uri);
      if (keyOf(f.mentions, i) === key) {
        spelling.add(uri);
        const written = writtenOf(f.mentions, i);
        forms.set(written, (forms.get(written) ?? 0) + 1);
      }
    }
  }
  return { count, files: mentioning.size, spellingFiles: spelling.size, first: [...spelling].sort().slice(0, 2), forms };
}

test('entity counts, spellings by file and first files stay right as files come, change and go', () => {
  const rng = createRng(7);
  const next = () => rng.next();
  const index = new CorpusIndex();
  const files = new Map<string, FileSummary>();
  for (let step = 0; step < 400; step++) {
    const uri = `file:///c/${Math.floor(next() * 30)}.cable`;
    if (next() < 0.2) {
      index.remove(uri);
      files.delete(uri);
    } else {
      const f = randomFile(uri, next);
      index.update(f);
      files.set(uri, f);
    }
    for (const [entityId, , key] of SPELLINGS) {
      const want = expected(files, entityId, key);
      assert.equal(index.mentionCount(entityId), want.count, `mentions of ${entityId} at step ${step}`);
      assert.equal(index.filesMentioning(entityId), want.files, `files of ${entityId} at step ${step}`);
      assert.equal(index.filesSpelling(entityId, key), want.spellingFiles, `files writing ${key} at step ${step}`);
      assert.deepEqual(index.firstFilesSpelling(entityId, key, 2), want.first, `first files writing ${key} at step ${step}`);
      assert.deepEqual(new Map([...index.spellingForms(entityId, key)].sort()), new Map([...want.forms].sort()), `forms of ${key} at step ${step}`);
      assert.equal(index.mentionsOf(entityId).length, want.count);
    }
    assert.deepEqual(new Set(index.entityIds()), new Set(SPELLINGS.map(s => s[0]).filter(id => expected(files, id, '').count > 0)));
  }
});
