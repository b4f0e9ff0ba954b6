// `npm start -- FOLDER` end to end: scripts/start.mjs packages the extension, serves a real VS Code on the
// loopback port it is given with that folder open (samples/ when none is given), and stops cleanly on Ctrl+C (SIGINT).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, freePort, PollAbort, pollUntil, projectRoot } from './harness';

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start', { timeout: 900_000 }, () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'cable-start-'));
  after(() => rmSync(stateDir, { recursive: true, force: true }));

  it('serves VS Code with the folder it is given on the given loopback port and stops on SIGINT', { timeout: 900_000 }, async () => {
    const port = await freePort();
    // A folder of the user's own, outside the project: `npm start -- FOLDER`.
    const folder = join(stateDir, 'my-cables');
    mkdirSync(folder);
    copyFileSync(join(projectRoot, 'samples', 'seed-mao-to-filippov-1951.cable'), join(folder, 'mao-to-filippov.cable'));
    const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'start.mjs'), folder], {
      cwd: projectRoot,
      env: { ...process.env, PORT: String(port), CABLE_START_DIR: stateDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own group, so a failed test can still stop everything it started
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = `http://127.0.0.1:${port}/`;
      await pollUntil(
        'npm start to print its URL',
        async () => {
          if (child.exitCode !== null) throw new PollAbort(`start.mjs exited with ${child.exitCode}:\n${output.slice(-2000)}`);
          return output.includes(`ready: ${url}`);
        },
        (ready) => ready,
        600_000,
        500,
      );

      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
        await page.goto(url);
        // The given folder is open in the Explorer.
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'mao-to-filippov.cable' }).waitFor({ timeout: 60_000 });
        const header = await page.locator('.pane-header', { hasText: /my-cables/i }).count();
        assert.ok(header > 0, 'the Explorer shows the folder given to npm start');
      } finally {
        await browser.close();
      }

      process.kill(child.pid!, 'SIGINT');
      const code = await exited;
      assert.equal(code, 0, `start.mjs exit code after SIGINT; output:\n${output.slice(-2000)}`);
      const stillOpen = await pollUntil('the port to close', () => portOpen(port), (open) => !open, 15_000).catch(() => true);
      assert.equal(stillOpen, false, 'code-server stopped listening');
    } finally {
      if (child.exitCode === null) {
        // Let start.mjs stop its code-server first; force it only if it does not exit.
        process.kill(child.pid!, 'SIGINT');
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // gone
          }
        }, 10_000);
        await exited;
        clearTimeout(timer);
      }
    }
  });
});
