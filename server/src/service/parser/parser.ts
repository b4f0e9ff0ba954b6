/**
 * The cable parser: text → CableDocument. It never throws, runs in time linear in the text,
 * and recovers at line and block boundaries: an unrecognised line is body text, an unclosed
 * stamp or quote ends at the next block boundary instead of swallowing the document.
 *
 * Passes: lines → editorial brackets → stamps → per-line classification → blocks
 * (preamble, envelope, message with inner telegrams, footer, stamps, separators, endnotes).
 */
import type {
  Block, CableDocument, CableLayout, DistributionEntry, DistributionList, EditorialBracket, EditorialNotes, Envelope, Footer,
  FooterItem, FooterItemKind, HeaderField, Line, Stamp,
} from './ast';
import type { Span } from '../types';
import { scanBrackets } from './brackets';
import { closingRoutingFields, findWhen, memoLabelFields, MEMO_LABEL, parseHeaderLine, trimmedLine, underDestination, type ClosingRoutingField, type LineText } from './header';
import { endsWithColon, isIntroducer, leadingKind, leavesQuoteOpen, parseMessage, withoutCopyAddressees, type LineContext } from './message';
import { splitLines } from './lines';
import { collectRepairs } from './repairs';
import * as P from './patterns';
import { isDigit } from '../chars';

export function parseCable(text: string): CableDocument {
  const lines = splitLines(text);
  const brackets = scanBrackets(text, lines);
  const ctx = new ParseContext(text, lines, brackets);
  const blocks = ctx.parseBlocks();
  const envelope = blocks.find((b): b is Envelope => b.kind === 'envelope');
  const repairs = collectRepairs(text, blocks, brackets);
  return { text, lines, blocks, brackets, repairs, layout: envelope?.layout, ...(ctx.furniture.length ? { furniture: ctx.furniture } : {}) };
}

