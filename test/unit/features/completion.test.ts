// Completion while transcribing: the gazetteer's spellings by any of an entity's forms, the office
// on the cable's date, the folder's spellings with their counts, and the words that fit a place
// (months after a day number, number signs after `telegram`), never inside a number or a date.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { MarkupKind, type CompletionItem, type CompletionList, type MarkupContent } from 'vscode-languageserver-types';
import { CompletionProvider } from '../../../server/src/service/features/completion';
import { CorpusIndex } from '../../../server/src/service/corpus/corpusIndex';
import { createCableLanguageService } from '../../../server/src/service';
import { analysisSource, builtinGazetteer, cancelled, documentWithCursor, joinLines, makeDocument, noToken, range } from './fixture';
import { beijingCable } from '../corpus/fixtures';
import { MemoryWorkspace, uriOf } from '../corpus/memoryWorkspace';

const cable = (received: string, body: string) => joinLines(
  'CIPHERED TELEGRAM No. 25025',
  'From PEKING',
  `Received ${received}`,
  'To Cde. FILIPPOV.',
  '',
  body,
  '',
  'ROSHCHIN',
);

const provider = () => new CompletionProvider(analysisSource(), () => new CorpusIndex(), () => builtinGazetteer);

function complete(text: string, p = provider()): CompletionList {
  const { doc, position } = documentWithCursor(text);
  return p.provideCompletions(doc, position, noToken);
}

const labels = (list: CompletionList) => list.items.map(i => i.label);
const named = (list: CompletionList, label: string, detail?: RegExp): CompletionItem => {
  const item = list.items.find(i => i.label === label && (!detail || detail.test(i.detail ?? '')));
  assert.ok(item, `${label} among ${labels(list).join(', ')}`);
  return item;
};

test('a Wade–Giles prefix offers Zhou Enlai in every spelling, the typed system first', () => {
  const list = complete(cable('10:00 19.10.1951', 'Cde. Chou$| arrived.'));
  const zhou = list.items.filter(i => /^Zhou Enlai\b/.test(i.detail ?? ''));
  assert.deepEqual(new Set(zhou.map(i => i.label)), new Set(['Chou En-lai', 'Chou En Lai', 'Zhou Enlai', 'Zhou', 'Enlai']));
  const wadeGiles = named(list, 'Chou En-lai');
  assert.match(wadeGiles.filterText!, /^Chou En-lai\b.*Zhou Enlai/);
  assert.ok(wadeGiles.sortText! < named(list, 'Zhou Enlai').sortText!, 'the spelling begun comes before the others');
  // The item replaces exactly the word typed.
  assert.deepEqual(wadeGiles.textEdit, { range: range(5, 5, 5, 9), newText: 'Chou En-lai' });
});

test('the detail names the office held on the cable\u2019s date', () => {
  const in1951 = named(complete(cable('10:00 19.10.1951', 'Cde. Zhou$|')), 'Zhou Enlai');
  assert.equal(in1951.detail, 'Zhou Enlai — Premier of the Government Administration Council of the PRC');
  const in1948 = named(complete(cable('10:00 19.10.1948', 'Cde. Zhou$|')), 'Zhou Enlai');
  assert.match(in1948.detail!, /^Zhou Enlai — Vice Chairman of the CCP Central Military Commission/);
  const undated = named(complete(joinLines('Text about Zhou$|')), 'Zhou Enlai');
  assert.equal(undated.detail, 'Zhou Enlai', 'no date, no office');
});

test('a cover name offers the pseudonym and says whose it is; in its period it ranks first', () => {
  const list = complete(cable('10:00 19.10.1951', 'To Cde. Fil$|'));
  const filippov = named(list, 'Filippov');
  assert.match(filippov.detail!, /^cover name of Joseph Stalin — /);
  assert.equal(list.items[0], filippov);
});

test('the case of the typed letters is kept for all-capital transcriptions', () => {
  const item = named(complete(cable('10:00 19.10.1951', 'ROSH$|')), 'ROSHCHIN');
  assert.equal(item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : '', 'ROSHCHIN');
});

test('a name of several words already begun is completed as a whole', () => {
  const list = complete(cable('10:00 19.10.1951', 'Cde. Chou En$|'));
  const item = named(list, 'Chou En-lai');
  assert.deepEqual(item.textEdit, { range: range(5, 5, 5, 12), newText: 'Chou En-lai' });
});

test('month names after a day number, and only they', () => {
  const list = complete(cable('1135 19 Oc$|', 'Text.'));
  assert.deepEqual(labels(list), ['October']);
  assert.deepEqual(labels(complete(cable('1135 19 Ju$|', 'Text.'))), ['June', 'July']);
  assert.equal(complete(cable('1135 5 $|', 'Text.')).items.length, 12, 'all twelve on an empty word');
  // Away from a day, a month is not offered for a name's prefix.
  assert.ok(!labels(complete(cable('10:00 19.10.1951', 'Cde. Ma$|'))).includes('March'));
  // After a number that is no day, the names.
  assert.ok(labels(complete(cable('10:00 19.10.1951', 'some 2 Zho$|'))).includes('Zhou Enlai'));
});

