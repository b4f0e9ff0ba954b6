// What the client keeps of the server's answer: well-formed cables, each key once, links between them.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { copiesNote, sanitizeTimelineResult } from '../../../client/src/timeline/timelineResult';
import { cable, link, timeline } from './fixture';

test('a well-formed answer is kept as it is', () => {
  const a = cable('a', { date: '1950-10-03', sender: 'Mao Zedong', recipient: 'Filippov', from: 'Beijing', to: 'Moscow' });
  const b = cable('b', { date: '1950-10-05' });
  const answer = timeline([a, b], [link(b, a)], false);
  assert.deepEqual(sanitizeTimelineResult(JSON.parse(JSON.stringify(answer))), answer);
});

test('malformed cables are dropped, a repeated key keeps its first cable, a missing title is the label', () => {
  const a = cable('a');
  const { title: _title, ...untitled } = cable('u');
  const answer = sanitizeTimelineResult({
    cables: [
      a,
      { ...cable('a'), label: 'a second cable with the same key' },
      { ...cable('x'), key: 42 },
      { ...cable('y'), uri: '' },
      { ...cable('z'), headerRange: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } },
      { ...cable('w'), date: 19511019 },
      untitled,
      'not a cable',
      null,
    ],
    links: [],
    complete: true,
  });
  assert.deepEqual(
    answer.cables.map(c => [c.key, c.label, c.title, c.date]),
    [
      [a.key, a.label, a.title, undefined],
      ['file:///c/w.cable#0', 'undated w', 'Title of w', undefined],
      ['file:///c/u.cable#0', 'undated u', 'undated u', undefined],
    ],
  );
});

test('links survive only between known cables, once each, never from a cable to itself', () => {
  const a = cable('a');
  const b = cable('b');
  const answer = sanitizeTimelineResult({
    cables: [a, b],
    links: [link(a, b), link(a, b), link(a, a), { from: a.key, to: 'file:///elsewhere#0' }, { from: 1, to: 2 }, link(b, a)],
    complete: true,
  });
  assert.deepEqual(answer.links, [link(a, b), link(b, a)]);
});

test('an answer that is not an object is an empty, complete timeline; a missing complete flag reads as complete', () => {
  for (const value of [null, undefined, 'x', 3, []]) {
    assert.deepEqual(sanitizeTimelineResult(value), { cables: [], links: [], complete: true });
  }
  assert.equal(sanitizeTimelineResult({ cables: [] }).complete, true);
  assert.equal(sanitizeTimelineResult({ cables: [], complete: false }).complete, false);
});

test('a cable saved twice keeps its well-formed copies, and its note names their files', () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
  const answer = sanitizeTimelineResult({
    cables: [{ ...cable('a'), copies: [{ uri: 'file:///c/a%20second-copy.cable', headerRange: range }, { uri: 7, headerRange: range }, 'x'] }, { ...cable('b'), copies: [] }],
    links: [],
    complete: true,
  });
  assert.deepEqual(answer.cables[0].copies, [{ uri: 'file:///c/a%20second-copy.cable', headerRange: range }]);
  assert.equal(answer.cables[1].copies, undefined);
  assert.equal(copiesNote(answer.cables[0]), 'also in a second-copy.cable');
  assert.equal(copiesNote(answer.cables[1]), undefined);
});
