/**
 * Reduces a parsed cable to the neutral shape of `test/fixtures/forms/expected.json`, so that the
 * parser is checked field by field against what a reader of each fixture expects.
 */
import type { CableDocument, DistributionList, Envelope, Footer, HeaderField, Message, Stamp } from '../../server/src/service/parser/ast';
import type { Span } from '../../server/src/service/types';
import { displayName } from '../../server/src/service/features/labels';

export interface ExpectedEnvelope {
  institution: string | null;
  documentType: string | null;
  number: string | null;
  classification?: string[];
  origin: string | null;
  destination: string | null;
  sent: string | null;
  received: string | null;
  copyNumber: string | null;
  distribution: string[] | null;
}
export interface ExpectedTelegram { from: string | null; to: string | null; date: string | null; depth: number; quoted: boolean; firstLine: number; lastLine: number }
export interface ExpectedFooterItem { verb: string; person: string | null; time: string | null; count: number | null }
export interface ExpectedStamp { firstLine: number; lastLine: number; closed: boolean }
export interface Expected {
  forms: string[];
  envelope: ExpectedEnvelope | null;
  telegrams?: ExpectedTelegram[];
  footer?: ExpectedFooterItem[] | null;
  stamps?: ExpectedStamp[];
  brackets?: { text: string; kind: string }[];
  /** What the parser had to repair, with the text of each repair's span; none when absent. */
  repairs?: { kind: string; text: string }[];
  /** Outline symbols that must be present, by exact name (and detail, when given). */
  outline?: ExpectedSymbol[];
}
export interface ExpectedSymbol { name: string; detail?: string }

export function summarize(doc: CableDocument): Required<Omit<Expected, 'forms' | 'brackets' | 'outline' | 'repairs'>> {
  const t = doc.text;
  const s = (span: Span | undefined) => (span ? t.slice(span.start, span.end) : null);
  // Physical lines (a document whose line breaks were lost is one line, however the parser cut it).
  const breaks: number[] = [];
  for (const m of t.matchAll(/\r\n|\r|\n/g)) breaks.push(m.index! + m[0].length);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] <= offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  const lastLine = (span: Span) => {
    let end = span.end;
    while (end > span.start && /\s/.test(t[end - 1])) end--;
    return lineOf(Math.max(span.start, end - 1));
  };
  const firstLine = (span: Span) => {
    let start = span.start;
    while (start < span.end && /\s/.test(t[start])) start++;
    return lineOf(start);
  };

  const env = doc.blocks.find((b): b is Envelope => b.kind === 'envelope');
  const footers = doc.blocks.filter((b): b is Footer => b.kind === 'footer');

  let envelope: ExpectedEnvelope | null = null;
  const headerDecipher: ExpectedFooterItem[] = [];
  if (env) {
    const f = (k: HeaderField['kind']) => env.fields.find(x => x.kind === k);
    const type = f('documentType');
    const numbered = env.fields.find(x => x.kind === 'documentType' && !(x.label && x.value.start === x.label.start));
    const lists: DistributionList[] = [];
    if (env.distribution) lists.push(env.distribution);
    for (const ft of footers) if (ft.distribution) lists.push(ft.distribution);
    const names: { name: string; n?: number }[] = [];
    for (const l of lists) for (const e of l.entries) for (let k = 0; k < e.copies; k++) names.push({ name: surname(s(e.recipient)!), n: e.copyNumber !== undefined ? e.copyNumber + k : undefined });
    if (names.every(x => x.n !== undefined)) names.sort((a, b) => a.n! - b.n!);
    envelope = {
      institution: s(f('institution')?.span),
      documentType: type?.label ? s(type.label) : null,
      number: s(numbered?.value),
      classification: env.fields.filter(x => x.kind === 'classification' || x.kind === 'series' || x.kind === 'special').map(x => s(x.span)!),
      origin: s(f('origin')?.value),
      destination: s(f('destination')?.value),
      sent: s(f('sent')?.when ?? f('sent')?.value),
      received: s(f('received')?.when ?? f('received')?.value),
      copyNumber: s(f('copyNumber')?.value),
      distribution: names.length ? names.map(x => x.name) : null,
    };
    for (const d of env.fields.filter(x => x.kind === 'deciphered')) {
      headerDecipher.push({ verb: 'Deciphered', person: s(d.who), time: s(d.when), count: null });
    }
  }

  const telegrams: ExpectedTelegram[] = [];
  const stamps: ExpectedStamp[] = [];
  const stamp = (st: Stamp) => stamps.push({ firstLine: firstLine(st.span), lastLine: lastLine(st.span), closed: st.closed });
  const walk = (m: Message) => {
    m.stamps.forEach(stamp);
    for (const tg of m.telegrams) {
      telegrams.push({
        from: tg.from ? displayName(s(tg.from)!) : null,
        to: tg.to ? displayName(s(tg.to)!) : null,
        // The telegram's own date: on its signature, date or opening sender line, not the forwarding sentence's.
        date: s(tg.parts.find(p => p.kind === 'signature' && p.when)?.when ?? tg.parts.find(p => p.kind === 'date')?.value
          ?? tg.parts.find(p => p.kind === 'sender')?.when),
        depth: tg.depth,
        quoted: tg.delimitedBy === 'quotes',
        firstLine: firstLine(tg.span),
        lastLine: lastLine(tg.span),
      });
      walk(tg);
    }
  };
  for (const b of doc.blocks) {
    if (b.kind === 'envelope') b.stamps.forEach(stamp);
    if (b.kind === 'stamp') stamp(b);
    if (b.kind === 'message') walk(b);
  }
  stamps.sort((a, b) => a.firstLine - b.firstLine);

  const footer: ExpectedFooterItem[] = [...headerDecipher];
  for (const ft of footers) {
    for (const it of ft.items) {
      if (it.kind === 'copyTo' || it.kind === 'other') continue;
      const verb = it.kind === 'copies' ? s(it.verb)!.replace(/^Sent/, 'sent') : s(it.verb)!;
      footer.push({ verb, person: s(it.who), time: s(it.when), count: it.count ?? null });
    }
  }
  return { envelope, telegrams, footer: footer.length ? footer : null, stamps };
}

function surname(raw: string): string {
  const name = displayName(raw).replace(/\s*\(\d+\)$/, '').trim();
  const parts = name.split(/\s+/).filter(p => !/^[A-Z]\.$/.test(p));
  return parts.length ? parts[parts.length - 1] : name;
}
