// Quick fixes: offered for name diagnostics only — replace this spelling, replace it everywhere,
// or add the form to the workspace gazetteer.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CodeActionKind, DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { CodeActionProvider } from '../../../server/src/service/features/codeActions';
import { analysisSource, joinLines, makeDocument, range } from './fixture';

const variantCable = joinLines(
  'To Cde. Filippov.',
  'I have informed Cde. Li Kenong.',
  'Cde. Le Kenong agrees.',
  'Le Kenong will reply.',
  'ROSHCHIN',
);

/** The diagnostic the name variant rule reports on the first `Le Kenong`, as the client sends it back. */
function variantDiagnostic(code: Diagnostic['code'] = 'cable.name.variant'): Diagnostic {
  return {
    range: range(2, 5, 2, 14),
    severity: DiagnosticSeverity.Warning,
    code,
    source: 'cable',
    message: "'Le Kenong' is spelled 'Li Kenong' elsewhere in this document.",
    data: { replacement: 'Li Kenong', entryId: 'li_kenong' },
  };
}

function actions(diagnostics: Diagnostic[]) {
  const doc = makeDocument(variantCable);
  return new CodeActionProvider(analysisSource()).provideCodeActions(doc, diagnostics);
}

test('a name variant: replace it (preferred), replace every occurrence, or add it to the gazetteer', () => {
  const diagnostic = variantDiagnostic();
  const found = actions([diagnostic]);
  assert.deepEqual(found.slice(0, 2).map(a => [a.title, a.isPreferred ?? false]), [
    ["Replace with 'Li Kenong'", true],
    ["Replace all 2 'Le Kenong' in this document with 'Li Kenong'", false],
  ]);
  for (const a of found) {
    assert.equal(a.kind, CodeActionKind.QuickFix);
    assert.deepEqual(a.diagnostics, [diagnostic]);
  }
  assert.deepEqual(found[0].edit, { changes: { 'file:///test.cable': [{ range: range(2, 5, 2, 14), newText: 'Li Kenong' }] } });
  assert.deepEqual(found[1].edit?.changes?.['file:///test.cable'], [
    { range: range(2, 5, 2, 14), newText: 'Li Kenong' },
    { range: range(3, 0, 3, 9), newText: 'Li Kenong' },
  ]);
  // The rest add the form to the workspace gazetteer: the glue, not the service, edits that file.
  assert.ok(found.length > 2);
  for (const a of found.slice(2)) {
    assert.ok(a.gazetteerAddition, a.title);
    assert.equal(a.edit, undefined);
  }
});

test('no quick fixes for diagnostics that are not about names', () => {
  assert.deepEqual(actions([variantDiagnostic('cable.date.weekday')]), []);
  assert.deepEqual(actions([variantDiagnostic('cable.count.copyNumber')]), []);
  assert.deepEqual(actions([variantDiagnostic(42)]), []);
  assert.deepEqual(actions([{ ...variantDiagnostic(), code: undefined }]), []);
});

test('fixes for each name diagnostic of the request, and none for the others beside them', () => {
  const name = variantDiagnostic();
  const date = variantDiagnostic('cable.date.weekday');
  const found = actions([date, name]);
  assert.ok(found.length > 0);
  assert.ok(found.every(a => a.diagnostics?.length === 1 && a.diagnostics[0] === name));
});
