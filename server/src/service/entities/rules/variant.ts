/**
 * `Le Kenong` beside `Li Kenong`, `Kornyushina` beside `Kornushina`: one name spelt two near ways
 * in one document. The rarer spelling is the one reported.
 */
import { defineRule } from '../../analysis/rule';
import type { CableDiagnostic } from '../../diagnosticCodes';
import type { EntityAnalysis, EntityMention } from '../types';
import { isNearMiss } from '../spelling';
import { bareSpelling, comparableMentionsByEntry, describeTarget, inCaseOf, nearMissPartners, quote } from '../nameChecks';
import { sentence } from '../../sentence';

export const rule = defineRule({
  code: 'cable.name.variant',
  level: 'warning',
  summary: 'two near-miss spellings of one name in one document (`Le Kenong` beside `Li Kenong`)',
  check: (analysis) => checkVariants(analysis.entities),
});

export function* checkVariants(analysis: EntityAnalysis): Generator<CableDiagnostic> {
  // a spelling that is no known form, next to the right one
  const partners = nearMissPartners(analysis);
  for (let k = 0; k < partners.length; k++) {
    const other = partners[k];
    if (!other) continue;
    const miss = analysis.nearMisses[k]!;
    yield {
      code: 'cable.name.variant',
      span: miss.span,
      message: sentence(`${quote(miss.written)} is spelled ${quote(other.name)} elsewhere in this document${miss.entries[0] ? describeTarget(miss) : ''}`),
      related: [{ span: other.span, message: `${quote(other.name)} is written here.` }],
      data: { replacement: inCaseOf(miss.written, other.name), entryId: other.resolution.best.entry.id },
    };
  }

  // two known spellings of one entry, in one system
  for (const mentions of comparableMentionsByEntry(analysis).values()) {
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
        if (fa.spelledBy || fb.spelledBy) continue; // a correct spelling in its system, though not listed
        if (fa.system !== fb.system || !isNearMiss(bareSpelling(ma[0]!.name), bareSpelling(mb[0]!.name))) continue;
        // pinyin spells a syllable one way only: two listed pinyin forms are two names (`Beiping` and
        // `Beijing`, `Andong` and `Dandong`), never a slip of one for the other
        if (fa.system === 'pinyin') continue;
        // the odd one: rarer in this document; on a tie, the one not written first
        const [odd, usual] = mb.length <= ma.length ? [mb, ma[0]!] : [ma, mb[0]!];
        for (const m of odd) {
          yield {
            code: 'cable.name.variant',
            span: m.span,
            message: `${quote(m.name)} and ${quote(usual.name)} are two spellings of ${m.resolution.best.entry.canonical} in one document.`,
            related: [{ span: usual.span, message: `${quote(usual.name)} is written here.` }],
            data: { replacement: inCaseOf(m.name, usual.name), entryId: m.resolution.best.entry.id },
          };
        }
      }
    }
  }
}
