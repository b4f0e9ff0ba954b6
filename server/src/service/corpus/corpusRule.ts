/**
 * A corpus check is a rule over the whole index rather than one document: the same shape as a
 * document rule (`analysis/rule.ts`) — a stable code, a default level, a one-line summary — but it
 * reads the `CorpusIndex` and reports in any file, with related locations in other files.
 */
import type { Range } from 'vscode-languageserver-types';
import type { DiagnosticCode, Level } from '../diagnosticCodes';
import type { Gazetteer } from '../gazetteer';
import type { CorpusIndex } from './corpusIndex';

export interface CorpusLocation {
  readonly uri: string;
  readonly range: Range;
}

export interface CorpusFinding extends CorpusLocation {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly related?: readonly (CorpusLocation & { readonly message: string })[];
}

export interface CorpusRule<C extends DiagnosticCode = DiagnosticCode> {
  readonly code: C;
  readonly level: Level;
  readonly summary: string;
  check(index: CorpusIndex, gazetteer: Gazetteer): Iterable<CorpusFinding>;
}

export function defineCorpusRule<const C extends DiagnosticCode>(rule: CorpusRule<C>): CorpusRule<C> {
  return Object.freeze(rule);
}
