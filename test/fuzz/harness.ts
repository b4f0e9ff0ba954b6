/**
 * Runs every feature of the pure service on one fuzz case and checks every answer: nothing
 * thrown, nothing logged as failed, every range inside its document, trees nested, semantic tokens
 * decodable, and no call slower than its time budget.
 *
 * One harness keeps one service over an in-memory workspace of sample cables (so references, code
 * lenses, workspace symbols and the corpus checks have a corpus to work on); each case is written
 * into that workspace as an open document, indexed, and asked about.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Location, Position, Range, SelectionRange, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { createCableLanguageService, semanticTokensLegend, type CableLanguageService, type ICableWorkspace, type Rule } from '../../server/src/service';
import { Emitter } from '../../server/src/service/workspace';
import { GazetteerManager } from '../../server/src/service/gazetteer';
import type { Rng } from '../../bench/random';
import type { SourceCable } from './mutate';

/** A call may take 5 ms per KB (1,024 UTF-16 code units) of the case… */
export const MS_PER_KB = 5;
/** …but never less than this, so that a tiny case is not failed for a timer tick or a young-generation GC. */
export const FLOOR_MS = 20;

export const budgetMs = (length: number): number => Math.max(FLOOR_MS, (MS_PER_KB * length) / 1024);

export type FailureKind = 'exception' | 'logged' | 'invalid' | 'slow';

export interface Failure {
  readonly feature: string;
  readonly kind: FailureKind;
  /** The error, the logged message, the broken property, or the time taken. */
  readonly message: string;
  /** The offset asked about, for the features asked at a position. */
  readonly offset?: number;
  readonly ms?: number;
}

export interface CallTiming {
  readonly feature: string;
  readonly ms: number;
  /** Not held to the budget (several calls compared). */
  readonly untimed: boolean;
}

export interface CaseOutcome {
  readonly failures: Failure[];
  readonly timings: CallTiming[];
}

export const CASE_URI = 'file:///fuzz/case.cable';
const corpusUri = (name: string) => `file:///fuzz/corpus/${name.replace(/[^A-Za-z0-9._-]+/g, '_')}`;

/** The workspace the service indexes: fixed sample cables and the case, which it reads as an open document. */
class FuzzWorkspace implements ICableWorkspace {
  readonly documents = new Map<string, TextDocument>();
  private readonly created = new Emitter<string>();
  private readonly changed = new Emitter<string>();
  readonly onDidCreateCableFile = this.created.event;
  readonly onDidChangeCableFile = this.changed.event;
  readonly onDidDeleteCableFile = new Emitter<string>().event;

  async listCableFiles(): Promise<readonly string[]> {
    return [...this.documents.keys()].sort();
  }

  async readCableFile(uri: string): Promise<TextDocument | undefined> {
    return this.documents.get(uri);
  }

  put(doc: TextDocument): void {
    const existed = this.documents.has(doc.uri);
    this.documents.set(doc.uri, doc);
    (existed ? this.changed : this.created).fire(doc.uri);
  }
}

/** Each line's length without its line break, as `TextDocument` counts lines (`\r\n`, `\r`, `\n`). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map(l => l.length);
}

class Invalid extends Error {}
function fail(message: string): never {
  throw new Invalid(message);
}

/** What the checks need of a document: its line lengths. */
interface Shape {
  readonly uri: string;
  readonly lines: readonly number[];
}

const showPos = (p: Position) => `${p?.line}:${p?.character}`;
const showRange = (r: Range) => `${showPos(r?.start)}-${showPos(r?.end)}`;

function checkPosition(p: Position, shape: Shape, where: string): void {
  if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character)) fail(`${where}: position ${JSON.stringify(p)} is not a pair of integers`);
  if (p.line < 0 || p.line >= shape.lines.length) fail(`${where}: line ${p.line} outside 0..${shape.lines.length - 1}`);
  if (p.character < 0 || p.character > shape.lines[p.line]!) fail(`${where}: ${showPos(p)} beyond the line's ${shape.lines[p.line]} characters`);
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

