/**
 * `cable-check`: the command-line checker over the same service as the editor. Reads cable files
 * (or folders of them), prints each problem, and never writes a file.
 *
 *   cable-check samples/                         file:line:col severity code message
 *   cable-check --json samples/                  one JSON object per diagnostic, one per line (related locations in `related`)
 *   cable-check --sarif samples/ > cable.sarif   SARIF 2.1.0 for code-scanning tools
 *   cable-check --outline samples/seed-mao-to-filippov-1951.cable
 *   cable-check --jobs=0 corpus/                 read and analyse on one thread (by default a folder of
 *                                                3,000 files or more goes to a worker thread per core, at most 4)
 *
 * Exit codes: 0 nothing above information found; 1 a warning or an error found; 2 a usage error,
 * or an input that could not be read or held no cable (its one-line message is on stderr; every
 * other file is still checked). A file that is not UTF-8 is skipped, not guessed at. See the
 * table in docs/reliability.md.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { createCableLanguageService, Emitter, type ICableWorkspace } from './service';
import { diagnosticCodes } from './service/diagnosticCodes';
import { GazetteerManager } from './service/gazetteer';
import { defaultSettings } from './service/analysis';
import { FileIndexing } from './lsp/fileIndexing';
import { IndexWorkerPool } from './lsp/indexWorkerPool';
import { readCableText, reason } from './lsp/readCableText';
import { tuneV8 } from './lsp/v8Tuning';

/** From how many files the checker reads and analyses them in worker threads. */
const WORKERS_FROM_FILES = 3000;

const USAGE = 'usage: cable-check [--json | --sarif | --outline] [--jobs=N] FILE_OR_FOLDER...';
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'] as const;
const SARIF_LEVEL = ['', 'error', 'warning', 'note', 'note'] as const;

type Format = 'text' | 'json' | 'sarif' | 'outline';

interface Finding {
  readonly file: string;
  readonly diagnostic: Diagnostic;
}

/** Reads the arguments; a flag it does not know is a usage error, not something to ignore; `--help` asks for the usage. */
function parseArgs(argv: readonly string[]): { format: Format; targets: string[]; jobs?: number } | { help: true } | string {
  let format: Format = 'text';
  let jobs: number | undefined;
  const targets: string[] = [];
  for (const arg of argv) {
    const jobsArg = /^--jobs=(.*)$/.exec(arg);
    if (jobsArg) {
      if (!/^\d+$/.test(jobsArg[1]!)) return `cable-check: --jobs takes a whole number of threads (0 for one), not ${JSON.stringify(jobsArg[1])}\n${USAGE}`;
      jobs = Math.min(16, Number(jobsArg[1]));
    } else if (arg === '--json' || arg === '--sarif' || arg === '--outline') {
      if (format !== 'text') return `cable-check: choose one of --json, --sarif and --outline\n${USAGE}`;
      format = arg.slice(2) as Format;
    } else if (arg === '--help' || arg === '-h') {
      return { help: true };
    } else if (arg.startsWith('-') && arg !== '-') {
      return `cable-check: unknown option ${arg}\n${USAGE}`;
    } else {
      targets.push(arg);
    }
  }
  return targets.length ? { format, targets, ...(jobs !== undefined ? { jobs } : {}) } : USAGE;
}

/** The cable files under the targets, in order; what cannot be read is reported and skipped. */
function collectFiles(targets: readonly string[], problem: (message: string) => void): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const visit = (file: string, named: boolean) => {
    let stat;
    try {
      stat = statSync(file);
    } catch (e) {
      problem(`${file}: cannot read (${reason(e)})`);
      return;
    }
    if (stat.isDirectory()) {
      let real: string;
      let entries: string[];
      try {
        real = realpathSync(file);
        entries = readdirSync(file).sort();
      } catch (e) {
        problem(`${file}: cannot read the folder (${reason(e)})`);
        return;
      }
      if (visited.has(real)) return; // a link back to a folder already read
      visited.add(real);
      for (const name of entries) {
        const full = path.join(file, name);
        if (name.endsWith('.cable')) visit(full, false);
        else if (isFolder(full)) visit(full, false);
      }
    } else if (stat.isFile()) {
      out.push(file);
    } else if (named || file.endsWith('.cable')) {
      problem(`${file}: not a regular file (a pipe, socket or device), skipped`);
    }
  };
  for (const t of targets) {
    const before = out.length;
    visit(t, true);
    if (out.length === before && isFolder(t)) problem(`${t}: no .cable files in this folder`);
  }
  return out;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function printOutline(symbols: readonly DocumentSymbol[], depth = 0): void {
  for (const s of symbols) {
    process.stdout.write(`${'  '.repeat(depth)}${s.name}${s.detail ? `  (${s.detail})` : ''}\n`);
    printOutline(s.children ?? [], depth + 1);
  }
}

