#!/usr/bin/env node
// `npm run screenshots`: regenerates docs/images/{highlighting,hover,hover-office,unknown-person,
// unknown-person-fix,outline,problems}.png from the running product — the packaged extension in a real VS Code (code-server), shown in headless
// Chromium — using the end-to-end harness (test/e2e/harness.ts).
//
//   node scripts/screenshots.mjs                 all of them
//   node scripts/screenshots.mjs hover outline   some of them
//
// A picture whose feature does not show (no hover text, no warning) is not written, and the script
// exits 1 naming it: a README must not show a picture of something that does not work. A hover is
// checked just before and just after its picture is taken, so a hover that closed meanwhile is
// taken again rather than written as an editor without it.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, toolsDir } from './setup-code-server.mjs';

const SEED = 'seed-mao-to-filippov-1951.cable';
/** A correct cable naming a person the gazetteer lacks (Cde. Lyskov, the embassy's interpreter). */
const UNKNOWN = 'unknown-person-1949.cable';
/** Document No. 14 of this collection writes Zhou Enlai in Wade–Giles (`Chou En-lai`). */
const COLLECTION = 'corpus/collection-beijing-moscow-october-november-1950.cable';
const all = ['highlighting', 'hover', 'unknown-person', 'unknown-person-fix', 'hover-office', 'outline', 'problems'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : all;
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length) {
  console.error(`[screenshots] unknown picture(s): ${unknown.join(', ')}; known: ${all.join(', ')}`);
  process.exit(2);
}

// Compile the harness on its own (other tests' compile errors must not stop the pictures).
const harnessOut = join(toolsDir(), 'harness');
const tsc = spawnSync(
  process.execPath,
  [
    join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
    join(projectRoot, 'test', 'e2e', 'harness.ts'),
    '--outDir', harnessOut,
    '--module', 'commonjs',
    '--moduleResolution', 'node10',
    '--target', 'ES2022',
    '--strict',
    '--esModuleInterop',
    '--skipLibCheck',
    '--types', 'node',
  ],
  { cwd: projectRoot, stdio: 'inherit' },
);
if (tsc.status !== 0 || !existsSync(join(harnessOut, 'harness.js'))) {
  console.error('[screenshots] could not compile test/e2e/harness.ts');
  process.exit(1);
}
const require = createRequire(import.meta.url);
const { Workbench, pollUntil } = require(join(harnessOut, 'harness.js'));

const outDir = join(projectRoot, 'docs', 'images');
const failures = [];

