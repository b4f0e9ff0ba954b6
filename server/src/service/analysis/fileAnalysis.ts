/**
 * The analysis of a file: one `DocumentAnalysis` per cable (a collection file holds several, an
 * ordinary file one), each made on the cable's own text, so that every cable has its own outline
 * root, its own chronology and its own name checks, and a cable's dates are never compared with
 * another's. Features see each cable through `CableView.doc`, a view of the file that translates the
 * cable's offsets to the file's positions.
 *
 * Incremental at the cable: a new version of a collection file reuses the analysis of every cable
 * whose text did not change; only the cable an edit touched is analysed again.
 */
import type { Gazetteer } from '../gazetteer';
import type { DateHint, ITextDocument, PartialDate, Span } from '../types';
import { scanDates } from '../chronology/scanner';
import type { Position } from 'vscode-languageserver-types';
import { partitionPoint } from '../spans';
import { splitCollection } from './collection';
import { analyzeDocument, type DocumentAnalysis } from './documentAnalysis';
import type { CableSettings } from './settings';

export interface CableView {
  /** Its place in the file, 0 for the first. */
  readonly index: number;
  /** The cable's extent in the file (its separator line and heading included). */
  readonly span: Span;
  /** The heading line of a collection's cable (`Document No. 12`) and the editor's title under it, in file offsets. */
  readonly heading?: Span;
  readonly title?: Span;
  /** Where the analysed text starts in the file: add it to the analysis' offsets to get the file's. */
  readonly offset: number;
  /** The cable's analysis, in offsets of its own text. */
  readonly analysis: DocumentAnalysis;
  /** The file seen as this cable: `getText()` is the cable's text, positions are the file's. */
  readonly doc: ITextDocument;
  /**
   * The cable's text as a document of its own (its first line is line 0), and the file's line where
   * it starts: a result computed on `local` is the same for every version of the file that keeps
   * this cable's text, and moves to the file's positions by adding `line` to every line number.
   */
  readonly local: ITextDocument;
  readonly line: number;
  /**
   * The editor's title under a collection's heading as a view of its own: its names (`Ciphered
   * telegram from Roshchin to Filippov [Stalin], 13 October 1950`) hover, count in the folder and are
   * checked like the cable's, read on the title's date. Never a cable of the file.
   */
  readonly titleView?: CableView;
  /** True for a collection title's own view (`titleView`): its words are the editor's, not the cable's. */
  readonly isTitle?: boolean;
}

export interface FileAnalysis {
  readonly text: string;
  readonly cables: readonly CableView[];
  /** True when the file holds several cables (CABLE-FORMAT §11). */
  readonly isCollection: boolean;
  /** The cable holding a file offset (the last one for the end of the file), or its title's view when the offset is in a collection title. */
  cableAt(offset: number): CableView;
}

/** A cable's text as a document of its own; line starts are found on first use. */
function localDocument(file: ITextDocument, text: string): ITextDocument {
  let starts: number[] | undefined;
  const lineStarts = (): number[] => {
    if (starts) return starts;
    starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) continue; // CRLF ends at its LF
      if (c === 10 || c === 13) starts.push(i + 1);
    }
    return starts;
  };
  return {
    uri: file.uri,
    version: file.version,
    getText: () => text,
    positionAt: (offset: number): Position => {
      const o = Math.max(0, Math.min(text.length, offset));
      const s = lineStarts();
      const line = Math.max(0, partitionPoint(s, (x) => x <= o) - 1);
      return { line, character: o - s[line]! };
    },
    offsetAt: (p: Position): number => {
      const s = lineStarts();
      if (p.line >= s.length) return text.length;
      if (p.line < 0) return 0;
      const next = p.line + 1 < s.length ? s[p.line + 1]! : text.length;
      return Math.max(s[p.line]!, Math.min(next, s[p.line]! + p.character));
    },
  };
}

/** The file's own document seen through one cable: offsets shift, positions are the file's. */
function cableDocument(file: ITextDocument, text: string, offset: number): ITextDocument {
  if (offset === 0 && text.length === file.getText().length) return file;
  return {
    uri: file.uri,
    version: file.version,
    getText: () => text,
    positionAt: (o: number): Position => file.positionAt(o + offset),
    offsetAt: (p: Position): number => Math.max(0, Math.min(text.length, file.offsetAt(p) - offset)),
  };
}

/**
 * The text as analysed: a no-break, narrow or figure space (from PDF exports: `14\u00a0October`) is
 * read as a space, and a scanned edition's `l` for the digit one inside a number (`l4.X.l950`,
 * `No. l492`, `2l:00`: a run of digits and `l` standing alone, with a digit in it) as `1`. One
 * character for one, so every offset stays the file's.
 */
