// findTelegramReferences over every cable a user can open (samples/) and every form fixture
// (test/fixtures/forms/): what it finds in each is listed here, so a change to the parser, the
// chronology or the finder that gains or loses a citation shows up by name. A new file must be
// added to the list.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, defaultSettings } from '../../../server/src/service/analysis';
import { findTelegramReferences } from '../../../server/src/service/references';
import { builtinGazetteer } from '../features/fixture';

const root = path.resolve(__dirname, '../../../..');

interface Found {
  readonly cited: string;
  readonly number?: string;
  readonly date?: string;
  readonly whose?: 'your' | 'my';
  readonly depth: number;
}

const expected: Readonly<Record<string, readonly Found[]>> = {
  'samples/chinese-telegram-mao-to-peng-1950.cable': [
    { cited: 'Your telegram of 0300 October 21', date: '1950-10-21 03:00', whose: 'your', depth: 0 },
  ],
  'samples/chronology-problem-1950.cable': [
    { cited: '2300 31 October 1950', date: '1950-10-31 23:00', whose: 'my', depth: 0 },
    { cited: 'your telegram of 1700 31 October', date: '1950-10-31 17:00', whose: 'your', depth: 1 },
  ],
  'samples/mfa-vyshinsky-to-roshchin-1950.cable': [
    { cited: 'your No. 2631', number: '2631', whose: 'your', depth: 0 },
    { cited: 'his note of 12 November', date: '1950-11-12', depth: 0 },
    { cited: '7 October telegram', date: '1950-10-07', depth: 1 },
  ],
  'samples/outgoing-moscow-copy-1951.cable': [
    { cited: 'your telegram of 13 June 1951', date: '1951-06-13', whose: 'your', depth: 1 },
    { cited: 'our telegram of 24 May', date: '1951-05-24', whose: 'my', depth: 1 },
  ],
  'samples/politburo-extract-1950.cable': [
    { cited: 'telegram No. 1298', number: '1298', depth: 0 },
    { cited: 'RE: 1298', number: '1298', whose: 'your', depth: 1 },
    { cited: 'his letter of 29 September', date: '1950-09-29', depth: 1 },
    { cited: 'your letter of 29 September 1950', date: '1950-09-29', whose: 'your', depth: 2 },
    { cited: 'our telegram of 21 September', date: '1950-09-21', whose: 'my', depth: 2 },
  ],
  'samples/pyongyang-shtykov-to-feng-xi-1950.cable': [],
  'samples/seed-mao-to-filippov-1951.cable': [
    { cited: '0530 18 October 1951', date: '1951-10-18 05:30', whose: 'my', depth: 0 },
    { cited: 'your telegram of 0115 18 October', date: '1951-10-18 01:15', whose: 'your', depth: 1 },
  ],
  'samples/unknown-person-1949.cable': [],
  'test/fixtures/forms/01-seed-like-double-spaced.cable': [
    { cited: '2215 3 November 1951', date: '1951-11-03 22:15', whose: 'my', depth: 0 },
    { cited: 'your telegram of 1740 2 November', date: '1951-11-02 17:40', whose: 'your', depth: 1 },
  ],
  'test/fixtures/forms/02-mfa-tenth-department.cable': [
    { cited: 'his note of 17 May', date: '1950-05-17', depth: 0 },
    { cited: "note of the Central People's Government of 17 May 1950", date: '1950-05-17', depth: 1 },
  ],
  'test/fixtures/forms/03-second-main-administration.cable': [
    { cited: 'your telegram of 6 January', date: '1949-01-06', whose: 'your', depth: 1 },
  ],
  'test/fixtures/forms/04-pyongyang-8dgs-header.cable': [
    { cited: 'your telegram of 1 October', date: '1950-10-01', whose: 'your', depth: 0 },
  ],
  'test/fixtures/forms/05-pyongyang-sent-nospace.cable': [],
  'test/fixtures/forms/06-correspondent-17.cable': [],
  'test/fixtures/forms/07-beijing-split-time.cable': [],
  'test/fixtures/forms/08-copy-outgoing-krasovsky.cable': [
    { cited: 'your telegram of 5 September 1951', date: '1951-09-05', whose: 'your', depth: 1 },
  ],
  'test/fixtures/forms/09-politburo-extract-three-levels.cable': [
    { cited: 'telegram No. 2217/sh', number: '2217/sh', depth: 0 },
    { cited: 'RE: 2217/sh', number: '2217/sh', whose: 'your', depth: 1 },
    { cited: 'his letter of 8 November', date: '1950-11-08', depth: 1 },
    { cited: 'your letter of 8 November 1950', date: '1950-11-08', whose: 'your', depth: 2 },
  ],
  'test/fixtures/forms/10-chinese-chairman-mao.cable': [],
  'test/fixtures/forms/11-published-text.cable': [
    { cited: 'your telegram of October 6 [1950]', date: '1950-10-06', whose: 'your', depth: 0 },
  ],
  'test/fixtures/forms/12-collected-works-chapter.cable': [
    { cited: 'Your telegram of December 3', date: '1950-12-03', whose: 'your', depth: 0 },
  ],
  'test/fixtures/forms/13-bilingual-chinese-english.cable': [
    { cited: 'Your telegram of October 9', date: '1950-10-09', whose: 'your', depth: 0 },
  ],
  'test/fixtures/forms/14-bare-number-first-line.cable': [],
  'test/fixtures/forms/15-lone-number-line.cable': [],
  'test/fixtures/forms/16-crlf-line-endings.cable': [],
  'test/fixtures/forms/17-one-line-lost-breaks.cable': [
    { cited: 'Your telegram of 7 March', date: '1952-03-07', whose: 'your', depth: 0 },
    { cited: 'your telegram of 6 March', date: '1952-03-06', whose: 'your', depth: 1 },
  ],
  'test/fixtures/forms/18-flattened-table-distribution.cable': [
    { cited: 'his telegram of 13 November', date: '1950-11-13', depth: 0 },
  ],
  'test/fixtures/forms/19-russian-cyrillic-lines.cable': [],
  'test/fixtures/forms/20-joint-note-two-ministries.cable': [],
  'test/fixtures/forms/21-gromyko-tenth-department.cable': [
    { cited: 'Your telegram of 2 December', date: '1951-12-02', whose: 'your', depth: 0 },
  ],
  'test/fixtures/forms/22-letter-with-endorsement.cable': [],
  'test/fixtures/forms/23-pass-the-following-relay.cable': [
    { cited: 'your letter of 1 February', date: '1951-02-01', whose: 'your', depth: 1 },
  ],
  'test/fixtures/forms/24-attachment-handwritten-letter.cable': [
    { cited: '2217/sh.', number: '2217/sh', whose: 'your', depth: 1 },
    { cited: 'his letter of 3 September', date: '1950-09-03', depth: 1 },
  ],
  'test/fixtures/forms/25-unbalanced-quotes-a.cable': [],
  'test/fixtures/forms/26-unbalanced-quotes-b.cable': [],
  'test/fixtures/forms/27-broken-stamps.cable': [],
  'test/fixtures/forms/28-editorial-brackets.cable': [],
  'test/fixtures/forms/29-footer-variants.cable': [
    { cited: 'my Nº 2481', number: '2481', whose: 'my', depth: 0 },
  ],
  'test/fixtures/forms/30-sent-in-one-copy.cable': [
    { cited: 'telegram #2231/sh dated 4 May', number: '2231/sh', date: '1950-05-04', depth: 0 },
  ],
  'test/fixtures/forms/31-local-time-moscow.cable': [
    { cited: 'telegram at 21:00 on October 5', date: '1950-10-05 21:00', depth: 0 },
    { cited: '7 October telegram', date: '1950-10-07', depth: 0 },
    { cited: 'September 28 telegram', date: '1950-09-28', depth: 0 },
  ],
  'test/fixtures/forms/32-slash-day-month.cable': [
    { cited: '1 October', date: '1950-10-01', depth: 0 },
    { cited: 'your directive dated 4.9.50', date: '1950-09-04', whose: 'your', depth: 0 },
    { cited: 'their telegram of 11/5-50', date: '1950-05-11', depth: 0 },
  ],
  'test/fixtures/forms/33-four-copies-typed.cable': [],
  'test/fixtures/forms/34-collected-works-combined-line.cable': [
    { cited: 'Your telegram of December 8', date: '1950-12-08', whose: 'your', depth: 0 },
  ],
  'test/fixtures/forms/35-group-addressee-chinese.cable': [],
  'test/fixtures/forms/36-closing-formulas-signatures.cable': [],
  'test/fixtures/forms/37-relay-zakharov-for-zhou.cable': [
    { cited: 'Your telegram of 14 February 1951', date: '1951-02-14', whose: 'your', depth: 1 },
    { cited: '12 January 1951 telegram', date: '1951-01-12', depth: 1 },
    { cited: 'our telegram of January 7, 1951', date: '1951-01-07', whose: 'my', depth: 1 },
  ],
  'test/fixtures/forms/38-beiping-sic-terebin.cable': [
    { cited: 'your telegram of 1 March 1949', date: '1949-03-01', whose: 'your', depth: 1 },
  ],
  'test/fixtures/forms/39-institutional-signature.cable': [],
  'test/fixtures/forms/40-forwarded-sender-dateline.cable': [],
  'test/fixtures/forms/41-cover-memo-two-signatures.cable': [],
  'test/fixtures/forms/42-quoted-letter-with-list.cable': [],
  'test/fixtures/forms/43-numbered-copies-one-line.cable': [],
  'test/fixtures/forms/44-number-and-copies-ending.cable': [],
  'test/fixtures/forms/45-relay-to-comrade-destination.cable': [
    { cited: '1 March', date: '1951-03-01', depth: 0 },
  ],
  'test/fixtures/forms/46-outgoing-received-before-sent.cable': [
    { cited: 'his letter of 12 May', date: '1950-05-12', depth: 0 },
  ],
  'test/fixtures/forms/47-stray-bracket.cable': [],
  'test/fixtures/forms/48-signature-surname-initials.cable': [],
  'test/fixtures/forms/49-spellings-by-system.cable': [],
  'test/fixtures/forms/50-chinese-addressee-run.cable': [
    { cited: 'Your telegram of May 22', date: '1949-05-22', whose: 'your', depth: 0 },
  ],
  'test/fixtures/forms/51-bare-surname.cable': [],
  'test/fixtures/forms/52-unknown-person.cable': [],
  'test/fixtures/forms/53-footer-columns-and-stray-lines.cable': [
    { cited: 'his note of 2 September', date: '1950-09-02', depth: 0 },
  ],
  // `At 0230 28 December Mao Tse-tung handed me the following telegram`: its receipt, no citation
  'test/fixtures/forms/54-forwarder-receipt-time.cable': [],
  'test/fixtures/forms/55-signature-mark-before-name.cable': [],
};

function found(file: string): Found[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return findTelegramReferences(analyzeDocument(text, builtinGazetteer, defaultSettings)).map((r) => {
    const f: { -readonly [K in keyof Found]: Found[K] } = { cited: text.slice(r.span.start, r.span.end), depth: r.depth };
    if (r.number !== undefined) f.number = r.number;
    if (r.date !== undefined) f.date = r.date;
    if (r.whose !== undefined) f.whose = r.whose;
    return f;
  });
}

test('every sample and form fixture is listed', () => {
  const files = ['samples', 'test/fixtures/forms'].flatMap((dir) =>
    readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.cable')).map((f) => `${dir}/${f}`));
  assert.deepEqual(files.sort(), Object.keys(expected).sort());
});

for (const [file, citations] of Object.entries(expected)) {
  test(`${file}: ${citations.length ? citations.map((c) => c.cited).join(' | ') : 'no citation'}`, () => {
    assert.deepEqual(found(file), citations);
  });
}