function textLine({ file, diagnostic: d }: Finding): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 1]} ${d.code} ${d.message}\n`;
}

/**
 * One diagnostic as one JSON object. `related` lists its related locations (the other copy of a
 * cable saved twice, the cited cable of a later citation, the usual spelling's places), each with
 * its file (as the file was named, when it is one of the files checked), range and message; [] for none.
 */
function jsonLine({ file, diagnostic: d }: Finding, fileOf: (uri: string) => string): string {
  return JSON.stringify({
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: SEVERITY[d.severity ?? 1],
    code: d.code,
    message: d.message,
    related: (d.relatedInformation ?? []).map(r => ({
      file: fileOf(r.location.uri),
      line: r.location.range.start.line + 1,
      column: r.location.range.start.character + 1,
      endLine: r.location.range.end.line + 1,
      endColumn: r.location.range.end.character + 1,
      message: r.message,
    })),
  }) + '\n';
}

/** SARIF 2.1.0: one run, the codes as rules, lines and columns 1-based in UTF-16 code units (SARIF's default). */
function sarif(findings: readonly Finding[]): string {
  // Every location the same way: a URI reference (percent-encoded) relative to the working folder
  // (`SRCROOT`, given in `originalUriBaseIds`) for a file inside it, else an absolute file URI.
  const root = process.cwd();
  const artifact = (file: string) => {
    const absolute = path.resolve(file);
    const relative = path.relative(root, absolute);
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  };
  const region = (r: Diagnostic['range']) => ({
    startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1,
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(root + path.sep).href } },
      tool: {
        driver: {
          name: 'cable-check',
          rules: diagnosticCodes.map(c => ({
            id: c.code,
            shortDescription: { text: c.summary },
            defaultConfiguration: { level: c.level === 'ignore' ? 'none' : c.level === 'error' ? 'error' : c.level === 'warning' ? 'warning' : 'note' },
          })),
        },
      },
      results: findings.map(({ file, diagnostic: d }) => ({
        ruleId: d.code,
        level: SARIF_LEVEL[d.severity ?? 1],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(file), region: region(d.range) } }],
        relatedLocations: d.relatedInformation?.map((r, id) => ({
          id,
          message: { text: r.message },
          physicalLocation: { artifactLocation: artifact(r.location.uri.startsWith('file:') ? fileURLToPath(r.location.uri) : file), region: region(r.location.range) },
        })),
      })),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

// Output cut short by the reader (`cable-check --outline FILE | head`) ends the run quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    return 2;
  }
  if ('help' in args) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  let inputProblems = 0;
  const problem = (message: string) => {
    inputProblems++;
    process.stderr.write(message + '\n');
  };
  const files = collectFiles(args.targets, problem);
  const manager = new GazetteerManager();
  const progress = process.stderr.isTTY && files.length > 1 && args.format !== 'outline';
  const uriOf = (file: string) => pathToFileURL(path.resolve(file)).href;
  const fileOf = new Map(files.map(f => [uriOf(f), f]));
  // The same corpus index as the editor's, over the files given: each file is read and analysed
  // once, and the corpus checks (a rare spelling, a duplicate cable) run over the whole set.
  const never = new Emitter<string>().event;
  const workspace: ICableWorkspace = {
    listCableFiles: async () => [...fileOf.keys()],
    readCableFile: async (uri) => {
      const file = fileOf.get(uri)!;
      const read = readCableText(file);
      if ('error' in read) {
        problem(`${progress ? '\r\x1b[K' : ''}${file}: ${read.error}`);
        return undefined;
      }
      return TextDocument.create(uri, 'cable', -1, read.text);
    },
    onDidCreateCableFile: never,
    onDidChangeCableFile: never,
    onDidDeleteCableFile: never,
  };
  const logger = { log: (m: string) => process.stderr.write(m + '\n') };
  // A large folder is read and analysed by worker threads, one per core (at most 4), as the
  // language server does; a few files are quicker on this thread than starting the workers.
  const workers = args.format === 'outline' ? 0 : args.jobs ?? (files.length < WORKERS_FROM_FILES || os.availableParallelism() < 2 ? 0 : Math.min(4, os.availableParallelism()));
  const pool = workers > 0 ? new IndexWorkerPool({
    script: path.join(__dirname, 'indexWorker.js'),
    size: workers,
    gazetteer: () => ({ gazetteer: manager.gazetteer, workspaceProviders: [] }),
    settings: () => defaultSettings,
    fallback: new FileIndexing(() => manager.gazetteer, () => defaultSettings, logger),
    logger,
    strict: true,
    announce: false,
    onUnreadable: (uri, why) => problem(`${progress ? '\r\x1b[K' : ''}${fileOf.get(uri) ?? uri}: ${why}`),
  }) : undefined;
  const service = createCableLanguageService({
    gazetteer: () => manager.gazetteer,
    logger,
    workspace,
    workspaceDiagnostics: () => args.format !== 'outline',
    indexConcurrency: pool ? 256 : 1,
    computeIndexedFile: pool && ((uri, token) => pool.compute(uri, true, token)),
  });
  const findings: Finding[] = [];
  let serious = 0;
  if (args.format === 'outline') {
    for (const file of files) {
      const read = readCableText(file);
      if ('error' in read) {
        problem(`${file}: ${read.error}`);
        continue;
      }
      process.stdout.write(`${file}:\n`);
      printOutline(service.getDocumentSymbols(TextDocument.create(uriOf(file), 'cable', 1, read.text)), 1);
    }
    return inputProblems ? 2 : 0;
  }
  await service.indexWorkspace(undefined, (done, total) => {
    if (progress && done) process.stderr.write(`\rchecking ${done}/${total} ${path.basename(files[done - 1]).slice(0, 40).padEnd(40)}`);
  });
  pool?.dispose();
  const corpus = service.getCorpusDiagnostics();
  // Lines go out in chunks: a pipe's writes are synchronous, one system call each.
  const out = new OutputBuffer(text => process.stdout.write(text));
  // a related location in one of the files given is named as that file was; any other by its path (or uri)
  const relatedFile = (uri: string): string => fileOf.get(uri) ?? (uri.startsWith('file:') ? fileURLToPath(uri) : uri);
  for (const file of files) {
    const uri = uriOf(file);
    if (!service.corpus.get(uri)) continue; // unreadable: already reported
    const all = [...service.getWorkspaceDiagnostics(uri), ...(corpus.get(uri) ?? [])]
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    for (const diagnostic of all) {
      const finding = { file, diagnostic };
      if ((diagnostic.severity ?? 1) <= 2) serious++;
      if (args.format === 'text') out.add(textLine(finding));
      else if (args.format === 'json') out.add(jsonLine(finding, relatedFile));
      else findings.push(finding);
    }
  }
  out.flush();
  if (progress) process.stderr.write('\r\x1b[K');
  if (args.format === 'sarif') process.stdout.write(sarif(findings));
  return inputProblems ? 2 : serious ? 1 : 0;
}

/** Gathers output lines and writes them about 64 KB at a time, in order. */
class OutputBuffer {
  private lines: string[] = [];
  private size = 0;

  constructor(private readonly write: (text: string) => void) {}

  add(line: string): void {
    this.lines.push(line);
    this.size += line.length;
    if (this.size >= 65_536) this.flush();
  }

  flush(): void {
    if (!this.lines.length) return;
    this.write(this.lines.join(''));
    this.lines = [];
    this.size = 0;
  }
}

tuneV8();
main(process.argv.slice(2)).then(code => (process.exitCode = code), (e: unknown) => {
  process.stderr.write(`cable-check: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 2;
});
