// Runs vscode-tmgrammar-test over the grammar: reviewed snapshots of every fixture cable, and the
// hand-written assertion cases in test/grammar/cases/. The tool reads the grammar through the
// manifest (package.json `contributes.grammars`), as VS Code does.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { assertionCli, fromRoot, repoRoot, snapshotCli, snapshotFolders } from './paths';

/** Fixture cables, relative to the root: `test/fixtures/forms/01-….cable`. */
function fixtureCables(): string[] {
  return snapshotFolders.flatMap((folder) =>
    existsSync(fromRoot(folder))
      ? readdirSync(fromRoot(folder))
          .filter((f) => f.endsWith('.cable'))
          .sort()
          .map((f) => path.posix.join(folder, f))
      : [],
  );
}

function runTool(cli: string, args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8' });
  // The tool colours its output only on a TTY; strip escapes anyway for readable failures.
  const output = `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: run.status, output };
}

describe('grammar snapshots', () => {
  const cables = fixtureCables();

  it('finds the fixture cables', () => {
    assert.ok(cables.length > 0, `no *.cable files in ${snapshotFolders.join(', ')}`);
  });

  it('has a reviewed snapshot beside every fixture cable', () => {
    const missing = cables.filter((c) => !existsSync(fromRoot(`${c}.snap`)));
    assert.deepEqual(
      missing,
      [],
      'generate with `npx vscode-tmgrammar-snap <file>`, read the .snap for wrong colours, then commit it',
    );
  });

  it('tokenises every fixture exactly as its snapshot says', () => {
    // Only files with a snapshot: the tool would silently write a missing one and pass.
    const reviewed = cables.filter((c) => existsSync(fromRoot(`${c}.snap`)));
    const run = runTool(snapshotCli, reviewed);
    assert.equal(run.status, 0, run.output);
  });
});

describe('grammar assertion cases', () => {
  it('passes every test/grammar/cases/*.test.cable', () => {
    const cases = readdirSync(fromRoot('test', 'grammar', 'cases')).filter((f) => f.endsWith('.test.cable'));
    assert.ok(cases.length > 0, 'no assertion cases found');
    const run = runTool(assertionCli, cases.map((f) => path.posix.join('test/grammar/cases', f)));
    assert.equal(run.status, 0, run.output);
  });
});
