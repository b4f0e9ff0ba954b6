/**
 * The command-line checker over the same service as the editor: reads cable files (or folders of
 * them), prints each problem as `file:line:col severity code message`, and exits 1 when any
 * warning or error was found. `--outline` prints each file's outline instead.
 *
 *   node dist/cli.js samples/            node dist/cli.js --outline samples/seed-mao-to-filippov-1951.cable
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createCableLanguageService } from './service';
import { GazetteerManager } from './service/gazetteer';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

function files(target: string): string[] {
  const stat = statSync(target);
  if (!stat.isDirectory()) return [target];
  return readdirSync(target).sort().flatMap(name => {
    const full = path.join(target, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.cable') ? [full] : [];
  });
}

function printOutline(symbols: readonly DocumentSymbol[], depth = 0): void {
  for (const s of symbols) {
    console.log(`${'  '.repeat(depth)}${s.name}${s.detail ? `  (${s.detail})` : ''}`);
    printOutline(s.children ?? [], depth + 1);
  }
}

function main(argv: string[]): number {
  const outline = argv.includes('--outline');
  const targets = argv.filter(a => !a.startsWith('--'));
  if (!targets.length) {
    console.error('usage: cable-check [--outline] FILE_OR_FOLDER...');
    return 2;
  }
  const manager = new GazetteerManager();
  const service = createCableLanguageService({ gazetteer: () => manager.gazetteer, logger: { log: m => console.error(m) } });
  let problems = 0;
  for (const target of targets) {
    let list: string[];
    try {
      list = files(target);
    } catch (e) {
      console.error(`${target}: cannot read (${(e as Error).message})`);
      problems++;
      continue;
    }
    for (const file of list) {
      const doc = TextDocument.create(pathToFileURL(path.resolve(file)).href, 'cable', 1, readFileSync(file, 'utf8'));
      if (outline) {
        console.log(`${file}:`);
        printOutline(service.getDocumentSymbols(doc), 1);
        service.forget(doc.uri);
        continue;
      }
      for (const d of service.computeDiagnostics(doc)) {
        const sev = d.severity ?? 1;
        if (sev <= 2) problems++;
        console.log(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[sev]} ${d.code} ${d.message}`);
      }
      service.forget(doc.uri); // each file is read once: keep no analysis past it
    }
  }
  return problems ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
