// End-to-end tests: the packaged extension in a real VS Code (code-server), driven through
// headless Chromium like a person would use it. One workbench serves all tests in this file;
// the workspace is a temporary copy of samples/, so the quick fix never edits samples/.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { pollUntil, tokenAt, Workbench } from './harness';

const SEED = 'seed-mao-to-filippov-1951.cable';
const CHRONOLOGY = 'chronology-problem-1950.cable';

describe('cable in a real VS Code (code-server + Chromium)', { timeout: 900_000 }, () => {
  let wb: Workbench;

  before(async () => {
    wb = await Workbench.launch();
  }, { timeout: 600_000 });

  after(async () => {
    await wb?.close();
  });

  it('opens a .cable file in the "Cable" language mode', { timeout: 120_000 }, async () => {
    await wb.openFile(SEED);
    const mode = await pollUntil('the status bar language mode', () => wb.languageMode(), (m) => m === 'Cable', 30_000).catch(
      async () => wb.languageMode(),
    );
    assert.equal(mode, 'Cable');
  });

  it('colours the header line, the stamp and a date with the grammar', { timeout: 120_000 }, async () => {
    await wb.openFile(SEED);
    const text = readFileSync(wb.file(SEED), 'utf8').split('\n');
    const dateLine = text.find((l) => l.includes('received at 1135 19 October 1951'));
    assert.ok(dateLine, 'the seed has its routing line');
    const header = wb.positionOf(SEED, 'CABLE N° 25025');
    await wb.goTo(header.line, 1);
    const plain = await wb.plainForeground();

    const cases: Array<{ what: string; line: string; needle: string }> = [
      { what: 'the header line', line: 'CABLE N° 25025', needle: 'CABLE' },
      { what: 'the stamp', line: '[Stamp: SUBJECT TO RETURN', needle: 'Stamp' },
      { what: 'the date', line: dateLine.replace(/\r$/, ''), needle: 'October 1951' },
    ];
    for (const c of cases) {
      const token = await pollUntil(
        `${c.what} to be coloured`,
        async () => tokenAt((await wb.lineTokens(c.line)) ?? [], c.needle),
        (t) => t !== undefined && t.color !== plain,
        30_000,
      ).catch(async () => tokenAt((await wb.lineTokens(c.line)) ?? [], c.needle));
      assert.ok(token, `${c.what} (${JSON.stringify(c.line)}) is rendered`);
      assert.notEqual(token.color, plain, `${c.what}: token ${JSON.stringify(token)} has the plain text colour ${plain}`);
    }
  });

  it('shows "Joseph Stalin" in the hover on the pseudonym FILIPPOV', { timeout: 120_000 }, async () => {
    await wb.openFile(SEED);
    const at = wb.positionOf(SEED, 'to Cde. FILIPPOV');
    const text = await wb.hoverAt(at.line, at.column + 'to Cde. '.length + 2, (t) => t.includes('Joseph Stalin'));
    assert.match(text, /Joseph Stalin/, `hover text was: ${JSON.stringify(text)}`);
  });

  it('shows the normalised date in the hover on a date', { timeout: 120_000 }, async () => {
    await wb.openFile(SEED);
    const at = wb.positionOf(SEED, '19 October 1951');
    const text = await wb.hoverAt(at.line, at.column + 4, (t) => t.includes('1951-10-19'));
    assert.match(text, /1951-10-19/, `hover text was: ${JSON.stringify(text)}`);
  });

  it('lists the envelope, the inner telegram and the footer in the Outline view', { timeout: 120_000 }, async () => {
    await wb.openFile(SEED);
    await wb.openOutline();
    const wanted = [/^Cable N° 25025\b/, /^Telegram: /, /^Deciphered\b/];
    const labels = await wb.outlineMatching(wanted);
    for (const re of wanted) {
      assert.ok(labels.some((l) => re.test(l)), `no outline entry matching ${re}; outline: ${JSON.stringify(labels)}`);
    }
  });

  it('reports "Le Kenong" in the Problems panel and its quick fix writes "Li Kenong"', { timeout: 180_000 }, async () => {
    await wb.openFile(SEED);
    await wb.openProblems();
    // The folder holds the corpus too, whose problems are listed as well: show the one this test is about.
    await wb.filterProblems('Kenong');
    const isKenong = (r: { text: string; ariaLabel: string }) => /Le Kenong/.test(r.text) && /^Warning/i.test(r.ariaLabel);
    const rows = await pollUntil('a Le Kenong warning in the Problems panel', () => wb.problemRows(), (rs) => rs.some(isKenong), 60_000).catch(
      async () => wb.problemRows(),
    );
    assert.ok(rows.some(isKenong), `no 'Le Kenong' warning; Problems panel: ${JSON.stringify(rows)}`);

    const at = wb.positionOf(SEED, 'Le Kenong');
    const offered = await wb.applyQuickFix(at.line, at.column + 1, /Li Kenong/);
    assert.ok(offered.length > 0);
    const lines = await pollUntil(
      'the editor to show the corrected name',
      () => wb.visibleLines(),
      (ls) => ls.some((l) => l.startsWith('"Cde. Li Kenong, copy to')),
      15_000,
    ).catch(async () => wb.visibleLines());
    assert.ok(lines.some((l) => l.startsWith('"Cde. Li Kenong, copy to')), 'the quick fix replaced the name in the editor');

    await wb.save();
    const onDisk = await pollUntil(
      'the fix to be saved',
      async () => readFileSync(wb.file(SEED), 'utf8'),
      (t) => t.includes('"Cde. Li Kenong, copy to'),
      15_000,
    ).catch(async () => readFileSync(wb.file(SEED), 'utf8'));
    assert.ok(onDisk.includes('"Cde. Li Kenong, copy to Cdes.'), 'the saved file has the corrected name');
    assert.ok(!onDisk.includes('Le Kenong'), 'no "Le Kenong" is left');
  });

  it('warns about the chronology of a cable deciphered before it was received', { timeout: 120_000 }, async () => {
    // Throws (fails the test) if the sample is missing.
    readFileSync(wb.file(CHRONOLOGY), 'utf8');
    await wb.openFile(CHRONOLOGY);
    await wb.openProblems();
    await wb.filterProblems('Deciphered');
    const isChronology = (r: { text: string; ariaLabel: string }) =>
      /^(Warning|Error)/i.test(r.ariaLabel) &&
      ((/deciph/i.test(r.text) && /receiv/i.test(r.text)) || r.text.includes('cable.date.processingOrder'));
    const rows = await pollUntil('a chronology warning in the Problems panel', () => wb.problemRows(), (rs) => rs.some(isChronology), 60_000).catch(
      async () => wb.problemRows(),
    );
    assert.ok(rows.some(isChronology), `no deciphered-before-received warning; Problems panel: ${JSON.stringify(rows)}`);
  });
});
