/**
 * Name checks. Silence on correct text comes first: only spellings that sit one or two letters
 * from a gazetteer name (and are not ordinary English words) are flagged, a bracketed editor's
 * form is never an inconsistency, and different romanisation systems are information, not errors.
 */
import type { CableDiagnostic } from '../diagnosticCodes';
import { foldKey } from '../gazetteer/names';
import type { EntityAnalysis, EntityMention, NearMiss } from './types';
import { isNearMiss } from './spelling';
import { competingSystems, inSomeFamily, systemLabel } from './systems';

/** Quote a name in a message. */
const q = (s: string) => `'${s.replace(/\s+/g, ' ')}'`;

/** `Li Kenong` in the case style of `LE KENONG` is `LI KENONG`. */
export function inCaseOf(model: string, replacement: string): string {
  const letters = model.replace(/[^\p{L}]/gu, '');
  return letters && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? replacement.toUpperCase() : replacement;
}

function plain(m: EntityMention): string {
  return foldKey(m.name).replace(/[\s'-]/g, '');
}

export function computeNameDiagnostics(analysis: EntityAnalysis): CableDiagnostic[] {
  const out: CableDiagnostic[] = [];
  const { mentions } = analysis;

  // 1. misspellings of gazetteer names, with or without the right spelling nearby
  const firstByKey = new Map<string, EntityMention>();
  const byEntryAll = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    if (!firstByKey.has(m.key)) firstByKey.set(m.key, m);
    const id = m.resolution.best.entry.id;
    const list = byEntryAll.get(id);
    // distinct spellings only, so the search below stays short however long the document
    if (!list) byEntryAll.set(id, [m]);
    else if (!list.some((x) => x.key === m.key)) list.push(m);
  }
  for (const miss of analysis.nearMisses) {
    const written = foldKey(miss.written).replace(/[\s'-]/g, '');
    const other =
      firstByKey.get(miss.suggestionKey) ??
      miss.entries.flatMap((e) => byEntryAll.get(e.id) ?? []).find((m) => isNearMiss(plain(m), written));
    const entry = miss.entries[0];
    const who = entry ? describeTarget(miss) : '';
    if (other) {
      const replacement = inCaseOf(miss.written, other.name);
      out.push({
        code: 'cable.name.variant',
        span: miss.span,
        message: `${q(miss.written)} is spelled ${q(other.name)} elsewhere in this document${who}.`,
        related: [{ span: other.span, message: `${q(other.name)} is written here.` }],
        data: { replacement, entryId: other.resolution.best.entry.id },
      });
    } else if (miss.entries.some((e) => e.kind === 'person')) {
      // Only people and cover names: an unknown village near a known town's spelling (`Chosan`,
      // `Chosin`) is far more often another place than a typo.
      out.push({
        code: 'cable.name.unknownNearMiss',
        span: miss.span,
        message: `${q(miss.written)} is not a known name; did you mean ${q(miss.suggestion)}${who}?`,
        data: { replacement: miss.suggestion, entryId: entry?.id },
      });
    }
  }

  // 2. two known spellings of one name in one document (`Kornushina` and `Kornyushina`)
  const byEntry = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    if (m.glossOf !== undefined || m.bracket !== undefined || m.resolution.confidence === 'uncertain') continue;
    const id = m.resolution.best.entry.id;
    const list = byEntry.get(id) ?? [];
    list.push(m);
    byEntry.set(id, list);
  }
  for (const list of byEntry.values()) {
    const byKey = new Map<string, EntityMention[]>();
    for (const m of list) {
      const l = byKey.get(m.key) ?? [];
      l.push(m);
      byKey.set(m.key, l);
    }
    const keys = [...byKey.keys()];
    for (let a = 0; a < keys.length; a++) {
      for (let b = a + 1; b < keys.length; b++) {
        const ma = byKey.get(keys[a]!)!;
        const mb = byKey.get(keys[b]!)!;
        const fa = ma[0]!.resolution.best;
        const fb = mb[0]!.resolution.best;
        if (fa.form.addedBy || fb.form.addedBy) continue; // the user accepted this spelling
        if (fa.system !== fb.system || !isNearMiss(plain(ma[0]!), plain(mb[0]!))) continue;
        // the odd one: rarer in this document; on a tie, the one not written first
        const [odd, usual] = mb.length <= ma.length ? [mb, ma] : [ma, mb];
        for (const m of odd) {
          out.push({
            code: 'cable.name.variant',
            span: m.span,
            message: `${q(m.name)} and ${q(usual[0]!.name)} are two spellings of ${m.resolution.best.entry.canonical} in one document.`,
            related: [{ span: usual[0]!.span, message: `${q(usual[0]!.name)} is written here.` }],
            data: { replacement: inCaseOf(m.name, usual[0]!.name), entryId: m.resolution.best.entry.id },
          });
        }
      }
    }
  }

  // 3. one entity in two competing romanisation systems (`Mao Tse-tung` and `Mao Zedong`)
  const byName = new Map<string, EntityMention[]>();
  for (const list of byEntry.values()) {
    for (const m of list) {
      // a cover name and the real name are two names, not two spellings of one
      const k = `${m.resolution.best.entry.id}/${m.resolution.best.pseudonym?.name ?? ''}`;
      byName.set(k, [...(byName.get(k) ?? []), m]);
    }
  }
  for (const list of byName.values()) {
    const firstBySystem = new Map<string, EntityMention>();
    for (const m of list) {
      const s = m.resolution.best.system;
      if (!inSomeFamily(s) || firstBySystem.has(s)) continue;
      const first = [...firstBySystem.values()].find((f) => competingSystems(f.resolution.best.system!, s));
      firstBySystem.set(s, m);
      if (!first) continue;
      const s1 = first.resolution.best.system!;
      out.push({
        code: 'cable.name.mixedRomanisation',
        span: m.span,
        message:
          `${m.resolution.best.entry.canonical} is written in two romanisation systems in this document: ` +
          `${q(first.name)} (${systemLabel(s1)}) and ${q(m.name)} (${systemLabel(s)}).`,
        related: [{ span: first.span, message: `${q(first.name)} (${systemLabel(s1)}) is written here.` }],
        data: { replacement: inCaseOf(m.name, first.name), systems: [s1, s], entryId: m.resolution.best.entry.id },
      });
    }
  }
  out.sort((x, y) => x.span.start - y.span.start);
  return out;
}

function describeTarget(miss: NearMiss): string {
  if (miss.entries.length !== 1) return '';
  const e = miss.entries[0]!;
  if (miss.coverName) return ` (cover name of ${e.canonical})`;
  return foldKey(e.canonical) === foldKey(miss.suggestion) ? '' : ` (${e.canonical})`;
}
