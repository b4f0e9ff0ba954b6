/**
 * Building and reading a file's `MentionTable`: mentions go in as `MentionSummary` objects when a
 * file is summarised and come out as objects only where a feature needs one (a rename's hits),
 * or straight as ranges (references).
 */
import type { Range } from 'vscode-languageserver-types';
import { MENTION_VIA, PROTECTED_BY, type MentionSummary, type MentionTable } from './types';

export function mentionTable(mentions: readonly MentionSummary[]): MentionTable {
  const ranges = new Int32Array(mentions.length * 4);
  const cables = new Int32Array(mentions.length);
  const via = new Uint8Array(mentions.length);
  const protectedBy = new Uint8Array(mentions.length);
  mentions.forEach((m, i) => {
    ranges[4 * i] = m.range.start.line;
    ranges[4 * i + 1] = m.range.start.character;
    ranges[4 * i + 2] = m.range.end.line;
    ranges[4 * i + 3] = m.range.end.character;
    cables[i] = m.cable;
    via[i] = MENTION_VIA.indexOf(m.via);
    protectedBy[i] = m.protectedBy ? PROTECTED_BY.indexOf(m.protectedBy) + 1 : 0;
  });
  return {
    ranges,
    entityIds: mentions.map(m => m.entityId),
    written: mentions.map(m => m.written),
    keys: mentions.map(m => m.key),
    cables,
    via,
    protectedBy,
  };
}

export const emptyMentionTable: MentionTable = mentionTable([]);

export function mentionCount(table: MentionTable): number {
  return table.entityIds.length;
}

/** The range of mention `i`, as a new object. */
export function mentionRange(table: MentionTable, i: number): Range {
  const r = table.ranges;
  return { start: { line: r[4 * i], character: r[4 * i + 1] }, end: { line: r[4 * i + 2], character: r[4 * i + 3] } };
}

/** Mention `i` as an object. */
export function mentionAt(table: MentionTable, i: number): MentionSummary {
  const protectedBy = table.protectedBy[i];
  return {
    entityId: table.entityIds[i],
    range: mentionRange(table, i),
    written: table.written[i],
    key: table.keys[i],
    cable: table.cables[i],
    via: MENTION_VIA[table.via[i]],
    ...(protectedBy ? { protectedBy: PROTECTED_BY[protectedBy - 1] } : {}),
  };
}

/** Every mention of the table as objects, in text order. */
export function mentionsOfTable(table: MentionTable): MentionSummary[] {
  return table.entityIds.map((_, i) => mentionAt(table, i));
}

/** Whether mention `a` starts before mention `b` (line, then character). */
export function startsBefore(table: MentionTable, a: number, b: number): boolean {
  const r = table.ranges;
  return r[4 * a] < r[4 * b] || (r[4 * a] === r[4 * b] && r[4 * a + 1] < r[4 * b + 1]);
}
