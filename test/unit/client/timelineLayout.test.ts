// The timeline webview's layout: lanes per channel, x from dates on a linear axis, a minimum gap for
// same-day cables, arrows from edge to edge, month ticks.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { layoutTimeline, type TimelineLayout } from '../../../client/src/timeline/timelineLayout';
import { cable, link, timeline } from './fixture';

const maoToFilippov = { sender: 'Mao Zedong', recipient: 'Filippov' };
const filippovToMao = { sender: 'Filippov', recipient: 'Mao Zedong' };
/** Round numbers: 10 px a day, the axis starting at x = 100, lanes 40 high under a 30-pixel axis band. */
const options = { pixelsPerDay: 10, margin: 0, laneLabelWidth: 100, laneHeight: 40, axisHeight: 30, minGap: 12, markRadius: 5 };

function markOf(layout: TimelineLayout, name: string) {
  const m = layout.marks.find(m => m.key === `file:///c/${name}.cable#0`);
  assert.ok(m, name);
  return m;
}

test('one lane per channel, in the order their first cable appears', () => {
  const layout = layoutTimeline(
    timeline([
      cable('late', { date: '1950-10-20', ...maoToFilippov }),
      cable('early', { date: '1950-10-01', ...filippovToMao }),
      cable('undated', { sender: 'Zhou Enlai', recipient: 'Filippov' }),
    ]),
    options,
  );
  assert.deepEqual(
    layout.lanes.map(l => [l.channel, l.y]),
    [
      ['Filippov → Mao Zedong', 50],
      ['Mao Zedong → Filippov', 90],
      ['Zhou Enlai → Filippov', 130],
    ],
  );
  assert.equal(markOf(layout, 'late').y, 90);
  assert.equal(markOf(layout, 'late').lane, 1);
});

test('x is linear in the date: the axis starts on the first of the first month and ends on the first of the month after the last', () => {
  const layout = layoutTimeline(
    timeline([
      cable('a', { date: '1950-10-03', ...maoToFilippov }),
      cable('b', { date: '1950-10-13 12:00', ...filippovToMao }),
      cable('c', { date: '1950-11-17', ...maoToFilippov }),
    ]),
    options,
  );
  assert.equal(layout.axisStart, 100);
  assert.equal(markOf(layout, 'a').x, 100 + 2 * 10);
  assert.equal(markOf(layout, 'b').x, 100 + 12.5 * 10);
  assert.equal(markOf(layout, 'c').x, 100 + (31 + 16) * 10);
  assert.equal(layout.axisEnd, 100 + (31 + 30) * 10);
  assert.deepEqual(
    layout.ticks.map(t => [t.x, t.label]),
    [
      [100, 'Oct 1950'],
      [410, 'Nov'],
      [710, 'Dec'],
    ],
  );
});

test('same-day cables in one lane stand minGap apart in the server order; in different lanes they share x', () => {
  const layout = layoutTimeline(
    timeline([
      cable('first', { date: '1950-10-07', ...maoToFilippov }),
      cable('second', { date: '1950-10-07', ...maoToFilippov }),
      cable('third', { date: '1950-10-07', ...maoToFilippov }),
      cable('nextDay', { date: '1950-10-08', ...maoToFilippov }),
      cable('otherLane', { date: '1950-10-07', ...filippovToMao }),
    ]),
    options,
  );
  const x = 100 + 6 * 10;
  assert.deepEqual(
    ['first', 'second', 'third', 'nextDay', 'otherLane'].map(n => markOf(layout, n).x),
    // The next day (x + 10) is pushed on to keep the gap after the third cable.
    [x, x + 12, x + 24, x + 36, x],
  );
});

test('the default scale fits the span to the target width, within its bounds', () => {
  const oneMonth = layoutTimeline(timeline([cable('a', { date: '1950-10-03' })]), { targetAxisWidth: 620, margin: 0, laneLabelWidth: 0 });
  assert.equal(oneMonth.axisEnd - oneMonth.axisStart, 620, '31 days at 20 px');
  const eightYears = layoutTimeline(timeline([cable('a', { date: '1945-01-03' }), cable('b', { date: '1952-12-03' })]), {
    targetAxisWidth: 1000,
    minPixelsPerDay: 1,
  });
  const days = (Date.UTC(1953, 0, 1) - Date.UTC(1945, 0, 1)) / 86_400_000;
  assert.equal(eightYears.axisEnd - eightYears.axisStart, days, 'one pixel a day at least: the page scrolls');
});

