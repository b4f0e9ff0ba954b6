/**
 * What a corpus feature (references, highlights, definition, rename) acts on at the cursor: a
 * resolved name (`FILIPPOV` → Stalin, found by the analysis on the cable's date and channel), or a
 * near-miss spelling (`Roschin`) that names no entry yet but can be renamed across the folder.
 */
import type { Position } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { mentionAt, type EntityMention, type NearMiss } from '../entities';
import type { ITextDocument } from '../types';

export type EntityTarget =
  | { readonly kind: 'entity'; readonly entityId: string; readonly mention: EntityMention }
  | { readonly kind: 'nearMiss'; readonly nearMiss: NearMiss };

export function entityTargetAt(analysis: DocumentAnalysis, doc: ITextDocument, position: Position): EntityTarget | undefined {
  const offset = doc.offsetAt(position);
  const entities = analysis.entities;
  // A gloss's own name (`[Stalin]` after FILIPPOV) wins over the name it glosses when the cursor is on it.
  const inner = entities.mentions.find(m => m.glossOf !== undefined && m.span.start <= offset && offset <= m.span.end);
  const mention = inner ?? entities.mentions.find(m => m.span.start <= offset && offset <= m.span.end) ?? mentionAt(entities, offset);
  if (mention) return { kind: 'entity', entityId: mention.resolution.best.entry.id, mention };
  const nearMiss = entities.nearMisses.find(n => n.span.start <= offset && offset <= n.span.end);
  return nearMiss ? { kind: 'nearMiss', nearMiss } : undefined;
}