// Bits of ParseContext.facts: whether a line ends in a colon, whether it leaves a quote open.
/** A line that starts in Chinese characters, perhaps after a bracket or a note's marker: `毛泽东`, `(一九五0年十月七日)`, `[1] 彭德怀`, `〔1〕彭，指彭德怀`, `(一) 十月`. */
const CHINESE_LINE = /^(?:[[〔(（]\d+[\]〕)）]\s*)?[(（〔]?[\u3400-\u9fff]/;
/** A line that starts in Latin letters, perhaps after a bracket or a quote mark (the English translation). */
const LATIN_LINE = /^[\[("“]?[A-Za-z]/;
/**
 * An edition's title in Chinese over its date in brackets, as the collected manuscripts print a piece
 * that has no translation after it: `关于同意志愿军入朝作战的电报` / `（一九五0年十月八日）`. A sentence of the
 * text ends in `。`, an addressee in a colon; a title in neither.
 */
function chineseTitle(title: string, date: string): boolean {
  return CHINESE_LINE.test(title) && !/[。：:！!]\s*(?:\[\d+\]|〔\d+〕)?$/.test(title) && /^[(（].*[)）]$/.test(date) && P.CHINESE_DATE_LINE.test(date);
}

/** A sentence of prose: five words or more ending in a full stop (`Mao Zedong asks for your instructions.`), no header line. */
const PROSE_SENTENCE = /^\S+(?:\s+\S+){4,}(?<=[.!?]["”»’]?)$/;

/**
 * Whether line text `s` is a sentence of prose (`PROSE_SENTENCE`). Its end is looked at first: most lines
 * of a header or a list end in no stop (`Copies: Stalin, Molotov`), and the pattern would read them word
 * by word to their end before finding it.
 */
function isProseSentence(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  const ends = isStop(last) || (QUOTE_AFTER_STOP.includes(s.charAt(s.length - 1)) && isStop(s.charCodeAt(s.length - 2)));
  return ends && PROSE_SENTENCE.test(s);
}
/** The closing quotes `PROSE_SENTENCE` allows after the stop: `... instructions.”` */
const QUOTE_AFTER_STOP = '"”»’';
/** `.`, `!` or `?`. */
function isStop(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/** A section heading of a web archive's page, under the document it shows. */
const WEB_RESIDUE_HEADING = /^(?:Related Documents|Associated People (?:&|and) Organizations|Associated (?:Places|Topics|Events)|Original Archive|Rights|Citation|Download PDF|Document Information|Source)$/;

/** A quote mark or the editor's bracket opening a title's line: `"`, `“`, `„`, `«`, `[`. */
const TITLE_OPENING = /^["“„«[]/;
/** A title that names who sent the piece and to whom: `... from Filippov (Stalin) to Kim Il Sung ...`. */
const FROM_AND_TO = /\sfrom\s+\S.*\sto\s+\S/;

/** How far a Chinese original may run before its rule. */
const ORIGINAL_MAX_LINES = 60;

/** The second line of a record's heading, naming who spoke: `with the Premier of the PRC Zhou Enlai`, `of Ambassador N.V. Roshchin with Zhou Enlai`. */
const SPEAKERS_LINE = /^(?:with|between|of|With|Between|WITH|BETWEEN|OF)\s/;
/** A man's name alone, with initials: `Zhou Enlai`, `A. Ya. Vyshinsky`, `KIM IL SUNG`. */
const INTERLOCUTOR_NAME = /^(?:(?:[A-Z]|Ya|Yu|Zh)\.\s?){0,3}[A-Z][A-Za-z'’-]+(?:[\s-][A-Z][A-Za-z'’-]+){0,3}$/;

const FACT_COLON_KNOWN = 1;
const FACT_COLON_END = 2;
const FACT_QUOTE_KNOWN = 4;
const FACT_QUOTE_OPEN = 8;

/** Lines of text a web page's first labelled field may stand under: its site name, address, date and title. */
const MAX_LINES_ABOVE_WEB_LABEL = 6;
/** Lines a web page's field may hold: a citation or a summary wraps over a few, never over the cable. */
const MAX_WEB_FIELD_LINES = 8;

/** A short line in Russian, with its number perhaps: `Шифртелеграмма № 21405`, `Совершенно секретно.` */
const RUSSIAN_HEADING_LINE = /^[\u0400-\u04ff][\u0400-\u04ff\d\s.,:;№°º#\/()«»"-]{0,79}$/;

type LineKind = 'blank' | 'separator' | 'stamp' | 'footer' | 'footerMore' | 'endnote' | 'text';

class ParseContext implements LineContext {
  /**
   * Each line's text, trimmed (`trimmedLine`), and the offset of its first character: kept apart, so
   * that no object per line outlives the parse's start. The per-line tables here are plain arrays, not
   * typed ones: a typed array over 64 bytes (a cable of 17 lines and more) gets a backing store outside
   * the heap, whose allocation costs more than the small parse it serves.
   */
  private readonly texts: string[] = [];
  private readonly offsets: number[] = [];
  readonly kinds: LineKind[];
  /** The lines read as page furniture (`blankPageFurniture`), then a web page's residue under the cable (`markWebResidue`), in text order. */
  readonly furniture: Span[] = [];
  /** For each line covered by a stamp, the stamp. */
  private readonly stampAt: (Stamp | undefined)[];

  constructor(readonly text: string, readonly lines: readonly Line[], readonly brackets: readonly EditorialBracket[]) {
    for (let i = 0; i < lines.length; i++) {
      const t = trimmedLine(text, lines[i].span);
      this.texts.push(t.text);
      this.offsets.push(t.offset);
    }
    this.stampAt = new Array(lines.length);
    this.findStamps();
    this.blankPageFurniture();
    this.kinds = new Array<LineKind>(lines.length);
    for (let i = 0; i < lines.length; i++) this.kinds[i] = this.classify(this.texts[i], i);
    this.markListContinuations();
    this.markListsOfTheText();
    this.markSignersNotParts();
    this.markWebResidue();
  }

  line(i: number): LineText {
    return { text: this.texts[i], offset: this.offsets[i] };
  }

  textOf(i: number): string {
    return this.texts[i];
  }

  isBlank(i: number): boolean {
    return this.texts[i].length === 0;
  }

  stamp(i: number): Stamp | undefined {
    return this.stampAt[i];
  }

  /** Per line: 0 not yet asked, 1 no, 2 a forwarding sentence. */
  private forwarding?: number[];

  /** Per line: bits of what was read (`FACT_*`), 0 until asked. */
  private facts?: number[];

  private fact(i: number, known: number, yes: number, read: (s: string) => boolean): boolean {
    const facts = (this.facts ??= new Array<number>(this.lines.length).fill(0));
    if ((facts[i] & known) === 0) facts[i] |= known | (read(this.texts[i]) ? yes : 0);
    return (facts[i] & yes) !== 0;
  }

  colonEnd(i: number): boolean {
    return this.fact(i, FACT_COLON_KNOWN, FACT_COLON_END, endsWithColon);
  }

  quoteLeftOpen(i: number): boolean {
    return this.fact(i, FACT_QUOTE_KNOWN, FACT_QUOTE_OPEN, leavesQuoteOpen);
  }

  private introducersBefore?: LastLine;
  private unbalancedBefore?: LastLine;

  lastIntroducer(i: number): number {
    return (this.introducersBefore ??= new LastLine(this.lines.length, j => isIntroducer(this, j))).at(i);
  }

  lastUnbalancedQuote(i: number): number {
    return (this.unbalancedBefore ??= new LastLine(this.lines.length, j => this.quoteLeftOpen(j))).at(i);
  }

  introduces(i: number): boolean {
    const known = (this.forwarding ??= new Array<number>(this.lines.length).fill(0));
    if (known[i] === 0) known[i] = P.isForwardingSentence(this.texts[i]) ? 2 : 1;
    return known[i] === 2;
  }

  // ---------------------------------------------------------------- stamps

  private findStamps(): void {
    const stampBrackets = this.brackets.filter(b => b.kind === 'stamp');
    let bi = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const { span } = this.lines[i];
      while (bi < stampBrackets.length && stampBrackets[bi].span.start < span.start) bi++;
      const b = bi < stampBrackets.length && stampBrackets[bi].span.start < span.end ? stampBrackets[bi] : undefined;
      if (b) {
        const last = this.lineIndexAt(b.span.end - 1, i);
        this.markStamp(i, last, true, b.closed, b.span.start, b.span.end);
        i = last;
        continue;
      }
      // A stamp whose `[` was lost: `Subject to return to the` ... `Incoming Nº 3951/shs 18 November 1949]`.
      if (P.STAMP_UNBRACKETED_START.start(this.texts[i]) && P.STAMP_UNBRACKETED.test(this.texts[i])) {
        let last = i;
        for (let j = i; j < Math.min(this.lines.length, i + 8); j++) {
          // the stamp's own `]`, not one closing an editor's reading inside it (`Special Section 17[25]`)
          if (closesUnopened(this.texts[j])) { last = j; break; }
          if (this.texts[j].length > 80) break;
          last = j;
        }
        const closed = closesUnopened(this.texts[last]);
        const end = closed ? this.offsets[last] + this.texts[last].lastIndexOf(']') + 1 : this.lines[last].span.end;
        this.markStamp(i, last, false, closed, this.offsets[i], end);
        i = last;
      }
    }
  }

  private lineIndexAt(offset: number, from: number): number {
    let i = from;
    while (i + 1 < this.lines.length && this.lines[i + 1].span.start <= offset) i++;
    return i;
  }

  private markStamp(first: number, last: number, opened: boolean, closed: boolean, start: number, end: number): void {
    const body = this.text.slice(start, end);
    const inc = P.STAMP_INCOMING.exec(body);
    let incomingNumber: Span | undefined;
    let when: Span | undefined;
    if (inc) {
      const ns = start + inc.index + inc[0].lastIndexOf(inc.groups!.number);
      incomingNumber = { start: ns, end: ns + inc.groups!.number.length };
      const w = findWhen(this.text, incomingNumber.end, end);
      if (w) when = { start: w[0], end: w[1] };
    } else {
      const w = /\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}\.[\dIVX]+\.\d{2,4}/.exec(body);
      if (w) when = { start: start + w.index, end: start + w.index + w[0].length };
    }
    // The stamp covers whole lines, so that blocks stay made of lines.
    const stamp: Stamp = {
      kind: 'stamp', span: { start: this.lines[first].span.start, end: this.lines[last].full.end },
      opened, closed, incomingNumber, when,
    };
    for (let j = first; j <= last; j++) this.stampAt[j] = stamp;
  }

  // ---------------------------------------------------------------- lines

  /**
   * A web page's residue under the cable, from one of its section headings to the end (`Related
   * Documents` / `June 5, 1951` / `Ciphered Telegram, Filippov [Stalin] to Mao Zedong`; `Associated
   * People & Organizations`, `Original Archive`, `Rights`, `Citation`, `Download PDF`): the editor's,
   * read as notes, and its dates (other documents') never date the cable. A heading counts only below
   * a sentence of prose: `Citation` over the header opens the editor's title.
   */
  private markWebResidue(): void {
    let prose = false;
    for (let i = 0; i < this.texts.length; i++) {
      const s = this.texts[i];
      if (prose && WEB_RESIDUE_HEADING.test(s)) {
        for (let j = i; j < this.texts.length; j++) if (this.kinds[j] !== 'blank' && this.kinds[j] !== 'stamp') this.kinds[j] = 'endnote';
        // (page furniture inside the residue is covered by it: the spans stay in order, none inside another)
        while (this.furniture.length > 0 && this.furniture[this.furniture.length - 1].start >= this.offsets[i]) this.furniture.pop();
        this.furniture.push({ start: this.offsets[i], end: this.text.length });
        return;
      }
      if (!prose && this.kinds[i] === 'text') prose = isProseSentence(s);
    }
  }

  /**
   * Page furniture outside a stamp (`P.PAGE_FURNITURE`: `— 14 —`, `CWIHP Bulletin, Issue 14/15 — 239`,
   * a browser's print header) reads as a blank line, as a line holding only a form feed does: the
   * blocks around it read through it. `Deciphered by Yelezov 20:40 13 June` / `239` / `Typed by
   * Rubleva 21:35 13 June` is one footer. A bare number is a page's only below the first sentence of
   * prose: above it, `227` over `CIPHERED TELEGRAM` is the cable's own number.
   */
  private blankPageFurniture(): void {
    let pastHeader = false;
    for (let i = 0; i < this.texts.length; i++) {
      const s = this.texts[i];
      if (s.length === 0 || this.stampAt[i]) continue;
      if ((P.mayBePageFurniture(s) && P.PAGE_FURNITURE.test(s)) || (pastHeader && s.length <= P.PAGE_NUMBER_MAX && P.PAGE_NUMBER_ONLY.test(s))) {
        this.furniture.push({ start: this.offsets[i], end: this.offsets[i] + s.length });
        this.texts[i] = '';
        this.offsets[i] = this.lines[i].span.end;
      } else if (!pastHeader) pastHeader = isProseSentence(s);
    }
  }

  /**
   * A diary's mailing line with a colon between its signer and his date (`N. ROSHCHIN` / `Sent: Cdes. Stalin, Molotov,
   * file.` / `6 January 1951`): the message's, which reads the date under it; under the block it is the copies' list.
   */
  private mailingOverDate(s: string, i: number): boolean {
    if (!/^\w+:/.test(s)) return false;
    for (let j = i + 1, seen = 0; j < this.texts.length && seen < 3; j++) {
      const t = this.texts[j].trim();
      if (t.length === 0) continue;
      if (P.isDateOnly(t)) return true;
      seen++;
    }
    return false;
  }

  private classify(s: string, i: number): LineKind {
    if (this.stampAt[i]) return 'stamp';
    if (s.length === 0) return 'blank';
    // Each pattern is tried only when the line's first character allows it.
    if (P.SEPARATOR_START.start(s) && P.SEPARATOR.test(s)) return 'separator';
    if ((P.FOOTER_VERB_START.start(s) && P.FOOTER_VERB.test(s)) || (P.COPIES_START.start(s) && P.COPIES.test(s))
      || (P.COPIES_AFTER_VERB_START.start(s) && P.COPIES_AFTER_VERB.test(s))
      || (P.SENT_IN_COPY_START.start(s) && P.SENT_IN_COPY.test(s)) || ((s.startsWith('От') || s.startsWith('от')) && P.RUSSIAN_COPIES.test(s))
      || (P.DISTRIBUTION_HEAD_START.start(s) && (P.DISTRIBUTION_HEAD.test(s) ? !/^To\s*:/.test(s) : P.SENT_TO_COMRADES.test(s) && !this.mailingOverDate(s, i)))) return 'footer';
    if ((P.ENDNOTE_START.start(s) && P.ENDNOTE.test(s)) || (s.startsWith('Transl') && P.TRANSLATION_CREDIT.test(s))
      || (P.ARCHIVE_CITATION_START.start(s) && P.ARCHIVE_CITATION.test(s)) || (P.PART_HEADING_START.start(s) && P.PART_HEADING.test(s))
      || (P.NOTES_HEADING_START.start(s) && P.NOTES_HEADING.test(s) && this.headsNotes(i))) return 'endnote';
    if ((P.COPY_TO_START.start(s) && P.COPY_TO.test(s)) || (P.COPY_DASH_START.start(s) && P.COPY_DASH.test(s))
      || (P.FOOTER_CONTINUATION_START.start(s) && P.FOOTER_CONTINUATION.test(s)) || ((P.DATE_ONLY_START.start(s) || P.mayBeCityDateline(s)) && P.isDateOnly(s))
      || ((s.startsWith('File') || s.startsWith('file') || s.startsWith('Comr.')) && P.FILE_COPY.test(s))
      || (P.PIPE_ONLY_START.start(s) && P.PIPE_ONLY.test(s))) return 'footerMore';
    return 'text';
  }

  /** Whether the heading `NOTES` at line `i` stands over a note: the next line with text opens one (`¹ The title is the editors'.`, `[1] ...`). */
  private headsNotes(i: number): boolean {
    let j = i + 1;
    while (j < this.texts.length && this.texts[j].length === 0) j++;
    return j < this.texts.length && P.ENDNOTE_START.start(this.texts[j]) && P.ENDNOTE.test(this.texts[j]);
  }

  /**
   * `... consist of the following comrades:` / `1. Comrade Nam Il` / `2. Comrade Deng Hua`: a numbered
   * list of men under a sentence of the text ending in its colon is the text's, not a copy list.
   */
  private markListsOfTheText(): void {
    for (let i = 1; i < this.kinds.length; i++) {
      if (this.kinds[i] !== 'footerMore' || !NUMBERED_COMRADE.test(this.texts[i])) continue;
      let above = i - 1;
      while (above > 0 && this.kinds[above] === 'blank') above--;
      if (this.kinds[above] !== 'text' || !/:\s*$/.test(this.texts[above]) || P.DISTRIBUTION_HEAD.test(this.texts[above])) continue;
      for (let j = i; j < this.kinds.length && (this.kinds[j] === 'blank' || (this.kinds[j] === 'footerMore' && NUMBERED_COMRADE.test(this.texts[j]))); j++) {
        if (this.kinds[j] !== 'blank') this.kinds[j] = 'text';
      }
    }
  }

  /**
   * A part heading heads what follows it: `I. STALIN` (or `V. MOLOTOV`) with no text under it, only
   * blank lines, a date, a footer, a stamp or notes, is the signer's initial and surname closing the
   * letter (`With greetings,` / `I. STALIN`), not an edition's part `I` titled `STALIN`. Only a
   * one-letter numeral before one word: `II. THE CHINESE ANSWER` stays a heading wherever it stands.
   */
  private markSignersNotParts(): void {
    for (let i = 0; i < this.kinds.length; i++) {
      if (this.kinds[i] !== 'endnote' || !SIGNER_AS_PART.test(this.texts[i])) continue;
      let j = i + 1;
      while (j < this.kinds.length && this.kinds[j] !== 'text' && this.kinds[j] !== 'endnote') j++;
      const endsText = j === this.kinds.length || (this.kinds[j] === 'endnote' && !SIGNER_AS_PART.test(this.texts[j]) && !(P.PART_HEADING_START.start(this.texts[j]) && P.PART_HEADING.test(this.texts[j])));
      if (endsText) this.kinds[i] = 'text';
    }
  }

  /**
   * A distribution list in the footer may wrap: `Copies: Stalin (2), Malenkov,` / `Molotov, Mikoyan`
   * (a line ending in a comma continues), or put its names below `Distribution list:`.
   */
  private markListContinuations(): void {
    for (let i = 0; i < this.kinds.length; i++) {
      if (this.kinds[i] !== 'footer' || !P.DISTRIBUTION_HEAD.test(this.texts[i])) continue;
      const namesBelow = /:\s*$/.test(this.texts[i]);
      let prev = this.texts[i];
      let j = i + 1;
      while (j < this.kinds.length && (/,\s*$/.test(prev) || namesBelow)) {
        if (this.kinds[j] === 'blank') { j++; continue; }
        const s = this.texts[j];
        // a file copy among the names (`File of 8th`) is already the footer's
        if (this.kinds[j] === 'footerMore') { prev = s; j++; continue; }
        if (this.kinds[j] !== 'text' || !(namesBelow ? NAME_LINE.test(s) || /,\s*$/.test(prev) || columnCells(this.line(j)) !== undefined : /^[A-Z[]/.test(s))) break;
        this.kinds[j] = 'footerMore';
        prev = s;
        j++;
      }
      i = j - 1;
    }
  }

  // ---------------------------------------------------------------- blocks

  parseBlocks(): Block[] {
    const n = this.lines.length;
    if (this.text.length === 0) return [];
    const blocks: Block[] = [];
    let i = 0;

    // a bilingual document: the Chinese original, a rule, then the English translation (§5)
    const original = this.chineseOriginal();
    if (original > 0) {
      blocks.push(this.notes(0, original, 'original'));
      i = original;
    }
    // a footnote that slipped to the top (`[2] Hong Xuezhi was deputy commander.` over the salutation) is an endnote out of place
    const stray = this.strayFootnote(i);
    if (stray > i) {
      blocks.push(this.notes(i, stray, 'endnotes'));
      i = stray;
    }
    const pre = this.preamble(i) || (original > 0 ? this.titleAndDate(i) : this.editionTitle(i) || this.titleOverHeader(i));
    if (pre > i) {
      blocks.push(this.notes(i, pre, 'preamble'));
      i = pre;
    }

    const tail = this.tailStart(i);
    const header = this.envelope(i, tail);
    if (header) {
      blocks.push(header.envelope);
      i = header.end;
    }

    // Between the envelope and the tail: the message, possibly cut by top-level stamps and separators.
    if (i < tail) blocks.push(parseMessage(this, i, tail, 0, 'document', { envelope: header?.envelope.fields }));
    const messageEnd = i < tail ? this.lastTextLine(i, tail) : -1;
    i = Math.max(i, tail);

    while (i < n) {
      const k = this.kinds[i];
      if (k === 'stamp') {
        const st = this.stampAt[i]!;
        let j = i;
        while (j + 1 < n && this.stampAt[j + 1] === st) j++;
        j = this.skipBlanks(j + 1) - 1;
        blocks.push(clipStamp(st, this.spanOf(i, j + 1)));
        i = j + 1;
      } else if (k === 'separator') {
        const j = this.skipBlanks(i + 1);
        blocks.push({ kind: 'separator', span: this.spanOf(i, j) });
        i = j;
      } else if (k === 'footer' || k === 'footerMore') {
        let j = i + 1;
        while (j < n && this.continuesFooter(j)) j++;
        blocks.push(this.footer(i, j));
        i = j;
      } else if (k === 'endnote' || k === 'text' || k === 'blank') {
        let j = i + 1;
        while (j < n && this.kinds[j] !== 'stamp' && this.kinds[j] !== 'separator' && this.kinds[j] !== 'footer') j++;
        blocks.push(this.notes(i, j, 'endnotes'));
        i = j;
      } else {
        i++;
      }
    }
    return this.attachLeadingBlanks(messageEnd >= 0 ? this.provenanceApart(blocks, messageEnd) : blocks);
  }

  /** Whether line `j`, under a processing line, is still the footer's: another processing line, a clerk's name, a copy list, a routing time. */
  private continuesFooter(j: number): boolean {
    const k = this.kinds[j];
    return k === 'footer' || k === 'footerMore' || k === 'blank'
      || (k === 'text' && (this.footerText(j) || this.footerCopyLine(j) || closingRoutingFields(this.line(j)) !== undefined));
  }

  /** The last line of `[from, to)` that holds text, or -1. */
  private lastTextLine(from: number, to: number): number {
    let j = to - 1;
    while (j >= from && this.texts[j].length === 0) j--;
    return j;
  }

  /**
   * An edition's note of what it printed the text from, closing the signer's or the date's line (`Mao
   * Zedong December 9 Printed from manuscript.`, CABLE-FORMAT §3), is the editor's and not the message's:
   * the message ends before it, and the note opens the editor's notes under the text, with those that follow.
   */
  private provenanceApart(blocks: Block[], last: number): Block[] {
    const at = blocks.findIndex(b => b.kind === 'message');
    const message = blocks[at];
    const line = this.line(last);
    const from = P.trailingProvenance(line.text);
    // (the line is the message's own closing line: a part of it was read on the line, before the note)
    if (message?.kind !== 'message' || from < 0 || !message.parts.some(p => p.span.start >= line.offset && p.span.start < line.offset + from)) return blocks;
    const note: Span = { start: line.offset + from, end: line.offset + line.text.length };
    const next = blocks[at + 1];
    const joined = next?.kind === 'notes' && next.role === 'endnotes' ? next : undefined;
    const notes: EditorialNotes = { kind: 'notes', role: 'endnotes', span: { start: note.start, end: joined?.span.end ?? message.span.end }, items: [note, ...(joined?.items ?? [])] };
    return [...blocks.slice(0, at), { ...message, span: { start: message.span.start, end: note.start } }, notes, ...blocks.slice(at + (joined ? 2 : 1))];
  }

  /** Leading blank lines belong to the first block, so that every character has a block. */
  private attachLeadingBlanks(blocks: Block[]): Block[] {
    if (blocks.length === 0) return blocks;
    const first = blocks[0];
    if (first.span.start > 0) blocks[0] = { ...first, span: { start: 0, end: first.span.end } } as Block;
    const last = blocks[blocks.length - 1];
    if (last.span.end < this.text.length) blocks[blocks.length - 1] = { ...last, span: { start: last.span.start, end: this.text.length } } as Block;
    return blocks;
  }

  spanOf(first: number, endExclusive: number): Span {
    if (endExclusive <= first) return { start: this.lines[first].span.start, end: this.lines[first].span.start };
    return { start: this.lines[first].span.start, end: this.lines[endExclusive - 1].full.end };
  }

  skipBlanks(i: number): number {
    while (i < this.lines.length && this.kinds[i] === 'blank') i++;
    return i;
  }

  /** A line holding only a date, in brackets or not: `(December 9, 1950)`, `（一九五0年十月七日）`. */
  private isDateLine(s: string): boolean {
    return P.isDateOnly(s) || P.CHINESE_DATE_LINE.test(s);
  }

  /**
   * Where the English translation of a bilingual document starts: after a rule that follows a
   * Chinese original (its first line in Chinese characters) and comes before English text. 0 when
   * the document is not one.
   */
  private chineseOriginal(): number {
    const first = this.skipBlanks(0);
    if (first >= this.lines.length || !CHINESE_LINE.test(this.texts[first])) return 0;
    for (let i = first + 1; i < Math.min(this.lines.length, first + ORIGINAL_MAX_LINES); i++) {
      const s = this.texts[i];
      if (s.length === 0) continue;
      if (this.kinds[i] === 'separator' || /^[—–-]{3,}$/.test(s)) {
        const next = this.skipBlanks(i + 1);
        return next < this.lines.length && LATIN_LINE.test(this.texts[next]) ? next : 0;
      }
      // without a rule, the translation starts at the first line in Latin letters after a blank line
      if (LATIN_LINE.test(s)) return this.kinds[i - 1] === 'blank' ? i : 0;
      if (!CHINESE_LINE.test(s)) return 0;
    }
    return 0;
  }

  /**
   * A translation's own title and date line, without a source note (`Telegram from Mao Zedong to
   * Peng Dehuai ...` / `(October 12, 1950)`): the line after the date, or 0.
   */
  private titleAndDate(from: number): number {
    const title = this.skipBlanks(from);
    if (title >= this.lines.length || /:\s*(?:\[\d+\])?$/.test(this.texts[title])) return 0;
    const date = this.afterEditorsLines(this.skipBlanks(title + 1));
    return date < this.lines.length && this.isDateLine(this.texts[date]) ? this.afterEditorsLines(this.skipBlanks(date + 1)) : 0;
  }

  /**
   * The first line from `i` that is not an editor's line of his own under a title (`[Translated from the
   * Russian.]`, `[English text as handed over at Panmunjom.]`): a bracket that opens with a capital and
   * closes the line, no stamp, handwriting, signature or attachment mark; two at most.
   */
  private afterEditorsLines(i: number): number {
    for (let k = 0; k < 2 && i < this.lines.length && this.kinds[i] === 'text' && EDITORS_LINE.test(this.texts[i]) && !NOT_EDITORS_LINE.test(this.texts[i]); k++) i = this.skipBlanks(i + 1);
    return i;
  }

  /**
   * An edition's title over its date in parentheses, with no source note: `Telegram to Peng Dehuai
   * on Crossing the 38th Parallel` / `(December 13, 1950)`, or over a plain date when the title names
   * the piece and its people (`Telegram from Mao Zedong to Peng Dehuai` / `21 January 1951`) or its
   * author's possessive (`Zhou Enlai's Notes on the Talks with Stalin` / `3 September 1952`). A
   * heading in capitals is the cable's own.
   */
  private editionTitle(from: number): number {
    const end = this.titleAndDate(from);
    if (!end) return this.titleAlone(from);
    const at = this.skipBlanks(from);
    const title = this.texts[at];
    const date = this.texts[this.skipBlanks(at + 1)];
    // a date in parentheses, or a plain date under a title that names the piece and its people (`Telegram from Mao Zedong to Peng Dehuai` / `21 January 1951`)
    if ((/^\(.*\)$/.test(date) || this.namesDocument(at) || P.POSSESSIVE_TITLE.test(title)) && /[a-z]/.test(title)) return end;
    // a plain date under a title that only names its people (`Deng Liqun to Mao Zedong, Zhu De and Zhou
    // Enlai` / `20 August 1949`), when the text's own opening follows: a salutation or an addressee
    if (P.PEOPLE_TITLE.test(title) && /[a-z]/.test(title) && end < this.lines.length && leadingKind(this.texts[end], 0) !== undefined) return end;
    return chineseTitle(title, date) ? end : 0;
  }

  /** `Letter from Kim Il Sung to Stalin` / `Dear Comrade Stalin!`: a title naming the piece and its people, right over the message's opening. */
  private titleAlone(from: number): number {
    const title = this.skipBlanks(from);
    if (title >= this.lines.length) return 0;
    const s = this.texts[title];
    if (!P.DOCUMENT_TITLE.test(s) || !/[a-z]/.test(s) || /:\s*(?:\[\d+\])?$/.test(s)) return 0;
    const next = this.afterEditorsLines(this.skipBlanks(title + 1));
    return next < this.lines.length && leadingKind(this.texts[next], 0) !== undefined ? next : 0;
  }

  /**
   * An edition's title right over the cable's own header, perhaps with a date line between:
   * `Ciphered telegram from Roshchin to Filippov [Stalin], 13 October 1950` / `CIPHERED TELEGRAM
   * No. 25620`. Only a header that starts with the document's type or its office counts, so a
   * cable whose own first line reads like a title keeps it; or, under a title naming both sides
   * (`Ciphered telegram from Filippov (Stalin) to Kim Il Sung via Razuvaev, 31 August 1951`), an
   * outgoing copy's destination (`PYONGYANG` / `SOVIET AMBASSADOR`), which no cable's own
   * `Ciphered telegram from ...` line has under it. Any other line or two that no header
   * reads (`Шифртелеграмма`, `Kovalev to Filippov`, `Translation from Russian`) is a title too
   * when the document's type follows in capitals or with its number: `CIPHERED TELEGRAM No. 4159`.
   */
  private titleOverHeader(from: number): number {
    const title = this.skipBlanks(from);
    if (title >= this.lines.length) return 0;
    const named = this.namesDocument(title);
    let next = this.skipBlanks(title + 1);
    if (!named) {
      if (!this.looseTitleLine(title)) return 0;
      if (next < this.lines.length && (this.looseTitleLine(next) || this.namesDocument(next))) next = this.skipBlanks(next + 1);
    }
    if (next < this.lines.length && this.isDateLine(this.texts[next])) next = this.skipBlanks(next + 1);
    if (next >= this.lines.length) return 0;
    const s = this.texts[next];
    if (named) return P.DOCUMENT_TYPE.test(s) || P.INSTITUTION.test(s) || (FROM_AND_TO.test(this.texts[title]) && this.isDestination(next)) ? next : 0;
    const type = P.DOCUMENT_TYPE.exec(s);
    return type && (type.groups?.number !== undefined || /^[A-Z]{2,}\b/.test(s)) ? next : 0;
  }

  /** Whether line `i` opens with where the cable goes: `PYONGYANG`, `PEKING, TO THE SOVIET AMBASSADOR`, `Destination: PEKING`. */
  private isDestination(i: number): boolean {
    return parseHeaderLine(this.line(i))?.[0]?.kind === 'destination';
  }

  /**
   * Whether line `i` is an editor's title naming the document and its people (`P.DOCUMENT_TITLE`),
   * perhaps in the quote marks of a web page's citation (`"Ciphered Telegram, Roshchin to Filippov
   * [Stalin]", June 13, 1951, Wilson Center Digital Archive.`) or in the editor's brackets
   * (`[Telegram from Peng Zhen and Lin Biao to the Central Committee]` over `May 15, 1946`).
   */
  private namesDocument(i: number): boolean {
    return P.DOCUMENT_TITLE.test(this.texts[i].replace(TITLE_OPENING, ''));
  }

  /** A short line of text (or an editor's credit: `Translation from Russian`) that no part of a header, stamp or message opening reads: a title's candidate. */
  private looseTitleLine(i: number): boolean {
    const s = this.texts[i];
    return (this.kinds[i] === 'text' || this.kinds[i] === 'endnote') && s.length <= 80 && !this.isDateLine(s) && !parseHeaderLine(this.line(i))
      && !P.DOCUMENT_TYPE.test(s) && !P.isColonAddressee(s) && !/^(?:To|TO)\s/.test(s);
  }

  /** A numbered footnote as the first line, with a salutation or an addressee right below it: where the text resumes, else 0. */
  private strayFootnote(from: number): number {
    const first = this.skipBlanks(from);
    if (first >= this.lines.length || !/^\[\d{1,2}\]\s*[A-Z]/.test(this.texts[first])) return 0;
    const next = this.skipBlanks(first + 1);
    // the line below opens the message: `Comrades Peng Dehuai and Hong Xuezhi:`, `To the Chairman [Mao Zedong] and Comrades Zhu [De] ...:[1]`
    const opens = (s: string) => P.isColonAddressee(withoutCopyAddressees(s)) || (endsWithColon(s) && leadingKind(s, 0) !== undefined);
    return next < this.lines.length && opens(this.texts[next]) ? next : 0;
  }

  /**
   * `RECORD OF CONVERSATION BETWEEN COMRADE I.V. STALIN AND ...`: the heading of a record, naming who
   * spoke on its line or on the next (`RECORD OF CONVERSATION` / `of Ambassador N.V. Roshchin with Zhou Enlai`).
   */
  private isConversationHeading(i: number): boolean {
    const s = this.texts[i];
    const heading = P.CONVERSATION_HEADING.exec(s);
    if (heading === null) return false;
    const rest = s.slice(heading[0].length);
    if (/^\s+(?:between|with|Between|With|BETWEEN|WITH)\s/.test(rest)) return true;
    return rest.trim().length === 0 && i + 1 < this.lines.length && SPEAKERS_LINE.test(this.texts[i + 1]);
  }

  /** Published texts open with a title, a date and `[Source: ...]`; collected works with `Chapter 12 ...`; web pages with their labelled fields. */
  private preamble(from = 0): number {
    const first = this.skipBlanks(from);
    const page = this.webPageHeading(first);
    if (page > 0) return page;
    if (first < this.lines.length && P.CHAPTER.test(this.texts[first])) {
      // the piece's date may stand under its title, on a line of its own: `(December 9, 1950)`
      let next = this.skipBlanks(first + 1);
      if (next < this.lines.length && this.isDateLine(this.texts[next])) next = this.skipBlanks(next + 1);
      // and the edition's source note under them: `[ Source: Selected Works ..., p. 12 ]`
      return next < this.lines.length && P.SOURCE_NOTE.test(this.texts[next]) ? this.afterSourceNote(next) : next;
    }
    // a record of conversation heads its own text, its source note under it: `RECORD OF CONVERSATION BETWEEN ...`
    if (first < this.lines.length && this.isConversationHeading(first)) return 0;
    const i = this.sourceNoteLine(first);
    if (i < 0) return 0;
    // a salutation or an addressee above the note (or on its line) opens the text itself: the edition
    // printed its source after the text (`Enlai:` / ... / `Mao Zedong` / `13 October` / `[Source: ...]`)
    for (let k = first; k <= i; k++) if (this.kinds[k] !== 'blank' && this.opensMessage(k)) return 0;
    // an edition's archive citation above the cable closes its heading: `APRF, f. 45, op. 1, d. 331, ll. 73–75`
    if (!this.texts[i].startsWith('[') && P.ARCHIVE_CITATION.test(this.texts[i])) return this.skipBlanks(i + 1);
    return this.afterSourceNote(i);
  }

  /**
   * A web archive's document page above the cable: its site name, date and title, then labelled
   * fields (`P.WEB_PAGE_LABEL`: `Citation:` / its text, ..., `Contents:` / `English Translation`).
   * The first label stands among the first lines of text, under no line that opens a message; the
   * heading ends after the last label's content. Where the text resumes, else 0.
   */
  private webPageHeading(first: number): number {
    let label = -1;
    for (let i = first, seen = 0; i < this.lines.length && seen < MAX_LINES_ABOVE_WEB_LABEL; i++) {
      if (this.kinds[i] === 'blank') continue;
      if (P.WEB_PAGE_LABEL.test(this.texts[i]) || P.WEB_PAGE_INLINE_FIELD.test(this.texts[i])) { label = i; break; }
      if (this.opensMessage(i)) return 0;
      seen++;
    }
    if (label < 0) return 0;
    let next = label;
    for (;;) {
      if (next >= this.lines.length) break;
      if (P.WEB_PAGE_LABEL.test(this.texts[next])) next = this.skipBlanks(this.afterWebPageField(next));
      else if (P.WEB_PAGE_INLINE_FIELD.test(this.texts[next])) next = this.skipBlanks(next + 1);
      else break;
    }
    return next;
  }

  /**
   * The line after the content of the field labelled at line `i`: `Contents:` lists its items
   * (`P.WEB_PAGE_CONTENT`), the other labels hold a paragraph, ended by a blank line or the next label.
   */
  private afterWebPageField(i: number): number {
    const listing = this.texts[i].startsWith('Contents');
    let j = i + 1;
    // a heading copied without its colon may stand a blank line above its content (`Citation` / `` / its text), when that is no header's line
    if (!this.texts[i].endsWith(':')) {
      const content = this.skipBlanks(j);
      if (content > j && content < this.lines.length && this.kinds[content] === 'text' && !this.opensMessage(content)
        && (this.namesDocument(content) || (!parseHeaderLine(this.line(content)) && !P.DOCUMENT_TYPE.test(this.texts[content])))) j = content;
    }
    while (j < this.lines.length && j <= i + MAX_WEB_FIELD_LINES && this.kinds[j] !== 'blank' && !P.WEB_PAGE_LABEL.test(this.texts[j]) && !P.WEB_PAGE_INLINE_FIELD.test(this.texts[j])
      && (!listing || P.WEB_PAGE_CONTENT.test(this.texts[j]))) j++;
    return j;
  }

  /** The first line of text after the source note opening at line `i`: a note may wrap, and ends at the line holding its closing bracket. */
  private afterSourceNote(i: number): number {
    let j = i;
    while (j < this.lines.length && !this.texts[j].includes(']') && j < i + 4) j++;
    const next = this.skipBlanks(Math.min(j, this.lines.length - 1) + 1);
    // the translator's credit under the note is the editor's too (`[Source: AVP RF, ...]` / `Translated by Danny Rozas.`): the record's heading follows it
    return next < this.lines.length && P.TRANSLATION_CREDIT.test(this.texts[next]) && next + 1 < this.lines.length ? this.skipBlanks(next + 1) : next;
  }

  /**
   * The line of an edition's source note or archive citation among the first six lines of text from
   * `first` (`[Source: ...]`, `APRF, f. 45, op. 1, d. 331, ll. 73–75`), or -1. Found before any line is
   * read as a message's opening: most cables have no such note, and their lines need not be read so.
   */
  private sourceNoteLine(first: number): number {
    let seen = 0;
    for (let i = first; i < this.lines.length && seen < 6; i++) {
      if (this.kinds[i] === 'blank') continue;
      seen++;
      if (P.ARCHIVE_CITATION.test(this.texts[i]) || P.SOURCE_NOTE.test(this.texts[i])) return i;
    }
    return -1;
  }

  /** Does line `i` open a message: an addressee or a salutation (`Enlai:`, `To Comrade STALIN`)? */
  private opensMessage(i: number): boolean {
    return this.kinds[i] === 'text' && leadingKind(this.texts[i], 0) !== undefined;
  }

  /**
   * Where the tail of stamps, separators, the processing footer and endnotes begins: found from
   * the end backwards, so that nothing in the body can start a footer by accident.
   */
  private tailStart(from: number): number {
    let i = this.lines.length;
    let footerFound = -1;
    let strays = 0;
    while (i > from) {
      const k = this.kinds[i - 1];
      // a copy list is a footer of its own (`copies NºNº 1-2 to Cde. Poskrebyshev` under a Moscow copy's number and date)
      if (k === 'footer' || (k === 'footerMore' && this.copyLine(i - 1))) footerFound = i - 1;
      if (k === 'blank' || k === 'separator' || k === 'stamp' || k === 'footer' || k === 'footerMore' || k === 'endnote') { i--; continue; }
      if (k === 'text' && this.footerText(i - 1) && footerFound >= 0) { i--; continue; }
      // `to Cde. Stalin` / `to Cde. Molotov` under the footer's lines: its copies' list
      if (footerFound < 0 && this.footerCopyLine(i - 1)) {
        let j = i - 1;
        while (j > from && (this.kinds[j - 1] === 'blank' || this.footerCopyLine(j - 1))) j--;
        if (j > from && (this.kinds[j - 1] === 'footer' || this.kinds[j - 1] === 'footerMore')) { i = j; continue; }
      }
      // `Typed by Kornyushina 20:10 2.10.1950` / `sent 21:40 2.10.1950` / `Verified: ...`: an outgoing copy's
      // routing times among its processing lines are the footer's (above them all, they go back to the message)
      if (k === 'text' && closingRoutingFields(this.line(i - 1))) { i--; continue; }
      // a short line the footer's words do not cover, under the footer (`[illegible]`, `Sent on 5.IX`), is a note after it
      if (k === 'text' && footerFound < 0 && strays < MAX_STRAYS_UNDER_FOOTER && this.strayUnderFooter(i - 1, from)) { strays++; i--; continue; }
      break;
    }
    if (footerFound < 0) {
      // No footer: the tail is only what cannot be message text (stamps, separators, endnotes).
      let j = this.lines.length;
      while (j > from && ['blank', 'separator', 'stamp', 'endnote'].includes(this.kinds[j - 1])) j--;
      // Endnotes only after the message; a lone stamp or separator in the middle stays inside.
      return this.skipBlanks(j) < this.lines.length ? this.skipBlanks(j) : this.lines.length;
    }
    // Lines of the tail before the first footer line that are not stamps/separators go back to the message.
    let start = i;
    while (start < footerFound && !['stamp', 'separator'].includes(this.kinds[start])) start++;
    return this.skipBlanks(start) <= footerFound ? this.skipBlanks(start) : footerFound;
  }

  /** `copies NºNº 1-3 to Cde. Poskrebyshev`, `1 – to Cde. Stalin`, `Copy 1 - Stalin`: a line of a copy list. */
  private copyLine(i: number): boolean {
    const s = this.texts[i];
    return (P.COPY_TO_START.start(s) && P.COPY_TO.test(s)) || (P.COPY_DASH_START.start(s) && P.COPY_DASH.test(s));
  }

  /**
   * Whether line `j` is a stray note under the processing footer: short or wholly in the editor's
   * brackets, not in capitals (a signer's name is) unless a page's running head (`TOP SECRET`), with a
   * short processing line above it, past at most one other such note. One line the footer's words do
   * not know must not hand the whole footer, and the signature above it, to the message.
   */
  private strayUnderFooter(j: number, from: number): boolean {
    let budget = MAX_STRAYS_UNDER_FOOTER;
    for (let k = j; k >= from; k--) {
      const kind = this.kinds[k];
      if (kind === 'blank') continue;
      const s = this.texts[k];
      if (kind === 'footer' || kind === 'footerMore') return s.length <= 60;
      // (a line wholly in the editor's brackets is his note however long: `[Translated from the copy in RGASPI f. 558, ...]`)
      if (kind !== 'text' || budget-- === 0 || (s.length > 40 && !P.EDITORIAL_LINE.test(s)) || (s === s.toUpperCase() && /[A-Z]/.test(s) && !P.RUNNING_CAPS.test(s))) return false;
    }
    return false;
  }

  /** Lines of a footer that are neither verbs nor continuations: `Kravchuk` (a second typist), `Stalin - 2`; and `Copy No. 2` above its list. */
  private footerText(i: number): boolean {
    const s = this.texts[i];
    return s.length <= 40 && (/^[A-Z][a-z]+(?:\s*[-–]\s*\d+)?[.,]?$/.test(s) || P.COPY_NUMBER.test(s));
  }

  // ---------------------------------------------------------------- envelope

  private envelope(from: number, limit: number): { envelope: Envelope; end: number } | undefined {
    const fields: HeaderField[] = [];
    let distribution: DistributionList | undefined;
    let i = this.skipBlanks(from);
    let end = from;
    let real = 0;
    const stamps: Stamp[] = [];
    while (i < limit) {
      const k = this.kinds[i];
      if (k === 'blank') { i++; continue; }
      if (k === 'stamp') {
        const st = this.stampAt[i]!;
        if (stamps[stamps.length - 1] !== st) stamps.push(st);
        i++;
        continue;
      }
      const t = this.line(i);
      if (k === 'separator') {
        // A rule above or below a header line (a destination, the times, the addressee, the copies) belongs to the envelope.
        const next = this.skipBlanks(i + 1);
        if (next < limit && (parseHeaderLine(this.line(next)) || this.headerAddressee(next, limit) || this.distributionRun(next, limit))) { i = next; continue; }
        break;
      }
      // `Proletarians of all countries, unite!` over the party's letterhead
      if (P.PARTY_MOTTO.test(t.text)) {
        const span = { start: t.offset, end: t.offset + t.text.length };
        fields.push({ kind: 'note', span, value: span });
        i = end = i + 1;
        continue;
      }
      // `To Comrades Molotov, Vyshinsky, Gromyko.` under a protocol's number: the extract's readers
      if (P.READERS_LINE.test(t.text) && fields.some(f => f.kind === 'documentType' && P.PROTOCOL_NUMBER_RE.test(this.text.slice(f.value.start, f.value.end)))) {
        const list: DistributionList = { kind: 'distribution', span: { start: t.offset, end: t.offset + t.text.length }, entries: listEntries(t, 'To '.length) };
        distribution = distribution ? mergeDistribution(distribution, list) : list;
        i = end = i + 1;
        real++;
        continue;
      }
      // a memorandum's `To: Cde. V. M. Molotov` / `Date: ...` / `Subject: ...` among its labelled lines: the man it is for, not a copy list
      const memo = this.memoLabelled(i, limit) ? memoLabelFields(t) : undefined;
      if (memo) {
        fields.push(...memo);
        if (memo.some(f => f.kind !== 'note' && f.kind !== 'date')) real++;
        i = end = i + 1;
        continue;
      }
      const dist = this.distributionRun(i, limit);
      if (dist) {
        distribution = distribution ? mergeDistribution(distribution, dist.list) : dist.list;
        i = end = dist.end;
        real++;
        continue;
      }
      // (`Cabled by VTCh to the South for Stalin` among the header's lines is a handling line of the header)
      if (k === 'footer' && !P.CABLED_BY_LINE.test(t.text)) {
        const inHeader = this.processingLineInHeader(i, limit, fields);
        if (inHeader === 'end') break;
        if (inHeader === 'note') {
          const span = { start: t.offset, end: t.offset + t.text.length };
          fields.push({ kind: 'note', span, value: span });
          i = end = i + 1;
          continue;
        }
      }
      const addressee = t.text.startsWith('To ') && P.RESOLUTION_LINE.test(t.text) ? undefined : this.headerAddressee(i, limit);
      if (addressee) {
        fields.push(...addressee.fields);
        // (the man alone, `To Cde. Filippov.`, may be the message's own first line; the city he is reached
        // at, `MOSCOW, MFA - to Cde. VYSHINSKY`, is the cable's routing, an envelope however short)
        if (addressee.fields.some(f => f.kind === 'destination')) real++;
        i = end = i + 1;
        // `To Comrade A. Ya. Vyshinsky` / `Copy: to Comrade A. A. Gromyko`: the man a copy goes to, right under the
        // addressee of a ministry's letter, is one note of the header (the letter's text starts below him)
        if (i < limit && this.kinds[i] !== 'blank' && fields.some(f => f.kind !== 'addressee' && f.kind !== 'note') && COPY_UNDER_ADDRESSEE.test(this.texts[i]!)) {
          const c = this.line(i);
          const span = { start: c.offset, end: c.offset + c.text.length };
          fields.push({ kind: 'note', span, value: span });
          i = end = i + 1;
        }
        if (addressee.last) break;
        continue;
      }
      // `To Beiping – to TEREBIN` / `For Mao Zedong` / `Received at 1410 14 January 1949`: the man a relay is for,
      // named without an honorific right under the destination, with more header lines below him
      const relayFor = RELAY_FOR_NAME.exec(t.text);
      const above = fields[fields.length - 1];
      if (relayFor && i > 0 && this.kinds[i - 1] !== 'blank' && (above?.kind === 'addressee' || above?.kind === 'destination') && !P.CITY_ONLY.test(relayFor.groups!.name)) {
        const next = this.skipBlanks(i + 1);
        if (next < limit && parseHeaderLine(this.line(next))?.some(f => f.kind === 'received' || f.kind === 'sent')) {
          const ns = t.text.lastIndexOf(relayFor.groups!.name);
          fields.push({ kind: 'addressee', span: { start: t.offset, end: t.offset + t.text.length }, value: { start: t.offset + ns, end: t.offset + ns + relayFor.groups!.name.length } });
          i = end = i + 1;
          continue;
        }
      }
      // `From BEIJING No. 1412 21 hours 40` / `minutes, 19.1.1951`: a time split over two lines.
      const last = fields[fields.length - 1];
      if (last?.when && /^minutes\b/.test(t.text) && /hours\s+\d{1,2}$/.test(this.text.slice(last.when.start, last.when.end))) {
        const w = findWhen(t.text, 0, t.text.length);
        const whenEnd = t.offset + (w ? w[1] : 'minutes'.length);
        fields[fields.length - 1] = { ...last, span: { start: last.span.start, end: whenEnd }, value: { start: last.value.start, end: whenEnd }, when: { start: last.when.start, end: whenEnd } };
        i = end = i + 1;
        continue;
      }
      // `No. P84/422 Copies: Comrades Malenkov, Molotov, Gromyko`: a number and its distribution on one line.
      const listAt = t.text.search(/\s(?:Copies|Distribution list)\s*[-–:]/);
      if (listAt > 0) {
        const head = parseHeaderLine({ text: t.text.slice(0, listAt), offset: t.offset });
        if (head) {
          fields.push(...head);
          const tail = { text: t.text.slice(listAt + 1), offset: t.offset + listAt + 1 };
          const list: DistributionList = { kind: 'distribution', span: { start: tail.offset, end: tail.offset + tail.text.length }, entries: listEntries(tail, tail.text.indexOf(':') + 1) };
          distribution = distribution ? mergeDistribution(distribution, list) : list;
          real++;
          i = end = i + 1;
          continue;
        }
      }
      // `From the diary of` / `N.V. ROSHCHIN`: the heading and its owner are one note, as on one line
      const owner = P.DIARY_HEADING_ALONE.test(t.text) ? this.skipBlanks(i + 1) : limit;
      if (owner < limit && P.DIARY_OWNER.test(this.texts[owner])) {
        const span = { start: t.offset, end: this.lines[owner].span.end };
        fields.push({ kind: 'note', span, value: span });
        i = end = owner + 1;
        continue;
      }
      // `Present:` over the lines that list those present, down to a blank line: one note of the record's header
      if (P.PRESENT_HEAD.test(t.text) && fields.some(f => f.kind === 'documentType')) {
        // (the record's text may follow with no blank line: its first sentence ends the list)
        let last = i;
        while (last + 1 < limit && this.kinds[last + 1] !== 'blank' && last - i < 8 && !P.isSentenceNotListed(this.texts[last + 1])) last++;
        const span = { start: t.offset, end: this.lines[last].span.end };
        fields.push({ kind: 'note', span, value: span });
        i = end = last + 1;
        continue;
      }
      // `with the Premier of the State Administrative Council of the PRC` / `Zhou Enlai`: the man the heading names went to the next line
      if (this.interlocutorGoesOn(fields, i, limit)) {
        const last = fields[fields.length - 1]!;
        const span = { start: last.span.start, end: t.offset + t.text.length };
        fields[fields.length - 1] = { ...last, span, value: span };
        i = end = i + 1;
        continue;
      }
      // `NOTE` / `of the Soviet Government to the Government of the United States`: one heading over two lines
      if (this.noteHeadingGoesOn(fields, i)) {
        const last = fields[fields.length - 1]!;
        fields[fields.length - 1] = { ...last, span: { start: last.span.start, end: t.offset + t.text.length } };
        i = end = i + 1;
        continue;
      }
      // `COMMITTEE OF INFORMATION` / `under the Council of Ministers of the USSR`: one institution over two lines
      if (this.institutionGoesOn(fields, i)) {
        const last = fields[fields.length - 1]!;
        const lineEnd = t.offset + t.text.length;
        fields[fields.length - 1] = { ...last, span: { start: last.span.start, end: lineEnd }, value: { start: last.value.start, end: lineEnd } };
        i = end = i + 1;
        continue;
      }
      // `Шифртелеграмма № 21405` among the header's lines: the Russian original's own heading, kept by the translator over the rest of the header
      if (RUSSIAN_HEADING_LINE.test(t.text) && fields.length > 0 && !parseHeaderLine(t)) {
        const next = this.skipBlanks(i + 1);
        if (next < limit && (parseHeaderLine(this.line(next)) || this.headerAddressee(next, limit) || this.distributionRun(next, limit))) {
          const span = { start: t.offset, end: t.offset + t.text.length };
          fields.push({ kind: 'note', span, value: span });
          i = end = i + 1;
          continue;
        }
      }
      // a letter's dateline over two lines, the place of writing over the date (`Moscow` / `12 March 1950`), as on one
      const twoLine = fields.length === 0 ? this.datelineOverTwoLines(i, limit) : undefined;
      if (twoLine) {
        fields.push(...twoLine);
        real++;
        i = end = i + 2;
        continue;
      }
      const read = parseHeaderLine(t) ?? this.conversationTitleGoesOn(fields, t) ?? replyLeadUnder(fields, t) ?? placeOfIssueUnder(fields, t) ?? this.memorandumTitle(fields, i, limit);
      const parsed = read && underDestination(fields, t, read);
      if (parsed && !this.looksLikeMessageStart(i)) {
        // a bare number under the destination (`PYONGYANG` / `SOVIET AMBASSADOR` / `1179`) is the
        // incoming telegram being answered, as `RE: 1179` would be (CABLE-FORMAT §2)
        const prev = fields[fields.length - 1];
        if (parsed.length === 1 && parsed[0]!.kind === 'other' && (prev?.kind === 'destination' || prev?.kind === 'addressee') && /^\d{3,6}\.?$/.test(t.text)) {
          const digits = t.text.replace(/\.$/, '');
          parsed[0] = { ...parsed[0]!, kind: 'reference', value: { start: t.offset, end: t.offset + digits.length } };
        }
        fields.push(...parsed);
        // a protocol extract's heading is the document's (`Extract from Protocol No. 4 of the Meeting of the Bureau of the Presidium`)
        if (parsed.some(f => (f.kind !== 'other' && f.kind !== 'note' && f.kind !== 'date') || (f.kind === 'note' && P.PROTOCOL_EXTRACT.test(t.text)))) real++;
        i = end = i + 1;
        continue;
      }
      break;
    }
    if (real === 0) return undefined;
    end = this.skipBlanks(this.stampsBelowHeader(end, i));
    // Stamps inside the header or right below it stay part of it; one further down belongs to the message.
    const inside = stamps.filter(s => s.span.end <= this.lines[end - 1].full.end);
    const layout = layoutOf(this.text, fields);
    return { envelope: { kind: 'envelope', span: this.spanOf(from, end), layout, fields, distribution, stamps: inside }, end };
  }

  /**
   * Where the header ends when stamps sit right below its last field (`from [BEIJING] received at
   * 1020 1 July 1951` / `[Stamp: ... Incoming Nº 254/2291/shs 1 July 1951]`, then the salutation or a
   * rule): the receiving office stamped the cable, not the message, as in the seed where a header
   * line follows the stamp. `end` is the line after the last field, `stop` the line the header
   * reading stopped at; a stamp running on past `stop` stays out.
   */
  private stampsBelowHeader(end: number, stop: number): number {
    let i = end;
    let after = end;
    while (i < stop && (this.kinds[i] === 'blank' || this.kinds[i] === 'stamp')) {
      if (this.kinds[i] === 'stamp') {
        const st = this.stampAt[i]!;
        while (i + 1 < this.lines.length && this.stampAt[i + 1] === st) i++;
        if (i >= stop) break;
        after = i + 1;
      }
      i++;
    }
    return after;
  }

  /**
   * A processing line met while reading the header: a field of it (the Pyongyang channel writes the
   * decipherer into the header, and the typist under the receipt), a note of it (`Three copies
   * printed.` under the receipt, with the addressee below it), or the header's end.
   */
  private processingLineInHeader(i: number, limit: number, fields: readonly HeaderField[]): 'field' | 'note' | 'end' {
    const s = this.texts[i];
    if (/^Deciphered|^DECIPHERED/.test(s)) return 'field';
    if (/^(?:Typed|TYPED)\s+(?:by|BY)\s/.test(s) && fields.some(f => f.kind === 'received' || f.kind === 'deciphered')) return 'field';
    const next = this.skipBlanks(i + 1);
    // the header goes on below it, or the message opens right under it (`Comrade STALIN I.V.`)
    const headerGoesOn = next < limit && (parseHeaderLine(this.line(next)) !== undefined || this.headerAddressee(next, limit) !== undefined || leadingKind(this.texts[next], 0) !== undefined);
    return P.COPIES.test(s) && fields.some(f => f.kind === 'received') && headerGoesOn ? 'note' : 'end';
  }

  /**
   * A letter's place of writing alone on its first line in normal case, the date alone right under it and a
   * greeting or an addressee below (`Moscow` / `12 March 1950` / `` / `Dear Comrade Mao Zedong,`): the origin
   * and the date of its dateline. A city in capitals alone is a destination, and is not tried.
   */
  private datelineOverTwoLines(i: number, limit: number): HeaderField[] | undefined {
    const place = this.line(i);
    if (i + 1 >= limit || !/^[A-Z][a-z]/.test(place.text)) return undefined;
    const date = this.line(i + 1);
    const below = this.skipBlanks(i + 2);
    if (!P.isCityOverDate(place.text, date.text) || below >= limit || leadingKind(this.texts[below], 0) === undefined) return undefined;
    const w = findWhen(date.text, 0, date.text.length);
    if (!w) return undefined;
    const comma = place.text.indexOf(',');
    const when = { start: date.offset + w[0], end: date.offset + w[1] };
    return [
      { kind: 'origin', span: { start: place.offset, end: place.offset + place.text.length }, value: { start: place.offset, end: place.offset + (comma < 0 ? place.text.length : comma) } },
      { kind: 'date', span: { start: date.offset, end: date.offset + date.text.length }, value: when, when },
    ];
  }

  /**
   * Whether line `i` is one of a memorandum's labelled header lines, with another of them right above or
   * below it and one of the run naming who wrote it or whom it is for (`From:` / `To:`): `To: Cde. Molotov`
   * alone, as a protocol extract's readers (`To: Cmrds Malenkov, Vyshinsky`), stays the copy list it is.
   */
  private memoLabelled(i: number, limit: number): boolean {
    const label = (j: number) => (j >= 0 && j < limit ? MEMO_LABEL.exec(this.texts[j])?.groups!.label.toLowerCase() : undefined);
    const here = label(i);
    if (!here) return false;
    let from = i;
    while (label(from - 1)) from--;
    let to = i + 1;
    while (label(to)) to++;
    const labels = new Set<string>();
    for (let j = from; j < to; j++) labels.add(label(j)!);
    return labels.size >= 2 && (labels.has('from') || labels.has('to'));
  }

  /**
   * A memorandum titled by its subject (`Memorandum on the Chinese request for trucks`) heading the paper,
   * alone on its line: first, or under the ministry's name and the paper's marks only, with a blank line or
   * the addressee below (`To Comrade Molotov V.M.`). Its kind is the paper's type, as a bare `MEMORANDUM` is.
   */
  private memorandumTitle(fields: readonly HeaderField[], i: number, limit: number): HeaderField[] | undefined {
    const t = this.line(i);
    const heading = t.text.startsWith('M') && t.text.length <= MAX_TITLE_LENGTH ? P.MEMORANDUM_SUBJECT_HEADING.exec(t.text) : null;
    if (!heading || !fields.every(f => ABOVE_TITLE.has(f.kind))) return undefined;
    const below = i + 1;
    if (below < limit && this.kinds[below] !== 'blank' && !this.headerAddressee(below, limit)) return undefined;
    const label = { start: t.offset, end: t.offset + heading.groups!.label.length };
    return [{ kind: 'documentType', span: { start: t.offset, end: t.offset + t.text.length }, value: label, label }];
  }

  /** `RECORD OF CONVERSATION` / `with the Minister of Foreign Affairs of the PRC Zhou Enlai`: the heading's second line names who spoke. */
  private conversationTitleGoesOn(fields: readonly HeaderField[], t: LineText): HeaderField[] | undefined {
    const last = fields[fields.length - 1];
    if (last?.kind !== 'documentType' || !last.label || !P.CONVERSATION_HEADING.test(this.text.slice(last.label.start, last.label.end))) return undefined;
    if (!SPEAKERS_LINE.test(t.text) || t.text.length > 200) return undefined;
    const span = { start: t.offset, end: t.offset + t.text.length };
    return [{ kind: 'note', span, value: span }];
  }

  /**
   * Line `i` only names the man a record's heading spoke with, its line above ending before his name
   * (`with the Premier of the State Administrative Council of the PRC` / `Zhou Enlai`), and the
   * header goes on below it (the record's date): the name is the end of the heading's line.
   */
  private interlocutorGoesOn(fields: readonly HeaderField[], i: number, limit: number): boolean {
    const last = fields[fields.length - 1];
    if (last?.kind !== 'note' || !SPEAKERS_LINE.test(this.text.slice(last.span.start, last.span.end)) || this.kinds[i - 1] === 'blank') return false;
    if (this.conversationTitleGoesOn(fields.slice(0, -1), this.line(i - 1)) === undefined) return false;
    if (!INTERLOCUTOR_NAME.test(this.texts[i]) || parseHeaderLine(this.line(i))) return false;
    const next = this.skipBlanks(i + 1);
    return next < limit && this.isDateLine(this.texts[next]);
  }

  /**
   * Line `i`, right under a bare `NOTE`, names the governments of the note (`of the Soviet Government to the
   * Government of the United States`): the heading's words went on to the next line, and read with it they
   * are the heading a note has on one line (`NOTE_HEADING`).
   */
  private noteHeadingGoesOn(fields: readonly HeaderField[], i: number): boolean {
    const last = fields[fields.length - 1];
    if (last?.kind !== 'documentType' || !last.label || last.span.end !== last.label.end || this.kinds[i - 1] === 'blank') return false;
    const s = this.texts[i];
    if (!/^(?:of|OF)\s/.test(s)) return false;
    const label = this.text.slice(last.label.start, last.label.end);
    return P.NOTE_HEADING.test(`${label} ${s}`) || (!/NOTE/i.test(label) && ISSUER_UNDER_KIND.test(s));
  }

  /**
   * Line `i`, right under an institution's line, goes on naming it: the body it belongs to or the state
   * (`COMMITTEE OF INFORMATION` / `under the Council of Ministers of the USSR`, `MINISTRY OF FOREIGN AFFAIRS` /
   * `of the USSR`), as a letterhead sets a long name over two lines. A sentence is not such a line.
   */
  private institutionGoesOn(fields: readonly HeaderField[], i: number): boolean {
    const last = fields[fields.length - 1];
    if (last?.kind !== 'institution' || this.kinds[i - 1] === 'blank' || last.span.end < this.lines[i - 1]!.span.start) return false;
    return INSTITUTION_GOES_ON.test(this.texts[i]) && !this.isDateLine(this.texts[i]);
  }

  /** A line that opens the message even though it could be read as a header line (`To Cde. Filippov.`). */
  private looksLikeMessageStart(i: number): boolean {
    const s = this.texts[i];
    return P.SALUTATION.test(s) && /[!:]\s*$/.test(s);
  }

  /**
   * The cable's addressee in the envelope (`HONORED_ADDRESSEE`, `GLOSSED_ADDRESSEE`,
   * `CAPITALS_ADDRESSEE`): `to Cde. FILIPPOV`, `To FYN SI [Stalin].`, a bare glossed cover name
   * `FENG XI [STALIN]`, `to TEREBIN`, a relay `for Comrade ZHOU ENLAI`. `last` tells
   * whether the body follows it (otherwise more envelope lines do). The place he is reached at, before
   * him on his line (`MUKDEN, TO COMRADE KOVALEV`), is the cable's destination, as in `MUKDEN - TO COMRADE KOVALEV`.
   */
  private headerAddressee(i: number, limit: number): { fields: HeaderField[]; last: boolean } | undefined {
    const t = this.line(i);
    const m = HONORED_ADDRESSEE.exec(t.text)
      ?? (t.text.includes('[') ? GLOSSED_ADDRESSEE.exec(t.text) : null)
      ?? CAPITALS_ADDRESSEE.exec(t.text);
    if (!m || P.CITY_ONLY.test(m.groups!.name)) return undefined;
    // header lines may go on after it, also past a rule (`to TEREBIN` / `* * * * *` / `Received 0220 12 February 1949`)
    let next = this.skipBlanks(i + 1);
    if (next < limit && this.kinds[next] === 'separator') next = this.skipBlanks(next + 1);
    // A salutation's colon opens the message (`Chairman Mao [Zedong]:`), and so does a sentence after a
    // sentence (`To Cde. Filippov.` / `Arrived in Moscow on October 9.`).
    const sentences = /\.\s*$/.test(t.text) && next < limit && /\.\s*$/.test(this.texts[next]) && P.ROUTING_START.test(this.texts[next]) && !/^(?:From|FROM)\b/.test(this.texts[next]);
    // (a note to several leaders stacks them, a `To Comrade` line each: all are the header's)
    const stacked = next < limit && !/:\s*$/.test(t.text) && P.TO_COMRADE.test(t.text) && P.TO_COMRADE.test(this.texts[next]) && HONORED_ADDRESSEE.test(this.texts[next]);
    // (a relay's `for Comrade KIM IL SUNG` right under `To Comrade SHTYKOV` is the header's, as under `PYONGYANG - To Comrade SHTYKOV`;
    // a typist's blank line between them changes nothing: `TO TEREBIN` / `` / `For Cde. Mao Zedong.`)
    const relay = (next === i + 1 || (next === i + 2 && this.kinds[i + 1] === 'blank')) && next < limit && /^(?:[Tt]o|TO)\s/.test(t.text) && /^(?:for|For|FOR)\s/.test(this.texts[next]) && HONORED_ADDRESSEE.test(this.texts[next]);
    const last = /:\s*$/.test(t.text) || sentences
      || !(next < limit && (stacked || relay || parseHeaderLine(this.line(next)) || P.DISTRIBUTION_HEAD.test(this.texts[next])) && !this.looksLikeMessageStart(next));
    const ns = t.text.lastIndexOf(m.groups!.name);
    // the man, not his initials after the surname: `TO COMRADE STALIN I.V.` names Stalin
    const written = m.groups!.name.trim();
    const name = written.endsWith('.') ? written.replace(P.INITIALS_AT_END, '') : written;
    const place = m.groups!.place;
    // `MOSCOW, MFA – to Cde. MOLOTOV`: the ministry he is reached at, between the city and him, is addressed too
    const office = m.groups!.office;
    // (the city may follow a `To` of its own: `To MOSCOW, MFA USSR - to Comrade MOLOTOV`)
    const placeAt = place === undefined ? 0 : t.text.indexOf(place);
    const placeEnd = place === undefined ? 0 : placeAt + place.length;
    const officeAt = office === undefined ? -1 : t.text.indexOf(office, placeEnd);
    const from = place === undefined ? 0
      : officeAt >= 0 ? officeAt + office!.length + t.text.slice(officeAt + office!.length).search(/[^\s,\-–—]/)
      : placeEnd + t.text.slice(placeEnd).search(/[^\s,]/);
    // a relay on the addressee's own line (`To Comrade Roshchin for Comrade Zhou Enlai.`) names two men, as
    // the same relay on the next line does (`To Comrade SHTYKOV` / `for Comrade KIM IL SUNG`)
    const relayed = RELAY_ON_THE_LINE.exec(name);
    const first = relayed ? relayed[1]! : name;
    const addressee: HeaderField = {
      kind: 'addressee', span: { start: t.offset + from, end: t.offset + (relayed ? ns + relayed[1]!.length : t.text.length) },
      value: { start: t.offset + ns, end: t.offset + ns + first.length },
    };
    const fields: HeaderField[] = [addressee];
    if (relayed) {
      const at = t.offset + ns + relayed.index! + relayed[0].length - relayed[2]!.length;
      const end = t.offset + ns + name.length;
      fields.push({ kind: 'addressee', span: { start: t.offset + ns + relayed[1]!.length + 1, end: t.offset + t.text.length }, value: { start: at, end } });
    }
    if (place === undefined) return { fields, last };
    const at = { start: t.offset + placeAt, end: t.offset + placeEnd };
    if (officeAt >= 0) {
      const ministry = { start: t.offset + officeAt, end: t.offset + officeAt + office!.length };
      fields.unshift({ kind: 'addressee', span: ministry, value: ministry });
    }
    return { fields: [{ kind: 'destination', span: { start: t.offset, end: at.end }, value: at }, ...fields], last };
  }

  /**
   * A distribution list in the header: a run of `to Cde. X` lines (a bare surname continues it),
   * a `Copy Nº 1 to Cde. Stalin | Copy Nº 8 to Cde. Beria |` table, or `Copies: ...` / `Distribution list ...`.
   */
  private distributionRun(i: number, limit: number, from = i): { list: DistributionList; end: number } | undefined {
    const head = P.DISTRIBUTION_HEAD.exec(this.texts[i]);
    if (head && !/^To\s*:/.test(this.texts[i]) || /^To\s*:\s*C(?:mrds?|des?)\b/.test(this.texts[i])) {
      return this.distributionBlock(i, limit, head?.groups?.count ? Number(head.groups.count) : undefined);
    }
    if (P.PIPE_ONLY.test(this.texts[i]) && i + 1 < limit && P.isTableRow(this.texts[this.skipBlanks(i + 1)] ?? '')) {
      return this.distributionRun(this.skipBlanks(i + 1), limit, i);
    }
    if (P.isTableRow(this.texts[i])) {
      let j = i;
      const entries: DistributionEntry[] = [];
      while (j < limit && (P.isTableRow(this.texts[j]) || P.PIPE_ONLY.test(this.texts[j]) || this.kinds[j] === 'blank')) {
        entries.push(...tableEntries(this.line(j)));
        j++;
      }
      return { list: { kind: 'distribution', span: this.spanOf(from, j), entries }, end: j };
    }
    const copies = this.copyListRun(i, limit);
    if (copies) return copies;
    const { entries, last } = this.distributionEntries(i, limit);
    // One `to Cde. X` line is the addressee, unless the routing lines follow it: the distribution
    // stands above them (`to Cde. Stalin` / `from [BEIJING] received at ...`), the addressee below.
    // Under a destination (`BEIPING [SIC]` / `to TEREBIN`) it is the addressee the place is for.
    if (entries.length === 0 || (entries.length === 1 && (!this.routingAt(this.skipBlanks(last + 1), limit) || this.destinationBefore(i)))) return undefined;
    const end = last + 1;
    return { list: { kind: 'distribution', span: this.spanOf(i, end), entries }, end };
  }

  /**
   * A copy list written a copy a line under the receipt (`Copy Nº 1 - Cde. Stalin` / `Copy Nº 2 - Cde.
   * Molotov` / `Copy Nº 8 - File of 8th Dept.`), as the footer writes it: the header's distribution. Two
   * lines at least, so that one line alone is not taken for a list.
   */
  private copyListRun(i: number, limit: number): { list: DistributionList; end: number } | undefined {
    const entries: DistributionEntry[] = [];
    let j = i;
    for (; j < limit && this.copyLine(j); j++) {
      const t = this.line(j);
      const item = footerItem(t);
      if (item?.kind !== 'copyTo') break;
      entries.push(copyEntry(t, item));
    }
    return entries.length >= 2 ? { list: { kind: 'distribution', span: this.spanOf(i, j), entries }, end: j } : undefined;
  }

  /**
   * The run of `to Cde. X` lines from line `i` (blank lines between them passed over, a bare
   * `Malenkov` after the first taken in): their entries, and the last line of the run.
   */
  private distributionEntries(i: number, limit: number): { entries: DistributionEntry[]; last: number } {
    const entries: DistributionEntry[] = [];
    let j = i;
    let last = i;
    while (j < limit) {
      if (this.kinds[j] === 'blank') { j++; continue; }
      const t = this.line(j);
      const entry = entries.length === 0 && this.capitalListHead(j, limit) ? `t${t.text.slice(1)}` : t.text;
      const m = P.DISTRIBUTION_ENTRY_START.start(entry) ? P.DISTRIBUTION_ENTRY.exec(entry) : null;
      const bare = entries.length > 0 && /^[A-Z][a-z]+(?:\s*\(\d+\))?$/.test(t.text);
      if (!m && !bare) break;
      const name = m ? m.groups!.name.trim() : t.text.replace(/\s*\(\d+\)$/, '');
      const ns = t.text.indexOf(name);
      entries.push({
        span: { start: t.offset, end: t.offset + t.text.length },
        recipient: { start: t.offset + ns, end: t.offset + ns + name.length },
        copies: m?.groups?.paren ? Number(m.groups.paren) : 1,
        copyNumber: m?.groups?.copy ? Number(m.groups.copy) : undefined,
      });
      last = j;
      j++;
    }
    return { entries, last };
  }

  /**
   * Whether line `i` opens a copy list with a capital (`To Cde. Stalin (2)` over `to Cde. Molotov`, as a
   * typist starts a list): the next line is a lowercase entry, and this one closes with no stop or colon,
   * as an addressee (`To Cde. FILIPPOV.`) or a salutation does.
   */
  private capitalListHead(i: number, limit: number): boolean {
    const s = this.texts[i];
    if (!s.startsWith('To ') || /[.:!,]\s*$/.test(s)) return false;
    const next = this.skipBlanks(i + 1);
    return next < limit && /^to\s/.test(this.texts[next]) && P.DISTRIBUTION_ENTRY.test(this.texts[next]);
  }

  /** `to Cde. Stalin` under the processing footer, as the seed writes its list in the header: a line of the copies' list. */
  private footerCopyLine(i: number): boolean {
    const s = this.texts[i];
    return this.kinds[i] === 'text' && /^t?o\s/.test(s) && P.DISTRIBUTION_ENTRY.test(s);
  }

  /** Whether the text line before line `i` names a destination. */
  private destinationBefore(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && this.kinds[k] === 'blank') k--;
    return k >= 0 && parseHeaderLine(this.line(k))?.some(f => f.kind === 'destination') === true;
  }

  /** Whether line `i` gives the cable's origin or its sending or receipt. */
  private routingAt(i: number, limit: number): boolean {
    if (i >= limit) return false;
    return parseHeaderLine(this.line(i))?.some(f => f.kind === 'origin' || f.kind === 'received' || f.kind === 'sent') === true;
  }

  /**
   * `Copies: Stalin (2), Molotov, ...` (a line ending in a comma continues), or `Distribution list:`
   * / `Copies:` with the names on the following lines (`Stalin`, `1. Comr. Stalin`, `to Cde. Molotov`).
   */
  distributionBlock(i: number, limit: number, statedCount: number | undefined): { list: DistributionList; end: number } {
    const entries: DistributionEntry[] = [];
    const headText = this.texts[i];
    entries.push(...listEntries(this.line(i), headText.indexOf(':') + 1));
    let j = i + 1;
    let continues = /[,:]\s*$/.test(headText);
    const namesBelow = /:\s*$/.test(headText);
    // a line ending in a comma continues the list, whatever the next line holds (`File of 8th - 1`)
    let afterComma = false;
    while (j < limit && continues) {
      const next = this.skipBlanks(j);
      if (next >= limit) break;
      const t = this.line(next);
      // a routing line after the names (`From BEIJING`, `Received 10:30 2 August 1951`) or the envelope's
      // addressee (`To RAZUVAEV.`; copies are written `to Cde. Molotov`) ends the list
      const listed = namesBelow && !P.ROUTING_START.test(t.text) && !/^T[Oo]\s/.test(t.text);
      const entry = listed ? NAME_LINE.exec(t.text) : null;
      const cells = listed && !entry ? columnCells(t) : undefined;
      if (entry) {
        entries.push(nameLineEntry(t, entry));
      } else if (cells) {
        for (const cell of cells) entries.push(nameLineEntry(cell, NAME_LINE.exec(cell.text)!));
      } else if (/^[A-Z[]/.test(t.text) && (!namesBelow || afterComma || /,/.test(t.text)) && !parseHeaderLine(t) && !P.SALUTATION.test(t.text)) {
        entries.push(...listEntries(t, 0));
        continues = afterComma = /,\s*$/.test(t.text);
      } else {
        break;
      }
      j = next + 1;
    }
    return { list: { kind: 'distribution', span: this.spanOf(i, j), entries, statedCount }, end: j };
  }

  // ---------------------------------------------------------------- footer

  private footer(from: number, to: number): Footer {
    const items: FooterItem[] = [];
    const copyEntries: DistributionEntry[] = [];
    const lists: DistributionList[] = [];
    let end = to;
    while (end > from && this.kinds[end - 1] === 'blank') end--;
    for (let i = from; i < end; i++) {
      const t = this.line(i);
      if (t.text.length === 0) continue;
      if (P.DISTRIBUTION_HEAD.test(t.text) && !/^To\s*:/.test(t.text)) {
        const head = P.DISTRIBUTION_HEAD.exec(t.text)!;
        const block = this.distributionBlock(i, end, head.groups?.count ? Number(head.groups.count) : undefined);
        lists.push(block.list);
        items.push({ kind: 'copyTo', span: block.list.span, verb: { start: t.offset, end: t.offset + t.text.indexOf(':') } });
        i = block.end - 1;
        continue;
      }
      // `Sent to Cdes. Stalin, Molotov, Vyshinsky.`: the copies' list on one line, after its verb
      const sentTo = P.SENT_TO_COMRADES.exec(t.text);
      if (sentTo) {
        const at = t.text.length - sentTo.groups!.names.length - (t.text.endsWith('.') && !sentTo.groups!.names.endsWith('.') ? 1 : 0);
        const list: DistributionList = { kind: 'distribution', span: { start: t.offset, end: t.offset + t.text.length }, entries: listEntries(t, at) };
        lists.push(list);
        const to = t.text.indexOf(' to ');
        items.push({ kind: 'copyTo', span: list.span, verb: { start: t.offset, end: t.offset + (to >= 0 && to < at ? to + 3 : t.text.indexOf(':')) } });
        continue;
      }
      if (P.PIPE_ONLY.test(t.text)) continue; // a table's empty row
      if (this.footerCopyLine(i)) {
        const { entries, last } = this.distributionEntries(i, end);
        const list: DistributionList = { kind: 'distribution', span: this.spanOf(i, last + 1), entries };
        lists.push(list);
        items.push({ kind: 'copyTo', span: list.span, verb: { start: t.offset, end: t.offset } });
        i = last;
        continue;
      }
      const routing = closingRoutingFields(t);
      if (routing) {
        items.push(...routing.map(f => routingItem(t, f)));
        continue;
      }
      const pieces = numberedPieces(t);
      const found = pieces.map(footerItem);
      if (found.every(x => x !== undefined)) {
        found.forEach((item, k) => {
          items.push(item!);
          if (item!.kind === 'copyTo') copyEntries.push(copyEntry(pieces[k], item!));
        });
        continue;
      }
      // A continuation: `at 1510 18 November`, `Nº 7602`, `by Mokrov Nº 1702`, `[signature] (Makarov)`.
      const prev = items[items.length - 1];
      if (prev) {
        items[items.length - 1] = extendItem(prev, t);
      } else {
        items.push({ kind: 'other', span: { start: t.offset, end: t.offset + t.text.length }, verb: { start: t.offset, end: t.offset } });
      }
    }
    if (copyEntries.length) {
      lists.push({ kind: 'distribution', span: { start: copyEntries[0].span.start, end: copyEntries[copyEntries.length - 1].span.end }, entries: copyEntries });
    }
    const distribution = lists.length ? lists.reduce(mergeDistribution) : undefined;
    return { kind: 'footer', span: this.spanOf(from, to), items, distribution };
  }

  // ---------------------------------------------------------------- notes

  private notes(from: number, to: number, role: EditorialNotes['role']): EditorialNotes {
    const items: Span[] = [];
    for (let i = from; i < to; i++) {
      const t = this.line(i);
      if (t.text.length === 0) continue;
      // A note's continuation lines join the item before them.
      const opens = role !== 'endnotes' || P.ENDNOTE.test(t.text) || items.length === 0;
      if (opens) items.push({ start: t.offset, end: t.offset + t.text.length });
      else items[items.length - 1] = { start: items[items.length - 1].start, end: t.offset + t.text.length };
    }
    return { kind: 'notes', span: this.spanOf(from, to), role, items };
  }
}

/**
 * The last line at or before `i` with a property, remembered per line: a backward search that
 * starts where an earlier one passed stops there, so that all searches together read each line once.
 */
class LastLine {
  /** -2 until known; then the answer for this line (-1 when there is none). */
  private readonly memo: number[];

  constructor(lineCount: number, private readonly has: (i: number) => boolean) {
    this.memo = new Array<number>(lineCount).fill(-2);
  }

  at(i: number): number {
    const memo = this.memo;
    let k = i;
    while (k >= 0 && memo[k] === -2 && !this.has(k)) k--;
    const found = k < 0 ? -1 : memo[k] === -2 ? k : memo[k];
    for (let j = i; j >= k && j >= 0; j--) memo[j] = found;
    return found;
  }
}

// ---------------------------------------------------------------- helpers for lists and footers

/** A numbered line naming a comrade: `1. Comrade Nam Il`, `2 - Cde. Molotov`. */
const NUMBERED_COMRADE = /^\d{1,2}(?:\.|\s*[-–—])\s+(?:Comr?\.|Cde\.|Comrade)\s/;
/** An initial that is also a Roman numeral, then one surname in capitals: `I. STALIN`, `V. MOLOTOV`. */
const SIGNER_AS_PART = /^[IVX]\.\s?[A-Z][A-Z'’-]+\.?$/;

/**
 * A reply's lead under the destination or the addressee (`PYONGYANG` / `SOVIET AMBASSADOR` / `To No. 94.`)
 * cites the incoming telegram answered, as `RE: No. 94` would there: a reference of the envelope. Read as
 * the message's first line, it kept the addressee under it (`To Cde. Suzdalev.`) from being read as one.
 */
function replyLeadUnder(fields: readonly HeaderField[], t: LineText): HeaderField[] | undefined {
  const prev = fields[fields.length - 1]?.kind;
  const lead = prev === 'destination' || prev === 'addressee' ? P.REPLY_LEAD.exec(t.text) : null;
  if (!lead) return undefined;
  const at = t.offset + t.text.lastIndexOf(lead.groups!.number);
  return [{ kind: 'reference', span: { start: t.offset, end: t.offset + t.text.length }, value: { start: at, end: at + lead.groups!.number.length } }];
}

/**
 * The place a government's paper was issued at, under its number and date (`RESOLUTION No. 858-372ss` /
 * `19 March 1953` / `Moscow, Kremlin`): the envelope's origin. Elsewhere such a line is a letter's inside
 * address, which the message reads (`To Comrade Stalin` / `Moscow, Kremlin`).
 */
function placeOfIssueUnder(fields: readonly HeaderField[], t: LineText): HeaderField[] | undefined {
  const prev = fields[fields.length - 1]?.kind;
  if ((prev !== 'date' && prev !== 'documentType') || !P.CITY_ONLY.test(t.text)) return undefined;
  const comma = t.text.indexOf(',');
  return [{ kind: 'origin', span: { start: t.offset, end: t.offset + t.text.length }, value: { start: t.offset, end: t.offset + (comma < 0 ? t.text.length : comma) } }];
}

/**
 * An envelope's addressee after his honorific: `to Cde. FILIPPOV`, `For Comrade ZHOU ENLAI.`, `TO COMRADE
 * STALIN I.V.`, `To Comrade VYSHINSKY A.Ya.`, after the place he is reached at (`Moscow, to Comrade STALIN.`); a footnote's marker glued to the name, as a PDF copies it, is no part of it (`To Cde. FILIPPOV1 [Stalin].`).
 */
const HONORED_ADDRESSEE = new RegExp(String.raw`^${P.PLACE_BEFORE_ADDRESSEE}?(?:t?o|To|TO|[Ff]or|FOR):?\s+(?:Cde\.|Comrade|Comr\.|Com\.|Com\[rade\]|COMRADE|CDE\.)\s*(?<name>[A-Z][\w'’\-. ]{0,60}?(?:\b${P.INITIAL})?)(?:(?<=[A-Za-z])${P.NOTE_MARK})?\s*(?:\[[^\]]*\])?\s*[.]?(?:x{1,3}\/)?$`);
/**
 * A cover name with the editor's gloss, `To` or not: `To FYN SI [Stalin].`, `FENG XI [STALIN]`, and
 * with the editor's footnote mark glued on (`FENG XI [Stalin].x/`); only a line with a `[` is tried.
 */
const GLOSSED_ADDRESSEE = /^(?:to|To|TO|For|FOR)?\s*(?!(?:From|FROM|from|Comrade|COMRADE|Cde|Comr|Com)\b)(?<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})\s*\[(?!SIC|sic|\?)[A-Z][^\]]*\]\s*[.:]?(?:x{1,3}\/)?$/;
/** The man a relay is for, after the addressee's name on his line: `Roshchin for Comrade Zhou Enlai` (the addressee, then the other). */
const RELAY_ON_THE_LINE = /^([A-Z][\w'’\-.]*(?: [A-Z][\w'’\-.]*){0,3}) (?:for|FOR) (?:Cde\.|Comrade|Comr\.|COMRADE|CDE\.) ?([A-Z][\w'’\-.]*(?: [A-Z][\w'’\-.]*){0,3})$/;
/** A relay's `For Mao Zedong` with no honorific: `For`, then a name of two or three capitalised words. */
/**
 * Who issued a paper whose kind stands alone over it, on the line under the kind (`ORDER` / `of the Supreme Commander
 * of the Korean People's Army and the Commander of the Chinese People's Volunteers`, `STATEMENT` / `of the Government
 * of the PRC`): `of the`, then capitalised words and their link words only, as a title is set, with no sentence's stop.
 */
const ISSUER_UNDER_KIND = /^(?:of|OF)\s+(?:the|THE)\s+(?=.{0,200}$)(?:[A-Z][\w'’().-]*|of|the|and|to|for|in|on|at|under|OF|THE|AND|TO|FOR|IN|ON|AT|UNDER)(?:[ ,]+(?:[A-Z][\w'’().-]*|of|the|and|to|for|in|on|at|under|OF|THE|AND|TO|FOR|IN|ON|AT|UNDER))*[:.]?$/;

/** A copy's addressee under a letter's: `Copy: to Comrade A. A. Gromyko`, `Copy to Cde. Malik.`, `Copies: Cdes. Molotov, Malenkov`. */
const COPY_UNDER_ADDRESSEE = /^(?:Copy|Copies|COPY|COPIES)\s*:?\s*(?:to\s+)?(?:Cdes?\.|Comrades?|Com\.)\s*(?:[A-Z]\.\s?){0,3}[A-Z][\p{L}'’-]+(?:\s*,\s*(?:[A-Z]\.\s?){0,3}[A-Z][\p{L}'’-]+)*\.?$/u;

/**
 * The rest of an institution's name on the line under it: `under the Council of Ministers of the USSR`,
 * `of the USSR`, `OF THE ARMED FORCES OF THE USSR`, `attached to the CC VKP(b)` — a link word, then words
 * naming a body or a state, no sentence's stop or colon.
 */
const INSTITUTION_GOES_ON = /^(?:under|of|at|attached to|UNDER|OF|AT|ATTACHED TO)\s+(?:the\s+|THE\s+)?(?=[^.:;!?]{0,90}$)[^.:;!?]*\b(?:USSR|U\.S\.S\.R|Soviet Union|SOVIET UNION|Council|COUNCIL|General Staff|GENERAL STAFF|Armed Forces|ARMED FORCES|Ministry|MINISTRY|CC|Central Committee|CENTRAL COMMITTEE|VKP\(b\)|CPSU|PRC|DPRK|People['’]s Republic|PEOPLE['’]S REPUBLIC|Government|GOVERNMENT)\b[^.:;!?]*$/;

const RELAY_FOR_NAME = /^(?:For|FOR|for)\s+(?<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){1,2})\.?$/;
/** A surname in capitals after `to`: `to TEREBIN`. */
const CAPITALS_ADDRESSEE = /^(?:to|TO)\s+(?<name>[A-Z][A-Z'’-]+)\.?$/;

/** The longest line read as a paper's title. */
const MAX_TITLE_LENGTH = 200;

/** The fields a paper's title may stand under: the ministry's name, its marks (`Top Secret`, `Copy Nº 3`), the editor's notes. */
const ABOVE_TITLE: ReadonlySet<HeaderField['kind']> = new Set(['institution', 'classification', 'copyNumber', 'note']);

/** Which way the cable went, from its envelope fields (see `CableLayout`). */
function layoutOf(text: string, fields: readonly HeaderField[]): CableLayout | undefined {
  const labels = fields.filter(f => f.kind === 'documentType' && f.label).map(f => text.slice(f.label!.start, f.label!.end));
  if (labels.some(l => /outgoing|issuing/i.test(l))) return 'outgoing';
  if (labels.some(l => /incoming/i.test(l))) return 'incoming';
  if (fields.some(f => f.kind === 'destination' && /^destination\s*:/i.test(text.slice(f.span.start, f.span.end)))) return 'outgoing';
  const origin = fields.some(f => f.kind === 'origin');
  const destination = fields.some(f => f.kind === 'destination');
  if (origin) return 'incoming';
  const received = fields.findIndex(f => f.kind === 'received');
  const sent = fields.findIndex(f => f.kind === 'sent');
  if (destination || (received >= 0 && sent > received)) return 'outgoing';
  return received >= 0 ? 'incoming' : undefined;
}

/** A stamp as a block of its own lines; parts that began on an earlier block's line are dropped. */
/** Does the line hold a `]` that no `[` before it on the line opened? */
function closesUnopened(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 91) depth++;
    else if (c === 93 && depth-- === 0) return true;
  }
  return false;
}

function clipStamp(st: Stamp, span: Span): Stamp {
  const inside = (s: Span | undefined) => (s && s.start >= span.start && s.end <= span.end ? s : undefined);
  return { ...st, span, incomingNumber: inside(st.incomingNumber), when: inside(st.when) };
}

/** One recipient per line under a `Copies:` head: `Stalin`, `1. Comr. Stalin`, `to Cde. Molotov`, `Stalin - 2`. */
/** One entry of a list with its names below its head: `Molotov`, `1. Comr. Stalin`, `Stalin - 2`, a file copy `file`, `File of 8th - 1`, `Comr. 10th department`. */
const NAME_LINE = new RegExp(String.raw`^(?:\d{1,2}[.)]\s*)?(?:t?o\s+)?(?:${P.HONORIFIC}\s*)?(?<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?|(?:[Ff]ile|FILE)(?:\s+(?:of|OF)\s+[^,;()]{1,60}?)?|\d{1,2}(?:st|nd|rd|th)\s+[Dd]ep(?:artmen)?t\.?(?:\s+of\s+[^,;()]{1,60}?)?)\s*(?:\((?<n>\d+)\)|[-–]\s*(?<n2>\d+))?[.,;]?$`);

/** The entry of a line (or a column's cell) that `NAME_LINE` matched. */
function nameLineEntry(t: LineText, entry: RegExpExecArray): DistributionEntry {
  const name = entry.groups!.name;
  const ns = t.text.lastIndexOf(name);
  return {
    span: { start: t.offset, end: t.offset + t.text.length },
    recipient: { start: t.offset + ns, end: t.offset + ns + name.length },
    copies: Number(entry.groups!.n ?? entry.groups!.n2 ?? 1),
  };
}

/** Where the columns of a list set out with spaces part: three or more spaces, or tabs. */
const COLUMN_GAP = /[ \t]{3,}|\t+/g;

/**
 * `Cde. Stalin            Cde. Molotov`: a row of names set in columns under `Distribution:`, each
 * cell a name of its own; undefined unless the line has two cells or more and every one is a name.
 */
function columnCells(t: LineText): LineText[] | undefined {
  const s = t.text;
  if (s.length > 160 || !/\S(?:[ \t]{3,}|\t)\S/.test(s)) return undefined;
  const cells: LineText[] = [];
  const add = (from: number, to: number) => {
    if (to > from) cells.push({ text: s.slice(from, to), offset: t.offset + from });
  };
  let at = 0;
  COLUMN_GAP.lastIndex = 0;
  for (let m = COLUMN_GAP.exec(s); m; m = COLUMN_GAP.exec(s)) {
    add(at, m.index);
    at = m.index + m[0].length;
  }
  add(at, s.length);
  return cells.length >= 2 && cells.every((c) => NAME_LINE.test(c.text)) ? cells : undefined;
}

function mergeDistribution(a: DistributionList, b: DistributionList): DistributionList {
  return {
    kind: 'distribution', span: { start: Math.min(a.span.start, b.span.start), end: Math.max(a.span.end, b.span.end) },
    entries: [...a.entries, ...b.entries].sort((x, y) => x.span.start - y.span.start), statedCount: a.statedCount ?? b.statedCount,
  };
}

/** `Copy Nº 1 to Cde. Stalin | Copy Nº 8 to Cde. Beria |`: entries of a flattened two-column table. */
function tableEntries(t: LineText): DistributionEntry[] {
  const out: DistributionEntry[] = [];
  const re = TABLE_ENTRY;
  re.lastIndex = 0;
  for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
    const name = (m.groups!.name ?? m.groups!.file!).replace(/[.,]+$/, '');
    const ns = m.index + m[0].lastIndexOf(m.groups!.name ?? m.groups!.file!);
    out.push({
      span: { start: t.offset + m.index, end: t.offset + m.index + m[0].length },
      recipient: { start: t.offset + ns, end: t.offset + ns + name.length },
      copies: 1,
      copyNumber: Number(m.groups!.n),
    });
  }
  return out;
}