const wb = await Workbench.launch({ viewport: { width: 1280, height: 760 } });
try {
  await wb.openFile(SEED);
  await pollUntil('the language mode', () => wb.languageMode(), (m) => m === 'Cable', 30_000);

  if (wanted.includes('highlighting')) {
    const header = wb.positionOf(SEED, 'CABLE N° 25025');
    await wb.goTo(header.line, 1);
    // Wait for the grammar: the header's first token gets a colour of its own.
    await pollUntil(
      'the grammar to colour the header',
      async () => (await wb.lineTokens('CABLE N° 25025'))?.[0]?.className ?? '',
      (cls) => cls !== '' && cls !== 'mtk1',
      30_000,
    );
    await wb.goTo(1, 1);
    await shoot('highlighting');
  }

  if (wanted.includes('hover')) {
    // The first line: whose cover name, and the office held on the cable's date.
    const at = wb.positionOf(SEED, 'to Cde. FILIPPOV');
    await shootHover('hover', at.line, at.column + 'to Cde. '.length + 2, (t) =>
      /^FILIPPOV — cover name of Joseph Stalin, Chairman of the Council of Ministers of the USSR \(on 19 Oct 1951\)/.test(t),
    );
  }

  if (wanted.includes('unknown-person') || wanted.includes('unknown-person-fix')) {
    await wb.openFile(UNKNOWN);
    const at = wb.positionOf(UNKNOWN, 'Cde. Lyskov');
    const column = at.column + 'Cde. '.length + 2;
    if (wanted.includes('unknown-person')) {
      await shootHover('unknown-person', at.line, column, (t) =>
        /^Lyskov — probably a person/.test(t) && /Not in the gazetteer: \d+ mentions? in this (document|folder)\./.test(t),
      );
    }
    if (wanted.includes('unknown-person-fix')) {
      const title = /^Add 'Lyskov' to the workspace gazetteer$/;
      const offered = await wb.openQuickFix(at.line, column, title, 60_000).catch(() => []);
      if (offered.some((t) => title.test(t))) await shoot('unknown-person-fix');
      else failures.push("unknown-person-fix: no quick fix \"Add 'Lyskov' to the workspace gazetteer\"");
      await wb.page.keyboard.press('Escape');
    }
  }

  if (wanted.includes('hover-office')) {
    await wb.openFile(COLLECTION);
    const at = wb.positionOf(COLLECTION, 'Chou En-lai asked');
    // Who, and the office held on the date of Document No. 14 (2 November 1950); the spelling's system below.
    await shootHover(
      'hover-office',
      at.line,
      at.column + 2,
      (t) => /^Zhou Enlai — Premier .* \(on 2 Nov 1950\)/.test(t) && t.includes('Form used here: Chou En-lai (Wade–Giles)'),
    );
  }

  // The pictures below are of the seed.
  if (wanted.some((w) => ['unknown-person', 'unknown-person-fix', 'hover-office'].includes(w))) await wb.openFile(SEED);

  if (wanted.includes('problems')) {
    const at = wb.positionOf(SEED, 'Le Kenong');
    await wb.goTo(at.line, at.column);
    await wb.openProblems();
    // samples/ holds the connected corpus too, whose findings are listed as well: show the seed's.
    await wb.filterProblems('seed-mao');
    const rows = await pollUntil('the Le Kenong warning', () => wb.problemRows(), (rs) => rs.some((r) => /Le Kenong/.test(r.text)), 60_000).catch(
      () => [],
    );
    if (rows.length > 0) await shoot('problems');
    else failures.push('problems: no Le Kenong warning in the Problems panel');
    // Hide the panel again (Ctrl+J) for the pictures after this one.
    await wb.page.keyboard.press('Control+J');
    await wb.page.locator('.markers-panel').first().waitFor({ state: 'hidden' });
  }

  if (wanted.includes('outline')) {
    await wb.openOutline();
    const labels = await pollUntil('outline entries', () => wb.outlineLabels(), (ls) => ls.length > 0, 60_000).catch(() => []);
    await wb.setSidebarWidth(480);
    await wb.scrollOutlineToTop();
    await wb.goTo(1, 1);
    if (labels.length > 0) await shoot('outline');
    else failures.push('outline: the Outline view stayed empty');
  }
} finally {
  await wb.close();
}

if (failures.length) {
  console.error(`[screenshots] not written:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('[screenshots] done');

/**
 * Shows the hover at a position and takes the picture while the text `accept`s, checked before and
 * after the shot (a hover may close while the language server refreshes the editor); a hover that
 * never shows is a failure, not a picture.
 */
async function shootHover(name, line, column, accept, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await wb.hoverAt(line, column, accept, Math.max(5_000, deadline - Date.now()));
    if (!accept(text)) break;
    const path = join(outDir, `${name}.png`);
    const tmp = `${path}.tmp.png`;
    await wb.screenshot(tmp);
    if (accept(await wb.hoverText())) {
      renameSync(tmp, path);
      console.log(`[screenshots] wrote ${path}`);
      await wb.page.keyboard.press('Escape');
      return;
    }
    rmSync(tmp, { force: true });
  }
  failures.push(`${name}: the hover did not show what it should (saw ${JSON.stringify(text)})`);
  await wb.page.keyboard.press('Escape');
}

async function shoot(name) {
  const path = join(outDir, `${name}.png`);
  await wb.screenshot(path);
  console.log(`[screenshots] wrote ${path}`);
}
