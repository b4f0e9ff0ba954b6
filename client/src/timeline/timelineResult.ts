/**
 * The server's `cable/timeline` answer as the client keeps it: only well-formed cables and links, each
 * key once (the first wins), links only between cables it knows. The view and the webview read only
 * this. Pure.
 */
import type { TimelineCable, TimelineCableCopy, TimelineLink, TimelineResult } from '../../../protocol/src/protocol';

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
  const copies = Array.isArray(c.copies) ? c.copies.map(sanitizeCopy).filter(x => x !== undefined) : [];
  if (copies.length) cable.copies = copies;
  return cable;
}

function sanitizeCopy(c: unknown): TimelineCableCopy | undefined {
  if (!isObject(c) || typeof c.uri !== 'string' || !c.uri) return undefined;
  const headerRange = sanitizeRange(c.headerRange);
  return headerRange ? { uri: c.uri, headerRange } : undefined;
}

/** `also in 1950-09-29-…-second-copy.cable` for a cable saved twice (its other copies by file name), else undefined. */
export function copiesNote(cable: Pick<TimelineCable, 'copies'>): string | undefined {
  if (!cable.copies?.length) return undefined;
  const names = [...new Set(cable.copies.map(c => fileName(c.uri)))];
  return `also in ${names.join(', ')}`;
}

function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1) || uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
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
