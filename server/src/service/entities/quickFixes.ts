/**
 * Quick fixes for name diagnostics, as data: text edits for "replace", and for "add to the
 * workspace gazetteer" the entry to append (the LSP glue edits the file).
 */
import type { Span } from '../types';
import type { CableDiagnostic } from '../diagnosticCodes';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { GazetteerEntryInput } from '../gazetteer/types';
import { foldKey } from '../gazetteer/names';
import type { EntityAnalysis } from './types';
import { inCaseOf } from './nameChecks';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** An entry to append to the `entries` array of the workspace gazetteer file. */
export interface GazetteerAddition {
  readonly description: string;
  readonly entry: GazetteerEntryInput;
}

export interface NameQuickFix {
  readonly title: string;
  readonly kind: 'replace' | 'replaceAll' | 'addToGazetteer';
  readonly edits: readonly TextEdit[];
  readonly addition?: GazetteerAddition;
  readonly isPreferred?: boolean;
}

const NAME_CODES = new Set(['cable.name.variant', 'cable.name.unknownNearMiss', 'cable.name.mixedRomanisation']);

export function getNameQuickFixes(analysis: EntityAnalysis, diagnostic: CableDiagnostic, gazetteer: Gazetteer): NameQuickFix[] {
  if (!NAME_CODES.has(diagnostic.code)) return [];
  const replacement = diagnostic.data?.['replacement'];
  const written = analysis.text.slice(diagnostic.span.start, diagnostic.span.end);
  const fixes: NameQuickFix[] = [];
  if (typeof replacement === 'string' && replacement !== written) {
    fixes.push({
      title: `Replace with '${replacement}'`,
      kind: 'replace',
      edits: [{ span: diagnostic.span, newText: replacement }],
      isPreferred: true,
    });
    const all = occurrences(analysis, diagnostic.span, written);
    if (all.length > 1) {
      fixes.push({
        title: `Replace all ${all.length} '${written.replace(/\s+/g, ' ')}' in this document with '${replacement}'`,
        kind: 'replaceAll',
        edits: all.map((span) => ({ span, newText: inCaseOf(analysis.text.slice(span.start, span.end), replacement) })),
      });
    }
  }
  if (diagnostic.code !== 'cable.name.mixedRomanisation') fixes.push(...additions(diagnostic, written, gazetteer));
  return fixes;
}

/** Every place in the document written like the flagged text (case aside). */
function occurrences(analysis: EntityAnalysis, span: Span, written: string): Span[] {
  const key = foldKey(written);
  const spans: Span[] = [];
  for (const m of analysis.nearMisses) if (foldKey(m.written) === key) spans.push(m.span);
  for (const m of analysis.mentions) if (foldKey(analysis.text.slice(m.span.start, m.span.end)) === key) spans.push(m.span);
  if (!spans.some((s) => s.start === span.start)) spans.push(span);
  return spans.sort((a, b) => a.start - b.start);
}

function additions(diagnostic: CableDiagnostic, written: string, gazetteer: Gazetteer): NameQuickFix[] {
  // the spelling itself: no possessive (`Vyshinskii's`), no editor's brackets
  const form = written.replace(/\s+/g, ' ').replace(/\[|\]/g, '').replace(/['’]s$/, '');
  const out: NameQuickFix[] = [];
  const entryId = diagnostic.data?.['entryId'];
  const entry = typeof entryId === 'string' ? gazetteer.get(entryId) : undefined;
  if (entry) {
    const description = `Add '${form}' to the workspace gazetteer as a spelling of ${entry.canonical}`;
    out.push({
      title: description,
      kind: 'addToGazetteer',
      edits: [],
      addition: {
        description,
        entry: { id: entry.id, extend: true, variants: [{ form, system: 'other', note: 'added from a cable where this spelling occurs' }] },
      },
    });
  }
  if (diagnostic.code === 'cable.name.unknownNearMiss') {
    const unique = newEntryId(form, gazetteer);
    const description = `Add '${form}' to the workspace gazetteer as a new name`;
    out.push({
      title: description,
      kind: 'addToGazetteer',
      edits: [],
      addition: { description, entry: { id: unique, kind: entry?.kind ?? 'person', canonical: form } },
    });
  }
  return out;
}

/** An id for a new entry made from its name (`Kim Tae-hong` → `kim_tae_hong`), unused in the gazetteer. */
function newEntryId(form: string, gazetteer: Gazetteer): string {
  let id = form.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'name';
  if (!/^[a-z0-9]/.test(id)) id = `n_${id}`;
  let unique = id;
  for (let k = 2; gazetteer.get(unique); k++) unique = `${id}_${k}`;
  return unique;
}

/**
 * "Add Ivanov to the workspace gazetteer" on a person the gazetteer lacks (no diagnostic: the
 * cursor on the name is enough): a stub entry with every spelling seen, in this document and,
 * when given, in the folder (`folderSpellings`, most frequent first).
 */
export function getUnknownPersonFixes(analysis: EntityAnalysis, span: Span, gazetteer: Gazetteer, folderSpellings?: (key: string) => readonly string[]): NameQuickFix[] {
  const fixes: NameQuickFix[] = [];
  const seenKeys = new Set<string>();
  for (const person of analysis.unknownPeople) {
    if (person.span.end < span.start || person.span.start > span.end || seenKeys.has(person.key)) continue;
    seenKeys.add(person.key);
    const spellings: string[] = [];
    const add = (written: string) => {
      const form = written.replace(/\s+/g, ' ').trim();
      if (form && !spellings.includes(form)) spellings.push(form);
    };
    add(person.name);
    for (const u of analysis.unknownPeople) if (u.key === person.key) add(u.name);
    for (const w of folderSpellings?.(person.key) ?? []) add(w);
    // the canonical form: a spelling in normal case if there is one, else the capitals in normal case
    const normal = spellings.find((w) => w !== w.toUpperCase());
    const canonical = normal ?? person.name.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
    const title = `Add '${canonical}' to the workspace gazetteer`;
    fixes.push({
      title,
      kind: 'addToGazetteer',
      edits: [],
      addition: {
        description: title,
        entry: { id: newEntryId(canonical, gazetteer), kind: 'person', canonical, variants: spellings.map((form) => ({ form })) },
      },
    });
  }
  return fixes;
}
