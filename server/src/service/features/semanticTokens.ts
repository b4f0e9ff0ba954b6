/**
 * Semantic tokens: persons, cover names, places and offices from the gazetteer, likely people
 * the gazetteer lacks, and the editor's layer (square brackets). The custom types declare standard super types in the
 * manifest (`contributes.semanticTokenTypes`), so every theme colours them.
 */
import type { SemanticTokens } from 'vscode-languageserver-types';
import { getEntitySemanticTokens } from '../entities';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { ITextDocument, Span } from '../types';
import { partitionPoint, splitAtLineBreaks } from '../spans';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';

export const semanticTokensLegend = {
  tokenTypes: ['person', 'pseudonym', 'place', 'organisation', 'editorial', 'unknownPerson'],
  tokenModifiers: ['gloss', 'uncertain', 'clerk', 'completed'],
} as const;

const TYPE_INDEX = new Map<string, number>(semanticTokensLegend.tokenTypes.map((t, i) => [t, i]));
const MODIFIER_BIT = new Map<string, number>(semanticTokensLegend.tokenModifiers.map((m, i) => [m, 1 << i]));

interface Token { span: Span; type: number; modifiers: number }

export class SemanticTokensProvider {
  constructor(private readonly analyses: AnalysisSource) {}

  provideSemanticTokens(file: ITextDocument): SemanticTokens {
    // Each cable's tokens, moved to the file's offsets; encoded once over the whole file.
    const tokens: Token[] = [];
    for (const cable of this.analyses.get(file).cables) {
      for (const t of cableTokens(cable.analysis)) tokens.push({ ...t, span: { start: t.span.start + cable.offset, end: t.span.end + cable.offset } });
    }
    tokens.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    return { data: encode(file, tokens) };
  }
}

/** One cable's tokens in its own offsets: names, then the editor's brackets. */
function cableTokens(analysis: DocumentAnalysis): Token[] {
  const text = analysis.parsed.text;
  const tokens: Token[] = getEntitySemanticTokens(analysis.entities).map(t => ({
    span: t.span,
    type: TYPE_INDEX.get(t.type)!,
    modifiers: t.modifiers.reduce((bits, m) => bits | (MODIFIER_BIT.get(m) ?? 0), 0),
  }));
  // The editor's brackets: the `[` and `]` always; the words inside when no name is marked there.
  const editorial = TYPE_INDEX.get('editorial')!;
  const named = tokens.map(t => t.span).sort((a, b) => a.start - b.start);
  // The longest name span, so that a binary search on starts finds every name that can overlap.
  const longest = named.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  const overlapsName = (span: Span): boolean => {
    for (let i = partitionPoint(named, n => n.start < span.start - longest); i < named.length && named[i]!.start < span.end; i++) {
      if (named[i]!.end > span.start) return true;
    }
    return false;
  };
  // A bracket wholly inside a bracket already coloured whole would be dropped by `encode` (overlapping
  // tokens keep the first): it is skipped here, so that deep nesting costs nothing per level.
  let colouredUntil = -1;
  for (const b of analysis.parsed.brackets) {
    if (b.kind === 'stamp' || b.span.end <= colouredUntil) continue;
    const inner = overlapsName(b.span);
    if (!inner) colouredUntil = Math.max(colouredUntil, b.span.end);
    const pieces = inner ? [{ start: b.span.start, end: b.span.start + 1 }, ...(b.closed ? [{ start: b.span.end - 1, end: b.span.end }] : [])] : [b.span];
    for (const p of pieces) for (const line of splitAtLineBreaks(text, p)) tokens.push({ span: line, type: editorial, modifiers: 0 });
  }
  return tokens;
}

/** The LSP's relative encoding; overlapping tokens (a bracket inside a bracket) keep the first. */
function encode(doc: ITextDocument, tokens: readonly Token[]): number[] {
  const data: number[] = [];
  let line = 0;
  let char = 0;
  let lastEnd = -1;
  for (const t of tokens) {
    if (t.span.start < lastEnd || t.span.end <= t.span.start) continue;
    const start = doc.positionAt(t.span.start);
    data.push(start.line - line, start.line === line ? start.character - char : start.character, t.span.end - t.span.start, t.type, t.modifiers);
    line = start.line;
    char = start.character;
    lastEnd = t.span.end;
  }
  return data;
}

