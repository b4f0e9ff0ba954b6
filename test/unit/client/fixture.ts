// Timeline cables as the server sends them, with only what a test cares about spelled out.
import type { TimelineCable, TimelineLink, TimelineResult } from '../../../protocol/src/protocol';

export interface CableSpec {
  readonly date?: string;
  readonly sender?: string;
  readonly recipient?: string;
  readonly from?: string;
  readonly to?: string;
  readonly label?: string;
  readonly title?: string;
  readonly uri?: string;
  readonly line?: number;
}

/** A cable with key `file:///c/NAME.cable#0`, header on line `line` (0 by default). */
export function cable(name: string, spec: CableSpec = {}): TimelineCable {
  const uri = spec.uri ?? `file:///c/${name}.cable`;
  const line = spec.line ?? 0;
  const { date, sender, recipient, from, to } = spec;
  return {
    key: `${uri}#0`,
    uri,
    headerRange: { start: { line, character: 0 }, end: { line, character: 10 } },
    label: spec.label ?? `${date ?? 'undated'} ${name}`,
    title: spec.title ?? `Title of ${name}`,
    ...(date !== undefined ? { date } : {}),
    ...(sender !== undefined ? { sender } : {}),
    ...(recipient !== undefined ? { recipient } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

export function timeline(cables: TimelineCable[], links: TimelineLink[] = [], complete = true): TimelineResult {
  return { cables, links, complete };
}

export function link(from: TimelineCable, to: TimelineCable): TimelineLink {
  return { from: from.key, to: to.key };
}
