/**
 * Go to Definition on a name: the entity's gazetteer entry. The service says which entry and which
 * provider defined it (`builtin` or a workspace gazetteer file's uri); the language server turns
 * that into a place — the entry in the workspace file, or a read-only virtual document of the
 * built-in entry (`cable-gazetteer:/stalin.json`).
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { ICancellationToken, ITextDocument } from '../types';
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
    if (!target || target.kind !== 'entity' || token.isCancellationRequested) return undefined;
    return {
      entityId: target.entityId,
      provider: target.cable.analysis.gazetteer.providerOf(target.entityId) ?? 'builtin',
      originSelectionRange: rangeOf(target.cable.doc, target.mention.span),
    };
  }
}
