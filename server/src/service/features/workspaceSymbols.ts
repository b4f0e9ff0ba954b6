/**
 * Workspace Symbols (Ctrl+T) over the corpus: cables by number (`25025`, `No. 25025`, or the sender's
 * own under the signature), by date (`1951-10-19`, or the day it was sent, `19 October 1951`,
 * `18.10.51`, `October 1951`, a day in any year: `7 October`), by sender or recipient under any of
 * their names (`Filippov` finds Stalin's cables), and the people, places and offices
 * the folder mentions, by any of their names or cover names, or by a slip of a name the folder
 * writes (`Krasovksy`). A cover name counts only in its period, as Find References reads it: `Kuznetsov`
 * (Stalin's on the Terebin channel, 1947–1949) lists neither Stalin nor his cables of 1951. Matching
 * is fuzzy — the query's letters in order, not necessarily together — and ranked: whole words and
 * prefixes first.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { CorpusIndexer } from '../corpus/indexer';
import { yearlessDay, yearlessDayOf } from '../corpus/corpusIndex';
import { foldKey, nameForms, parseDatePoint, type Gazetteer, type EntityKind, type GazetteerEntry, type Pseudonym } from '../gazetteer';
import type { CorpusIndex, Located } from '../corpus/corpusIndex';
import type { NearMissSummary } from '../corpus/types';
import { coverNameInUse } from '../entities/dates';
import type { ICancellationToken } from '../types';
import { monthFromName } from '../vocabulary';

/** At most this many symbols are returned; the client filters further as the user types. */
const LIMIT = 256;

const ENTITY_KIND: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Class,
  place: SymbolKind.Namespace,
  organisation: SymbolKind.Struct,
};

export class WorkspaceSymbolProvider {
  constructor(private readonly indexer: CorpusIndexer, private readonly gazetteer: () => Gazetteer) {}

