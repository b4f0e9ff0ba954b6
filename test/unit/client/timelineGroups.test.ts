// The Cables view's tree: by date (year → month → cable) and by channel, undated last, stable order.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { groupTimeline, type TimelineNode } from '../../../client/src/timeline/timelineGroups';
import { channelOf, parseTimelineDate } from '../../../client/src/timeline/timelineModel';
import { cable } from './fixture';

/** The tree as nested [label, children] pairs, cables by their name (the label's last word). */
function shape(nodes: readonly TimelineNode[]): unknown[] {
  return nodes.map(n => (n.kind === 'cable' ? n.cable.label.split(' ').pop() : [n.label, shape(n.children)]));
}

const maoToFilippov = { sender: 'Mao Zedong', recipient: 'Filippov' };
const filippovToMao = { sender: 'Filippov', recipient: 'Mao Zedong' };

test('by date: years, then months, then cables, in date order whatever order the server sent', () => {
  const cables = [
    cable('c', { date: '1951-10-19', ...maoToFilippov }),
    cable('a', { date: '1950-10-03', ...maoToFilippov }),
    cable('b', { date: '1950-11-08 09:00', ...filippovToMao }),
    cable('d', { date: '1951-01-02', ...filippovToMao }),
  ];
  assert.deepEqual(shape(groupTimeline(cables, 'date')), [
    ['1950', [['October', ['a']], ['November', ['b']]]],
    ['1951', [['January', ['d']], ['October', ['c']]]],
  ]);
});

test('by date: groups have stable ids and count the cables under them', () => {
  const cables = [cable('a', { date: '1950-10-03' }), cable('b', { date: '1950-10-05' }), cable('c', { date: '1951-02-01' })];
  const [y1950, y1951] = groupTimeline(cables, 'date');
  assert.equal(y1950.kind, 'year');
  assert.deepEqual([y1950.id, y1950.count, y1951.id, y1951.count], ['date:1950', 2, 'date:1951', 1]);
  const october = y1950.children[0];
  assert.ok(october.kind === 'month');
  assert.deepEqual([october.id, october.label, october.count], ['date:1950-10', 'October', 2]);
  assert.deepEqual(
    october.children.map(c => c.id),
    ['cable:file:///c/a.cable#0', 'cable:file:///c/b.cable#0'],
  );
});

test('by date: same-day cables keep the server order, and the time of day sorts within a day', () => {
  const cables = [
    cable('second', { date: '1950-10-07' }),
    cable('first', { date: '1950-10-07' }),
    cable('evening', { date: '1950-10-06 21:30' }),
    cable('morning', { date: '1950-10-06 08:15' }),
  ];
  assert.deepEqual(shape(groupTimeline(cables, 'date')), [['1950', [['October', ['morning', 'evening', 'second', 'first']]]]]);
});

test('by date: undated cables, and dates the timeline cannot read, come last under Undated in server order', () => {
  const cables = [
    cable('none'),
    cable('dated', { date: '1950-10-07' }),
    cable('feb30', { date: '1951-02-30' }),
    cable('monthOnly', { date: '1951-10' }),
    cable('prose', { date: '19 October 1951' }),
  ];
  const tree = groupTimeline(cables, 'date');
  assert.deepEqual(shape(tree), [['1950', [['October', ['dated']]]], ['Undated', ['none', 'feb30', 'monthOnly', 'prose']]]);
  assert.equal(tree[1].kind, 'undated');
  assert.equal(tree[1].id, 'date:undated');
});

test('by channel: channels in alphabetical order, each with its cables by date, undated last', () => {
  const cables = [
    cable('m2', { date: '1950-10-19', ...maoToFilippov }),
    cable('f1', { date: '1950-10-01', ...filippovToMao }),
    cable('mx', maoToFilippov),
    cable('m1', { date: '1950-10-03', ...maoToFilippov }),
    cable('f2', { date: '1950-10-05', ...filippovToMao }),
  ];
  const tree = groupTimeline(cables, 'channel');
  assert.deepEqual(shape(tree), [
    ['Filippov → Mao Zedong', ['f1', 'f2']],
    ['Mao Zedong → Filippov', ['m1', 'm2', 'mx']],
  ]);
  assert.deepEqual(
    tree.map(n => [n.kind, n.id, n.count]),
    [
      ['channel', 'channel:Filippov → Mao Zedong', 2],
      ['channel', 'channel:Mao Zedong → Filippov', 3],
    ],
  );
});

test('a channel side with no person named falls back to its place, and to a dash without either', () => {
  assert.equal(channelOf(cable('a', { from: 'Beijing', to: 'Moscow' })), 'Beijing → Moscow');
  assert.equal(channelOf(cable('b', { from: 'Beijing', recipient: 'Filippov' })), 'Beijing → Filippov');
  assert.equal(channelOf(cable('c', { sender: '  ', to: 'Moscow' })), '— → Moscow');
  assert.equal(channelOf(cable('d')), '— → —');
});

test('an empty corpus is an empty tree in either grouping', () => {
  assert.deepEqual(groupTimeline([], 'date'), []);
  assert.deepEqual(groupTimeline([], 'channel'), []);
});

test('parseTimelineDate reads the two forms the server sends and nothing else', () => {
  const day = parseTimelineDate('1951-10-19')!;
  assert.deepEqual([day.year, day.month, day.day, day.minutes], [1951, 10, 19, undefined]);
  // Day numbers count days: 18 from 1 to 19 October, 2 across the end of February in a leap year.
  assert.equal(day.dayNumber - parseTimelineDate('1951-10-01')!.dayNumber, 18);
  assert.equal(parseTimelineDate('1952-03-01')!.dayNumber - parseTimelineDate('1952-02-28')!.dayNumber, 2);
  const timed = parseTimelineDate('1951-10-19 11:35')!;
  assert.equal(timed.minutes, 695);
  assert.ok(Math.abs(timed.dayNumber - day.dayNumber - 695 / 1440) < 1e-9);
  assert.equal(parseTimelineDate('1952-02-29')?.day, 29);
  for (const bad of [undefined, '', '1951-02-29', '1951-13-01', '1951-10-00', '1951-10-19 24:00', '1951-10-19 11:60', '1951/10/19']) {
    assert.equal(parseTimelineDate(bad), undefined, String(bad));
  }
});