/** A cell of a flattened copy table: `Copy Nº 1 to Cde. Stalin`, or a file copy that goes to no one (`Copy Nº 4 File of 8th Dept.`). */
const TABLE_ENTRY = new RegExp(String.raw`(?:Copy|copy)\s*${P.SIGN}?\s*(?<n>\d+)\s*(?:[-–—]?\s*to\s+(?:${P.HONORIFIC}\s*)?(?<name>[^|]*?)|(?<file>(?:[Ff]ile\s+(?:of|copy|to)\b|Comr\.\s)[^|]*?))\s*(?=\||$)`, 'g');

/** `Stalin (2), Molotov, Malenkov`, `Stalin - 2, Molotov - 1`, `1. Comr. Stalin`, `Cmrds Malenkov, Vyshinsky`. */
function listEntries(t: LineText, from: number): DistributionEntry[] {
  const out: DistributionEntry[] = [];
  const re = /(?:^|[,;]|\s(?=\d+\.\s))\s*(?:\d+\.\s+)?(?:Cmrds?\.?|Comrades?|Comr\.|Cdes?\.|Com\.)?\s*(?<name>[\w[][^,;()]*?)\s*(?:\((?<paren>\d+)\)|[-–]\s*(?<dash>\d+))?\s*(?=[,;.]?\s*$|[,;])/g;
  const s = t.text.slice(from);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    // the editor's brackets cut by the commas (`Bulganin[, Khrushchev, Vyshinsky]`) belong to no name; `File of 8th [Dept]` keeps its own
    const raw = m.groups!.name.replace(/\.+$/, '').replace(/\s*\[$/, '');
    const name = (raw.includes('[') ? raw : raw.replace(/\]+$/, '')).replace(/^\[(?=[^\]]*$)/, '');
    if (!name) continue;
    const ns = from + m.index + m[0].indexOf(name);
    // The entry starts at its name or honorific, not at the comma before it.
    const lead = m[0].search(/[^,;\s]/);
    out.push({
      span: { start: t.offset + from + m.index + Math.max(lead, 0), end: t.offset + from + m.index + m[0].length },
      recipient: { start: t.offset + ns, end: t.offset + ns + name.length },
      copies: Number(m.groups!.paren ?? m.groups!.dash ?? 1),
    });
  }
  return out;
}