function checkRange(r: Range, shape: Shape, where: string): void {
  if (!r) fail(`${where}: no range`);
  checkPosition(r.start, shape, `${where} start`);
  checkPosition(r.end, shape, `${where} end`);
  if (!before(r.start, r.end)) fail(`${where}: range ${showRange(r)} ends before it starts`);
}

const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

function checkString(s: unknown, where: string, nonEmpty = false): void {
  if (typeof s !== 'string') fail(`${where}: ${JSON.stringify(s)} is not a string`);
  if (nonEmpty && s.trim() === '') fail(`${where}: empty string`);
}

function checkArray(a: unknown, where: string): asserts a is unknown[] {
  if (!Array.isArray(a)) fail(`${where}: ${JSON.stringify(a)?.slice(0, 80)} is not an array`);
}

function checkDiagnostic(d: Diagnostic, shape: Shape, where: string): void {
  checkRange(d.range, shape, where);
  checkString(d.message, `${where} message`, true);
  if (d.severity !== undefined && ![1, 2, 3, 4].includes(d.severity)) fail(`${where}: severity ${d.severity}`);
}

/** One feature of the service: asked once per case, or at each of the case's positions. */
export interface Feature {
  readonly name: string;
  readonly atPosition?: boolean;
  /** Not held to the time budget (it makes several calls to compare them). */
  readonly untimed?: boolean;
  run(ctx: CallContext, offset: number): void;
}

export interface CallContext {
  readonly service: CableLanguageService;
  readonly doc: TextDocument;
  readonly shape: Shape;
  /** Any document of the workspace by uri (the case or a sample), for ranges in other files. */
  shapeOf(uri: string): Shape;
  /** The case's diagnostics, as the client would send them back for code actions. */
  diagnostics: Diagnostic[];
  readonly rng: Rng;
  /** Two more services for the incremental check: one that sees an edit before the case, one that sees the case only. */
  readonly edited?: CableLanguageService;
  readonly fresh?: CableLanguageService;
}

function checkLocation(ctx: CallContext, l: Location, where: string): void {
  checkString(l?.uri, `${where} uri`, true);
  checkRange(l.range, ctx.shapeOf(l.uri), `${where} ${l.uri}`);
}

function checkTextEdits(shape: Shape, edits: readonly TextEdit[], where: string): void {
  checkArray(edits, where);
  edits.forEach((e, i) => {
    checkRange(e.range, shape, `${where}[${i}]`);
    checkString(e.newText, `${where}[${i}] newText`);
  });
  // The edits of one document must not overlap (the protocol's rule; a client rejects the whole edit).
  const sorted = [...edits].sort((a, b) => (before(a.range.start, b.range.start) ? (before(b.range.start, a.range.start) ? 0 : -1) : 1));
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!.range, sorted[i]!.range];
    if (!before(a.end, b.start)) fail(`${where}: edits ${showRange(a)} and ${showRange(b)} overlap`);
  }
}

function checkWorkspaceEdit(ctx: CallContext, edit: WorkspaceEdit, where: string): void {
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) checkTextEdits(ctx.shapeOf(uri), edits, `${where} changes ${uri}`);
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change) checkTextEdits(ctx.shapeOf(change.textDocument.uri), change.edits as TextEdit[], `${where} ${change.textDocument.uri}`);
  }
}

/** The completion method, if this build of the service has one (it is being added separately). */
function completionMethod(service: CableLanguageService): ((doc: TextDocument, position: Position) => unknown) | undefined {
  const key = Object.keys(service).find(k => /^getCompletion/.test(k));
  const fn = key ? (service as unknown as Record<string, unknown>)[key] : undefined;
  return typeof fn === 'function' ? (fn as (doc: TextDocument, position: Position) => unknown) : undefined;
}

