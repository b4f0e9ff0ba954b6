/**
 * Hover text for a name. Everything that comes from the document or from a gazetteer file is
 * escaped, so neither can inject markdown, HTML or links; the only links are Wikidata item links
 * built from a validated id and plain https sources.
 *
 * Layout, one function per block so each can change on its own:
 *   1. `headerLine`     who and what on the cable's date: `**Joseph Stalin** — Chairman of … (on 19 Oct 1951)`
 *   2. `coverNameLines` for a cover name: period, channels, certainty, evidence
 *   3. `entryLines`     other offices on the date (or the roles, undated), life dates, note
 *   4. `formLine`       the form written here and its system
 *   5. `candidateLines` other candidates when unsure
 *   6. `referenceLines` sources and Wikidata, last
 */
import type { PartialDate, Span } from '../types';
import { AFTER_1953, parseDatePoint, type GazetteerEntry, type Role } from '../gazetteer/types';
import type { Candidate, EntityAnalysis, EntityMention, Evidence, NearMiss, Resolution, UnknownPerson } from './types';
import { editorNotesAbout, type EditorNote } from './editorNotes';
import { namesOffice, officeWordsInApposition } from './officeWords';
import { dateFit, diedBefore, formatDate, formatPeriod, formatPoint, roleFitsDate, vagueEnds } from './dates';
import { spellingLabel } from './systems';
import { dateAt, dateOfName, inDatedText } from './textDates';
import { nameForms } from '../gazetteer/gazetteer';
import { identificationCertainty, type Certainty } from './certainty';
import { sentence } from '../sentence';
import { monthNames } from '../vocabulary';
import { escapeMarkdown } from '../markdown';
import { slipPartner } from './nameChecks';
import { coverNameOutOfItsPeriod } from './coverOutOfPeriod';
import type { ChronologyMention } from '../chronology';

export interface EntityHover {
  readonly span: Span;
  readonly markdown: string;
}

export { escapeMarkdown };

const e = escapeMarkdown;

/** The name at an offset: its own words first (`Stalin` in `FILIPPOV [Stalin]`), then the gloss around them. */
export function mentionAt(analysis: EntityAnalysis, offset: number): EntityMention | undefined {
  return analysis.mentions.find((m) => m.fullSpan.start <= offset && offset < m.fullSpan.end)
    ?? analysis.mentions.find((m) => m.fullSpan.start <= offset && offset < (m.gloss?.span.end ?? 0));
}

/** What the hover may say beyond the cable: where the cable starts in its file, and what the folder holds. */
export interface EntityHoverContext {
  /** The file's line of the cable's first line (0 for a file of one cable), for "named on line N". */
  readonly firstLine?: number;
  /** How many times the folder writes an unknown person of this key (`UnknownPerson.key`), when the corpus index is complete. */
  readonly unknownInFolder?: (key: string) => number | undefined;
  /** The cable's dates as the chronology reads them: a sentence that dates a cover name within its period (`coverNameOutOfItsPeriod`). */
  readonly dates?: readonly ChronologyMention[];
}