  provideWorkspaceSymbols(query: string, token: ICancellationToken): SymbolInformation[] {
    const q = foldKey(query);
    if (!q) return [];
    const isoDate = dateQuery(query);
    // `7 October` (no year): the day in any year
    const day = isoDate === undefined ? dayQuery(query) : undefined;
    // `No. 3153`, `N° 4926`, `#1405/sh`: the number without its sign; a number is matched as written, never scattered over a date
    const bare = query.replace(NUMBER_SIGN, '');
    const numberQ = foldKey(bare);
    const numeric = /^\d[\w/-]*$/.test(bare.trim());
    const numberScore = (n: string | undefined): number => {
      if (!n) return 0;
      const k = foldKey(n);
      if (k === numberQ) return fuzzyScore(numberQ, k)! + 50;
      return numeric ? (k.includes(numberQ) ? fuzzyScore(numberQ, k) ?? 0 : 0) : fuzzyScore(q, k) ?? 0;
    };
    const scored: { score: number; symbol: SymbolInformation }[] = [];
    const index = this.indexer.index;
    const gazetteer = this.gazetteer();
    // how the query matches each entity's names and cover names, worked out once
    const entityMatches = new Map<string, EntityMatch>();
    const entityMatch = (id: string) => {
      let found = entityMatches.get(id);
      if (!found) entityMatches.set(id, (found = matchEntity(q, gazetteer.get(id))));
      return found;
    };
    // the cover names that listed a cable of their man: he is listed by them too
    const coversListed = new Map<string, Match>();
    /** An entity's best match as a cable's sender or recipient: his names, and his cover names in use on the cable's date. */
    const partyScore = (id: string, date: string | undefined) => {
      const { byName, byCover } = entityMatch(id);
      const cover = bestOf(byCover.filter(c => coverNameInUse(c.cover, cableDay(date))));
      if (cover.score > byName.score && cover.score > (coversListed.get(id)?.score ?? 0)) coversListed.set(id, cover);
      return Math.max(byName.score, cover.score);
    };
    let n = 0;
    for (const file of index.all()) {
      if ((++n & 1023) === 0 && token.isCancellationRequested) return [];
      for (const c of file.cables) {
        // a day in any year is also the day of a cable that writes none (`30 June`, a Moscow outgoing copy)
        let score = isoDate && c.date?.startsWith(isoDate) ? 100 + isoDate.length : day && (dayOf(c.date) === day || dayOf(c.yearless) === day) ? 100 : 0;
        score = Math.max(score, numberScore(c.number));
        // the sender's own number, the one replies cite (`ROSHCHIN` / `No. 2497`)
        score = Math.max(score, numberScore(c.senderNumber));
        if (c.date && !numeric) score = Math.max(score, fuzzyScore(q, c.date) ?? 0);
        if (c.sent) score = Math.max(score, isoDate && c.sent.startsWith(isoDate) ? 100 + isoDate.length : day && dayOf(c.sent) === day ? 100 : numeric ? 0 : fuzzyScore(q, c.sent) ?? 0);
        if (day && dayOf(c.yearlessSent) === day) score = Math.max(score, 100);
        if (c.sender) score = Math.max(score, fuzzyScore(q, foldKey(c.sender)) ?? 0);
        if (c.recipient) score = Math.max(score, fuzzyScore(q, foldKey(c.recipient)) ?? 0);
        // by any name of the sender or recipient: `Filippov` lists Stalin's cables
        if (c.senderId && !numeric) score = Math.max(score, partyScore(c.senderId, c.date));
        if (c.recipientId && !numeric) score = Math.max(score, partyScore(c.recipientId, c.date));
        if (!score) continue;
        const who = c.sender || c.recipient ? `${c.sender ?? '?'} → ${c.recipient ?? '?'}` : '';
        scored.push({
          score,
          symbol: {
            name: c.title,
            kind: SymbolKind.Module,
            location: { uri: file.uri, range: c.headerRange },
            containerName: [c.date, who].filter(Boolean).join('  '),
          },
        });
      }
    }
    const misspelt = numeric ? new Map<string, Match>() : slipsWritten(index, q);
    for (const id of new Set([...index.entityIds(), ...misspelt.keys()])) {
      const entry = gazetteer.get(id);
      if (!entry) continue;
      const { byName, byCover } = entityMatch(id);
      const { score: best, form } = bestOf([byName, ...byCover.filter(c => writtenFor(index, id, c.cover)), coversListed.get(id), misspelt.get(id)]);
      if (!best) continue;
      const first = index.firstMention(id) ?? misspeltAt(index, q, id);
      if (!first) continue;
      const count = index.mentionCount(id);
      const files = index.filesMentioning(id);
      scored.push({
        // On an equal match the person outranks a cable they sent or received.
        score: best + 1,
        symbol: {
          name: entry.canonical,
          kind: ENTITY_KIND[entry.kind],
          location: { uri: first.uri, range: first.item.range },
          containerName: `${form !== entry.canonical ? `as ${form} · ` : ''}${entry.kind}, ${count} ${count === 1 ? 'mention' : 'mentions'} in ${files} ${files === 1 ? 'file' : 'files'}`,
        },
      });
    }
    scored.sort((a, b) => b.score - a.score || a.symbol.name.localeCompare(b.symbol.name));
    return scored.slice(0, LIMIT).map(s => s.symbol);
  }
}

/** A score and the name that scored it. */
interface Match { readonly score: number; readonly form: string }
const NO_MATCH: Match = { score: 0, form: '' };

/** How the query matches an entry: by its own names, and by each of its cover names. */
interface EntityMatch {
  readonly byName: Match;
  readonly byCover: readonly (Match & { readonly cover: Pseudonym })[];
}

/** The best of some matches (the first of equals), or no match. */
function bestOf(matches: readonly (Match | undefined)[]): Match {
  let found = NO_MATCH;
  for (const m of matches) if (m && m.score > found.score) found = m;
  return found;
}

/** The query against every name of the entry, and apart against each cover name, whose match depends on the date. */
function matchEntity(q: string, entry: GazetteerEntry | undefined): EntityMatch {
  if (!entry) return { byName: NO_MATCH, byCover: [] };
  const scored = (form: string): Match => ({ score: fuzzyScore(q, foldKey(form)) ?? 0, form });
  const byName = bestOf(nameForms(entry).map(f => scored(f.form)));
  const byCover = (entry.pseudonyms ?? [])
    .map(cover => ({ ...bestOf([scored(cover.name), ...(cover.forms ?? []).map(f => scored(f.form))]), cover }))
    .filter(c => c.score > 0);
  return { byName, byCover };
}

/** A cable's date as the day a cover name is compared with (`1951-10-19 11:35` → 19 October 1951); undefined when it has none. */
function cableDay(date: string | undefined) {
  return date === undefined ? undefined : parseDatePoint(date.slice(0, 10));
}

