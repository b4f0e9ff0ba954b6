// Generates syntaxes/cable.tmLanguage.json from the readable source syntaxes/src/cable.grammar.ts.
//
//   node scripts/build-grammar.mjs           write the JSON file
//   node scripts/build-grammar.mjs --check   exit 1 if the committed JSON differs from fresh output
//   node scripts/build-grammar.mjs --stdout  print fresh output instead of writing it
//
// esbuild compiles the TypeScript source in memory; the default export is the grammar object.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = join(root, 'syntaxes', 'src', 'cable.grammar.ts');
const outputPath = join(root, 'syntaxes', 'cable.tmLanguage.json');

/** Compiles and evaluates the grammar source; returns the grammar object. */
async function loadGrammar() {
  const result = await build({
    entryPoints: [sourcePath],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  const grammar = module.exports.default;
  if (!grammar || typeof grammar !== 'object') throw new Error(`${sourcePath} has no default export`);
  return grammar;
}

/** Every scope name in the grammar must end in `.cable`, so themes and tests can rely on it. */
function checkScopeNames(grammar) {
  const bad = [];
  const visit = (value, path) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'name' || key === 'contentName') && typeof v === 'string' && path !== '') {
        for (const scope of v.split(/\s+/)) if (!scope.endsWith('.cable')) bad.push(`${path}.${key}: ${scope}`);
      } else visit(v, `${path}.${key}`);
    }
  };
  visit(grammar, '');
  if (bad.length) throw new Error(`scope names must end in .cable:\n  ${bad.join('\n  ')}`);
}

export async function renderGrammar() {
  const grammar = await loadGrammar();
  checkScopeNames(grammar);
  return JSON.stringify(grammar, null, 2) + '\n';
}

const args = new Set(process.argv.slice(2));
const text = await renderGrammar();
if (args.has('--stdout')) {
  process.stdout.write(text);
} else if (args.has('--check')) {
  const current = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : '';
  if (current !== text) {
    console.error('syntaxes/cable.tmLanguage.json is out of date: run `node scripts/build-grammar.mjs`');
    process.exit(1);
  }
} else {
  writeFileSync(outputPath, text);
  console.log('wrote syntaxes/cable.tmLanguage.json');
}
