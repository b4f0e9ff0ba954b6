/**
 * Workspace gazetteer files (`.cable/gazetteer.json` by default): read by the host (from disk, or
 * through the client in the web build), checked
 * against the schema, handed to the manager in precedence order. A broken file gets a
 * diagnostic in that file and is left out; the built-in gazetteer keeps working.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { GazetteerManager, validateGazetteer, type GazetteerProvider } from '../service/gazetteer';
import { partitionPoint } from '../service/spans';

export interface GazetteerFileReport {
  readonly uri: string;
  readonly diagnostics: Diagnostic[];
}

export class WorkspaceGazetteer {
  readonly manager = new GazetteerManager();
  /** Files that had diagnostics last time, so that fixing a file clears them. */
  private reported = new Set<string>();

  /** Reads the files (uris, in precedence order) again; returns the diagnostics to publish (empty lists clear earlier ones). */
  async reload(files: readonly string[], readFile: (uri: string) => Promise<string | undefined>): Promise<GazetteerFileReport[]> {
    const providers: GazetteerProvider[] = [];
    const reports: GazetteerFileReport[] = [];
    for (const uri of files) {
      const text = await readFile(uri);
      if (text === undefined) continue; // A missing file is normal: most workspaces have none.
      const { entries, diagnostics } = readGazetteerText(text);
      if (entries.length) providers.push({ id: uri, entries });
      reports.push({ uri, diagnostics });
    }
    this.manager.setWorkspaceProviders(providers);
    for (const r of reports) {
      r.diagnostics.push(...this.manager.problemsOf(r.uri).map(p => problem(p.message, undefined)));
    }
    const now = new Set(reports.filter(r => r.diagnostics.length).map(r => r.uri));
    for (const uri of this.reported) if (!now.has(uri)) reports.push({ uri, diagnostics: [] });
    this.reported = now;
    return reports;
  }
}

/** Parses one file's text: the valid entries, and a diagnostic for each problem at its place in the file. */
export function readGazetteerText(text: string): { entries: ReturnType<typeof validateGazetteer>['entries']; diagnostics: Diagnostic[] } {
  const errors: ParseError[] = [];
  const json: unknown = parse(text, errors, { allowTrailingComma: true });
  const lines = lineStarts(text);
  const at = (offset: number, length: number): Range => ({ start: position(lines, offset), end: position(lines, offset + length) });
  if (errors.length) {
    // The first syntax error is the one to fix; the ones after it follow from it.
    return { entries: [], diagnostics: errors.slice(0, 1).map(e => problem(`This gazetteer file is not valid JSON (${printParseErrorCode(e.error)}); it is ignored until fixed.`, at(e.offset, e.length))) };
  }
  const { entries, problems } = validateGazetteer(json);
  const tree = parseTree(text);
  const diagnostics = problems.map(p => {
    const node = tree ? nodeAtPointer(tree, p.path) : undefined;
    return problem(`Gazetteer entry ignored: ${p.path || '(file)'} ${p.message}`, node ? at(node.offset, node.length) : undefined);
  });
  return { entries, diagnostics };
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
