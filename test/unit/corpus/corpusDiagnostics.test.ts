// The corpus findings kept up to date change by change: after every kind of change (a rare
// spelling appears or becomes usual, a duplicate is made or undone, a cited cable arrives, is
// renumbered or leaves) they equal the findings of the whole folder checked afresh.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createCableLanguageService, type CableLanguageService } from '../../../server/src/service';
import { defaultSettings } from '../../../server/src/service/analysis';
import { CorpusDiagnostics } from '../../../server/src/service/corpus/corpusDiagnostics';
import { corpusRules } from '../../../server/src/service/corpus/corpusRules';
import { builtinGazetteer } from '../features/fixture';
import { beijingCable, moscowCable } from './fixtures';
import { MemoryWorkspace, settle } from './memoryWorkspace';

function checkedAfresh(service: CableLanguageService) {
  return new CorpusDiagnostics(corpusRules).get(service.corpus, builtinGazetteer, defaultSettings);
}

/** The findings as plain data, files in name order. */
function plain(found: ReadonlyMap<string, readonly unknown[]>): [string, unknown][] {
  return [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([uri, list]) => [uri, JSON.parse(JSON.stringify(list))]);
}

/**
 * Roshchin written four times and `Roschin` once (a rare spelling); a Moscow cable No. 6101 sent on
 * the day given in October 1951, cited by number in a Beijing cable of 3 October.
 */
async function indexedFolder(citedDay: number): Promise<{ workspace: MemoryWorkspace; service: CableLanguageService }> {
  const workspace = new MemoryWorkspace({
    'a.cable': beijingCable('101', 1, 'Cde. Roshchin reports.'),
    'b.cable': beijingCable('102', 2, 'Cde. Roshchin and ROSHCHIN.'),
    'c.cable': beijingCable('103', 3, 'Cde. Roschin reports.'),
    'd.cable': beijingCable('104', 4, 'Cde. Roshchin again.'),
    'm1.cable': moscowCable('6101', citedDay, 'Pass the following to Cde. Mao Zedong.'),
    'b3.cable': beijingCable('25300', 3, 'Reply to your telegram No. 6101.'),
  });
  const service = createCableLanguageService({ gazetteer: () => builtinGazetteer, workspace });
  await service.indexWorkspace();
  return { workspace, service };
}

test('after each change the kept findings equal the whole folder checked afresh', async () => {
  const { workspace, service } = await indexedFolder(1);
  const seen = new Set<string>();
  const step = async (what: string, change: () => void) => {
    change();
    await settle();
    const kept = plain(service.getCorpusDiagnostics());
    assert.deepEqual(kept, plain(checkedAfresh(service)), what);
    for (const [, list] of kept) for (const d of list as { code: string }[]) seen.add(d.code);
  };
  await step('text added after the usual spelling: no other file concerned', () => workspace.write('d.cable', beijingCable('104', 4, 'Cde. Roshchin again. More follows.')));
  await step('a line added above the usual spelling where it is first seen: the rare spelling\'s related place moves',
    () => workspace.write('a.cable', beijingCable('101', 1, 'Received in full.\nCde. Roshchin reports.')));
  await step('a copy of a.cable: a duplicate', () => workspace.write('copy.cable', beijingCable('101', 1, 'Received in full.\nCde. Roshchin reports.')));
  await step('the copy\'s header moved down a line: the duplicate\'s related place moves',
    () => workspace.write('copy.cable', '\n' + beijingCable('101', 1, 'Received in full.\nCde. Roshchin reports.')));
  await step('a second cable with the cited number: an ambiguous reference', () => workspace.write('m1-copy.cable', moscowCable('6101', 2, 'Pass it on.')));
  await step('the copy renumbered: no longer ambiguous', () => workspace.write('m1-copy.cable', moscowCable('6102', 1, 'Pass it on.')));
  await step('the cited cable dated after the citing one', () => workspace.write('m1.cable', moscowCable('6101', 9, 'Pass the following to Cde. Mao Zedong.')));
  await step('the cited cable\'s header moved down a line: the citation\'s related place moves',
    () => workspace.write('m1.cable', '\n' + moscowCable('6101', 9, 'Pass the following to Cde. Mao Zedong.')));
  await step('text added to the cited cable\'s body', () => workspace.write('m1.cable', '\n' + moscowCable('6101', 9, 'Pass the following to Cde. Mao Zedong. At once.')));
  await step('the rare spelling written twice more: no longer rare enough', () => workspace.write('e.cable', beijingCable('105', 5, 'Cde. Roschin and Cde. Roschin.')));
  await step('the usual spelling lost in a file', () => workspace.write('b.cable', beijingCable('102', 2, 'Nobody named.')));
  await step('the duplicate deleted', () => workspace.delete('copy.cable'));
  await step('the cited cable deleted', () => workspace.delete('m1.cable'));
  assert.deepEqual([...seen].sort(), ['cable.corpus.ambiguousReference', 'cable.corpus.citesLater', 'cable.corpus.duplicateCable', 'cable.corpus.rareSpelling'],
    'every check reported at some step');
});

