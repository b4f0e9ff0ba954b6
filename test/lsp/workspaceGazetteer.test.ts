// Workspace gazetteer files: merged over the built-in gazetteer (hover knows the new name), and a
// broken file gets a diagnostic in that file while the built-in gazetteer keeps working.
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, rangeOf } from './lspClient';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cable-gazetteer-'));
const good = path.join(dir, 'good.json');
const broken = path.join(dir, 'broken.json');
writeFileSync(good, JSON.stringify({
  entries: [{
    id: 'zavyalov_clerk', kind: 'person', canonical: 'Zavyalov', tags: ['clerk'],
    roles: [{ title: 'Cipher clerk', from: 1951, to: 1951 }], sources: ['a workspace note'],
  }],
}, null, 2));
writeFileSync(broken, '{ "entries": [ { "id": "x", "kind": "person", ');

const clients: LspClient[] = [];
after(async () => { await Promise.all(clients.map(c => c.shutdown())); });

const cable = 'CIPHERED TELEGRAM No. 1\nFrom BEIJING\nReceived 11:50 5.I.1951\nTo Cde. FILIPPOV [Stalin].\nText.\nROSHCHIN\nDeciphered by Zavyalov 1230 5 January\n';

async function hoverOn(client: LspClient, uri: string, needle: string, until: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 10_000;
  let text = '';
  // The server reads the files after `initialized`; poll until the hover reflects them.
  while (Date.now() < deadline) {
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: rangeOf(cable, needle).start }) as { contents?: { value?: string } } | null;
    text = h?.contents?.value ?? '';
    if (until(text)) return text;
    await new Promise(r => setTimeout(r, 100));
  }
  return text;
}

test('a workspace entry is recognised and hovered', async () => {
  const client = await LspClient.start({ settings: { cable: { gazetteer: { files: [good] } } } });
  clients.push(client);
  const uri = client.open('untitled:clerk.cable', cable);
  const text = await hoverOn(client, uri, 'Zavyalov', t => t.includes('Zavyalov'));
  assert.match(text, /\*\*Zavyalov\*\*/);
  assert.match(text, /Cipher clerk/);
});

test('a broken file gets a diagnostic in that file; built-in names still work', async () => {
  const client = await LspClient.start({ settings: { cable: { gazetteer: { files: [broken] } } } });
  clients.push(client);
  const diagnostics = await client.diagnostics(pathToFileURL(broken).href, 10_000);
  assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
  assert.equal(diagnostics[0].code, 'cable.gazetteer.invalid');
  assert.match(diagnostics[0].message, /not valid JSON/);
  const uri = client.open('untitled:still.cable', cable);
  assert.match(await hoverOn(client, uri, 'FILIPPOV', t => t.includes('Stalin')), /Joseph Stalin/);
});
