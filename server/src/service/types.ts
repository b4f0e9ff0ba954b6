/**
 * Small types shared by every layer of the pure service. Positions inside the service are
 * character offsets into the document text (UTF-16 code units, as in JavaScript strings);
 * they become line/character positions only at the LSP edge.
 */

/** A half-open range of offsets `[start, end)` into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

import type { Position } from 'vscode-languageserver-types';

/** The part of a text document the service needs; `TextDocument` from vscode-languageserver-textdocument satisfies it. */
export interface ITextDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** Cancellation as the service sees it; a cancelled call returns an empty result instead of throwing. */
export interface ICancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: ICancellationToken = Object.freeze({ isCancellationRequested: false });

/** Where the service reports what went wrong (`log`), and, when the host tells them apart, what is only information. */
export interface ILogger {
  log(message: string): void;
  info?(message: string): void;
}

/** A calendar date as far as the text tells it; a missing part is undefined. */
export interface PartialDate {
  readonly year?: number;
  readonly month?: number; // 1-12
  readonly day?: number;
}

/** A date a cable gets from outside its text (an editor's title, the file's name or folder), and where from, as a hover names it. */
export interface DateHint extends PartialDate {
  readonly from?: string;
}
