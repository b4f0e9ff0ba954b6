// Bundles the extension: dist/client.js (runs in VS Code's extension host; `vscode` is provided there),
// dist/server.js (the language server; also runs standalone: `node dist/server.js --stdio`) with
// dist/indexWorker.js (its index worker threads), and
// dist/cli.js (the command-line checker); and the web build: dist/web/client.js (the manifest's `browser`
// entry, for the browser's worker extension host) with dist/web/server.js (the language server in a web
// worker). The web bundles target the browser: a Node built-in imported into them is a build error.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  // jsonc-parser's UMD build hides its modules from the bundler; its ES module build does not.
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};

const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
};

const contexts = await Promise.all([
  esbuild.context({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  esbuild.context({ ...common, entryPoints: { server: 'server/src/main.ts' }, outdir: 'dist' }),
  // The index worker threads the server starts next to itself (dist/indexWorker.js).
  esbuild.context({ ...common, entryPoints: { indexWorker: 'server/src/indexWorker.ts' }, outdir: 'dist' }),
  // The command-line checker: `node dist/cli.js FILES` (or `cable-check` when installed as a package).
  esbuild.context({ ...common, entryPoints: { cli: 'server/src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }),
  // The web build. VS Code loads a web extension's entry as a CommonJS module (`vscode` is its one import);
  // the server runs as a plain worker script.
  esbuild.context({ ...web, entryPoints: { client: 'client/src/browserExtension.ts' }, outdir: 'dist/web', format: 'cjs', external: ['vscode'] }),
  esbuild.context({ ...web, entryPoints: { server: 'server/src/browserMain.ts' }, outdir: 'dist/web', format: 'iife' }),
]);

if (watch) {
  await Promise.all(contexts.map(c => c.watch()));
} else {
  await Promise.all(contexts.map(c => c.rebuild()));
  await Promise.all(contexts.map(c => c.dispose()));
}
