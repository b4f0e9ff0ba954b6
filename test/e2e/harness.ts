// End-to-end harness: a real VS Code (code-server) with the packaged extension,
// driven through Debian's Chromium by playwright-core, the way a person uses it.
//
// launchWorkbench() packages the extension (unless CABLE_E2E_VSIX names a .vsix),
// makes sure code-server is installed (scripts/setup-code-server.mjs), copies the
// samples to a temporary workspace, starts code-server on a free loopback port with
// a fresh user-data dir, and opens it in headless Chromium. Everything it starts is
// stopped by Workbench.close(). Set CABLE_E2E_KEEP=1 to keep the temporary folder
// (logs, workspace) after the run; CABLE_E2E_HEADED=1 shows the browser if a display exists.
//
// Waiting is always by polling for a condition with a deadline, never a fixed sleep.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CABLE_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium flags that keep it quiet and working on a machine without a display or open network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The project's root: the nearest folder upwards holding the extension's package.json. */
export function findProjectRoot(start: string = __dirname): string {
  let dir = resolve(start);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; contributes?: unknown };
        if (pkg.name === 'cable' && pkg.contributes) return dir;
      } catch {
        // not ours; keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const projectRoot = findProjectRoot();

function log(message: string): void {
  if (process.env.CABLE_E2E_QUIET !== '1') console.error(`[e2e] ${message}`);
}

/** Thrown by a probe to stop pollUntil at once (e.g. the process it waits for has exited). */
export class PollAbort extends Error {}

/**
 * Polls `probe` until `ok` accepts its value; throws (naming `what` and the last value) at the deadline.
 * A probe that throws is retried, unless it throws a PollAbort.
 */
export async function pollUntil<T>(
  what: string,
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 30_000,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (ok(last)) return last;
    } catch (err) {
      if (err instanceof PollAbort) throw err;
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const seen = lastError !== undefined ? `error ${String(lastError)}` : JSON.stringify(last);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function runChecked(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

/** Makes sure code-server is installed (idempotent) and returns its entry point. */
export function ensureCodeServer(): string {
  runChecked(process.execPath, [join(projectRoot, 'scripts', 'setup-code-server.mjs')], projectRoot);
  const out = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "import('./scripts/setup-code-server.mjs').then(m => process.stdout.write(m.codeServerEntry()))"],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  const entry = out.stdout.trim();
  if (out.status !== 0 || !existsSync(entry)) throw new Error(`code-server entry point not found (${entry || out.stderr})`);
  return entry;
}

/** The extension package to test: CABLE_E2E_VSIX, or a fresh `npm run package`. */
export function ensureVsix(): string {
  const given = process.env.CABLE_E2E_VSIX;
  if (given) {
    if (!existsSync(given)) throw new Error(`CABLE_E2E_VSIX=${given} does not exist`);
    return resolve(given);
  }
  runChecked('npm', ['run', 'package'], projectRoot);
  const vsix = join(projectRoot, 'cable.vsix');
  if (!existsSync(vsix)) throw new Error(`npm run package did not produce ${vsix}`);
  return vsix;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * A package of the web build alone (`scripts/package-web.mjs`): the manifest without its `main`, so
 * that VS Code must run the extension in the browser's worker extension host, with no Node.
 */
export function webOnlyVsix(tempRoot: string): string {
  runChecked('npm', ['run', 'build'], projectRoot);
  const vsix = join(tempRoot, 'cable-web.vsix');
  runChecked(process.execPath, [join(projectRoot, 'scripts', 'package-web.mjs'), vsix], projectRoot);
  if (!existsSync(vsix)) throw new Error(`scripts/package-web.mjs did not produce ${vsix}`);
  return vsix;
}

export interface WorkbenchOptions {
  /** The package to install (default: CABLE_E2E_VSIX, or a fresh `npm run package`). */
  vsix?: string;
  /** Folder copied to become the workspace (default: the project's samples/). */
  workspaceFrom?: string;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** Browser viewport. */
  viewport?: { width: number; height: number };
}

export interface Token {
  text: string;
  className: string;
  color: string;
}

/** The token covering the first character of `needle` in a rendered line. */
export function tokenAt(tokens: Token[], needle: string): Token | undefined {
  const line = tokens.map((t) => t.text).join('');
  const index = line.indexOf(needle);
  if (index < 0) return undefined;
  let offset = 0;
  for (const token of tokens) {
    if (index < offset + token.text.length) return token;
    offset += token.text.length;
  }
  return undefined;
}

export interface ListRow {
  /** The row's name (`.label-name`), without its description. */
  label: string;
  /** All the row's text. */
  text: string;
  ariaLabel: string;
}

export interface ProblemRow {
  text: string;
  ariaLabel: string;
}

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    private readonly server: ChildProcess,
    /** The temporary folder holding workspace, user data, extensions and logs. */
    readonly tempDir: string,
    /** The workspace folder open in VS Code (a copy of samples/). */
    readonly workspace: string,
    readonly url: string,
  ) {}

  static async launch(options: WorkbenchOptions = {}): Promise<Workbench> {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run 'node scripts/setup-code-server.mjs' (installs Debian's chromium)`);
    }
    const entry = ensureCodeServer();
    const vsix = options.vsix ?? ensureVsix();
    const tempDir = mkdtempSync(join(tmpdir(), 'cable-e2e-'));
    log(`temporary folder: ${tempDir}`);
    const workspace = join(tempDir, 'samples');
    cpSync(options.workspaceFrom ?? join(projectRoot, 'samples'), workspace, { recursive: true });
    const userDataDir = join(tempDir, 'user-data');
    const extensionsDir = join(tempDir, 'extensions');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    mkdirSync(extensionsDir, { recursive: true });
    // A config file of our own, so code-server leaves the user's ~/.config alone.
    const configFile = join(tempDir, 'code-server.yaml');
    writeFileSync(configFile, `bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n`);
    writeFileSync(
      join(userDataDir, 'User', 'settings.json'),
      JSON.stringify(
        {
          'security.workspace.trust.enabled': false,
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'workbench.enableExperiments': false,
          'extensions.ignoreRecommendations': true,
          'telemetry.telemetryLevel': 'off',
          'outline.collapseItems': 'alwaysExpand',
          'editor.minimap.enabled': false,
          ...options.settings,
        },
        null,
        2,
      ),
    );
    runChecked(
      process.execPath,
      [entry, '--config', configFile, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'],
      projectRoot,
    );

    const port = await freePort();
    const logFd = openSync(join(tempDir, 'code-server.log'), 'a');
    const server = spawn(
      process.execPath,
      [
        entry,
        '--config',
        configFile,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--extensions-dir',
        extensionsDir,
        '--user-data-dir',
        userDataDir,
        workspace,
      ],
      // Own process group, so close() stops the extension host and helpers with it.
      { cwd: tempDir, stdio: ['ignore', logFd, logFd], detached: true },
    );
    closeSync(logFd);
    const url = `http://127.0.0.1:${port}/`;
    let browser: Browser | undefined;
    try {
      await pollUntil(
        `code-server to answer on ${url}`,
        async () => {
          if (server.exitCode !== null) throw new PollAbort(`code-server exited with ${server.exitCode}`);
          return (await fetch(`${url}healthz`)).ok;
        },
        (ok) => ok,
        60_000,
      );
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        headless: process.env.CABLE_E2E_HEADED !== '1',
      });
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${url}?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
      await page.locator('.explorer-folders-view').waitFor({ state: 'visible', timeout: 60_000 });
      return new Workbench(page, browser, server, tempDir, workspace, url);
    } catch (err) {
      await browser?.close().catch(() => undefined);
      killGroup(server);
      throw err;
    }
  }

  /** Stops the browser and code-server; removes the temporary folder unless CABLE_E2E_KEEP=1. */
  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await killGroup(this.server);
    if (process.env.CABLE_E2E_KEEP === '1') log(`kept ${this.tempDir}`);
    else rmSync(this.tempDir, { recursive: true, force: true });
  }

  /** Text of the extension host's logs (for diagnosing a failure). */
  extensionHostLog(): string {
    const logs = join(this.tempDir, 'user-data', 'logs');
    const parts: string[] = [];
    const walk = (dir: string): void => {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/exthost|cable|Cable/.test(path) && name.endsWith('.log')) parts.push(`== ${path}\n${readFileSync(path, 'utf8')}`);
      }
    };
    walk(logs);
    return parts.join('\n');
  }

  /** A path inside the workspace. */
  file(relative: string): string {
    return join(this.workspace, relative);
  }

  /** 1-based line and column of the first occurrence of `needle` in a workspace file. */
  positionOf(relative: string, needle: string, occurrence = 1): { line: number; column: number } {
    const text = readFileSync(this.file(relative), 'utf8');
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
      index = text.indexOf(needle, index + 1);
      if (index < 0) throw new Error(`${JSON.stringify(needle)} (occurrence ${occurrence}) not found in ${relative}`);
    }
    const before = text.slice(0, index).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  }

  /**
   * How many marks the timeline webview has drawn, once at least `least` (0 when it never does):
   * the webview's document lives in nested frames, and its marks are SVG elements with a data-key.
   */
  async timelineMarks(least: number, timeoutMs = 60_000): Promise<number> {
    return pollUntil(
      'the timeline to draw its marks',
      async () => {
        let count = 0;
        for (const frame of this.page.frames()) count += await frame.locator('[data-key]').count().catch(() => 0);
        return count;
      },
      (n) => n >= least,
      timeoutMs,
    ).catch(() => 0);
  }

  /** The editor's plain foreground: what an uncoloured word is drawn in. */
  async plainForeground(): Promise<string> {
    return this.activeEditor()
      .locator('.view-lines')
      .evaluate((el: any) => ((globalThis as any).getComputedStyle(el) as { color: string }).color);
  }

  /** Runs a command from the command palette by its title. */
  async runCommand(title: string): Promise<void> {
    const page = this.page;
    const input = page.locator('.quick-input-widget input');
    // The focused row, not just a listed one: Enter runs the focused row, which may be a recently
    // used other command until the list is filtered.
    const row = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: title }).first();
    // A view that takes the focus (the References view of a search still reporting) closes the
    // palette: open it again until the command is listed.
    await pollUntil(
      `the command palette to list ${JSON.stringify(title)}`,
      async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        await input.waitFor({ state: 'visible', timeout: 5_000 });
        await input.fill(`>${title}`, { timeout: 5_000 });
        await row.waitFor({ state: 'visible', timeout: 5_000 });
        return true;
      },
      (listed) => listed,
      60_000,
    );
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /**
   * Runs a command until `done` holds, at most three times: a view that takes the focus between the
   * palette listing the command and the Enter (the References view of a search still reporting) closes
   * the palette, and the Enter then goes to that view. For commands that may run twice, as a reveal.
   */
  async runCommandUntil(title: string, what: string, done: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
    const attempts = 3;
    for (let attempt = 1; ; attempt++) {
      await this.runCommand(title);
      const last = attempt === attempts;
      const reached = await pollUntil(what, done, (ok) => ok, last ? timeoutMs : timeoutMs / attempts).catch((err: unknown) => {
        if (last) throw err;
        return false;
      });
      if (reached) return;
      process.stderr.write(`e2e: ${JSON.stringify(title)} did not bring ${what} (attempt ${attempt}); running it again\n`);
    }
  }

  /** Shows the timeline webview with its command and waits for its tab. */
  async showTimeline(): Promise<void> {
    const tab = this.page.locator('.tab', { hasText: 'Cable Timeline' }).first();
    await this.runCommandUntil('Cable: Show Timeline', 'the Cable Timeline tab', () => tab.isVisible());
  }

  /** Opens a workspace file with Quick Open and waits for its editor. */
  async openFile(relative: string): Promise<void> {
    const page = this.page;
    const name = basename(relative);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(relative);
    // Wait for the file to be the focused row: until the list is filtered, the focused row may be a
    // recently opened other file, even while a row with this name is listed.
    await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: name }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active[data-resource-name="${name}"]`).first().waitFor({ state: 'visible' });
    await this.activeEditor().locator('.view-line').first().waitFor({ state: 'visible' });
  }

  /** The editor of the active editor group. */
  activeEditor() {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** Text of the status bar's language mode item (e.g. "Cable"). */
  async languageMode(): Promise<string> {
    const item = this.page.locator('[id="status.editor.mode"]');
    return ((await item.count()) > 0 ? await item.first().innerText() : '').trim();
  }

  /** Moves the cursor with Go to Line (Ctrl+G) to a 1-based line and column; focuses the active editor first. */
  async goTo(line: number, column: number): Promise<void> {
    const page = this.page;
    await page.keyboard.press('Escape');
    // Focus the editor by keyboard (View: Focus First Editor Group); a click could start a mouse hover.
    await page.keyboard.press('Control+1');
    await pollUntil(
      'the editor to have focus',
      () => this.activeEditor().evaluate((el: any) => el.classList.contains('focused')),
      (focused) => focused,
      5_000,
    ).catch(async () => {
      await this.activeEditor().locator('.overflow-guard').first().click();
    });
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    // Go to Line opens Quick Open with the ':' prefix; keep it.
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Text of the visible hover widget ('' when none). */
  async hoverText(): Promise<string> {
    const hovers = this.page.locator('.monaco-hover-content:visible');
    const n = await hovers.count();
    const texts: string[] = [];
    for (let i = 0; i < n; i++) texts.push(await hovers.nth(i).innerText());
    return texts.join('\n').trim();
  }

  /**
   * Shows the hover at a position with the keyboard (Ctrl+K Ctrl+I) until its text satisfies `accept`
   * (re-triggering it, since the language server may still be starting); returns the last text seen.
   */
  async hoverAt(line: number, column: number, accept: (text: string) => boolean, timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      await this.goTo(line, column);
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
      try {
        last = await pollUntil('hover text', () => this.hoverText(), (t) => accept(t) || (t !== '' && !/loading/i.test(t)), 5_000);
      } catch {
        last = await this.hoverText();
      }
      if (accept(last)) return last;
    }
    return last;
  }

  /** The rendered tokens (text, CSS class, computed colour) of the first editor line whose text is `lineText`. */
  async lineTokens(lineText: string): Promise<Token[] | undefined> {
    return this.activeEditor()
      .locator('.view-line')
      .evaluateAll((lines: any[], wanted: string) => {
        const norm = (s: string) => s.replace(/\u00a0/g, ' ');
        const line = lines.find((l) => norm(l.textContent ?? '') === wanted);
        if (!line) return undefined;
        const spans: any[] = Array.from(line.querySelectorAll('span > span'));
        const style = (globalThis as any).getComputedStyle as (e: unknown) => { color: string };
        return spans.map((s) => ({ text: norm(s.textContent ?? ''), className: String(s.className), color: style(s).color }));
      }, lineText);
  }

  /** Texts of all rendered editor lines (non-breaking spaces normalised). */
  async visibleLines(): Promise<string[]> {
    return this.activeEditor()
      .locator('.view-line')
      .evaluateAll((lines: any[]) => lines.map((l) => String(l.textContent ?? '').replace(/\u00a0/g, ' ')));
  }

  /** Opens the Outline view. */
  async openOutline(): Promise<void> {
    await this.runCommand('Explorer: Focus on Outline View');
    await this.page.locator('.outline-pane, .pane-body.outline-pane').first().waitFor({ state: 'visible' });
    // Give the outline the room of the sidebar: collapse the folder view above it.
    // A click while the workbench is still laying the sidebar out can be lost, so it is repeated until the
    // header says collapsed, each time after giving the last click two seconds to take effect.
    const expanded = this.page.locator('.pane:has(.explorer-folders-view) > .pane-header[aria-expanded="true"]');
    const collapsed = this.page.locator('.pane:has(.explorer-folders-view) > .pane-header[aria-expanded="false"]');
    await pollUntil('the folder view above the outline to collapse', async () => {
      if ((await expanded.count()) === 0) return true;
      await expanded.first().click();
      await collapsed.first().waitFor({ timeout: 2_000 }).catch(() => undefined);
      return (await expanded.count()) === 0;
    }, (done) => done, 30_000);
  }

  /** The Outline's labels once each of `wanted` matches one (or as they are when that never happens). */
  async outlineMatching(wanted: readonly RegExp[], timeoutMs = 60_000): Promise<string[]> {
    return pollUntil(
      `the outline to list ${wanted.join(', ')}`,
      () => this.outlineLabels(),
      (ls) => wanted.every((re) => ls.some((l) => re.test(l))),
      timeoutMs,
    ).catch(() => this.outlineLabels());
  }

  /**
   * Labels (names, without their descriptions) of all rows of the Outline view, in order. The tree only
   * renders the rows in view, so this pages through it with the keyboard until the last row is rendered.
   */
  async outlineLabels(): Promise<string[]> {
    const rows = await this.allListRows(
      this.page.locator('.outline-pane .monaco-list, .pane-body:has(.outline-element) .monaco-list').first(),
    );
    return rows.map((r) => r.label);
  }

  /**
   * Every row of a virtualised list or tree (they render only the rows in view), in order: scrolls it
   * with the mouse wheel, which moves neither the focus nor the editor, until its last row has been seen.
   */
  async allListRows(list: ReturnType<Page['locator']>): Promise<ListRow[]> {
    const seen = new Map<number, ListRow>();
    const collect = async (): Promise<{ max: number; last: boolean }> => {
      if ((await list.count()) === 0) return { max: -1, last: true };
      const found = await list.locator('.monaco-list-row').evaluateAll((els: any[]) =>
        els.map((el) => ({
          index: Number(el.getAttribute('data-index')),
          last: el.getAttribute('data-last-element') === 'true',
          label: String(el.querySelector('.label-name')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          text: String(el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
          ariaLabel: String(el.getAttribute('aria-label') ?? ''),
        })),
      );
      for (const f of found) seen.set(f.index, { label: f.label, text: f.text, ariaLabel: f.ariaLabel });
      return { max: Math.max(-1, ...found.map((f) => f.index)), last: found.length === 0 || found.some((f) => f.last) };
    };
    let state = await collect();
    for (let guard = 0; guard < 200 && !state.last; guard++) {
      const before = state.max;
      // A hover left open over the list (a long problem message) would take the wheel: move away first.
      await this.page.mouse.move(0, 0);
      await list.hover({ force: true });
      await this.page.mouse.wheel(0, 400);
      try {
        state = await pollUntil('the list to scroll', collect, (s) => s.last || s.max > before, 3_000, 50);
      } catch {
        break; // nothing more to render
      }
    }
    return [...seen.entries()].sort((x, y) => x[0] - y[0]).map((e) => e[1]);
  }

  /** Scrolls the Outline view back to its first row. */
  async scrollOutlineToTop(): Promise<void> {
    const tree = this.page.locator('.outline-pane .monaco-list, .pane-body:has(.outline-element) .monaco-list').first();
    await tree.hover();
    await this.page.mouse.wheel(0, -100_000);
    await pollUntil(
      'the outline to show its first row',
      () => this.page.locator('.monaco-list-row[data-index="0"]:has(.outline-element)').count(),
      (n) => n > 0,
      5_000,
    );
  }

  /** Drags the sash between the primary side bar and the editor so the side bar is `width` pixels wide. */
  async setSidebarWidth(width: number): Promise<void> {
    const box = await this.page.locator('.part.sidebar').first().boundingBox();
    if (!box) throw new Error('no side bar');
    const x = box.x + box.width - 1;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, y, { steps: 5 });
    await this.page.mouse.up();
    await pollUntil(
      'the side bar to be resized',
      async () => (await this.page.locator('.part.sidebar').first().boundingBox())?.width ?? 0,
      (w) => Math.abs(w - width) < 20,
      5_000,
    );
  }

  /** Opens the Problems panel (Ctrl+Shift+M). */
  async openProblems(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').first().waitFor({ state: 'visible' });
  }

  /** Types a filter into the Problems panel's filter box ('' clears it). */
  async filterProblems(filter: string): Promise<void> {
    const input = this.page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await input.waitFor({ state: 'visible' });
    await input.fill(filter);
  }

  /** All rows of the Problems panel (file rows and problem rows). */
  async problemRows(): Promise<ProblemRow[]> {
    const rows = await this.allListRows(this.page.locator('.markers-panel .monaco-list').first());
    return rows.map((r) => ({ text: r.text, ariaLabel: r.ariaLabel }));
  }

  /**
   * Opens the quick-fix menu (Ctrl+.) at a position until it offers an action whose title matches
   * `title`, and leaves it open; returns the titles offered (throws if none matches before the deadline).
   */
  async openQuickFix(line: number, column: number, title: RegExp, timeoutMs = 30_000): Promise<string[]> {
    const page = this.page;
    const deadline = Date.now() + timeoutMs;
    let offered: string[] = [];
    const items = page.locator('.action-widget .monaco-list-row.action');
    while (Date.now() < deadline) {
      await this.goTo(line, column);
      await page.keyboard.press('Control+.');
      try {
        return await pollUntil(
          'quick-fix menu',
          async () => (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()),
          (titles) => titles.some((t) => title.test(t)),
          4_000,
        );
      } catch {
        offered = (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      }
    }
    throw new Error(`no quick fix matching ${title} at ${line}:${column}; offered: ${JSON.stringify(offered)}`);
  }

  /**
   * Opens the quick-fix menu (Ctrl+.) at a position and applies the first action whose title matches
   * `title`; returns the titles offered (throws if none matches before the deadline).
   */
  async applyQuickFix(line: number, column: number, title: RegExp, timeoutMs = 30_000): Promise<string[]> {
    const page = this.page;
    const offered = await this.openQuickFix(line, column, title, timeoutMs);
    // Choose it with the keyboard (the menu blocks pointer events while it opens).
    const focused = page.locator('.action-widget .monaco-list-row.action.focused');
    for (let i = 0; i <= offered.length; i++) {
      const label = (await focused.count()) > 0 ? ((await focused.first().getAttribute('aria-label')) ?? (await focused.first().innerText())) : '';
      if (title.test(label)) {
        await page.keyboard.press('Enter');
        await page.locator('.action-widget .monaco-list-row.action').first().waitFor({ state: 'hidden' });
        return offered;
      }
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`could not focus the quick fix matching ${title}; offered: ${JSON.stringify(offered)}`);
  }

  /** Labels of the rows of the visible suggest widget (the completion list), [] when it is closed. */
  async suggestLabels(): Promise<string[]> {
    const rows = this.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    return rows.evaluateAll((els: any[]) =>
      els.map((el) => String(el.querySelector('.label-name')?.textContent ?? el.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim()),
    );
  }

  /** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await pollUntil(
      'the active tab to be saved',
      () => this.page.locator('.tab.active.dirty').count(),
      (n) => n === 0,
    );
  }

  /** Screenshot of the page (or of one element). */
  async screenshot(path: string, selector?: string): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    // 'disabled' finishes CSS animations first (a hover fading in would be caught half transparent).
    if (selector) await this.page.locator(selector).first().screenshot({ path, animations: 'disabled' });
    else await this.page.screenshot({ path, animations: 'disabled' });
  }
}

/** Stops a process group started by this harness (by its own id) and waits for it to exit. */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

export function launchWorkbench(options?: WorkbenchOptions): Promise<Workbench> {
  return Workbench.launch(options);
}
