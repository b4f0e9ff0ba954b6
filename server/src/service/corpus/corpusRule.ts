/**
 * A corpus check is a rule over the whole index rather than one document: the same shape as a
 * document rule (`analysis/rule.ts`) — a stable code, a default level, a one-line summary — but it
 * reads the `CorpusIndex` and reports in any file, with related locations in other files.
 */
import type { Range } from 'vscode-languageserver-types';
import type { DiagnosticCode, Level } from '../diagnosticCodes';
import type { Gazetteer } from '../gazetteer';
import type { CorpusChange, CorpusIndex } from './corpusIndex';

export interface CorpusLocation {
  readonly uri: string;
  readonly range: Range;
}

/**
 * A finding names at most this many related locations; its message gives the whole count. Without a
 * bound, a folder holding one cable four hundred times would send each copy the 399 others: some
 * 160,000 locations, a payload of tens of megabytes for one file's diagnostics.
 */
export const MAX_RELATED = 20;

export interface CorpusFinding extends CorpusLocation {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly related?: readonly (CorpusLocation & { readonly message: string })[];
}

/**
 * A rule's findings fall in groups checked one at a time — a near-miss spelling, a cable number, a
 * citing file — so that after a file changes only the groups the change can touch are checked
 * again, not the whole folder.
 */
export interface CorpusRuleSpec<C extends DiagnosticCode = DiagnosticCode> {
  readonly code: C;
  readonly level: Level;
  readonly summary: string;
  /** Every group of the index. */
  groups(index: CorpusIndex): Iterable<string>;
  /** The groups whose findings the changes may have altered (the index already holds the changes). */
  affected(index: CorpusIndex, changes: readonly CorpusChange[]): Iterable<string>;
  /** The findings of one group (none when the group is gone). */
  checkGroup(index: CorpusIndex, gazetteer: Gazetteer, group: string): Iterable<CorpusFinding>;
}

export interface CorpusRule<C extends DiagnosticCode = DiagnosticCode> extends CorpusRuleSpec<C> {
  /** Every finding of the index, group by group. */
  check(index: CorpusIndex, gazetteer: Gazetteer): Iterable<CorpusFinding>;
}

export function defineCorpusRule<const C extends DiagnosticCode>(spec: CorpusRuleSpec<C>): CorpusRule<C> {
  return Object.freeze({
    ...spec,
    *check(index: CorpusIndex, gazetteer: Gazetteer): Iterable<CorpusFinding> {
      for (const group of [...spec.groups(index)]) yield* spec.checkGroup(index, gazetteer, group);
    },
  });
}
