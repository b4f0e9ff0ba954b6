/**
 * Hover text for a name. Everything that comes from the document or from a gazetteer file is
 * escaped, so neither can inject markdown, HTML or links; the only links are Wikidata item links
 * built from a validated id and https sources.
 */
import type { Span } from '../types';
import type { GazetteerEntry, Role } from '../gazetteer/types';
import type { Candidate, EntityAnalysis, EntityMention, Evidence, UnknownPerson } from './types';
import { editorNotesAbout, type EditorNote } from './editorNotes';
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

export function mentionAt(analysis: EntityAnalysis, offset: number): EntityMention | undefined {
  return analysis.mentions.find((m) => m.fullSpan.start <= offset && offset < Math.max(m.fullSpan.end, m.gloss?.span.end ?? 0));
}

/** What the hover may say beyond the cable: where the cable starts in its file, and what the folder holds. */
export interface EntityHoverContext {
  /** The file's line of the cable's first line (0 for a file of one cable), for "named on line N". */
  readonly firstLine?: number;
  /** How many times the folder writes an unknown person of this key (`UnknownPerson.key`), when the corpus index is complete. */
  readonly unknownInFolder?: (key: string) => number | undefined;
}

export function getEntityHover(analysis: EntityAnalysis, offset: number, hoverContext: EntityHoverContext = {}): EntityHover | undefined {
  const mention = mentionAt(analysis, offset);
  if (mention) {
    const body = mention.reference ? contextualMarkdown(mention, analysis, hoverContext) : hoverMarkdown(mention, analysis);
    const notes = editorNotesAbout(analysis, mention.span, mention.gloss?.span, mention.type === 'pseudonym');
    return { span: mention.fullSpan, markdown: notes.length ? `${body}\n\n${notesMarkdown(notes, analysis, hoverContext)}` : body };
  }
  const unknown = analysis.unknownPeople.find((u) => u.span.start <= offset && offset < Math.max(u.span.end, u.gloss?.span.end ?? 0));
  if (unknown) return { span: unknown.span, markdown: unknownMarkdown(unknown, analysis, hoverContext) };
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

/** Line `N` (1-based, in the file) of an offset of the cable. */
function lineOf(analysis: EntityAnalysis, offset: number, hoverContext: EntityHoverContext): number {
  let line = 1 + (hoverContext.firstLine ?? 0);
  for (let i = analysis.text.indexOf('\n'); i >= 0 && i < offset; i = analysis.text.indexOf('\n', i + 1)) line++;
  return line;
}

const REFERENCE_WORDS = {
  addresseeRun: 'one-character reference in an addressee run',
  character: 'one-character reference',
  surname: 'surname alone',
  givenName: 'given name alone',
} as const;

/** `林` of `林邓谭萧赵`, a lone `倪`, a bare `Kim`: who it stands for, and why. */
function contextualMarkdown(mention: EntityMention, analysis: EntityAnalysis, hoverContext: EntityHoverContext): string {
  const { best, alternatives } = mention.resolution;
  const how = REFERENCE_WORDS[mention.reference!];
  const lines: string[] = [];
  const named = (c: Candidate) => c.evidence.find((ev) => ev.kind === 'namedInFull');
  if (alternatives.length) {
    const everyoneNamed = [best, ...alternatives].every((c) => named(c));
    const names = [best, ...alternatives].map((c) => e(c.entry.canonical));
    const list = names.length === 2 ? `${names[0]} or ${names[1]}` : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
    lines.push(`**${e(mention.name)}**: ${list} — ${everyoneNamed ? `${names.length === 2 ? 'both' : 'all'} named in this cable` : 'the cable does not tell which'}`);
    lines.push('');
    lines.push(`A ${how}.`);
    lines.push('');
    lines.push('Candidates:');
    for (const c of [best, ...alternatives]) lines.push(`- ${candidateEvidence(c, analysis, hoverContext)}`);
    return lines.join('\n');
  }
  lines.push(`**${e(mention.name)}** — ${how}: **${e(best.entry.canonical)}**`);
  lines.push('');
  lines.push('Evidence:');
  for (const ev of best.evidence) {
    const line = contextEvidenceText(ev, analysis, hoverContext);
    if (line) lines.push(`- ${line}`);
  }
  lines.push('');
  lines.push(...personLines(best.entry, analysis.context.date, true));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

function candidateEvidence(c: Candidate, analysis: EntityAnalysis, hoverContext: EntityHoverContext): string {
  const why = c.evidence.map((ev) => (ev.kind === 'addresseeRun' ? undefined : contextEvidenceText(ev, analysis, hoverContext))).filter((x) => x);
  return `${e(c.entry.canonical)}${why.length ? ` (${why.join('; ')})` : ''}`;
}

function contextEvidenceText(ev: Evidence, analysis: EntityAnalysis, hoverContext: EntityHoverContext): string | undefined {
  switch (ev.kind) {
    case 'addresseeRun':
      return `one-character reference in an addressee run: ${e(ev.detail ?? '')}`;
    case 'namedInFull':
      return `stands for ${e(ev.detail ?? '')} named on line ${ev.span ? lineOf(analysis, ev.span.start, hoverContext) : '?'}`;
    case 'role':
      return `active on the cable's date: ${e(ev.detail ?? '')}`;
    default:
      return undefined;
  }
}

function notesMarkdown(notes: readonly EditorNote[], analysis: EntityAnalysis, hoverContext: EntityHoverContext): string {
  const lines = ["The editor's notes:"];
  for (const n of notes) {
    const who = n.entries.length ? ` — names ${n.entries.map((x) => `**${e(x.canonical)}**`).join(', ')}` : '';
    const where = n.kind === 'footnote' ? `note ${e(n.marker ?? '')} on line ${lineOf(analysis, n.span.start, hoverContext)}` : 'gloss';
    lines.push(`- ${where}: ${e(n.text)}${who}`);
  }
  return lines.join('\n');
}

/** A person the gazetteer lacks: how often the cable (or the folder) writes the name, and what the editor says of it. */
function unknownMarkdown(person: UnknownPerson, analysis: EntityAnalysis, hoverContext: EntityHoverContext): string {
  const same = analysis.unknownPeople.filter((u) => u.key === person.key);
  const inFolder = hoverContext.unknownInFolder?.(person.key);
  const count = inFolder ?? same.length;
  const scope = inFolder !== undefined ? 'in this folder' : 'in this document';
  const lines = [
    `**${e(person.name)}** — probably a person (${e(person.cue)})`,
    '',
    `Not in the gazetteer: ${count} mention${count === 1 ? '' : 's'} ${scope}.`,
  ];
  const spellings = [...new Set(same.map((u) => u.name))];
  if (spellings.length > 1) lines.push('', `Written: ${spellings.map(e).join(', ')}.`);
  if (person.gloss) {
    const entries = person.gloss.entryIds.map((id) => analysis.mentions.find((m) => m.resolution.best.entry.id === id)?.resolution.best.entry.canonical ?? id);
    lines.push('', `Evidence: the editor's gloss [${e(person.gloss.text)}] names ${entries.map((x) => `**${e(x)}**`).join(', ')}.`);
  }
  const notes = editorNotesAbout(analysis, person.span, person.gloss?.span, true);
  if (notes.length) lines.push('', notesMarkdown(notes, analysis, hoverContext));
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