export function getEntityHover(analysis: EntityAnalysis, offset: number, hoverContext: EntityHoverContext = {}): EntityHover | undefined {
  const found = mentionAt(analysis, offset);
  // `Kim Il Sang`: a slip of a longer name holding a shorter known one (`Kim Il`) is read as the slip
  const mention = found && !analysis.nearMisses.some((m) => m.span.start <= found.span.start && found.span.end <= m.span.end && m.span.end - m.span.start > found.span.end - found.span.start) ? found : undefined;
  if (mention) {
    const body = mention.reference ? contextualMarkdown(mention, analysis, hoverContext) : hoverMarkdown(mention, analysis, hoverContext);
    const notes = editorNotesAbout(analysis, mention.span, mention.gloss?.span, mention.type === 'pseudonym');
    // On the gloss's brackets the hover covers the name and its gloss, so that its range holds the cursor.
    const span = offset >= mention.fullSpan.end && mention.gloss ? { start: mention.fullSpan.start, end: mention.gloss.span.end } : mention.fullSpan;
    return { span, markdown: notes.length ? `${body}\n\n${notesMarkdown(notes, analysis, hoverContext)}` : body };
  }
  const unknown = analysis.unknownPeople.find((u) => u.span.start <= offset && offset < Math.max(u.span.end, u.gloss?.span.end ?? 0));
  if (unknown) {
    // On its gloss the hover covers the name and the gloss, so that its range holds the cursor.
    const span = offset >= unknown.span.end && unknown.gloss ? { start: unknown.span.start, end: unknown.gloss.span.end } : unknown.span;
    return { span, markdown: unknownMarkdown(unknown, analysis, hoverContext) };
  }
  // A near-miss (`Le Kenong`): say what it probably stands for, and who that was; one read only
  // beside a right spelling the document lacks (`Ren Bishe` alone) possibly stands for it.
  const names = (m: NearMiss) => m.span.start <= offset && offset < m.span.end && m.entries.some((x) => x.kind === 'person');
  const k = analysis.nearMisses.findIndex(names);
  const miss = analysis.nearMisses[k];
  const alone = miss ? undefined : analysis.nearMissesAlone.find(names);
  if (alone) return nearMissHover(alone, dateAt(analysis.context, alone.span.start), 'possibly', ', or another person the gazetteer lacks');
  if (!miss) return undefined;
  const date = dateAt(analysis.context, miss.span.start);
  // `Peng Dehuei` beside `Peng Dehuai` is the slip `variant` reports; `Kim Yong-ju` alone, or `Chen Yu` beside `Chen Yun`, may be another man
  if (miss.anotherGivenName && !slipPartner(analysis, k)) {
    // `Kim Yong-ju` near `Kim Song-ju`: no card of a man it may well not be
    const who = miss.entries.length === 1 && miss.entries[0]!.canonical !== miss.suggestion ? ` (${e(miss.entries[0]!.canonical)})` : '';
    return { span: miss.span, markdown: `**${e(miss.written)}** — not a known name: the surname of **${e(miss.suggestion)}**${who} with another given name, perhaps another person, perhaps a slip` };
  }
  return nearMissHover(miss, date, 'probably', '');
}

/** `**Le Kenong** — not a known spelling; probably **Li Kenong**`, then who the name it is near was on the date. */
function nearMissHover(miss: NearMiss, date: PartialDate | undefined, likelihood: string, orElse: string): EntityHover {
  const lines = [`**${e(miss.written)}** — not a known spelling; ${likelihood} **${e(miss.suggestion)}**${orElse}`];
  for (const entry of miss.entries.slice(0, 2)) {
    lines.push('', `**${e(entry.canonical)}** — ${officeOrKind(entry, date)}`);
    pushBlock(lines, entryLines(entry, date, true));
  }
  return { span: miss.span, markdown: lines.join('\n') };
}

export function hoverMarkdown(mention: EntityMention, analysis: EntityAnalysis, hoverContext: EntityHoverContext = {}): string {
  const { best, alternatives } = mention.resolution;
  // a name in a quoted text that dates itself is read on that text's date, one the words after it date on their year
  const date = dateOfName(analysis.context, analysis.text, mention.span);
  const whose = inDatedText(analysis.context, mention.span.start) ? "the quoted text's" : "the document's";
  const certainty = identificationCertainty(mention.resolution);
  const office = shownOffice(best, date, analysis.text, mention.span);
  const lines: string[] = [headerLine(mention, certainty, date, office)];
  if (best.via === 'pseudonym' && best.pseudonym) pushBlock(lines, coverNameLines(mention, certainty, date, whose, outOfPeriodClause(mention, analysis, hoverContext, whose)));
  else if (certainty !== 'certain') {
    // why a name is in doubt, when the reason is this mention's own (a junior rank before a surname)
    const why = best.evidence.filter((x) => x.kind === 'noRoleOnDate' || x.kind === 'rankBelowOffices' || x.kind === 'postNotHeld' || x.kind === 'channelPost' || x.kind === 'ministerAddressed').map((x) => evidenceText(x, best, mention, date)).filter((x): x is string => !!x);
    pushBlock(lines, [`Identification: ${CERTAINTY_WORDS[certainty]}${why.length ? ` — ${why.join('; ')}` : ''}.`]);
  }
  pushBlock(lines, entryLines(best.entry, date, best.via !== 'pseudonym', office));
  pushBlock(lines, [formLine(mention, best)]);
  pushBlock(lines, candidateLines(alternatives));
  pushBlock(lines, referenceLines(best.entry));
  return lines.join('\n');
}

