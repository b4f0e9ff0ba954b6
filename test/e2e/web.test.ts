// End-to-end tests of the web build: the extension packaged with its `browser` entry only (no `main`),
// so that code-server must run it in the browser's worker extension host, where there is no Node. The
// client starts the language server in a web worker, and the server reads the workspace through the
// client (`vscode.workspace.findFiles` / `vscode.workspace.fs`). The workspace is a copy of samples/,
// whose corpus/ folder holds the cables the seed's names recur in.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pollUntil, tokenAt, Workbench, webOnlyVsix } from './harness';

const SEED = 'seed-mao-to-filippov-1951.cable';
const SLIP = '1950-11-10-moscow-beijing-6511.cable';

describe('the web build in the browser (code-server + Chromium, browser entry only)', { timeout: 900_000 }, () => {
  let wb: Workbench;
  let packDir: string;

  before(async () => {
    packDir = mkdtempSync(join(tmpdir(), 'cable-web-vsix-'));
    wb = await Workbench.launch({ vsix: webOnlyVsix(packDir) });
  }, { timeout: 600_000 });

  after(async () => {
    await wb?.close();
    if (packDir) rmSync(packDir, { recursive: true, force: true });
  });

  it('is installed without a Node entry point, so it can only run in the browser', () => {
    const installed = readdirSync(join(wb.tempDir, 'extensions')).find((d) => d.startsWith('cable-tools.cable-'));
    assert.ok(installed, 'the extension is installed');
    const manifest = JSON.parse(readFileSync(join(wb.tempDir, 'extensions', installed, 'package.json'), 'utf8')) as { main?: string; browser?: string };
    assert.equal(manifest.main, undefined);
    assert.equal(manifest.browser, './dist/web/client.js');
  });

  it('colours the header line with the grammar and the seed opens in the Cable mode', { timeout: 120_000 }, async () => {
    await wb.openFile(SEED);
    const mode = await pollUntil('the status bar language mode', () => wb.languageMode(), (m) => m === 'Cable', 30_000).catch(() => wb.languageMode());
    assert.equal(mode, 'Cable');
    const header = wb.positionOf(SEED, 'CABLE N° 25025');
    await wb.goTo(header.line, 1);
    const plain = await wb.plainForeground();
    const token = await pollUntil(
      'the header to be coloured',
      async () => tokenAt((await wb.lineTokens('CABLE N° 25025')) ?? [], 'CABLE'),
      (t) => t !== undefined && t.color !== plain,
      30_000,
    ).catch(async () => tokenAt((await wb.lineTokens('CABLE N° 25025')) ?? [], 'CABLE'));
    assert.ok(token, 'the header line is rendered');
    assert.notEqual(token.color, plain, `the header token ${JSON.stringify(token)} has the plain colour ${plain}`);
  });

  it('shows "Joseph Stalin" in the hover on FILIPPOV (the language server runs in a web worker)', { timeout: 180_000 }, async () => {
    await wb.openFile(SEED);
    const at = wb.positionOf(SEED, 'to Cde. FILIPPOV');
    const text = await wb.hoverAt(at.line, at.column + 'to Cde. '.length + 2, (t) => t.includes('Joseph Stalin'), 120_000);
    assert.match(text, /Joseph Stalin/, `hover text was: ${JSON.stringify(text)}`);
  });

  it('lists the envelope, the inner telegram and the footer in the Outline view', { timeout: 120_000 }, async () => {
    await wb.openFile(SEED);
    await wb.openOutline();
    const wanted = [/^Cable N° 25025\b/, /^Telegram: /, /^Deciphered\b/];
    const labels = await wb.outlineMatching(wanted);
    for (const re of wanted) assert.ok(labels.some((l) => re.test(l)), `no outline entry matching ${re}; outline: ${JSON.stringify(labels)}`);
  });

  it('reports "Le Kenong" in the Problems panel', { timeout: 120_000 }, async () => {
    await wb.openFile(SEED);
    await wb.openProblems();
    await wb.filterProblems('Kenong');
    const isKenong = (r: { text: string; ariaLabel: string }) => /Le Kenong/.test(r.text) && /^Warning/i.test(r.ariaLabel);
    const rows = await pollUntil('a Le Kenong warning in the Problems panel', () => wb.problemRows(), (rs) => rs.some(isKenong), 60_000).catch(
      () => wb.problemRows(),
    );
    assert.ok(rows.some(isKenong), `no 'Le Kenong' warning; Problems panel: ${JSON.stringify(rows)}`);
  });

  it('indexes the files nobody opened through the client: the corpus slip "Roschin" is listed', { timeout: 180_000 }, async () => {
    await wb.openProblems();
    await wb.filterProblems('Roschin');
    const isSlip = (r: { text: string }) => /Roschin/.test(r.text);
    const rows = await pollUntil('the Roschin slip in the Problems panel', () => wb.problemRows(), (rs) => rs.some(isSlip) && rs.some((r) => r.text.includes(SLIP)), 120_000).catch(
      () => wb.problemRows(),
    );
    assert.ok(rows.some(isSlip), `no Roschin problem; Problems panel: ${JSON.stringify(rows)}`);
    assert.ok(rows.some((r) => r.text.includes(SLIP)), `the problem is listed under ${SLIP}, a file never opened`);
    await wb.filterProblems('');
  });

  it('finds the references to Stalin in other files of the workspace', { timeout: 180_000 }, async () => {
    await wb.openFile(SEED);
    const at = wb.positionOf(SEED, 'to Cde. FILIPPOV');
    await wb.goTo(at.line, at.column + 'to Cde. '.length + 2);
    await wb.runCommand('References: Find All References');
    const sidebar = wb.page.locator('.part.sidebar');
    await sidebar.locator('.composite.title', { hasText: /references/i }).first().waitFor({ state: 'visible', timeout: 60_000 });
    const tree = sidebar.locator('.monaco-list').first();
    const files = await pollUntil(
      'the References view to list other files than the seed',
      async () => (await wb.allListRows(tree)).filter((r) => /\.cable/.test(r.text)).map((r) => r.text),
      (names) => names.some((n) => !n.includes(SEED)) && names.length >= 3,
      90_000,
    ).catch(() => [] as string[]);
    assert.ok(files.some((n) => n.includes(SEED)), `the seed is among the files: ${JSON.stringify(files)}`);
    assert.ok(files.filter((n) => !n.includes(SEED)).length >= 2, `references in other files: ${JSON.stringify(files)}`);
  });

  it('draws the timeline of the workspace in a webview (the shared client code runs in the browser too)', { timeout: 120_000 }, async () => {
    await wb.showTimeline();
    const marks = await wb.timelineMarks(10);
    assert.ok(marks >= 10, `timeline marks drawn: ${marks}`);
  });
});