/**
 * Whether the folder writes the man under this cover name: each mention was read on its cable's
 * date and channel, so a `KUZNETSOV` of 1953 is Vasily Kuznetsov's, never Stalin's.
 */
function writtenFor(index: CorpusIndex, id: string, cover: Pseudonym): boolean {
  const spellings = index.spellingsOf(id);
  return [cover.name, ...(cover.forms ?? []).map(f => f.form)].some(f => spellings.has(foldKey(f)));
}

/**
 * The men a slip the folder writes exactly as the query stands for (`Krasovksy`, whose hover reads
 * Krasovsky): scored as a whole match of that spelling, which no letter-order match would find.
 */
function slipsWritten(index: CorpusIndex, q: string): Map<string, Match> {
  const out = new Map<string, Match>();
  for (const { item } of index.nearMissesWritten(q)) {
    if (item.anotherName) continue;
    for (const id of item.entityIds) out.set(id, { score: fuzzyScore(q, q)!, form: item.written });
  }
  return out;
}

/** Where the folder writes the slip `q` for the man, for one the folder names no other way. */
function misspeltAt(index: CorpusIndex, q: string, id: string): Located<NearMissSummary> | undefined {
  return index.nearMissesWritten(q).find(n => n.item.entityIds.includes(id));
}

/**
 * How well `query` matches `target` (both folded), or undefined when its characters do not occur
 * in order. Consecutive characters, word starts and a prefix score higher; an exact match highest.
 */
export function fuzzyScore(query: string, target: string): number | undefined {
  if (!query) return undefined;
  if (query === target) return 40 + query.length * 4;
  let score = 0;
  let at = 0;
  let previous = -2;
  for (const ch of query) {
    if (ch === ' ') continue;
    const found = target.indexOf(ch, at);
    if (found < 0) return undefined;
    score += 1;
    if (found === previous + 1) score += 3;
    if (found === 0 || /[\s\-'./]/.test(target[found - 1])) score += 2;
    previous = found;
    at = found + 1;
  }
  if (target.startsWith(query)) score += 10;
  else if (target.includes(query)) score += 5;
  return score;
}

const NUMBER_SIGN = /^\s*(?:No\.?|N[°º]|№|#)\s*/i;

/** The day and month of a summary's date as `dayQuery` gives them (`-10-07`), with its year (`1950-10-07 23:50`) or without (`--10-07`). */
const dayOf = (date: string | undefined) => date === undefined ? undefined : (yearlessDayOf(date) ?? yearlessDay(date)).slice(1);

/** A day and month without a year, as the end of an ISO date: `7 October`, `October 7`, `18.10` → `-10-07`, `-10-18`. */
export function dayQuery(query: string): string | undefined {
  const q = query.trim();
  const two = (n: number | string) => String(n).padStart(2, '0');
  let m = /^(\d{1,2})\s+([A-Za-z]+)\.?$/.exec(q);
  if (m && monthFromName(m[2])) return `-${two(monthFromName(m[2])!)}-${two(m[1])}`;
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})$/.exec(q);
  if (m && monthFromName(m[1])) return `-${two(monthFromName(m[1])!)}-${two(m[2])}`;
  m = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(q);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `-${two(m[2])}-${two(m[1])}`;
  return undefined;
}

/** A written date as the start of an ISO date: `19 October 1951`, `18.10.51` → `1951-10-19`, `1951-10-18`; `October 1951` → `1951-10`. */
export function dateQuery(query: string): string | undefined {
  const q = query.trim();
  const two = (n: number | string) => String(n).padStart(2, '0');
  let m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(q);
  if (m && monthFromName(m[2])) return `${m[3]}-${two(monthFromName(m[2])!)}-${two(m[1])}`;
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(q);
  if (m && monthFromName(m[1])) return `${m[3]}-${two(monthFromName(m[1])!)}-${two(m[2])}`;
  m = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(q);
  if (m && monthFromName(m[1])) return `${m[2]}-${two(monthFromName(m[1])!)}`;
  m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(q);
  if (m) return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
  // `18.10.51`, `18.10.1951`: day, month and year with dots
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(q);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[3].length === 2 ? `19${m[3]}` : m[3]}-${two(m[2])}-${two(m[1])}`;
  return undefined;
}