test('number signs after `telegram`, honorifics before a name, persons only after an honorific', () => {
  assert.deepEqual(labels(complete(cable('10:00 19.10.1951', 'your telegram N$|'))).sort(), ['No.', 'N°', 'Nº'].sort());
  const start = complete(cable('10:00 19.10.1951', 'Co$|'));
  assert.ok(labels(start).includes('Comrade'));
  assert.ok(!labels(start).includes('Cde.'), 'an honorific not begun is not offered');
  assert.ok(labels(complete(cable('10:00 19.10.1951', 'C$|'))).includes('Cde.'));
  const afterCde = complete(cable('10:00 19.10.1951', 'Cde. P$|'));
  assert.ok(!labels(afterCde).includes('Peking'), 'no place after Cde.');
  assert.ok(!labels(afterCde).some(l => /^Cde/.test(l)));
  assert.ok(labels(complete(cable('10:00 19.10.1951', 'arrived in Pek$|'))).includes('Peking'));
});

test('nothing inside a number or a date', () => {
  assert.deepEqual(complete(cable('10:00 19.10.1951', 'Telegram No. 1522/s$|')).items, []);
  assert.deepEqual(complete(cable('10:00 19.10.1951', 'In the 1950$|')).items, []);
  assert.deepEqual(complete(cable('10:00 19.10.1951$|', 'Text.')).items, []);
  // Letters inside a date or a time (an edit in the middle of one) are the date's, not a name's.
  assert.deepEqual(complete(cable('10:00 19.10.1951', 'Sent at 21 hours 40 min$|utes 19 October 1951.')).items, []);
  assert.deepEqual(complete(cable('10:00 19.10.1951', 'Sent 19 October 1951 Mos$|cow time.')).items, []);
  assert.ok(labels(complete(cable('10:00 19.10.1951', 'He flew to Mos$|'))).includes('Moscow'));
});

test('a cancelled request answers empty', () => {
  const { doc, position } = documentWithCursor(cable('10:00 19.10.1951', 'Cde. Zhou$|'));
  assert.deepEqual(provider().provideCompletions(doc, position, cancelled).items, []);
});

test('resolve adds short escaped documentation: who, the spelling system, the office on the date', () => {
  const p = provider();
  const item = named(complete(cable('10:00 19.10.1951', 'Cde. Chou$|'), p), 'Chou En-lai');
  assert.equal(item.documentation, undefined, 'documentation waits for resolve');
  const doc = p.resolveCompletion(JSON.parse(JSON.stringify(item))).documentation as MarkupContent;
  assert.equal(doc.kind, MarkupKind.Markdown);
  assert.match(doc.value, /^\*\*Zhou Enlai\*\* — person/);
  assert.match(doc.value, /Chou En\\-lai: Wade–Giles/);
  assert.match(doc.value, /On 19 October 1951: Premier of the Government Administration Council/);
});

test('the folder\u2019s spellings come first, with how often they are written', async () => {
  const workspace = new MemoryWorkspace({
    'a.cable': beijingCable('101', 1, 'Cde. Chou En-lai and Cde. Roshchin.'),
    'b.cable': beijingCable('102', 2, 'Cde. Chou En-lai met Cde. Roshchin.'),
    'c.cable': beijingCable('103', 3, 'Cde. Chou En-lai left.'),
  });
  const service = createCableLanguageService({ gazetteer: () => builtinGazetteer, workspace });
  await service.indexWorkspace();
  const doc = makeDocument(beijingCable('104', 4, 'Cde. Ch'), 1, uriOf('d.cable'));
  const list = service.getCompletions(doc, doc.positionAt(doc.getText().indexOf('Cde. Ch') + 'Cde. Ch'.length));
  const used = named(list, 'Chou En-lai');
  assert.match(used.detail!, / · used 3× in this folder$/);
  assert.equal(list.items[0], used, 'the spelling the folder uses is first');
  assert.doesNotMatch(named(list, 'Chou En Lai').detail!, /used/);
  // The count follows the index: a fourth file raises it.
  workspace.write('e.cable', beijingCable('105', 5, 'Cde. Chou En-lai.'));
  await service.indexWorkspace();
  assert.match(named(service.getCompletions(doc, doc.positionAt(doc.getText().indexOf('Cde. Ch') + 'Cde. Ch'.length)), 'Chou En-lai').detail!, /used 4×/);
});

test('a collection: nothing on a document heading, and a name in a later cable is replaced on its own line', () => {
  // Found by the fuzzer: on `Document 1` the cursor stands before the cable's text.
  assert.deepEqual(complete('Document$| 1').items, []);
  const second = joinLines('=====', 'CIPHERED TELEGRAM No. 2', 'From PEKING', 'Received 10:00 19.10.1951', '', 'Cde. Chou$|');
  const { doc, position } = documentWithCursor(cable('10:00 19.10.1951', 'Text.') + '\n' + second);
  const item = named(provider().provideCompletions(doc, position, noToken), 'Chou En-lai');
  const edit = item.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } } };
  assert.deepEqual(edit.range.end, position);
  assert.deepEqual(edit.range.start, { line: position.line, character: position.character - 'Chou'.length });
});

test('a position past the end of the document completes nothing', () => {
  const doc = makeDocument(`${cable('Received 11:35 19.10.1951', 'Nothing new.')}\nCde. Zho`);
  const p = provider();
  const last = doc.lineCount - 1;
  assert.ok(p.provideCompletions(doc, { line: last, character: 'Cde. Zho'.length }, noToken).items.some(i => i.label === 'Zhou Enlai'), 'at the end itself');
  assert.deepEqual(p.provideCompletions(doc, { line: last + 50, character: 0 }, noToken).items, []);
});
