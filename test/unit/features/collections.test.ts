// Every provider on a collection file: each cable is an outline root with its own checks, and
// positions in the second cable are the file's.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DocumentSymbolProvider } from '../../../server/src/service/features/documentSymbols';
import { DiagnosticsProvider } from '../../../server/src/service/features/diagnostics';
import { FoldingRangeProvider } from '../../../server/src/service/features/foldingRanges';
import { HoverProvider } from '../../../server/src/service/features/hover';
import { SelectionRangeProvider } from '../../../server/src/service/features/selectionRanges';
import { SemanticTokensProvider } from '../../../server/src/service/features/semanticTokens';
import { AnalysisCache, allRules, defaultSettings } from '../../../server/src/service/analysis';
import { analysisSource, builtinGazetteer, makeDocument, noToken, rangeOfText, twoCableCollection } from './fixture';

const text = twoCableCollection();
const doc = makeDocument(text);

test('the outline has one root per cable, named by its heading, with the cable’s blocks inside', () => {
  const roots = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(doc, noToken);
  assert.deepEqual(roots.map(r => r.name), ['Document No. 1: Ciphered telegram No. 100 — Peking → Moscow, received 10:00 3.11.1950', 'Document No. 2: Ciphered telegram No. 200 — Peking → Moscow, received 09:00 1.11.1950']);
  assert.deepEqual(roots.map(r => [r.range.start.line, r.range.end.line]), [[0, 7], [8, 14]]);
  assert.deepEqual(roots[1].selectionRange, rangeOfText(doc, 'Document No. 2'));
  const envelope = roots[1].children?.[0];
  assert.equal(envelope?.range.start.line, 9, 'the second cable’s blocks sit at the file’s lines');
});

test('a file of one cable under an edition’s heading and title keeps them as its root, the cable’s blocks inside', () => {
  const one = makeDocument(['DOCUMENT 7', 'Ciphered telegram, Kovalev to Filippov [Stalin], 18 May 1949', '', 'CIPHERED TELEGRAM No. 54755', '', 'From MUKDEN', 'Received 20:30 18.V.1949', '', 'To Comrade FILIPPOV', '', 'Gao Gang asked me to report that the railway is ready.', '', 'KOVALEV', '18.V.49'].join('\n'));
  const roots = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(one, noToken);
  assert.deepEqual(roots.map(r => [r.name, r.detail]), [['DOCUMENT 7: Ciphered telegram, Kovalev to Filippov [Stalin], 18 May 1949', 'cable']]);
  assert.deepEqual(roots[0].selectionRange, rangeOfText(one, 'DOCUMENT 7'));
  assert.ok(roots[0].children?.some(c => c.name.startsWith('Ciphered telegram No. 54755')), JSON.stringify(roots[0].children?.map(c => c.name)));
  // without a heading, the cable's blocks are the roots, as before
  const plain = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(makeDocument(one.getText().split('\n').slice(3).join('\n')), noToken);
  assert.ok(plain[0]?.name.startsWith('Ciphered telegram No. 54755'), plain[0]?.name);
});

test('a cable of a collection that opens with a web page\'s title and source is named by its envelope under them', () => {
  const cable = (n: number) => ['Digital Archive', 'October 08, 1950', 'Ciphered Telegram, Shtykov to Fyn Si [Stalin]', '', 'Citation:', '"Ciphered Telegram, Shtykov to Fyn Si [Stalin]," October 08, 1950.', '',
    `CIPHERED TELEGRAM No. 6009${n}/sh`, 'From Pyongyang.Sent 8.10.50 03:15', 'Received 8.10 06:36', '', 'To comrade FYN SI [Stalin].', '', 'Kim Il Sung thanks you.', '', 'T. SHTYKOV', '8.10.50'];
  const file = makeDocument([...cable(1), '=====', ...cable(2)].join('\n'));
  const roots = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(file, noToken);
  assert.deepEqual(roots.map(r => r.name), ['Cable 1: Ciphered telegram No. 60091/sh — Pyongyang → Moscow, received 8.10 06:36', 'Cable 2: Ciphered telegram No. 60092/sh — Pyongyang → Moscow, received 8.10 06:36']);
});

test('a cable of a collection printed without an envelope is named by its message’s sender, addressee and date', () => {
  const file = makeDocument(['CIPHERED TELEGRAM No. 300', 'From PEKING', 'Received 10:00 3.11.1950', '', 'To Cde. FILIPPOV.', '', 'The troops have crossed.', '', 'ROSHCHIN', '2.11.50',
    '\f', 'Comrade Gao Gang:', '', 'Move the reserve to Andong.', '', 'Mao Zedong', '0600, November 4'].join('\n'));
  const roots = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(file, noToken);
  assert.deepEqual(roots.map(r => r.name), ['Cable 1: Ciphered telegram No. 300 — Peking → Moscow, received 10:00 3.11.1950', 'Cable 2: Mao Zedong → Gao Gang, 0600, November 4']);
});