const FOOTER_KIND: ReadonlyMap<string, FooterItemKind> = new Map([
  ['deciphered', 'deciphered'], ['decoded', 'deciphered'], ['decrypted', 'deciphered'], ['printed', 'printed'], ['typed', 'typed'],
  ['verified', 'verified'], ['checked', 'verified'],
]);

const WHO = /^\s*(?:by\s*:?\s*|:\s*)?(?:(?:[Ss]hift|[Ss]ection|[Dd]epartment)\s+[Cc]hief\s+|[Cc]olonel\s+|[Mm]ajor\s+|[Ll]ieutenant\s+)*(?<who>[A-Z][a-zа-я]+(?:\[[a-z]+\])?(?:\s*\/\s*[A-Z][a-z]+)?)/;

/** How many short unknown lines may stand under a processing footer and still leave it the footer. */
/** A line that is one editor's bracket, opening with a capital: `[Translated from the Russian text.]`. */
const EDITORS_LINE = /^\[[A-Z][^\]]{3,200}\]\.?$/;
/** Brackets that are the paper's, not a note on it: a stamp, handwriting, a signature, an attachment mark. */
const NOT_EDITORS_LINE = /^\[(?:Stamp|STAMP|Handwritten|Attachment|Signature|Seal|Illegible)\b/;
const MAX_STRAYS_UNDER_FOOTER = 2;

function footerItem(t: LineText): FooterItem | undefined {
  const s = t.text;
  const whole = { start: t.offset, end: t.offset + s.length };
  const counted = P.COPIES_AFTER_VERB.exec(s);
  if (counted) {
    return { kind: 'copies', span: whole, verb: rel(t, 0, counted.groups!.verb.length), count: P.countWord(counted.groups!.count) };
  }
  const verb = P.FOOTER_VERB.exec(s);
  if (verb) {
    const v = verb.groups!.verb;
    const rest = s.slice(v.length);
    const who = WHO.exec(rest);
    const item: FooterItem = {
      kind: FOOTER_KIND.get(P.ligatureLetters(v).toLowerCase()) ?? 'other',
      span: whole,
      verb: { start: t.offset, end: t.offset + v.length },
      who: who && !/^(?:Section|Shift|Chief|Colonel|On|At)$/.test(who.groups!.who) ? rel(t, v.length + who[0].lastIndexOf(who.groups!.who), who.groups!.who.length) : undefined,
      when: whenSpan(t, v.length),
    };
    return item;
  }
  const copies = P.COPIES.exec(s) ?? P.SENT_IN_COPY.exec(s) ?? P.RUSSIAN_COPIES.exec(s);
  if (copies) {
    const vs = s.indexOf(copies.groups!.verb);
    const count = copies.groups!.count !== undefined ? P.countWord(copies.groups!.count) : 1;
    const after = vs + copies.groups!.verb.length;
    const who = /^\s+(?<who>[A-Z][a-z]+)\b/.exec(s.slice(after));
    return {
      kind: 'copies', span: whole, verb: rel(t, vs, copies.groups!.verb.length), count,
      who: who ? rel(t, after + who[0].indexOf(who.groups!.who), who.groups!.who.length) : undefined,
      when: whenSpan(t, after),
    };
  }
  const to = P.COPY_TO.exec(s) ?? P.COPY_DASH.exec(s);
  if (to) {
    // `1. Comr. Stalin` under `5 copies`: a numbered copy list.
    const whom = to.groups!.whom ?? to.groups!.whom2 ?? to.groups!.whom3 ?? to.groups!.whom4;
    return {
      kind: 'copyTo', span: whole, verb: rel(t, 0, s.length - whom.length),
      who: rel(t, s.length - whom.length, whom.replace(/[.,;]+$/, '').length),
      count: Number(to.groups!.from ?? to.groups!.from2 ?? to.groups!.from3 ?? to.groups!.from4), countTo: to.groups!.to !== undefined ? Number(to.groups!.to) : undefined,
    };
  }
  return undefined;
}

/** A routing time among the processing lines (`sent 21:40 2.10.1950`) as a footer item: its word is the verb. */
function routingItem(t: LineText, f: ClosingRoutingField): FooterItem {
  const at = f.span.start - t.offset;
  const word = /^[A-Za-z]+/.exec(t.text.slice(at))?.[0].length ?? 0;
  return { kind: f.kind, span: f.span, verb: rel(t, at, word), who: f.who, when: f.when };
}

/** `1. Comr. Stalin 2. Comr. Molotov 3. Comr. Malenkov`: a numbered copy list on one line, cut into its entries. */
function numberedPieces(t: LineText): LineText[] {
  // a flattened two-column table: `Copy Nº 1 to Cde. Stalin | Copy Nº 2 to Cde. Bulganin |`
  if (t.text.includes('|') && P.DISTRIBUTION_TABLE_ROW.test(t.text)) {
    const cells: LineText[] = [];
    for (const m of t.text.matchAll(/[^|]+/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const cell = m[0].trim();
      if (cell) cells.push({ text: cell, offset: t.offset + m.index! + lead });
    }
    return cells.length ? cells : [t];
  }
  if (!/^\d{1,2}\.\s/.test(t.text)) return [t];
  const starts = [...t.text.matchAll(/(?:^|\s)(?=\d{1,2}\.\s+(?:Comr?\.|Cde\.|Comrade)\s)/g)].map(m => m.index! + (m[0].length));
  if (starts.length < 2) return [t];
  return starts.map((at, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : t.text.length;
    return { text: t.text.slice(at, end).trimEnd(), offset: t.offset + at };
  });
}

function copyEntry(t: LineText, item: FooterItem): DistributionEntry {
  const who = item.who ?? item.span;
  const name = t.text.slice(who.start - t.offset, who.end - t.offset).replace(/^(?:Cdes?\.|Comrade|Comr\.|Com\.)\s*/, '');
  const ns = who.end - name.length;
  const copies = item.countTo !== undefined && item.count !== undefined ? item.countTo - item.count + 1 : 1;
  return { span: item.span, recipient: { start: ns, end: who.end }, copies, copyNumber: item.count };
}

function extendItem(item: FooterItem, t: LineText): FooterItem {
  const span = { start: item.span.start, end: t.offset + t.text.length };
  let who = item.who;
  let when = item.when;
  if (!who) {
    const m = /^(?:\[signature\]\s*)?\((?<who>[A-Z][\w.\s]+?)\)|^by\s+(?<by>[A-Z][a-z]+)/.exec(t.text);
    const name = m?.groups?.who ?? m?.groups?.by;
    if (m && name) who = rel(t, m[0].lastIndexOf(name), name.length);
  }
  when ??= whenSpan(t, 0);
  return { ...item, span, who, when };
}

function whenSpan(t: LineText, from: number): Span | undefined {
  const w = findWhen(t.text, from, t.text.length);
  if (w) return rel(t, w[0], w[1] - w[0]);
  // A bare 24-hour time closing a footer line, or before the printing's number: `Verified by Shift Chief
  // Sadov[in] 0410`, `Printed by Kornushina 0130 № 4012` (only a line ending in a digit is searched).
  const time = isDigit(t.text.charCodeAt(t.text.length - 1)) ? BARE_FOOTER_TIME.exec(t.text.slice(from)) : null;
  return time ? rel(t, from + time.index, time[1]!.length) : undefined;
}

const BARE_FOOTER_TIME = /(?<![N°º№#.]\s?|No\.\s?)(?<=\s)((?:[01]\d|2[0-3])[0-5]\d)(?:\s+(?:№|Nº|N°|No\.|#)\s?\d+)?$/;

function rel(t: LineText, at: number, length: number): Span {
  return { start: t.offset + at, end: t.offset + at + length };
}
