/**
 * Completion while transcribing: the names, cover names and places of the gazetteer in the
 * spellings it lists, ranked by how often the folder's cables already write them; honorifics;
 * month names after a day number (`19 Oc` → `October`); number signs after `telegram` or `To`.
 *
 * The gazetteer's part is built once per gazetteer object (a frozen value, replaced on reload):
 * every written form with its kind and filter text, and a sorted table of the folded word starts
 * of those forms, so a request finds its candidates by binary search on the typed prefix and
 * never walks the entries. Only the offered items get their detail (which reads the cable's date);
 * their documentation waits for `completionItem/resolve`.
 */
import {
  CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position, type Range,
} from 'vscode-languageserver-types';
import type { AnalysisSource } from '../analysis/analysisCache';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { mentionAt } from '../chronology';
import { escapeMarkdown } from '../entities';
import { dateFit, formatDate, formatPeriod, roleFitsDate } from '../entities/dates';
import { HONORIFICS } from '../entities/honorifics';
import { systemLabel } from '../entities/systems';
import { foldKey, nameForms, type Gazetteer, type GazetteerEntry, type NameForm, type Pseudonym } from '../gazetteer';
import type { ICancellationToken, ITextDocument, PartialDate } from '../types';
import { honorifics, monthNames, numberSigns } from '../vocabulary';

/** At most this many items are sent; the list is then marked incomplete, so the client asks again as the user types. */
const LIMIT = 100;

/** The icons: as the workspace symbols show entities (a person a class, a place a namespace, an office a struct). */
const KIND: Record<GazetteerEntry['kind'], CompletionItemKind> = {
  person: CompletionItemKind.Class,
  place: CompletionItemKind.Module,
  organisation: CompletionItemKind.Struct,
};

/** One written form the gazetteer offers: `Chou En-lai` of Zhou Enlai, `Filippov` of Stalin. */
interface NameChoice {
  readonly entry: GazetteerEntry;
  readonly form: NameForm;
  /** Set when the form spells a cover name. */
  readonly cover?: Pseudonym;
  /** The form folded (`chou en-lai`). */
  readonly key: string;
  /** The form, then the entity's other forms, so that typing `Chou` also finds `Zhou Enlai`. */
  readonly filterText: string;
}

interface NameTable {
  readonly choices: readonly NameChoice[];
  /** The choices that share their filter forms: an entity's real names, or one cover name's spellings. */
  readonly groups: readonly (readonly number[])[];
  /** Folded word starts of every group's forms (`chou en-lai`, `en-lai`, `lai`), sorted … */
  readonly starts: readonly string[];
  /** … and the group each belongs to. */
  readonly owners: Int32Array;
  /** `entity id \0 folded form` → the choice, to find the gazetteer form a corpus spelling is. */
  readonly byForm: ReadonlyMap<string, number>;
}

const tables = new WeakMap<Gazetteer, NameTable>();

function nameTable(gazetteer: Gazetteer): NameTable {
  let table = tables.get(gazetteer);
  if (!table) tables.set(gazetteer, (table = buildNameTable(gazetteer)));
  return table;
}

/** Forms a transcriber of an English translation types: Latin letters (hanzi, hangul and Cyrillic forms are for hover). */
const typeable = (form: NameForm) => /[A-Za-z]/.test(form.form);

function buildNameTable(gazetteer: Gazetteer): NameTable {
  const choices: NameChoice[] = [];
  const groups: number[][] = [];
  const keys: { start: string; owner: number }[] = [];
  const byForm = new Map<string, number>();
  const add = (entry: GazetteerEntry, forms: readonly NameForm[], cover?: Pseudonym) => {
    const written = dedupe(forms.filter(typeable));
    if (!written.length) return;
    const folded = written.map(f => foldKey(f.form));
    const group: number[] = [];
    written.forEach((form, i) => {
      const others = written.filter((_, k) => k !== i).map(f => f.form);
      if (!byForm.has(`${entry.id}\u0000${folded[i]}`)) byForm.set(`${entry.id}\u0000${folded[i]}`, choices.length);
      group.push(choices.length);
      choices.push({ entry, form, cover, key: folded[i], filterText: [form.form, ...others].join(' ') });
    });
    for (const start of new Set(folded.flatMap(wordStarts))) keys.push({ start, owner: groups.length });
    groups.push(group);
  };
  for (const entry of gazetteer.entries) {
    add(entry, nameForms(entry));
    for (const p of entry.pseudonyms ?? []) add(entry, [{ form: p.name, system: p.system }, ...(p.forms ?? [])], p);
  }
  keys.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.owner - b.owner));
  return { choices, groups, starts: keys.map(k => k.start), owners: Int32Array.from(keys, k => k.owner), byForm };
}

