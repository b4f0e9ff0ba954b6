// The analysis core is a pure library: it may import only our own modules, the LSP *types*, ajv and
// the data files. This is the lint rule that keeps it so (STYLE: "pure service, thin LSP glue").
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const serviceDir = path.join(root, 'server/src/service');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : [];
  });
}

/** Packages the service may import; everything else from outside must arrive through the facade's options. */
const ALLOWED_PACKAGES = new Set(['vscode-languageserver-types', 'ajv']);
const FORBIDDEN_GLOBALS = /\b(?:process\.(?:env|cwd|exit|argv)|require\(|__dirname|setTimeout|setInterval)\b/;

test('server/src/service imports only its own modules, LSP types and data', () => {
  const offences: string[] = [];
  for (const file of sources(serviceDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1];
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec);
        const inside = target.startsWith(serviceDir) || target.startsWith(path.join(root, 'data'));
        if (!inside) offences.push(`${path.relative(root, file)} imports ${spec}`);
      } else if (!ALLOWED_PACKAGES.has(spec)) {
        offences.push(`${path.relative(root, file)} imports ${spec}`);
      }
    }
    const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    if (FORBIDDEN_GLOBALS.test(code)) offences.push(`${path.relative(root, file)} uses ${FORBIDDEN_GLOBALS.exec(code)![0]}`);
  }
  assert.deepEqual(offences, []);
});
