// The analysis is lazy: each layer is computed on first use, once. Observed through what entity
// recognition reads (the gazetteer) and through the identity of each layer's result.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, defaultSettings } from '../../../server/src/service/analysis';
import type { Gazetteer } from '../../../server/src/service/gazetteer';
import { builtinGazetteer } from '../features/fixture';

const text = 'CIPHERED TELEGRAM\nFrom PEKING\nReceived 12:00 3.5.1951\n\nTo Cde. Filippov.\nText of the message.\nROSHCHIN\n';

/** The built-in gazetteer behind a proxy that counts every property read. */
function watchedGazetteer(): { gazetteer: Gazetteer; reads: () => number } {
  let reads = 0;
  const gazetteer = new Proxy(builtinGazetteer, {
    get(target, key) {
      reads++;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { gazetteer, reads: () => reads };
}

test('reading the parse does not run entity recognition', () => {
  const g = watchedGazetteer();
  const analysis = analyzeDocument(text, g.gazetteer, defaultSettings);
  assert.equal(analysis.parsed.text, text);
  assert.equal(g.reads(), 0, 'no entities');
});

test('reading the chronology does not run entity recognition', () => {
  const g = watchedGazetteer();
  const analysis = analyzeDocument(text, g.gazetteer, defaultSettings);
  assert.equal(analysis.chronology.documentDate?.year, 1951);
  assert.equal(g.reads(), 0);
  assert.ok(analysis.entities.mentions.length > 0);
  assert.ok(g.reads() > 0);
});

test('each layer is computed once, however often it is read', () => {
  const g = watchedGazetteer();
  const analysis = analyzeDocument(text, g.gazetteer, defaultSettings);
  assert.equal(analysis.parsed, analysis.parsed);
  assert.equal(analysis.chronology, analysis.chronology);
  const entities = analysis.entities;
  const reads = g.reads();
  assert.equal(analysis.entities, entities);
  assert.equal(g.reads(), reads, 'no second recognition');
});

test('nothing is computed before a layer is read', () => {
  const g = watchedGazetteer();
  analyzeDocument(text, g.gazetteer, defaultSettings);
  assert.equal(g.reads(), 0);
});
