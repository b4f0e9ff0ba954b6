/**
 * `Mao Zedong` and later `Mao Tse-tung`: one name in two competing romanisation systems. Each
 * later system is reported once, at its first mention, against the first mention in a competing one.
 */
import { defineRule } from '../../analysis/rule';
import type { CableDiagnostic } from '../../diagnosticCodes';
import type { RomanisationSystem } from '../../gazetteer/types';
import type { EntityAnalysis, EntityMention } from '../types';
import { competingSystems, inSomeFamily, systemLabel } from '../systems';
import { comparableMentionsByEntry, inCaseOf, quote } from '../nameChecks';

export const rule = defineRule({
  code: 'cable.name.mixedRomanisation',
  level: 'information',
  summary: 'one person in two romanisation systems (`Mao Tse-tung` and `Mao Zedong`)',
  check: (analysis) => checkMixedRomanisation(analysis.entities),
});

export function* checkMixedRomanisation(analysis: EntityAnalysis): Generator<CableDiagnostic> {
  for (const mentions of comparableMentionsByEntry(analysis).values()) {
    if (mentions.length < 2) continue;
    // a cover name and the real name are two names, not two spellings of one: by cover name ('' for the real name)
    const byName = new Map<string, Map<RomanisationSystem, EntityMention>>();
    for (const m of mentions) {
      const best = m.resolution.best;
      const s = best.system;
      if (!inSomeFamily(s)) continue;
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