export const FEATURES: readonly Feature[] = [
  {
    name: 'diagnostics',
    run(ctx) {
      const found = ctx.service.computeDiagnostics(ctx.doc);
      checkArray(found, 'diagnostics');
      found.forEach((d, i) => {
        checkDiagnostic(d, ctx.shape, `diagnostic ${i} (${d.code})`);
        (d.relatedInformation ?? []).forEach((r, j) => checkLocation(ctx, r.location, `diagnostic ${i} related ${j}`));
      });
      ctx.diagnostics = found;
    },
  },
  {
    name: 'codeAction',
    run(ctx) {
      const actions = ctx.service.getCodeActions(ctx.doc, ctx.diagnostics);
      checkArray(actions, 'code actions');
      actions.forEach((a, i) => {
        checkString(a.title, `code action ${i} title`, true);
        if (a.edit) checkWorkspaceEdit(ctx, a.edit, `code action ${i} (${a.title})`);
      });
    },
  },
  {
    name: 'documentSymbol',
    run(ctx) {
      const symbols = ctx.service.getDocumentSymbols(ctx.doc);
      checkArray(symbols, 'document symbols');
      const walk = (list: typeof symbols, parent: Range | undefined, path: string) => {
        list.forEach((s, i) => {
          const where = `${path}[${i}] ${JSON.stringify(s.name)}`;
          checkString(s.name, `${where} name`, true);
          checkRange(s.range, ctx.shape, `${where} range`);
          checkRange(s.selectionRange, ctx.shape, `${where} selectionRange`);
          if (!contains(s.range, s.selectionRange)) fail(`${where}: selectionRange ${showRange(s.selectionRange)} outside range ${showRange(s.range)}`);
          if (parent && !contains(parent, s.range)) fail(`${where}: range ${showRange(s.range)} outside its parent's ${showRange(parent)}`);
          if (i > 0 && !before(list[i - 1]!.range.start, s.range.start)) fail(`${where}: starts before its previous sibling`);
          walk(s.children ?? [], s.range, `${where}.children`);
        });
      };
      walk(symbols, undefined, 'symbol');
    },
  },
  {
    name: 'foldingRange',
    run(ctx) {
      const ranges = ctx.service.getFoldingRanges(ctx.doc);
      checkArray(ranges, 'folding ranges');
      ranges.forEach((r, i) => {
        const where = `folding range ${i} ${r.startLine}..${r.endLine}`;
        if (!Number.isInteger(r.startLine) || !Number.isInteger(r.endLine)) fail(`${where}: lines are not integers`);
        if (r.startLine < 0 || r.endLine >= ctx.shape.lines.length) fail(`${where}: outside lines 0..${ctx.shape.lines.length - 1}`);
        if (r.startLine > r.endLine) fail(`${where}: ends before it starts`);
      });
    },
  },
  {
    name: 'selectionRange',
    atPosition: true,
    run(ctx, offset) {
      const position = ctx.doc.positionAt(offset);
      const ranges = ctx.service.getSelectionRanges(ctx.doc, [position]);
      checkArray(ranges, 'selection ranges');
      if (ranges.length > 1) fail(`${ranges.length} selection ranges for one position`);
      let inner: Range | undefined;
      for (let s: SelectionRange | undefined = ranges[0], depth = 0; s; s = s.parent, depth++) {
        checkRange(s.range, ctx.shape, `selection range depth ${depth}`);
        if (depth === 0 && !contains(s.range, { start: position, end: position })) fail(`selection range ${showRange(s.range)} does not hold the position ${showPos(position)}`);
        if (inner && !contains(s.range, inner)) fail(`selection range depth ${depth} ${showRange(s.range)} does not hold its child ${showRange(inner)}`);
        inner = s.range;
      }
    },
  },
  {
    name: 'hover',
    atPosition: true,
    run(ctx, offset) {
      const hover = ctx.service.getHover(ctx.doc, ctx.doc.positionAt(offset));
      if (hover === null) return;
      const contents = hover.contents as { kind?: string; value?: unknown };
      if (contents.kind !== 'markdown') fail(`hover contents of kind ${contents.kind}`);
      checkString(contents.value, 'hover markdown', true);
      if (hover.range) {
        checkRange(hover.range, ctx.shape, 'hover range');
        const position = ctx.doc.positionAt(offset);
        if (!contains(hover.range, { start: position, end: position })) fail(`hover range ${showRange(hover.range)} does not hold the position ${showPos(position)}`);
      }
    },
  },
  {
    name: 'completion',
    atPosition: true,
    run(ctx, offset) {
      const complete = completionMethod(ctx.service);
      if (!complete) return;
      const answer = complete.call(ctx.service, ctx.doc, ctx.doc.positionAt(offset)) as unknown;
      if (answer === null || answer === undefined) return;
      const items = Array.isArray(answer) ? answer : (answer as { items?: unknown }).items;
      checkArray(items, 'completion items');
      (items as { label?: unknown; textEdit?: { range?: Range; insert?: Range; replace?: Range } }[]).forEach((item, i) => {
        checkString(item.label, `completion ${i} label`, true);
        const edit = item.textEdit;
        if (edit?.range) checkRange(edit.range, ctx.shape, `completion ${i} edit`);
        if (edit?.insert) checkRange(edit.insert, ctx.shape, `completion ${i} insert`);
        if (edit?.replace) checkRange(edit.replace, ctx.shape, `completion ${i} replace`);
      });
    },
  },
  {
    name: 'semanticTokens',
    run(ctx) {
      const { data } = ctx.service.getSemanticTokens(ctx.doc);
      checkArray(data, 'semantic tokens');
      if (data.length % 5 !== 0) fail(`semantic token data of length ${data.length}, not a multiple of 5`);
      let line = 0;
      let char = 0;
      let lastEnd = -1;
      for (let i = 0; i < data.length; i += 5) {
        const [dLine, dChar, length, type, modifiers] = data.slice(i, i + 5) as [number, number, number, number, number];
        const where = `semantic token ${i / 5}`;
        if (![dLine, dChar, length, type, modifiers].every(Number.isInteger)) fail(`${where}: not integers`);
        if (dLine < 0 || dChar < 0) fail(`${where}: negative delta ${dLine}/${dChar}`);
        if (dLine > 0) {
          line += dLine;
          char = dChar;
          lastEnd = -1;
        } else char += dChar;
        if (length <= 0) fail(`${where}: length ${length}`);
        if (line >= ctx.shape.lines.length) fail(`${where}: line ${line} beyond the document`);
        if (char + length > ctx.shape.lines[line]!) fail(`${where}: ${line}:${char}+${length} runs past the line's ${ctx.shape.lines[line]} characters`);
        if (char < lastEnd) fail(`${where}: overlaps the previous token`);
        lastEnd = char + length;
        if (type < 0 || type >= semanticTokensLegend.tokenTypes.length) fail(`${where}: type ${type} outside the legend`);
        if (modifiers < 0 || modifiers >= 1 << semanticTokensLegend.tokenModifiers.length) fail(`${where}: modifiers ${modifiers} outside the legend`);
      }
    },
  },
  {
    name: 'inlayHint',
    run(ctx) {
      const end = ctx.doc.positionAt(ctx.doc.getText().length);
      const a = ctx.doc.positionAt(ctx.rng.int(0, ctx.doc.getText().length));
      const b = ctx.doc.positionAt(ctx.rng.int(ctx.doc.offsetAt(a), ctx.doc.getText().length));
      for (const range of [{ start: { line: 0, character: 0 }, end }, { start: a, end: b }]) {
        const hints = ctx.service.getInlayHints(ctx.doc, range);
        checkArray(hints, 'inlay hints');
        hints.forEach((h, i) => {
          checkPosition(h.position, ctx.shape, `inlay hint ${i}`);
          if (!contains(range, { start: h.position, end: h.position })) fail(`inlay hint ${i} at ${showPos(h.position)} outside the asked range ${showRange(range)}`);
          if (typeof h.label === 'string') checkString(h.label, `inlay hint ${i} label`, true);
          else checkArray(h.label, `inlay hint ${i} label parts`);
        });
      }
    },
  },
  {
    name: 'documentLink',
    run(ctx) {
      const links = ctx.service.getDocumentLinks(ctx.doc);
      checkArray(links, 'document links');
      links.forEach((l, i) => {
        checkRange(l.range, ctx.shape, `document link ${i}`);
        if (l.target !== undefined) checkString(l.target, `document link ${i} target`, true);
      });
    },
  },
  {
    name: 'codeLens',
    run(ctx) {
      const lenses = ctx.service.getCodeLenses(ctx.doc);
      checkArray(lenses, 'code lenses');
      lenses.forEach((l, i) => {
        checkRange(l.range, ctx.shape, `code lens ${i}`);
        if (l.command) checkString(l.command.title, `code lens ${i} title`, true);
      });
    },
  },
  {
    name: 'references',
    atPosition: true,
    run(ctx, offset) {
      const refs = ctx.service.getReferences(ctx.doc, ctx.doc.positionAt(offset)).toArray();
      checkArray(refs, 'references');
      refs.forEach((l, i) => checkLocation(ctx, l, `reference ${i}`));
    },
  },
  {
    name: 'documentHighlight',
    atPosition: true,
    run(ctx, offset) {
      const highlights = ctx.service.getDocumentHighlights(ctx.doc, ctx.doc.positionAt(offset));
      checkArray(highlights, 'document highlights');
      highlights.forEach((h, i) => checkRange(h.range, ctx.shape, `highlight ${i}`));
    },
  },
  {
    name: 'definition',
    atPosition: true,
    // The origin (and prepareRename's range) is the name acted on, which need not hold the cursor: on
    // `Cde.` or on the brackets of `FILIPPOV [Stalin]` both act on FILIPPOV. A hover's range must hold it.
    run(ctx, offset) {
      const position = ctx.doc.positionAt(offset);
      const cited = ctx.service.getCitedCables(ctx.doc, position);
      checkArray(cited, 'cited cables');
      cited.forEach((l, i) => checkLocation(ctx, l, `cited cable ${i}`));
      const definition = ctx.service.getDefinition(ctx.doc, position);
      if (definition) {
        checkString(definition.entityId, 'definition entity id', true);
        checkRange(definition.originSelectionRange, ctx.shape, 'definition origin');
      }
    },
  },
  {
    name: 'rename',
    atPosition: true,
    run(ctx, offset) {
      const position = ctx.doc.positionAt(offset);
      const prepared = ctx.service.prepareRename(ctx.doc, position);
      if (!prepared) return;
      checkRange(prepared.range, ctx.shape, 'prepareRename range');
      checkString(prepared.placeholder, 'prepareRename placeholder', true);
      const edit = ctx.service.getRenameEdits(ctx.doc, position, `${prepared.placeholder}a`, { annotations: ctx.rng.chance(0.5) });
      if (edit && 'refused' in edit) checkString(edit.refused, 'rename refusal', true);
      else if (edit) checkWorkspaceEdit(ctx, edit, 'rename');
    },
  },
  {
    name: 'workspaceSymbol',
    run(ctx) {
      const words = ctx.doc.getText().match(/[\p{L}\d]{2,}/gu) ?? [];
      const query = words.length && ctx.rng.chance(0.8) ? ctx.rng.pick(words).slice(0, ctx.rng.int(1, 12)) : ctx.doc.getText().slice(0, 6);
      const symbols = ctx.service.getWorkspaceSymbols(query);
      checkArray(symbols, 'workspace symbols');
      symbols.forEach((s, i) => {
        checkString(s.name, `workspace symbol ${i} name`, true);
        checkLocation(ctx, s.location, `workspace symbol ${i}`);
      });
    },
  },
  {
    name: 'corpusDiagnostics',
    run(ctx) {
      for (const [uri, list] of ctx.service.getCorpusDiagnostics()) {
        list.forEach((d, i) => {
          checkDiagnostic(d, ctx.shapeOf(uri), `corpus diagnostic ${i} (${d.code}) of ${uri}`);
          (d.relatedInformation ?? []).forEach((r, j) => checkLocation(ctx, r.location, `corpus diagnostic ${i} related ${j}`));
        });
      }
      ctx.service.getWorkspaceDiagnostics(CASE_URI).forEach((d, i) => checkDiagnostic(d, ctx.shape, `workspace diagnostic ${i} (${d.code})`));
    },
  },
  {
    // A collection file is analysed again cable by cable, reusing each unchanged cable's analysis: the
    // answers after an edit and its undoing must be those of a fresh analysis of the same text.
    name: 'incremental',
    untimed: true,
    run(ctx) {
      const { edited, fresh } = ctx;
      if (!edited || !fresh) return;
      const text = ctx.doc.getText();
      const file = ctx.service.analyze(ctx.doc);
      if (!file.isCollection) return;
      const cable = ctx.rng.pick(file.cables);
      const at = ctx.rng.int(cable.span.start, cable.span.end);
      const before = text.slice(0, at) + ctx.rng.pick(['x', ' ', '\n', '1', 'Mao ']) + text.slice(at + ctx.rng.int(0, 1));
      const uri = 'file:///fuzz/incremental.cable';
      edited.forget(uri);
      fresh.forget(uri);
      const v1 = TextDocument.create(uri, 'cable', 1, before);
      edited.computeDiagnostics(v1);
      edited.getDocumentSymbols(v1);
      const v2 = TextDocument.create(uri, 'cable', 2, text);
      const f = TextDocument.create(uri, 'cable', 2, text);
      const compare = (what: string, a: unknown, b: unknown) => {
        const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
        if (x === y) return;
        let i = 0;
        while (i < x.length && x[i] === y[i]) i++;
        fail(`${what} after an edit at ${at} and its undoing differ from a fresh analysis: …${x.slice(Math.max(0, i - 60), i + 60)}… vs …${y.slice(Math.max(0, i - 60), i + 60)}…`);
      };
      compare('diagnostics', edited.computeDiagnostics(v2), fresh.computeDiagnostics(f));
      compare('document symbols', edited.getDocumentSymbols(v2), fresh.getDocumentSymbols(f));
      compare('semantic tokens', edited.getSemanticTokens(v2), fresh.getSemanticTokens(f));
      compare('folding ranges', edited.getFoldingRanges(v2), fresh.getFoldingRanges(f));
      const all = { start: { line: 0, character: 0 }, end: f.positionAt(text.length) };
      compare('inlay hints', edited.getInlayHints(v2, all), fresh.getInlayHints(f, all));
    },
  },
  {
    name: 'timeline',
    run(ctx) {
      const timeline = ctx.service.getTimeline();
      checkArray(timeline.cables, 'timeline cables');
      const keys = new Set(timeline.cables.map(c => c.key));
      timeline.cables.forEach((c, i) => {
        checkString(c.label, `timeline cable ${i} label`, true);
        checkRange(c.headerRange, ctx.shapeOf(c.uri), `timeline cable ${i} header of ${c.uri}`);
      });
      timeline.links.forEach((l, i) => {
        if (!keys.has(l.from) || !keys.has(l.to)) fail(`timeline link ${i} ${l.from} → ${l.to} names a cable not in the timeline`);
      });
    },
  },
];

