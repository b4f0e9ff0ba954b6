/**
 * The corpus as a timeline: every cable of the index in date order (undated last), and the links
 * of resolved references from the citing cable to the cited one. A cable saved twice (a second
 * copy, a retranslation: see `corpus/copies.ts`) is one entry, keyed by its preferred copy and
 * naming the others, and a link to or from any copy is a link of that entry. The language server answers
 * `cable/timeline` with it; the shapes mirror `protocol/src/protocol.ts` (the service does not
 * import the protocol).
 */
import type { Range } from 'vscode-languageserver-types';
import type { CorpusIndex, Located } from '../corpus/corpusIndex';
import { cablesOnce } from '../corpus/copies';
import { cableKey, corpusLinks } from '../corpus/links';
import type { CableSummary } from '../corpus/types';
import type { ICancellationToken } from '../types';

export interface TimelineEntry {
  /** `file:///…/a.cable#0`: the file's uri and the cable's index in it. */
  readonly key: string;
  readonly uri: string;
  readonly headerRange: Range;
  /** `1950-10-03 Beijing → Moscow  N° 25150  Nikolai Roshchin → Joseph Stalin` */
  readonly label: string;
  readonly title: string;
  readonly number?: string;
  readonly date?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sender?: string;
  readonly recipient?: string;
  /** The same cable saved elsewhere in the folder (a second copy, a retranslation), when it is. */
  readonly copies?: readonly TimelineCopy[];
}

/** Another copy of a timeline cable: its file and header. */
export interface TimelineCopy {
  readonly uri: string;
  readonly headerRange: Range;
}

export interface TimelineEdge {
  /** The citing cable's key and the cited one's. */
  readonly from: string;
  readonly to: string;
}

export interface CorpusTimeline {
  readonly cables: readonly TimelineEntry[];
  readonly links: readonly TimelineEdge[];
  /** False while the workspace is still being indexed. */
  readonly complete: boolean;
}

export class TimelineProvider {
  constructor(private readonly index: () => CorpusIndex, private readonly complete: () => boolean) {}

  provideTimeline(token: ICancellationToken): CorpusTimeline {
    const index = this.index();
    const cables: TimelineEntry[] = [];
    /** The key of the entry each cable's copy belongs to. */
    const entryKey = new Map<string, string>();
    for (const { cable, copies } of cablesOnce(index)) {
      if (token.isCancellationRequested) return { cables: [], links: [], complete: false };
      const entry = entryOf(cable.uri, cable.item, copies);
      cables.push(entry);
      for (const c of copies) entryKey.set(cableKey(c.uri, c.item.index), entry.key);
    }
    cables.sort(byDate);
    const keyOf = (uri: string, i: number): string => {
      const key = cableKey(uri, i);
      return entryKey.get(key) ?? key;
    };
    const links: TimelineEdge[] = [];
    const seen = new Set<string>();
    for (const r of corpusLinks(index).references) {
      const from = keyOf(r.uri, r.citing.index);
      for (const c of r.cited) {
        const to = keyOf(c.uri, c.item.index);
        const id = `${from}\u0000${to}`;
        if (from === to || seen.has(id)) continue;
        seen.add(id);
        links.push({ from, to });
      }
    }
    return { cables, links, complete: this.complete() };
  }
}

function entryOf(uri: string, c: CableSummary, copies: readonly Located<CableSummary>[]): TimelineEntry {
  const entry: { -readonly [K in keyof TimelineEntry]: TimelineEntry[K] } = {
    key: cableKey(uri, c.index), uri, headerRange: c.headerRange, label: labelOf(c), title: c.title,
  };
  for (const field of ['number', 'date', 'from', 'to', 'sender', 'recipient'] as const) {
    const value = c[field];
    if (value !== undefined) entry[field] = value;
  }
  if (copies.length) entry.copies = copies.map(o => ({ uri: o.uri, headerRange: o.item.headerRange }));
  return entry;
}

/** `1950-10-03 Beijing → Moscow  N° 25150  Nikolai Roshchin → Joseph Stalin`; missing pieces left out. */
export function labelOf(c: CableSummary): string {
  const pair = (a: string | undefined, b: string | undefined) => (a || b ? `${a ?? '?'} → ${b ?? '?'}` : '');
  const head = [c.date?.slice(0, 10), pair(c.from, c.to)].filter(Boolean).join(' ');
  const parts = [head, c.number ? `N° ${c.number}` : '', pair(c.sender, c.recipient)].filter(Boolean);
  return parts.length ? parts.join('  ') : c.title;
}

/** By date (a day sorts before the times of that day), undated last; then by file and place in it. */
function byDate(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.headerRange.start.line - b.headerRange.start.line;
}
