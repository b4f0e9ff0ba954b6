// The structure rules report the parser's repairs as diagnostics, one code per kind, at the
// level the user chose (information by default).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { allRules, analyzeDocument, defaultSettings, runRules } from '../../server/src/service/analysis';
import { GazetteerManager } from '../../server/src/service/gazetteer';

const gazetteer = new GazetteerManager().gazetteer;
const lines = (...xs: string[]) => xs.join('\n');

function structure(text: string, levels: Record<string, 'ignore' | 'warning'> = {}) {
  const analysis = analyzeDocument(text, gazetteer, { ...defaultSettings, diagnosticLevels: levels });
  return runRules(analysis, allRules)
    .filter(d => d.code.startsWith('cable.structure.'))
    .map(d => ({ code: d.code, severity: d.severity, text: text.slice(d.span.start, d.span.end) }));
}

const stampNeverClosed = lines(
  'CIPHERED TELEGRAM No. 24121',
  'From PEKING Received 11:20 11.XII.1950',
  'To Cde. FILIPPOV [Stalin].',
  'Zhou Enlai asked that this be reported to you.',
  'ROSHCHIN',
  '[stamp: Incoming Nº 4107/shs',
  '11 December 1950',
);

test('an unclosed stamp is information on the stamp', () => {
  assert.deepEqual(structure(stampNeverClosed), [
    { code: 'cable.structure.unclosedStamp', severity: 'information', text: '[stamp: Incoming Nº 4107/shs\n11 December 1950' },
  ]);
});

test('a stray bracket at the top is one finding, and the names after it are still checked; a mistyped elision `[...[` is none', () => {
  const text = lines(
    '[Text damaged',
    'Ciphered Telegram # 601',
    'From PEKING Received 10:00 3.11.1950',
    'To Cde. FILIPPOV.',
    'Li Kenong reports that Le Kenong has arrived.',
    'ROSHCHIN',
  );
  assert.deepEqual(structure(text), [{ code: 'cable.structure.unclosedBracket', severity: 'information', text: '[Text damaged' }]);
  assert.deepEqual(structure(text.replace('[Text damaged', '[...[')), []);
  const names = runRules(analyzeDocument(text, gazetteer, defaultSettings), allRules).filter(d => d.code === 'cable.name.variant');
  assert.equal(names.length, 1, 'the misspelling under the stray bracket is found');
});

test('a quoted telegram that is never closed', () => {
  const text = lines(
    'CIPHERED TELEGRAM No. 5205',
    'From BEIJING Received 11:35 19.10.1951',
    'To Cde. FILIPPOV.',
    'I am sending you the text of my telegram to Cde. Li Kenong:',
    '“Comrade Li Kenong.',
    'The talks will resume on 24 October.',
    'MAO ZEDONG',
  );
  const found = structure(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].code, 'cable.structure.unbalancedQuote');
  assert.equal(found[0].text, '“');
});

test('the user’s level applies: ignore drops, warning raises', () => {
  assert.deepEqual(structure(stampNeverClosed, { 'cable.structure.unclosedStamp': 'ignore' }), []);
  assert.equal(structure(stampNeverClosed, { 'cable.structure.unclosedStamp': 'warning' })[0].severity, 'warning');
});
