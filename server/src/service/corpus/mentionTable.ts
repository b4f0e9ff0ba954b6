/**
 * Building and reading a file's `MentionTable`: mentions go in one at a time when a file is
 * summarised (`MentionTableBuilder`) and come out as objects only where a feature needs one (a
 * rename's hits), or straight as numbers and ranges (references, the index's counts).
 */
import type { Range } from 'vscode-languageserver-types';
import { MENTION_FIELDS, MENTION_VIA, PROTECTED_BY, type MentionSummary, type MentionTable, type ProtectedBy } from './types';

/** Where each number sits in a mention's row of `MentionTable.data`. */
const CABLE = 4;
export const ENTITY = 5;
export const WRITTEN = 6;
export const KEY = 7;
const KIND = 8;

/** Collects a file's mentions in text order; `build` gives the table. */
export class MentionTableBuilder {
  private readonly strings: string[] = [];
  private readonly places = new Map<string, number>();
  private data = new Int32Array(MENTION_FIELDS * 16);
  private count = 0;

  add(
    startLine: number, startCharacter: number, endLine: number, endCharacter: number, cable: number,
    entityId: string, written: string, key: string, via: MentionSummary['via'], protectedBy: ProtectedBy | undefined,
  ): void {
    let at = this.count * MENTION_FIELDS;
    if (at + MENTION_FIELDS > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    d[at++] = startLine;
    d[at++] = startCharacter;
    d[at++] = endLine;
    d[at++] = endCharacter;
    d[at++] = cable;
    d[at++] = this.place(entityId);
    d[at++] = this.place(written);
    d[at++] = this.place(key);
    d[at] = MENTION_VIA.indexOf(via) + (protectedBy ? 4 * (PROTECTED_BY.indexOf(protectedBy) + 1) : 0);
    this.count++;
  }

  build(): MentionTable {
    // A copy of the used part only: the table is kept for as long as the file is indexed.
    return { strings: this.strings, data: this.data.slice(0, this.count * MENTION_FIELDS) };
  }

  private place(text: string): number {
    let i = this.places.get(text);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(ownCopy(text));
      this.places.set(text, i);
    }
    return i;
  }
}

/**
 * A string that holds its own characters: V8 makes a cut of 13 or more characters (`slice`,
 * `substring`) a view that keeps the whole parent text alive, so a spelling kept in the index
 * would keep its file's text. Concatenation flattens it into a new string of its own.
 */
function ownCopy(text: string): string {
  return text.length > 12 ? (' ' + text).slice(1) : text;
}

export function mentionTable(mentions: readonly MentionSummary[]): MentionTable {
  const builder = new MentionTableBuilder();
  for (const m of mentions) {
    const r = m.range;
    builder.add(r.start.line, r.start.character, r.end.line, r.end.character, m.cable, m.entityId, m.written, m.key, m.via, m.protectedBy);
  }
  return builder.build();
}

export const emptyMentionTable: MentionTable = mentionTable([]);

export function mentionCount(table: MentionTable): number {
  return table.data.length / MENTION_FIELDS;
}

/** The entity id, the spelling as written and folded, and the cable of mention `i`. */
export function entityIdOf(table: MentionTable, i: number): string {
  return table.strings[table.data[i * MENTION_FIELDS + ENTITY]];
}

export function writtenOf(table: MentionTable, i: number): string {
  return table.strings[table.data[i * MENTION_FIELDS + WRITTEN]];
}

export function keyOf(table: MentionTable, i: number): string {
  return table.strings[table.data[i * MENTION_FIELDS + KEY]];
}

/** The range of mention `i`, as a new object. */
export function mentionRange(table: MentionTable, i: number): Range {
  const r = table.data;
  const at = i * MENTION_FIELDS;
  return { start: { line: r[at], character: r[at + 1] }, end: { line: r[at + 2], character: r[at + 3] } };
}

/** Mention `i` as an object. */
export function mentionAt(table: MentionTable, i: number): MentionSummary {
  const kind = table.data[i * MENTION_FIELDS + KIND];
  const protectedBy = kind >> 2;
  return {
    entityId: entityIdOf(table, i),
    range: mentionRange(table, i),
    written: writtenOf(table, i),
    key: keyOf(table, i),
    cable: table.data[i * MENTION_FIELDS + CABLE],
    via: MENTION_VIA[kind & 3],
    ...(protectedBy ? { protectedBy: PROTECTED_BY[protectedBy - 1] } : {}),
  };
}

/** Every mention of the table as objects, in text order. */
export function mentionsOfTable(table: MentionTable): MentionSummary[] {
  return Array.from({ length: mentionCount(table) }, (_, i) => mentionAt(table, i));
}

/**
 * The rows of the mentions of an entity, and of one folded spelling of it when `key` is given, in
 * table order. The index keeps which files mention an entity, not where: a file's table is short
 * (a few dozen rows), so the places are read from it when asked for.
 */
export function placesOf(table: MentionTable, entityId: string, key?: string): number[] {
  const entity = table.strings.indexOf(entityId);
  const spelling = key === undefined ? -1 : table.strings.indexOf(key);
  if (entity < 0 || (key !== undefined && spelling < 0)) return [];
  const out: number[] = [];
  const d = table.data;
  for (let i = 0, at = 0; at < d.length; i++, at += MENTION_FIELDS) {
    if (d[at + ENTITY] === entity && (spelling < 0 || d[at + KEY] === spelling)) out.push(i);
  }
  return out;
}
