// API-level tests, run inside a real VS Code (Electron) by @vscode/test-electron: the extension under
// development is loaded from the project folder, the workspace is a temporary copy of samples/.
// VS Code loads this module and calls run(); a rejected promise fails the run.

import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const SEED = 'seed-mao-to-filippov-1951.cable';
const CHRONOLOGY = 'chronology-problem-1950.cable';

type Case = { name: string; fn: () => Promise<void> };
const cases: Case[] = [];
function test(name: string, fn: () => Promise<void>): void {
  cases.push({ name, fn });
}

/** Polls `probe` until `ok` accepts its value or the deadline passes; returns the last value. */
async function poll<T>(probe: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    last = await probe();
  }
  return last;
}

function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const index = doc.getText().indexOf(needle);
  assert.ok(index >= 0, `${JSON.stringify(needle)} is in ${doc.fileName}`);
  return doc.positionAt(index + delta);
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function hoverAt(doc: vscode.TextDocument, position: vscode.Position, wanted: string): Promise<string> {
  return poll(
    async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position)),
    (t) => t.includes(wanted),
  );
}

function symbolNames(symbols: vscode.DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...symbolNames(s.children ?? [])]);
}

test('a .cable file gets the cable language', async () => {
  const doc = await open(SEED);
  assert.equal(doc.languageId, 'cable');
});

test('document symbols: envelope, inner telegram and footer', async () => {
  const doc = await open(SEED);
  const names = await poll(
    async () =>
      symbolNames((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? []),
    (ns) => ns.some((n) => n.startsWith('Deciphered')),
  );
  for (const re of [/^Cable N° 25025\b/, /^Telegram: /, /^Deciphered\b/]) {
    assert.ok(names.some((n) => re.test(n)), `no symbol matching ${re}: ${JSON.stringify(names)}`);
  }
});

test('hover on FILIPPOV names Joseph Stalin', async () => {
  const doc = await open(SEED);
  const text = await hoverAt(doc, positionOf(doc, 'to Cde. FILIPPOV', 'to Cde. '.length + 2), 'Joseph Stalin');
  assert.match(text, /Joseph Stalin/, `hover: ${JSON.stringify(text)}`);
});

test('hover on a date shows it normalised', async () => {
  const doc = await open(SEED);
  const text = await hoverAt(doc, positionOf(doc, '19 October 1951', 4), '1951-10-19');
  assert.match(text, /1951-10-19/, `hover: ${JSON.stringify(text)}`);
});

test('diagnostics: the Le Kenong warning', async () => {
  const doc = await open(SEED);
  const diagnostics = await poll(
    () => vscode.languages.getDiagnostics(doc.uri),
    (ds) => ds.some((d) => d.message.includes('Le Kenong')),
  );
  const found = diagnostics.find((d) => d.message.includes('Le Kenong'));
  assert.ok(found, `diagnostics: ${JSON.stringify(diagnostics.map((d) => d.message))}`);
  assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);
  assert.equal(doc.getText(found.range), 'Le Kenong');
});

test('diagnostics: deciphered before received', async () => {
  const doc = await open(CHRONOLOGY);
  const matches = (d: vscode.Diagnostic) => /deciph/i.test(d.message) && /receiv/i.test(d.message);
  const diagnostics = await poll(() => vscode.languages.getDiagnostics(doc.uri), (ds) => ds.some(matches));
  assert.ok(diagnostics.some(matches), `diagnostics: ${JSON.stringify(diagnostics.map((d) => d.message))}`);
});

export async function run(): Promise<void> {
  let failed = 0;
  for (const c of cases) {
    try {
      await c.fn();
      console.log(`ok - ${c.name}`);
    } catch (err) {
      failed++;
      console.log(`not ok - ${c.name}\n  ${String(err instanceof Error ? err.stack ?? err.message : err).replace(/\n/g, '\n  ')}`);
    }
  }
  console.log(`${cases.length - failed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} of ${cases.length} electron tests failed`);
}