/** Appends a block after a blank line; an empty block adds nothing. */
function pushBlock(lines: string[], block: readonly string[]): void {
  if (block.length) lines.push('', ...block);
}

const CERTAINTY_WORDS: Record<Certainty, string> = { certain: 'certain', probable: 'probable', uncertain: 'uncertain' };

// ---------------------------------------------------------------- 1. header

/**
 * `**Joseph Stalin** — Chairman of the Council of Ministers of the USSR (on 19 Oct 1951)`;
 * `**Filippov** — cover name of **Joseph Stalin**, Chairman …`; `probably` when not certain. `office`
 * is the one `shownOffice` names.
 */
export function headerLine(mention: EntityMention, certainty: Certainty, date: PartialDate | undefined, office: Role | undefined): string {
  const entry = mention.resolution.best.entry;
  const who = `**${e(entry.canonical)}**`;
  // spoken of after his death (a condolence, a funeral): what he was is no office but that he had died
  const dead = office ? undefined : diedBefore(entry, date);
  const what = office ? officePhrase(entry, office, date) : dead !== undefined ? `${kindLabel(entry)}, died ${e(dead)}` : undefined;
  if (mention.resolution.best.via === 'pseudonym') {
    const lead = certainty === 'certain' ? 'cover name of' : certainty === 'probable' ? 'probably a cover name of' : 'cover name, possibly of';
    return `**${e(mention.name)}** — ${lead} ${who}${what ? `, ${what}` : ''}`;
  }
  if (certainty === 'certain') return `${who} — ${what ?? kindLabel(entry)}`;
  const hedge = certainty === 'probable' ? 'probably' : 'possibly';
  return `**${e(mention.name)}** — ${hedge} ${who}, ${what ?? kindLabel(entry)}`;
}

/**
 * The office a hover names for a candidate: the one the words beside the name name (`the Naval
 * Minister`), or, of several held that day, the one the words in apposition to it name (`Chief of
 * Staff General Nieh Jung-chen` of a man who was also Beijing's mayor); else the first held that day.
 * Words elsewhere on the line tell namesakes apart but not one man's offices: in `Cde. Kovalev will
 * accompany the specialists` Kovalev is still Stalin's representative, not the specialists' head.
 */
function shownOffice(c: Candidate, date: PartialDate | undefined, text: string, span: Span): Role | undefined {
  const named = c.evidence.find((ev) => ev.kind === 'officeNamed')?.detail;
  const resolved = named !== undefined ? c.entry.roles?.find((r) => r.title === named) : undefined;
  const onDate = ofTheLinesTask(c.entry, rolesOnDate(c.entry, date), text, span);
  if (resolved && onDate.length < 2) return resolved;
  if (onDate.length > 1) {
    const beside = officeWordsInApposition(text, span);
    const written = onDate.find((r) => namesOffice(r.title, beside));
    if (written) return written;
  }
  return onDate[0] ?? resolved;
}

/**
 * A clerk's offices of the day that do the task his processing line names: `Deciphered by Leshevich`
 * is no typist's line even where the gazetteer records him as a typist, and of Karpov's roles the one
 * that deciphers. None fits, and the header names him by his trade (`cipher-office staff`); a line
 * naming no task, or a man who is no clerk, keeps all his offices.
 */
