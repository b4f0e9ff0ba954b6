// Diagnostics: each rule's findings as LSP diagnostics at the user's level per code, with related
// information pointing into the same document.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { allRules, defineRule, type CableSettings, type Rule } from '../../../server/src/service/analysis';
import type { Level } from '../../../server/src/service/diagnosticCodes';
import { DiagnosticsProvider } from '../../../server/src/service/features/diagnostics';
import { analysisSource, joinLines, makeDocument, range } from './fixture';

const variantCable = joinLines(
  'To Cde. Filippov.',
  'I have informed Cde. Li Kenong.',
  'Cde. Le Kenong agrees.',
  'ROSHCHIN',
);

function diagnostics(text: string, rules: readonly Rule[], settings: Partial<CableSettings> = {}, uri = 'file:///test.cable'): Diagnostic[] {
  return new DiagnosticsProvider(analysisSource(settings), rules).provideDiagnostics(makeDocument(text, 1, uri));
}

/** A rule that reports the first `Kenong` of the text, with the second one as related information. */
const kenongRule = defineRule({
  code: 'cable.date.weekday',
  level: 'warning',
  summary: 'test rule',
  *check(analysis) {
    const first = analysis.text.indexOf('Kenong');
    const second = analysis.text.indexOf('Kenong', first + 1);
    yield {
      code: 'cable.date.weekday',
      span: { start: first, end: first + 6 },
      message: 'first',
      related: [{ span: { start: second, end: second + 6 }, message: 'second' }],
    };
  },
});

test('a name variant from the built-in rules, with the other spelling as related information', () => {
  assert.deepEqual(diagnostics(variantCable, allRules, {}, 'file:///cables/variant.cable'), [{
    range: range(2, 5, 2, 14),
    severity: DiagnosticSeverity.Warning,
    code: 'cable.name.variant',
    source: 'cable',
    message: "'Le Kenong' is spelled 'Li Kenong' elsewhere in this document.",
    relatedInformation: [{
      location: { uri: 'file:///cables/variant.cable', range: range(1, 21, 1, 30) },
      message: "'Li Kenong' is written here.",
    }],
    data: { replacement: 'Li Kenong', entryId: 'li_kenong' },
  }]);
});

test('related information is located in the document by its uri and converted range', () => {
  const [found] = diagnostics(variantCable, [kenongRule], {}, 'file:///other.cable');
  assert.deepEqual(found.range, range(1, 24, 1, 30));
  assert.deepEqual(found.relatedInformation, [{ location: { uri: 'file:///other.cable', range: range(2, 8, 2, 14) }, message: 'second' }]);
});

test('each level maps to its LSP severity; without a level the code\'s default applies', () => {
  const severity = (level?: Level) =>
    diagnostics(variantCable, [kenongRule], { diagnosticLevels: level ? { 'cable.date.weekday': level } : {} }).map(d => d.severity);
  assert.deepEqual(severity('error'), [DiagnosticSeverity.Error]);
  assert.deepEqual(severity('warning'), [DiagnosticSeverity.Warning]);
  assert.deepEqual(severity('information'), [DiagnosticSeverity.Information]);
  assert.deepEqual(severity('hint'), [DiagnosticSeverity.Hint]);
  assert.deepEqual(severity(), [DiagnosticSeverity.Warning]);
});

test('a level of ignore drops the code, and only that code', () => {
  assert.deepEqual(diagnostics(variantCable, [kenongRule, ...allRules], { diagnosticLevels: { 'cable.date.weekday': 'ignore' } }).map(d => d.code), ['cable.name.variant']);
  assert.deepEqual(diagnostics(variantCable, [kenongRule, ...allRules], { diagnosticLevels: { 'cable.name.variant': 'ignore' } }).map(d => d.code), ['cable.date.weekday']);
});

test('a finding without related information has none', () => {
  const bare = defineRule({ ...kenongRule, *check() { yield { code: 'cable.date.weekday', span: { start: 0, end: 2 }, message: 'bare' }; } });
  const [found] = diagnostics(variantCable, [bare]);
  assert.equal(found.relatedInformation, undefined);
  assert.deepEqual(found.range, range(0, 0, 0, 2));
});

test('a collection title’s names are checked like the cable’s, and only its names', () => {
  const text = joinLines('Document No. 4159', 'Telegram from Roshchin to Filipov, 14 October 1949', 'CIPHERED TELEGRAM No. 4159', 'From PEKING', 'Received 10:00 14 October 1949', 'To Cde. FILIPPOV.', '', 'Mao Zedong agrees.', '', 'ROSHCHIN', '14.10.49');
  const found = diagnostics(text, allRules);
  const inTitle = found.filter(d => d.range.start.line === 1);
  assert.deepEqual(inTitle.map(d => d.code), ['cable.name.unknownNearMiss'], JSON.stringify(found));
  assert.deepEqual(inTitle[0]!.range, range(1, 26, 1, 33));
});
