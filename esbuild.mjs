// Bundles the extension: dist/client.js (runs in VS Code's extension host; `vscode` is provided there),
// dist/server.js (the language server; also runs standalone: `node dist/server.js --stdio`) with
// dist/indexWorker.js (its index worker threads), and
// dist/cli.js (the command-line checker).
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

const contexts = await Promise.all([
  esbuild.context({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  esbuild.context({ ...common, entryPoints: { server: 'server/src/main.ts' }, outdir: 'dist' }),
  // The index worker threads the server starts next to itself (dist/indexWorker.js).
  esbuild.context({ ...common, entryPoints: { indexWorker: 'server/src/indexWorker.ts' }, outdir: 'dist' }),
  // The command-line checker: `node dist/cli.js FILES` (or `cable-check` when installed as a package).
  esbuild.context({ ...common, entryPoints: { cli: 'server/src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }),
]);

if (watch) {
  await Promise.all(contexts.map(c => c.watch()));
} else {
  await Promise.all(contexts.map(c => c.rebuild()));
  await Promise.all(contexts.map(c => c.dispose()));
}
