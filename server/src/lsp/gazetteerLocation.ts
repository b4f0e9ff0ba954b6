/**
 * Where Go to Definition on a name lands: the entry in the workspace gazetteer file that defined
 * it (its `"id"` value), or the read-only virtual document of a built-in entry,
 * `cable-gazetteer:/stalin.json`, whose text the client asks for with `cable/gazetteerEntry`.
 */
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

export async function gazetteerEntryLocation(target: EntityDefinition): Promise<Location> {
  if (target.provider.startsWith('file:')) {
    try {
      const text = await fs.readFile(fileURLToPath(target.provider), 'utf8');
      const range = entryIdRange(text, target.entityId);
      if (range) return { uri: target.provider, range };
    } catch {
      // the file went away since it was loaded: fall back to the entry as the gazetteer holds it
    }
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
