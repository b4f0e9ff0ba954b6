// The committed grammar JSON is generated from syntaxes/src/cable.grammar.ts and must match it exactly.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fromRoot, repoRoot } from './paths';

const grammarPath = fromRoot('syntaxes', 'cable.tmLanguage.json');

describe('generated grammar', () => {
  it('syntaxes/cable.tmLanguage.json equals freshly generated output', () => {
    const run = spawnSync(process.execPath, [fromRoot('scripts', 'build-grammar.mjs'), '--stdout'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, `build-grammar failed:\n${run.stderr}`);
    const committed = readFileSync(grammarPath, 'utf8');
    assert.ok(
      committed === run.stdout,
      'syntaxes/cable.tmLanguage.json is out of date: run `node scripts/build-grammar.mjs` and commit the result',
    );
  });

  it('is the grammar the manifest contributes, with its scope name', () => {
    const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
    const contributed = manifest.contributes.grammars.find((g: { language?: string }) => g.language === 'cable');
    assert.ok(contributed, 'package.json contributes a grammar for the cable language');
    assert.equal(contributed.path, './syntaxes/cable.tmLanguage.json');
    const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
    assert.equal(grammar.scopeName, contributed.scopeName);
    assert.equal(grammar.scopeName, 'text.cable');
  });

  it('names every scope with the .cable suffix', () => {
    const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
    const bad: string[] = [];
    const visit = (value: unknown, where: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${where}[${i}]`));
      if (!value || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'name' || key === 'contentName') && typeof v === 'string' && where !== '') {
          for (const scope of v.split(/\s+/)) if (!scope.endsWith('.cable')) bad.push(`${where}: ${scope}`);
        } else visit(v, `${where}.${key}`);
      }
    };
    visit(grammar, '');
    assert.deepEqual(bad, []);
  });

  it('resolves every #include to a repository rule', () => {
    const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
    const missing: string[] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (!value || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value)) {
        if (key === 'include' && typeof v === 'string' && v.startsWith('#') && !(v.slice(1) in grammar.repository)) {
          missing.push(v);
        } else visit(v);
      }
    };
    visit(grammar);
    assert.deepEqual(missing, []);
  });

  it('documents every scope it emits in docs/highlighting.md', () => {
    const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
    const docs = readFileSync(fromRoot('docs', 'highlighting.md'), 'utf8');
    // The docs may write a begin/end pair once: `punctuation.definition.stamp.begin/end.cable`.
    const documented = new Set(
      [...docs.matchAll(/`([a-z][\w.-]*(?:\/end)?\.cable)`/g)].flatMap((m) =>
        m[1].includes('begin/end') ? [m[1].replace('begin/end', 'begin'), m[1].replace('begin/end', 'end')] : [m[1]],
      ),
    );
    const undocumented = new Set<string>();
    JSON.stringify(grammar, (key, value) => {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string' && value.endsWith('.cable')) {
        for (const scope of value.split(/\s+/)) if (!documented.has(scope)) undocumented.add(scope);
      }
      return value;
    });
    assert.deepEqual([...undocumented].sort(), []);
  });

  it('snapshots the seed from an unedited copy of samples/', () => {
    const sample = readFileSync(fromRoot('samples', 'seed-mao-to-filippov-1951.cable'), 'utf8');
    const copy = readFileSync(fromRoot('test', 'grammar', 'snapshots', 'seed-mao-to-filippov-1951.cable'), 'utf8');
    assert.ok(copy === sample, 'test/grammar/snapshots/seed-mao-to-filippov-1951.cable differs from samples/: copy it again');
  });
});
