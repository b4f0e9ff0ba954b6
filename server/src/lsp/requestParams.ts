/**
 * The shape of a document request's parameters, checked before any work: a request without a
 * document, or with a position that is not two whole numbers, is answered with InvalidParams
 * instead of failing inside a handler (an internal error) or answering for some other place.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';

export interface DocumentRequestParams {
  readonly textDocument: { readonly uri: string };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Throws InvalidParams unless `params` names a document and every position in it (`position`, `positions`, `range`) is valid. */
export function checkDocumentParams(method: string, params: unknown): asserts params is DocumentRequestParams {
  const fail = (why: string): never => {
    throw new ResponseError(ErrorCodes.InvalidParams, `${method}: ${why}`);
  };
  if (!isRecord(params)) fail('the parameters must be an object');
  const p = params as Record<string, unknown>;
  if (!isRecord(p.textDocument) || typeof p.textDocument.uri !== 'string') fail('textDocument.uri must be a string');
  const position = (v: unknown, name: string) => {
    if (!isRecord(v) || !isIndex(v.line) || !isIndex(v.character)) fail(`${name} must have a whole, non-negative line and character`);
  };
  if ('position' in p) position(p.position, 'position');
  if ('positions' in p) {
    if (!Array.isArray(p.positions)) fail('positions must be an array');
    (p.positions as unknown[]).forEach((v, i) => position(v, `positions[${i}]`));
  }
  if ('range' in p) {
    if (!isRecord(p.range)) fail('range must be an object');
    position((p.range as Record<string, unknown>).start, 'range.start');
    position((p.range as Record<string, unknown>).end, 'range.end');
  }
}