test('a file whose findings did not change keeps the same list', async () => {
  const workspace = new MemoryWorkspace({
    'a.cable': beijingCable('101', 1, 'Cde. Roshchin reports.'),
    'copy.cable': beijingCable('101', 1, 'Cde. Roshchin reports.'),
    'b.cable': beijingCable('102', 2, 'Nothing.'),
  });
  const service = createCableLanguageService({ gazetteer: () => builtinGazetteer, workspace });
  await service.indexWorkspace();
  const before = service.getCorpusDiagnostics().get(workspace.write('b.cable', beijingCable('102', 2, 'Still nothing.')));
  assert.equal(before, undefined);
  const list = service.getCorpusDiagnostics().get('file:///corpus/a.cable');
  await settle();
  assert.ok(list?.length);
  assert.equal(service.getCorpusDiagnostics().get('file:///corpus/a.cable'), list);
});

test('text typed into a body leaves the findings of the other files as they were (the same lists)', async () => {
  const { workspace, service } = await indexedFolder(9);
  const rare = service.getCorpusDiagnostics().get('file:///corpus/c.cable');
  const citing = service.getCorpusDiagnostics().get('file:///corpus/b3.cable');
  assert.deepEqual(rare?.map(d => d.code), ['cable.corpus.rareSpelling']);
  assert.deepEqual(citing?.map(d => d.code), ['cable.corpus.citesLater']);
  // after the usual spelling's mention in a file it is related to, and in the cited cable
  workspace.write('a.cable', beijingCable('101', 1, 'Cde. Roshchin reports. More follows.'));
  workspace.write('m1.cable', moscowCable('6101', 9, 'Pass the following to Cde. Mao Zedong. At once.'));
  await settle();
  assert.equal(service.getCorpusDiagnostics().get('file:///corpus/c.cable'), rare, 'the rare spelling was not checked again');
  assert.equal(service.getCorpusDiagnostics().get('file:///corpus/b3.cable'), citing, 'the citation was not checked again');
});

test('the files whose findings changed are named, and only those', async () => {
  const { workspace, service } = await indexedFolder(9);
  service.getCorpusDiagnostics();
  const first = service.getCorpusDiagnosticChanges(0)!;
  assert.deepEqual([...first.uris!].sort(), ['file:///corpus/b3.cable', 'file:///corpus/c.cable']);
  const named = async (change: () => void): Promise<string[] | undefined> => {
    const { version } = service.getCorpusDiagnosticChanges(0)!;
    change();
    await settle();
    service.getCorpusDiagnostics();
    const uris = service.getCorpusDiagnosticChanges(version)!.uris;
    return uris && [...uris].sort();
  };
  assert.deepEqual(await named(() => workspace.write('d.cable', beijingCable('104', 4, 'Cde. Roshchin again. More follows.'))), [],
    'text typed into a body changes no findings');
  assert.deepEqual(await named(() => workspace.write('b3.cable', beijingCable('25300', 3, 'Reply to your telegram No. 6101. More follows.'))), [],
    'the citing file checked again, its finding the same');
  assert.deepEqual(await named(() => workspace.write('copy.cable', beijingCable('101', 1, 'Received in part.'))),
    ['file:///corpus/a.cable', 'file:///corpus/copy.cable'], 'a second copy: both copies');
  assert.deepEqual(await named(() => workspace.write('b.cable', beijingCable('102', 2, 'Nobody named.'))), ['file:///corpus/c.cable'],
    'the usual spelling written less often: the rare spelling\'s message (its count) changes');
  assert.deepEqual(await named(() => workspace.delete('m1.cable')), ['file:///corpus/b3.cable'], 'the cited cable deleted');
  // more updates than are remembered: the answer says it cannot tell, and gives the version now
  const { version } = service.getCorpusDiagnosticChanges(0)!;
  for (let i = 0; i < 70; i++) {
    workspace.write('copy.cable', beijingCable(i % 2 ? '101' : '109', 1, 'Received in part.'));
    await settle();
    service.getCorpusDiagnostics();
  }
  const late = service.getCorpusDiagnosticChanges(version)!;
  assert.equal(late.uris, undefined);
  assert.ok(late.version > version);
  assert.deepEqual(service.getCorpusDiagnosticChanges(late.version)!.uris, new Set());
});