export const FEATURE_NAMES: readonly string[] = ['index', ...FEATURES.map(f => f.name)];

export interface RunOptions {
  /** Only this feature (and the indexing it needs): the minimiser's fast path. */
  readonly only?: string;
  /** The offsets to ask the position features at; chosen from the text by the rng when absent. */
  readonly offsets?: readonly number[];
  /** Whether calls over budget count as failures. */
  readonly timed?: boolean;
}

export class FuzzHarness {
  private service!: CableLanguageService;
  private edited!: CableLanguageService;
  private fresh!: CableLanguageService;
  private workspace!: FuzzWorkspace;
  private readonly logged: string[] = [];
  private version = 0;
  private casesOnService = 0;

  private constructor(private readonly corpus: readonly SourceCable[], private readonly gazetteer: GazetteerManager, private readonly rules?: readonly Rule[]) {}

  /** A harness over a workspace of `corpus` (the sample cables the case is indexed beside); `rules` narrows the checks (tests). */
  static async create(corpus: readonly SourceCable[], rules?: readonly Rule[]): Promise<FuzzHarness> {
    const harness = new FuzzHarness(corpus, new GazetteerManager(), rules);
    await harness.renew();
    return harness;
  }

  /** A fresh service, so that nothing one case leaves in the caches can carry on for long. */
  private async renew(): Promise<void> {
    this.logged.length = 0;
    this.workspace = new FuzzWorkspace();
    for (const c of this.corpus) this.workspace.put(TextDocument.create(corpusUri(c.name), 'cable', -1, c.text));
    const gazetteer = this.gazetteer;
    this.service = createCableLanguageService({
      gazetteer: () => gazetteer.gazetteer,
      workspace: this.workspace,
      rules: this.rules,
      logger: { log: message => this.logged.push(message) },
    });
    await this.service.indexWorkspace();
    const plain = () => createCableLanguageService({ gazetteer: () => gazetteer.gazetteer, rules: this.rules, logger: { log: message => this.logged.push(message) } });
    this.edited = plain();
    this.fresh = plain();
    this.casesOnService = 0;
    if (this.logged.length) throw new Error(`indexing the fuzz corpus logged: ${this.logged.join('\n')}`);
  }

