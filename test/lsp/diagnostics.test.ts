/**
 * Diagnostics over the protocol, pushed (publishDiagnostics) or pulled (textDocument/diagnostic):
 * the seed's one name variant and its quick fix, the faulty fixtures' expected codes, and silence on
 * the clean fixtures and samples. (Written ahead of the checks: these fail until they land.)
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient, applyEdit, offsetAt, readRepoFile, repoRoot, textOf, uriOf, type Diagnostic, type Range } from './lspClient';

const SEED = 'samples/seed-mao-to-filippov-1951.cable';
/** The one sample written to hold a chronology problem (see samples/README.md). */
const PROBLEM_SAMPLE = 'samples/chronology-problem-1950.cable';
const DIAGNOSTICS_TIMEOUT = 15_000;

interface Expected { code: string; line: number; text: string; problem: string }
const faulty = JSON.parse(readRepoFile('test/fixtures/faulty/expected.json')) as Record<string, Expected>;
const cleanFiles = [
  ...fs.readdirSync(path.join(repoRoot, 'test/fixtures/forms')).filter(f => f.endsWith('.cable')).map(f => `test/fixtures/forms/${f}`),
  ...fs.readdirSync(path.join(repoRoot, 'samples')).filter(f => f.endsWith('.cable')).map(f => `samples/${f}`),
  // The seed is a real cable with a real typo (`Le Kenong`); its one warning is tested on its own.
].filter(f => f !== PROBLEM_SAMPLE && f !== SEED).sort();

let client: LspClient;
/** Diagnostics of every opened file, asked for all at once so that waiting for pushes overlaps. */
const pending = new Map<string, Promise<Diagnostic[]>>();

before(async () => {
  client = await LspClient.start();
  const files = [SEED, ...Object.keys(faulty).map(f => `test/fixtures/faulty/${f}`), ...cleanFiles];
  for (const file of new Set(files)) {
    const uri = client.open(file);
    const p = client.diagnostics(uri, DIAGNOSTICS_TIMEOUT);
    p.catch(() => { /* reported by the test that awaits it */ });
    pending.set(file, p);
  }
});
after(async () => {
  await client?.shutdown();
});

const isProblem = (d: Diagnostic) => d.severity === undefined || d.severity === 1 || d.severity === 2;
const describeAll = (ds: Diagnostic[], text: string) =>
  JSON.stringify(ds.map(d => ({ code: d.code, line: d.range.start.line, text: textOf(text, d.range), message: d.message })), null, 1);

describe('the seed cable', () => {
  const text = readRepoFile(SEED);

  test('yields exactly one name warning: cable.name.variant on "Le Kenong"', async () => {
    const diagnostics = await pending.get(SEED)!;
    const names = diagnostics.filter(d => String(d.code ?? '').startsWith('cable.name.'));
    assert.equal(names.length, 1, `name diagnostics: ${describeAll(names, text)}`);
    const [d] = names;
    assert.equal(d.code, 'cable.name.variant');
    assert.equal(d.severity, 2, 'a warning');
    assert.equal(textOf(text, d.range), 'Le Kenong');
    assert.match(d.message, /Li Kenong/, 'the message names the spelling used elsewhere');
  });

  test('has no cable.date.* warning', async () => {
    const diagnostics = await pending.get(SEED)!;
    const dates = diagnostics.filter(d => String(d.code ?? '').startsWith('cable.date.'));
    assert.deepEqual(dates, [], describeAll(dates, text));
  });

  test('offers a quick fix that replaces "Le Kenong" with "Li Kenong"', async () => {
    const diagnostics = await pending.get(SEED)!;
    const d = diagnostics.find(x => x.code === 'cable.name.variant');
    assert.ok(d, `no cable.name.variant among ${describeAll(diagnostics, text)}`);
    assert.ok(client.capabilities.codeActionProvider, 'the server advertises code actions');
    const uri = uriOf(SEED);
    type Action = { title: string; kind?: string; edit?: WorkspaceEdit; command?: unknown; diagnostics?: Diagnostic[]; data?: unknown };
    const actions = await client.request<Action[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'], triggerKind: 1 },
    });
    assert.ok(Array.isArray(actions) && actions.length > 0, `code actions: ${JSON.stringify(actions)}`);
    let fix = actions.find(a => a.kind?.startsWith('quickfix') && /Li Kenong/.test(a.title));
    assert.ok(fix, `no quick fix naming Li Kenong among ${JSON.stringify(actions.map(a => ({ title: a.title, kind: a.kind })))}`);
    if (!fix.edit && (client.capabilities.codeActionProvider as { resolveProvider?: boolean }).resolveProvider) {
      fix = await client.request<Action>('codeAction/resolve', fix);
    }
    assert.ok(fix.edit, `the quick fix carries no edit: ${JSON.stringify(fix)}`);
    const fixed = applyWorkspaceEdit(text, uri, fix.edit);
    const at = offsetAt(text, d.range.start);
    assert.equal(fixed, text.slice(0, at) + 'Li Kenong' + text.slice(at + 'Le Kenong'.length));
  });
});

describe('each faulty fixture yields its expected diagnostic', () => {
  for (const [file, expected] of Object.entries(faulty)) {
    test(`${file}: ${expected.code} on line ${expected.line}`, async () => {
      const rel = `test/fixtures/faulty/${file}`;
      const text = readRepoFile(rel);
      const diagnostics = await pending.get(rel)!;
      const hit = diagnostics.find(d => d.code === expected.code && d.range.start.line === expected.line);
      assert.ok(hit, `expected ${expected.code} at line ${expected.line} (${expected.text}: ${expected.problem}); got ${describeAll(diagnostics, text)}`);
    });
  }
});

describe('clean fixtures and samples yield no warnings or errors', () => {
  for (const file of cleanFiles) {
    test(file, async () => {
      const diagnostics = await pending.get(file)!;
      const problems = diagnostics.filter(isProblem);
      assert.deepEqual(problems, [], describeAll(problems, readRepoFile(file)));
    });
  }
});

// ---------------------------------------------------------------- workspace edits

interface TextEdit { range: Range; newText: string }
interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument?: { uri: string }; edits?: TextEdit[] }[];
}

/** Applies the edits a workspace edit makes to one document (non-overlapping, applied from the end). */
function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = [
    ...(edit.changes?.[uri] ?? []),
    ...(edit.documentChanges ?? []).filter(c => c.textDocument?.uri === uri).flatMap(c => c.edits ?? []),
  ];
  assert.ok(edits.length > 0, `the edit does not touch ${uri}: ${JSON.stringify(edit)}`);
  const others = [...Object.keys(edit.changes ?? {}), ...(edit.documentChanges ?? []).map(c => c.textDocument?.uri)].filter(u => u !== uri);
  assert.deepEqual(others, [], 'the quick fix edits only this document');
  return edits
    .sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start))
    .reduce((t, e) => applyEdit(t, e.range, e.newText), text);
}