const ODD_SPACES = /[\u00a0\u2007\u202f]/g;
/** A run of digits and lower-case `l` with at least one of each, not part of a word: OCR's `l` for `1`. */
const OCR_ONES = /(?<![\p{L}\p{N}])(?=[0-9l]*[0-9])(?=[0-9]*l)[0-9l]+(?![\p{L}\p{N}])/gu;
function spacesAsSpaces(text: string): string {
  const spaced = text.includes('\u00a0') || text.includes('\u2007') || text.includes('\u202f') ? text.replace(ODD_SPACES, ' ') : text;
  return /[0-9]l|l[0-9]/.test(spaced) ? spaced.replace(OCR_ONES, (run) => run.replace(/l/g, '1')) : spaced;
}

/** The complete date an editor's title gives (`Telegram from Mao Zedong to Zhou Enlai, 13 October 1950`). */
function titleDate(text: string, title: Span): PartialDate | undefined {
  for (const m of scanDates(text, title.start, title.end)) {
    const d = m.date;
    if (d?.year !== undefined && d.month !== undefined && d.day !== undefined && !d.ambiguous) return { year: d.year, month: d.month, day: d.day };
  }
  return undefined;
}

/**
 * The complete date of an editor's heading on the cable's first line, in brackets (`[Record of
 * conversation, Moscow, 16 December 1949]`) or as an edition's title ending in its date
 * (`Telegram, Stalin to Kim Il Sung (via Shtykov), 1 October 1950`): the editor dates the text, as a
 * collection's title does.
 */
function headingDate(body: string): PartialDate | undefined {
  const start = body.search(/\S/);
  if (start < 0) return undefined;
  const lineEnd = body.indexOf('\n', start);
  const end = lineEnd < 0 ? body.length : lineEnd;
  const line = body.slice(start, end);
  if (line.length > 240 || !(body[start] === '[' ? /\]\s*$/.test(line) && !PAPER_NOTE.test(line) : EDITION_TITLE.test(line) || CONVERSATION_TITLE.test(line))) return undefined;
  return titleDate(body, { start, end });
}

/**
 * The date a file's name leads with (`1949-06-28-liu-to-mao.cable`, `1949_06_28 Liu to Mao.cable`):
 * an archivist's label that dates a text writing no year of its own (a Chinese-side telegram signed
 * `June 28`), as an editor's heading does. A name that leads with the year alone or its month
 * (`1950 Peng Dehuai to Mao.cable`, `1951-06 Gao Gang.cable`) gives that much; so does the folder
 * the file sits in when it is named by a year or a month (`1951/gao-gang-from-moscow.cable`), an
 * archive sorted by year. Only a year of the period the gazetteer covers: a name dated by its
 * download (`2023-10-03 ...`) says nothing of the cable, nor does a year at the end of a name.
 */
function fileNameDate(uri: string): DateHint | undefined {
  const parts = uri.split(/[/\\]/).map(decoded);
  const name = parts.pop() ?? '';
  const full = FILE_NAME_DATE.exec(name);
  if (full) {
    const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])];
    return inPeriod(year) && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day, from: "the file's name" } : undefined;
  }
  const leading = LEADING_YEAR.exec(name);
  if (leading) return yearAndMonth(leading[1]!, leading[2], "the file's name");
  const folder = YEAR_FOLDER.exec(parts[parts.length - 1] ?? '');
  return folder ? yearAndMonth(folder[1]!, folder[2], `the folder ${folder[0]}`) : undefined;
}
const FILE_NAME_DATE = /^(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)/;
/** A name that leads with a year, or a year and month, then words: `1950 Peng to Mao`, `1951-06_gao`, not `1950-10-21` (a full date) nor `19501021`. */
const LEADING_YEAR = /^(\d{4})(?:[-_.](\d{2}))?(?=[\s_.-]+[^\d\s_.-]|\.cable$)/;
/** A folder named by a year or a month and nothing else: `1951`, `1951-06`. */
const YEAR_FOLDER = /^(\d{4})(?:[-_.](\d{2}))?$/;

function yearAndMonth(yearText: string, monthText: string | undefined, from: string): DateHint | undefined {
  const year = Number(yearText);
  if (!inPeriod(year)) return undefined;
  if (monthText === undefined) return { year, from };
  const month = Number(monthText);
  return month >= 1 && month <= 12 ? { year, month, from } : undefined;
}

function inPeriod(year: number): boolean {
  return year >= 1945 && year <= 1953;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
/** A bracket on the first line that describes the paper, not the text: `[Stamp: “Declassified 18 September 1992”]`, `[handwritten: ...]`. */
const PAPER_NOTE = /^\[\s*(?:stamp|handwritten|declassified)\b/i;

/** A record of conversation's heading ending in the day it was held: `RECORD OF CONVERSATION BETWEEN ... ON 16 DECEMBER 1949`. */
const CONVERSATION_TITLE = /^(?:RECORD|Record|MEMORANDUM|Memorandum|NOTES|Notes|MINUTES|Minutes)\s+(?:OF|of)\b[^\n]*(?:,|\s(?:ON|on))\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}\.?\s*$/;

/** An edition's title line: the kind of document in normal case, a comma, and the date at its end. */
const EDITION_TITLE = /^(?:Ciphered |Coded )?(?:Telegram|Cable|Letter|Message|Memorandum|Record|Minutes|Note|Report|Directive|Instruction|Draft|Extract|Excerpt|Decision|Resolution)\b[^\n]*,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}\.?\s*$/;

