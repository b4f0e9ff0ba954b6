#!/usr/bin/env node
// `node scripts/package-web.mjs [OUT.vsix]` (after `npm run build`; `npm run package:web` does both):
// packages the web build alone — the manifest without its `main`, so only the `browser` entry
// (dist/web/client.js, with dist/web/server.js) is left. VS Code then has to run the extension in the
// browser's worker extension host even where a Node extension host exists (code-server: `npm start -- --web`,
// and the web build's end-to-end test). The ordinary cable.vsix holds both entries; VS Code for the
// Web picks its `browser` entry by itself. Default output: cable-web.vsix in the project.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What the web package holds (the .vscodeignore allow-list then picks the files). */
const CONTENTS = ['README.md', 'LICENSE', 'CHANGELOG.md', 'language-configuration.json', '.vscodeignore', 'syntaxes', 'data', 'images', 'media', join('dist', 'web')];

export function packageWeb(out = join(projectRoot, 'cable-web.vsix')) {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  if (typeof manifest.browser !== 'string') throw new Error('package.json has no `browser` entry');
  if (!existsSync(join(projectRoot, manifest.browser))) throw new Error(`${manifest.browser} is missing: run \`npm run build\` first`);
  delete manifest.main;
  delete manifest.scripts; // the build is done; nothing is to run before packaging
  const stage = mkdtempSync(join(tmpdir(), 'cable-web-package-'));
  try {
    writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    for (const item of CONTENTS) {
      const from = join(projectRoot, item);
      if (existsSync(from)) cpSync(from, join(stage, item), { recursive: true });
    }
    const vsce = join(projectRoot, 'node_modules', '.bin', 'vsce');
    const args = ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', resolve(out)];
    const result = spawnSync(vsce, args, { cwd: stage, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`vsce package exited with ${result.status ?? result.signal}`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  return resolve(out);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(packageWeb(process.argv[2]));
  } catch (err) {
    console.error(`[package-web] ${err.message}`);
    process.exit(1);
  }
}
