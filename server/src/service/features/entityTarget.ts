/**
 * What a corpus feature (references, highlights, definition, rename) acts on at the cursor: a
 * resolved name (`FILIPPOV` → Stalin, found by the analysis on the cable's date and channel), or a
 * near-miss spelling (`Roschin`) that names no entry yet but can be renamed across the folder.
 */
import type { Position } from 'vscode-languageserver-types';
import type { CableView, FileAnalysis } from '../analysis';
import { mentionAt, type EntityMention, type NearMiss } from '../entities';
import type { ITextDocument } from '../types';

/** The target, and the cable of the file it is in (its spans are in that cable's offsets). */
export type EntityTarget = (
  | { readonly kind: 'entity'; readonly entityId: string; readonly mention: EntityMention }
  | { readonly kind: 'nearMiss'; readonly nearMiss: NearMiss }
) & { readonly cable: CableView };

export function entityTargetAt(file: FileAnalysis, doc: ITextDocument, position: Position): EntityTarget | undefined {
  const cable = file.cableAt(doc.offsetAt(position));
  // A collection's heading comes before the cable's text (its title is a view of its own): no name there.
  if (doc.offsetAt(position) < cable.offset) return undefined;
  const offset = cable.doc.offsetAt(position);
  const entities = cable.analysis.entities;
  // A gloss's own name (`[Stalin]` after FILIPPOV) wins over the name it glosses when the cursor is on it.
  const inner = entities.mentions.find(m => m.glossOf !== undefined && m.span.start <= offset && offset <= m.span.end);
  const mention = inner ?? entities.mentions.find(m => m.span.start <= offset && offset <= m.span.end) ?? mentionAt(entities, offset);
  if (mention) return { kind: 'entity', entityId: mention.resolution.best.entry.id, mention, cable };
  const nearMiss = entities.nearMisses.find(n => n.span.start <= offset && offset <= n.span.end);
  return nearMiss ? { kind: 'nearMiss', nearMiss, cable } : undefined;
}
