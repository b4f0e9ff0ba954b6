#!/usr/bin/env node
// `npm start [-- FOLDER]`: builds and packages the extension, installs a real VS Code
// (code-server) if needed, installs the extension into it and serves it on
// http://127.0.0.1:8080 (env PORT overrides) with FOLDER open — the samples/
// folder when none is given (env CABLE_FOLDER also names one). Ctrl+C stops it.
// `npm start -- --web` installs the web build alone (scripts/package-web.mjs), which then runs in
// the browser's worker extension host, as in VS Code for the Web.
// Listens on the loopback interface only.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setupCodeServer, toolsDir, projectRoot } from './setup-code-server.mjs';
import { packageWeb } from './package-web.mjs';

const HOST = '127.0.0.1';
const port = Number.parseInt(process.env.PORT ?? '8080', 10);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`[start] PORT must be a TCP port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

// The folder to open: the first argument, else CABLE_FOLDER, else the samples. A file opens its folder.
const folderArg = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? process.env.CABLE_FOLDER;
let folder = folderArg ? resolve(process.cwd(), folderArg) : undefined;
if (folder) {
  let stat;
  try {
    stat = statSync(folder);
  } catch {
    console.error(`[start] no such folder: ${folder}`);
    process.exit(2);
  }
  if (!stat.isDirectory()) folder = dirname(folder);
}

function log(message) {
  console.log(`[start] ${message}`);
}

function runOrExit(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: projectRoot, ...options });
  if (result.error || result.status !== 0) {
    console.error(`[start] ${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
    process.exit(1);
  }
}

const web = process.argv.slice(2).includes('--web');

// 1. Build and package the extension (makes cable.vsix; with --web, cable-web.vsix too).
runOrExit('npm', ['run', 'package'], { stdio: ['ignore', 'inherit', 'inherit'] });
let vsix = join(projectRoot, 'cable.vsix');
if (web) {
  try {
    vsix = packageWeb();
  } catch (err) {
    console.error(`[start] packaging the web build failed: ${err.message}`);
    process.exit(1);
  }
}
if (!existsSync(vsix)) {
  console.error(`[start] npm run package did not produce ${vsix}`);
  process.exit(1);
}

// 2. A real VS Code.
let entry;
try {
  ({ entry } = await setupCodeServer());
} catch (err) {
  console.error(`[start] setting up code-server failed: ${err.message}`);
  process.exit(1);
}

// 3. Install the extension into a private extensions folder and write user settings.
// CABLE_START_DIR moves this state elsewhere (the tests use a temporary one).
const stateDir = process.env.CABLE_START_DIR ? resolve(process.env.CABLE_START_DIR) : join(toolsDir(), 'start');
const extensionsDir = join(stateDir, 'extensions');
const userDataDir = join(stateDir, 'user-data');
mkdirSync(extensionsDir, { recursive: true });
mkdirSync(join(userDataDir, 'User'), { recursive: true });
writeFileSync(
  join(userDataDir, 'User', 'settings.json'),
  JSON.stringify(
    {
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      // samples/ sits inside the project's git repository; don't offer to open it.
      'git.openRepositoryInParentFolders': 'never',
    },
    null,
    2,
  ) + '\n',
);
// A config file of our own, so code-server leaves ~/.config alone.
const configFile = join(stateDir, 'code-server.yaml');
writeFileSync(configFile, 'auth: none\ncert: false\n');
runOrExit(process.execPath, [
  entry,
  '--config',
  configFile,
  '--extensions-dir',
  extensionsDir,
  '--user-data-dir',
  userDataDir,
  '--install-extension',
  vsix,
  '--force',
]);

// 4. Serve.
const opened = folder ?? join(projectRoot, 'samples');
const args = [
  entry,
  '--config',
  configFile,
  '--auth',
  'none',
  '--bind-addr',
  `${HOST}:${port}`,
  '--disable-telemetry',
  '--disable-update-check',
  '--disable-workspace-trust',
  '--extensions-dir',
  extensionsDir,
  '--user-data-dir',
  userDataDir,
  opened,
];
log(`starting VS Code (code-server) on ${HOST}:${port} with ${opened}`);
// Own process group, so that stopping it also stops its extension host and helpers.
const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: true });

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  log(`stopping code-server (${signal})`);
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  timer.unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
child.on('exit', (code, signal) => {
  if (!stopping) console.error(`[start] code-server exited unexpectedly (${signal ?? `exit ${code}`})`);
  process.exit(stopping ? 0 : 1);
});

// Print the URL once it answers.
const url = `http://${HOST}:${port}/`;
const deadline = Date.now() + 60_000;
while (!stopping && Date.now() < deadline) {
  try {
    const res = await fetch(`${url}healthz`);
    if (res.ok) {
      log('');
      log(`VS Code with the cable extension${web ? ' (the web build, in the browser)' : ''} is ready: ${url}`);
      log('Open it in a browser on this machine. Press Ctrl+C to stop.');
      log('');
      break;
    }
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 250));
}
if (!stopping && Date.now() >= deadline) {
  console.error(`[start] code-server did not answer on ${url} within 60 s; still waiting for it (Ctrl+C to stop)`);
}
