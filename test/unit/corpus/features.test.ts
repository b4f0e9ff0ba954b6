// The index-backed features and the corpus checks, through the facade over an in-memory workspace.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SymbolKind, type WorkspaceEdit } from 'vscode-languageserver-types';
import { createCableLanguageService, type RenameRefusal } from '../../../server/src/service';
import { GazetteerManager } from '../../../server/src/service/gazetteer';
import { fuzzyScore, dateQuery, dayQuery } from '../../../server/src/service/features/workspaceSymbols';
import { makeDocument, rangeOfText } from '../features/fixture';
import { beijingCable, roshchinCable } from './fixtures';
import { MemoryWorkspace, uriOf } from './memoryWorkspace';

async function serviceOver(files: Record<string, string>) {
  const manager = new GazetteerManager();
  const workspace = new MemoryWorkspace(files);
  const service = createCableLanguageService({ gazetteer: () => manager.gazetteer, workspace });
  await service.indexWorkspace();
  return { service, workspace };
}

const corpus = {
  'a.cable': beijingCable('101', 1, 'Cde. Roshchin reports.'),
  'b.cable': beijingCable('102', 2, 'ROSHCHIN and Cde. Roshchin.'),
  'c.cable': beijingCable('103', 3, 'Cde. Roschin has left.'),
  'd.cable': beijingCable('104', 4, 'Cde. Roshchin stays.'),
};

test('references: every mention of the person in every file, from any spelling, and the slips that suggest him', async () => {
  const { service } = await serviceOver(corpus);
  const doc = makeDocument(corpus['a.cable'], 0, uriOf('a.cable'));
  const refs = service.getReferences(doc, rangeOfText(doc, 'Roshchin').start).toArray();
  // `Roschin` in c.cable, whose hover calls it probably Roshchin, is among his places
  assert.deepEqual(refs.map(r => r.uri), [uriOf('a.cable'), uriOf('b.cable'), uriOf('b.cable'), uriOf('c.cable'), uriOf('d.cable')]);
  const c = makeDocument(corpus['c.cable'], 0, uriOf('c.cable'));
  assert.deepEqual(refs[3].range, rangeOfText(c, 'Roschin'));
  // from the slip itself: the other places it is written so
  assert.deepEqual(service.getReferences(c, rangeOfText(c, 'Roschin').start).toArray().map(r => r.uri), [uriOf('c.cable')]);
});

test('highlights: a slip of the name beside the name', async () => {
  const { service } = await serviceOver({});
  const doc = makeDocument(beijingCable('1', 1, 'Cde. Roshchin met Cde. Zhou Enlai. Cde. Roschin left.'));
  const hl = service.getDocumentHighlights(doc, rangeOfText(doc, 'Roshchin').start);
  assert.ok(hl.some(h => JSON.stringify(h.range) === JSON.stringify(rangeOfText(doc, 'Roschin'))), JSON.stringify(hl));
});

test('references follow the open text, not the last saved one', async () => {
  const { service } = await serviceOver(corpus);
  const doc = makeDocument(corpus['a.cable'].replace('Cde. Roshchin reports.', 'Cde. Roshchin and Cde. Roshchin.'), 3, uriOf('a.cable'));
  assert.equal(service.getReferences(doc, rangeOfText(doc, 'Roshchin').start).toArray().filter(r => r.uri === uriOf('a.cable')).length, 2);
});

test('highlights: the cover name and the gloss of one person in the open file', async () => {
  const { service } = await serviceOver({});
  const doc = makeDocument(beijingCable('1', 1, 'Cde. Stalin agrees.'));
  const hl = service.getDocumentHighlights(doc, rangeOfText(doc, 'FILIPPOV').start);
  assert.deepEqual(hl.map(h => h.range), [rangeOfText(doc, 'FILIPPOV'), rangeOfText(doc, 'Stalin'), rangeOfText(doc, 'Stalin', 1)]);
});