test('an editor’s note before the first heading is a root of its own, named as the note it is', () => {
  const withNote = makeDocument('Editorial note: The documents below show the exchange of 1 November.\n\n' + text);
  const roots = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(withNote, noToken);
  assert.deepEqual(roots.map(r => [r.name.split(':')[0], r.detail]), [["Editor's note", 'editorial'], ['Document No. 1', 'cable'], ['Document No. 2', 'cable']]);
});

test('an edition’s title and its bracket before the first heading are an editor’s note, not a cable', () => {
  const withTitle = makeDocument('Documents on the talks in Peking, November 1950\n[Translated for the reading room.]\n\n' + text);
  const roots = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(withTitle, noToken);
  assert.deepEqual(roots.map(r => [r.name.split(':')[0], r.detail]), [["Editor's note", 'editorial'], ['Document No. 1', 'cable'], ['Document No. 2', 'cable']]);
  // its lines are the note's, not an empty message
  assert.deepEqual(roots[0]?.children?.map(c => [c.name, c.detail]), [['Documents on the talks in Peking, November 1950', 'note'], ['[Translated for the reading room.]', 'note']]);
});

test('a research file’s heading line over its first rule of `=` signs is an editor’s note, and the cables under it are counted from 1', () => {
  const cable = (n: number) => [`CIPHERED TELEGRAM No. ${n}`, 'From PEKING', 'Received 10:00 3.11.1950', 'To Cde. FILIPPOV.', 'The troops have crossed.', 'ROSHCHIN', '2.11.50'];
  const file = makeDocument(['Research notes: Beijing channel, November 1950 (two cables)', '=====', ...cable(300), '=====', ...cable(301)].join('\n'));
  const roots = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(file, noToken);
  assert.deepEqual(roots.map(r => [r.name.split(':')[0], r.detail]), [["Editor's note", 'editorial'], ['Cable 1', 'cable'], ['Cable 2', 'cable']]);
  // a cable of more lines before the first rule is the first cable
  const signed = makeDocument(['To Cde. FILIPPOV.', 'The troops have crossed.', 'The enemy is retreating.', 'The bridges are repaired.', 'ROSHCHIN', '=====', ...cable(301)].join('\n'));
  assert.deepEqual(new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(signed, noToken).map(r => r.name.split(':')[0]), ['Cable 1', 'Cable 2']);
});

test('dates of one cable are never compared with another’s', () => {
  // Cable 2 was deciphered (0930 1 November) long before cable 1 was received: no finding, they are two cables.
  const found = new DiagnosticsProvider(analysisSource(), allRules).provideDiagnostics(doc);
  assert.deepEqual(found.filter(d => String(d.code).startsWith('cable.date.')), []);
});

test('hover, tokens, folding and selection work in the second cable at the file’s positions', () => {
  const source = analysisSource();
  const at = rangeOfText(doc, 'Zhou Enlai');
  const hover = new HoverProvider(source).provideHover(doc, at.start);
  assert.deepEqual(hover?.range, at);
  assert.match(JSON.stringify(hover?.contents), /Zhou Enlai/);

  const data = new SemanticTokensProvider(source).provideSemanticTokens(doc).data;
  let line = 0;
  let char = 0;
  const starts: string[] = [];
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    starts.push(`${line}:${char}`);
  }
  assert.ok(starts.includes(`${at.start.line}:${at.start.character}`), `a token at Zhou Enlai: ${starts.join(' ')}`);

  const folds = new FoldingRangeProvider(source).provideFoldingRanges(doc, noToken);
  assert.ok(folds.some(f => f.startLine === 0 && f.endLine === 7), 'the first cable folds');
  assert.ok(folds.some(f => f.startLine === 8 && f.endLine === 14), 'the second cable folds');

  const [chain] = new SelectionRangeProvider(source).provideSelectionRanges(doc, [at.start], noToken);
  const ranges: string[] = [];
  for (let r: typeof chain | undefined = chain; r; r = r.parent) ranges.push(`${r.range.start.line}-${r.range.end.line}`);
  assert.deepEqual(ranges.slice(-2), ['8-14', '0-14'], 'the cable, then the file');
});

