/**
 * What a change of one file altered as the rest of the folder sees it, so that the corpus checks
 * check again only the groups that can read it (`CorpusRule.affected`). Most edits move text
 * without touching what other files read: a sentence typed into a body lengthens its cable but
 * leaves its number, dates and header where they were, and shifts only the mentions after it.
 */
import type { CorpusChange } from './corpusIndex';
import { MENTION_FIELDS, type CableSummary, type MentionTable, type NearMissSummary } from './types';
import { ENTITY, KEY, WRITTEN } from './mentionTable';

/**
 * The cables of a change that other files may read differently: those added, removed, or changed
 * in anything but their extent (`range`). The corpus checks read a cited cable's number, dates,
 * channel, people and header, never how far its text runs.
 */
export function changedCables({ before, after }: CorpusChange): CableSummary[] {
  const old = before?.cables ?? [];
  const now = after?.cables ?? [];
  const out: CableSummary[] = [];
  for (let i = 0; i < Math.max(old.length, now.length); i++) {
    const a = old[i];
    const b = now[i];
    if (a && b && sameBesidesExtent(a, b)) continue;
    if (a) out.push(a);
    if (b) out.push(b);
  }
  return out;
}

/**
 * The folded spellings (`roshchin`) whose mentions in the file changed: written, placed, resolved
 * or marked differently, or more or fewer of them. A spelling whose mentions all stayed where they
 * were counts and places the same for every check.
 */
export function changedSpellings({ before, after }: CorpusChange): Set<string> {
  return keysThatDiffer(rowsBySpelling(before?.mentions), rowsBySpelling(after?.mentions), (a, b) => a === b);
}

/** The near-miss spellings (`roschin`) whose places or readings in the file changed. */
export function changedNearMisses({ before, after }: CorpusChange): Set<string> {
  return keysThatDiffer(nearMissesByKey(before?.nearMisses), nearMissesByKey(after?.nearMisses), samePlainData);
}

/** The keys present in one map only, or in both with values that differ. */
function keysThatDiffer<T>(old: ReadonlyMap<string, T>, now: ReadonlyMap<string, T>, same: (a: T, b: T) => boolean): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of old) {
    const other = now.get(key);
    if (other === undefined || !same(value, other)) out.add(key);
  }
  for (const key of now.keys()) if (!old.has(key)) out.add(key);
  return out;
}

/** Each spelling's mentions as one string of their rows (strings read as text, numbers as they are). */
function rowsBySpelling(table: MentionTable | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!table) return out;
  const { strings, data } = table;
  for (let at = 0; at < data.length; at += MENTION_FIELDS) {
    const key = strings[data[at + KEY]]!;
    let row = '';
    for (let f = 0; f < MENTION_FIELDS; f++) row += f === ENTITY || f === WRITTEN || f === KEY ? `${strings[data[at + f]]}\u0000` : `${data[at + f]},`;
    out.set(key, (out.get(key) ?? '') + row + '\n');
  }
  return out;
}

function nearMissesByKey(misses: readonly NearMissSummary[] = []): Map<string, NearMissSummary[]> {
  const out = new Map<string, NearMissSummary[]>();
  for (const n of misses) {
    const list = out.get(n.key);
    if (list) list.push(n);
    else out.set(n.key, [n]);
  }
  return out;
}

function sameBesidesExtent(a: CableSummary, b: CableSummary): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('range');
  for (const k of keys) if (!samePlainData((a as unknown as Record<string, unknown>)[k], (b as unknown as Record<string, unknown>)[k])) return false;
  return true;
}

/** Equality of plain data (numbers, strings, arrays and objects of them), as a summary holds. */
function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(k => samePlainData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
