/**
 * Workspace gazetteer files (`.cable/gazetteer.json` by default): read by the host (from disk, or
 * through the client in the web build), checked against the schema, handed to the manager in
 * precedence order. A broken file gets a diagnostic in that file and is left out; the built-in
 * gazetteer and the other files keep working. The files are untrusted data: only paths inside a
 * workspace folder are read, a file over MAX_GAZETTEER_BYTES is refused (from its size alone where
 * the host can tell it before reading), and one nested deeper than MAX_GAZETTEER_DEPTH is refused
 * before any recursive parser sees it.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { GazetteerManager, nestsDeeperThan, stripBom, validateGazetteer, type GazetteerProvider } from '../service/gazetteer';
import { partitionPoint } from '../service/spans';
import { joinUri } from './uris';

export interface GazetteerFileReport {
  readonly uri: string;
  readonly diagnostics: Diagnostic[];
}

/** A gazetteer file larger than this (5 MB) is refused without being read. */
export const MAX_GAZETTEER_BYTES = 5 * 1024 * 1024;
/** Arrays and objects nested deeper than this are refused; a real gazetteer file nests 5 deep. */
export const MAX_GAZETTEER_DEPTH = 64;

/** The configured gazetteer files, resolved: the ones to read, and the settings refused with why. */
export interface GazetteerFiles {
  /** Uris, in precedence order, each inside the workspace folder it was resolved in. */
  readonly files: readonly string[];
  /** Each refused value of `cable.gazetteer.files` with a one-line reason. */
  readonly refused: readonly string[];
}

/** What reading one gazetteer file gave: no file, a refusal (with a message for the file), or its text without a BOM. */
export type GazetteerFileText = { readonly missing: true } | { readonly refused: string } | { readonly text: string };

/** The refusal for a file of `bytes` bytes, or undefined when it is small enough to read. */
export function sizeRefusal(bytes: number): string | undefined {
  if (bytes <= MAX_GAZETTEER_BYTES) return undefined;
  return `This gazetteer file is ${(bytes / 1024 / 1024).toFixed(1)} MB; files over ${MAX_GAZETTEER_BYTES / 1024 / 1024} MB are not loaded. Split it into several files listed in cable.gazetteer.files.`;
}

/** A gazetteer file's text as loaded: the BOM stripped, refused when nested too deep. */
export function gazetteerTextOf(fileText: string): GazetteerFileText {
  const text = stripBom(fileText);
  if (nestsDeeperThan(text, MAX_GAZETTEER_DEPTH)) {
    return { refused: `This gazetteer file nests arrays or objects more than ${MAX_GAZETTEER_DEPTH} deep; it is not loaded.` };
  }
  return { text };
}

/**
 * A configured path as `/`-separated segments relative to a workspace folder, or why it is refused:
 * an absolute path, or one climbing out with `..` (the setting can come from a workspace's own
 * settings, and must not make the server read other files of the machine).
 */
export function relativeGazetteerPath(configured: string): { readonly path: string } | { readonly refused: string } {
  const p = configured.replace(/\\/g, '/');
  if (p.startsWith('/') || /^[a-z]:/i.test(p) || p.startsWith('~')) {
    return { refused: `cable.gazetteer.files: "${configured}" is not a path relative to the workspace folder; it is not read.` };
  }
  const segments: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s !== '..') segments.push(s);
    else if (segments.pop() === undefined) return { refused: `cable.gazetteer.files: "${configured}" leads outside the workspace folder; it is not read.` };
  }
  if (!segments.length) return { refused: `cable.gazetteer.files: "${configured}" leads outside the workspace folder; it is not read.` };
  return { path: segments.join('/') };
}

/** The configured files (uris) in every workspace folder, in precedence order, and the values refused. */
export function gazetteerFilesIn(folders: readonly string[], configured: readonly string[]): GazetteerFiles {
  const files: string[] = [];
  const refused = new Set<string>();
  for (const f of configured) {
    const rel = relativeGazetteerPath(f);
    if ('refused' in rel) refused.add(rel.refused);
    else for (const folder of folders) files.push(joinUri(folder, rel.path));
  }
  return { files: [...new Set(files)], refused: [...refused] };
}

export class WorkspaceGazetteer {
  readonly manager = new GazetteerManager();
  /** Files that had diagnostics last time, so that fixing a file clears them. */
  private reported = new Set<string>();
  /** Files whose last load was refused or met a syntax error: no quick fix offers to add to them. */
  private broken = new Set<string>();

