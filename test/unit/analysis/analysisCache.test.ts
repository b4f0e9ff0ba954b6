// The analysis cache: one analysis per uri and version, made again when the version, the gazetteer
// or the settings change, and at most `capacity` documents kept (the least recently used dropped).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { AnalysisCache, defaultSettings, type CableSettings } from '../../../server/src/service/analysis';
import { Gazetteer } from '../../../server/src/service/gazetteer';
import { builtinGazetteer, makeDocument } from '../features/fixture';

const text = 'To Cde. Filippov.\nText of the message.\nROSHCHIN\n';

function cache(capacity?: number, gazetteer: () => Gazetteer = () => builtinGazetteer, settings: () => CableSettings = () => defaultSettings) {
  return new AnalysisCache(gazetteer, settings, capacity);
}

test('the same uri and version give the same analysis', () => {
  const analyses = cache();
  const first = analyses.get(makeDocument(text, 1));
  assert.equal(analyses.get(makeDocument(text, 1)), first);
  assert.equal(first.text, text);
});

test('a new version of the document is analysed again', () => {
  const analyses = cache();
  const first = analyses.get(makeDocument(text, 1));
  const second = analyses.get(makeDocument(text + 'More.\n', 2));
  assert.notEqual(second, first);
  assert.equal(second.text, text + 'More.\n');
  assert.equal(analyses.get(makeDocument(text + 'More.\n', 2)), second);
  assert.equal(analyses.size, 1, 'one version per uri');
});

test('a new gazetteer object or a new settings object makes a new analysis', () => {
  let gazetteer = builtinGazetteer;
  let settings: CableSettings = defaultSettings;
  const analyses = cache(undefined, () => gazetteer, () => settings);
  const doc = makeDocument(text, 1);
  const first = analyses.get(doc);

  gazetteer = new Gazetteer(builtinGazetteer.entries);
  const second = analyses.get(doc);
  assert.notEqual(second, first);
  assert.equal(second.cables[0].analysis.gazetteer, gazetteer);

  settings = { ...defaultSettings };
  const third = analyses.get(doc);
  assert.notEqual(third, second);
  assert.equal(third.cables[0].analysis.settings, settings);
  assert.equal(analyses.get(doc), third);
});

test('past its capacity the cache drops the least recently used document', () => {
  const analyses = cache(2);
  const a = makeDocument(text, 1, 'file:///a.cable');
  const b = makeDocument(text, 1, 'file:///b.cable');
  const c = makeDocument(text, 1, 'file:///c.cable');
  const first = { a: analyses.get(a), b: analyses.get(b) };
  analyses.get(a); // a is now more recent than b
  analyses.get(c);
  assert.equal(analyses.size, 2);
  assert.equal(analyses.get(a), first.a, 'a was kept');
  assert.notEqual(analyses.get(b), first.b, 'b was dropped and is analysed again');
});

test('a forgotten document is analysed again', () => {
  const analyses = cache();
  const doc = makeDocument(text, 1);
  const first = analyses.get(doc);
  analyses.forget(doc.uri);
  assert.equal(analyses.size, 0);
  assert.notEqual(analyses.get(doc), first);
});