function ofTheLinesTask(entry: GazetteerEntry, roles: Role[], text: string, span: Span): Role[] {
  if (!roles.length || !entry.tags?.includes('clerk')) return roles;
  const line = text.slice(text.lastIndexOf('\n', span.start - 1) + 1, span.start);
  const task = CLERKS_TASKS.find((t) => t.verb.test(line));
  return task ? roles.filter((r) => task.office.test(r.title)) : roles;
}
/** A processing line's verb, and the words of a clerk's office that does it. */
const CLERKS_TASKS: readonly { readonly verb: RegExp; readonly office: RegExp }[] = [
  { verb: /\b(?:deciphered|decoded|decrypted)\b/i, office: /cipher/i },
  { verb: /\btyped\b/i, office: /typist/i },
  { verb: /\b(?:verified|checked)\b/i, office: /verif/i },
];

function officeOrKind(entry: GazetteerEntry, date: PartialDate | undefined): string {
  const office = officeOnDate(entry, date);
  return office ? officePhrase(entry, office, date) : kindLabel(entry);
}

/**
 * The roles held on the date, within three ranks: single posts first (`post`), then other roles
 * with both ends known, then roles with one end known; within a rank, a role held for sure on the
 * date before one that began or ended in the date's year with no month given and may not yet or no
 * longer be held (in November 1949 Chen Yun is Vice Premier from October 1949 before a Northeast
 * Bureau leader of 1946–1949); then, of single posts, one sure on the day before one that began or
 * ended in its month with no day given, then the first in data order (the main office: Nie Rongzhen
 * ran the General Staff while he was mayor of Beijing), and of other roles the one of the shorter period, the more particular one (in September 1950
 * Zakharov heads the General Staff's group in Korea before he holds senior General Staff posts of
 * 1945–1960), else in data order.
 */
export function rolesOnDate(entry: GazetteerEntry, date: PartialDate | undefined): Role[] {
  if (date?.year === undefined) return [];
  const rank = (r: Role): number => {
    const fit = roleFitsDate(r, date);
    if (fit === 'no') return -1;
    return fit === 'closed' ? (r.post ? 0 : 1) : 2;
  };
  return (entry.roles ?? [])
    .map((role, i) => ({ role, i, rank: rank(role) }))
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank || edgeOfYear(a.role, date) - edgeOfYear(b.role, date)
      // (and, of two single posts, one held for sure on the day before one known only to the day's year to have
      // ended or begun: Nam Il's ministry from 3 March 1953 before his General Staff, to 1953, in May 1953)
      || (a.rank === 0 ? (vagueEnds(a.role, date) ? 1 : 0) - (vagueEnds(b.role, date) ? 1 : 0) : 0)
      // of two single posts held at once, one that may have passed on in the month, then the main one, which the
      // data names first (Molotov's ministry before the KI he chaired as well)
      || (a.rank === 0 ? edgeOfMonth(a.role, date) - edgeOfMonth(b.role, date) : monthsHeld(a.role) - monthsHeld(b.role)) || a.i - b.i)
    .map((x) => x.role);
}

/**
 * 1 when the role began or ended in the date's year, its sources give no month, and the date lies in
 * the half of the year where it may not yet or no longer have been held (a role `from 1948` in March
 * 1948, one `to 1948` in November 1948), else 0.
 */
function edgeOfYear(role: Role, date: PartialDate): number {
  if (date.month === undefined) return 0;
  const bareIn = (point: Role['from'] | Role['to']) => {
    const p = parseDatePoint(point);
    return p !== undefined && p.month === undefined && p.year === date.year;
  };
  return (bareIn(role.from) && date.month <= 6) || (bareIn(role.to) && date.month >= 7) ? 1 : 0;
}

/**
 * 1 when the role began or ended in the date's month, its sources give no day, and the date gives one: it
 * may not yet or no longer have been held (Ridgway's Eighth Army `to 1951-04` on 12 April 1951, the day
 * after he took the UN Command, known to the day), else 0.
 */