function sameDay(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.year === b.year && a.month === b.month && a.day === b.day);
}

/** The cover names a title glosses (`Matveyev [Zakharov]`), by the folded form glossed; undefined when it glosses none. */
function glossesOf(title: DocumentAnalysis): ReadonlyMap<string, ReadonlySet<string>> | undefined {
  let glosses: Map<string, Set<string>> | undefined;
  for (const m of title.entities.mentions) {
    if (!m.gloss?.entryIds.length) continue;
    glosses ??= new Map();
    const ids = glosses.get(m.key) ?? new Set<string>();
    m.gloss.entryIds.forEach((id) => ids.add(id));
    glosses.set(m.key, ids);
  }
  return glosses;
}

function sameGlosses(a: ReadonlyMap<string, ReadonlySet<string>> | undefined, b: ReadonlyMap<string, ReadonlySet<string>> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const [key, ids] of a) {
    const other = b.get(key);
    if (!other || other.size !== ids.size || [...ids].some((id) => !other.has(id))) return false;
  }
  return true;
}

/** A collection title as a view of its own, its analysis lent by the earlier version when the title and its date are unchanged. */
function titleView(
  document: ITextDocument, text: string, title: Span, index: number, hint: DateHint | undefined,
  gazetteer: Gazetteer, settings: CableSettings, earlier: CableView | undefined,
): CableView {
  const words = spacesAsSpaces(text.slice(title.start, title.end));
  const same = earlier && earlier.analysis.text === words && earlier.analysis.gazetteer === gazetteer && earlier.analysis.settings === settings && sameDay(earlier.analysis.dateHint, hint);
  return {
    index, span: title, offset: title.start, isTitle: true,
    analysis: same ? earlier.analysis : analyzeDocument(words, gazetteer, settings, hint),
    doc: cableDocument(document, words, title.start),
    local: localDocument(document, words),
    line: document.positionAt(title.start).line,
  };
}

/**
 * Analyses a file cable by cable; `previous` (the analysis of an earlier version) lends the
 * analysis of every cable whose text is unchanged, made with the same gazetteer and settings.
 */
export function analyzeFile(
  document: ITextDocument, gazetteer: Gazetteer, settings: CableSettings, previous?: FileAnalysis,
): FileAnalysis {
  const text = document.getText();
  const reusable = new Map<string, DocumentAnalysis>();
  if (previous && previous.cables.length > 1) {
    for (const c of previous.cables) {
      if (c.analysis.gazetteer === gazetteer && c.analysis.settings === settings) reusable.set(c.analysis.text, c.analysis);
    }
  }
  const named = fileNameDate(document.uri);
  const parts = splitCollection(text);
  const cables: CableView[] = parts.map((part, index) => {
    const body = spacesAsSpaces(text.slice(part.body.start, part.body.end));
    // (a file's name dates the one cable it holds, not each of a collection's)
    const hint = (part.title ? titleDate(text, part.title) : headingDate(body)) ?? (parts.length === 1 ? named : undefined);
    const title = part.title ? titleView(document, text, part.title, index, hint, gazetteer, settings, previous?.cables[index]?.titleView) : undefined;
    // a title without a bracket glosses nothing: its names are not read until a feature asks
    const glosses = title?.analysis.text.includes('[') ? glossesOf(title.analysis) : undefined;
    const earlier = reusable.get(body);
    const analysis = earlier && sameDay(earlier.dateHint, hint) && sameGlosses(earlier.titleGlosses, glosses)
      ? earlier
      : analyzeDocument(body, gazetteer, settings, hint, glosses);
    const doc = cableDocument(document, body, part.body.start);
    const single = doc === document;
    const view: CableView = {
      index, span: part.span, offset: part.body.start, analysis, doc,
      local: single ? document : localDocument(document, body),
      line: single ? 0 : document.positionAt(part.body.start).line,
    };
    if (!part.heading) return view;
    if (!part.title || !title) return { ...view, heading: part.heading };
    // a title that gives no date (`Telegram, Peng Dehuai to Mao Zedong, on the Release of Prisoners`) is read
    // on the date of the cable under it, as an edition's title over a single text is
    const own = hint === undefined ? analysis.chronology.documentDate : undefined;
    const dated = own?.year !== undefined ? titleView(document, text, part.title, index, own, gazetteer, settings, previous?.cables[index]?.titleView) : title;
    return { ...view, heading: part.heading, title: part.title, titleView: dated };
  });
  return {
    text,
    cables,
    isCollection: cables.length > 1,
    cableAt(offset: number): CableView {
      const cable = cables[Math.max(0, partitionPoint(cables, (c) => c.span.start <= offset) - 1)]!;
      const title = cable.titleView;
      return title && offset >= title.span.start && offset <= title.span.end ? title : cable;
    },
  };
}