function dedupe(forms: readonly NameForm[]): NameForm[] {
  const seen = new Set<string>();
  return forms.filter(f => !seen.has(f.form) && seen.add(f.form));
}

/** `chou en-lai` → `chou en-lai`, `en-lai`, `lai`: a name is found by any of its words. */
function wordStarts(key: string): string[] {
  const out = [key];
  for (let i = 1; i < key.length; i++) if (/[\s\-.]/.test(key[i - 1]) && !/[\s\-.]/.test(key[i])) out.push(key.slice(i));
  return out;
}

/** The first index whose start is not below `prefix`. */
function lowerBound(starts: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How often the folder's cables write each gazetteer form, and the spellings the gazetteer lists under no form. */
interface WorkspaceUse {
  readonly version: number;
  readonly table: NameTable;
  /** Choice → mentions written so in the corpus. */
  readonly counts: ReadonlyMap<number, number>;
  /** Corpus spellings no choice spells (a name written with its initials, a completed bracket): offered as written. */
  readonly extra: readonly { readonly entry: GazetteerEntry; readonly written: string; readonly key: string; readonly count: number }[];
}

/** What the text before the cursor asks for. */
interface Context {
  /** The words being typed: `Chou En` when they start a known name, else the last word (`En`). */
  readonly start: number;
  readonly typed: string;
  readonly months: 'only' | 'also' | 'no';
  readonly signs: 'only' | 'also' | 'no';
  /** After an honorific: a person or a cover name follows, not a place or another honorific. */
  readonly afterHonorific: boolean;
}

/** Written after these a number sign fits: `your telegram No.`, `To No. 3153` (a reply's reference). */
const BEFORE_SIGN_ONLY = new Set(['telegram', 'telegrams', 'cable', 'cables', 'cablegram', 'ciphergram', 'letter']);
const BEFORE_SIGN_ALSO = new Set(['to']);
/** Written after these a month fits as well as a name: `on October 5`, `received October 19`. */
const BEFORE_MONTH = new Set(['on', 'of', 'in', 'since', 'until', 'till', 'received', 'sent', 'dated', 'deciphered']);

/** What completion data carries to `completionItem/resolve`. */
interface NameData {
  readonly entry: string;
  readonly form: string;
  readonly cover?: string;
  readonly date?: PartialDate;
  readonly used?: number;
}

export class CompletionProvider {
  private use: WorkspaceUse | undefined;

  constructor(
    private readonly analyses: AnalysisSource,
    private readonly corpus: () => CorpusIndex,
    private readonly gazetteer: () => Gazetteer,
  ) {}

  provideCompletions(file: ITextDocument, position: Position, token: ICancellationToken): CompletionList {
    const empty: CompletionList = { isIncomplete: false, items: [] };
    // a position past the document's end is nowhere to insert: the clamped offset would be another place
    if (file.positionAt(file.offsetAt(position)).line !== position.line) return empty;
    const { analysis, doc, offset: start } = this.analyses.get(file).cableAt(file.offsetAt(position));
    // A collection's heading and title come before the cable's text: no names to complete there.
    if (file.offsetAt(position) < start) return empty;
    const offset = doc.offsetAt(position);
    const text = analysis.text;
    // The line before the cursor, at most 200 characters of it: a name never reaches further back.
    const from = Math.max(0, offset - 200);
    const tail = text.slice(from, offset);
    const lineStart = from + Math.max(tail.lastIndexOf('\n'), tail.lastIndexOf('\r')) + 1;
    const table = nameTable(analysis.gazetteer);
    const context = contextOf(text.slice(lineStart, offset), lineStart, table);
    if (!context) return empty;
    // Inside a date (`19 October 195`), unless it is the month being written after the day.
    const date = mentionAt(analysis.chronology, context.start);
    if (date && date.span.start < context.start && context.months !== 'only') return empty;
    if (token.isCancellationRequested) return empty;

    const range: Range = { start: doc.positionAt(context.start), end: doc.positionAt(offset) };
    const shout = context.typed.length >= 2 && /\p{Lu}/u.test(context.typed) && context.typed === context.typed.toUpperCase();
    const cased = (s: string) => (shout ? s.toUpperCase() : s);
    const prefix = foldKey(context.typed);
    const items: CompletionItem[] = [];
    const word = (label: string, kind: CompletionItemKind, detail: string, group: string) => {
      if (!foldKey(label).startsWith(prefix)) return;
      items.push({ label: cased(label), kind, detail, sortText: `${group}${label}`, textEdit: { range, newText: cased(label) } });
    };
    if (context.months !== 'no') monthNames.forEach((m, i) => word(m, CompletionItemKind.Value, 'month', `0${String(i).padStart(2, '0')}`));
    if (context.signs !== 'no') numberSigns.forEach((s, i) => word(s, CompletionItemKind.Keyword, 'number sign', `0${i}`));
    // After a day number a month, if one is being written (`19 Oc`); else the names (`2 Chinese`).
    if ((context.months === 'only' && (items.length || !prefix)) || context.signs === 'only') return { isIncomplete: false, items };
    if (!context.afterHonorific) {
      for (const h of honorifics) if (!h.includes('[')) word(h, CompletionItemKind.Keyword, 'honorific', '2');
    }

    const use = this.workspaceUse(table, token);
    const day = analysis.chronology.documentDate;
    const found = new Set<number>();
    for (let i = lowerBound(table.starts, prefix); i < table.starts.length && table.starts[i].startsWith(prefix); i++) {
      if ((i & 1023) === 0 && token.isCancellationRequested) return empty;
      for (const choice of table.groups[table.owners[i]]) found.add(choice);
    }
    interface Ranked { entry: GazetteerEntry; form: string; filterText: string; cover?: Pseudonym; count: number; match: number; offDate: number }
    const ranked: Ranked[] = [];
    for (const owner of found) {
      const { entry, form, cover, key, filterText } = table.choices[owner];
      if (context.afterHonorific && entry.kind !== 'person') continue;
      const fits = cover ? dateFitsCover(cover, day) : officeOn(entry, day) !== undefined;
      ranked.push({ entry, form: form.form, filterText, cover, count: use?.counts.get(owner) ?? 0, match: matchOf(key, prefix), offDate: fits ? 0 : 1 });
    }
    for (const x of use?.extra ?? []) {
      if (matchOf(x.key, prefix) > 1 || (context.afterHonorific && x.entry.kind !== 'person')) continue;
      ranked.push({ entry: x.entry, form: x.written, filterText: x.written, count: x.count, match: matchOf(x.key, prefix), offDate: 0 });
    }
    if (token.isCancellationRequested) return empty;
    // The folder's spellings first, most written first; then the spelling begun before a sibling
    // form of the same name (`Chou` → `Chou En-lai` before `Zhou Enlai`); then what fits the date.
    ranked.sort((a, b) => b.count - a.count || a.match - b.match || a.offDate - b.offDate || a.form.localeCompare(b.form));
    const room = LIMIT - items.length;
    // Only the items sent are made (their detail reads the roles).
    ranked.slice(0, room).forEach((r, i) => items.push({
      ...this.nameItem(r.entry, r.form, r.filterText, r.cover, r.count, day, range, cased),
      sortText: `1${String(i).padStart(4, '0')}`,
    }));
    return { isIncomplete: ranked.length > room, items };
  }

  /** The documentation of a name, made only for the item the user looks at. */
  resolveCompletion(item: CompletionItem): CompletionItem {
    const data = item.data as NameData | undefined;
    const entry = data && typeof data.entry === 'string' ? this.gazetteer().get(data.entry) : undefined;
    if (!data || !entry) return item;
    const cover = data.cover !== undefined ? entry.pseudonyms?.find(p => p.name === data.cover) : undefined;
    return { ...item, documentation: { kind: MarkupKind.Markdown, value: documentation(entry, data, cover) } };
  }

  private nameItem(
    entry: GazetteerEntry, form: string, filterText: string, cover: Pseudonym | undefined, count: number,
    day: PartialDate | undefined, range: Range, cased: (s: string) => string,
  ): CompletionItem {
    const office = officeOn(entry, day);
    const who = cover ? `cover name of ${entry.canonical}` : entry.canonical;
    const detail = [office ? `${who} — ${office}` : who, count ? `used ${count}× in this folder` : ''].filter(Boolean).join(' · ');
    const data: NameData = { entry: entry.id, form, ...(cover ? { cover: cover.name } : {}), ...(day ? { date: day } : {}), ...(count ? { used: count } : {}) };
    const label = cased(form);
    return {
      label,
      kind: cover ? CompletionItemKind.Interface : KIND[entry.kind],
      detail,
      filterText,
      textEdit: { range, newText: label },
      data,
    };
  }

  /** The corpus' spellings, counted again only when the index changed. */
  private workspaceUse(table: NameTable, token: ICancellationToken): WorkspaceUse | undefined {
    const index = this.corpus();
    if (this.use && this.use.version === index.version && this.use.table === table) return this.use;
    const counts = new Map<number, number>();
    const extra: { entry: GazetteerEntry; written: string; key: string; count: number }[] = [];
    const gazetteer = this.gazetteer();
    for (const id of index.entityIds()) {
      if (token.isCancellationRequested) return undefined;
      for (const [key, count] of index.spellingsOf(id)) {
        const owner = table.byForm.get(`${id}\u0000${key}`);
        if (owner !== undefined) {
          counts.set(owner, (counts.get(owner) ?? 0) + count);
          continue;
        }
        const entry = gazetteer.get(id);
        const written = mostWritten(index.spellingForms(id, key));
        if (entry && written && /\p{L}/u.test(written)) extra.push({ entry, written, key, count });
      }
    }
    this.use = { version: index.version, table, counts, extra };
    return this.use;
  }
}

/** The words before the cursor, or undefined where nothing is offered (inside a number: `1951a`, `1522/sh`). */
function contextOf(line: string, lineStart: number, table: NameTable): Context | undefined {
  const last = /[\p{L}\p{M}'’-]*$/u.exec(line)!;
  const wordStart = last.index;
  const before = line.slice(0, wordStart);
  if (/[\p{N}/]$/u.test(before) || /\d-$/.test(before)) return undefined;
  const previous = /(\S+)\s+$/.exec(before)?.[1] ?? '';
  const previousWord = foldKey(previous.replace(/[.,:;!?]+$/, ''));
  if (/^(?:[1-9]|[12]\d|3[01])$/.test(previous) && last[0] === last[0].replace(/\d/g, '')) {
    return { start: lineStart + wordStart, typed: last[0], months: 'only', signs: 'no', afterHonorific: false };
  }
  if (BEFORE_SIGN_ONLY.has(previousWord)) return { start: lineStart + wordStart, typed: last[0], months: 'no', signs: 'only', afterHonorific: false };
  // A name of several words already begun (`Chou En`, `Kim Il S`): complete all of it.
  let start = wordStart;
  const words = /(?:[\p{L}\p{M}'’.-]+ ){1,2}[\p{L}\p{M}'’-]*$/u.exec(line);
  if (words && last[0]) {
    for (let at = words.index; at < wordStart; at = line.indexOf(' ', at) + 1) {
      const typed = foldKey(line.slice(at));
      const i = lowerBound(table.starts, typed);
      if (i < table.starts.length && table.starts[i].startsWith(typed)) {
        start = at;
        break;
      }
    }
  }
  const afterHonorific = start === wordStart && HONORIFICS.has(previousWord);
  return {
    start: lineStart + start,
    typed: line.slice(start),
    months: start === wordStart && BEFORE_MONTH.has(previousWord) ? 'also' : 'no',
    signs: start === wordStart && BEFORE_SIGN_ALSO.has(previousWord) ? 'also' : 'no',
    afterHonorific,
  };
}

/** 0 when the form starts with the typed letters, 1 when one of its words does, 2 when only a sibling form matched. */
function matchOf(key: string, prefix: string): number {
  return key.startsWith(prefix) ? 0 : wordStarts(key).some(s => s.startsWith(prefix)) ? 1 : 2;
}

/**
 * The office an entry held on the cable's date, chosen as hover chooses the roles it lists; of
 * several, one known to span the date outranks an open-ended one believed for a few years.
 */
export function officeOn(entry: GazetteerEntry, day: PartialDate | undefined): string | undefined {
  const roles = entry.roles ?? [];
  return (roles.find(r => roleFitsDate(r, day) === 'closed') ?? roles.find(r => roleFitsDate(r, day) === 'open'))?.title;
}

function dateFitsCover(p: Pseudonym, day: PartialDate | undefined): boolean {
  return dateFit(day, p.from, p.to) === 'in';
}

function mostWritten(forms: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [form, n] of forms) if (n > most) [best, most] = [form, n];
  return best?.replace(/\s+/g, ' ');
}

const e = escapeMarkdown;

/** A few lines: who, the form's spelling system, the office on the cable's date, the years, the gazetteer's note. */
function documentation(entry: GazetteerEntry, data: NameData, cover: Pseudonym | undefined): string {
  const lines: string[] = [];
  if (cover) {
    const period = formatPeriod(cover.from, cover.to);
    lines.push(`**${e(data.form)}** — cover name of **${e(entry.canonical)}**${period ? `, used ${e(period)}` : ''} (${cover.confidence})`);
  } else {
    lines.push(`**${e(entry.canonical)}** — ${entry.kind}`);
    const form = nameForms(entry).find(f => f.form === data.form);
    if (form && form.form !== entry.canonical) lines.push('', `${e(form.form)}: ${e(systemLabel(form.system))}.`);
  }
  const office = officeOn(entry, data.date);
  if (office && data.date) lines.push('', `On ${e(formatDate(data.date))}: ${e(office)}.`);
  if (entry.born !== undefined || entry.died !== undefined) lines.push('', `Lived ${entry.born ?? '?'}–${entry.died ?? '?'}.`);
  if (entry.note) lines.push('', e(entry.note.length > 240 ? `${entry.note.slice(0, 239)}…` : entry.note));
  if (data.used) lines.push('', `Written so ${data.used}× in this folder.`);
  return lines.join('\n');
}
