/**
 * Hover text for a name. Everything that comes from the document or from a gazetteer file is
 * escaped, so neither can inject markdown, HTML or links; the only links are Wikidata item links
 * built from a validated id and https sources.
 */
import type { Span } from '../types';
import type { GazetteerEntry, Role } from '../gazetteer/types';
import type { Candidate, EntityAnalysis, EntityMention, Evidence } from './types';
import { dateFit, formatDate, formatPeriod, roleFitsDate } from './dates';
import { systemLabel } from './systems';

export interface EntityHover {
  readonly span: Span;
  readonly markdown: string;
}

/** Backslash-escapes every markdown punctuation character and flattens line breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:$%@^]/g, (c) => `\\${c}`);
}

const e = escapeMarkdown;

/** The name at an offset: its own words first (`Stalin` in `FILIPPOV [Stalin]`), then the gloss around them. */
export function mentionAt(analysis: EntityAnalysis, offset: number): EntityMention | undefined {
  return analysis.mentions.find((m) => m.fullSpan.start <= offset && offset < m.fullSpan.end)
    ?? analysis.mentions.find((m) => m.fullSpan.start <= offset && offset < (m.gloss?.span.end ?? 0));
}

export function getEntityHover(analysis: EntityAnalysis, offset: number): EntityHover | undefined {
  const mention = mentionAt(analysis, offset);
  // On the gloss's brackets the hover covers the name and its gloss, so that its range holds the cursor.
  const span = mention && offset >= mention.fullSpan.end && mention.gloss ? { start: mention.fullSpan.start, end: mention.gloss.span.end } : mention?.fullSpan;
  if (mention && span) return { span, markdown: hoverMarkdown(mention, analysis) };
  // A near-miss (`Le Kenong`): say what it probably stands for, and who that was.
  const miss = analysis.nearMisses.find((m) => m.span.start <= offset && offset < m.span.end && m.entries.some((e) => e.kind === 'person'));
  if (!miss) return undefined;
  const lines = [`**${e(miss.written)}** — not a known spelling; probably **${e(miss.suggestion)}**`, ''];
  for (const entry of miss.entries.slice(0, 2)) lines.push(`**${e(entry.canonical)}** — ${kindLabel(entry)}`, '', ...personLines(entry, analysis.context.date, true), '');
  return { span: miss.span, markdown: lines.join('\n').trimEnd() };
}

const CONFIDENCE_WORDS = { certain: 'certain', probable: 'probable', uncertain: 'uncertain' } as const;

export function hoverMarkdown(mention: EntityMention, analysis: EntityAnalysis): string {
  const { best, confidence, alternatives } = mention.resolution;
  const date = analysis.context.date;
  const lines: string[] = [];
  if (best.via === 'pseudonym' && best.pseudonym) {
    const p = best.pseudonym;
    const period = formatPeriod(p.from, p.to);
    const channels = p.channels?.length ? ` in the ${p.channels.join(', ')} channel${p.channels.length > 1 ? 's' : ''}` : '';
    lines.push(
      `**${e(mention.name)}** — cover name of **${e(best.entry.canonical)}**` +
        (period ? `, used ${e(period)}${e(channels)}` : e(channels)),
    );
    lines.push('');
    lines.push(`Identification: ${CONFIDENCE_WORDS[confidence]}${p.confidence !== 'certain' ? ` (sources: ${p.confidence})` : ''}.`);
    const ev = evidenceLines(best, mention, date);
    if (ev.length) {
      lines.push('');
      lines.push('Evidence:');
      for (const line of ev) lines.push(`- ${line}`);
    }
    if (p.evidence) {
      lines.push('');
      lines.push(e(p.evidence));
    }
    lines.push('');
    lines.push(`Form used here: ${e(mention.name)} (${e(systemLabel(best.system))}).`);
    lines.push('');
    lines.push(...personLines(best.entry, date, false));
  } else {
    lines.push(`**${e(best.entry.canonical)}** — ${kindLabel(best.entry)}`);
    lines.push('');
    lines.push(...personLines(best.entry, date, true));
    lines.push('');
    lines.push(`Form used here: ${e(mention.name)} (${e(systemLabel(best.system))}).`);
    if (confidence !== 'certain') {
      lines.push('');
      lines.push(`Identification: ${CONFIDENCE_WORDS[confidence]}.`);
    }
  }
  if (alternatives.length) {
    lines.push('');
    lines.push('Other candidates:');
    for (const c of alternatives) lines.push(`- ${candidateLine(c)}`);
  }
  if (best.entry.wikidata && /^Q[1-9][0-9]*$/.test(best.entry.wikidata)) {
    lines.push('');
    lines.push(`[Wikidata ${best.entry.wikidata}](https://www.wikidata.org/wiki/${best.entry.wikidata})`);
  }
  return lines.join('\n');
}

function kindLabel(entry: GazetteerEntry): string {
  if (entry.tags?.includes('clerk')) return 'cipher\\-office staff';
  return entry.kind;
}

function personLines(entry: GazetteerEntry, date: EntityAnalysis['context']['date'], withNote: boolean): string[] {
  const lines: string[] = [];
  const roles = entry.roles ?? [];
  const onDate = roles.filter((r) => roleFitsDate(r, date) !== 'no');
  if (date?.year !== undefined && onDate.length) {
    lines.push(`On ${e(formatDate(date))}: ${onDate.map(roleText).join('; ')}.`);
  } else if (roles.length) {
    lines.push(`Roles: ${roles.slice(0, 4).map(roleText).join('; ')}.`);
  }
  if (entry.born !== undefined || entry.died !== undefined) {
    lines.push('');
    lines.push(`Lived ${entry.born ?? '?'}–${entry.died ?? '?'}.`);
  }
  if (withNote && entry.note) {
    lines.push('');
    lines.push(e(entry.note));
  }
  return lines;
}

function roleText(role: Role): string {
  const period = formatPeriod(role.from, role.to);
  return period ? `${e(role.title)} (${e(period)})` : e(role.title);
}

function evidenceLines(c: Candidate, mention: EntityMention, date: EntityAnalysis['context']['date']): string[] {
  const out: string[] = [];
  for (const ev of c.evidence) {
    const line = evidenceText(ev, c, mention, date);
    if (line) out.push(line);
  }
  return out;
}

function evidenceText(ev: Evidence, c: Candidate, mention: EntityMention, date: EntityAnalysis['context']['date']): string | undefined {
  switch (ev.kind) {
    case 'gloss':
      return `a gloss in this document: ${e(mention.name)} ${e(ev.detail ?? '')}`;
    case 'glossElsewhere':
      return 'the same name is glossed elsewhere in this document';
    case 'date':
      return `the document's date, ${e(formatDate(date))}, falls in ${e(ev.detail ?? '')}`;
    case 'dateOutside':
      return `the document's date, ${e(formatDate(date))}, is outside ${e(ev.detail ?? '')}`;
    case 'channel':
      return `the channel: ${e(ev.detail ?? '')}`;
    case 'disputed':
      return 'sources disagree on who used this name';
    case 'onlyCandidate':
      return c.via === 'pseudonym' ? 'no one else in the gazetteer bears this name' : undefined;
    default:
      return undefined;
  }
}

function candidateLine(c: Candidate): string {
  const via =
    c.via === 'pseudonym' && c.pseudonym
      ? ` (as a cover name${c.pseudonym.from || c.pseudonym.to ? `, ${e(formatPeriod(c.pseudonym.from, c.pseudonym.to))}` : ''}; ${c.pseudonym.confidence})`
      : '';
  return `${e(c.entry.canonical)}${via}`;
}

export { dateFit };
