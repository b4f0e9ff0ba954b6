// The analysis is lazy: each layer is computed on first use, once. Observed through what each
// layer reads: the chronology reads the tolerance setting, entity recognition the gazetteer.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, defaultSettings, type CableSettings } from '../../../server/src/service/analysis';
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

/** Default settings whose tolerance counts its reads. */
function watchedSettings(): { settings: CableSettings; reads: () => number } {
  let reads = 0;
  const settings: CableSettings = {
    diagnosticLevels: defaultSettings.diagnosticLevels,
    pseudonymHints: defaultSettings.pseudonymHints,
    get toleranceHours() {
      reads++;
      return defaultSettings.toleranceHours;
    },
  };
  return { settings, reads: () => reads };
}

test('reading the parse computes neither the chronology nor the entities', () => {
  const g = watchedGazetteer();
  const s = watchedSettings();
  const analysis = analyzeDocument(text, g.gazetteer, s.settings);
  assert.equal(analysis.parsed.text, text);
  assert.equal(s.reads(), 0, 'no chronology');
  assert.equal(g.reads(), 0, 'no entities');
});

test('reading the chronology does not run entity recognition', () => {
  const g = watchedGazetteer();
  const s = watchedSettings();
  const analysis = analyzeDocument(text, g.gazetteer, s.settings);
  assert.equal(analysis.chronology.documentDate?.year, 1951);
  assert.equal(s.reads(), 1);
  assert.equal(g.reads(), 0);
  assert.ok(analysis.entities.mentions.length > 0);
  assert.ok(g.reads() > 0);
});

test('each layer is computed once, however often it is read', () => {
  const g = watchedGazetteer();
  const s = watchedSettings();
  const analysis = analyzeDocument(text, g.gazetteer, s.settings);
  assert.equal(analysis.parsed, analysis.parsed);
  assert.equal(analysis.chronology, analysis.chronology);
  const entities = analysis.entities;
  const reads = g.reads();
  assert.equal(analysis.entities, entities);
  assert.equal(g.reads(), reads, 'no second recognition');
  assert.equal(s.reads(), 1, 'one chronology');
});

test('nothing is computed before a layer is read', () => {
  const g = watchedGazetteer();
  const s = watchedSettings();
  analyzeDocument(text, g.gazetteer, s.settings);
  assert.equal(g.reads() + s.reads(), 0);
});
