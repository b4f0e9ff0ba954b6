/**
 * What the cable's editor says about a name, read as evidence for the hover: a role gloss before
 * it (`[Foreign Minister] Pak Heon-yeong`), a bracket after it (`Pak Heon-yeong [Pak Hon Yong]`),
 * and the numbered note its footnote marker points to (`Lin [2]` … `[2] Lin Biao.`, `Gao[1]` …
 * `1. Pseudonym of …`, `[Stalin].x/` … `x/ Pseudonym I.V. Stalin.`). The entries a note names
 * are the gazetteer names recognised inside it.
 */
import type { Span } from '../types';
import type { GazetteerEntry } from '../gazetteer/types';
import type { EntityAnalysis } from './types';

export interface EditorNote {
  readonly kind: 'roleGloss' | 'gloss' | 'footnote';
  /** The note's text: for `[2] Lin Biao.` the range of `Lin Biao.`; for a gloss, inside the brackets. */
  readonly span: Span;
  readonly text: string;
  /** The footnote's marker as written: `2`, `x/`. */
  readonly marker?: string;
  /** Gazetteer entries the note names. */
  readonly entries: readonly GazetteerEntry[];
}

/** `gloss`: the name's own gloss, read at recognition; `glossShown`: the hover already explains it (a cover name's). */
export function editorNotesAbout(analysis: EntityAnalysis, name: Span, gloss: Span | undefined, glossShown: boolean): EditorNote[] {
  const text = analysis.text;
  const out: EditorNote[] = [];
  const brackets = analysis.context.brackets;
  // a role gloss right before the name
  const before = brackets.find((b) => b.kind === 'role-gloss' && b.span.end <= name.start && /^[ \t]*$/.test(text.slice(b.span.end, name.start)));
  if (before) out.push(note(analysis, 'roleGloss', before.inner));
  let end = gloss?.end ?? name.end;
  // a normalising bracket right after the name
  const after = brackets.find((b) => (b.kind === 'name-normalisation' || b.kind === 'pseudonym-gloss') && b.span.start >= name.end && /^[ \t]*$/.test(text.slice(name.end, b.span.start)));
  if (after) {
    if (!glossShown) out.push(note(analysis, 'gloss', after.inner));
    end = Math.max(end, after.span.end);
  }
  // a footnote marker right after the name or its gloss
  const marker = /^\.?[ \t]*(?:\[(\d{1,2})\]|〔(\d{1,2})〕|(x\/))/.exec(text.slice(end, end + 8));
  if (marker) {
    const n = marker[1] ?? marker[2] ?? marker[3]!;
    const at = end + marker[0].length;
    const escaped = n.replace('/', '\\/');
    const head = marker[3] ? escaped : `\\[${escaped}\\]|〔${escaped}〕|${escaped}[.)]`;
    const line = new RegExp(`^[ \\t]*(?:${head})[ \\t]*(\\S[^\\n]*)$`, 'gm');
    line.lastIndex = at;
    const found = line.exec(text);
    if (found) {
      const start = found.index + found[0].length - found[1]!.length;
      out.push({ ...note(analysis, 'footnote', { start, end: start + found[1]!.trimEnd().length }), marker: n });
    }
  }
  return out;
}

function note(analysis: EntityAnalysis, kind: EditorNote['kind'], span: Span): EditorNote {
  const entries: GazetteerEntry[] = [];
  for (const m of analysis.mentions) {
    if (m.span.start >= span.start && m.span.end <= span.end && m.reference === undefined && !entries.includes(m.resolution.best.entry)) entries.push(m.resolution.best.entry);
  }
  return { kind, span, text: analysis.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim(), entries };
}
