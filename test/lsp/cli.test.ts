// The command-line checker (dist/cli.js) runs the same service over files and folders.
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist/cli.js');

function run(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
}

test('the single samples: two real problems, exit code 1', () => {
  const singles = readdirSync(path.join(root, 'samples')).filter(f => f.endsWith('.cable')).map(f => `samples/${f}`);
  const r = run(...singles);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 2, r.stdout);
  assert.match(r.stdout, /seed-mao-to-filippov-1951\.cable:39:7 warning cable\.name\.variant 'Le Kenong'/);
  assert.match(r.stdout, /chronology-problem-1950\.cable:\d+:\d+ warning cable\.date\.processingOrder/);
});

test('the connected corpus: its one deliberate slip and its second copy; the collection file’s cables are checked one by one', () => {
  const r = run('samples/corpus/');
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n'), [
    'samples/corpus/1950-10-07-beijing-moscow-25391-second-copy.cable:1:1 info cable.corpus.duplicateCable Cable N° 25391 of 1950-10-07 (Beijing → Moscow) is also in another place of this folder.',
    'samples/corpus/1950-10-07-beijing-moscow-25391.cable:1:1 info cable.corpus.duplicateCable Cable N° 25391 of 1950-10-07 (Beijing → Moscow) is also in another place of this folder.',
    "samples/corpus/1950-11-10-moscow-beijing-6511.cable:7:4 warning cable.name.unknownNearMiss 'Roschin' is not a known name; did you mean 'Roshchin' (Nikolai Roshchin)?",
    "samples/corpus/1950-11-10-moscow-beijing-6511.cable:7:4 info cable.corpus.rareSpelling 'Roschin' is written once in this folder; 'ROSHCHIN' (Nikolai Roshchin), in any case, 10 times in 6 files.", // the collection's titles among them
  ]);
});

test('the correct fixtures: only the repairs of the damaged forms, as information; exit code 0', () => {
  const r = run('test/fixtures/forms/');
  const expected = JSON.parse(readFileSync(path.join(root, 'test/fixtures/forms/expected.json'), 'utf8')) as Record<string, { repairs?: unknown[] }>;
  const damaged = Object.entries(expected).filter(([, e]) => e.repairs?.length).map(([name]) => name).sort();
  const lines = r.stdout.split('\n').filter(Boolean);
  for (const line of lines) assert.match(line, /^test\/fixtures\/forms\/[^:]+\.cable:\d+:\d+ info cable\.structure\.\w+ /);
  assert.deepEqual([...new Set(lines.map(l => path.basename(l.split(':')[0])))].sort(), damaged);
  assert.equal(r.status, 0, r.stderr);
});

test('--outline prints the blocks', () => {
  const r = run('--outline', 'samples/seed-mao-to-filippov-1951.cable');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Cable N° 25025 — Beijing → Moscow, received 1135 19 Oct 1951/);
  assert.match(r.stdout, /Telegram: Mao Zedong → Li Kenong, 0530 18 October/);
});

test('output cut short by its reader ends the run quietly', () => {
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" --outline samples/ | head -1`], { cwd: root, encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
});

test('a missing path is an input error (exit 2), and the other paths are still checked', () => {
  const r = run('no/such/file.cable', 'samples/seed-mao-to-filippov-1951.cable');
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'no/such/file.cable: cannot read (ENOENT: no such file or folder (or a link to nothing))\n');
  assert.match(r.stdout, /seed-mao-to-filippov-1951\.cable:39:7 warning cable\.name\.variant/);
});

test('usage errors exit 2: no path, an unknown option, two formats', () => {
  for (const args of [[], ['--frobnicate', 'samples/'], ['--json', '--sarif', 'samples/']]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /usage: cable-check/);
    assert.equal(r.stdout, '');
  }
});

test('--json prints one object per diagnostic', () => {
  const r = run('--json', 'samples/seed-mao-to-filippov-1951.cable', 'samples/chronology-problem-1950.cable');
  assert.equal(r.status, 1, r.stderr);
  const objects = r.stdout.trim().split('\n').map(l => JSON.parse(l) as Record<string, unknown>);
  assert.equal(objects.length, 2);
  const variant = objects.find(o => o.code === 'cable.name.variant');
  assert.deepEqual(variant && { line: variant.line, column: variant.column, endColumn: variant.endColumn, severity: variant.severity }, { line: 39, column: 7, endColumn: 16, severity: 'warning' });
  assert.match(String(variant?.file), /seed-mao-to-filippov-1951\.cable$/);
});

