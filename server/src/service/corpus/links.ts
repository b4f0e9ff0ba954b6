/**
 * Links between cables (issue 9): each telegram reference of the corpus resolved to the cables it
 * can mean. A reference is looked up by number in the index's number map (header and sender's
 * numbers), or, when it gives only a date, among the cables of that day; `resolveTelegramReference`
 * then narrows by channel and day. The whole table is derived from the summaries, once per index
 * version, and shared by the checks, the "cited by" lenses and the timeline; within one pass of the
 * corpus checks (`sharingResolutions`) each file is resolved once.
 */
import { copyKey, resolveTelegramReference, type CitingCable, type ReferenceKey } from '../references/resolveReference';
import { changedCables } from './changes';
import { preferredCopiesFirst } from './copies';
import { dayOf, yearlessDay, yearlessDayOf, type CorpusChange, type CorpusIndex, type Located } from './corpusIndex';
import type { CableSummary, FileSummary, TelegramReference } from './types';

/** One reference of a file, with the cable that writes it and every cable it can mean (none when unresolved). */
export interface ResolvedReference {
  /** The file the reference is written in. */
  readonly uri: string;
  readonly reference: TelegramReference;
  /** The cable of that file that cites. */
  readonly citing: CableSummary;
  readonly cited: readonly Located<CableSummary>[];
}

/** A cable's key across the corpus: its file's uri and its place in the file, `file:///…/a.cable#0`. */
export function cableKey(uri: string, index: number): string {
  return `${uri}#${index}`;
}

/**
 * How many cables the references are written in: a cable citing twice counts once, and so does a
 * cable saved twice (its copies, `copyKey`, cite alike), as the timeline shows it once.
 */
export function citingCableCount(references: readonly ResolvedReference[]): number {
  return new Set(references.map(r => copyKey(r.citing) ?? cableKey(r.uri, r.citing.index))).size;
}

/**
 * The cables of the corpus a reference written in `uri` by the cable `citing` can mean, the citing
 * cable itself left out. A citation by date alone names no telegram by itself: it is resolved only
 * when its channel can be checked — `your` or `my`, and a citing side that names that side (its
 * places, or the person). So a message without an envelope (`Your telegram of October 9 has been
 * received.`, Mao to Peng) does not match every cable of that day.
 */
export function resolveInCorpus(index: CorpusIndex, uri: string, citing: CableSummary, reference: TelegramReference): Located<CableSummary>[] {
  const { key, from } = reference.depth > 0 ? innerCitation(reference, citing) : { key: reference, from: citing };
  if (key.number === undefined && !channelKnown(key.whose, from)) return [];
  const candidates = key.number !== undefined ? index.cablesCitedAs(key.number) : cablesOfCitedDay(index, key.date);
  const where = new Map<CableSummary, Located<CableSummary>>();
  for (const hit of candidates) if ((hit.uri !== uri || hit.item.index !== citing.index) && ownedBy(hit.item, reference.ownerId)) where.set(hit.item, hit);
  if (!where.size) return [];
  // the copies of one cable (a second copy, a retranslation) together, the one to open first
  return preferredCopiesFirst(resolveTelegramReference(key, from, [...where.keys()]).matches.map(c => where.get(c)!));
}

/**
 * The cables a citation by date alone may mean: those of its day, and those of its day and month
 * that write no year (Moscow's outgoing copies); a citation that writes no year either (it is in
 * such a copy) can mean only those.
 */
function cablesOfCitedDay(index: CorpusIndex, date: string | undefined): Located<CableSummary>[] {
  const day = dayOf(date);
  if (day) return [...index.cablesOfDay(day), ...index.cablesOfDay(yearlessDay(day))];
  const yearless = yearlessDayOf(date);
  return yearless ? index.cablesOfDay(yearless) : [];
}

/**
 * What a reference inside a forwarded telegram (depth ≥ 1) is resolved by: that telegram's sender
 * is not the cable's. It is looked up in the channel the inner telegram's signer and addressee give:
 * `your telegram of 0115 18 October` in Mao's telegram to Filippov, forwarded by Roshchin, is
 * Filippov's, and `your telegram No. 71` in Mao's telegram to Li Kenong is Li Kenong's, not a cable
 * No. 71 another man sent (the places of the forwarding cable are not the inner telegram's, so only
 * the people are compared). The forwarding cable's date still bounds it: the forwarded telegram is no
 * later, and a cable written months after bears the number by chance (registries number afresh each
 * year), as for the cable's own.
 */
