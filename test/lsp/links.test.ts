/**
 * Links between cables over the protocol, against a temporary copy of `samples/corpus/`: Go to
 * Definition on a reference, document links, hover, "cited by" lenses, references from a header,
 * the `cable/timeline` request with its links and `cable/corpusChanged`, and the two corpus checks
 * on references — the folder draws exactly what `samples/README.md` says.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hoverText, LspClient, rangeOf, repoRoot, type Diagnostic, type Position, type Range, until } from './lspClient';

const SAMPLES = path.join(repoRoot, 'samples', 'corpus');
const COLLECTION = 'collection-beijing-moscow-october-november-1950.cable';

let dir: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
const text = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

/** The position `into` characters into the first occurrence of `needle`. */
function at(name: string, needle: string, into = 0): Position {
  const start = rangeOf(text(name), needle).start;
  return { line: start.line, character: start.character + into };
}

const lastPublished = (u: string) => [...client.notifications].reverse()
  .find(n => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === u)?.params as { diagnostics: Diagnostic[] } | undefined;

interface Timeline {
  cables: { key: string; uri: string; label: string; date?: string; number?: string; headerRange: Range; copies?: { uri: string; headerRange: Range }[] }[];
  links: { from: string; to: string }[];
  complete: boolean;
}

before(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cable-links-')));
  for (const name of fs.readdirSync(SAMPLES)) fs.copyFileSync(path.join(SAMPLES, name), path.join(dir, name));
  client = await LspClient.start({ workspaceFolder: dir });
  await until('a complete index', async () => {
    const status = await client.request<{ complete: boolean; files: number }>('cable/indexStatus', {});
    return status.complete && status.files === 12 ? true : undefined;
  });
});
after(async () => {
  await client?.shutdown();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('definition on “Reply to your No. 2467.”: the header of Roshchin’s cable No. 2467 (CIPHERED TELEGRAM No. 25150)', async () => {
  const name = '1950-10-05-moscow-beijing-6187.cable';
  const doc = client.open(uri(name), text(name));
  const defs = await client.request<{ uri: string; range: Range }[]>('textDocument/definition', {
    textDocument: { uri: doc }, position: at(name, 'No. 2467', 'No. 24'.length),
  });
  assert.deepEqual(defs.map(d => d.uri), [uri('1950-10-03-beijing-moscow-25150.cable')]);
  assert.deepEqual(defs[0].range.start, { line: 0, character: 0 });
  assert.equal(text('1950-10-03-beijing-moscow-25150.cable').split('\n')[defs[0].range.start.line], 'CIPHERED TELEGRAM No. 25150');
  // A name keeps its own definition: FILIPPOV goes to the gazetteer.
  const name2 = await client.request<{ uri: string }[]>('textDocument/definition', {
    textDocument: { uri: doc }, position: at(name, 'FILIPPOV\nNo. 6187', 2),
  });
  assert.equal(name2[0].uri, 'cable-gazetteer:/stalin.json');
  client.close(doc);
});

test('definition on the ambiguous “No. 4712”: both copies of Mao’s telegram', async () => {
  const doc = client.open(uri(COLLECTION), text(COLLECTION));
  const defs = await client.request<{ uri: string; range: Range }[]>('textDocument/definition', {
    textDocument: { uri: doc }, position: at(COLLECTION, '4712', 1),
  });
  assert.deepEqual(defs.map(d => d.uri).sort(), [uri('1950-10-07-beijing-moscow-25391-second-copy.cable'), uri('1950-10-07-beijing-moscow-25391.cable')]);
  client.close(doc);
});

test('hover and link on “No. 4712”: one cable saved twice is one cable, its second file named', async () => {
  const doc = client.open(uri(COLLECTION), text(COLLECTION));
  const hover = hoverText(await client.request('textDocument/hover', { textDocument: { uri: doc }, position: at(COLLECTION, '4712', 1) }));
  assert.doesNotMatch(hover, /one of/);
  assert.match(hover, /— in 1950\\-10\\-07\\-beijing\\-moscow\\-25391(?:\\-second\\-copy)?\\\.cable \(also in 1950\\-10\\-07\\-beijing\\-moscow\\-25391(?:\\-second\\-copy)?\\\.cable\)$/);
  const links = await client.request<{ range: Range; tooltip?: string }[]>('textDocument/documentLink', { textDocument: { uri: doc } });
  const link = links.find(l => text(COLLECTION).split('\n')[l.range.start.line].slice(l.range.start.character, l.range.end.character) === '4712');
  assert.ok(link?.tooltip && !/one of/.test(link.tooltip), `one cable, not a choice: ${link?.tooltip}`);
  client.close(doc);
});

test('document links: each resolved number opens the cited file at its header line, with its title as tooltip', async () => {
  const name = '1950-10-19-beijing-moscow-25844.cable';
  const doc = client.open(uri(name), text(name));
  const links = await client.request<{ range: Range; target: string; tooltip?: string }[]>('textDocument/documentLink', { textDocument: { uri: doc } });
  const byText = new Map(links.map(l => [text(name).split('\n')[l.range.start.line].slice(l.range.start.character, l.range.end.character), l]));
  const collectionText = text(COLLECTION).split('\n');
  const doc13 = collectionText.indexOf('Document No. 13') + 1;
  assert.equal(byText.get('6302')?.target, `${uri(COLLECTION)}#L${doc13}`);
  assert.equal(byText.get('2519')?.target, `${uri(COLLECTION)}#L1`);
  assert.match(byText.get('6302')!.tooltip!, /^Copy of an outgoing telegram No\. 6302/);
  assert.equal(byText.get('Your telegram of 14 October')?.target, `${uri(COLLECTION)}#L${doc13}`, 'a citation by date alone links as a whole');
  assert.equal(links.length, 3);
  client.close(doc);
});

test('hover on a reference: the cited cable’s title and date', async () => {
  const name = '1950-11-17-beijing-moscow-26844.cable';
  const doc = client.open(uri(name), text(name));
  const hover = await client.request('textDocument/hover', { textDocument: { uri: doc }, position: at(name, 'your No. 6511', 'your No. 65'.length) });
  const value = hoverText(hover);
  assert.match(value, /^\*\*Copy of an outgoing telegram No\\\. 6511 — Moscow → Beijing, sent 0115 10 Nov\*\*, 10 November 1950 — in 1950\\-11\\-10\\-moscow\\-beijing\\-6511\\\.cable$/);
  client.close(doc);
});

test('code lens “cited by N” on a cited header, with the showReferences command; references from the header list the same', async () => {
  const name = '1950-10-03-beijing-moscow-25150.cable';
  const doc = client.open(uri(name), text(name));
  const lenses = await client.request<{ range: Range; command: { title: string; command: string; arguments: [string, Position, { uri: string; range: Range }[]] } }[]>(
    'textDocument/codeLens', { textDocument: { uri: doc } });
  assert.equal(lenses.length, 1);
  assert.equal(lenses[0].command.title, 'cited by 2');
  assert.equal(lenses[0].command.command, 'cable.showReferences');
  const [lensUri, position, locations] = lenses[0].command.arguments;
  assert.equal(lensUri, doc);
  assert.deepEqual(position, { line: 0, character: 0 });
  assert.deepEqual(locations.map(l => l.uri), [uri('1950-10-05-moscow-beijing-6187.cable'), uri(COLLECTION)]);
  const refs = await client.request<{ uri: string; range: Range }[]>('textDocument/references', {
    textDocument: { uri: doc }, position: at(name, 'No. 25150', 5), context: { includeDeclaration: false },
  });
  assert.deepEqual(refs, locations);
  client.close(doc);
  const uncited = '1950-11-17-beijing-moscow-26844.cable';
  const other = client.open(uri(uncited), text(uncited));
  assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: other } }), []);
  client.close(other);
});

