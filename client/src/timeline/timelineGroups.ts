/**
 * The Cables view's tree, computed from the server's timeline: by date (year → month → cable) or by
 * channel (sender → recipient → cable, by date). Undated cables come last, under "Undated". Pure.
 */
import type { TimelineCable } from '../../../protocol/src/protocol';
import { channelOf, monthName, sortByDate } from './timelineModel';

export type TimelineGrouping = 'date' | 'channel';

export type TimelineNode = TimelineGroupNode | TimelineCableNode;

export interface TimelineGroupNode {
  readonly kind: 'year' | 'month' | 'channel' | 'undated';
  /** Unique in the tree and the same across refreshes, so the view keeps what the user expanded. */
  readonly id: string;
  /** `1951`, `October`, `Mao Zedong → Filippov`, `Undated`. */
  readonly label: string;
  readonly children: readonly TimelineNode[];
  /** How many cables are under this node, at any depth. */
  readonly count: number;
}

export interface TimelineCableNode {
  readonly kind: 'cable';
  readonly id: string;
  readonly cable: TimelineCable;
}

export const UNDATED_LABEL = 'Undated';

export function groupTimeline(cables: readonly TimelineCable[], grouping: TimelineGrouping): TimelineGroupNode[] {
  return grouping === 'channel' ? groupByChannel(cables) : groupByDate(cables);
}

function cableNode(cable: TimelineCable): TimelineCableNode {
  return { kind: 'cable', id: `cable:${cable.key}`, cable };
}

function groupByDate(cables: readonly TimelineCable[]): TimelineGroupNode[] {
  const years = new Map<number, Map<number, TimelineCable[]>>();
  const undated: TimelineCable[] = [];
  // sortByDate puts dated cables in date order first, so maps fill (and iterate) in date order.
  for (const { cable, date } of sortByDate(cables)) {
    if (!date) {
      undated.push(cable);
      continue;
    }
    let months = years.get(date.year);
    if (!months) years.set(date.year, (months = new Map()));
    let list = months.get(date.month);
    if (!list) months.set(date.month, (list = []));
    list.push(cable);
  }
  const nodes: TimelineGroupNode[] = [];
  for (const [year, months] of years) {
    const monthNodes: TimelineGroupNode[] = [];
    for (const [month, list] of months) {
      const id = `date:${year}-${String(month).padStart(2, '0')}`;
      monthNodes.push({ kind: 'month', id, label: monthName(month), children: list.map(cableNode), count: list.length });
    }
    const count = monthNodes.reduce((n, m) => n + m.count, 0);
    nodes.push({ kind: 'year', id: `date:${year}`, label: String(year), children: monthNodes, count });
  }
  if (undated.length) nodes.push(undatedNode('date', undated));
  return nodes;
}

function groupByChannel(cables: readonly TimelineCable[]): TimelineGroupNode[] {
  const channels = new Map<string, TimelineCable[]>();
  for (const { cable } of sortByDate(cables)) {
    const channel = channelOf(cable);
    let list = channels.get(channel);
    if (!list) channels.set(channel, (list = []));
    list.push(cable);
  }
  // Channels in alphabetical order, so that a channel stays where the reader last saw it.
  return [...channels.keys()]
    .sort((a, b) => a.localeCompare(b, 'en') || (a < b ? -1 : a > b ? 1 : 0))
    .map(channel => {
      const list = channels.get(channel)!;
      return { kind: 'channel', id: `channel:${channel}`, label: channel, children: list.map(cableNode), count: list.length };
    });
}

function undatedNode(grouping: TimelineGrouping, cables: readonly TimelineCable[]): TimelineGroupNode {
  return { kind: 'undated', id: `${grouping}:undated`, label: UNDATED_LABEL, children: cables.map(cableNode), count: cables.length };
}