function edgeOfMonth(role: Role, date: PartialDate): number {
  if (date.month === undefined || date.day === undefined) return 0;
  const bareIn = (point: Role['from'] | Role['to']) => {
    const p = parseDatePoint(point);
    return p !== undefined && p.day === undefined && p.month === date.month && p.year === date.year;
  };
  return bareIn(role.from) || bareIn(role.to) ? 1 : 0;
}

/** How many months a role with both ends known spans, its ends read wide (a bare year is the whole year); roles with an open end last. */
function monthsHeld(role: Role): number {
  const from = parseDatePoint(role.from);
  const to = role.to === AFTER_1953 ? undefined : parseDatePoint(role.to);
  if (!from || !to) return Number.MAX_SAFE_INTEGER;
  return to.year * 12 + (to.month ?? 12) - (from.year * 12 + (from.month ?? 1));
}

function officeOnDate(entry: GazetteerEntry, date: PartialDate | undefined): Role | undefined {
  return rolesOnDate(entry, date)[0];
}

/** `Chairman of … (on 19 Oct 1951)`, `(in Mar 1951)`; a title that ends in a bracket takes a comma instead. */
function officePhrase(entry: GazetteerEntry, role: Role, date: PartialDate | undefined): string {
  const title = e(role.title);
  const on = heldWhen(entry, role, date);
  return role.title.trimEnd().endsWith(')') ? `${title}, ${on}` : `${title} (${on})`;
}

/**
 * When the hover says an office was held: `on 19 Oct 1951`; where an end of it is known only to
 * the date's year, that end with its doubt, not a claim on the day: `from 1950, perhaps not yet on
 * 2 Jan 1950`, `until 1949, perhaps no longer on 26 Nov 1949`. A clerk's years are the cables he is
 * seen on, not a tenure (`entryLines`): they bound nothing, and he is the clerk on the day.
 */
function heldWhen(entry: GazetteerEntry, role: Role, date: PartialDate | undefined): string {
  const on = dateWords(date);
  switch (tenureDoubt(entry, role, date)) {
    case 'start':
      return `from ${e(formatPoint(role.from))}, perhaps not yet ${on}`;
    case 'end':
      return `until ${e(formatPoint(role.to))}, perhaps no longer ${on}`;
    case 'both':
      return `in ${e(formatPoint(role.from))}, perhaps not ${on}`;
    default:
      return on;
  }
}

/** The ends of an office held on the date that may lie past it (`vagueEnds`); none of a clerk's, whose years are attestations. */
function tenureDoubt(entry: GazetteerEntry, role: Role, date: PartialDate | undefined): ReturnType<typeof vagueEnds> {
  return entry.tags?.includes('clerk') ? undefined : vagueEnds(role, date);
}

/** `on 19 Oct 1951`, `in Oct 1951`, `in 1951`. */
function dateWords(date: PartialDate | undefined): string {
  return `${date?.day !== undefined && date.month !== undefined ? 'on' : 'in'} ${e(shortDate(date))}`;
}

/** `19 Oct 1951`, `Oct 1951`, `1951`. */
export function shortDate(date: PartialDate | undefined): string {
  if (!date?.year) return '';
  const month = date.month ? monthNames[date.month - 1]!.slice(0, 3) : undefined;
  return [date.month ? date.day : undefined, month, date.year].filter((x) => x !== undefined).join(' ');
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
  titledSurname: 'surname after a title',
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
  // `Ambassador Wang`: the office the title names is in the evidence; the others of the day follow it
  const titled = best.evidence.find((ev) => ev.kind === 'titleHeld')?.detail;
  const shown = titled !== undefined ? best.entry.roles?.find((r) => r.title === titled) : undefined;
  pushBlock(lines, entryLines(best.entry, dateAt(analysis.context, mention.span.start), true, shown));
  return lines.join('\n');
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
    case 'titleHeld':
      return `the only person of this surname in the gazetteer with such an office on the cable's date: ${e(ev.detail ?? '')}`;
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
  const office = person.office ?? same.find((u) => u.office)?.office;
  if (office) lines.push('', `Office, as the text gives it: ${e(office)}.`);
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
  return e(entry.kind);
}

