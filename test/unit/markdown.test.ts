// Untrusted text stays data: the one escaping helper, and hovers built from a hostile gazetteer entry.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { createCableLanguageService, defaultSettings } from '../../server/src/service';
import { GazetteerManager } from '../../server/src/service/gazetteer';
import { escapeMarkdown } from '../../server/src/service/markdown';

const HOSTILE = [
  '[x](command:foo)',
  '<img src=x onerror=alert(1)>',
  '&lt;script&gt; &#60;',
  '![image](https://example.com/x.png)',
  '**bold** _it_ `code` ~~gone~~',
  '# heading\n- item\n> quote\n\n---',
  'a\\](command:bar)',
  '<https://example.com> https://example.com/a_b',
  '| a | b |\n|---|---|',
  '$x$ %20 @user ^sup =',
];

/** Drops the backslash of each escape, as a markdown renderer does. */
function unescape(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

/** True when some markdown or HTML character is not escaped. */
function hasUnescaped(markdown: string): boolean {
  return /(?<!\\)(?:\\\\)*[[\]()<>&`*_!#|~]/.test(markdown);
}

test('escapeMarkdown: every character that could make markup is escaped, and the text reads back the same', () => {
  for (const text of HOSTILE) {
    const escaped = escapeMarkdown(text);
    assert.equal(hasUnescaped(escaped), false, escaped);
    assert.doesNotMatch(escaped, /\n/, 'one line: no block structure');
    assert.equal(unescape(escaped), text.replace(/\s+/g, ' '), text);
  }
  assert.equal(escapeMarkdown('Mao Zedong'), 'Mao Zedong', 'letters and spaces are left alone');
});

test('a hover on a name from a hostile gazetteer entry shows its text, not its markup', () => {
  const manager = new GazetteerManager();
  manager.setWorkspaceProviders([{
    id: 'file:///ws/.cable/gazetteer.json',
    entries: [{
      id: 'hostile', kind: 'person', canonical: 'Zavyalov [x](command:foo) <img src=x onerror=alert(1)>',
      variants: [{ form: 'Zavyalov' }],
      note: 'See [here](command:workbench.action.terminal.new) & <script>alert(1)</script>',
      roles: [{ title: '<b>Clerk</b> [y](https://example.com)', from: 1951, to: 1951 }],
      tags: ['clerk'],
      pseudonyms: [{ name: 'Krasnoglazov', confidence: 'probable', channels: ['<i>Beijing</i>'], evidence: '[ev](command:x) <svg onload=alert(1)>' }],
      sources: ['a test'],
    }],
  }]);
  assert.deepEqual([...manager.problemsOf('file:///ws/.cable/gazetteer.json')], []);
  const service = createCableLanguageService({ gazetteer: () => manager.gazetteer, settings: () => defaultSettings });
  const text = 'CIPHERED TELEGRAM No. 1\nFrom BEIJING\nReceived 11:50 5.I.1951\nTo Cde. KRASNOGLAZOV.\nText.\nDeciphered by Zavyalov 1230 5 January\n';
  const doc = TextDocument.create('file:///ws/a.cable', 'cable', 1, text);
  const hover = (needle: string) => {
    const h = service.getHover(doc, doc.positionAt(text.indexOf(needle) + 1));
    return h ? (h.contents as MarkupContent).value : '';
  };
  const name = hover('Zavyalov');
  assert.match(unescape(name), /Zavyalov \[x\]\(command:foo\) <img src=x onerror=alert\(1\)>/, name);
  assert.match(unescape(name), /<script>alert\(1\)<\/script>/, 'the note is shown');
  const cover = hover('KRASNOGLAZOV');
  assert.match(unescape(cover), /cover name of/, cover);
  assert.match(unescape(cover), /<svg onload=alert\(1\)>/, 'the evidence is shown');
  for (const markdown of [name, cover]) {
    // Bold, list items and parentheses are the service's own; no HTML, entity, link or code may form.
    assert.doesNotMatch(markdown, /(?<!\\)[<>&[\]`]/, markdown);
    assert.doesNotMatch(markdown, /\]\(|command:/, markdown);
  }
});
