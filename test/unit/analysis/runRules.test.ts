// Running the rules: the user's levels, a failing rule that does not take the others with it,
// findings in document order.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, defaultSettings, defineRule, runRules, type Rule } from '../../../server/src/service/analysis';
import type { CableDiagnostic, DiagnosticCode } from '../../../server/src/service/diagnosticCodes';
import { builtinGazetteer } from '../features/fixture';

const text = 'To Cde. Filippov.\nText of the message.\nROSHCHIN\n';

function analysis(levels: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'ignore'> = {}) {
  return analyzeDocument(text, builtinGazetteer, { ...defaultSettings, diagnosticLevels: levels });
}

/** A rule that reports the given offsets, and counts how often it was asked. */
function reporting(code: DiagnosticCode, ...starts: number[]): Rule & { calls: number } {
  const rule = {
    code, level: 'warning' as const, summary: 'test rule', calls: 0,
    *check(): Iterable<CableDiagnostic> {
      rule.calls++;
      for (const start of starts) yield { code, span: { start, end: start + 2 }, message: `${code} at ${start}` };
    },
  };
  return rule;
}

test('a rule that throws is logged; the findings of the other rules survive', () => {
  const logged: string[] = [];
  const broken = defineRule({ code: 'cable.date.invalid', level: 'error', summary: 'broken', check() { throw new Error('damaged text'); } });
  const found = runRules(analysis(), [reporting('cable.date.weekday', 3), broken, reporting('cable.count.copyNumber', 9)], { log: m => logged.push(m) });
  assert.deepEqual(found.map(d => d.code), ['cable.date.weekday', 'cable.count.copyNumber']);
  assert.equal(logged.length, 1);
  assert.match(logged[0], /rule cable\.date\.invalid failed: Error: damaged text/);
});

test('a rule that throws half-way keeps what it yielded before', () => {
  const halfway = defineRule({
    code: 'cable.date.invalid', level: 'error', summary: 'half-way',
    *check() {
      yield { code: 'cable.date.invalid', span: { start: 1, end: 2 }, message: 'before' };
      throw new Error('damaged text');
    },
  });
  assert.deepEqual(runRules(analysis(), [halfway], { log: () => undefined }).map(d => d.message), ['before']);
});

test('a rule whose level is ignore is not run at all', () => {
  const ignored = reporting('cable.date.weekday', 3);
  const kept = reporting('cable.count.copyNumber', 9);
  const found = runRules(analysis({ 'cable.date.weekday': 'ignore' }), [ignored, kept]);
  assert.equal(ignored.calls, 0);
  assert.equal(kept.calls, 1);
  assert.deepEqual(found.map(d => d.code), ['cable.count.copyNumber']);
});

test('each finding carries its code\'s level: the user\'s, or the default', () => {
  const found = runRules(analysis({ 'cable.date.weekday': 'hint' }), [reporting('cable.date.weekday', 3), reporting('cable.date.invalid', 9)]);
  assert.deepEqual(found.map(d => `${d.code} ${d.severity}`), ['cable.date.weekday hint', 'cable.date.invalid error']);
});

test('findings come in document order, whatever the order of the rules', () => {
  const found = runRules(analysis(), [reporting('cable.date.weekday', 30, 5), reporting('cable.count.copyNumber', 12, 0)]);
  assert.deepEqual(found.map(d => d.span.start), [0, 5, 12, 30]);
});
