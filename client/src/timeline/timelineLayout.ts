/**
 * Where everything goes in the timeline webview: one lane per channel (sender → recipient), a mark per
 * cable at its date on a shared linear time axis, month ticks, and arrows for references between
 * cables. Pure numbers; timelineHtml.ts draws them.
 */
import type { TimelineCable, TimelineResult } from '../../../protocol/src/protocol';
import { copiesNote } from './timelineResult';
import { channelOf, monthStartDayNumber, shortMonthName, sortByDate } from './timelineModel';

export interface TimelineLayoutOptions {
  /** Width of the lane names at the left. */
  readonly laneLabelWidth: number;
  readonly laneHeight: number;
  /** Room above the first lane for the month labels. */
  readonly axisHeight: number;
  /** Pixels per day on the time axis; by default chosen so the dated span is about `targetAxisWidth` wide. */
  readonly pixelsPerDay?: number;
  readonly targetAxisWidth: number;
  /** Bounds of the default scale: a long corpus scrolls rather than crushing its days together. */
  readonly minPixelsPerDay: number;
  readonly maxPixelsPerDay: number;
  /** Same-day cables in a lane stand at least this far apart, so each can be seen and clicked. */
  readonly minGap: number;
  /** Radius of a mark: arrows stop at its edge. */
  readonly markRadius: number;
  /** Month labels closer than this would overlap: then only every 2nd, 3rd, 6th or 12th month is labelled. */
  readonly minLabelSpacing: number;
  readonly margin: number;
}

export const defaultLayoutOptions: TimelineLayoutOptions = {
  laneLabelWidth: 220,
  laneHeight: 44,
  axisHeight: 36,
  targetAxisWidth: 1000,
  minPixelsPerDay: 1,
  maxPixelsPerDay: 40,
  minGap: 12,
  markRadius: 5,
  minLabelSpacing: 56,
  margin: 16,
};

export interface LaneLayout {
  /** `Mao Zedong → Filippov`. */
  readonly channel: string;
  /** The lane's centre line. */
  readonly y: number;
}

export interface MarkLayout {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly lane: number;
  /** The server's label, shown on hover (with the files of the cable's other copies, when it was saved twice). */
  readonly label: string;
  readonly dated: boolean;
}

function withCopies(cable: TimelineCable): string {
  const note = copiesNote(cable);
  return note ? `${cable.label}\n${note}` : cable.label;
}

export interface ArrowLayout {
  /** The citing cable's key and the cited one's. */
  readonly from: string;
  readonly to: string;
  /** From the edge of the citing mark to the edge of the cited one, along a quadratic curve through (cx, cy). */
  readonly x1: number;
  readonly y1: number;
  readonly cx: number;
  readonly cy: number;
  readonly x2: number;
  readonly y2: number;
}

export interface TickLayout {
  /** The first day of the month. */
  readonly x: number;
  /** `Oct 1950` (or `Oct` inside a year already named), or '' for a tick left unlabelled for room. */
  readonly label: string;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  /** Where the time axis starts and ends (undated cables stand in a column after `axisEnd`). */
  readonly axisStart: number;
  readonly axisEnd: number;
  readonly lanes: readonly LaneLayout[];
  readonly marks: readonly MarkLayout[];
  readonly arrows: readonly ArrowLayout[];
  readonly ticks: readonly TickLayout[];
  /** Where the "Undated" column starts, when there are undated cables. */
  readonly undatedX?: number;
  readonly markRadius: number;
}

const LABEL_STEPS = [1, 2, 3, 6, 12];