test('month labels thin out to every 2nd, 3rd, 6th or 12th month when months are narrow', () => {
  const cables = [cable('a', { date: '1950-01-10' }), cable('b', { date: '1951-12-10' })];
  const labels = (pixelsPerDay: number) =>
    layoutTimeline(timeline(cables), { ...options, pixelsPerDay, minLabelSpacing: 56 })
      .ticks.map(t => t.label)
      .filter(Boolean);
  assert.equal(labels(2).length, 25, 'each month labelled at 61 px a month');
  assert.deepEqual(labels(1).slice(0, 4), ['Jan 1950', 'Mar', 'May', 'Jul']);
  assert.deepEqual(labels(0.2), ['Jan 1950', 'Jan 1951', 'Jan 1952']);
  const ticks = layoutTimeline(timeline(cables), { ...options, pixelsPerDay: 0.2 }).ticks;
  assert.equal(ticks.length, 25, 'every month keeps its tick');
});

test('arrows run from the edge of the citing mark to the edge of the cited one; within a lane they bow upwards', () => {
  const a = cable('a', { date: '1950-10-01', ...maoToFilippov });
  const b = cable('b', { date: '1950-10-11', ...maoToFilippov });
  const c = cable('c', { date: '1950-10-21', ...filippovToMao });
  const layout = layoutTimeline(timeline([a, b, c], [link(b, a), link(c, b)]), options);
  const [sameLane, across] = layout.arrows;
  const [ma, mb, mc] = [markOf(layout, 'a'), markOf(layout, 'b'), markOf(layout, 'c')];
  assert.deepEqual([sameLane.from, sameLane.to], [b.key, a.key]);
  assert.ok(Math.abs(Math.hypot(sameLane.x1 - mb.x, sameLane.y1 - mb.y) - 5) < 1e-9, 'starts on the citing mark’s edge');
  assert.ok(Math.abs(Math.hypot(sameLane.x2 - ma.x, sameLane.y2 - ma.y) - 6) < 1e-9, 'ends just off the cited mark, for the arrowhead');
  assert.ok(sameLane.cy < ma.y && sameLane.y1 < mb.y && sameLane.y2 < ma.y, 'bows above the lane');
  assert.equal(sameLane.cx, (ma.x + mb.x) / 2);
  // Across lanes: straight, the control point halfway.
  assert.deepEqual([across.cx, across.cy], [(mb.x + mc.x) / 2, (mb.y + mc.y) / 2]);
  const slope = (mb.y - mc.y) / (mb.x - mc.x);
  assert.ok(Math.abs((across.y2 - across.y1) / (across.x2 - across.x1) - slope) < 1e-9, 'on the line between the marks');
});

test('links to cables not in the timeline, or from a cable to itself, draw no arrow', () => {
  const a = cable('a', { date: '1950-10-01' });
  const layout = layoutTimeline(timeline([a], [link(a, a), { from: a.key, to: 'file:///gone.cable#0' }]), options);
  assert.deepEqual(layout.arrows, []);
});

test('undated cables stand in a column after the axis, in their lanes, minGap apart', () => {
  const layout = layoutTimeline(
    timeline([
      cable('dated', { date: '1950-10-01', ...maoToFilippov }),
      cable('u1', maoToFilippov),
      cable('u2', maoToFilippov),
      cable('u3', filippovToMao),
    ]),
    options,
  );
  assert.equal(layout.undatedX, layout.axisEnd + 48);
  assert.deepEqual(
    ['u1', 'u2', 'u3'].map(n => [markOf(layout, n).x, markOf(layout, n).dated]),
    [
      [layout.undatedX, false],
      [layout.undatedX! + 12, false],
      [layout.undatedX, false],
    ],
  );
  assert.equal(markOf(layout, 'dated').dated, true);
  assert.ok(layout.width >= layout.undatedX! + 56, 'the page is wide enough for the last mark and the Undated label');
});

test('a timeline of undated cables only, and an empty one, lay out without an axis', () => {
  const undated = layoutTimeline(timeline([cable('u')]), options);
  assert.deepEqual([undated.ticks, undated.axisStart, undated.axisEnd, undated.undatedX], [[], 100, 100, 100]);
  const empty = layoutTimeline(timeline([]), options);
  assert.deepEqual([empty.marks, empty.lanes, empty.arrows, empty.ticks, empty.undatedX], [[], [], [], [], undefined]);
  assert.ok(Number.isFinite(empty.width) && Number.isFinite(empty.height));
});
