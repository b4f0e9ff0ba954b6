#!/usr/bin/env node
// Installs a real VS Code (code-server) into a cached tool folder outside the
// project's dependencies, so that `npm start` and the end-to-end tests can run
// the extension in VS Code's own workbench. Idempotent: a marker file written
// at the very end says the folder is complete, and a complete folder is reused.
//
// Usage as a CLI:   node scripts/setup-code-server.mjs
// Usage as a module:
//   import { setupCodeServer } from './setup-code-server.mjs';
//   const { entry, dir } = await setupCodeServer();   // entry = path to out/node/entry.js

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, lstatSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';

/** Debian packages needed to build code-server's native modules (g++, python3, headers) and to drive it (chromium). */
export const APT_PACKAGES = [
  'build-essential', // node-gyp's compiler and make
  'python3', // node-gyp
  'libkrb5-dev',
  'libxkbfile-dev',
  'libsecret-1-dev',
  'libx11-dev',
  'pkg-config',
  'ripgrep',
  'chromium',
];

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The folder that caches tools (code-server, extensions, user data for `npm start`). */
export function toolsDir() {
  return process.env.CABLE_TOOLS_DIR ? resolve(process.env.CABLE_TOOLS_DIR) : join(projectRoot, '.tools');
}

/** Where code-server is (or will be) installed. */
export function codeServerDir() {
  return join(toolsDir(), `code-server-${CODE_SERVER_VERSION}`);
}

/** The Node entry point of code-server. */
export function codeServerEntry() {
  return join(codeServerDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

const MARKER = '.cable-setup-complete';

function log(message) {
  console.log(`[setup-code-server] ${message}`);
}

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}${options.cwd ? `   (in ${options.cwd})` : ''}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

function isInstalled(pkg) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** Ensures the Debian packages are present; installs the missing ones when running as root. */
export function ensureAptPackages(packages = APT_PACKAGES) {
  const missing = packages.filter((p) => !isInstalled(p));
  if (missing.length === 0) {
    log(`Debian packages present: ${packages.join(' ')}`);
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `[setup-code-server] Missing Debian packages: ${missing.join(' ')}\n` +
        `[setup-code-server] Install them as root, then run this again:\n` +
        `    sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  log(`Installing missing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}

/**
 * Installs code-server into the tool folder, unless a complete install is there.
 * Returns { dir, entry }.
 */
export async function setupCodeServer({ skipApt = false } = {}) {
  if (!skipApt) ensureAptPackages();
  const dir = codeServerDir();
  const entry = codeServerEntry();
  const marker = join(dir, MARKER);
  if (existsSync(marker) && existsSync(entry)) {
    log(`code-server ${CODE_SERVER_VERSION} already installed in ${dir}`);
    return { dir, entry };
  }
  if (existsSync(dir)) {
    log(`Removing incomplete install in ${dir}`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'cable-tools-code-server', private: true }, null, 2) + '\n');

  const env = {
    ...process.env,
    npm_config_yes: 'true',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };
  // Keep the project's npm settings (e.g. a workspace root) out of the tool folder.
  delete env.npm_config_prefix;
  delete env.npm_config_workspace;
  delete env.INIT_CWD;

  log(`Installing code-server ${CODE_SERVER_VERSION} into ${dir} (takes a few minutes)`);
  // 1. The package itself, without its install scripts (one of them downloads ripgrep).
  run('npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env });
  // 2. The password hasher code-server loads at start.
  run('npm', ['rebuild', 'argon2'], { cwd: dir, env });
  // 3. VS Code's own runtime dependencies.
  const vscodeDir = join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: vscodeDir, env });
  // 4. Debian's ripgrep stands in for the downloaded one (its postinstall skips when bin/ exists).
  const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  const rg = join(rgBin, 'rg');
  if (existsSync(rg) || isLink(rg)) unlinkSync(rg);
  symlinkSync('/usr/bin/rg', rg);
  // 5. Native modules (node-pty, keymap, kerberos, spdlog, ...).
  run('npm', ['rebuild'], { cwd: vscodeDir, env });
  const asar = join(vscodeDir, 'node_modules.asar');
  if (existsSync(asar) || isLink(asar)) rmSync(asar, { recursive: true, force: true });
  symlinkSync('node_modules', asar);
  // 6. The built-in extensions' dependencies.
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: join(vscodeDir, 'extensions'), env });

  if (!existsSync(entry)) throw new Error(`code-server entry point missing after install: ${entry}`);
  writeFileSync(marker, `code-server ${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
  log(`code-server ${CODE_SERVER_VERSION} ready: ${entry}`);
  return { dir, entry };
}

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Version of the installed code-server, or undefined. */
export function installedVersion() {
  try {
    const pkg = JSON.parse(readFileSync(join(codeServerDir(), 'node_modules', 'code-server', 'package.json'), 'utf8'));
    return pkg.version;
  } catch {
    return undefined;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  setupCodeServer().catch((err) => {
    console.error(`[setup-code-server] FAILED: ${err.message}`);
    process.exit(1);
  });
}
