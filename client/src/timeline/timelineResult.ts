/**
 * The server's `cable/timeline` answer as the client keeps it: only well-formed cables and links, each
 * key once (the first wins), links only between cables it knows. The view and the webview read only
 * this. Pure.
 */
import type { TimelineCable, TimelineLink, TimelineResult } from '../../../protocol/src/protocol';

export const emptyTimeline: TimelineResult = { cables: [], links: [], complete: true };

export function sanitizeTimelineResult(value: unknown): TimelineResult {
  if (!isObject(value)) return emptyTimeline;
  const cables: TimelineCable[] = [];
  const keys = new Set<string>();
  for (const c of Array.isArray(value.cables) ? value.cables : []) {
    const cable = sanitizeCable(c);
    if (cable && !keys.has(cable.key)) {
      keys.add(cable.key);
      cables.push(cable);
    }
  }
  const links: TimelineLink[] = [];
  const seenLinks = new Set<string>();
  for (const l of Array.isArray(value.links) ? value.links : []) {
    if (!isObject(l) || typeof l.from !== 'string' || typeof l.to !== 'string') continue;
    if (!keys.has(l.from) || !keys.has(l.to) || l.from === l.to) continue;
    const id = JSON.stringify([l.from, l.to]);
    if (seenLinks.has(id)) continue;
    seenLinks.add(id);
    links.push({ from: l.from, to: l.to });
  }
  // A missing flag reads as complete: better one answer too few than polling a server that never says.
  return { cables, links, complete: value.complete !== false };
}

function sanitizeCable(c: unknown): TimelineCable | undefined {
  if (!isObject(c)) return undefined;
  const { key, uri, label, title } = c;
  if (typeof key !== 'string' || !key || typeof uri !== 'string' || !uri || typeof label !== 'string') return undefined;
  const headerRange = sanitizeRange(c.headerRange);
  if (!headerRange) return undefined;
  const cable: { -readonly [K in keyof TimelineCable]: TimelineCable[K] } = {
    key,
    uri,
    headerRange,
    label,
    title: typeof title === 'string' ? title : label,
  };
  for (const field of ['number', 'date', 'from', 'to', 'sender', 'recipient'] as const) {
    const v = c[field];
    if (typeof v === 'string') cable[field] = v;
  }
  return cable;
}

function sanitizeRange(r: unknown): TimelineCable['headerRange'] | undefined {
  if (!isObject(r)) return undefined;
  const start = sanitizePosition(r.start);
  const end = sanitizePosition(r.end);
  return start && end ? { start, end } : undefined;
}

function sanitizePosition(p: unknown): { line: number; character: number } | undefined {
  if (!isObject(p)) return undefined;
  const { line, character } = p;
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  return ok(line) && ok(character) ? { line, character } : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
