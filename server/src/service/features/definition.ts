/**
 * Go to Definition on a name, or on a slip of one name (`Roshcin`): the entity's gazetteer entry. The service says which entry and which
 * provider defined it (`builtin` or a workspace gazetteer file's uri); the language server turns
 * that into a place — the entry in the workspace file, or a read-only virtual document of the
 * built-in entry (`cable-gazetteer:/stalin.json`).
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { NearMiss } from '../entities';
import type { ICancellationToken, ITextDocument, Span } from '../types';
import { entityTargetAt } from './entityTarget';
import { rangeOf } from './ranges';

export interface EntityDefinition {
  readonly entityId: string;
  /** `builtin`, or the uri of the workspace gazetteer file that defined (or last replaced) the entry. */
  readonly provider: string;
  /** The name the request was made on: for `Cde. FILIPPOV [Stalin]` with the cursor in FILIPPOV, `FILIPPOV`. */
  readonly originSelectionRange: Range;
}

export class DefinitionProvider {
  constructor(private readonly analyses: AnalysisSource) {}

  provideDefinition(doc: ITextDocument, position: Position, token: ICancellationToken): EntityDefinition | undefined {
    const analysis = this.analyses.get(doc);
    const target = entityTargetAt(analysis, doc, position);
    if (!target || token.isCancellationRequested) return undefined;
    const named = target.kind === 'entity' ? { id: target.entityId, span: target.mention.span } : slipOf(target.nearMiss);
    if (!named) return undefined;
    return {
      entityId: named.id,
      provider: target.cable.analysis.gazetteer.providerOf(named.id) ?? 'builtin',
      originSelectionRange: rangeOf(target.cable.doc, named.span),
    };
  }
}

/**
 * A slip of one entry's name (`Roshcin`, which the hover reads as probably Roshchin, and Find All
 * References lists with him) goes to that entry, as any spelling of it does; a slip near the names
 * of several entries names none of them.
 */
function slipOf(nearMiss: NearMiss): { id: string; span: Span } | undefined {
  return nearMiss.entries.length === 1 ? { id: nearMiss.entries[0]!.id, span: nearMiss.span } : undefined;
}