test('after an edit in one cable, the reused outline and findings of the others move with their lines', () => {
  // The second cable holds a misspelt cover name, so that it has a finding to move.
  const original = text.replace('Zhou Enlai left.', 'Zhou Enlai left for Filipov.');
  let current = makeDocument(original, 1);
  const analyses = new AnalysisCache(() => builtinGazetteer, () => defaultSettings);
  const symbols = new DocumentSymbolProvider(analyses);
  const diagnostics = new DiagnosticsProvider(analyses, allRules);
  const before = symbols.provideDocumentSymbols(current, noToken);
  const beforeFindings = diagnostics.provideDiagnostics(current);
  // One more line in the first cable: the second cable's text is unchanged, one line lower.
  current = makeDocument(original.replace('Li Kenong arrived.', 'Li Kenong arrived.\nHe went on to Shenyang.'), 2);
  const after = symbols.provideDocumentSymbols(current, noToken);
  assert.equal(after[1].range.start.line, before[1].range.start.line + 1);
  assert.deepEqual(after[1].children?.map(c => c.range.start.line), before[1].children?.map(c => c.range.start.line + 1));
  const afterFindings = diagnostics.provideDiagnostics(current);
  const second = (list: typeof beforeFindings) => list.filter(d => d.range.start.line >= 8).map(d => `${d.code}@${d.range.start.line}`);
  assert.ok(second(beforeFindings).length > 0, 'the second cable has a finding');
  assert.deepEqual(second(afterFindings), second(beforeFindings).map(s => s.replace(/@(\d+)$/, (_, n: string) => `@${Number(n) + 1}`)));
  assert.equal(analyses.get(current).cables[1].analysis, analyses.get(current).cables[1].analysis);
});

test('a cable that writes no year takes it from the editor’s title under its heading', () => {
  const edition = makeDocument([
    'DOCUMENT 31', 'Telegram from Mao Zedong to Zhou Enlai, 13 October 1950', '', 'Comrade [Zhou] Enlai:', '', '(1) Our army will move on 19 October.', '', 'Mao Zedong', '13 October',
    '===', 'DOCUMENT 32', 'Telegram from Mao Zedong to Peng Dehuai, 17 October 1951', '', 'Comrade Peng Dehuai:', '', '(1) Hold the line.', '', 'Mao Zedong', '1700, 17 October',
  ].join('\n'));
  const roots = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(edition, noToken);
  assert.deepEqual(roots.map(r => r.children?.[0]?.detail), ['1950-10-13', '1951-10-17 17:00']);
  const hover = new HoverProvider(analysisSource()).provideHover(edition, edition.positionAt(edition.getText().indexOf('Comrade Peng Dehuai') + 9));
  assert.match(JSON.stringify(hover?.contents), /on 17 Oct 1951/);
  // the title's date is the editor's dating of the cable, and its hover says so
  const titleDate = new HoverProvider(analysisSource()).provideHover(edition, edition.positionAt(edition.getText().indexOf('17 October 1951') + 2));
  assert.match(JSON.stringify(titleDate?.contents), /1951-10-17[^]*Role: reference — the editor's date for the document, in its title/);
  const ownDate = new HoverProvider(analysisSource()).provideHover(edition, edition.positionAt(edition.getText().indexOf('1700, 17 October') + 7));
  assert.doesNotMatch(JSON.stringify(ownDate?.contents), /editor's date/);
});

test('a no-break space from a PDF export reads as a space: the date under the signature is found, at the file’s offsets', () => {
  const withNbsp = makeDocument(['CABLE N° 25118', 'from [BEIJING] received at 1135 14 October 1951', 'to Cde. FILIPPOV', 'Cde. FILIPPOV!', 'The talks went well.', 'MAO ZEDONG', 'N° 5188', '14\u00a0October'].join('\n'));
  const roots = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(withNbsp, noToken);
  const message = roots.find(r => r.name.startsWith('Message'));
  assert.equal(message?.name, 'Message: Mao Zedong → Filippov, 14 October');
  const dated = message?.children?.find(c => c.name.startsWith('Dated'));
  assert.deepEqual(dated?.range.start, { line: 7, character: 0 });
});

test('a scanned edition’s `l` for the digit one inside a number reads as `1`; words with an `l` stay words', () => {
  const scanned = makeDocument([
    'CIPHERED TELEGRAM No. l5370', 'From PYONGYANG', 'Received 03:20 l4.X.l950', 'To Cde. FYN SI [Stalin].',
    'At 2l:00 on l3 October Kim Il Sung received me. The ll. 88-89 of the file are lost.', 'SHTYKOV', 'No. l492', 'l4.X.50',
  ].join('\n'));
  const roots = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(scanned, noToken);
  assert.equal(roots[0]?.name, 'Ciphered telegram No. 15370 — Pyongyang → Moscow, received 03:20 14.X.1950');
  assert.equal(roots.find(r => r.name.startsWith('Message'))?.name, 'Message: Shtykov → Fyn Si, 14.X.50');
  const hover = new HoverProvider(analysisSource()).provideHover(scanned, scanned.positionAt(scanned.getText().indexOf('l3 October') + 4));
  assert.match(JSON.stringify(hover?.contents), /1950-10-13 21:00/);
  const kim = new HoverProvider(analysisSource()).provideHover(scanned, scanned.positionAt(scanned.getText().indexOf('Il Sung')));
  assert.match(JSON.stringify(kim?.contents), /Kim Il Sung/);
});