test('definition: the entry id and the provider that defined it', async () => {
  const { service } = await serviceOver({});
  const doc = makeDocument(beijingCable('1', 1, ''));
  assert.deepEqual(service.getDefinition(doc, rangeOfText(doc, 'FILIPPOV').start), {
    entityId: 'stalin', provider: 'builtin', originSelectionRange: rangeOfText(doc, 'FILIPPOV'),
  });
  assert.equal(JSON.parse(service.getGazetteerEntryText('stalin')!).id, 'stalin');
  assert.equal(service.getGazetteerEntryText('nobody'), undefined);
});

test('definition on a slip of one name (`Roschin`, probably Roshchin) goes to that entry, as any spelling does', async () => {
  const { service } = await serviceOver({});
  const doc = makeDocument(corpus['c.cable']);
  assert.deepEqual(service.getDefinition(doc, rangeOfText(doc, 'Roschin').start), {
    entityId: 'roshchin', provider: 'builtin', originSelectionRange: rangeOfText(doc, 'Roschin'),
  });
});

// Found by fuzzing: a position in a cable's heading read as the first character of its text.
test('definition, highlights, references and rename find no name on a collection heading', async () => {
  const { service } = await serviceOver({});
  const doc = makeDocument('Document No. 12\nA title\nMao Zedong agrees.\n');
  for (const heading of [{ line: 0, character: 3 }, { line: 1, character: 3 }]) {
    assert.equal(service.getDefinition(doc, heading), undefined);
    assert.deepEqual(service.getDocumentHighlights(doc, heading), []);
    assert.deepEqual(service.getReferences(doc, heading).toArray(), []);
    assert.equal(service.prepareRename(doc, heading), null);
  }
  assert.equal(service.getDefinition(doc, { line: 2, character: 3 })?.entityId, 'mao');
});

test('workspace symbols: by number, by written date, by person, ranked', async () => {
  const { service } = await serviceOver(corpus);
  assert.equal(service.getWorkspaceSymbols('103')[0].location.uri, uriOf('c.cable'));
  assert.equal(service.getWorkspaceSymbols('4 October 1951')[0].location.uri, uriOf('d.cable'));
  assert.equal(service.getWorkspaceSymbols('rshchn')[0].name, 'Nikolai Roshchin');
  assert.deepEqual(service.getWorkspaceSymbols(''), []);
  assert.equal(dateQuery('October 19, 1951'), '1951-10-19');
  assert.equal(dateQuery('Oct 1951'), '1951-10');
  assert.equal(fuzzyScore('xyz', 'roshchin'), undefined);
  assert.ok(fuzzyScore('ros', 'roshchin')! > fuzzyScore('rsn', 'roshchin')!);
});

test('workspace symbols: a number with its sign, a day in any year, a dotted date; a number is never scattered over a date', async () => {
  const { service } = await serviceOver(corpus);
  assert.equal(service.getWorkspaceSymbols('No. 103')[0]?.location.uri, uriOf('c.cable'));
  assert.equal(service.getWorkspaceSymbols('4 October')[0]?.location.uri, uriOf('d.cable'));
  assert.equal(service.getWorkspaceSymbols('4.10.51')[0]?.location.uri, uriOf('d.cable'));
  assert.equal(dateQuery('18.10.51'), '1951-10-18');
  assert.equal(dayQuery('October 7'), '-10-07');
  assert.equal(dayQuery('7 October 1951'), undefined);
  // `1004` is in no cable's number; its digits do occur in order in the date 1951-10-04
  assert.deepEqual(service.getWorkspaceSymbols('1004').filter(s => s.kind === SymbolKind.Module), []);
});

test('workspace symbols: a day in any year finds a cable that writes no year, by its date or by the day it was sent', async () => {
  const { service } = await serviceOver({
    // a Moscow outgoing copy with no year anywhere, dated 30 June and sent after midnight
    'y.cable': 'COPY OF AN OUTGOING TELEGRAM\nreceived at 2250 30 June\nsent at 0040 1 July\nBEIJING - To Comrade KRASOVSKY\n\nTo your No. 483/sh.\n\nAgreed.\n\nFILIPPOV\nNo. 3702\n30 June\n',
  });
  const cables = (query: string) => service.getWorkspaceSymbols(query).filter(s => s.kind === SymbolKind.Module).map(s => s.location.uri);
  assert.deepEqual(cables('30 June'), [uriOf('y.cable')]);
  assert.deepEqual(cables('30.6'), [uriOf('y.cable')]);
  assert.deepEqual(cables('1 July'), [uriOf('y.cable')], 'the day it was sent');
  assert.deepEqual(cables('30 June 1951'), [], 'a year it does not write is no match');
  assert.deepEqual(cables('29 June'), []);
});

