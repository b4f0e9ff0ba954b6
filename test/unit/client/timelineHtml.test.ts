// The webview page: a strict CSP with the page's nonce, and data that stays data — labels, channels and
// keys written as text, never as markup, whatever they hold.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildTimelineHtml, contentSecurityPolicy, escapeHtml } from '../../../client/src/timeline/timelineHtml';
import { layoutTimeline } from '../../../client/src/timeline/timelineLayout';
import type { TimelineResult } from '../../../protocol/src/protocol';
import { cable, link, timeline } from './fixture';

const shell = {
  nonce: 'bm9uY2UtdmFsdWU=',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/timeline.css',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/timeline.js',
};

function page(result: TimelineResult): string {
  return buildTimelineHtml(result, layoutTimeline(result), shell);
}

/** Every tag name the page opens or closes. */
function tagNames(html: string): Set<string> {
  return new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map(m => m[1].toLowerCase()));
}

const hostile = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '" onmouseover="alert(1)',
  "' autofocus onfocus='alert(1)",
  '</title></g></svg><iframe src="javascript:alert(1)">',
  '&lt;b&gt; already escaped',
];

test('the page declares the strict policy with its nonce, and loads only its nonce-carrying stylesheet and script', () => {
  const html = page(timeline([cable('a', { date: '1950-10-03' })]));
  const policy = `default-src 'none'; style-src ${shell.cspSource} 'nonce-${shell.nonce}'; script-src 'nonce-${shell.nonce}';`;
  assert.equal(contentSecurityPolicy(shell), policy);
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`));
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'), 'the policy comes before any resource');
  assert.deepEqual(
    [...html.matchAll(/<script\b[^>]*>/g)].map(m => m[0]),
    [`<script nonce="${shell.nonce}" src="${shell.scriptUri}">`],
  );
  assert.ok(html.includes(`<link rel="stylesheet" href="${shell.styleUri}" nonce="${shell.nonce}">`));
  assert.doesNotMatch(html, /\son\w+=/i, 'no inline event handlers');
  assert.doesNotMatch(html, /\sstyle=/i, 'no inline styles (the policy would refuse them)');
  assert.doesNotMatch(html, /https?:\/\/(?!file\+\.vscode-resource)/, 'nothing remote');
});

test('hostile labels, titles, channels and keys are written as text and cannot break out of the markup', () => {
  const cables = hostile.map((text, i) =>
    cable(`c${i}`, { date: `1950-10-0${i + 1}`, label: text, sender: text, recipient: 'Filippov', uri: `file:///c/${encodeURIComponent(text)}${i}"'<>.cable` }),
  );
  // Keys with quotes and angle brackets too: the uri is part of the key.
  const html = page(timeline(cables, [link(cables[1], cables[0])]));
  assert.deepEqual(
    [...tagNames(html)].sort(),
    ['body', 'circle', 'defs', 'div', 'g', 'head', 'html', 'line', 'link', 'marker', 'meta', 'p', 'path', 'script', 'svg', 'text', 'title'],
  );
  assert.equal(html.split('<script').length - 1, 1, 'one script element');
  assert.equal(html.split('</script>').length - 1, 1, 'one script end tag');
  assert.doesNotMatch(html, /<img|<iframe/i);
  assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;'), 'the label is shown, escaped');
  assert.ok(html.includes('&#38;lt;b&#38;gt; already escaped'), 'ampersands are escaped too');
  // Every attribute value is one quoted string: no quote inside lets a new attribute begin.
  for (const tag of html.match(/<[a-z][^>]*>/g) ?? []) {
    const rest = tag.replace(/\s[\w:-]+="[^"]*"/g, '').replace(/^<[a-z]+/, '');
    assert.match(rest, /^\s*\/?>$/, tag);
  }
});

test('each mark carries its key (escaped, and read back exactly), its label for hover and screen readers, and one tab stop', () => {
  const a = cable('a', { date: '1950-10-03', label: '1950-10-03 Beijing → Moscow  N° 25150  Mao Zedong → Filippov' });
  const b = cable('b', { date: '1950-10-05', uri: 'file:///c/it"s <b>.cable' });
  const html = page(timeline([a, b]));
  const marks = [...html.matchAll(/<g class="mark[^"]*" tabindex="(-?\d)" role="button" data-key="([^"]*)"[^>]*aria-label="([^"]*)"><title>([^<]*)<\/title>/g)];
  const unescape = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
  assert.deepEqual(
    marks.map(m => [m[1], unescape(m[2]), unescape(m[3]), unescape(m[4])]),
    [
      ['0', a.key, a.label, a.label],
      ['-1', b.key, b.label, b.label],
    ],
  );
});

test('a cable saved twice: its mark’s hover names the file of its other copy', () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
  const a = { ...cable('a', { date: '1950-10-03' }), copies: [{ uri: 'file:///c/a-second-copy.cable', headerRange: range }] };
  const html = page(timeline([a]));
  assert.ok(html.includes(`<title>${escapeHtml(`${a.label}\nalso in a-second-copy.cable`)}</title>`), html);
});

test('the summary counts cables, channels and references, and says when the timeline is partial', () => {
  const a = cable('a', { date: '1950-10-03', sender: 'Mao Zedong', recipient: 'Filippov' });
  const b = cable('b', { date: '1950-10-05', sender: 'Filippov', recipient: 'Mao Zedong' });
  const complete = page(timeline([a, b], [link(b, a)]));
  assert.match(complete, /2 cables in 2 channels, 1 reference\./);
  assert.doesNotMatch(complete, /partial/);
  assert.match(page(timeline([a], [], false)), /1 cable in 1 channel, 0 references\. The workspace is still being indexed; the timeline is partial\./);
  const empty = page(timeline([]));
  assert.match(empty, /No cables in this workspace yet\./);
  assert.doesNotMatch(empty, /<svg/);
});

test('escapeHtml escapes the five characters that matter in text and attributes, and nothing else', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  assert.equal(escapeHtml('Mao Zedong → Filippov, N° 25025'), 'Mao Zedong → Filippov, N° 25025');
});

test('the page script writes no markup: it reads attributes and sets classes and focus only', () => {
  const script = readFileSync(path.resolve(__dirname, '../../../../media/timeline.js'), 'utf8');
  assert.doesNotMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|\beval\(|new Function/);
  assert.doesNotMatch(contentSecurityPolicy(shell), /unsafe-(inline|eval)/);
});
