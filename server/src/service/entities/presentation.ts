/** Semantic tokens and inlay hints for names: plain data, the LSP glue encodes them. */
import type { Span } from '../types';
import type { EntityAnalysis, EntityMention, MentionType } from './types';
import { splitAtLineBreaks } from '../spans';
import { identificationCertainty, type Certainty } from './certainty';

export type EntityTokenModifier = 'gloss' | 'uncertain' | 'clerk' | 'completed';

export interface EntitySemanticToken {
  /** Never crosses a line break: a name broken over two lines gives two tokens. */
  readonly span: Span;
  /** `unknownPerson`: a likely person the gazetteer lacks. */
  readonly type: MentionType | 'unknownPerson';
  readonly modifiers: readonly EntityTokenModifier[];
}

export function getEntitySemanticTokens(analysis: EntityAnalysis): EntitySemanticToken[] {
  const out: EntitySemanticToken[] = [];
  for (const m of analysis.mentions) {
    const modifiers: EntityTokenModifier[] = [];
    if (m.glossOf !== undefined) modifiers.push('gloss');
    if (m.resolution.confidence === 'uncertain') modifiers.push('uncertain');
    if (m.resolution.best.entry.tags?.includes('clerk')) modifiers.push('clerk');
    if (m.completed) modifiers.push('completed');
    for (const span of splitAtLineBreaks(analysis.text, m.span)) out.push({ span, type: m.type, modifiers });
  }
  if (analysis.unknownPeople.length) {
    for (const u of analysis.unknownPeople) for (const span of splitAtLineBreaks(analysis.text, u.span)) out.push({ span, type: 'unknownPerson', modifiers: [] });
    out.sort((a, b) => a.span.start - b.span.start);
  }
  return out;
}

export interface EntityInlayHint {
  /** Where the hint goes: right after the name (after `'s` for a possessive). */
  readonly offset: number;
  /**
   * `= Stalin`, `= Stalin?` when the identification is probable, or `= Zakharov? Razuvaev?` when the
   * sources disagree — never in square brackets, which in a cable are the archive editor's own voice.
   */
  readonly label: string;
  readonly tooltip: string;
}

/** `= Stalin` after a cover name that no gloss in the document explains. */
export function getEntityInlayHints(analysis: EntityAnalysis): EntityInlayHint[] {
  const glossed = new Set<string>();
  for (const m of analysis.mentions) {
    if (m.gloss) m.gloss.entryIds.forEach((id) => glossed.add(`${m.key}\u0000${id}`));
  }
  const out: EntityInlayHint[] = [];
  for (const m of analysis.mentions) {
    if (m.type !== 'pseudonym' || m.glossOf !== undefined) continue;
    const { best, alternatives } = m.resolution;
    if (glossed.has(`${m.key}\u0000${best.entry.id}`)) continue;
    const certainty = identificationCertainty(m.resolution);
    const label = hintLabel(m, certainty, alternatives.map((a) => short(a.entry)));
    if (!label) continue;
    out.push({
      offset: m.possessive ? afterPossessive(analysis.text, m.span.end) : m.span.end,
      label,
      tooltip: hintTooltip(analysis.text.slice(m.span.start, m.span.end), m, certainty),
    });
  }
  return out;
}

/**
 * The hint's own tooltip says what the label abbreviates, so the label stays `= Stalin` or
 * `= Stalin?` and never grows brackets that would read as the document's text.
 */
function hintTooltip(written: string, m: EntityMention, certainty: Certainty): string {
  const bearer = m.resolution.best.entry.canonical;
  const sources = m.resolution.best.pseudonym?.confidence;
  const what =
    certainty === 'certain'
      ? `${written} is a cover name of ${bearer} (certain).`
      : certainty === 'probable'
        ? `${written} is probably a cover name of ${bearer}${sources && sources !== 'certain' ? ` (the sources call it ${sources})` : ''}.`
        : `Who used ${written} is uncertain: ${[bearer, ...m.resolution.alternatives.map((a) => a.entry.canonical)].join(' or ')}.`;
  return `${what} This identification is the extension's, from its gazetteer, not the archive editor's: the document has no gloss for it.`;
}

function hintLabel(m: EntityMention, certainty: Certainty, others: string[]): string | undefined {
  const name = short(m.resolution.best.entry);
  if (certainty === 'certain') return `= ${name}`;
  if (certainty === 'probable') return `= ${name}?`;
  // a disputed cover name in its period names its candidates; outside its period it names no one, as any cover name
  const outside = m.resolution.best.evidence.some((e) => e.kind === 'dateOutside');
  if (m.resolution.best.pseudonym?.confidence === 'disputed' && others.length && !outside) return `= ${[name, ...others].map((n) => `${n}?`).join(' ')}`;
  return undefined;
}

function short(entry: EntityMention['resolution']['best']['entry']): string {
  if (entry.short) return entry.short;
  const parts = entry.canonical.replace(/\s*\(.*\)$/, '').split(/\s+/);
  return entry.kind === 'person' ? parts[parts.length - 1]! : entry.canonical;
}

function afterPossessive(text: string, end: number): number {
  return /^['’]s/i.test(text.slice(end, end + 2)) ? end + 2 : end;
}
