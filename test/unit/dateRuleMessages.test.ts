// Two date rules and their wording: cable.date.januarySlip (the year just ended, written in a January date of
// the new year), and messages that end with a time written "a.m." (one period, not two).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { allRules, analyzeDocument, defaultSettings, runRules } from '../../server/src/service/analysis';
import { GazetteerManager } from '../../server/src/service/gazetteer';

const gazetteer = new GazetteerManager().gazetteer;
const cable = (received: string, body: string) => [
  'CIPHERED TELEGRAM No. 1207', 'From PEKING', `Received ${received}`, 'To Cde. FILIPPOV [Stalin].', body, 'ROSHCHIN',
].join('\n');
const slips = (text: string) =>
  runRules(analyzeDocument(text, gazetteer, defaultSettings), allRules).filter(d => d.code === 'cable.date.januarySlip').map(d => text.slice(d.span.start, d.span.end));

test('a January date of the year before, in a cable of that January, is probably the cable’s year', () => {
  assert.deepEqual(slips(cable('16:40 13.1.1951', 'The order of Jan 13 1950 is being carried out.')), ['Jan 13 1950']);
  assert.deepEqual(slips(cable('16:40 13.1.1951', 'The order of 5 January 1950 is being carried out.')), ['5 January 1950']);
});

test('silent when the old year can be meant: after the cable’s day, another month, a cable not of January', () => {
  assert.deepEqual(slips(cable('16:40 13.1.1951', 'The order of 20 January 1950 is being carried out.')), [], 'in 1951 it would lie after the cable');
  assert.deepEqual(slips(cable('16:40 13.1.1951', 'The treaty of 14 February 1950 stands.')), []);
  assert.deepEqual(slips(cable('16:40 13.2.1951', 'The order of 13 January 1950 is being carried out.')), []);
  assert.deepEqual(slips(cable('16:40 13.1.1951', 'The order of 13 January is being carried out.')), [], 'no written year');
  assert.deepEqual(slips(cable('16:40 13.1.1951', 'Zhou Enlai recalled Acheson’s speech of 12 January 1950.')), [], 'an event, not a message the cable cites');
});

test('silent when the writer shows the old year is meant: the sentence says so, or the message writes this January’s new year', () => {
  assert.deepEqual(slips(cable('16:05 12.I.1951', 'One year ago, on 12 January 1950, Mao Zedong was in Moscow.')), []);
  assert.deepEqual(slips(cable('16:05 12.I.1951', 'Last year, on 5 January 1950, the talks began.')), []);
  assert.deepEqual(slips(cable('16:05 3.I.1951', 'The agreement of 1 January 1950 stands. On 2 January 1951 the government discussed it.')), []);
  assert.deepEqual(slips(cable('16:05 3.I.1951', 'A year ago the talks began. The order of 1 January 1950 is being carried out.')), ['1 January 1950'], 'the year-ago words belong to another sentence');
});

test('silent when the editor has marked the year already: [sic] after it, or the right year in brackets', () => {
  assert.deepEqual(slips(cable('16:40 13.1.1951', 'In reply to your telegram of 12 January 1950 [sic].')), []);
  assert.deepEqual(slips(cable('16:40 13.1.1951', 'In reply to your telegram of 12 January 1950 [sic, evidently 1951].')), []);
  assert.deepEqual(slips(cable('16:40 13.1.1951', 'In reply to your telegram of 12 January 1950 [1951].')), []);
  assert.deepEqual(slips(cable('16:40 13.1.1951', 'In reply to your telegram of 12 January 1950 [No. 105].')), ['12 January 1950'], 'another bracket is no mark on the year');
});

test('a message ending in a time written "a.m." ends with one period', () => {
  const text = [
    'CIPHERED TELEGRAM No. 5', 'FROM: PYONGYANG', 'Received in Moscow on 10/21/50 at 9:45 a.m.', 'To Cde. FILIPPOV.', 'Text.', 'SHTYKOV',
    'Deciphered by Orlov on 10/21/50 at 8:05 a.m.',
  ].join('\n');
  const [order] = runRules(analyzeDocument(text, gazetteer, defaultSettings), allRules).filter(d => d.code === 'cable.date.processingOrder');
  assert.equal(order?.message, 'Deciphered 10/21/50 at 8:05 a.m. is before received 10/21/50 at 9:45 a.m.');
});

test('the cable’s own date line with the year just ended, a few days before its receipt, is the slip', () => {
  const signed = (received: string, dateLine: string) => ['CIPHERED TELEGRAM No. 20114', 'From BEIJING', `Received 14:20 ${received}`, 'TO FILIPPOV [Stalin]', 'The offensive is developing successfully.', `${dateLine} ROSHCHIN`].join('\n');
  assert.deepEqual(slips(signed('3.1.1951', '3.1.50')), ['3.1.50']);
  assert.deepEqual(slips(signed('5.1.1951', '3.1.50')), ['3.1.50']);
  const text = signed('3.1.1951', '3.1.50');
  const found = runRules(analyzeDocument(text, gazetteer, defaultSettings), allRules).find(d => d.code === 'cable.date.januarySlip')!;
  assert.equal(found.message, 'Probably 1951 — the old year written in January: the cable was received on 3 January 1951.');
  assert.deepEqual(slips(signed('3.1.1951', '3.1.51')), [], 'the right year');
  assert.deepEqual(slips(signed('13.1.1951', '3.1.50')), [], 'ten days before: not that January’s cable alone');
  assert.deepEqual(slips(signed('3.2.1951', '3.2.50')), [], 'not January');
});
