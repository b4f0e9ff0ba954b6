// End-to-end tests of the corpus features in a real VS Code (code-server + Chromium): the workspace
// is a temporary copy of samples/corpus/, fourteen cables that cite each other. Problems of files
// nobody opened, references across files, F12 from "Reply to your No. 2467." to that cable, the
// Cables view and the timeline webview.

import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pollUntil, projectRoot, Workbench } from './harness';

/**
 * Pictures for the README: written to CABLE_SCREENSHOTS_DIR when it is set
 * (`CABLE_SCREENSHOTS_DIR=docs/images npm run test:e2e`); a plain test run writes no file of the project.
 */
async function picture(wb: Workbench, name: string): Promise<void> {
  const dir = process.env.CABLE_SCREENSHOTS_DIR;
  if (dir) await wb.screenshot(join(resolve(projectRoot, dir), name));
}

const REPLY = '1950-10-05-moscow-beijing-6187.cable';
const CITED = '1950-10-03-beijing-moscow-25150.cable';
const SLIP = '1950-11-10-moscow-beijing-6511.cable';

describe('the corpus in a real VS Code', { timeout: 900_000 }, () => {
  let wb: Workbench;

  before(async () => {
    wb = await Workbench.launch({ workspaceFrom: join(projectRoot, 'samples', 'corpus') });
  }, { timeout: 600_000 });

  after(async () => {
    await wb?.close();
  });

  it('lists a problem of a file nobody opened in the Problems panel', { timeout: 180_000 }, async () => {
    // Opening one cable starts the extension; the slip is in another file, never opened.
    await wb.openFile(REPLY);
    await wb.openProblems();
    const isSlip = (r: { text: string }) => /Roschin/.test(r.text);
    const rows = await pollUntil('the Roschin slip in the Problems panel', () => wb.problemRows(), (rs) => rs.some(isSlip), 120_000).catch(
      async () => wb.problemRows(),
    );
    assert.ok(rows.some(isSlip), `no Roschin problem; Problems panel: ${JSON.stringify(rows)}`);
    assert.ok(rows.some((r) => r.text.includes(SLIP)), `the problem is listed under ${SLIP}`);
    await picture(wb, 'corpus-problems.png');
  });

  it('goes from "Reply to your No. 2467." to the cable that has that number (F12)', { timeout: 120_000 }, async () => {
    await wb.openFile(REPLY);
    const at = wb.positionOf(REPLY, 'No. 2467');
    await wb.goTo(at.line, at.column + 5);
    await wb.page.keyboard.press('F12');
    const active = await pollUntil(
      'the cited cable to open',
      () => wb.page.locator('.tab.active').first().getAttribute('data-resource-name'),
      (name) => name === CITED,
      60_000,
    ).catch(async () => wb.page.locator('.tab.active').first().getAttribute('data-resource-name'));
    assert.equal(active, CITED);
  });

  it('finds every mention of Stalin across the folder, under FILIPPOV and Stalin alike', { timeout: 180_000 }, async () => {
    // The cited cable is open after the test before; open it if that test did not get there.
    const active = await wb.page.locator('.tab.active').first().getAttribute('data-resource-name').catch(() => null);
    if (active !== CITED) await wb.openFile(CITED);
    const at = wb.positionOf(CITED, 'To Cde. FILIPPOV');
    await wb.goTo(at.line, at.column + 'To Cde. '.length + 2);
    await wb.runCommand('References: Find All References');
    // The References view takes the side bar: its title says so, and its tree lists a row per file.
    const sidebar = wb.page.locator('.part.sidebar');
    await sidebar.locator('.composite.title', { hasText: /references/i }).first().waitFor({ state: 'visible', timeout: 60_000 });
    const tree = sidebar.locator('.monaco-list').first();
    const files = await pollUntil(
      'the References view to list several files',
      async () => {
        const rows = await wb.allListRows(tree);
        return rows.filter((r) => /\.cable/.test(r.text)).map((r) => r.text);
      },
      (names) => names.length >= 3,
      90_000,
    ).catch(() => [] as string[]);
    assert.ok(files.length >= 3, `references in ${files.length} files: ${JSON.stringify(files)}`);
    await picture(wb, 'references.png');
  });

  it('shows the corpus by date in the Cables view', { timeout: 120_000 }, async () => {
    // The References view of the test before holds the side bar (its search may still be reporting
    // and take it back a moment later), so the view is brought up by its own focus command, again
    // whenever its header has gone; it may come up folded, and its header is redrawn as it fills.
    const sidebar = wb.page.locator('.part.sidebar');
    const header = sidebar.locator('.pane-header', { hasText: /^Cables/i }).first();
    await pollUntil(
      'the Cables view to open',
      async () => {
        if ((await header.count()) === 0 || !(await header.isVisible().catch(() => false))) {
          await wb.runCommand('Focus on Cables View').catch(() => undefined);
          return null;
        }
        if ((await header.getAttribute('aria-expanded', { timeout: 3_000 }).catch(() => null)) === 'false') await header.click({ timeout: 3_000 }).catch(() => undefined);
        return header.getAttribute('aria-expanded', { timeout: 3_000 }).catch(() => null);
      },
      (expanded) => expanded === 'true',
      90_000,
    );
    // The folder's own file tree above it can leave the view no room (a list with no height draws no
    // rows): fold it away, and unfold the Cables view again, each time the side bar is redrawn.
    const folder = sidebar.locator('.pane-header', { hasText: /^samples/i }).first();
    const expanded = async (pane: typeof header) => (await pane.count()) > 0 ? pane.getAttribute('aria-expanded', { timeout: 3_000 }).catch(() => null) : null;
    // The tree lists the year with its count of cables (`1950 14`), the months, and each cable as
    // `1950-10-03 Beijing → Moscow  N° 25150 …`; the file tree's rows are file names.
    const datedRows = async () => {
      if ((await expanded(folder)) === 'true') await folder.click({ timeout: 3_000 }).catch(() => undefined);
      if ((await expanded(header)) === 'false') await header.click({ timeout: 3_000 }).catch(() => undefined);
      return (await sidebar.locator('.monaco-list-row').allInnerTexts())
        .map((t) => t.replace(/\s+/g, ' ').trim())
        .filter((t) => !t.includes('.cable') && (/^1950( |$)/.test(t) || /^1950-\d\d-\d\d .*→/.test(t)));
    };
    const rows = await pollUntil('the Cables view to list the corpus by date', datedRows, (r) => r.length > 0, 60_000).catch(() => [] as string[]);
    assert.ok(rows.length > 0, `the Cables view lists no year or cable; side bar rows: ${JSON.stringify(await sidebar.locator('.monaco-list-row').allInnerTexts())}`);
    await picture(wb, 'cables-view.png');
  });

  it('opens the timeline of the corpus in a webview', { timeout: 120_000 }, async () => {
    await wb.showTimeline();
    const marks = await wb.timelineMarks(10);
    assert.ok(marks >= 10, `timeline marks drawn: ${marks}`);
    await picture(wb, 'timeline.png');
  });
});
