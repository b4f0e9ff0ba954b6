/**
 * The corpus index: one summary per file and the lookups the corpus features need — mentions by
 * entity id, cables by number, near-miss spellings by their folded form, and how often each
 * entity is written each way. Every lookup is kept up to date file by file (an update removes the
 * file's old entries and adds its new ones), so a change costs in proportion to the file, not the
 * corpus. No text and no analysis are kept, and a mention is kept once, in its file's table: the
 * lookups by entity name files and counts, and the places are read from those files' tables.
 */
import type { Range } from 'vscode-languageserver-types';
import { LocationList } from '../locationList';
import { normaliseTelegramNumber } from '../references/resolveReference';
import { ENTITY, KEY, WRITTEN, mentionAt, mentionCount, placesOf } from './mentionTable';
import { MENTION_FIELDS, type CableSummary, type FileSummary, type MentionSummary, type MentionTable, type NearMissSummary, type TelegramReference, type UnknownPersonSummary } from './types';

/** One file's change in the index: its summary before (none when it is new) and after (none when it left). */
export interface CorpusChange {
  readonly uri: string;
  readonly before?: FileSummary;
  readonly after?: FileSummary;
}

/** Strings longer than this (a title, a message naming a cable) are seldom written twice: not shared. */
const MAX_SHARED_LENGTH = 64;

/** How many changes are remembered for `changesSince`; a consumer further behind recomputes everything. */
const JOURNAL_LIMIT = 64;

/** A hit in the index: the file it is in and the entry. */
export interface Located<T> {
  readonly uri: string;
  readonly item: T;
}

/** A key held by one file only (most cable numbers and days): an object, not a Map of one entry. */
interface OneFile<T> {
  readonly uri: string;
  readonly items: T[];
}

/**
 * uri → entries, per key; insertion order is the order files were indexed. Most keys of a folder
 * (a cable's number, a reference's day) are in one file, so such a key keeps its file and entries
 * as a small object and gets a Map only when a second file joins it.
 */
class Multimap<T> {
  private readonly map = new Map<string, Map<string, T[]> | OneFile<T>>();

  add(key: string, uri: string, item: T): void {
    const have = this.map.get(key);
    if (!have) this.map.set(key, { uri, items: [item] });
    else if (!(have instanceof Map)) {
      if (have.uri === uri) have.items.push(item);
      else this.map.set(key, new Map([[have.uri, have.items], [uri, [item]]]));
    } else {
      const list = have.get(uri);
      if (list) list.push(item);
      else have.set(uri, [item]);
    }
  }

  removeFile(key: string, uri: string): void {
    const have = this.map.get(key);
    if (!have) return;
    if (!(have instanceof Map)) {
      if (have.uri === uri) this.map.delete(key);
      return;
    }
    have.delete(uri);
    if (!have.size) this.map.delete(key);
  }

  /** The uris holding the key, each with its entries (index order). */
  byUri(key: string): ReadonlyMap<string, readonly T[]> | undefined {
    const have = this.map.get(key);
    return !have || have instanceof Map ? have : new Map([[have.uri, have.items]]);
  }

  get(key: string): Located<T>[] {
    const out: Located<T>[] = [];
    for (const [uri, list] of this.byUri(key) ?? []) for (const item of list) out.push({ uri, item });
    return out;
  }

  /** How many entries the key has, in every file. */
  count(key: string): number {
    const have = this.map.get(key);
    if (!have) return 0;
    if (!(have instanceof Map)) return have.items.length;
    let n = 0;
    for (const list of have.values()) n += list.length;
    return n;
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }
}