test('--sarif prints a SARIF 2.1.0 log with the codes as rules', () => {
  const r = run('--sarif', 'samples/seed-mao-to-filippov-1951.cable', 'samples/chronology-problem-1950.cable');
  assert.equal(r.status, 1, r.stderr);
  const log = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
  assert.equal(log.version, '2.1.0');
  const run0 = log.runs[0];
  assert.ok(run0.tool.driver.rules.some(rule => rule.id === 'cable.date.processingOrder'));
  const variant = run0.results.find(x => x.ruleId === 'cable.name.variant');
  assert.equal(variant?.level, 'warning');
  assert.equal(variant?.locations[0].physicalLocation.artifactLocation.uri, 'samples/seed-mao-to-filippov-1951.cable');
  assert.deepEqual(variant?.locations[0].physicalLocation.region && { l: variant.locations[0].physicalLocation.region.startLine, c: variant.locations[0].physicalLocation.region.startColumn }, { l: 39, c: 7 });
});

test('--sarif locations are URI references: percent-encoded, relative to the working folder it names, else absolute', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cable-sarif-'));
  try {
    const name = 'a b#c%20ü.cable';
    copyFileSync(path.join(root, 'samples/seed-mao-to-filippov-1951.cable'), path.join(dir, name));
    type Log = { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[]; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] };
    const inside = JSON.parse(spawnSync(process.execPath, [cli, '--sarif', name], { cwd: dir, encoding: 'utf8' }).stdout) as Log;
    const all = inside.runs[0]!.results.flatMap(x => [...x.locations, ...(x.relatedLocations ?? [])].map(l => l.physicalLocation.artifactLocation));
    assert.ok(all.length >= 2);
    assert.ok(all.every(a => a.uri === 'a%20b%23c%2520%C3%BC.cable' && a.uriBaseId === 'SRCROOT'), JSON.stringify(all));
    assert.equal(new URL(inside.runs[0]!.originalUriBaseIds['SRCROOT']!.uri).href, pathToFileURL(dir + path.sep).href);
    const outside = JSON.parse(spawnSync(process.execPath, [cli, '--sarif', path.join(dir, name)], { cwd: root, encoding: 'utf8' }).stdout) as Log;
    const uri = outside.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    assert.equal(fileURLToPath(uri), path.join(dir, name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('bad input: a clear line each, the other files still checked, nothing written', () => {
  let dir: string;
  const good = () => path.join(dir, 'good.cable');
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cable-cli-'));
    copyFileSync(path.join(root, 'samples/seed-mao-to-filippov-1951.cable'), good());
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the checker on `bad` and the good file; asserts the one line about `bad`, the good file's finding, exit 2, an unchanged folder. */
  function checkBadInput(bad: string, message: RegExp, as?: { uid: number; gid: number }, checker = cli): void {
    const before = readdirSync(dir).sort();
    const r = spawnSync(process.execPath, [checker, bad, good()], { cwd: as ? path.dirname(checker) : root, encoding: 'utf8', timeout: 30_000, ...as });
    assert.equal(r.error, undefined, 'the checker returned (nothing blocked it)');
    const lines = r.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], message);
    assert.ok(lines[0].startsWith(bad), 'the line names the input');
    assert.match(r.stdout, /good\.cable:39:7 warning cable\.name\.variant/, 'the good file is still checked');
    assert.equal(r.status, 2, r.stderr);
    assert.deepEqual(readdirSync(dir).sort(), before, 'nothing written');
  }

  test('a missing path', () => checkBadInput(path.join(dir, 'no-such.cable'), /: cannot read \(ENOENT: no such file/));

  test('a binary file named .cable is skipped', () => {
    writeFileSync(path.join(dir, 'binary.cable'), Buffer.from([0x43, 0x00, 0x01, 0xff, 0x00]));
    checkBadInput(path.join(dir, 'binary.cable'), /: a binary file, not text: skipped$/);
  });

  test('a file that is not UTF-8 is skipped, not guessed at', () => {
    writeFileSync(path.join(dir, 'latin1.cable'), Buffer.from('Cde. Molotov re\u00e7u', 'latin1'));
    checkBadInput(path.join(dir, 'latin1.cable'), /: not UTF-8 text: skipped \(save it as UTF-8 to check it\)$/);
  });

  test('a dangling symbolic link', () => {
    symlinkSync(path.join(dir, 'nowhere.cable'), path.join(dir, 'dangling.cable'));
    checkBadInput(path.join(dir, 'dangling.cable'), /: cannot read \(ENOENT: no such file or folder \(or a link to nothing\)\)$/);
  });

  test('a loop of symbolic links', () => {
    symlinkSync(path.join(dir, 'loop-b.cable'), path.join(dir, 'loop-a.cable'));
    symlinkSync(path.join(dir, 'loop-a.cable'), path.join(dir, 'loop-b.cable'));
    checkBadInput(path.join(dir, 'loop-a.cable'), /: cannot read \(ELOOP: a loop of symbolic links\)$/);
  });

  test('a pipe named x.cable does not block the checker', () => {
    const made = spawnSync('mkfifo', [path.join(dir, 'x.cable')]);
    assert.equal(made.status, 0, `mkfifo failed: ${made.stderr}`);
    checkBadInput(path.join(dir, 'x.cable'), /: not a regular file \(a pipe, socket or device\), skipped$/);
    rmSync(path.join(dir, 'x.cable'));
  });

  test('an unreadable file', () => {
    const file = path.join(dir, 'secret.cable');
    copyFileSync(good(), file);
    chmodSync(file, 0o000);
    let copy: string | undefined;
    try {
      // Mode 000 does not stop root: as root, the checker runs as the unprivileged user `nobody`, from a
      // copy of the built bundle in a folder that user may read (the clone itself may sit in a private folder).
      let as: { uid: number; gid: number } | undefined;
      let checker = cli;
      if (process.getuid?.() === 0) {
        as = { uid: 65534, gid: 65534 };
        copy = mkdtempSync(path.join(tmpdir(), 'cable-cli-nobody-'));
        cpSync(path.dirname(cli), copy, { recursive: true });
        chmodSync(copy, 0o755);
        chmodSync(dir, 0o755);
        checker = path.join(copy, path.basename(cli));
        const probe = spawnSync(process.execPath, [checker, '--help'], { cwd: copy, encoding: 'utf8', ...as });
        assert.ok(probe.status === 0 && /usage/.test(probe.stdout), `running as root, the checker must run as nobody to meet EACCES: ${probe.stderr.trim() || probe.error}`);
      }
      checkBadInput(file, /: cannot read \(EACCES: permission denied\)$/, as, checker);
    } finally {
      chmodSync(file, 0o644);
      rmSync(file);
      if (copy) rmSync(copy, { recursive: true, force: true });
    }
  });

  test('a folder with every kind of bad entry: each named once, the good file checked once, exit 2', () => {
    const tree = mkdtempSync(path.join(tmpdir(), 'cable-cli-tree-'));
    try {
      copyFileSync(good(), path.join(tree, 'good.cable'));
      writeFileSync(path.join(tree, 'binary.cable'), Buffer.from([0x00, 0x01]));
      symlinkSync(path.join(tree, 'nowhere.cable'), path.join(tree, 'dangling.cable'));
      mkdirSync(path.join(tree, 'sub'));
      symlinkSync(tree, path.join(tree, 'sub', 'loop'));
      spawnSync('mkfifo', [path.join(tree, 'pipe.cable')]);
      const before = readdirSync(tree).sort();
      const r = spawnSync(process.execPath, [cli, tree], { cwd: root, encoding: 'utf8', timeout: 30_000 });
      assert.equal(r.error, undefined);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /binary\.cable: a binary file/);
      assert.match(r.stderr, /dangling\.cable: cannot read \(ENOENT/);
      if (existsSync(path.join(tree, 'pipe.cable'))) assert.match(r.stderr, /pipe\.cable: not a regular file/);
      assert.equal((r.stdout.match(/good\.cable:39:7/g) ?? []).length, 1, 'the folder linked back into itself is read once');
      assert.deepEqual(readdirSync(tree).sort(), before);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });

  test('an empty folder says so, with exit 2', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'cable-empty-'));
    try {
      const r = spawnSync(process.execPath, [cli, empty], { encoding: 'utf8' });
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `${empty}: no .cable files in this folder\n`);
      assert.equal(r.stdout, '');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test('an unknown flag: exit 2 with the usage, and nothing checked', () => {
    const r = run('--fix', 'samples/seed-mao-to-filippov-1951.cable');
    assert.equal(r.status, 2);
    assert.deepEqual(r.stderr.split('\n').filter(Boolean), ['cable-check: unknown option --fix', 'usage: cable-check [--json | --sarif | --outline] [--jobs=N] FILE_OR_FOLDER...']);
    assert.equal(r.stdout, '');
  });
});

test('read by worker threads (--jobs=2), the same files are refused with the same reasons and the same problems found', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cable-cli-jobs-'));
  try {
    copyFileSync(path.join(root, 'samples/seed-mao-to-filippov-1951.cable'), path.join(dir, 'good.cable'));
    writeFileSync(path.join(dir, 'binary.cable'), Buffer.from([0x43, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(dir, 'latin1.cable'), Buffer.from('Cde. Molotov re\u00e7u', 'latin1'));
    const here = spawnSync(process.execPath, [cli, '--jobs=0', dir], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    const pooled = spawnSync(process.execPath, [cli, '--jobs=2', dir], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    assert.equal(pooled.status, 2, pooled.stderr);
    assert.match(pooled.stderr, /binary\.cable: a binary file, not text: skipped/);
    assert.match(pooled.stderr, /latin1\.cable: not UTF-8 text/);
    assert.deepEqual(pooled.stderr.split('\n').sort(), here.stderr.split('\n').sort());
    assert.equal(pooled.stdout, here.stdout);
    assert.match(pooled.stdout, /good\.cable:39:7 warning cable\.name\.variant/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the connected corpus read by worker threads (--jobs=2) gives the same findings, corpus checks included', () => {
  const here = run('--jobs=0', 'samples/corpus');
  const pooled = run('--jobs=2', 'samples/corpus');
  assert.equal(pooled.status, here.status, pooled.stderr);
  assert.equal(pooled.stdout, here.stdout);
  assert.match(pooled.stdout, /cable\.corpus\.duplicateCable/);
  assert.match(pooled.stdout, /cable\.corpus\.rareSpelling/);
  assert.equal(pooled.stderr, '');
});

test('--jobs takes a number, and says so of another value', () => {
  const r = run('--jobs=many', 'samples/corpus');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--jobs takes a whole number of threads \(0 for one\), not "many"/);
});

test('--help prints the usage on stdout and exits 0', () => {
  const r = run('--help');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^usage: cable-check/);
  assert.equal(r.stderr, '');
});

test('a folder is one corpus: the same cable saved twice is reported in each file, pointing at the other', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cable-cli-corpus-'));
  try {
    copyFileSync(path.join(root, 'samples/seed-mao-to-filippov-1951.cable'), path.join(dir, 'one.cable'));
    copyFileSync(path.join(root, 'samples/seed-mao-to-filippov-1951.cable'), path.join(dir, 'two.cable'));
    const r = run('--json', dir);
    type Related = { file: string; line: number; column: number; endLine: number; endColumn: number; message: string };
    const found = r.stdout.trim().split('\n').map(l => JSON.parse(l) as { file: string; line: number; code: string; message: string; related: Related[] });
    const duplicates = found.filter(f => f.code === 'cable.corpus.duplicateCable');
    assert.deepEqual(duplicates.map(d => path.basename(d.file)), ['one.cable', 'two.cable'], r.stdout + r.stderr);
    // each points at the other copy, named as the file was (as --sarif and the server do)
    assert.deepEqual(duplicates.map(d => d.related.map(x => [x.file, x.line, x.message])), [
      [[duplicates[1].file, duplicates[1].line, 'the same cable here']],
      [[duplicates[0].file, duplicates[0].line, 'the same cable here']],
    ]);
    assert.ok(found.filter(f => f.code !== 'cable.corpus.duplicateCable').every(f => Array.isArray(f.related)));
    assert.match(duplicates[0].message, /25025 of 1951-10-19/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
