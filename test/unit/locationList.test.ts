// The compact list of locations that Find All References answers, and the stdio writer that writes
// its JSON straight from it: the same locations, and byte for byte the JSON `JSON.stringify` writes.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Location } from 'vscode-languageserver-types';
import { LocationList } from '../../server/src/service/locationList';
import { sortLocations } from '../../server/src/service/features/references';
import { encodeMessage, writeLocations } from '../../server/src/lsp/jsonAnswers';

const SEED = 20261205;

const location = (uri: string, line: number, character: number, length = 5): Location =>
  ({ uri, range: { start: { line, character }, end: { line, character: character + length } } });

/** Uris as clients send them, and some no client sends (quotes, backslashes, letters past ASCII, a lone surrogate). */
const uri = fc.oneof(
  fc.constantFrom('file:///c/a.cable', 'file:///c/b.cable', 'file:///c/B.cable', 'file:///c/%D0%B0.cable', 'untitled:Untitled-1'),
  fc.string({ maxLength: 12 }).map(s => `file:///x/${s}`),
  fc.constantFrom('file:///q/"quoted".cable', 'file:///q/back\\slash.cable', 'file:///q/Пхеньян.cable', 'file:///q/\ud800.cable'),
);
const number = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom(0, 9, 10, 99, 100, 2 ** 31 - 1));
const arbitraryLocation = fc.tuple(uri, number, number, number, number)
  .map(([u, a, b, c, d]): Location => ({ uri: u, range: { start: { line: a, character: b }, end: { line: c, character: d } } }));

test('a location list gives back the locations it was given, in their order', () => {
  fc.assert(fc.property(fc.array(arbitraryLocation, { maxLength: 30 }), locations => {
    const list = LocationList.of(locations);
    assert.equal(list.length, locations.length);
    assert.deepEqual(list.toArray(), locations);
    const back = list.toArray();
    locations.forEach((l, i) => assert.deepEqual(back[i], l));
    assert.deepEqual(JSON.parse(JSON.stringify(list)), locations);
  }), { seed: SEED, numRuns: 300 });
});

test('a location list keeps a uri once for each run of locations in one file', () => {
  const list = LocationList.of([location('file:///a', 1, 0), location('file:///a', 2, 0), location('file:///b', 0, 0), location('file:///a', 9, 0)]);
  assert.deepEqual([...list.runs()], [{ uri: 'file:///a', from: 0, to: 2 }, { uri: 'file:///b', from: 2, to: 3 }, { uri: 'file:///a', from: 3, to: 4 }]);
  assert.deepEqual([...new LocationList().runs()], []);
});

test('two lists in reading order merge into one in reading order, the first list first on a tie', () => {
  const sorted = fc.array(arbitraryLocation, { maxLength: 20 }).map(sortLocations);
  fc.assert(fc.property(sorted, sorted, (a, b) => {
    const tagged = [...a.map(l => ({ l, from: 0 })), ...b.map(l => ({ l, from: 1 }))];
    // a stable sort of a's then b's: what a merge of two sorted lists gives
    const expected = tagged.sort((x, y) => compare(x.l, y.l) || x.from - y.from).map(x => x.l);
    const merged = LocationList.merge(LocationList.of(a), LocationList.of(b));
    assert.deepEqual(merged.toArray(), expected);
    // one run for each file, as the stdio writer expects of a list in reading order
    const uris = [...merged.runs()].map(r => r.uri);
    assert.deepEqual(uris, [...new Set(expected.map(l => l.uri))]);
    assert.equal(writeLocations(merged)?.toString('utf8') ?? JSON.stringify(expected), JSON.stringify(expected));
  }), { seed: SEED, numRuns: 300 });
});

function compare(a: Location, b: Location): number {
  return (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

test('the stdio writer writes a list of locations as JSON.stringify writes the locations', () => {
  fc.assert(fc.property(fc.array(arbitraryLocation, { maxLength: 30 }), fc.oneof(fc.integer({ min: 0 }), fc.string({ maxLength: 6 })), (locations, id) => {
    const list = LocationList.of(locations);
    assert.equal(writeLocations(list)!.toString('utf8'), JSON.stringify(locations));
    const message = { jsonrpc: '2.0', id, result: list };
    assert.deepEqual(Buffer.from(encodeMessage(message)), Buffer.from(JSON.stringify({ jsonrpc: '2.0', id, result: locations })));
  }), { seed: SEED, numRuns: 300 });
});

test('numbers no position holds are written by JSON.stringify, as they are', () => {
  for (const odd of [-1, 2 ** 31, 1.5, Number.NaN]) {
    const list = new LocationList();
    list.add('file:///a', 0, 0, 0, odd);
    assert.equal(writeLocations(list), undefined);
    const message = { jsonrpc: '2.0', id: 1, result: list };
    assert.equal(Buffer.from(encodeMessage(message)).toString('utf8'), JSON.stringify(message));
  }
});

test('every other message is written as JSON.stringify writes it, in the charset asked for', () => {
  const messages = [
    { jsonrpc: '2.0', id: 3, result: [location('file:///a', 1, 2)] },
    { jsonrpc: '2.0', id: 4, result: null },
    { jsonrpc: '2.0', id: 5, error: { code: -32800, message: 'cancelled' } },
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'Пхеньян “quoted”' } },
  ];
  for (const m of messages) assert.deepEqual(Buffer.from(encodeMessage(m)), Buffer.from(JSON.stringify(m)));
  const list = LocationList.of([location('file:///q/Пхеньян.cable', 1, 2)]);
  // a charset other than UTF-8 takes the general way, through the list's toJSON
  const latin = { jsonrpc: '2.0', id: 6, result: list };
  assert.deepEqual(Buffer.from(encodeMessage(latin, 'latin1')), Buffer.from(JSON.stringify(latin), 'latin1'));
});
