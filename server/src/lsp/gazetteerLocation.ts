/**
 * Where Go to Definition on a name lands: the entry in the workspace gazetteer file that defined
 * it (its `"id"` value), or the read-only virtual document of a built-in entry,
 * `cable-gazetteer:/stalin.json`, whose text the client asks for with `cable/gazetteerEntry`.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { Location, Range } from 'vscode-languageserver';
import { gazetteerEntryScheme } from '../../../protocol/src/protocol';
import type { EntityDefinition } from '../service';

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function gazetteerEntryUri(entityId: string): string {
  return `${gazetteerEntryScheme}:/${encodeURIComponent(entityId)}.json`;
}

/** `cable-gazetteer:/stalin.json` → `stalin`; anything else → undefined. */
export function entityIdOfEntryUri(uri: string): string | undefined {
  const m = new RegExp(`^${gazetteerEntryScheme}:/+([^/]+)\\.json$`).exec(uri);
  return m ? decodeURIComponent(m[1]) : undefined;
}

/** `readFile` reads a workspace gazetteer file by its uri (the id of its provider). */
export async function gazetteerEntryLocation(target: EntityDefinition, readFile: (uri: string) => Promise<string | undefined>): Promise<Location> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target.provider)) {
    // undefined: the file went away since it was loaded; the entry as the gazetteer holds it is shown instead
    const text = await readFile(target.provider);
    const range = text === undefined ? undefined : entryIdRange(text, target.entityId);
    if (range) return { uri: target.provider, range };
  }
  return { uri: gazetteerEntryUri(target.entityId), range: START };
}

/** The range of the entry's `"id"` value in a gazetteer file's text. */
function entryIdRange(text: string, id: string): Range | undefined {
  const tree = parseTree(text);
  const entries = tree && findNodeAtLocation(tree, ['entries']);
  for (const entry of entries?.children ?? []) {
    const idNode = findNodeAtLocation(entry, ['id']);
    if (idNode?.value === id) return { start: positionOf(text, idNode.offset), end: positionOf(text, idNode.offset + idNode.length) };
  }
  return undefined;
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) [line, start] = [line + 1, i + 1];
  return { line, character: offset - start };
}