export class CorpusIndex {
  private readonly files = new Map<string, FileSummary>();
  /** The uris in code-unit order, kept so as files come and go: answers in reading order need no sort of their files. */
  private readonly ordered: string[] = [];
  /**
   * entity id → the files mentioning it, in the order they were indexed, each with its mention
   * table: an answer over thousands of files reads each table from here, not from `files` again.
   */
  private readonly mentionFiles = new Map<string, Map<string, MentionTable>>();
  /** entity id → how many mentions it has in the corpus. */
  private readonly mentionTotals = new Map<string, number>();
  /** One copy of each spelling and id, however many mentions write it. */
  private readonly strings = new Map<string, string>();
  private readonly cables = new Multimap<CableSummary>();
  /** Cables by every number a citation may give them (header and sender's, normalised: `483/sh`), and by day (`1950-10-05`). */
  private readonly citable = new Multimap<CableSummary>();
  private readonly byDay = new Multimap<CableSummary>();
  private readonly nearMisses = new Multimap<NearMissSummary>();
  private readonly unknownPeople = new Multimap<UnknownPersonSummary>();
  /** entity id → folded spelling → how many mentions spell it so. */
  private readonly spellings = new Map<string, Map<string, number>>();
  /** entity id → folded spelling → how often each form is written (`Roshchin`, `ROSHCHIN`). */
  private readonly spelled = new Map<string, Map<string, Map<string, number>>>();
  /** entity id → folded spelling → how many files write it so. */
  private readonly spellingFiles = new Map<string, Map<string, number>>();
  /**
   * References by what they cite: `n:` and the normalised number, or `d:` and the day for a
   * citation by date alone — so a change to a cable finds the references that may now mean it.
   */
  private readonly citations = new Multimap<TelegramReference>();
  private generation = 0;
  /** The last changes, each with the version it made; `journalFloor` is the version before the oldest kept. */
  private journal: { version: number; change: CorpusChange }[] = [];
  private journalFloor = 0;

  /** Grows with every change, so a consumer can tell whether what it derived is still current. */
  get version(): number {
    return this.generation;
  }

  get size(): number {
    return this.files.size;
  }

  get(uri: string): FileSummary | undefined {
    return this.files.get(uri);
  }

  all(): IterableIterator<FileSummary> {
    return this.files.values();
  }

  uris(): IterableIterator<string> {
    return this.files.keys();
  }

  update(given: FileSummary): void {
    const summary = this.interned(given);
    const uri = summary.uri;
    const before = this.files.get(uri);
    if (before) this.removeEntries(before);
    else this.ordered.splice(insertionPoint(this.ordered, uri), 0, uri);
    this.files.set(uri, summary);
    this.countMentions(summary, 1);
    for (const c of summary.cables) {
      if (c.number) this.cables.add(c.number, uri, c);
      for (const key of citableNumbers(c)) this.citable.add(key, uri, c);
      for (const day of daysOf(c)) this.byDay.add(day, uri, c);
    }
    for (const n of summary.nearMisses) this.nearMisses.add(n.key, uri, n);
    for (const u of summary.unknownPeople ?? []) this.unknownPeople.add(u.key, uri, u);
    for (const r of summary.references) for (const key of citationKeys(r)) this.citations.add(key, uri, r);
    this.record({ uri, before, after: summary });
  }

  remove(uri: string): boolean {
    const old = this.files.get(uri);
    if (!old) return false;
    this.files.delete(uri);
    this.ordered.splice(insertionPoint(this.ordered, uri), 1);
    this.removeEntries(old);
    this.record({ uri, before: old });
    return true;
  }