// ---------------------------------------------------------------- 2. cover name

function coverNameLines(mention: EntityMention, certainty: Certainty, date: PartialDate | undefined, whose: string, outside: string): string[] {
  const best = mention.resolution.best;
  const p = best.pseudonym!;
  const period = formatPeriod(p.from, p.to);
  const channels = p.channels?.length ? ` in the ${p.channels.join(', ')} channel${p.channels.length > 1 ? 's' : ''}` : '';
  const usage = period || channels ? `Cover name used${period ? ` ${e(period)}` : ''}${e(channels)}${outside}. ` : '';
  const sourcesSay = p.confidence !== 'certain' ? ` (sources: ${e(p.confidence)})` : '';
  // out of its period, what stays certain is who the name stands for, not that the date is right
  const lines = [`${usage}Identification${outside ? ' of the man' : ''}: ${CERTAINTY_WORDS[certainty]}${sourcesSay}.`];
  const ev = best.evidence.map((x) => evidenceText(x, best, mention, date, whose)).filter((x): x is string => !!x);
  if (ev.length) lines.push('', 'Evidence:', ...ev.map((x) => `- ${x}`));
  if (p.evidence) lines.push('', e(sentence(p.evidence)));
  return lines;
}

/**
 * `, but not on 24 Mar 1950, the document's date: …`: a cover name the writer uses out of its period
 * (`FENG XI [Stalin]` in March 1950), said beside the period the hover prints, on the names
 * `cable.name.coverOutOfPeriod` notes (one judgement, `coverNameOutOfItsPeriod`); empty elsewhere.
 */
function outOfPeriodClause(mention: EntityMention, analysis: EntityAnalysis, hoverContext: EntityHoverContext, whose: string): string {
  const out = coverNameOutOfItsPeriod(mention, analysis, hoverContext.dates ?? []);
  return out ? `, but not on ${e(formatDate(out.date))}, ${whose} date: either the date is wrong or the name was in use longer than the sources say` : '';
}

/** A period as the object of `falls in`: `1948–1953`, or `the period from 1929` when it is open at one end. */
const period = (detail: string | undefined) => (/^(?:from|until) /.test(detail ?? '') ? `the period ${detail}` : detail ?? '');

