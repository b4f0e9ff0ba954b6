// The parser's quick tests before its patterns (a line's first character, the words of a forwarding
// sentence, the start of an attachment mark) must never rule out a line the pattern would match:
// otherwise the parse would change silently. Each is checked against its pattern on every line of
// the fixtures and samples, under every ASCII first character, upper- and lower-cased.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as P from '../../server/src/service/parser/patterns';

const root = path.resolve(__dirname, '../../..');

function cableLines(): string[] {
  const out = new Set<string>();
  for (const dir of ['samples', 'test/fixtures/forms', 'test/fixtures/faulty']) {
    for (const f of readdirSync(path.join(root, dir)).filter(x => x.endsWith('.cable'))) {
      for (const line of readFileSync(path.join(root, dir, f), 'utf8').split(/\r\n|\r|\n/)) {
        const s = line.trim();
        if (s.length > 0 && s.length <= 200) out.add(s);
      }
    }
  }
  return [...out];
}

/** Each line as it is, upper- and lower-cased, and with each ASCII character put before it or in place of its first. */
function variants(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of lines) {
    out.push(s, s.toUpperCase(), s.toLowerCase());
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      out.push(ch + s, ch + s.slice(1));
    }
  }
  return out;
}

const lines = cableLines();
const all = variants(lines);

/** The lines the quick test rules out although the pattern matches them. */
function missed(quick: (s: string) => boolean, pattern: RegExp, texts: readonly string[]): string[] {
  return texts.filter(s => !quick(s) && pattern.test(s));
}

const firstCharTests: [string, P.FirstChars, RegExp][] = [
  ['SEPARATOR', P.SEPARATOR_START, P.SEPARATOR],
  ['FOOTER_VERB', P.FOOTER_VERB_START, P.FOOTER_VERB],
  ['COPIES', P.COPIES_START, P.COPIES],
  ['SENT_IN_COPY', P.SENT_IN_COPY_START, P.SENT_IN_COPY],
  ['DISTRIBUTION_HEAD', P.DISTRIBUTION_HEAD_START, P.DISTRIBUTION_HEAD],
  ['ENDNOTE', P.ENDNOTE_START, P.ENDNOTE],
  ['COPY_TO', P.COPY_TO_START, P.COPY_TO],
  ['COPY_DASH', P.COPY_DASH_START, P.COPY_DASH],
  ['FOOTER_CONTINUATION', P.FOOTER_CONTINUATION_START, P.FOOTER_CONTINUATION],
  ['DATE_ONLY', P.DATE_ONLY_START, P.DATE_ONLY],
  ['PIPE_ONLY', P.PIPE_ONLY_START, P.PIPE_ONLY],
  ['STAMP_UNBRACKETED', P.STAMP_UNBRACKETED_START, P.STAMP_UNBRACKETED],
];

test('the fixtures give the checks enough lines, and each pattern matches some of them', () => {
  assert.ok(lines.length > 500, `only ${lines.length} lines`);
  for (const [name, , pattern] of firstCharTests) assert.ok(all.some(s => pattern.test(s)), `${name} matches no line`);
});

for (const [name, first, pattern] of firstCharTests) {
  test(`the first characters of ${name} rule out no line it matches`, () => {
    assert.deepEqual(missed(s => first.start(s), pattern, all).slice(0, 5), []);
  });
}

test('a forwarding sentence is found with and without the quick word test alike', () => {
  assert.deepEqual(all.filter(s => P.isForwardingSentence(s) !== P.INTRODUCER.test(s)).slice(0, 5), []);
  assert.ok(all.some(s => P.isForwardingSentence(s)));
});

test('the start of an attachment mark rules out no mark', () => {
  const marks = ['[Attachment]', '[ATTACHMENT to the Decision]', '[handwritten:]', 'Attachment: draft telegram', 'Attachment to the Decision', 'ATTACHMENT', 'Draft'];
  assert.ok(marks.every(s => P.ATTACHMENT_MARK.test(s)));
  assert.deepEqual(missed(s => P.mayBeAttachmentMark(s), P.ATTACHMENT_MARK, [...all, ...marks]).slice(0, 5), []);
});

// The check must be able to fail: a table missing a first character is caught.
test('a first-character table that leaves out a character is caught', () => {
  assert.notDeepEqual(missed(s => new P.FirstChars('Dd').start(s), P.FOOTER_VERB, all), []);
  assert.notDeepEqual(missed(s => new P.FirstChars('-#*_=').start(s), P.SEPARATOR, [...all, '~~~~']), []);
});
