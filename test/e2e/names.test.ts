// End-to-end tests of names in a real VS Code (code-server + Chromium): a person the gazetteer lacks
// (hover, then the quick fix that adds him to the workspace gazetteer, after which he is known), a
// spelling the gazetteer does not list read by its system (Wade–Giles `Ch'ai Ch'eng-wen`), and
// completion of a name while transcribing. The workspace is a temporary folder holding the sample
// with the unknown person and the fixture with spellings by system.

import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pollUntil, projectRoot, Workbench } from './harness';

const UNKNOWN = 'unknown-person-1949.cable';
const SPELLINGS = '49-spellings-by-system.cable';

describe('names in a real VS Code', { timeout: 900_000 }, () => {
  let wb: Workbench;
  let source: string;

  before(async () => {
    source = mkdtempSync(join(tmpdir(), 'cable-e2e-names-'));
    copyFileSync(join(projectRoot, 'samples', UNKNOWN), join(source, UNKNOWN));
    copyFileSync(join(projectRoot, 'test', 'fixtures', 'forms', SPELLINGS), join(source, SPELLINGS));
    wb = await Workbench.launch({ workspaceFrom: source });
  }, { timeout: 600_000 });

  after(async () => {
    await wb?.close();
    if (source) rmSync(source, { recursive: true, force: true });
  });

  it('hovers a person the gazetteer lacks: "Not in the gazetteer", with the count of his mentions', { timeout: 120_000 }, async () => {
    await wb.openFile(UNKNOWN);
    const at = wb.positionOf(UNKNOWN, 'Cde. Lyskov');
    const text = await wb.hoverAt(at.line, at.column + 'Cde. '.length + 2, (t) => /Not in the gazetteer/.test(t), 90_000);
    // the function the text gives him ("the embassy's interpreter, Cde. Lyskov") is the cue the hover names
    assert.match(text, /^Lyskov — probably a person \(after 'interpreter'\)/, `hover text was: ${JSON.stringify(text)}`);
    // "the embassy's interpreter, Cde. Lyskov" and "Cde. Lyskov is to keep no notes": two mentions, counted in the document or in the folder.
    assert.match(text, /Not in the gazetteer: 2 mentions in this (document|folder)\./, `hover text was: ${JSON.stringify(text)}`);
  });

  it('adds him with the quick fix: the workspace gazetteer gets his entry, and the hover then knows him', { timeout: 180_000 }, async () => {
    await wb.openFile(UNKNOWN);
    const at = wb.positionOf(UNKNOWN, 'Cde. Lyskov');
    const column = at.column + 'Cde. '.length + 2;
    const offered = await wb.applyQuickFix(at.line, column, /^Add 'Lyskov' to the workspace gazetteer$/, 60_000);
    assert.ok(offered.length > 0);
    const gazetteerFile = join(wb.workspace, '.cable', 'gazetteer.json');
    // VS Code saves a file that a workspace edit creates without opening it.
    const written = await pollUntil(
      'the workspace gazetteer to hold Lyskov',
      async () => (existsSync(gazetteerFile) ? readFileSync(gazetteerFile, 'utf8') : ''),
      (t) => t.includes('"Lyskov"'),
      30_000,
    ).catch(() => (existsSync(gazetteerFile) ? readFileSync(gazetteerFile, 'utf8') : '(no file)'));
    const entries = (JSON.parse(written.includes('{') ? written : '{}') as { entries?: Array<{ kind?: string; canonical?: string }> }).entries ?? [];
    assert.ok(
      entries.some((e) => e.kind === 'person' && e.canonical === 'Lyskov'),
      `no person entry "Lyskov" in ${gazetteerFile}: ${written}`,
    );

    await wb.openFile(UNKNOWN);
    const known = await wb.hoverAt(at.line, column, (t) => /^Lyskov — person/.test(t), 90_000);
    assert.match(known, /^Lyskov — person/, `hover text after the quick fix was: ${JSON.stringify(known)}`);
    assert.doesNotMatch(known, /Not in the gazetteer/);
  });

  it("hovers a spelling the gazetteer does not list, read by its system: Ch'ai Ch'eng-wen is Chai Chengwen", { timeout: 120_000 }, async () => {
    await wb.openFile(SPELLINGS);
    const at = wb.positionOf(SPELLINGS, "Ch'ai Ch'eng-wen");
    const text = await wb.hoverAt(at.line, at.column + 3, (t) => t.includes('Chai Chengwen'), 90_000);
    assert.match(text, /^Chai Chengwen — .+ \(on 3 Dec 1950\)/, `hover text was: ${JSON.stringify(text)}`);
    assert.match(text, /Form used here: Ch'ai Ch'eng-wen \(Wade–Giles; not a listed spelling, read by its system\)/);
  });

  it('offers "Chou En-lai" in the suggest widget when "Chou" is typed', { timeout: 120_000 }, async () => {
    await wb.openFile(UNKNOWN);
    // A blank line in the body of the cable: type a form of address and the start of a name there.
    const lines = readFileSync(wb.file(UNKNOWN), 'utf8').split('\n');
    const blank = lines.findIndex((l, i) => i > 12 && l.trim() === '') + 1;
    assert.ok(blank > 0, 'the sample has a blank line in its body');
    await wb.goTo(blank, 1);
    await wb.page.keyboard.type('Cde. Chou');
    let labels: string[] = [];
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !labels.includes('Chou En-lai')) {
      await wb.page.keyboard.press('Control+Space');
      labels = await pollUntil('the suggest widget', () => wb.suggestLabels(), (ls) => ls.includes('Chou En-lai'), 5_000).catch(() =>
        wb.suggestLabels(),
      );
    }
    assert.ok(labels.includes('Chou En-lai'), `suggest widget offered: ${JSON.stringify(labels)}`);
    await wb.page.keyboard.press('Escape');
  });
});