/** `whose`: whose date `date` is, `the document's` or `the quoted text's`. */
function evidenceText(ev: Evidence, c: Candidate, mention: EntityMention, date: PartialDate | undefined, whose = "the document's"): string | undefined {
  switch (ev.kind) {
    case 'gloss':
      return `a gloss in this document: ${e(mention.name)} ${e(ev.detail ?? '')}`;
    case 'glossElsewhere':
      return 'the same name is glossed elsewhere in this document';
    case 'date':
      return `${whose} date, ${e(formatDate(date))}, falls in ${e(period(ev.detail))}`;
    case 'dateOutside':
      return `${whose} date, ${e(formatDate(date))}, is outside ${e(period(ev.detail))}`;
    case 'channel':
      return `the channel: ${e(ev.detail ?? '')}`;
    case 'noRoleOnDate':
      return `a surname after a junior rank, and none of this man's known offices was held on ${e(formatDate(date))}: perhaps a namesake`;
    case 'rankBelowOffices':
      return `a surname after the rank of ${e((ev.detail ?? '').replace(/\.$/, '').toLowerCase())}, far below this man's offices on ${e(formatDate(date))}: perhaps a namesake`;
    case 'postNotHeld':
      return `a surname after '${e(ev.detail ?? '')}', and none of this man's offices on ${e(formatDate(date))} was such a post: perhaps a namesake`;
    case 'channelPost':
      return `addressed or signing on the channel of his post on ${e(formatDate(date))}: ${e(ev.detail ?? '')}`;
    case 'ministerAddressed':
      return `signing to his country's foreign minister on ${e(formatDate(date))}, when he was ${e(ev.detail ?? '')}`;
    case 'disputed':
      return 'sources disagree on who used this name';
    case 'onlyCandidate':
      return c.via === 'pseudonym' ? 'no one else in the gazetteer bears this name' : undefined;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------- 3. the entry

/** Other offices on the date (or the roles when the date is unknown or none fits), life dates, note. */
function entryLines(entry: GazetteerEntry, date: PartialDate | undefined, withNote: boolean, shown?: Role): string[] {
  const lines: string[] = [];
  const onDate = rolesOnDate(entry, date);
  const roles = entry.roles ?? [];
  // the other offices of the day than the one the header names (by default the first)
  const also = onDate.filter((r) => r !== (shown ?? onDate[0]));
  if (onDate.length > 1) lines.push(sentence(`Also ${dateWords(date)}: ${also.map((r) => roleText(r, VAGUE_THEN[tenureDoubt(entry, r, date) ?? ''])).join('; ')}`));
  // a cipher clerk's roles are the years published cables show him at work, not a tenure: outside
  // them he is no less the clerk (`Deciphered by Fedyaev` in 1952, seen in 1951)
  else if (!onDate.length && roles.length && entry.tags?.includes('clerk') && entry.died === undefined) {
    lines.push(sentence(`Seen on processing lines as: ${roles.slice(0, 4).map((r) => roleText(r)).join('; ')}`));
  }
  // with a date none of them fits, the roles must not read as what he was then
  else if (!onDate.length && roles.length && date?.year !== undefined) {
    // spoken of after his death (`the late Ren Bishi`): he held nothing then, and the hover says why
    const died = diedBefore(entry, date);
    const dead = died !== undefined ? ` (died ${e(died)})` : '';
    lines.push(sentence(`No role recorded for ${e(formatDate(date))}${dead}; recorded roles: ${roles.slice(0, 4).map((r) => roleText(r)).join('; ')}`));
  }
  else if (!onDate.length && roles.length) lines.push(sentence(`Roles: ${roles.slice(0, 4).map((r) => roleText(r)).join('; ')}`));
  if (entry.born !== undefined || entry.died !== undefined) lines.push(`Lived ${e(String(entry.born ?? '?'))}–${e(String(entry.died ?? '?'))}.`);
  if (withNote && entry.note) lines.push(e(sentence(entry.note)));
  return lines.flatMap((l, i) => (i ? ['', l] : [l]));
}

/**
 * `Colonel General, 1944–1951 — demoted to Major General in 1951`: the period and the note apart, no
 * brackets added; `doubt` after the period (`(perhaps not yet then)`).
 */
export function roleText(role: Role, doubt?: string): string {
  const period = formatPeriod(role.from, role.to);
  // a note's closing period would clash with the list's `;` (an abbreviation's, `a.m.`, stays)
  const note = role.note?.trim().replace(/(?<!\.\p{L})\.$/u, '');
  return `${e(role.title)}${period ? `, ${e(period)}` : ''}${doubt ? ` (${doubt})` : ''}${note ? ` — ${e(note)}` : ''}`;
}

/** An office listed as held on the date whose start or end is known only to the date's year (`vagueEnds`). */
const VAGUE_THEN: Readonly<Record<string, string>> = { start: 'perhaps not yet then', end: 'perhaps no longer then', both: 'perhaps not then' };

// ---------------------------------------------------------------- 4. the form

function formLine(mention: EntityMention, best: Candidate): string {
  // `VASILIEV [Vasilevsky]`: a form the gazetteer does not give him, read as his by the editor's gloss
  if (best.via === 'name' && best.evidence.some((x) => x.kind === 'gloss') && !isListedForm(mention.name, best.entry)) {
    return `Form used here: ${e(mention.name)} (not a listed form of this entry: the editor's gloss names it).`;
  }
  const reading = best.evidence.find((x) => x.kind === 'writtenIn')?.detail;
  const generic = reading !== undefined ? `; a generic name, ${reading}` : '';
  return `Form used here: ${e(mention.name)} (${e(spellingLabel({ ...best, system: writtenSystem(mention.name, best) }) + generic)}).`;
}

/** Whether the gazetteer lists `written` (case and composition aside) among the entry's names. */
function isListedForm(written: string, entry: GazetteerEntry): boolean {
  const key = written.normalize('NFC').toLowerCase();
  return nameForms(entry).some((f) => f.form.normalize('NFC').toLowerCase() === key);
}

/**
 * The system of the listed form written exactly so, diacritics included: matching ignores them, so
 * `Kaesŏng` is read through the headword `Kaesong`, but it is the McCune–Reischauer form.
 */
function writtenSystem(written: string, best: Candidate): Candidate['system'] {
  if (best.spelledBy || best.form.form === written) return best.system;
  const key = written.normalize('NFC').toLowerCase();
  const forms = best.via === 'pseudonym' && best.pseudonym ? [{ form: best.pseudonym.name, system: best.pseudonym.system }, ...(best.pseudonym.forms ?? [])] : nameForms(best.entry);
  return forms.find((f) => f.form.normalize('NFC').toLowerCase() === key)?.system ?? best.system;
}

// ---------------------------------------------------------------- 5. candidates

function candidateLines(alternatives: Resolution['alternatives']): string[] {
  if (!alternatives.length) return [];
  return ['Other candidates:', ...alternatives.map((c) => `- ${candidateLine(c)}`)];
}

function candidateLine(c: Candidate): string {
  // a cover name's confidence holds in its period: outside it, the period is what the reader needs
  const outside = c.evidence.some((x) => x.kind === 'dateOutside');
  const via =
    c.via === 'pseudonym' && c.pseudonym
      ? ` (as a cover name${c.pseudonym.from || c.pseudonym.to ? `, ${e(formatPeriod(c.pseudonym.from, c.pseudonym.to))}` : ''}; ${outside ? 'not in use on this date' : e(c.pseudonym.confidence)})`
      : '';
  return `${e(c.entry.canonical)}${via}`;
}

// ---------------------------------------------------------------- 6. sources and Wikidata

const MAX_SOURCES = 3;
const SAFE_URL = /^https:\/\/([A-Za-z0-9.-]+)(\/[^\s()<>[\]\\`"']*)?$/;

/** A source that is one document (`Ciphered telegram N° 25025, …`) rather than a reference work. */
const ONE_DOCUMENT = /^(ciphered )?(telegram|cable|letter)\b|\bN[°ºo]\.? ?\d/i;

/**
 * Reference works first, then links by host name, then single documents (which would otherwise
 * repeat one cable on every hover); at most three, with a count of the rest.
 */
function referenceLines(entry: GazetteerEntry): string[] {
  const lines: string[] = [];
  const sources = entry.sources ?? [];
  if (sources.length) {
    const rank = (s: string): number => (/^https?:/.test(s) ? 1 : ONE_DOCUMENT.test(s) ? 2 : 0);
    const ordered = sources.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map((x) => x.s);
    const shown = ordered.slice(0, MAX_SOURCES).map(sourceText);
    const more = ordered.length - shown.length;
    lines.push(sentence(`Sources: ${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`));
  }
  if (entry.wikidata && /^Q[1-9][0-9]*$/.test(entry.wikidata)) {
    lines.push(`[Wikidata ${entry.wikidata}](https://www.wikidata.org/wiki/${entry.wikidata})`);
  }
  return lines.flatMap((l, i) => (i ? ['', l] : [l]));
}

function sourceText(source: string): string {
  const m = SAFE_URL.exec(source);
  return m ? `[${e(m[1]!)}](${source})` : e(source);
}

export { dateFit };