  /** Offsets worth asking at: some anywhere, some at the start of a capitalised word (where names are). */
  static pickOffsets(text: string, rng: Rng, count: number): number[] {
    const words = [...text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)].map(m => m.index! + rng.int(0, m[0].length));
    return Array.from({ length: count }, () => (words.length && rng.chance(0.6) ? rng.pick(words) : rng.int(0, text.length)));
  }

  async run(text: string, rng: Rng, options: RunOptions = {}): Promise<CaseOutcome> {
    if (++this.casesOnService > 1000) await this.renew();
    const failures: Failure[] = [];
    const timings: CallTiming[] = [];
    const budget = budgetMs(text.length);
    const doc = TextDocument.create(CASE_URI, 'cable', ++this.version, text);
    const shapes = new Map<string, Shape>();
    const shapeOf = (uri: string): Shape => {
      let shape = shapes.get(uri);
      if (!shape) {
        const d = uri === CASE_URI ? doc : this.workspace.documents.get(uri);
        if (!d) fail(`a location in ${uri}, which is not in the workspace`);
        shapes.set(uri, (shape = { uri, lines: lineLengths(d.getText()) }));
      }
      return shape;
    };
    const ctx: CallContext = { service: this.service, doc, shape: shapeOf(CASE_URI), shapeOf, diagnostics: [], rng, edited: this.edited, fresh: this.fresh };

    const call = async (feature: string, body: () => void | Promise<void>, offset?: number, untimed = false) => {
      this.logged.length = 0;
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      try {
        await body();
      } catch (e) {
        const kind: FailureKind = e instanceof Invalid ? 'invalid' : 'exception';
        failures.push({ feature, kind, message: e instanceof Error ? (kind === 'invalid' ? e.message : e.stack ?? e.message) : String(e), offset });
      }
      // The time a call took is the lesser of the wall clock and the process's CPU time: on a shared
      // machine the wall clock also counts the time other processes held the cores.
      const cpu = process.cpuUsage(cpuStarted);
      const ms = Math.min(performance.now() - started, (cpu.user + cpu.system) / 1000);
      timings.push({ feature, ms, untimed });
      for (const message of this.logged) failures.push({ feature, kind: 'logged', message, offset });
      if (options.timed !== false && !untimed && ms > budget) failures.push({ feature, kind: 'slow', message: `${ms.toFixed(1)} ms, budget ${budget.toFixed(1)} ms`, offset, ms });
    };

    // The case enters the workspace as an open document; the indexer reads it on the change event.
    await call('index', async () => {
      this.workspace.put(doc);
      await new Promise(resolve => setImmediate(resolve));
      const summary = this.service.corpus.get(CASE_URI);
      if (!summary || summary.version !== doc.version) fail(`the case is not indexed at version ${doc.version} (have ${summary?.version})`);
    });
    const offsets = options.offsets ?? FuzzHarness.pickOffsets(text, rng, 6);
    for (const feature of FEATURES) {
      if (options.only && feature.name !== options.only && !(options.only === 'codeAction' && feature.name === 'diagnostics')) continue;
      if (feature.atPosition) for (const offset of offsets) await call(feature.name, () => feature.run(ctx, offset), offset);
      else await call(feature.name, () => feature.run(ctx, 0), undefined, feature.untimed);
    }
    this.service.forget(CASE_URI);
    return { failures, timings };
  }
}