export function layoutTimeline(result: TimelineResult, options: Partial<TimelineLayoutOptions> = {}): TimelineLayout {
  const o: TimelineLayoutOptions = { ...defaultLayoutOptions, ...options };
  const sorted = sortByDate(result.cables);

  // Lanes in the order their first cable appears, so the picture reads from the top left.
  const laneOf = new Map<string, number>();
  for (const { cable } of sorted) {
    const channel = channelOf(cable);
    if (!laneOf.has(channel)) laneOf.set(channel, laneOf.size);
  }
  const laneY = (lane: number) => o.axisHeight + lane * o.laneHeight + o.laneHeight / 2;
  const lanes: LaneLayout[] = [...laneOf.keys()].map((channel, lane) => ({ channel, y: laneY(lane) }));

  // The axis runs from the first day of the first month to the first day of the month after the last,
  // so that it begins and ends on a tick.
  const dated = sorted.filter(d => d.date);
  const axisStart = o.margin + o.laneLabelWidth;
  let axisEnd = axisStart;
  let ticks: TickLayout[] = [];
  let xOfDay = (_day: number) => axisStart;
  if (dated.length) {
    const first = dated[0].date!;
    const last = dated[dated.length - 1].date!;
    const startDay = monthStartDayNumber(first.year, first.month);
    const endDay = monthStartDayNumber(last.year, last.month + 1);
    const span = endDay - startDay;
    const scale = o.pixelsPerDay ?? Math.min(o.maxPixelsPerDay, Math.max(o.minPixelsPerDay, o.targetAxisWidth / span));
    xOfDay = day => axisStart + (day - startDay) * scale;
    axisEnd = xOfDay(endDay);
    ticks = monthTicks(first.year, first.month, last.year, last.month + 1, xOfDay, 30.44 * scale, o.minLabelSpacing);
  }

  // Marks: dated cables at their day, undated ones in a column after the axis; then, lane by lane,
  // pushed right just enough to keep `minGap` between neighbours (same-day cables).
  const hasUndated = dated.length < sorted.length;
  // Far enough from the last month's label for the column's own "Undated" label.
  const undatedX = hasUndated ? axisEnd + (dated.length ? 4 * o.minGap : 0) : undefined;
  const nextFree = new Map<number, number>();
  const marks: MarkLayout[] = [];
  for (const { cable, date } of sorted) {
    const lane = laneOf.get(channelOf(cable))!;
    const wanted = date ? xOfDay(date.dayNumber) : undatedX!;
    const floor = nextFree.get(lane);
    // An undated cable never stands left of the column, even in a lane whose dated cables ended early.
    const x = floor === undefined || floor <= wanted ? wanted : floor;
    nextFree.set(lane, x + o.minGap);
    marks.push({ key: cable.key, x, y: laneY(lane), lane, label: withCopies(cable), dated: date !== undefined });
  }

  const byKey = new Map(marks.map(m => [m.key, m]));
  const arrows: ArrowLayout[] = [];
  for (const link of result.links) {
    const from = byKey.get(link.from);
    const to = byKey.get(link.to);
    if (!from || !to || from === to) continue;
    arrows.push(arrowBetween(link.from, link.to, from, to, o));
  }

  // Room for the last mark, and for the "Undated" label (a month label's width) over its column.
  const rightmost = Math.max(axisEnd, ...marks.map(m => m.x), undatedX === undefined ? 0 : undatedX + o.minLabelSpacing);
  return {
    width: Math.ceil(rightmost + o.markRadius + o.margin),
    height: Math.ceil(o.axisHeight + lanes.length * o.laneHeight + o.margin),
    axisStart,
    axisEnd,
    lanes,
    marks,
    arrows,
    ticks,
    markRadius: o.markRadius,
    ...(undatedX !== undefined ? { undatedX } : {}),
  };
}

/** A tick at the first day of each month from (year, month) up to and including (endYear, endMonth). */
function monthTicks(
  year: number,
  month: number,
  endYear: number,
  endMonth: number,
  xOfDay: (day: number) => number,
  monthWidth: number,
  minLabelSpacing: number,
): TickLayout[] {
  const step = LABEL_STEPS.find(s => s * monthWidth >= minLabelSpacing) ?? 12;
  const ticks: TickLayout[] = [];
  // Normalise an end month of 13 to January of the next year.
  const end = endYear * 12 + (endMonth - 1);
  let labelledYear: number | undefined;
  for (let m = year * 12 + (month - 1); m <= end; m++) {
    const y = Math.floor(m / 12);
    const mo = (m % 12) + 1;
    // With a step of a year, label the Januaries; otherwise every step-th month from the first.
    const labelled = step === 12 ? mo === 1 : (m - (year * 12 + month - 1)) % step === 0;
    let label = '';
    if (labelled) {
      label = labelledYear === y ? shortMonthName(mo) : `${shortMonthName(mo)} ${y}`;
      labelledYear = y;
    }
    ticks.push({ x: xOfDay(monthStartDayNumber(y, mo)), label });
  }
  return ticks;
}

/**
 * An arrow from one mark to another, stopping at both marks' edges. Within a lane it bows upwards, so
 * that it does not run through the marks between the two; across lanes it is straight.
 */
function arrowBetween(fromKey: string, toKey: string, from: MarkLayout, to: MarkLayout, o: TimelineLayoutOptions): ArrowLayout {
  const mx = (from.x + to.x) / 2;
  const my = (from.y + to.y) / 2;
  const bow = from.lane === to.lane ? Math.min(o.laneHeight * 0.45, Math.abs(to.x - from.x) / 3 + o.markRadius) : 0;
  const cx = mx;
  const cy = my - bow;
  const [x1, y1] = towards(from.x, from.y, cx, cy, o.markRadius);
  const [x2, y2] = towards(to.x, to.y, cx, cy, o.markRadius + 1);
  return { from: fromKey, to: toKey, x1, y1, cx, cy, x2, y2 };
}

/** The point `distance` from (x, y) in the direction of (tx, ty) (or (x, y) itself when they coincide). */
function towards(x: number, y: number, tx: number, ty: number, distance: number): [number, number] {
  const dx = tx - x;
  const dy = ty - y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return [x, y];
  return [x + (dx / length) * distance, y + (dy / length) * distance];
}
