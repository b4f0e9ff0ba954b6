/**
 * `Mao Zedong` and later `Mao Tse-tung`: one name in two competing romanisation systems. Each
 * later system is reported once, at its first mention, against the first mention in a competing one.
 * Two known spellings of one name in one system (`Vyshinsky` and `Vishinsky`, `P'eng Teh-huai` and
 * `Peng Te-huai`, `Kornushina` and `Kornyushina`) are two romanisations too: each is correct, so the
 * rarer is noted, never warned of (a misspelling beside the right form is `variant`'s).
 */
import { defineRule } from '../../analysis/rule';
import type { CableDiagnostic } from '../../diagnosticCodes';
import type { NameForm, RomanisationSystem } from '../../gazetteer/types';
import type { CableDocument } from '../../parser/ast';
import type { Span } from '../../types';
import type { EntityAnalysis, EntityMention } from '../types';
import { competingSystems, inSomeFamily, spellingLabel, systemLabel } from '../systems';
import { isNearMiss } from '../spelling';
import { bareSpelling, comparableMentionsByEntry, inCaseOf, quote } from '../nameChecks';

export const rule = defineRule({
  code: 'cable.name.mixedRomanisation',
  level: 'information',
  summary: 'one person romanised two ways in one document (`Mao Tse-tung` and `Mao Zedong`, `Vyshinsky` and `Vishinsky`)',
  check: (analysis) => checkMixedRomanisation(analysis.entities, editorsSpans(analysis.parsed)),
});

/**
 * `editors`: the editor's title, source line and notes, whose spellings are the edition's
 * (`Letter from Pak Heon-yeong [Pak Hon-yong] to Vyshinsky` over a text in McCune–Reischauer), not
 * the document's: they are not compared with the text's.
 */
export function* checkMixedRomanisation(analysis: EntityAnalysis, editors: readonly Span[] = []): Generator<CableDiagnostic> {
  const byEntry = withoutGlossed(editors.length ? textsOwn(comparableMentionsByEntry(analysis), editors) : comparableMentionsByEntry(analysis));
  yield* twoSystems(byEntry);
  yield* twoSpellingsOfOneSystem(byEntry);
}

function editorsSpans(parsed: CableDocument): Span[] {
  return parsed.blocks.filter((b) => b.kind === 'notes' && b.role !== 'original').map((b) => b.span);
}

function textsOwn(byEntry: ReadonlyMap<string, readonly EntityMention[]>, editors: readonly Span[]): Map<string, readonly EntityMention[]> {
  const out = new Map<string, readonly EntityMention[]>();
  for (const [id, mentions] of byEntry) out.set(id, mentions.filter((m) => !editors.some((e) => e.start <= m.span.start && m.span.end <= e.end)));
  return out;
}

/**
 * `PAK HEON-YEONG [Pak Hon Yong]`: a name the editor's bracket glosses right after it is given in the
 * edition's spelling by the editor's own hand; the two are not the document mixing systems.
 */
function withoutGlossed(byEntry: ReadonlyMap<string, readonly EntityMention[]>): ReadonlyMap<string, readonly EntityMention[]> {
  let out: Map<string, readonly EntityMention[]> | undefined;
  for (const [id, mentions] of byEntry) {
    if (!mentions.some((m) => m.gloss)) continue;
    (out ??= new Map(byEntry)).set(id, mentions.filter((m) => !m.gloss));
  }
  return out ?? byEntry;
}

function* twoSystems(byEntry: ReadonlyMap<string, readonly EntityMention[]>): Generator<CableDiagnostic> {
  for (const mentions of byEntry.values()) {
    if (mentions.length < 2) continue;
    // a cover name and the real name are two names, not two spellings of one: by cover name ('' for the real name)
    const byName = new Map<string, Map<RomanisationSystem, EntityMention>>();
    for (const m of mentions) {
      const best = m.resolution.best;
      const s = best.system;
      if (!inSomeFamily(s)) continue;
      // a surname alone says little of its system: the `Mao` of `Chairman Mao` is pinyin and Wade–Giles alike
      if (!m.key.includes('\u0001') && best.via === 'name' && best.entry.kind === 'person') continue;
      const name = best.pseudonym?.name ?? '';
      let firstBySystem = byName.get(name);
      if (!firstBySystem) byName.set(name, (firstBySystem = new Map()));
      if (firstBySystem.has(s)) continue;
      let first: EntityMention | undefined;
      for (const f of firstBySystem.values()) {
        if (competingSystems(f.resolution.best.system!, s)) {
          first = f;
          break;
        }
      }
      firstBySystem.set(s, m);
      if (!first) continue;
      const s1 = first.resolution.best.system!;
      yield {
        code: 'cable.name.mixedRomanisation',
        span: m.span,
        message:
          `${best.entry.canonical} is written in two romanisation systems in this document: ` +
          `${quote(first.name)} (${systemLabel(s1)}) and ${quote(m.name)} (${systemLabel(s)}).`,
        related: [{ span: first.span, message: `${quote(first.name)} (${systemLabel(s1)}) is written here.` }],
        data: { replacement: inCaseOf(m.name, first.name), systems: [s1, s], entryId: best.entry.id },
      };
    }
  }
}

/** Two spellings of one name in one system, each a known form or a correct spelling in its system: the rarer is noted. */
function* twoSpellingsOfOneSystem(byEntry: ReadonlyMap<string, readonly EntityMention[]>): Generator<CableDiagnostic> {
  for (const mentions of byEntry.values()) {
    if (mentions.every((m) => m.key === mentions[0]!.key)) continue; // one spelling: nothing to compare
    const bySpelling = new Map<string, EntityMention[]>();
    for (const m of mentions) {
      const list = bySpelling.get(m.key);
      if (list) list.push(m);
      else bySpelling.set(m.key, [m]);
    }
    // distinct spellings of one entry are few (its gazetteer forms), so all pairs are cheap
    const spellings = [...bySpelling.values()];
    for (let a = 0; a < spellings.length; a++) {
      for (let b = a + 1; b < spellings.length; b++) {
        const ma = spellings[a]!;
        const mb = spellings[b]!;
        const fa = ma[0]!.resolution.best;
        const fb = mb[0]!.resolution.best;
        if (fa.form.addedBy || fb.form.addedBy) continue; // the user accepted this spelling
        // a name of its period (`North Korean Workers' Party` until June 1949, `Workers' Party of Korea` after) is another name, not a spelling
        if (datedForm(fa.form) || datedForm(fb.form)) continue;
        if (fa.system !== fb.system || !isNearMiss(bareSpelling(ma[0]!.name), bareSpelling(mb[0]!.name))) continue;
        // pinyin spells a syllable one way only: two listed pinyin forms are two names (`Beiping` and
        // `Beijing`, `Andong` and `Dandong`), never two spellings of one
        if (fa.system === 'pinyin') continue;
        // the odd one: rarer in this document; on a tie, the one not written first
        const [odd, usual] = mb.length <= ma.length ? [mb, ma[0]!] : [ma, mb[0]!];
        const m = odd[0]!;
        yield {
          code: 'cable.name.mixedRomanisation',
          span: m.span,
          message: `${fa.entry.canonical} is written two ways in this document: ${quote(usual.name)} and ${quote(m.name)} (${spellingLabel(m.resolution.best)}).`,
          related: [{ span: usual.span, message: `${quote(usual.name)} is written here.` }],
          data: { replacement: inCaseOf(m.name, usual.name), entryId: fa.entry.id },
        };
      }
    }
  }
}

function datedForm(form: NameForm): boolean {
  return form.from !== undefined || form.to !== undefined;
}