  /**
   * Gives the short strings of data received from an index worker the index's own copies, in place,
   * and returns it. A worker's answer reaches the main thread as a copy, its strings included, so ten
   * thousand summaries would otherwise hold ten thousand `stalin`, `telegram` and `your`, and their
   * diagnostics as many `cable`. Arrays and plain objects are walked; frozen ones (shared constants)
   * and other objects are left as they are, as are strings too long to recur.
   */
  shareStrings<T>(data: T): T {
    const share = (text: string) => (text.length > MAX_SHARED_LENGTH ? text : this.pooled(text));
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (typeof item === 'string') value[i] = share(item);
          else walk(item);
        }
        return;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return;
      const record = value as Record<string, unknown>;
      for (const key in record) {
        const item = record[key];
        if (typeof item === 'string') record[key] = share(item);
        else walk(item);
      }
    };
    walk(data);
    return data;
  }

  /** The index's copy of a string (one `FILIPPOV` for all the mentions that write it). */
  private pooled(text: string): string {
    const have = this.strings.get(text);
    if (have !== undefined) return have;
    this.strings.set(text, text);
    return text;
  }

  /** The summary with its mentions' strings shared with the rest of the index. */
  private interned(summary: FileSummary): FileSummary {
    const table = summary.mentions;
    return { ...summary, mentions: { strings: table.strings.map(text => this.pooled(text)), data: table.data } };
  }

  /**
   * Adds a file's mentions to the lookups (`sign` 1) or takes them out (-1). A file names a few
   * entities many times, so its mentions are first grouped here, by entity and by spelling, and
   * each lookup is touched once per group rather than once per mention.
   */
  private countMentions(summary: FileSummary, sign: 1 | -1): void {
    const uri = summary.uri;
    const { strings, data } = summary.mentions;
    const n = mentionCount(summary.mentions);
    if (!n) return;
    const size = strings.length;
    /** entity → how many mentions. */
    const entities = new Map<number, number>();
    /** (entity, folded, written) as one number → how many mentions. */
    const groups = new Map<number, number>();
    /** (entity, folded) as one number, for each spelling the file writes. */
    const spelledHere = new Set<number>();
    for (let i = 0; i < n; i++) {
      const at = i * MENTION_FIELDS;
      const entity = data[at + ENTITY];
      entities.set(entity, (entities.get(entity) ?? 0) + 1);
      const spelling = entity * size + data[at + KEY];
      spelledHere.add(spelling);
      const group = spelling * size + data[at + WRITTEN];
      groups.set(group, (groups.get(group) ?? 0) + 1);
    }
    for (const spelling of spelledHere) {
      const entityId = strings[Math.floor(spelling / size)];
      let files = this.spellingFiles.get(entityId);
      if (!files) this.spellingFiles.set(entityId, (files = new Map()));
      adjust(files, strings[spelling % size], sign);
      if (!files.size) this.spellingFiles.delete(entityId);
    }
    for (const [entity, count] of entities) {
      const entityId = strings[entity];
      let files = this.mentionFiles.get(entityId);
      if (sign > 0) {
        if (!files) this.mentionFiles.set(entityId, (files = new Map()));
        files.set(uri, summary.mentions);
      } else if (files) {
        files.delete(uri);
        if (!files.size) this.mentionFiles.delete(entityId);
      }
      adjust(this.mentionTotals, entityId, sign * count);
    }
    for (const [group, count] of groups) {
      const written = strings[group % size];
      const key = strings[Math.floor(group / size) % size];
      const entityId = strings[Math.floor(group / (size * size))];
      let counts = this.spellings.get(entityId);
      if (!counts) this.spellings.set(entityId, (counts = new Map()));
      adjust(counts, key, sign * count);
      if (!counts.size) this.spellings.delete(entityId);
      let byKey = this.spelled.get(entityId);
      if (!byKey) this.spelled.set(entityId, (byKey = new Map()));
      let forms = byKey.get(key);
      if (!forms) byKey.set(key, (forms = new Map()));
      adjust(forms, written, sign * count);
      if (!forms.size) byKey.delete(key);
      if (!byKey.size) this.spelled.delete(entityId);
    }
  }

  /**
   * The changes made after `version`, oldest first; undefined when they are no longer all
   * remembered (a consumer that far behind derives everything again).
   */
  changesSince(version: number): readonly CorpusChange[] | undefined {
    if (version < this.journalFloor || version > this.generation) return undefined;
    const out: CorpusChange[] = [];
    for (const entry of this.journal) if (entry.version > version) out.push(entry.change);
    return out;
  }

  private record(change: CorpusChange): void {
    this.generation++;
    this.journal.push({ version: this.generation, change });
    if (this.journal.length > JOURNAL_LIMIT) {
      const dropped = this.journal.splice(0, this.journal.length - JOURNAL_LIMIT / 2);
      this.journalFloor = dropped[dropped.length - 1].version;
    }
  }

  private removeEntries(old: FileSummary): void {
    const uri = old.uri;
    this.countMentions(old, -1);
    for (const c of old.cables) {
      if (c.number) this.cables.removeFile(c.number, uri);
      for (const key of citableNumbers(c)) this.citable.removeFile(key, uri);
      for (const day of daysOf(c)) this.byDay.removeFile(day, uri);
    }
    for (const n of old.nearMisses) this.nearMisses.removeFile(n.key, uri);
    for (const u of old.unknownPeople ?? []) this.unknownPeople.removeFile(u.key, uri);
    for (const r of old.references) for (const key of citationKeys(r)) this.citations.removeFile(key, uri);
  }

  /**
   * The files whose references may mean one of these cables: those citing one of their numbers
   * (header or sender's), or citing by date alone a day they are dated.
   */
  filesCiting(cables: readonly CableSummary[]): Set<string> {
    const out = new Set<string>();
    const add = (key: string) => {
      for (const uri of this.citations.byUri(key)?.keys() ?? []) out.add(uri);
    };
    for (const c of cables) {
      for (const n of citableNumbers(c)) add(`n:${n}`);
      for (const day of daysOf(c)) add(`d:${day}`);
    }
    return out;
  }

  /** Every mention of an entity in the corpus, whatever the spelling or cover name. */
  mentionsOf(entityId: string): Located<MentionSummary>[] {
    const out: Located<MentionSummary>[] = [];
    for (const [uri, table] of this.mentionFiles.get(entityId) ?? []) {
      for (const i of placesOf(table, entityId)) out.push({ uri, item: mentionAt(table, i) });
    }
    return out;
  }

  /** An entity's mentions in one file, in text order. */
  mentionsIn(uri: string, entityId: string): MentionSummary[] {
    const table = this.files.get(uri)?.mentions;
    return table ? placesOf(table, entityId).map(i => mentionAt(table, i)) : [];
  }

  /** The entity's first mention in reading order (the first file by uri), whatever order the files were indexed in. */
  firstMention(entityId: string): Located<MentionSummary> | undefined {
    let first: string | undefined;
    const files = this.mentionFiles.get(entityId);
    for (const uri of files?.keys() ?? []) if (first === undefined || uri < first) first = uri;
    if (first === undefined) return undefined;
    const table = files!.get(first)!;
    const item = placesOf(table, entityId).map(p => mentionAt(table, p)).reduce((a, b) =>
      (b.range.start.line < a.range.start.line || (b.range.start.line === a.range.start.line && b.range.start.character < a.range.start.character) ? b : a));
    return { uri: first, item };
  }

  /**
   * Every mention of an entity as locations, by file (uris in code-unit order) and by place in the
   * file: the order of `sortLocations`, reached by sorting the files, not every mention, and read
   * straight from the files' tables into a compact list (no object per mention).
   */
  mentionLocationsOf(entityId: string): LocationList {
    const out = new LocationList();
    const files = this.mentionFiles.get(entityId);
    if (!files) return out;
    const places: number[] = [];
    this.inUriOrder(files, (uri, { strings, data }) => {
      addPlacesOf(out, uri, data, strings.indexOf(entityId), places);
      return true;
    });
    return out;
  }

  /** How many mentions of an entity the corpus holds. */
  mentionCount(entityId: string): number {
    return this.mentionTotals.get(entityId) ?? 0;
  }

  /** How many files mention an entity. */
  filesMentioning(entityId: string): number {
    return this.mentionFiles.get(entityId)?.size ?? 0;
  }

  /** Every entity id mentioned somewhere in the corpus. */
  entityIds(): IterableIterator<string> {
    return this.mentionFiles.keys();
  }

  /** How often each spelling of an entity occurs, by folded spelling. */
  spellingsOf(entityId: string): ReadonlyMap<string, number> {
    return this.spellings.get(entityId) ?? new Map();
  }

  /** One spelling of an entity (folded: `roshchin`): how often each form of it is written (`Roshchin` 6×, `ROSHCHIN` 2×). */
  spellingForms(entityId: string, key: string): ReadonlyMap<string, number> {
    return this.spelled.get(entityId)?.get(key) ?? new Map();
  }

  /** How many files write an entity one way (folded: `roshchin`). */
  filesSpelling(entityId: string, key: string): number {
    return this.spellingFiles.get(entityId)?.get(key) ?? 0;
  }

  /**
   * The first `n` files, in code-unit order of their uris, that write an entity one way: the
   * entity's files in that order, each file's table looked at until `n` are found.
   */
  firstFilesSpelling(entityId: string, key: string, n: number): string[] {
    const files = this.mentionFiles.get(entityId);
    if (!files || !this.filesSpelling(entityId, key)) return [];
    const out: string[] = [];
    this.inUriOrder(files, (uri, table) => {
      if (placesOf(table, entityId, key).length) out.push(uri);
      return out.length < n;
    });
    return out;
  }

  /**
   * Visits some of the index's files, with their mention tables, in code-unit order of their uris,
   * until `visit` returns false: those of an entity in most files (Stalin's) through the index's own
   * ordered list, those of an entity in a few sorted on their own.
   */
  private inUriOrder(files: ReadonlyMap<string, MentionTable>, visit: (uri: string, table: MentionTable) => boolean): void {
    if (files.size * Math.log2(files.size + 1) < this.ordered.length) {
      for (const uri of [...files.keys()].sort()) if (!visit(uri, files.get(uri)!)) return;
      return;
    }
    for (const uri of this.ordered) {
      const table = files.get(uri);
      if (table !== undefined && !visit(uri, table)) return;
    }
  }

  /** The cables with a registration number (`25025`, `1405/sh`). */
  cablesNumbered(number: string): Located<CableSummary>[] {
    return this.cables.get(number);
  }

  /** How many cables bear the number, in every file. */
  cableCount(number: string): number {
    return this.cables.count(number);
  }

  cableNumbers(): IterableIterator<string> {
    return this.cables.keys();
  }

  /**
   * The cables a citation of `number` can mean: those whose header number or sender's number is
   * it, signs and case aside (`No. 2467` finds `CIPHERED TELEGRAM No. 25150` signed `No. 2467`).
   */
  cablesCitedAs(number: string): Located<CableSummary>[] {
    return this.citable.get(normaliseTelegramNumber(number));
  }

  /**
   * The cables dated or sent on a day (`1950-10-05`), whatever their time; or, given a day without
   * its year (`--10-05`), the cables that write none and are dated or sent on that day and month.
   */
  cablesOfDay(day: string): Located<CableSummary>[] {
    return this.byDay.get(day);
  }

  /** Every near-miss written so (folded: `roschin`). */
  nearMissesWritten(key: string): Located<NearMissSummary>[] {
    return this.nearMisses.get(key);
  }

  /** The folded gazetteer spelling a near-miss written so is near (`roshchin` for `roschin`). */
  nearMissSuggestion(key: string): string | undefined {
    for (const list of this.nearMisses.byUri(key)?.values() ?? []) return list[0]?.suggestionKey;
    return undefined;
  }

  /** Every near-miss spelling of an entity (`Roschin` for Roshchin) as locations, in the order of `mentionLocationsOf`. */
  nearMissLocationsOf(entityId: string): LocationList {
    const byUri = new Map<string, NearMissSummary[]>();
    for (const key of this.nearMisses.keys()) {
      for (const [uri, list] of this.nearMisses.byUri(key) ?? []) {
        for (const n of list) if (n.entityIds.includes(entityId)) byUri.set(uri, [...(byUri.get(uri) ?? []), n]);
      }
    }
    return locationsIn(byUri);
  }

  /** Every near-miss written so as locations, in the order of `mentionLocationsOf`. */
  nearMissLocationsWritten(key: string): LocationList {
    return locationsIn(this.nearMisses.byUri(key));
  }

  nearMissKeys(): IterableIterator<string> {
    return this.nearMisses.keys();
  }

  /** How many times the folder writes an unknown person of this key (`ivanov`). */
  unknownPersonCount(key: string): number {
    return this.unknownPeople.count(key);
  }

  /** Every way the folder writes an unknown person of this key (`Ivanov`, `IVANOV`), most frequent first. */
  unknownPersonSpellings(key: string): string[] {
    const counts = new Map<string, number>();
    for (const { item } of this.unknownPeople.get(key)) counts.set(item.written, (counts.get(item.written) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  }
}

/** Where `uri` is, or would go, in the sorted list (binary search). */
function insertionPoint(sorted: readonly string[], uri: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < uri) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds `delta` to a count; a count that reaches 0 leaves the map. */
function adjust(counts: Map<string, number>, key: string, delta: number): void {
  const n = (counts.get(key) ?? 0) + delta;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

/**
 * Appends the places of one entity (its index in the file's strings) in one file's mention table, in
 * text order. A function of its own, called once a file, so that V8 optimises it early as a whole.
 */
function addPlacesOf(out: LocationList, uri: string, r: MentionTable['data'], entity: number, places: number[]): void {
  // A file's mentions are summarised in text order, cable by cable; sorted only when they are not.
  let inOrder = true;
  places.length = 0;
  for (let at = 0; at < r.length; at += MENTION_FIELDS) {
    if (r[at + ENTITY] !== entity) continue;
    const last = places[places.length - 1];
    if (last !== undefined && (r[at] < r[last] || (r[at] === r[last] && r[at + 1] < r[last + 1]))) inOrder = false;
    places.push(at);
  }
  if (!inOrder) places.sort((a, b) => r[a] - r[b] || r[a + 1] - r[b + 1]);
  for (const at of places) out.add(uri, r[at], r[at + 1], r[at + 2], r[at + 3]);
}

/** The entries' ranges as locations, files in uri order, each file's entries in text order (ties keep index order). */
function locationsIn(byUri: ReadonlyMap<string, readonly { readonly range: Range }[]> | undefined): LocationList {
  const out = new LocationList();
  if (!byUri) return out;
  const uris = [...byUri.keys()].sort();
  for (const uri of uris) {
    let list = byUri.get(uri)!;
    // A file's entries are summarised in text order, cable by cable; sorted only when they are not.
    for (let i = 1; i < list.length; i++) {
      if (compareStart(list[i - 1].range, list[i].range) > 0) {
        list = [...list].sort((a, b) => compareStart(a.range, b.range));
        break;
      }
    }
    for (const item of list) out.addRange(uri, item.range);
  }
  return out;
}

function compareStart(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

/**
 * What a reference is looked up by in `resolveInCorpus`, as `citations` keys: its number, else its
 * day, and that day without its year, by which the cables that write no year are found.
 */
function citationKeys(r: TelegramReference): string[] {
  if (r.number !== undefined) return [`n:${normaliseTelegramNumber(r.number)}`];
  const day = dayOf(r.date);
  if (day) return [`d:${day}`, `d:${yearlessDay(day)}`];
  const yearless = yearlessDayOf(r.date);
  return yearless ? [`d:${yearless}`] : [];
}

/** The normalised numbers a cable is cited by, each once. */
function citableNumbers(c: CableSummary): string[] {
  const keys = [c.number, c.senderNumber].filter((n): n is string => n !== undefined).map(normaliseTelegramNumber);
  return [...new Set(keys)];
}

/** `1950-10-05` of `1950-10-05 23:55`; undefined for a month or a year alone. */
export function dayOf(date: string | undefined): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(date ?? '')?.[0];
}

/** `--10-05` of `--10-05 23:50`, a date written without its year; undefined for any other. */
export function yearlessDayOf(date: string | undefined): string | undefined {
  return /^--\d{2}-\d{2}/.exec(date ?? '')?.[0];
}

/** `--10-05` of `1950-10-05`: the day and month a cable that writes no year is found by. */
export function yearlessDay(day: string): string {
  return `--${day.slice(5, 10)}`;
}

/**
 * The days a cable can be cited by: its own, and the day it was sent when that is another (at most
 * two); for a cable that writes no year, those days without it (`--10-05`).
 */
function daysOf(c: CableSummary): string[] {
  const own = c.date !== undefined ? dayOf(c.date) : yearlessDayOf(c.yearless);
  const sent = c.date !== undefined ? dayOf(c.sent) : yearlessDayOf(c.yearlessSent);
  return sent && sent !== own ? (own ? [own, sent] : [sent]) : own ? [own] : [];
}
