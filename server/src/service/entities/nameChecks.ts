/**
 * What the name rules (`rules/variant.ts`, `rules/unknownNearMiss.ts`,
 * `rules/mixedRomanisation.ts`) share: the wording of their messages and two views of an
 * analysis's mentions that two rules each need, computed once per EntityAnalysis.
 *
 * Silence on correct text comes first: only spellings that sit one or two letters from a
 * gazetteer name (and are not ordinary English words) are flagged, a bracketed editor's form is
 * never an inconsistency, and different romanisation systems are information, not errors.
 */
import { foldKey, titleCaseName } from '../gazetteer/names';
import type { EntityAnalysis, EntityMention, NearMiss } from './types';
import { isNearMiss } from './spelling';
import { rememberedPerWord } from '../memo';

/** Quote a name in a message: `'Li Kenong'` (a line break inside the name read as a space). */
export const quote = (s: string): string => `'${s.replace(/\s+/g, ' ')}'`;

/**
 * `Li Kenong` in the case style of `LE KENONG` is `LI KENONG`; `ZHOU ENLAI` in the style of `Chou
 * En-lai` is `Zhou Enlai`, in the title case names are written in (`titleCaseName`: `Kim Il-sŏng`, `P'eng Teh-huai`).
 */
export function inCaseOf(model: string, replacement: string): string {
  if (allCapitals(model)) return replacement.toUpperCase();
  return allCapitals(replacement) ? titleCaseName(replacement) : replacement;
}

function allCapitals(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters !== '' && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The letters of a spelling, for comparing two of them: `Tse-tung` → `tsetung`. */
export const bareSpelling: (written: string) => string = rememberedPerWord((written) => foldKey(written).replace(/[\s'-]/g, ''));

/** ` (cover name of Joseph Stalin)`, ` (Li Kenong)` or nothing: who a near miss's suggestion names. */
export function describeTarget(miss: NearMiss): string {
  if (miss.entries.length !== 1) return '';
  const e = miss.entries[0]!;
  if (miss.coverName) return ` (cover name of ${e.canonical})`;
  return foldKey(e.canonical) === foldKey(miss.suggestion) ? '' : ` (${e.canonical})`;
}

// ---------------------------------------------------------------- shared views, one per analysis

/**
 * The right spelling, in this document, of which near miss `k` is a slip: its partner (`Peng Dehuei`
 * beside `Peng Dehuai`), unless the miss is a one-syllable Chinese given name of its own (`Chen Yu`
 * beside `Chen Yun`, another man's name). `variant` reports these, and the hover reads them as slips,
 * so the two say the same of one spelling.
 */
export function slipPartner(analysis: EntityAnalysis, k: number): EntityMention | undefined {
  return analysis.nearMisses[k]?.anotherGivenName?.oneSyllable ? undefined : nearMissPartners(analysis)[k];
}

const partnersMemo = new WeakMap<EntityAnalysis, readonly (EntityMention | undefined)[]>();

/**
 * For each near miss (same order as `analysis.nearMisses`), a mention elsewhere in the document
 * that spells the intended name right: one written exactly like the suggestion, else one of the
 * suggested entries' spellings within reach of the near miss. `variant` reports a near miss that
 * has one; `unknownNearMiss` one that has none.
 */
export function nearMissPartners(analysis: EntityAnalysis): readonly (EntityMention | undefined)[] {
  let partners = partnersMemo.get(analysis);
  if (partners) return partners;
  if (analysis.nearMisses.length === 0) return [];
  const firstByKey = new Map<string, EntityMention>();
  // the first mention of each distinct spelling, per entry: the search below stays short however long the document
  const spellingsByEntry = new Map<string, Map<string, EntityMention>>();
  for (const m of analysis.mentions) {
    if (m.reference !== undefined) continue;
    if (!firstByKey.has(m.key)) firstByKey.set(m.key, m);
    const id = m.resolution.best.entry.id;
    let spellings = spellingsByEntry.get(id);
    if (!spellings) spellingsByEntry.set(id, (spellings = new Map()));
    if (!spellings.has(m.key)) spellings.set(m.key, m);
  }
  const bare = new Map<EntityMention, string>();
  const bareOf = (m: EntityMention) => {
    let s = bare.get(m);
    if (s === undefined) bare.set(m, (s = bareSpelling(m.name)));
    return s;
  };
  partners = analysis.nearMisses.map((miss) => {
    const exact = firstByKey.get(miss.suggestionKey);
    if (exact) return exact;
    const written = bareSpelling(miss.written);
    for (const e of miss.entries) {
      for (const m of spellingsByEntry.get(e.id)?.values() ?? []) if (isNearMiss(bareOf(m), written)) return m;
    }
    return undefined;
  });
  partnersMemo.set(analysis, partners);
  return partners;
}

const comparableMemo = new WeakMap<EntityAnalysis, ReadonlyMap<string, readonly EntityMention[]>>();

/**
 * The mentions whose spelling counts, by entry id in document order: not inside another
 * mention's gloss, not in an editorial bracket (an editor's form is no inconsistency), and
 * resolved with some confidence. `variant` compares their spellings, `mixedRomanisation` their
 * systems.
 */
export function comparableMentionsByEntry(analysis: EntityAnalysis): ReadonlyMap<string, readonly EntityMention[]> {
  let byEntry = comparableMemo.get(analysis);
  if (byEntry) return byEntry;
  const groups = new Map<string, EntityMention[]>();
  for (const m of analysis.mentions) {
    // a name read from its context (`Kim`, `林`) is no spelling of the full name
    if (m.glossOf !== undefined || m.bracket !== undefined || m.reference !== undefined || m.resolution.confidence === 'uncertain') continue;
    const id = m.resolution.best.entry.id;
    const list = groups.get(id);
    if (list) list.push(m);
    else groups.set(id, [m]);
  }
  comparableMemo.set(analysis, (byEntry = groups));
  return byEntry;
}