  /** True when the file's last load was refused or met a syntax error. */
  isBroken(uri: string): boolean {
    return this.broken.has(uri);
  }

  /** Reads the files again; returns the diagnostics to publish (empty lists clear earlier ones). One bad file never stops the others. */
  async reload(files: readonly string[], load: (uri: string) => Promise<GazetteerFileText>): Promise<GazetteerFileReport[]> {
    const providers: GazetteerProvider[] = [];
    const reports: GazetteerFileReport[] = [];
    const broken = new Set<string>();
    for (const uri of files) {
      const loaded = await load(uri);
      if ('missing' in loaded) continue; // A missing file is normal: most workspaces have none.
      if ('refused' in loaded) {
        broken.add(uri);
        reports.push({ uri, diagnostics: [problem(loaded.refused, undefined)] });
        continue;
      }
      let read: ReturnType<typeof readGazetteerText>;
      try {
        read = readGazetteerText(loaded.text);
      } catch (e) {
        read = { entries: [], diagnostics: [problem(`This gazetteer file could not be read (${String(e)}); it is ignored.`, undefined)], unreadable: true };
      }
      if (read.unreadable) broken.add(uri);
      if (read.entries.length) providers.push({ id: uri, entries: read.entries });
      reports.push({ uri, diagnostics: read.diagnostics });
    }
    this.manager.setWorkspaceProviders(providers);
    for (const r of reports) {
      r.diagnostics.push(...this.manager.problemsOf(r.uri).map(p => problem(p.message, undefined)));
    }
    const now = new Set(reports.filter(r => r.diagnostics.length).map(r => r.uri));
    for (const uri of this.reported) if (!now.has(uri)) reports.push({ uri, diagnostics: [] });
    this.reported = now;
    this.broken = broken;
    return reports;
  }
}

/**
 * Parses one file's text: the valid entries, and a diagnostic for each problem at its place in the
 * file. A BOM is not an error; nesting deeper than MAX_GAZETTEER_DEPTH is refused before parsing.
 */
export function readGazetteerText(fileText: string): {
  entries: ReturnType<typeof validateGazetteer>['entries'];
  diagnostics: Diagnostic[];
  /** True when the text could not be read as JSON at all (refused, or a syntax error), as opposed to entries that break the schema. */
  unreadable: boolean;
} {
  const text = stripBom(fileText);
  if (nestsDeeperThan(text, MAX_GAZETTEER_DEPTH)) {
    return { entries: [], diagnostics: [problem(`This gazetteer file nests arrays or objects more than ${MAX_GAZETTEER_DEPTH} deep; it is not loaded.`, undefined)], unreadable: true };
  }
  const errors: ParseError[] = [];
  const json: unknown = parse(text, errors, { allowTrailingComma: true });
  const lines = lineStarts(text);
  const at = (offset: number, length: number): Range => ({ start: position(lines, offset), end: position(lines, offset + length) });
  if (errors.length) {
    // The first syntax error is the one to fix; the ones after it follow from it.
    return { entries: [], diagnostics: errors.slice(0, 1).map(e => problem(`This gazetteer file is not valid JSON (${printParseErrorCode(e.error)}); it is ignored until fixed.`, at(e.offset, e.length))), unreadable: true };
  }
  const { entries, problems } = validateGazetteer(json);
  const tree = parseTree(text);
  const diagnostics = problems.map(p => {
    const node = tree ? nodeAtPointer(tree, p.path) : undefined;
    return problem(`Gazetteer entry ignored: ${p.path || '(file)'} ${p.message}`, node ? at(node.offset, node.length) : undefined);
  });
  return { entries, diagnostics, unreadable: false };
}

function nodeAtPointer(tree: Node, pointer: string): Node | undefined {
  const segments = pointer.split('/').slice(1).map(s => s.replace(/~1/g, '/').replace(/~0/g, '~')).map(s => (/^\d+$/.test(s) ? Number(s) : s));
  // The deepest existing node along the pointer.
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segments.slice(0, n));
    if (node) return node;
  }
  return undefined;
}

function problem(message: string, range: Range | undefined): Diagnostic {
  return {
    range: range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    severity: DiagnosticSeverity.Error, code: 'cable.gazetteer.invalid', source: 'cable', message,
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; character: number } {
  const line = Math.max(0, partitionPoint(starts, s => s <= offset) - 1);
  return { line, character: offset - starts[line] };
}