test('cable/timeline: the 13 cables in date order (Mao’s 25391, saved twice, once), complete, with the links of the README’s table', async () => {
  const timeline = await client.request<Timeline>('cable/timeline', {});
  assert.equal(timeline.complete, true);
  assert.equal(timeline.cables.length, 13);
  const mao = timeline.cables.filter(c => c.number === '25391');
  assert.deepEqual(mao.map(c => [c.uri, c.copies?.map(o => o.uri)]), [
    [uri('1950-10-07-beijing-moscow-25391.cable'), [uri('1950-10-07-beijing-moscow-25391-second-copy.cable')]],
  ]);
  const dates = timeline.cables.map(c => c.date!.slice(0, 10));
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(timeline.cables[0].label, '1950-10-01 Moscow → Beijing  N° 6129  Joseph Stalin → Nikolai Roshchin');
  const keyOf = (file: string, index = 0) => `${uri(file)}#${index}`;
  for (const key of timeline.cables.map(c => c.key)) assert.match(key, /#\d+$/);
  const has = (from: string, to: string) => timeline.links.some(l => l.from === from && l.to === to);
  assert.ok(has(keyOf('1950-10-05-moscow-beijing-6187.cable'), keyOf('1950-10-03-beijing-moscow-25150.cable')), 'Reply to your No. 2467.');
  assert.ok(has(keyOf(COLLECTION, 1), keyOf(COLLECTION, 0)), 'Document No. 13: To No. 2519.');
  assert.ok(has(keyOf('1950-11-17-beijing-moscow-26844.cable'), keyOf('1950-11-10-moscow-beijing-6511.cable')));
  const cited = new Set(timeline.links.map(l => l.to));
  const uncited = timeline.cables.filter(c => !cited.has(c.key)).map(c => c.number);
  // Not cited by anyone: 1405/sh (601183/sh), 2563 (25844), 2788 (26844); Mao's 4712 is cited once, in the copy shown.
  assert.deepEqual(uncited.sort(), ['25844', '26844', '601183/sh']);
});

test('the corpus checks on references: “No. 4712” cites one cable saved twice, which is no ambiguity, and nothing else is new', async () => {
  const corpusCodes = await until('the corpus checks of every file', () => {
    const codes: string[] = [];
    for (const name of fs.readdirSync(dir)) {
      for (const d of lastPublished(uri(name))?.diagnostics ?? []) if (String(d.code).startsWith('cable.corpus.')) codes.push(`${name}: ${d.code}`);
    }
    // the collection's own diagnostics are published with the corpus checks (its structure, its names)
    return codes.length >= 3 && lastPublished(uri(COLLECTION)) ? codes : undefined;
  });
  assert.deepEqual(corpusCodes.sort(), [
    '1950-10-07-beijing-moscow-25391-second-copy.cable: cable.corpus.duplicateCable',
    '1950-10-07-beijing-moscow-25391.cable: cable.corpus.duplicateCable',
    '1950-11-10-moscow-beijing-6511.cable: cable.corpus.rareSpelling',
  ].sort());
});

test('a reference to a later cable is a warning; cable/corpusChanged follows the change', async () => {
  const name = '1950-10-25-beijing-moscow-600944-sh.cable';
  const before = client.notifications.filter(n => n.method === 'cable/corpusChanged').length;
  const doc = client.open(uri(name), text(name).replace(/\n\n/, '\n\nTo your No. 6511.\n\n'));
  const later = await until('the citesLater warning', () => {
    const found = lastPublished(doc)?.diagnostics.filter(d => d.code === 'cable.corpus.citesLater');
    return found?.length ? found : undefined;
  });
  assert.equal(later[0].severity, 2);
  assert.match(later[0].message, /dated 10 November 1950, after the cable that cites it \(25 October 1950\)/);
  await until('cable/corpusChanged', () => (client.notifications.filter(n => n.method === 'cable/corpusChanged').length > before ? true : undefined));
  client.close(doc);
});