test('workspace symbols: a cover name lists the cables of the person it names, as the real name does', async () => {
  const { service } = await serviceOver(corpus);
  const cables = (query: string) => service.getWorkspaceSymbols(query).filter(s => s.kind === SymbolKind.Module).map(s => s.location.uri).sort();
  const stalin = cables('Stalin');
  assert.ok(stalin.length >= 2, `cables to Stalin: ${JSON.stringify(stalin)}`);
  assert.deepEqual(cables('Filippov'), stalin);
  assert.equal(service.getWorkspaceSymbols('Filippov')[0]?.name, 'Joseph Stalin', 'the person still comes first');
});

test('workspace symbols: a cover name matches only in its period, as references read it (`Kuznetsov` is Stalin’s only on the Terebin channel of 1947–1949)', async () => {
  const { service } = await serviceOver({
    'a.cable': 'CIPHERED TELEGRAM No. 25140\nFrom BEIJING\nReceived 14:20 19.10.1951\n---\nCde. FILIPPOV!\nWe agree with your opinion.\nMAO ZEDONG\nNo. 5231\n19 October 1951\n',
    'b.cable': 'CIPHERED TELEGRAM No. 8610\nFrom PEKING\nReceived 13:50 29.III.1953\n---\nTo Comrade MOLOTOV.\nMao Zedong agrees.\nKUZNETSOV\nNo. 118\n29.3.53\n',
  });
  const found = (query: string) => service.getWorkspaceSymbols(query).map(s => s.kind === SymbolKind.Module ? s.location.uri : s.name);
  assert.deepEqual(found('Kuznetsov'), ['Vasily Kuznetsov', uriOf('b.cable')]);
  assert.deepEqual(found('Semenov'), []);
  // in its period the cover name still finds him and his cables
  assert.deepEqual(found('Filippov'), ['Joseph Stalin', uriOf('a.cable')]);
});

test('workspace symbols: a slip of a name written in the folder finds the man its hover names', async () => {
  // two letters swapped: `Krasovksy` is no letter-order match of `Krasovsky`
  const { service } = await serviceOver({ 'k.cable': beijingCable('22110', 3, 'I have discussed with Cde. Krasovksy the question of the air divisions.') });
  const found = service.getWorkspaceSymbols('Krasovksy');
  assert.equal(found[0]?.name, 'Stepan Krasovsky');
  assert.match(found[0]!.containerName!, /^as Krasovksy · /);
  // a slip no cable writes is no match
  assert.deepEqual(service.getWorkspaceSymbols('Krasvoksy').filter(s => s.kind !== SymbolKind.Module), []);
});

test('workspace symbols: a cable addressed to Comrade STALIN I.V. is among his cover names’ cables', async () => {
  const { service } = await serviceOver({
    'p.cable': 'CIPHERED TELEGRAM No. 601022/sh\nFrom Pyongyang.Sent 8.10.50 16:20\nReceived 8.10 14:05\n---\n'
      + 'TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR\nComrade STALIN I.V.\n\nKim Il Sung thanked you.\n\nT. SHTYKOV\nNo. 1443/sh\n8.10.50\n',
  });
  for (const query of ['Filippov', 'Feng Xi']) {
    assert.ok(service.getWorkspaceSymbols(query).some(s => s.kind === SymbolKind.Module && s.location.uri === uriOf('p.cable')), query);
  }
});

test('workspace symbols: by the sender’s own number, the one replies cite', async () => {
  const { service } = await serviceOver({ 'r.cable': roshchinCable('25150', '2467', 3, 'The talks went well.') });
  assert.equal(service.getWorkspaceSymbols('2467')[0]?.location.uri, uriOf('r.cable'));
});

/** A rename's edit, failing the test when the rename was refused. */
function renamed(result: WorkspaceEdit | RenameRefusal | null): WorkspaceEdit {
  assert.ok(result && !('refused' in result), JSON.stringify(result));
  return result;
}