function innerCitation(reference: TelegramReference, forwarding: CableSummary): { key: ReferenceKey; from: CitingCable } {
  const from: { -readonly [K in keyof CitingCable]: CitingCable[K] } = { date: forwarding.date, utc: forwarding.utc };
  if (reference.senderId !== undefined) from.senderId = reference.senderId;
  if (reference.recipientId !== undefined) from.recipientId = reference.recipientId;
  return { key: { number: reference.number, date: reference.date, whose: reference.whose }, from };
}

/** Whether a cable can be the telegram of the owner a citation names (`Peng Dehuai's telegram No. 27`): not when another man signed it. */
function ownedBy(cable: CableSummary, ownerId: string | undefined): boolean {
  return ownerId === undefined || cable.senderId === undefined || cable.senderId === ownerId;
}

/** Whether the citing cable says enough of the side `whose` names for a day to pick that side's telegrams. */
function channelKnown(whose: ReferenceKey['whose'], citing: CitingCable): boolean {
  if (whose === 'your') return citing.fromId !== undefined || citing.toId !== undefined || citing.recipientId !== undefined;
  if (whose === 'my') return citing.fromId !== undefined || citing.senderId !== undefined;
  return false;
}

/** Each file's resolved references, kept while a pass of checks runs over an index (`sharingResolutions`). */
const passes = new WeakMap<CorpusIndex, Map<FileSummary, readonly ResolvedReference[]>>();

/**
 * Runs `run` with every file's references resolved at most once against `index`: the checks of
 * one pass over the corpus (the citation and ambiguity checks) read the same resolutions. The index
 * must not change meanwhile; nothing is kept once `run` returns.
 */
export function sharingResolutions<T>(index: CorpusIndex, run: () => T): T {
  if (passes.has(index)) return run();
  passes.set(index, new Map());
  try {
    return run();
  } finally {
    passes.delete(index);
  }
}

/** Every reference of a file resolved against the index (the file may be an open version the index does not hold yet). */
export function resolveFileReferences(index: CorpusIndex, file: FileSummary): readonly ResolvedReference[] {
  const pass = passes.get(index);
  const known = pass?.get(file);
  if (known) return known;
  const out: ResolvedReference[] = [];
  for (const reference of file.references) {
    const citing = file.cables.find(c => c.index === reference.cable);
    if (!citing) continue;
    out.push({ uri: file.uri, reference, citing, cited: resolveInCorpus(index, file.uri, citing, reference) });
  }
  pass?.set(file, out);
  return out;
}

/**
 * The files whose references may resolve differently after the changes: the changed files
 * themselves, and the files citing a number or a day of a cable they added, removed or changed in
 * more than its extent (`changedCables`: text typed into a body concerns no other file).
 */
export function citingFilesAffected(index: CorpusIndex, changes: readonly CorpusChange[]): Set<string> {
  const cables: CableSummary[] = [];
  const out = new Set<string>();
  for (const change of changes) {
    out.add(change.uri);
    cables.push(...changedCables(change));
  }
  for (const uri of index.filesCiting(cables)) out.add(uri);
  return out;
}

/** The corpus's references, resolved, and who cites each cable. */
export class CorpusLinks {
  /** Every reference of the corpus, file by file in index order, resolved or not. */
  readonly references: readonly ResolvedReference[];
  private readonly citing = new Map<string, ResolvedReference[]>();

  constructor(index: CorpusIndex) {
    const all: ResolvedReference[] = [];
    for (const file of index.all()) all.push(...resolveFileReferences(index, file));
    this.references = all;
    for (const r of all) {
      for (const c of r.cited) {
        const key = cableKey(c.uri, c.item.index);
        const list = this.citing.get(key);
        if (list) list.push(r);
        else this.citing.set(key, [r]);
      }
    }
  }

  /** The references that can mean the cable (an ambiguous one counts for each cable it matches). */
  citedBy(uri: string, cableIndex: number): readonly ResolvedReference[] {
    return this.citing.get(cableKey(uri, cableIndex)) ?? [];
  }
}

const cache = new WeakMap<CorpusIndex, { version: number; links: CorpusLinks }>();

/** The links of the index as it stands, computed once per index version. */
export function corpusLinks(index: CorpusIndex): CorpusLinks {
  const have = cache.get(index);
  if (have && have.version === index.version) return have.links;
  const links = new CorpusLinks(index);
  cache.set(index, { version: index.version, links });
  return links;
}