test('rename: one spelling across the corpus, capitals kept, annotated per file; none without annotation support for glosses', async () => {
  const { service } = await serviceOver(corpus);
  const doc = makeDocument(corpus['c.cable'], 0, uriOf('c.cable'));
  const edit = renamed(service.getRenameEdits(doc, rangeOfText(doc, 'Roschin').start, 'Roshchin', { annotations: true }));
  assert.deepEqual(edit.documentChanges!.map(d => 'textDocument' in d && d.textDocument.uri), [uriOf('c.cable')]);
  const all = renamed(service.getRenameEdits(doc, rangeOfText(doc, 'FILIPPOV').start, 'Fillipov', { annotations: true }));
  const ids = all.documentChanges!.flatMap(d => ('edits' in d ? d.edits.map(e => ('annotationId' in e ? e.annotationId : '')) : []));
  assert.equal(ids.length, 4, 'one FILIPPOV per file');
  assert.ok(Object.values(all.changeAnnotations!).every(a => a.needsConfirmation));
  const glossDoc = makeDocument(corpus['a.cable'], 0, uriOf('a.cable'));
  const gloss = renamed(service.getRenameEdits(glossDoc, rangeOfText(glossDoc, 'Stalin').start, 'Stalin I.V.', { annotations: true }));
  assert.ok(gloss.changeAnnotations!['cable.rename.gloss']);
  const plain = service.getRenameEdits(glossDoc, rangeOfText(glossDoc, 'Stalin').start, 'Stalin I.V.', { annotations: false });
  assert.match((plain as RenameRefusal).refused, /^Nothing to rename: every 'Stalin' is inside an editor's gloss/, 'gloss edits are left out without annotations, and the rename says so');
  const caps = renamed(service.getRenameEdits(makeDocument(corpus['b.cable'], 0, uriOf('b.cable')), rangeOfText(makeDocument(corpus['b.cable']), 'Roshchin').start, 'Roščin', { annotations: true }));
  const texts = caps.documentChanges!.flatMap(d => ('edits' in d ? d.edits.map(e => ('newText' in e ? e.newText : '')) : []));
  assert.ok(texts.includes('ROŠČIN') && texts.includes('Roščin'), texts.join(', '));
});

test('rename of a spelling in capitals: the label shows what is written; a change of case alone is refused, saying why', async () => {
  const { service } = await serviceOver(corpus);
  const doc = makeDocument(corpus['b.cable'], 0, uriOf('b.cable'));
  const at = rangeOfText(doc, 'ROSHCHIN').start;
  const edit = renamed(service.getRenameEdits(doc, at, 'Roshchinn', { annotations: true }));
  const written = edit.documentChanges!.flatMap(d => ('edits' in d ? d.edits.map(e => ('newText' in e ? e.newText : '')) : []));
  assert.deepEqual(written.sort(), ['ROSHCHINN', 'Roshchinn', 'Roshchinn', 'Roshchinn']);
  assert.equal(edit.changeAnnotations![`cable.rename:${uriOf('b.cable')}`]?.label, "'ROSHCHIN' → 'ROSHCHINN', 'Roshchin' → 'Roshchinn' in b.cable");
  assert.equal(edit.changeAnnotations![`cable.rename:${uriOf('a.cable')}`]?.label, "'Roshchin' → 'Roshchinn' in a.cable");
  const same = service.getRenameEdits(doc, at, 'Roshchin', { annotations: true });
  assert.deepEqual(same, { refused: "Nothing to rename: 'ROSHCHIN' is written in capitals, and a rename keeps them, so 'Roshchin' would write 'ROSHCHIN' again. Change the case in the text itself." });
});

test('corpus check: the rare near-miss spelling, with the count and where the usual one is', async () => {
  const { service } = await serviceOver(corpus);
  const found = service.getCorpusDiagnostics();
  assert.deepEqual([...found.keys()], [uriOf('c.cable')]);
  const d = found.get(uriOf('c.cable'))![0];
  assert.equal(d.code, 'cable.corpus.rareSpelling');
  // 'Roshchin' three times and 'ROSHCHIN' once: the count is of both, and says so
  assert.match(String(d.message), /'Roschin' is written once in this folder; 'Roshchin' \(Nikolai Roshchin\), in any case, 4 times in 3 files/);
  assert.equal(d.relatedInformation!.length, 3);
});

test('corpus check: a one-syllable given name of its own is another man, not a rare spelling (Chen Yu beside Chen Yun)', async () => {
  const { service } = await serviceOver({
    'a.cable': beijingCable('101', 1, 'Chen Yun reports on the budget.'),
    'b.cable': beijingCable('102', 2, 'Chen Yun agrees.'),
    'c.cable': beijingCable('103', 3, 'Chen Yun and Li Fuchun will come.'),
    'd.cable': beijingCable('104', 4, 'Chen Yu, Minister of the Fuel Industry, and Chen Yun met the specialists.'),
  });
  assert.deepEqual([...service.getCorpusDiagnostics().values()].flat().map(d => d.message), []);
});

test('corpus check: a given name mistyped after a short surname, alone in its cable, is a rare spelling when the folder writes the man often (Ren Bishe beside Ren Bishi)', async () => {
  const files = {
    'a.cable': beijingCable('101', 1, 'Ren Bishi reports on the party.'),
    'b.cable': beijingCable('102', 2, 'Ren Bishi agrees.'),
    'c.cable': beijingCable('103', 3, 'Ren Bishi and Zhou Enlai will come.'),
    'd.cable': beijingCable('104', 4, 'Ren Bishe added that the comrades understand this.'),
  };
  const { service } = await serviceOver(files);
  const found = [...service.getCorpusDiagnostics()];
  assert.deepEqual(found.map(([uri, ds]) => [uri, ds.map(d => d.code)]), [[uriOf('d.cable'), ['cable.corpus.rareSpelling']]]);
  assert.match(String(found[0]![1][0]!.message), /'Ren Bishe' is written once in this folder; 'Ren Bishi' \(Ren Bishi\) 3 times in 3 files/);
  // a folder that names him once is too little to tell a slip from another man
  const { service: few } = await serviceOver({ 'a.cable': files['a.cable'], 'd.cable': files['d.cable'] });
  assert.deepEqual([...few.getCorpusDiagnostics().values()].flat(), []);
});

test('corpus check: the same cable twice (number, channel, date), with the other file as related location', async () => {
  const { service } = await serviceOver({ ...corpus, 'copy.cable': corpus['a.cable'] });
  const found = service.getCorpusDiagnostics();
  const dup = found.get(uriOf('copy.cable'))!.find(d => d.code === 'cable.corpus.duplicateCable')!;
  assert.ok(dup);
  assert.equal(dup.relatedInformation![0].location.uri, uriOf('a.cable'));
});

test('corpus check: a cable saved thirty times names at most twenty of its other places, and counts them all', async () => {
  const copies: Record<string, string> = {};
  for (let i = 0; i < 30; i++) copies[`copy-${i}.cable`] = corpus['a.cable'];
  const { service } = await serviceOver(copies);
  const dup = service.getCorpusDiagnostics().get(uriOf('copy-0.cable'))!.find(d => d.code === 'cable.corpus.duplicateCable')!;
  assert.match(String(dup.message), /is also in 29 other places of this folder\.$/);
  assert.equal(dup.relatedInformation!.length, 20);
});

test('corpus check: a cable that writes no year saved twice is one cable — a copy, and no ambiguity for its citation', async () => {
  // Moscow's outgoing copy writes no year; Mao's reply cites it by the time it was sent
  const moscow = 'COPY OF AN OUTGOING TELEGRAM\nreceived at 2150 30 June\nsent at 2340 30 June\nBEIJING - To Comrade KRASOVSKY\nfor Comrade MAO ZEDONG\n\n'
    + 'Transmit to Comrade MAO ZEDONG the following answer:\n\n“We agree.\n\nWith greetings, FILIPPOV [Stalin].”\n\nFILIPPOV\nNo. 3702\n30 June\n';
  const mao = 'CABLE N° 21688\nfrom [BEIJING] received at 1020 1 July 1951\n---\nCde. FILIPPOV!\n\nI have received your telegram of 2340 30 June.\n\nMAO ZEDONG\nN° 3167\n1 July\n';
  const { service } = await serviceOver({ 'm.cable': moscow, 'm-second-copy.cable': moscow, 'r.cable': mao });
  const found = service.getCorpusDiagnostics();
  const dup = found.get(uriOf('m-second-copy.cable'))?.find(d => d.code === 'cable.corpus.duplicateCable');
  assert.ok(dup, JSON.stringify([...found]));
  assert.equal(dup.message, 'Cable N° 3702 of 30 June (Moscow → Beijing; no year written) is also in another place of this folder.');
  assert.equal(dup.relatedInformation![0].location.uri, uriOf('m.cable'));
  assert.deepEqual(found.get(uriOf('r.cable')) ?? [], [], 'the citation of the cable saved twice is not ambiguous');
});

test('corpus checks stay silent on a correct corpus: listed variants, shared numbers on other dates', async () => {
  const { service } = await serviceOver({
    'a.cable': beijingCable('101', 1, 'Cde. Roshchin and Cde. Zhou Enlai.'),
    'b.cable': beijingCable('101', 2, 'Cde. Roshchin and Cde. Chou En-lai.'),
    'c.cable': beijingCable('103', 3, 'Cde. Roshchin and Cde. Zhou Enlai.'),
    'd.cable': beijingCable('104', 4, 'N.V. Roshchin and Cde. Zhou Enlai.'),
  });
  assert.deepEqual([...service.getCorpusDiagnostics()], []);
});

test('workspace diagnostics are computed from the indexer’s analysis', async () => {
  const { service } = await serviceOver(corpus);
  assert.ok(service.getWorkspaceDiagnostics(uriOf('c.cable')).some(d => String(d.code).startsWith('cable.name.')));
});

test('an unknown person: the summary keeps each mention; hover counts the folder; the quick fix gathers every spelling in it', async () => {
  const files = {
    'a.cable': beijingCable('201', 1, 'Cde. Lebedinsky reports. Cde. Lebedinsky agrees.'),
    'b.cable': beijingCable('202', 2, 'Cde. LEBEDINSKY has left.'),
  };
  const { service } = await serviceOver(files);
  assert.deepEqual(service.corpus.get(uriOf('b.cable'))?.unknownPeople?.map(u => [u.written, u.key]), [['LEBEDINSKY', 'lebedinsky']]);
  const doc = makeDocument(files['a.cable'], 0, uriOf('a.cable'));
  const at = rangeOfText(doc, 'Lebedinsky');
  const hover = service.getHover(doc, at.start);
  assert.match(JSON.stringify(hover?.contents), /Not in the gazetteer: 3 mentions in this folder/);
  const actions = service.getCodeActions(doc, [], undefined, at);
  assert.deepEqual(actions.map(a => [a.title, a.gazetteerAddition?.entry]), [[
    "Add 'Lebedinsky' to the workspace gazetteer",
    { id: 'lebedinsky', kind: 'person', canonical: 'Lebedinsky', variants: [{ form: 'Lebedinsky' }, { form: 'LEBEDINSKY' }] },
  ]]);
  assert.deepEqual(service.getCodeActions(doc, [], undefined, rangeOfText(doc, 'reports')), [], 'nothing away from the name');
});

test('an unknown person before the folder is indexed: the count stays within the document', () => {
  const manager = new GazetteerManager();
  const service = createCableLanguageService({ gazetteer: () => manager.gazetteer, workspace: new MemoryWorkspace({}) });
  const doc = makeDocument(beijingCable('201', 1, 'Cde. Lebedinsky reports.'));
  const hover = service.getHover(doc, rangeOfText(doc, 'Lebedinsky').start);
  assert.match(JSON.stringify(hover?.contents), /Not in the gazetteer: 1 mention in this document/);
});

test('rename: a name read from its context (a bare surname) is no spelling to rename', async () => {
  const { service } = await serviceOver({});
  const doc = makeDocument(beijingCable('1', 1, 'Kim Il Sung received me. Kim agrees.'));
  assert.equal(service.prepareRename(doc, rangeOfText(doc, 'Kim', 1).start), null);
  assert.ok(service.prepareRename(doc, rangeOfText(doc, 'Kim Il Sung').start), 'the full name still renames');
});
