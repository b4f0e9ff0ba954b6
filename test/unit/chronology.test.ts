/**
 * Chronology of whole cables: roles, clocks, year inference, the diagnostics of issue 4 (each
 * with a correct and an incorrect cable), the fixtures of correct and faulty cables, and hovers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  dateHoverAt, formatMentionValue, zoneForPlace, zoneOffsetMinutes, weekdayOf,
  type ChronologyMention, type ChronologyResult,
} from '../../server/src/service/chronology';
import { allRules, analyzeDocument, defaultSettings, runRules } from '../../server/src/service/analysis';
import { defaultLevel, type CableDiagnostic, type DiagnosticCode } from '../../server/src/service/diagnosticCodes';
import { builtinProvider, mergeProviders } from '../../server/src/service/gazetteer';
import { parseCable } from '../../server/src/service/parser/parser';
import { createCableLanguageService } from '../../server/src/service';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MentionWords } from '../../server/src/service/chronology/roles';
import { NestingIndex, SpanIndex } from '../../server/src/service/chronology/spanIndex';

/** The repository root: above the compiled test (out/test/unit), else the working directory. */
const repoRoot = ((): string => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'test', 'fixtures', 'forms', 'expected.json'))) return dir;
  }
  return process.cwd();
})();
const read = (rel: string) => fs.readFileSync(path.join(repoRoot, rel), 'utf8');

const gazetteer = mergeProviders([builtinProvider()]).gazetteer;
const chronologyCode = (c: DiagnosticCode) => c.startsWith('cable.date.') || c.startsWith('cable.count.');
const chronologyRules = allRules.filter((r) => chronologyCode(r.code));

/** The timeline of a cable and what the date and count rules find in it, as the service runs them. */
type Checked = ChronologyResult & { readonly diagnostics: readonly CableDiagnostic[] };

function analyze(text: string, toleranceHours?: number): Checked {
  const analysis = analyzeDocument(text, gazetteer, toleranceHours === undefined ? defaultSettings : { ...defaultSettings, toleranceHours });
  return { ...analysis.chronology, diagnostics: runRules(analysis, chronologyRules) };
}

/** The mention covering the first `words` at or after `from` (default: the start of the text). */
function mentionOf(r: ChronologyResult, text: string, words: string, from = 0): ChronologyMention {
  const at = text.indexOf(words, from);
  assert.ok(at >= 0, `test text holds ${words}`);
  const m = r.mentions.find((x) => x.span.start <= at && at < x.span.end);
  assert.ok(m, `a mention at ${JSON.stringify(words)}`);
  return m;
}

function codes(r: Checked): DiagnosticCode[] {
  return r.diagnostics.map((d) => d.code);
}
const isWarning = (c: DiagnosticCode) => defaultLevel(c) === 'warning' || defaultLevel(c) === 'error';

// ---------------------------------------------------------------- the seed

test('seed: receipt 1135 19 October 1951 is 1951-10-19 11:35 Moscow time, role received', () => {
  const text = read('samples/seed-mao-to-filippov-1951.cable');
  const r = analyze(text);
  const m = mentionOf(r, text, '1135 19 October 1951');
  assert.equal(m.role, 'received');
  assert.equal(m.iso, '1951-10-19T11:35');
  assert.equal(m.zone, 'moscow');
  assert.equal(m.yearInferred, false);
  const hover = dateHoverAt(r, text.indexOf('1135 19 October 1951') + 2);
  assert.ok(hover);
  assert.match(hover.markdown, /1951-10-19 11:35/);
  assert.match(hover.markdown, /Moscow time/);
  assert.match(hover.markdown, /Role: received/);
  assert.match(hover.markdown, /Friday/);
});

test('seed: roles, inferred years and the document date', () => {
  const text = read('samples/seed-mao-to-filippov-1951.cable');
  const r = analyze(text);
  const inner = mentionOf(r, text, '0530 18 October', text.indexOf('MAO ZEDONG 0530'));
  assert.equal(inner.role, 'telegram');
  assert.equal(inner.iso, '1951-10-18T05:30');
  assert.equal(inner.yearInferred, true);
  const deciphered = mentionOf(r, text, '1205 19 October');
  assert.equal(deciphered.role, 'deciphered');
  assert.equal(deciphered.iso, '1951-10-19T12:05');
  assert.equal(mentionOf(r, text, '1250 19 October').role, 'printed');
  assert.equal(mentionOf(r, text, '0115 18 October').role, 'reference');
  assert.equal(mentionOf(r, text, '19 October 1951', text.indexOf('Incoming N°')).role, 'stamp');
  assert.deepEqual(r.documentDate, { year: 1951, month: 10, day: 19 });
  const hover = dateHoverAt(r, text.indexOf('1205 19 October'));
  assert.match(hover?.markdown ?? '', /Year inferred/);
});

test('a browser’s print header inside the text (`10/3/23, 2:15 PM    Wilson Center Digital Archive`) dates the printing, not the cable', () => {
  const text = ['CIPHERED TELEGRAM No. 600944/sh', 'FROM: PYONGYANG', 'Received in Moscow on 10/14/50 at 6:36 a.m.', '', 'For immediate report to comrade FENG XI [Stalin].', '',
    '10/3/23, 2:15 PM    Wilson Center Digital Archive', '', 'I report: the evacuation has begun.', '', 'SHTYKOV', 'No. 1471', '14.10.50'].join('\n');
  const r = analyze(text);
  assert.deepEqual(r.documentDate, { year: 1950, month: 10, day: 14 });
  assert.ok(!r.mentions.some((m) => m.span.start >= text.indexOf('10/3/23') && m.span.end <= text.indexOf('Archive')), 'no date on the print header');
});

test('the dates of a web page’s `Related Documents` under the cable are other documents’: no warning, and the cable keeps its own date', () => {
  const text = ['CIPHERED TELEGRAM No. 21930', 'From BEIJING Received 19:55 13 June 1951', '', 'To Cde. FILIPPOV [Stalin].', '', 'I received the following telegram from Mao Zedong:', '',
    '"Comrade FILIPPOV!', '', 'I ask you to give your instructions.', '', 'MAO ZEDONG', '13.6.51"', '', '13.6.51 ROSHCHIN', '',
    'Related Documents', 'June 5, 1951', 'Ciphered Telegram, Filippov [Stalin] to Mao Zedong', '10/3/23, 2:15 PM    Wilson Center Digital Archive', 'June 21, 1951', 'Ciphered Telegram, Mao Zedong to Filippov [Stalin]'].join('\n');
  const r = analyze(text);
  assert.deepEqual(r.diagnostics.map((d) => d.code), []);
  assert.deepEqual(r.documentDate, { year: 1951, month: 6, day: 13 });
  assert.ok(!r.mentions.some((m) => m.span.start >= text.indexOf('Related Documents')), 'no date in the residue');
});

test('an impossible slash date gives the cable no month, and a hover on a name dated by it still answers (found by the fuzzer)', () => {
  const text = '30/30/50\nComrade Shtykov';
  const r = analyze(text);
  assert.equal(r.documentDate?.month, undefined);
  const service = createCableLanguageService({ gazetteer: () => gazetteer, logger: { log: (m: string) => assert.fail(m) } });
  const doc = TextDocument.create('file:///impossible.cable', 'cable', 1, text);
  const hover = service.getHover(doc, doc.positionAt(text.indexOf('Shtykov')));
  assert.match(JSON.stringify(hover), /Shtykov/);
});

test('seed: no date warning', () => {
  const r = analyze(read('samples/seed-mao-to-filippov-1951.cable'));
  const warnings = r.diagnostics.filter((d) => chronologyCode(d.code) && isWarning(d.code));
  assert.deepEqual(warnings.map((d) => d.message), []);
});

// ---------------------------------------------------------------- fixtures

interface ExpectedDate {
  text: string;
  role: string;
  iso: string;
  yearInferred?: boolean;
}

const formsDir = 'test/fixtures/forms';
const formsExpected = JSON.parse(read(`${formsDir}/expected.json`)) as Record<string, { dates?: ExpectedDate[] }>;

for (const [file, expected] of Object.entries(formsExpected)) {
  if (!expected.dates?.length) continue;
  test(`forms ${file}: every listed date has its role and value`, () => {
    const text = read(`${formsDir}/${file}`);
    const r = analyze(text);
    const missing: string[] = [];
    for (const d of expected.dates ?? []) {
      const starts: number[] = [];
      for (let i = text.indexOf(d.text); i >= 0; i = text.indexOf(d.text, i + 1)) starts.push(i);
      assert.ok(starts.length, `${file} holds ${d.text}`);
      const near = r.mentions.filter((m) => starts.some((s) => m.span.start < s + d.text.length && s < m.span.end));
      const hit = near.find((m) => m.role === d.role && m.iso === d.iso && (d.yearInferred === undefined || m.yearInferred === d.yearInferred));
      if (!hit) missing.push(`${JSON.stringify(d)} -> ${near.map((m) => `${m.role} ${m.iso} inferred=${m.yearInferred}`).join(' | ') || 'no mention'}`);
    }
    assert.deepEqual(missing, []);
  });
}

for (const file of fs.readdirSync(path.join(repoRoot, formsDir)).filter((f) => f.endsWith('.cable'))) {
  test(`forms ${file}: zero date and count warnings`, () => {
    const text = read(`${formsDir}/${file}`);
    const r = analyze(text);
    const warnings = r.diagnostics.filter((d) => chronologyCode(d.code) && isWarning(d.code));
    assert.deepEqual(warnings.map((d) => `${d.code}: ${d.message}`), []);
  });
}

const faultyDir = 'test/fixtures/faulty';
const faultyExpected = JSON.parse(read(`${faultyDir}/expected.json`)) as Record<string, { code: DiagnosticCode; text: string; line: number }>;
for (const [file, e] of Object.entries(faultyExpected)) {
  if (!chronologyCode(e.code)) continue;
  test(`faulty ${file}: yields ${e.code} at ${JSON.stringify(e.text)} and nothing else of ours`, () => {
    const text = read(`${faultyDir}/${file}`);
    const r = analyze(text);
    const ours = r.diagnostics.filter((d) => chronologyCode(d.code) && d.code !== 'cable.date.ambiguous');
    assert.deepEqual(ours.map((d) => d.code), [e.code]);
    const d = ours[0]!;
    const at = text.slice(d.span.start, d.span.end);
    assert.ok(at.includes(e.text) || e.text.includes(at), `span ${JSON.stringify(at)} vs ${JSON.stringify(e.text)}`);
    const line = text.slice(0, d.span.start).split(/\r?\n/).length - 1;
    assert.equal(line, e.line, 'line of the diagnostic');
    if (e.code !== 'cable.date.invalid') assert.ok(d.related?.length, 'related information points at the other date or count');
  });
}

// ---------------------------------------------------------------- each diagnostic: correct and incorrect

const incoming = (received: string, footer: string, body = 'Text of the report.', dateLine = '') => `CIPHERED TELEGRAM No. 12345
From PEKING
Received ${received}
To Cde. FILIPPOV [Stalin].
${body}
ROSHCHIN
No. 2001
${dateLine}
${footer}
Three copies printed
`;

test('invalid: 31 September and 2500 hours flagged, 30 September not', () => {
  const bad = analyze(incoming('1420 3 October 1950', 'Deciphered by Sizov 1500 3 October', 'The meeting of 31 September was postponed.'));
  assert.deepEqual(codes(bad).filter(chronologyCode), ['cable.date.invalid']);
  const bad2 = analyze(incoming('2500 hours 3 October 1950', 'Deciphered by Sizov 1500 3 October'));
  assert.ok(codes(bad2).includes('cable.date.invalid'));
  const good = analyze(incoming('1420 3 October 1950', 'Deciphered by Sizov 1500 3 October', 'The meeting of 30 September was postponed.'));
  assert.deepEqual(codes(good).filter(chronologyCode), []);
});

test('invalid: an inferred year makes 29 February impossible', () => {
  const bad = analyze(incoming('1420 3 March 1951', 'Deciphered by Sizov 1500 3 March', 'The talks of 29 February were broken off.'));
  const d = bad.diagnostics.find((x) => x.code === 'cable.date.invalid');
  assert.ok(d);
  assert.match(d.message, /1951 is not a leap year/);
  const good = analyze(incoming('1420 3 March 1952', 'Deciphered by Sizov 1500 3 March', 'The talks of 29 February were broken off.'));
  assert.deepEqual(codes(good).filter(chronologyCode), []);
});

test('processing order: deciphered before received is flagged, with related information', () => {
  const text = incoming('21:40 27.XII.1950', 'Deciphered by Sizov 2055 27 December');
  const r = analyze(text);
  const d = r.diagnostics.find((x) => x.code === 'cable.date.processingOrder');
  assert.ok(d);
  assert.equal(text.slice(d.span.start, d.span.end), '2055 27 December');
  assert.equal(text.slice(d.related![0]!.span.start, d.related![0]!.span.end), '21:40 27.XII.1950');
  assert.deepEqual(codes(analyze(incoming('21:40 27.XII.1950', 'Deciphered by Sizov 2255 27 December'))).filter(chronologyCode), []);
});

test('processing order: an incoming cable received before the date written under it is one slip, reported at the receipt', () => {
  const text = incoming('16:05 12.3.1950', 'Deciphered by Sizov 1640 12 March', 'Zhou Enlai told me the answer.', '12.3.51');
  const found = analyze(text).diagnostics.filter((x) => x.code === 'cable.date.processingOrder');
  assert.deepEqual(found.map((d) => text.slice(d.span.start, d.span.end)), ['16:05 12.3.1950']);
  assert.equal(text.slice(found[0]!.related![0]!.span.start, found[0]!.related![0]!.span.end), '12.3.51');
  // written the evening before in Beijing, received in Moscow the same night: no slip
  assert.deepEqual(codes(analyze(incoming('01:20 12.3.1951', 'Deciphered by Sizov 0240 12 March', 'Text.', '12.3.51'))).filter(chronologyCode), []);
});

test('processing order: a dotted time before a dotted day and month is the time (`20.05 28.8`), however it could read alone', () => {
  const good = incoming('18:46 28.8.1950', 'Deciphered by Morozov 19.20 28.8\nTyped by Bantsekina 20.05 28.8');
  assert.deepEqual(codes(analyze(good)).filter(chronologyCode), []);
  const r = analyze(good);
  const typed = mentionOf(r, good, "20.05 28.8");
  assert.deepEqual([typed.date?.day, typed.date?.month, typed.time?.hour, typed.time?.minute], [28, 8, 20, 5]);
  // typed before the decipherment is still a slip
  assert.ok(codes(analyze(incoming('18:46 28.8.1950', 'Deciphered by Morozov 20.05 28.8\nTyped by Bantsekina 19.20 28.8'))).includes('cable.date.processingOrder'));
});

test('processing order: a reader\'s endorsement dated after the receipt is no date of the cable', () => {
  const text = incoming('16:05 12.3.1951', 'Deciphered by Sizov 1640 12 March', 'Zhou Enlai told me the answer.', '12.3.51\n\nI agree.\nI. Stalin\n14.3.51');
  assert.deepEqual(codes(analyze(text)).filter(chronologyCode), []);
  const r = analyze(text);
  assert.equal(mentionOf(r, text, '14.3.51').role, 'reference');
  assert.equal(mentionOf(r, text, '12.3.51').role, 'document');
  // the hover says whose date it is
  assert.match(dateHoverAt(r, text.indexOf('14.3.51'))?.markdown ?? '', /Role: reference — the date of a reader's endorsement under the document, not the document's own/);
});

test('processing order: printed before deciphered, verified after printing', () => {
  const bad = analyze(incoming('1120 5 November 1951', 'Deciphered by Fedyaev 1230 5 November\nPrinted by Rubleva 1215 5 November'));
  assert.ok(codes(bad).includes('cable.date.processingOrder'));
  const good = analyze(incoming('1120 5 November 1951', 'Deciphered by Fedyaev 1230 5 November\nPrinted by Rubleva 1315 5 November\nVerified by: Shift Chief Sadov[in] 1340'));
  assert.deepEqual(codes(good).filter(chronologyCode), []);
});

test('processing order: the culprit is the latest step that must come first, and of two such the first written', () => {
  // printed before both the receipt and the decipherment: the decipherment is named
  const text = incoming('1120 5 November 1951', 'Deciphered by Fedyaev 1230 5 November\nPrinted by Rubleva 1100 5 November');
  const d = analyze(text).diagnostics.find((x) => x.code === 'cable.date.processingOrder');
  assert.ok(d);
  assert.equal(text.slice(d.span.start, d.span.end), '1100 5 November');
  assert.equal(text.slice(d.related![0]!.span.start, d.related![0]!.span.end), '1230 5 November');
  // two decipherments after the printing: the first one written
  const twice = incoming('1120 5 November 1951', 'Deciphered by Fedyaev 1240 5 November\nDeciphered by Sizov 1230 5 November\nPrinted by Rubleva 1200 5 November');
  const t = analyze(twice).diagnostics.find((x) => x.code === 'cable.date.processingOrder');
  assert.ok(t);
  assert.equal(twice.slice(t.related![0]!.span.start, t.related![0]!.span.end), '1240 5 November');
});

test('processing order: zones considered — sent 21:40 Beijing before received 17:55 Moscow is fine', () => {
  const ok = `CIPHERED TELEGRAM No. 3105
From BEIJING
Sent 21:40 19.1.1951
Received 17:55 19.1.1951
To Cde. FILIPPOV [Stalin].
Text.
ROSHCHIN
19.1.51
Deciphered by Lebedev 18:30 19.1.1951
Four copies printed
`;
  const r = analyze(ok);
  assert.deepEqual(codes(r).filter(chronologyCode), []);
  const sent = mentionOf(r, ok, '21:40 19.1.1951');
  assert.equal(sent.zone, 'beijing');
  // the same cable from Moscow's own clock would be out of order: sent 21:40 Moscow after received 17:55 Moscow
  const bad = analyze(ok.replace('From BEIJING', 'From BEIJING').replace('Sent 21:40 19.1.1951', 'Sent 21:40 19.1.1951 Moscow time'));
  assert.ok(codes(bad).includes('cable.date.processingOrder'));
});

test('processing order: an outgoing layout logs Received before Sent, which is not an error', () => {
  const text = `MFA USSR
Tenth Department
Top Secret
Destination: PEKING To Whom: SovAmbassador
Received on 3:25 am, 22 May 1950
Sent on 4:50 am, 22 May 1950
To Roshchin.
Text of the instruction.
VYSHINSKY
22.V.50
`;
  const r = analyze(text);
  assert.equal(r.layout, 'outgoing');
  assert.deepEqual(codes(r).filter(chronologyCode), []);
  const bad = analyze(text.replace('Sent on 4:50 am', 'Sent on 2:50 am'));
  assert.ok(codes(bad).includes('cable.date.processingOrder'), 'sent before the cipher office received the text');
});

test('processing order: an outgoing copy’s date line is the day it was signed, at the latest the day it was sent', () => {
  const text = (dateLine: string) => ['MFA USSR', 'Tenth Department', 'Destination: PEKING To Whom: SovAmbassador', 'Received on 11:40 pm, 14 November 1950',
    'Sent on 1:15 am, 15 November 1950', 'To Roshchin.', 'Text of the instruction.', 'VYSHINSKY', dateLine, ''].join('\n');
  const late = analyze(text('18.XI.50'));
  assert.deepEqual(late.diagnostics.filter((d) => d.code === 'cable.date.processingOrder').map((d) => d.message),
    ['The date under the text, 18.XI.50, is after the telegram was sent (1:15 am, 15 November 1950).']);
  for (const dateLine of ['14.XI.50', '15.XI.50']) assert.deepEqual(codes(analyze(text(dateLine))).filter(chronologyCode), [], dateLine);
});

const forwarding = (inner: string, outerDate: string) => `CABLE N° 25101
from [BEIJING] received at 0810 24 October 1950
to Cde. FILIPPOV
Cde. FILIPPOV!
I am sending you the text of my telegram to Cde. Peng Dehuai for [your] information.
"Cde. Peng Dehuai. Attack at once.
MAO ZEDONG ${inner}"
N° 5301
${outerDate}
MAO ZEDONG
---
Deciphered by Fedyaev 0900 24 October
Eight copies printed
`;

test('inner telegram after the cable that forwards it', () => {
  const text = forwarding('0200 25 October', '23 October');
  const r = analyze(text);
  const d = r.diagnostics.find((x) => x.code === 'cable.date.innerAfterOuter');
  assert.ok(d, codes(r).join());
  assert.equal(text.slice(d.span.start, d.span.end), '0200 25 October');
  assert.ok(d.related?.length);
  assert.deepEqual(codes(analyze(forwarding('0200 22 October', '23 October'))).filter((c) => c.startsWith('cable.date')), []);
});

const referring = (ref: string) => `CIPHERED TELEGRAM No. 600440
FROM: PYONGYANG
Received 20:15 20.VIII.1950
To Cde. FENG XI [Stalin].
In reply to your telegram of ${ref} I report that the government agrees.
SHTYKOV
19.VIII.50
Deciphered by Orlov 21:00 20.VIII.1950
Two copies printed
`;

test('an inner telegram after the cable: the related date is the cable date that ends first', () => {
  // received 0810 24 October and the date line 23 October both precede 25 October: 23 October ends first
  const text = forwarding('0200 25 October', '23 October');
  const d = analyze(text).diagnostics.find((x) => x.code === 'cable.date.innerAfterOuter');
  assert.ok(d);
  assert.equal(text.slice(d.related![0]!.span.start, d.related![0]!.span.end), '23 October');
});

test('a referenced telegram dated after the referring one', () => {
  const text = referring('28 August');
  const r = analyze(text);
  const d = r.diagnostics.find((x) => x.code === 'cable.date.referenceAfter');
  assert.ok(d, codes(r).join());
  assert.equal(text.slice(d.span.start, d.span.end), '28 August');
  assert.equal(text.slice(d.related![0]!.span.start, d.related![0]!.span.end), '19.VIII.50');
  // the message's own date reads as a date, not as the name of its role
  assert.match(d.message, /after the message that refers to it \(dated 19\.VIII\.50\)\.$/);
  assert.equal(d.related![0]!.message, "the referring message's date");
  assert.deepEqual(codes(analyze(referring('18 August'))).filter(chronologyCode), []);
});

test('a referring message dated by `Today` gives the day it means', () => {
  const text = ['CIPHERED TELEGRAM No. 1412', 'From BEIJING', 'Received 21:15 3 June 1951', '', 'To Cde. FILIPPOV.', '',
    'Today Zhou Enlai told me that your telegram of 8 June has been handed to Mao Zedong.', '', 'ROSHCHIN'].join('\n');
  const d = analyze(text).diagnostics.find((x) => x.code === 'cable.date.referenceAfter');
  assert.ok(d, codes(analyze(text)).join());
  assert.match(d.message, /\(dated Today, 1951-06-03\)\.$/);
});

test('a referring message that says `today` and writes its date under its signer is named by the written date', () => {
  const text = ['From BEIJING', 'Received 23:15 30.III.1953', '', 'To Cde. MOLOTOV.', '',
    'In reply to your telegram No. 4620 of 2 April I report that Zhou Enlai has agreed. The statement will be read out today.', '', 'KUZNETSOV', '30.III.53'].join('\n');
  const d = analyze(text).diagnostics.find((x) => x.code === 'cable.date.referenceAfter');
  assert.ok(d, codes(analyze(text)).join());
  assert.match(d.message, /\(dated 30\.III\.53\)\.$/);
  assert.equal(text.slice(d.related![0]!.span.start, d.related![0]!.span.end), '30.III.53');
});

test('a relayed answer that says `Today` is compared by the dates of the cable relaying it: its `Today` is no date of its own', () => {
  const relay = (cited: string) => ['COPY OF AN OUTGOING TELEGRAM', 'sent at 0230 17 July 1952', 'BEIJING - To Comrade KRASOVSKY', 'for Comrade MAO ZEDONG', '',
    'Transmit to Comrade MAO ZEDONG the following answer:', '', '“Comrade MAO ZEDONG.', '', `We have received your telegram of ${cited}.`, '',
    'Today we have received a report from Pyongyang that Comrade Kim Il Sung agrees with your position.', '', 'With greetings, FILIPPOV [Stalin].”', '', 'FILIPPOV', 'No. 1841', '16 July 1952'].join('\n');
  const d = analyze(relay('18 July')).diagnostics.find((x) => x.code === 'cable.date.referenceAfter');
  assert.ok(d, codes(analyze(relay('18 July'))).join());
  assert.deepEqual(codes(analyze(relay('15 July'))).filter(chronologyCode), []);
});

test('a telegram still to be sent is a plan, not a citation; a telegram already received is cited whatever the tense', () => {
  for (const line of [
    'Zhou Enlai will send you a telegram on 22 October about the arms.',
    'I will report the details in my telegram of 22 October, after the meeting.',
    'Details will follow in my next telegram on 22 October.',
    'Mao Zedong will answer your telegram on 22 October.',
  ]) {
    const r = analyze(incoming('1420 3 October 1950', 'Deciphered by Sizov 1500 3 October', line, '3.X.50'));
    assert.deepEqual(codes(r).filter(chronologyCode), [], line);
  }
  const cited = analyze(incoming('1420 3 October 1950', 'Deciphered by Sizov 1500 3 October', 'I will forward your telegram of 22 October to Mao Zedong.', '3.X.50'));
  assert.ok(codes(cited).includes('cable.date.referenceAfter'), codes(cited).join());
});

test('a date without a year takes the year written before it in its sentence, not the cable’s', () => {
  const r = analyze(incoming('1420 3 October 1950', 'Deciphered by Sizov 1500 3 October', 'In August 1945, after your telegram of 20 August, Mao Zedong agreed to go to Chongqing. He returned on 11 October.', '3.X.50'));
  assert.deepEqual(codes(r).filter(chronologyCode), []);
  assert.ok(r.mentions.some((x) => x.iso === '1945-08-20'), r.mentions.map((x) => x.iso).join());
  // the next sentence is the cable's year again
  assert.ok(r.mentions.some((x) => x.iso === '1950-10-11'), r.mentions.map((x) => x.iso).join());
});

test('a message cited without its year months ahead is last year’s; a few days ahead it is a slip', () => {
  const march = (line: string) => incoming('1420 9 March 1950', 'Deciphered by Sizov 1500 9 March', line, '9.III.50');
  const last = analyze(march('Your telegram of 5 December has been received.'));
  assert.deepEqual(codes(last).filter(chronologyCode), []);
  assert.ok(last.mentions.some((x) => x.iso === '1949-12-05'), last.mentions.map((x) => x.iso).join());
  assert.ok(codes(analyze(march('Your telegram of 12 March has been received.'))).includes('cable.date.referenceAfter'));
});

test('the editor’s notes may name later telegrams: a bracketed note and an endnote are not the cable’s citations', () => {
  for (const note of ['[Ed. note: see the telegram of 17 March below.]', '[1] Mao replied by telegram on 20 March 1950.']) {
    const text = incoming('1420 9 March 1950', 'Deciphered by Sizov 1500 9 March', 'The talks went well.[1]', '9.III.50') + note + '\n';
    assert.deepEqual(codes(analyze(text)).filter(chronologyCode), [], note);
  }
});

test('a date the editor supplied or marks `[sic]` is the editor’s: a later citation there is not the cable’s slip', () => {
  for (const ref of ['28 August [SIC]', '28 August [sic]', '[28 August]']) {
    assert.deepEqual(codes(analyze(referring(ref))).filter(chronologyCode), [], ref);
  }
  const supplied = analyze(incoming('1420 9 March 1950', 'Deciphered by Sizov 1500 9 March', 'Your telegram [of 12 March] has been received.', '9.III.50'));
  assert.deepEqual(codes(supplied).filter(chronologyCode), []);
  // the cable's own slip beside an editor's mark elsewhere is still one
  assert.ok(codes(analyze(referring('28 August, on the Kaesong [sic] talks'))).includes('cable.date.referenceAfter'));
});

test('a text whose lines end in lone carriage returns reads its stamp’s dates on the stamp’s lines only', () => {
  const text = ['CABLE N° 25025', 'from [BEIJING] received at 1135 19 October 1951', '[Stamp: SUBJECT TO RETURN', '', 'Incoming N° 254/3612/shs 19 October 1951]', '',
    'to Cde. FILIPPOV', '', 'I have received your telegram of 0115 18 October.', '', 'MAO ZEDONG', ''].join('\r');
  const r = analyze(text);
  assert.deepEqual(codes(r).filter(chronologyCode), []);
  assert.equal(mentionOf(r, text, '0115 18 October').role, 'reference');
});

test('a future event is not a reference to a telegram', () => {
  const r = analyze(incoming('1420 3 October 1950', 'Deciphered by Sizov 1500 3 October', 'The statement will be published in the press on 22 October.', '3.X.50'));
  assert.deepEqual(codes(r).filter(chronologyCode), []);
  const m = r.mentions.find((x) => x.iso === '1950-10-22');
  assert.equal(m?.refersToMessage, false);
});

const stamped = (stamp: string) => `CABLE N° 28830
from [BEIJING] received at 1125 26 October 1950
Copy N° 2
[Stamp: SUBJECT TO RETURN
Incoming N° 301/4410/shs ${stamp}]
to Cde. FILIPPOV
Text.
MAO ZEDONG
26 October
Deciphered by Fedyaev 1200 26 October
Eight copies printed
`;

test('envelope and stamp disagreeing beyond the tolerance', () => {
  const text = stamped('26 December 1950');
  const r = analyze(text);
  const d = r.diagnostics.find((x) => x.code === 'cable.date.envelopeMismatch');
  assert.ok(d, codes(r).join());
  assert.equal(text.slice(d.span.start, d.span.end), '26 December 1950');
  assert.equal(text.slice(d.related![0]!.span.start, d.related![0]!.span.end), '1125 26 October 1950');
  assert.deepEqual(codes(analyze(stamped('27 October 1950'))).filter(chronologyCode), []);
  // the tolerance is configurable: three days apart passes at 96 h, not at 24 h
  assert.deepEqual(codes(analyze(stamped('29 October 1950'), 96)).filter(chronologyCode), []);
  assert.ok(codes(analyze(stamped('29 October 1950'), 24)).includes('cable.date.envelopeMismatch'));
});

test('a declassification stamp is not compared with the envelope', () => {
  const text = stamped('26 October 1950').replace('Copy N° 2', 'Copy N° 2\n[Stamp: “Declassified 2 March 1994”]');
  assert.deepEqual(codes(analyze(text)).filter(chronologyCode), []);
});

test('a stamp whose `]` is missing ends with its lines: the dates of the text under it are no stamp dates', () => {
  const text = `CIPHERED TELEGRAM No. 7702
From BEIJING
Received 21:15 27.7.1951

[Stamp: SUBJECT TO RETURN
VKP(b) CC Special Section
Incoming No. 1832/shs 28.7.51

To Cde. FILIPPOV.

The enemy has agreed to resume the talks on 10 August.

RAZUVAEV
27.7.51
`;
  const r = analyze(text);
  assert.deepEqual(codes(r).filter(chronologyCode), []);
  assert.equal(mentionOf(r, text, '28.7.51').role, 'stamp');
  assert.notEqual(mentionOf(r, text, '10 August').role, 'stamp');
});

test('weekday: a stated weekday that is wrong', () => {
  const bad = incoming('1420 23 October 1950', 'Deciphered by Sizov 1500 23 October', 'On Monday, 22 October 1950 the troops crossed the river.');
  const r = analyze(bad);
  const d = r.diagnostics.find((x) => x.code === 'cable.date.weekday');
  assert.ok(d);
  assert.equal(bad.slice(d.span.start, d.span.end), 'Monday, 22 October 1950');
  assert.match(d.message, /Sunday/);
  const good = bad.replace('Monday', 'Sunday');
  assert.deepEqual(codes(analyze(good)).filter(chronologyCode), []);
  assert.equal(weekdayOf(1950, 10, 22), 0);
});

test('weekday: an abbreviated weekday is read and checked as the whole name is', () => {
  const bad = incoming('1420 23 October 1950', 'Deciphered by Sizov 1500 23 October', 'On Mon., 22 October 1950 the troops crossed the river.');
  const d = analyze(bad).diagnostics.find((x) => x.code === 'cable.date.weekday');
  assert.ok(d);
  assert.equal(bad.slice(d.span.start, d.span.end), 'Mon., 22 October 1950');
  assert.match(d.message, /Sunday, not a Monday/);
  for (const good of ['Sun., 22 October 1950', 'Sun. 22 October 1950', '22 October 1950 (Sun.)']) {
    assert.deepEqual(codes(analyze(bad.replace('Mon., 22 October 1950', good))).filter(chronologyCode), [], good);
  }
  const tues = incoming('1420 24 October 1950', 'Deciphered by Sizov 1500 24 October', 'On Thurs., 24 October 1950 the troops crossed the river.');
  assert.match(analyze(tues).diagnostics.find((x) => x.code === 'cable.date.weekday')?.message ?? '', /Tuesday, not a Thursday/);
});

const copies = (copyNo: number, printed: string) => `CABLE N° 24877
to Cde. Stalin
to Cde. Molotov
to Cde. Malenkov
to Cde. Beria
to Cde. Mikoyan
to Cde. Kaganovich
to Cde. Bulganin
to Cde. Vyshinsky
from [BEIJING] received at 1410 19 December 1950
Copy N° ${copyNo}
to Cde. FILIPPOV
Cde. FILIPPOV!
Text.
MAO ZEDONG
19 December
Deciphered by Fedyaev 1500 19 December
Printed by Rubleva 1545 19 December № 3902
${printed} copies printed
`;

test('copy number above the copies printed', () => {
  const text = copies(9, 'Eight');
  const r = analyze(text);
  const d = r.diagnostics.find((x) => x.code === 'cable.count.copyNumber');
  assert.ok(d, codes(r).join());
  assert.match(text.slice(d.span.start, d.span.end), /Copy N° 9/);
  assert.ok(d.related?.length);
  assert.deepEqual(codes(analyze(copies(8, 'Eight'))).filter(chronologyCode), []);
});

test('distribution list against the copies printed and against its stated count', () => {
  const over = analyze(copies(2, 'Six'));
  const d = over.diagnostics.find((x) => x.code === 'cable.count.distribution');
  assert.ok(d, codes(over).join());
  assert.equal(defaultLevel('cable.count.distribution'), 'information');
  assert.deepEqual(codes(analyze(copies(2, 'Eight'))).filter(chronologyCode), []);
  // Fewer names than copies printed is normal: file copies are not listed (the seed has 6 of 8).
  assert.deepEqual(codes(analyze(copies(2, 'Ten'))).filter(chronologyCode), []);
  const stated = `CIPHERED TELEGRAM No. 1
From BEIJING
Received 11:50 5.I.1951
Text.
ROSHCHIN
5.I.51
Deciphered by Sizov 1230 5 January
Five copies printed
Distribution list - 6 copies: Stalin - 2, Molotov - 1, Bulganin - 1, Vasilevsky - 1
`;
  assert.ok(codes(analyze(stated)).includes('cable.count.distribution'));
  assert.deepEqual(codes(analyze(stated.replace('6 copies', '5 copies'))).filter(chronologyCode), []);
  // a list that states and names the same number, above the copies printed: one note, on the printing
  const both = analyze(stated.replace('6 copies', '5 copies').replace('Five copies printed', 'Four copies printed'));
  assert.deepEqual(both.diagnostics.filter((x) => x.code === 'cable.count.distribution').map((x) => x.message),
    ['5 copies are listed in the distribution, but only 4 copies were printed.']);
});

test('a bare count of copies right above a distribution list is the list’s own: a shorter list is noted; a count that names the file copy is not', () => {
  const cable = (count: string) => ['CIPHERED TELEGRAM No. 13307', 'From BEIJING Received 18:25 5 January 1951', '', 'To Cde. FILIPPOV [Stalin]', '', 'Today our troops entered Seoul.', '', 'MAO ZEDONG', '5 January 1951', '', 'Deciphered by Karpov 19:10 5 January', count, 'Distribution list:', 'Stalin - 2', 'Molotov', 'Malenkov', 'Beria', ''].join('\n');
  const short = analyze(cable('11 copies')).diagnostics.filter((d) => d.code === 'cable.count.distribution');
  assert.deepEqual(short.map((d) => d.message), ['The distribution list names 5 copies, under 11 copies stated above it.']);
  assert.deepEqual(codes(analyze(cable('Six copies printed. Nº 6 to file.'))).filter(chronologyCode), []);
  assert.deepEqual(codes(analyze(cable('5 copies'))).filter(chronologyCode), []);
});

// ---------------------------------------------------------------- years, slash dates, clocks, hovers

test('year inference across New Year takes the nearer year', () => {
  const text = incoming('1010 2 January 1951', 'Deciphered by Sizov 1100 2 January', 'Your telegram of 30 December has been received.');
  const r = analyze(text);
  const m = mentionOf(r, text, '30 December');
  assert.equal(m.iso, '1950-12-30');
  assert.equal(m.yearInferred, true);
  assert.equal(mentionOf(r, text, '1100 2 January').iso, '1951-01-02T11:00');
});

test('a time-only footer step takes the day of the step before it, across midnight', () => {
  const text = incoming('2310 17 November 1950', 'Deciphered by Sizov 2340 17 November\nVerified by: Shift Chief Sadov[in] 0015');
  const r = analyze(text);
  const m = mentionOf(r, text, '0015');
  assert.equal(m.role, 'verified');
  assert.equal(m.iso, '1950-11-18T00:15');
  assert.equal(m.dateInferred, true);
});

test('an ambiguous slash date is decided by the document date, or reported as ambiguous', () => {
  const decided = analyze('FROM: PYONGYANG\nSent by wire on 10/11/50 at 02:40 a.m.\nReceived in Moscow on 10/11/50 at 5:52 a.m.\nText.\nSHTYKOV\n10.10.50\n');
  assert.ok(decided.mentions.filter((m) => m.date?.notation === 'slash').every((m) => m.iso?.startsWith('1950-10-11') && !m.ambiguous));
  const open = analyze('To Cde. Roshchin.\nYour telegram of 11/5/50 received.\n');
  const m = open.mentions.find((x) => x.date?.notation === 'slash');
  assert.equal(m?.ambiguous, true);
  assert.ok(codes(open).includes('cable.date.ambiguous'));
  const hover = dateHoverAt(open, m!.span.start);
  assert.match(hover?.markdown ?? '', /Ambiguous/);
  // a dash before the year is the Russian form, day first
  const russian = analyze('To Cde. Roshchin.\nYour telegram of 11/5-50 received.\n');
  const r = russian.mentions.find((x) => x.date?.notation === 'slash');
  assert.equal(r?.ambiguous, false);
  assert.equal(r?.iso, '1950-05-11');
  assert.ok(!codes(russian).includes('cable.date.ambiguous'));
});

test('stated zones are honoured: local time resolves to the sender, Moscow stays Moscow', () => {
  const text = 'CIPHERED TELEGRAM No. 7203\nFrom PEKING\nSent 9 October 1950   14.35\nThe order arrived at 01:20 on [9 October] local time (20:20 [8 October] Moscow).\nROSHCHIN\n9.X.50\n';
  const r = analyze(text);
  const local = mentionOf(r, text, '01:20');
  const moscow = mentionOf(r, text, '20:20');
  assert.equal(local.zone, 'beijing');
  assert.equal(local.zoneStated, true);
  assert.equal(moscow.zone, 'moscow');
  // 01:20 on 9 October in Beijing is 20:20 on 8 October in Moscow: the same instant
  assert.deepEqual(local.utc, moscow.utc);
});

test('a local time given with its Moscow equivalent is on the clock the difference names: six hours at Panmunjom in a cable from Beijing is Korean time', () => {
  const text = 'CIPHERED TELEGRAM No. 17745\nFrom BEIJING\nReceived 21:40 27.VII.1953\n\nTo Cde. MOLOTOV.\n\nAt 10:00 on 27 July local time (04:00 [27 July] Moscow) at Panmunjom the agreement was signed.\n\nKUZNETSOV\n27.VII.53\n';
  const r = analyze(text);
  const local = mentionOf(r, text, '10:00');
  assert.equal(local.zone, 'pyongyang');
  assert.deepEqual(local.utc, mentionOf(r, text, '04:00').utc);
  assert.deepEqual(codes(r).filter(isWarning), []);
  // five hours apart is the sender's own clock
  assert.equal(mentionOf(analyze(text.replace('04:00', '05:00')), text.replace('04:00', '05:00'), '10:00').zone, 'beijing');
});

test('local time in a cable that does not say where it was sent from is a stated clock of an unknown place, not an unstated clock', () => {
  const text = 'TOP SECRET\n\nTo Comrade Stalin.\n\nOur units crossed the river at 14:00 local time on 25 October 1950.\n\nZhou Enlai\n';
  const r = analyze(text);
  const m = mentionOf(r, text, '14:00');
  assert.equal(m.zone, undefined);
  const hover = dateHoverAt(r, text.indexOf('14:00'))?.markdown ?? '';
  assert.match(hover, /^\*\*1950-10-25 14:00\*\* local time \(the place is not stated\) · Wednesday$/m);
  assert.doesNotMatch(hover, /clock not stated/);
  // a time with no clock at all still says so
  const bare = text.replace(' local time', '');
  assert.match(dateHoverAt(analyze(bare), bare.indexOf('14:00'))?.markdown ?? '', /14:00\*\* \(clock not stated\)/);
});

test('time-zone table: Moscow +3, Beijing +8, Pyongyang +9; places resolve', () => {
  assert.equal(zoneOffsetMinutes('moscow', '1951-10-19'), 180);
  assert.equal(zoneOffsetMinutes('beijing', '1951-10-19'), 480);
  assert.equal(zoneOffsetMinutes('pyongyang', '1950-10-11'), 540);
  assert.equal(zoneForPlace('PEKING'), 'beijing');
  assert.equal(zoneForPlace('[BEIJING]'), 'beijing');
  assert.equal(zoneForPlace('Pyongyang.'), 'pyongyang');
  assert.equal(zoneForPlace('Kaesong'), 'pyongyang');
  assert.equal(zoneForPlace('Moscow'), 'moscow');
  assert.equal(zoneForPlace('CORRESPONDENT 17'), undefined);
});

test('hover on a receipt shows the time elapsed since sending', () => {
  const text = 'FROM: PYONGYANG\nSent by wire on 10/11/50 at 02:40 a.m.\nReceived in Moscow on 10/11/50 at 5:52 a.m.\nText.\nSHTYKOV\n10.10.50\n';
  const r = analyze(text);
  const hover = dateHoverAt(r, text.indexOf('5:52'));
  assert.ok(hover);
  assert.match(hover.markdown, /Role: received/);
  // 02:40 Pyongyang (UTC+9) is 20:40 Moscow the day before, received 05:52 Moscow: 9 h 12 min;
  // or 02:40 Moscow as the log may keep it: 3 h 12 min
  assert.match(hover.markdown, /Since sending: 3 h 12 min to 9 h 12 min/);
  const sent = dateHoverAt(r, text.indexOf('02:40'));
  assert.match(sent?.markdown ?? '', /Korean time \(UTC\+9\), assumed, or Moscow time \(UTC\+3\) as logged in Moscow/);
  assert.equal(formatMentionValue(mentionOf(r, text, '5:52')), '1950-10-11 05:52');
  // sent 02:10 in Beijing is 21:10 Moscow the day before; read as Moscow's 02:10 it would follow the receipt
  const beijing = 'From PEKING.Sent 2.11.50 02:10\nReceived 1.11 23:45\nTo Cde. FILIPPOV.\nText.\nROSHCHIN\n2.11.50\n';
  const late = dateHoverAt(analyze(beijing), beijing.indexOf('23:45'));
  assert.match(late?.markdown ?? '', /Since sending: 2 h 35 min \(read on the other clock, the sending would come after this\)\./);
});

test('the analysis never throws on damaged text', () => {
  for (const t of ['', '[', 'Received', 'Received 99:99 45.45.45', 'Deciphered by\nat', '""""', '[Stamp: Incoming N° 1\n']) {
    assert.doesNotThrow(() => analyze(t));
  }
});

test('the line of a mention is the text between two line feeds, whatever the parser cut (carriage returns, lost line breaks)', () => {
  const body = 'Received 1135 19 October 1951 To Cde. FILIPPOV [Stalin]. ' + 'Text of the report. '.repeat(30) + 'Deciphered by Karpov 1510 19 October';
  for (const text of [`A\r\nB\r\n${body}\r\nC`, `A\rB\r${body}\rC\n`, `A\n\n${body}\nC\r\n`, body]) {
    const words = new MentionWords(text, []);
    for (let at = 0; at < text.length; at++) {
      if (text[at] === '\n') continue;
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      assert.deepEqual(words.lineOf(at), { start, end }, `${JSON.stringify(text.slice(0, 12))} at ${at}`);
    }
  }
});

test('the line of a mention in a very long line is cut to a window around it, so that each mention reads a bounded text', () => {
  const text = 'x'.repeat(50_000) + '\n' + 'y'.repeat(50_000);
  const words = new MentionWords(text, []);
  const mid = words.lineOf(25_000);
  assert.ok(mid.start > 0 && mid.end < 50_000 && mid.start < 25_000 && mid.end > 25_000, JSON.stringify(mid));
  assert.ok(mid.end - mid.start <= 2_000, JSON.stringify(mid));
  // near a line feed the window stops at it
  assert.deepEqual(words.lineOf(50_010).start, 50_001);
  assert.equal(words.lineOf(49_990).end, 50_000);
});

test('nested spans: the deepest that holds all of a span, the last given of equally deep ones', () => {
  const spans = [
    { name: 'cable', depth: 0, span: { start: 0, end: 100 } },
    { name: 'first', depth: 1, span: { start: 10, end: 40 } },
    { name: 'inner', depth: 2, span: { start: 20, end: 30 } },
    { name: 'second', depth: 1, span: { start: 50, end: 90 } },
    { name: 'again', depth: 1, span: { start: 60, end: 70 } },
  ];
  const index = new NestingIndex(spans, (s) => s.span, (s) => s.depth);
  const at = (start: number, end: number) => index.innermost({ start, end })?.name;
  assert.equal(at(22, 25), 'inner');
  assert.equal(at(25, 35), 'first'); // straddles the inner telegram's end
  assert.equal(at(35, 55), 'cable');
  assert.equal(at(62, 64), 'again');
  assert.equal(at(95, 99), 'cable');
  assert.equal(at(100, 101), undefined);
});

test('span index: the first given span that overlaps and passes the test, wherever it starts', () => {
  const spans = [{ start: 30, end: 40 }, { start: 0, end: 100 }, { start: 35, end: 36 }, { start: 5, end: 8 }];
  const index = new SpanIndex(spans, (s) => s);
  assert.equal(index.first({ start: 35, end: 36 }), spans[0]);
  assert.equal(index.first({ start: 35, end: 36 }, (sp) => sp.end - sp.start < 5), spans[2]);
  assert.equal(index.first({ start: 6, end: 7 }, (sp) => sp.start > 0), spans[3]);
  assert.equal(index.first({ start: 100, end: 120 }), undefined);
});

test('a sentence of the message that opens with Sent, Printed or Received dates an event, not the cable’s handling', () => {
  const envelope = ['CIPHERED TELEGRAM No. 3300', 'From BEIJING', 'Received 10:20 5 March 1951', '', 'To Cde. Filippov.', ''];
  for (const sentence of ['Sent to Kim Il Sung on 4 March the text of the agreement.', "Printed in the People's Daily on 4 March was the text of the agreement."]) {
    const text = [...envelope, 'Mao Zedong agrees with the proposals.', sentence, '', 'ROSHCHIN', '5 March 1951', ''].join('\n');
    assert.deepEqual(codes(analyze(text)), [], sentence);
  }
  // A processing line keeps its role: deciphered before received is still a slip.
  const slip = [...envelope, 'Mao Zedong agrees.', '', 'ROSHCHIN', '5 March 1951', '', 'Deciphered by Karpov 0930 5 March', ''].join('\n');
  assert.ok(codes(analyze(slip)).includes('cable.date.processingOrder'));
});

test('a telegram still to come (“the 20 November telegram of Peng Dehuai will contain”) is no earlier message; one to be answered is', () => {
  const cable = (sentence: string) => ['CIPHERED TELEGRAM No. 4711', 'From BEIJING', 'Received 10:40 17 November 1950', '', 'To Cde. Filippov.', '', sentence, '', 'ROSHCHIN', '17.XI.50', ''].join('\n');
  assert.deepEqual(codes(analyze(cable('Zhou Enlai said that the 20 November telegram of Peng Dehuai will contain the plan of the offensive.'))), []);
  assert.ok(codes(analyze(cable('The 20 November telegram of Peng Dehuai will be answered tomorrow.'))).includes('cable.date.referenceAfter'));
});

test('an incoming stamp dated before the receipt is out of order; one on the day or after the decipherment is not', () => {
  const cable = (stampDay: string) => ['CABLE N° 25027', 'from [BEIJING] received at 1135 19 October 1951', '', 'to Cde. FILIPPOV', '', 'We agree.', '', 'MAO ZEDONG', '19 October', '', 'Deciphered by Fedyaev 1205 19 October', '', '[Stamp: SUBJECT TO RETURN', `Incoming N° 254/3612/shs ${stampDay} October 1951]`, ''].join('\n');
  const early = analyze(cable('17')).diagnostics.filter((d) => d.code === 'cable.date.processingOrder');
  assert.equal(early.length, 1);
  assert.match(early[0]!.message, /^Stamp 17 October 1951 is before received 1135 19 October 1951/);
  assert.deepEqual(codes(analyze(cable('19'))), []);
  assert.deepEqual(codes(analyze(cable('20'))), []);
});

test('a man’s own telegram forwarded in his message, dated a day after it, is a slip even without times', () => {
  const cable = (inner: string) => ['CABLE N° 25065', 'from [BEIJING] received at 1135 20 October 1951', '', 'Cde. FILIPPOV!', '', 'I am sending you the text of my telegram to Cde. Li Kenong for [your] information.', '', `"Cde. Li Kenong. The meeting of liaison officers should resume without delay.`, '', `MAO ZEDONG ${inner}"`, '', 'MAO ZEDONG', '19 October', ''].join('\n');
  assert.ok(codes(analyze(cable('20 October'))).includes('cable.date.innerAfterOuter'));
  assert.deepEqual(codes(analyze(cable('19 October'))), []);
  assert.deepEqual(codes(analyze(cable('18 October'))), []);
});

test('a telegram that is the whole text, with no year, citing a later one: its own day is compared within one year', () => {
  const text = ['"Cde. Li Kenong. I have received your telegram of 0115 18 October.', 'Please be guided by my instructions.', 'MAO ZEDONG 0530 17 October"', ''].join('\n');
  assert.ok(codes(analyze(text)).includes('cable.date.referenceAfter'));
  assert.deepEqual(codes(analyze(text.replace('0530 17 October', '0530 18 October'))), []);
});

test('a day range is shown as the interval it is, with the weekdays of both ends', () => {
  const text = ['To Cde. Filippov.', '', 'On 2-4 December the talks went on.', '', 'ROSHCHIN', '5.XII.50', ''].join('\n');
  const service = createCableLanguageService({ gazetteer: () => mergeProviders([builtinProvider()]).gazetteer });
  const doc = TextDocument.create('file:///range.cable', 'cable', 1, text);
  const hover = service.getHover(doc, doc.positionAt(text.indexOf('2-4 December') + 1));
  assert.match(hover?.contents && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '', /^\*\*1950-12-02\/04\*\* · Saturday to Monday/);
});

test('a clock the editor supplies in brackets is stated: `At 22 hours 15 minutes on 2 February [Beijing time]`', () => {
  const text = ['From BEIJING Received 20:30 2.II.1950', '', 'To Cde. Filippov.', '', 'At 22 hours 15 minutes on 2 February [Beijing time] Zhou Enlai arrived.', '', 'ROSHCHIN', '2.II.50', ''].join('\n');
  const m = mentionOf(analyze(text), text, '22 hours 15 minutes');
  assert.equal(m.zone, 'beijing');
  assert.equal(m.zoneStated, true);
});

test('a cable with a destination and no place of sending left Moscow: its sending is on Moscow’s clock', () => {
  const text = ['MFA USSR', 'Sent 21:10 3.4.51', 'Transmitted 21:48 3.4.51', 'BEIJING - SOVIET AMBASSADOR', '', 'To Cde. ROSHCHIN.', '', 'A. GROMYKO', '3.4.51', ''].join('\n');
  const r = analyze(text);
  assert.equal(r.layout, 'outgoing');
  assert.equal(mentionOf(r, text, '21:10 3.4.51').zone, 'moscow');
  assert.deepEqual(codes(r), []);
});

test('`Transmitted` before `Sent` on one log is a slip, however uncertain its clock', () => {
  const cable = (transmitted: string) => ['MFA USSR', 'CIPHERED TELEGRAM Nº 212', 'Sent 21:10 3.4.51', `Transmitted ${transmitted} 3.4.51`, 'BEIJING - SOVIET AMBASSADOR', '', 'To Cde. ROSHCHIN.', '', 'The Soviet Government agrees.', '', 'A. GROMYKO', '3.4.51', ''].join('\n');
  const early = analyze(cable('20:48')).diagnostics.filter((d) => d.code === 'cable.date.processingOrder');
  assert.equal(early.length, 1);
  assert.match(early[0]!.message, /^Transmitted 20:48 3\.4\.51 is before sent 21:10 3\.4\.51/);
  assert.deepEqual(codes(analyze(cable('21:40'))), []);
  const incoming = ['CIPHERED TELEGRAM No. 2301', 'From PEKING', 'Sent 21:10 3.4.51', 'Transmitted 20:48 3.4.51', 'Received 16:30 3.4.51', '', 'To Cde. FILIPPOV [Stalin].', '', 'Nothing new.', '', 'ROSHCHIN', '3.4.51', ''].join('\n');
  assert.ok(codes(analyze(incoming)).includes('cable.date.processingOrder'));
});

test('a signature date without its year, after the receipt, is a slip: its year is the one nearest the envelope', () => {
  const cable = (written: string, received = '1135 19 October 1951') => ['CABLE N° 25025', `from [BEIJING] received at ${received}`, '', 'to Cde. FILIPPOV', '', 'Text.', '', 'MAO ZEDONG', written, ''].join('\n');
  const late = analyze(cable('21 October')).diagnostics.filter((d) => d.code === 'cable.date.processingOrder');
  assert.equal(late.length, 1);
  assert.match(late[0]!.message, /^Received 1135 19 October 1951 is before document 21 October/);
  assert.deepEqual(codes(analyze(cable('19 October'))), []);
  assert.deepEqual(codes(analyze(cable('18 October'))), []);
  // across the new year the nearest year is the old one: written 31 December, received 2 January
  assert.deepEqual(codes(analyze(cable('31 December', '0210 2 January 1951'))), []);
});

test('copy number above the copies a distribution list states, when the printing is not recorded', () => {
  const text = (copy: number) => ['MFA USSR', 'PYONGYANG - SOVIET AMBASSADOR', 'Distribution list - 4 copies: Stalin - 2, Molotov - 1, file - 1', `Copy Nº ${copy}`, '', 'To Cde. Shtykov.', '', 'Your request is approved.', '', 'VYSHINSKY', '11 May 1950', ''].join('\n');
  const found = analyze(text(6)).diagnostics.filter((d) => d.code === 'cable.count.copyNumber');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.message, 'Copy number 6, but only 4 copies are stated in the distribution list.');
  assert.deepEqual(codes(analyze(text(3))).filter(chronologyCode), []);
});

test('a forwarding note and the forwarded telegram on different days: reported when the slip is certain', () => {
  const cable = (noteDate: string, innerDate: string) => ['To Cde. FILIPPOV', '', `I am sending you the text of my telegram to Cde. Li Kenong of ${noteDate} for [your] information.`, '', '"Cde. Li Kenong.', 'We should not hurry.', `MAO ZEDONG ${innerDate}"`, '', 'MAO ZEDONG', '19 October', ''].join('\n');
  const found = (note: string, inner: string) => analyze(cable(note, inner)).diagnostics.filter((d) => d.code === 'cable.date.forwardedDate');
  const slip = found('0530 17 October 1951', '0530 18 October');
  assert.equal(slip.length, 1);
  assert.equal(slip[0]!.message, 'The forwarded telegram is dated 0530 18 October, but the note forwarding it gives 0530 17 October 1951.');
  assert.equal(found('15 October 1951', '18 October').length, 1, 'three days apart');
  assert.deepEqual(found('0530 18 October 1951', '0530 18 October'), [], 'the same day');
  assert.deepEqual(found('17 October 1951', '0530 18 October'), [], 'a day apart without the note’s time: written one day, sent the next');
});

test('a forwarding note that says when the text reached the forwarder dates the receipt, not the telegram: older is normal, two days later a slip', () => {
  const cable = (note: string, inner: string) => ['CIPHERED TELEGRAM No. 2131', 'From BEIJING', 'Received 30.1.51 02:10', '', 'To Cde. FILIPPOV.', '', `${note} I received the following telegram from Mao Zedong:`, '', '"Comrade Filippov!', 'The offensive has been stopped.', `MAO ZEDONG ${inner}"`, '', 'ROSHCHIN', 'No. 212', '29.1.51', ''].join('\n');
  const found = (note: string, inner: string) => analyze(cable(note, inner)).diagnostics.filter((d) => d.code === 'cable.date.forwardedDate');
  assert.deepEqual(found('29.1.51 at 21:30 Beijing time', '27 January'), [], 'written two days before it reached him');
  const late = found('On 25.1.51 at 21:30 Beijing time', '27 January');
  assert.deepEqual(late.map((d) => d.message), ['The forwarded telegram is dated 27 January, after the note forwarding it says it was received (25.1.51 at 21:30 Beijing time).']);
  const handed = ['To Cde. KUZNETSOV', '', 'At 0230 28 December Mao Zedong handed me the following telegram:', '', '"Comrade Kuznetsov!', 'We agree.', 'MAO ZEDONG 26 December"', '', 'TEREBIN', '28.12.48', ''].join('\n');
  assert.deepEqual(analyze(handed).diagnostics.filter((d) => d.code === 'cable.date.forwardedDate'), []);
  const receipt = analyze(handed).mentions.find((m) => handed.slice(m.span.start, m.span.end).startsWith('0230'))!;
  assert.equal(receipt.stage, 'relayed');
  assert.equal(receipt.refersToMessage, false);
  const delivered = ['To Marshal Comrade MERETSKOV', '', 'On 2 October an American officer delivered to me the following letter:', '', '"I propose that liaison officers be exchanged.', 'Seoul, 29 September 1945"', '', 'CHISTYAKOV', '3.10.45', ''].join('\n');
  assert.deepEqual(analyze(delivered).diagnostics.filter((d) => d.code === 'cable.date.forwardedDate'), [], 'a letter older than its delivery');
});

test('a cable that gives no year anywhere: a citation more than half a day after it is a slip, read within one year', () => {
  const cable = (cited: string, own: string) => ['Comrade Peng Dehuai:', '', `Your telegram of ${cited} has been received.`, '', 'Mao Zedong', own, ''].join('\n');
  assert.deepEqual(analyze(cable('2200 October 14', '2100 October 13')).diagnostics.map((d) => d.code), ['cable.date.referenceAfter']);
  assert.deepEqual(codes(analyze(cable('0100 October 14', '2300 October 13'))), [], 'two hours ahead: another clock may explain it');
  assert.deepEqual(codes(analyze(cable('October 12', '2100 October 13'))), []);
  assert.deepEqual(codes(analyze(cable('December 5', 'March 3'))), [], 'months ahead: last year’s');
});

test('a Politburo decision dated after the extract that records it is out of order; the same day or earlier is not', () => {
  const extract = (decided: string) => ['Politburo Decision', 'P83/322', '2 July 1951', 'To: Cmrds Bulganin, Vasilevsky', 'Extract from protocol No. 83 of the meeting of the Politburo of the CC VKP(b)', `Decision dated ${decided}`, '322. Question of the General Staff.', 'To grant the request.', 'SECRETARY OF THE CC', ''].join('\n');
  const late = analyze(extract('August 2, 1951')).diagnostics.filter((d) => d.code === 'cable.date.processingOrder');
  assert.deepEqual(late.map((d) => d.message), ['The decision is dated August 2, 1951, after the extract that records it (2 July 1951).']);
  assert.deepEqual(codes(analyze(extract('July 2, 1951'))), []);
  assert.deepEqual(codes(analyze(extract('June 28, 1951'))), []);
  // one office writes both on one calendar: a day later is later, whatever the clock
  assert.ok(codes(analyze(extract('July 3, 1951'))).includes('cable.date.processingOrder'));
  // a decision taken by poll says so after its date, and is checked alike
  assert.ok(codes(analyze(extract('August 2, 1951, adopted by poll'))).includes('cable.date.processingOrder'));
  assert.deepEqual(codes(analyze(extract('June 28, 1951 (adopted by poll)'))), []);
});

test('lost line breaks: a routing word routes the date right after it, not a sentence’s date further on', () => {
  const text = 'CIPHERED TELEGRAM No. 3105 From BEIJING Received 09:30 9 March 1952 To Comrade FILIPPOV Your telegram of 7 March has been received. The statement will be published on 12 March. With greetings, ROSHCHIN Deciphered by Karpov 10:15 9 March';
  const r = analyze(text);
  assert.equal(mentionOf(r, text, '09:30 9 March 1952').role, 'received');
  assert.equal(mentionOf(r, text, '12 March').role, 'reference');
  assert.deepEqual(codes(r).filter(isWarning), []);
});

test('a name written in a year it was not in use is an anachronism: CPSU and the Presidium before October 1952', () => {
  const cable = (date: string, line: string) => ['CIPHERED TELEGRAM No. 11201', `From PYONGYANG Received 10:40 ${date}`, '', 'To Cde. FILIPPOV [Stalin].', '', line, '', 'RAZUVAEV', date].join('\n');
  const early = analyze(cable('14.3.1951', 'The decision of the Presidium of the CC CPSU was passed to Kim Il Sung.'));
  assert.deepEqual(early.diagnostics.filter((d) => d.code === 'cable.date.anachronism').map((d) => d.message), [
    "'Presidium of the CC' names Politburo of the CC (Presidium from Oct 1952) only from October 1952, but this document is dated 14 March 1951.",
    "'CPSU' names Communist Party of the Soviet Union (VKP(b) until Oct 1952) only from October 1952, but this document is dated 14 March 1951.",
  ]);
  assert.deepEqual(codes(analyze(cable('14.3.1953', 'The decision of the Presidium of the CC CPSU was passed to Kim Il Sung.'))).filter(isWarning), []);
  // the editor's mark or bracket: the editor's words
  assert.deepEqual(codes(analyze(cable('14.3.1951', 'A member of the CPSU [sic] came. The VKP(b) [CPSU] agreed.'))).filter(isWarning), []);
});

test('an envelope whose slash dates nothing else decides is read by the date written under the text', () => {
  const text = ['CIPHERED TELEGRAM No. 600121/sh', 'FROM: PYONGYANG', 'Sent by wire on 1/4/51 at 03:20 a.m.', 'Received in Moscow on 1/4/51 at 4:35 a.m.', '---', 'To comrade FENG XI.',
    'Kim Il Sung has not received the answer promised in the telegram of Cde. Gromyko of 30.X.50.', 'RAZUVAEV', 'No. 3', '3.1.51'].join('\n');
  const r = analyze(text);
  assert.equal(mentionOf(r, text, '1/4/51').iso, '1951-01-04T03:20');
  assert.deepEqual(codes(r).filter((c) => c === 'cable.date.ambiguous'), []);
});

test('a Khabarovsk clock is named as the Far East’s, not as Vladivostok’s', () => {
  const text = ['CIPHERED TELEGRAM No. 41', 'From PORT ARTHUR', 'Received 10:15 3.3.52', '', 'To Cde. VASILEVSKY.', '', 'At 08:40 (Khabarovsk time) the division took up its positions.', '', 'MALINOVSKY', '3.3.52'].join('\n');
  const analysis = analyzeDocument(text, gazetteer, defaultSettings);
  const at = text.indexOf('08:40');
  const hover = dateHoverAt(analysis.chronology, at + 1, false)?.markdown ?? '';
  assert.match(hover, /Far Eastern time \(Khabarovsk, Vladivostok\)/);
});

test('a month named as a period, then a count of units, is no day: `in the second half of October 16 regiments`', () => {
  const text = ['To Cde. FILIPPOV.', 'We can send to Manchuria in the second half of October 16 regiments of jet fighters. On October 16 regiments crossed the river.', 'ROSHCHIN', '5.10.50'].join('\n');
  const days = analyze(text).mentions.filter((m) => m.role !== 'document').map((m) => [text.slice(m.span.start, m.span.end), m.span.start > text.indexOf('On October')]);
  assert.deepEqual(days, [['October 16', true]]);
  for (const count of ['By the end of November 24 trains will leave Manchuli.', 'In December 31 MIG-15 aircraft will arrive.']) {
    assert.deepEqual(analyze(['To Cde. FILIPPOV.', count, 'ROSHCHIN', '5.10.50'].join('\n')).mentions.filter((m) => m.role !== 'document'), [], count);
  }
});

test('the old name after the renaming: VKP(b) months after October 1952 is an anachronism; on a form of the weeks after, or dated in its time by its sentence, it is not', () => {
  const cable = (date: string, line: string) => ['CIPHERED TELEGRAM No. 11201', `From PYONGYANG Received 10:40 ${date}`, '', 'To Cde. MOLOTOV.', '', line, '', 'KUZNETSOV', date].join('\n');
  const found = (date: string, line: string) => analyze(cable(date, line)).diagnostics.filter((d) => d.code === 'cable.date.anachronism').map((d) => cable(date, line).slice(d.span.start, d.span.end));
  assert.deepEqual(found('14.1.1953', 'The Politburo of the VKP(b) CC was informed.'), ['VKP(b) CC']);
  // the Central Committee's names are dated too
  assert.deepEqual(found('20.7.1951', 'The CPSU CC agrees with the proposal.'), ['CPSU CC']);
  assert.deepEqual(found('14.1.1953', 'The CC VKP(b) agrees with the proposal.'), ['CC VKP(b)']);
  assert.deepEqual(found('20.11.1952', 'The Politburo of the VKP(b) CC was informed.'), []);
  assert.deepEqual(found('14.1.1953', 'By the decision of the Politburo of the VKP(b) CC of 27 February 1951 the divisions were armed.'), []);
});

test('names of bodies before they existed are anachronisms: the CPV before October 1950, the Council of Ministers before March 1946', () => {
  const found = (date: string, line: string) => {
    const text = ['CIPHERED TELEGRAM No. 4012', `From BEIJING Received 10:40 ${date}`, '', 'To Cde. FILIPPOV.', '', line, '', 'ROSHCHIN', date].join('\n');
    return analyze(text).diagnostics.filter((d) => d.code === 'cable.date.anachronism').map((d) => text.slice(d.span.start, d.span.end));
  };
  assert.deepEqual(found('21.9.1950', 'The headquarters of the CPV should be set up at Andong.'), ['CPV']);
  assert.deepEqual(found('21.9.1950', "The Chinese People's Volunteers will cross the river."), ["Chinese People's Volunteers"]);
  assert.deepEqual(found('21.10.1950', 'The headquarters of the CPV is at Andong.'), []);
  // formed by Mao's order of 8 October: the first week of October is before it
  assert.deepEqual(found('3.10.1950', 'Zhou Enlai said that CPV commander Peng Dehuai has inspected the troops in Andong.'), ['CPV']);
  assert.deepEqual(found('3.10.1950', "Peng Dehuai, commander of the Chinese People's Volunteers, has inspected the troops."), ["Chinese People's Volunteers"]);
  assert.deepEqual(found('8.10.1950', 'The headquarters of the CPV is at Andong.'), []);
  // words the editor supplied inside the name make it the editor's (Mao's `volunteers` of 2 October 1950)
  assert.deepEqual(found('2.10.1950', "We will send troops under the name of [Chinese People's] Volunteers to Korea."), []);
  assert.deepEqual(found('10.10.1947', "Comrade Gao Gang, as Chairman of the Northeast People's Government, has asked for locomotives."), ["Northeast People's Government"]);
  assert.deepEqual(found('10.10.1950', "Comrade Gao Gang, as Chairman of the Northeast People's Government, has asked for locomotives."), []);
  assert.deepEqual(found('26.12.1945', 'The Council of Ministers of the USSR has decided.'), ['Council of Ministers of the USSR']);
  assert.deepEqual(found('26.12.1946', 'The Council of Ministers of the USSR has decided.'), []);
  assert.deepEqual(found('26.12.1945', "The Council of People's Commissars has decided."), []);
});

test('the names of the commissariats, ministries and parties of 1945–1953 in their periods: MGB and MID before March 1946, the NKVD after it, the Cominform before September 1947, the WPK before June 1949, 丹东 before 1965', () => {
  const found = (date: string, line: string) => {
    const text = ['CIPHERED TELEGRAM No. 4012', `From BEIJING Received 10:40 ${date}`, '', 'To Cde. FILIPPOV.', '', line, '', 'ROSHCHIN', date].join('\n');
    return analyze(text).diagnostics.filter((d) => d.code === 'cable.date.anachronism').map((d) => text.slice(d.span.start, d.span.end));
  };
  assert.deepEqual(found('20.11.1945', 'The operational groups of the MGB and the NKVD arrived.'), ['MGB']);
  assert.deepEqual(found('20.11.1947', 'The operational groups of the MGB and the NKVD arrived.'), ['NKVD']);
  assert.deepEqual(found('19.11.1946', 'Our representative to the Cominform will be named.'), ['Cominform']);
  assert.deepEqual(found('19.11.1947', 'Our representative to the Cominform will be named.'), []);
  assert.deepEqual(found('29.3.1948', "The Second Congress of the Workers' Party of Korea opened."), ["Workers' Party of Korea"]);
  assert.deepEqual(found('29.3.1948', "The Second Congress of the North Korean Workers' Party opened."), []);
  assert.deepEqual(found('2.4.1951', '苏联空军两个师已进驻丹东。'), ['丹东']);
  assert.deepEqual(found('2.4.1951', 'Two Soviet air divisions are at Andong [Dandong].'), []);
  // the Latin forms of the names a town took later: Dandong from 1965, Ussuriysk (Voroshilov until 1957)
  assert.deepEqual(found('26.10.1946', 'The enemy took Dandong on the 25th.'), ['Dandong']);
  assert.deepEqual(found('15.8.1945', 'The division is moving from the Ussuriysk area.'), ['Ussuriysk']);
  assert.deepEqual(found('15.8.1945', 'The division is moving from the Voroshilov area.'), []);
});

test('an incoming cable’s sending may be logged on Moscow’s clock: sent late on the 10th in Moscow is the 11th where it was signed', () => {
  const text = ['CIPHERED TELEGRAM No. 60812', 'FROM: PYONGYANG', 'Sent by wire on 3/10/51 at 11:50 p.m.', 'Received in Moscow on 3/11/51 at 03:05 a.m.', '', 'To Comrade FYN SI.', '', 'Kim Il Sung asked for 40 advisers.', '', 'RAZUVAEV', '11.3.51'].join('\n');
  assert.deepEqual(codes(analyze(text)).filter(isWarning), []);
  // a sending days before the date it was signed is still a slip on either clock
  assert.ok(codes(analyze(text.replace('3/10/51 at 11:50 p.m.', '3/8/51 at 11:50 p.m.'))).includes('cable.date.processingOrder'));
});

test('a Politburo protocol writes its slash dates day first, when nothing else in it decides', () => {
  const text = ['VKP(b) CC', '# P88/412', '11/8/52', 'To: Cmrds Bulganin, Vasilevsky', '412. The Question of the Chinese Air Force.', 'To approve the draft telegram to Krasovsky.', 'SECRETARY OF THE CC', ''].join('\n');
  const m = mentionOf(analyze(text), text, '11/8/52');
  assert.equal(m.iso, '1952-08-11');
  assert.equal(m.ambiguous, false);
  // a cable without the protocol's number keeps the month-first reading, and says it is ambiguous
  const plain = text.replace('# P88/412\n', '');
  assert.equal(mentionOf(analyze(plain), plain, '11/8/52').ambiguous, true);
});

// ---------------------------------------------------------------- rhyme-code days (韵目代日)

/** A cable from Beijing received on `received` (`21.12.1950`), its telegram dated by the lines `dated`. */
function rhymeCable(received: string, ...dated: string[]): string {
  return ['CIPHERED TELEGRAM No. 12345', `From BEIJING Received 10:40 ${received}`, '', 'To Cde. FILIPPOV [Stalin].', '', 'The troops need rest.', '', ...dated, ''].join('\n');
}

/** The rhyme-code mention at the first `words` at or after `from`. */
function rhymeMention(text: string, words: string, from = 0): ChronologyMention {
  const m = mentionOf(analyze(text), text, words, from);
  assert.equal(m.date?.notation, 'rhyme-code', `${JSON.stringify(words)} read as a rhyme-code day`);
  return m;
}

test('rhyme-code day: the character alone, with 日, with a note marker, in brackets or after the signer is that day of the receipt’s month', () => {
  for (const dated of [['Mao Zedong', '皓'], ['Mao Zedong', '皓日'], ['Mao Zedong', '皓 [1]'], ['Mao Zedong', '皓〔1〕'], ['Mao Zedong', '（皓）'], ['Mao Zedong 皓'], ['毛泽东 皓日[1]']]) {
    const text = rhymeCable('21.12.1950', ...dated);
    const m = rhymeMention(text, '皓');
    assert.equal(m.iso, '1950-12-19', dated.join(' / '));
    assert.equal(m.role, 'document');
    assert.equal(m.yearInferred, true);
    assert.equal(m.date?.monthSource, 'inferred');
    assert.equal(m.date?.daySource, 'text');
  }
  // each rhyme is its day: `东` the 1st, `寒` the 14th, `世` and `引` the 31st
  assert.equal(rhymeMention(rhymeCable('21.12.1950', 'Mao Zedong', '东'), '东', 100).iso, '1950-12-01');
  assert.equal(rhymeMention(rhymeCable('21.12.1950', 'Mao Zedong', '寒日'), '寒日').iso, '1950-12-14');
  assert.equal(rhymeMention(rhymeCable('21.1.1951', 'Mao Zedong', '引'), '引').iso, '1950-12-31');
});

test('a telegram cited by its day alone (`your telegram of the 12th`, `of the 22nd, 0600`) is that day of the last month that has it on or before the cable’s date; a unit or a day that may lie ahead is no date', () => {
  const text = ['Comrade Filippov:', '', 'We have received your telegram of the 12th. As to your telegram of the 22nd, 0600, and the report of the 13th Army Group, the troops will leave on the 20th. The cable dated the 1st has arrived.', '', 'Mao Zedong', '13 October 1950'].join('\n');
  const r = analyze(text);
  const cited = r.mentions.filter((m) => m.date?.notation === 'day-ordinal').map((m) => [text.slice(m.span.start, m.span.end), m.iso, m.role]);
  assert.deepEqual(cited, [['12th', '1950-10-12', 'reference'], ['22nd, 0600', '1950-09-22T06:00', 'reference'], ['1st', '1950-10-01', 'reference']]);
  assert.match(dateHoverAt(r, text.indexOf('12th'))?.markdown ?? '', /month and year inferred, the last 12th on or before the cable's date/);
  assert.deepEqual(codes(r).filter(isWarning), []);
});

test('a signer’s date written as the day alone on its line (`KIM IL SUNG` / `the 14th`) is the message’s own day, of the last month that has it on or before the cable’s date', () => {
  const text = ['From PYONGYANG', 'Received 10:15 15 October 1950', '', 'To Comrade FYN SI [Stalin].', '', 'We thank you for your help.', '', 'KIM IL SUNG', 'the 14th'].join('\n');
  const r = analyze(text);
  const own = r.mentions.filter((m) => m.date?.notation === 'day-ordinal').map((m) => [text.slice(m.span.start, m.span.end), m.iso, m.role]);
  assert.deepEqual(own, [['14th', '1950-10-14', 'document']]);
  assert.deepEqual(codes(r).filter(isWarning), []);
  // a day in running text is no date of its own
  const prose = analyze(['To Comrade FYN SI.', '', 'The troops will cross on', 'the 19th of this month we shall know more.', '', 'SHTYKOV', '14.10.50'].join('\n'));
  assert.deepEqual(prose.mentions.filter((m) => m.date?.notation === 'day-ordinal'), []);
});

test('rhyme-code day: the hover says the day, its rhyme and the inferred date, and the outline dates the message by it', () => {
  const text = rhymeCable('21.12.1950', 'Peng Dehuai', '皓 [1]', '', '[1] 皓 (hao) is the rhyme-code for the 19th day of the month.');
  const r = analyze(text);
  const hover = dateHoverAt(r, text.indexOf('皓 [1]'));
  assert.ok(hover);
  assert.match(hover.markdown, /^\*\*1950-12-19\*\*.* · Tuesday$/m);
  assert.match(hover.markdown, /19 \(rhyme-code day 皓\) — 19 December 1950, inferred/);
  assert.deepEqual(r.documentDate, { year: 1950, month: 12, day: 19 });
  const service = createCableLanguageService({ gazetteer: () => gazetteer });
  const symbols = service.getDocumentSymbols(TextDocument.create('file:///rhyme.cable', 'cable', 1, text));
  const message = symbols.flatMap((s) => [s, ...(s.children ?? [])]).find((s) => s.name.startsWith('Message'));
  assert.equal(message?.detail, '1950-12-19');
});

test('rhyme-code day: a rhyme in its traditional form, as the telegrams wrote it before 1956, is the same day, and the hover names both forms', () => {
  assert.equal(rhymeMention(rhymeCable('21.12.1950', 'Mao Zedong', '號'), '號').iso, '1950-12-20');
  assert.equal(rhymeMention(rhymeCable('21.12.1950', 'Mao Zedong', '馬日'), '馬日').iso, '1950-12-21');
  const signed = rhymeCable('2.1.1951', '毛澤東 東');
  assert.equal(rhymeMention(signed, '東', signed.lastIndexOf('東')).iso, '1951-01-01');
  assert.equal(rhymeMention(rhymeCable('21.1.1951', 'Mao Zedong', '豔 [1]'), '豔').iso, '1950-12-29');
  const text = rhymeCable('21.12.1950', 'Peng Dehuai', '寢');
  const r = analyze(text);
  assert.equal(mentionOf(r, text, '寢').iso, '1950-11-26');
  assert.match(dateHoverAt(r, text.indexOf('寢'))?.markdown ?? '', /26 \(rhyme-code day 寢, 寝\)/);
});

test('rhyme-code day: a day later than the receipt’s is of the month before, across the new year, and back to a month with that day', () => {
  assert.equal(rhymeMention(rhymeCable('2.1.1951', 'Mao Zedong', '皓'), '皓').iso, '1950-12-19');
  assert.equal(rhymeMention(rhymeCable('19.12.1950', 'Mao Zedong', '皓'), '皓').iso, '1950-12-19');
  assert.equal(rhymeMention(rhymeCable('20.12.1950', 'Mao Zedong', '号'), '号').iso, '1950-12-20');
  // the 30th before 5 March is January's: February has none
  assert.equal(rhymeMention(rhymeCable('5.3.1951', 'Mao Zedong', '陷'), '陷').iso, '1951-01-30');
  // the 31st before 5 December is October's
  assert.equal(rhymeMention(rhymeCable('5.12.1950', 'Mao Zedong', '世'), '世').iso, '1950-10-31');
});

test('rhyme-code day: without a date in the cable the day stands alone', () => {
  const text = 'Chairman Mao [Zedong]:\n\nPlease consider whether this plan is appropriate and instruct.\n\nPeng Dehuai\n\n皓\n';
  const r = analyze(text);
  const m = mentionOf(r, text, '皓');
  assert.equal(m.iso, '---19');
  assert.match(dateHoverAt(r, text.indexOf('皓'))?.markdown ?? '', /19 \(rhyme-code day 皓\): no date of the cable gives its month and year/);
});

test('rhyme-code day: the romanised forms, and a pinyin of two rhymes read as the editor’s note says', () => {
  assert.equal(rhymeMention(rhymeCable('21.12.1950', 'Mao Zedong', 'Yuan [1]'), 'Yuan').iso, '1950-12-13');
  assert.equal(rhymeMention(rhymeCable('21.12.1950', 'Mao Zedong', 'Han day'), 'Han day').iso, '1950-12-14');
  assert.equal(rhymeMention(rhymeCable('21.12.1950', 'Mao Zedong', 'Qiao day[3]'), 'Qiao').iso, '1950-12-18');
  // `Hao` is 皓 (19) or 号 (20): without a note the first, and the hover gives both
  const bare = rhymeCable('21.12.1950', 'Mao Zedong', 'Hao day[1]');
  const r = analyze(bare);
  assert.equal(mentionOf(r, bare, 'Hao day').iso, '1950-12-19');
  assert.match(dateHoverAt(r, bare.indexOf('Hao day'))?.markdown ?? '', /Hao is the pinyin of 皓 \(19th\) or 号 \(20th\): read as the 19th, no note says which/);
  // the note names the 20th
  const glossed = rhymeCable('21.12.1950', 'Mao Zedong', 'Hao day[1]', '', '[1] "Hao" is the telegraphic code for the 20th day of the month.');
  const g = analyze(glossed);
  assert.equal(mentionOf(g, glossed, 'Hao day').iso, '1950-12-20');
  assert.match(dateHoverAt(g, glossed.indexOf('Hao day'))?.markdown ?? '', /20 \(rhyme-code day Hao, 号\)[^]*the editor's note \[1\] names the 20th/);
  // a pinyin without its `day` or note is a name, not a date
  const name = rhymeCable('21.12.1950', 'Mao Zedong', 'Hao');
  assert.ok(!analyze(name).mentions.some((m) => m.date?.notation === 'rhyme-code'));
});

test('rhyme-code day with the hour’s branch after it (`巧亥`, `Qiao Hai[3]`) or a clock after its note (`Ma[2], 1100`): the day, and the branch’s period or the clock’s time', () => {
  // the branch's two-hour period is the telegram's time: 亥 21:00–23:00, 子 from 23:00 over midnight
  const hai = rhymeMention(rhymeCable('21.12.1950', 'Mao Zedong', '巧亥[3]'), '巧亥');
  assert.equal(hai.iso, '1950-12-18T21:00');
  assert.deepEqual(hai.time?.to, { hour: 23, minute: 0 });
  assert.equal(rhymeMention(rhymeCable('21.12.1950', 'Mao Zedong', 'Qiao Hai[3]'), 'Qiao Hai').iso, '1950-12-18T21:00');
  const zi = rhymeMention(rhymeCable('21.12.1950', 'Mao Zedong', '巧子'), '巧子');
  assert.equal(zi.iso, '1950-12-18T23:00');
  assert.equal(zi.time?.to, undefined);
  const clocked = rhymeCable('22.12.1950', 'Peng Dehuai', 'Ma[2], 1100');
  assert.equal(rhymeMention(clocked, 'Ma[2], 1100').iso, '1950-12-21T11:00');
  // the signer's line stays a signature, the coded line its date
  const message = parseCable(clocked).blocks.find((b) => b.kind === 'message');
  const parts = message?.kind === 'message' ? message.parts.map((p) => `${p.kind}: ${clocked.slice(p.value.start, p.value.end)}`) : [];
  assert.ok(parts.includes('signature: Peng Dehuai') && parts.includes('date: Ma[2], 1100'), JSON.stringify(parts));
  // a branch's pinyin with no note or `day` is a name: `Qiao Hai` alone signs
  assert.ok(!analyze(rhymeCable('21.12.1950', 'Qiao Hai')).mentions.some((m) => m.date?.notation === 'rhyme-code'));
});

test('rhyme-code day: the characters in running Chinese text, or in a name, are no date', () => {
  const text = [
    'CIPHERED TELEGRAM No. 12345', 'From BEIJING Received 10:40 21.12.1950', '', '高岗同志：', '',
    '皓月当空，我军有文电报告，寒日渡江。', '', '毛泽东', '皓', '',
  ].join('\n');
  const r = analyze(text);
  const coded = r.mentions.filter((m) => m.date?.notation === 'rhyme-code');
  // only the date line under the signature: not `皓`, `有` or `寒日` in the sentence, nor `东` of 毛泽东
  assert.deepEqual(coded.map((m) => text.slice(m.span.start, m.span.end)), ['皓']);
  assert.equal(coded[0]!.span.start, text.lastIndexOf('皓'));
  assert.equal(dateHoverAt(r, text.indexOf('皓月')), undefined);
});

test('a time with its Moscow equivalent in brackets: the two must be apart by the hours of some clock of the region', () => {
  const cable = (line: string, from = 'BEIJING') => ['CIPHERED TELEGRAM No. 21102', `From ${from}`, 'Received 11:20 6.IV.1952', '', 'To Cde. FILIPPOV.', '', line, '', 'KRASOVSKY', '6 April 1952'].join('\n');
  const found = (line: string, from?: string) => analyze(cable(line, from)).diagnostics.filter((d) => d.code === 'cable.date.moscowEquivalent');
  const wrong = found('At 02:10 on [6 April] local time (23:10 [5 April] Moscow) the staff informed me of the raid.');
  assert.deepEqual(wrong.map((d) => d.message), [
    "02:10 6 April 1952 is given as 23:10 5 April 1952 Moscow time, 3 hours apart, but no clock of the region was 3 hours ahead of Moscow's: Beijing time makes it 21:10 5 April 1952.",
  ]);
  // Beijing is five hours ahead of Moscow, Pyongyang six: either is believed, wherever the cable comes from
  for (const [line, from] of [
    ['At 02:10 on [6 April] local time (21:10 [5 April] Moscow) the staff informed me of the raid.', 'BEIJING'],
    ['At 04:30 on [6 April] local time (22:30 [5 April] Moscow) the staff informed me.', 'PYONGYANG'],
    ['At 04:30 on [6 April] local time (23:30 [5 April] Moscow) the staff informed me.', 'PYONGYANG'],
  ] as const) assert.deepEqual(found(line, from), [], line);
  assert.equal(found('At 04:30 on [6 April] local time (00:30 [6 April] Moscow) the staff informed me.', 'PYONGYANG').length, 1);
  // without their days the two are compared on the clock face; the same time on both is a slip
  assert.deepEqual(found('At 02:10 local time (23:10 Moscow) Zhou Enlai telephoned me.').map((d) => d.message), [
    "02:10 is given as 23:10 Moscow time, 3 hours apart, but no clock of the region was 3 hours ahead of Moscow's: Beijing time makes it 21:10.",
  ]);
  assert.deepEqual(found('At 02:10 local time (21:10 Moscow) Zhou Enlai telephoned me.'), []);
  assert.deepEqual(found('At 14:30 local time (14:30 Moscow time) the delegation arrived.').map((d) => d.message), [
    "14:30 is given as 14:30 Moscow time, the same time, but every clock of the region was ahead of Moscow's: Beijing time makes it 09:30.",
  ]);
  // two times that are not a time and its equivalent
  assert.deepEqual(found('At 02:10 on 6 April the raid began; at 23:10 [5 April] Moscow time the order was given.'), []);
  // a clock the text names allows its own difference only: Beijing time is not Vladivostok's seven hours
  assert.deepEqual(found('Mao Zedong received me on 6 April at 21:30 Beijing time (14:30 Moscow time).').map((d) => d.message), [
    "21:30 6 April 1952 is given as 14:30 Moscow time, 7 hours apart, but Beijing time was 5 hours ahead of Moscow's: it makes it 16:30.",
  ]);
  assert.deepEqual(found('Mao Zedong received me on 6 April at 21:30 Beijing time (16:30 Moscow time).'), []);
});

test('a cable from a Soviet consulate in Xinjiang keeps Urumqi’s clock, three hours ahead of Moscow; a cable from Beijing does not', () => {
  assert.equal(zoneForPlace('KULDJA'), 'xinjiang');
  assert.equal(zoneForPlace('URUMCHI'), 'xinjiang');
  assert.equal(zoneForPlace('Tihwa'), 'xinjiang');
  assert.equal(zoneOffsetMinutes('xinjiang', '1947-02-04'), 360);
  const cable = (from: string, line: string) => ['CIPHERED TELEGRAM No. 3105', `From ${from}`, 'Received 11:20 4.II.1947', '', 'To Cde. Molotov.', '', line, '', 'Nº 27', '4.II.47'].join('\n');
  const found = (from: string, line: string) => analyze(cable(from, line)).diagnostics.filter((d) => d.code === 'cable.date.moscowEquivalent').map((d) => d.message);
  assert.deepEqual(found('KULDJA', 'Akhmedzhan returned at 10.35 local time (07.35 Moscow) on 2 February.'), []);
  assert.deepEqual(found('KULDJA', 'Akhmedzhan returned at 10.35 local time (08.35 Moscow) on 2 February.').length, 1);
  // three hours is still no clock of a cable from Beijing, which a clock kept in Xinjiang does not excuse
  assert.deepEqual(found('BEIJING', 'Zhou Enlai telephoned at 10.35 local time (07.35 Moscow).').length, 1);
});

test('the night of two days: an hour of the morning is on the second day, against its Moscow equivalent and its weekdays', () => {
  const cable = (line: string) => ['From Khabarovsk', 'Received 05:40 11.8.1945', '', 'To Comrade STALIN.', '', line, '', 'VASILEVSKY', '10 August 1945'].join('\n');
  const found = (line: string) => analyze(cable(line)).diagnostics.filter((d) => chronologyCode(d.code)).map((d) => d.message);
  // 00:10 on 9 August on the Transbaikal clock is 18:10 on 8 August in Moscow
  assert.deepEqual(found('On the night of 8-9 August at 00:10 local time (18:10 8 August Moscow time) the detachments crossed the border.'), []);
  assert.deepEqual(found('On the night of 8-9 August at 00:10 local time (20:10 8 August Moscow time) the detachments crossed the border.').length, 1);
  // the weekdays of a range: the last one read fits a day of it
  for (const line of ['On Wednesday and Thursday, 8-9 August, the detachments crossed the border.', 'On Tuesday–Thursday, 7–9 August, the fronts moved.']) {
    assert.deepEqual(found(line), [], line);
  }
  assert.deepEqual(found('On Saturday and Sunday, 8-9 August, the detachments crossed the border.'), ['8 August 1945 was a Wednesday, not a Sunday.']);
});

test('the Moscow equivalent in the other ways translators write it: clock before time, `by Moscow time`, dotted hours, an unnamed local clock', () => {
  const cable = (line: string) => ['CIPHERED TELEGRAM No. 1322', 'From PYONGYANG', 'Received 12:00 26.6.1950', '', 'To Comrade FENG XI.', '', line, '', 'SHTYKOV', '25.6.50'].join('\n');
  const found = (line: string) => analyze(cable(line)).diagnostics.filter((d) => d.code === 'cable.date.moscowEquivalent').map((d) => d.message);
  const fourHours = "05:00 is given as 01:00 Moscow time, 4 hours apart, but no clock of the region was 4 hours ahead of Moscow's";
  for (const line of ['The offensive began at 05:00 local time (Moscow time 01:00).', 'The offensive began at 05:00 local time (01:00 by Moscow time).',
    'The offensive began at local time 05:00 (01:00 Moscow time).', 'The offensive began at 5.00 local time (1.00 Moscow time).']) {
    assert.deepEqual(found(line), [`${fourHours}: Korean time makes it 23:00.`], line);
  }
  // the first clock unnamed: the bracket says it is the local one, whichever clock of the region that is
  assert.deepEqual(found('The offensive began at 05:00 (01:00 Moscow time).'), [`${fourHours}.`]);
  for (const line of ['The offensive began at 05:00 local time (Moscow time 23:00).', 'The offensive began at 05:00 local time (23:00 by Moscow time).',
    'The offensive began at local time 05:00 (23:00 Moscow time).', 'The offensive began at 5.00 local time (23.00 Moscow time).', 'The offensive began at 05:00 (23:00 Moscow time).']) {
    assert.deepEqual(found(line), [], line);
  }
});

test('a sending logged after the receipt and every step after it is the one slip: one warning, on the sending', () => {
  const cable = (sent: string) => ['CIPHERED TELEGRAM No. 600934/sh', 'FROM: PYONGYANG', `Sent by wire on ${sent}`, 'Received in Moscow on 10/25/50 at 11:48 p.m.',
    'Arrived at the 8D/GS on 10/26/50 at 0:20 a.m.', 'Deciphered by Yelezov on 10/26/50 at 1:05 a.m.', '', 'FENG XI', '', 'I report: the enemy has landed.', '', 'SHTYKOV', '25.10.50'].join('\n');
  const order = (sent: string) => analyze(cable(sent)).diagnostics.filter((d) => d.code === 'cable.date.processingOrder');
  const late = cable('10/26/50 at 09:30 p.m.');
  const found = order('10/26/50 at 09:30 p.m.');
  assert.deepEqual(found.map((d) => [late.slice(d.span.start, d.span.end), d.message, d.related?.length]), [
    ['10/26/50 at 09:30 p.m.', 'Sent 10/26/50 at 09:30 p.m. is after received 10/25/50 at 11:48 p.m. and the 2 later steps logged (time zones considered).', 3],
  ]);
  assert.deepEqual(order('10/25/50 at 09:30 p.m.'), []);
});

// ---------------------------------------------------------------- quoted texts date their own words

const quotingShtykov = (inner: string) => `CIPHERED TELEGRAM No. 600082/sh
FROM: PYONGYANG
Received in Moscow on 15.1.51 at 3:55
To comrade FENG XI [Stalin].
Kim Il Sung asked me to confirm that the telegram of Cde. Shtykov of 3 October 1950 was sent with his agreement. Its text:
"To Comrade FENG XI [Stalin].
${inner} I met Kim Il Sung and Pak Heon-yeong. In reply to your telegram of 30 September I report that the Korean command asks for help.
SHTYKOV
No. 1448
3.10.50"
RAZUVAEV
No. 57
14.1.51
`;

test('a quoted telegram that writes its own full date anchors the year-less dates written in it', () => {
  for (const inner of ['Today, on 3 October,', 'On 3 October']) {
    const text = quotingShtykov(inner);
    const r = analyze(text);
    assert.equal(mentionOf(r, text, '3 October', text.indexOf(inner)).iso?.slice(0, 10), '1950-10-03', inner);
    // its citation of 30 September is of 1950 too, not a citation from 1951 of a telegram three months later
    assert.equal(mentionOf(r, text, '30 September').iso, '1950-09-30');
    assert.deepEqual(codes(r).filter((c) => c.startsWith('cable.date.') && isWarning(c)), [], inner);
  }
  // the cable's own words keep the cable's year
  const own = quotingShtykov('On 3 October').replace('Its text:', 'On 12 January we spoke again. Its text:');
  assert.equal(mentionOf(analyze(own), own, '12 January').iso, '1951-01-12');
});

test('`Today` is the day the sender dated his text, not the day Moscow received it', () => {
  const text = ['CIPHERED TELEGRAM No. 1207', 'From Cde. Andreev', 'Received 01:40 6.II.1949', '', 'To Cde. Filippov.', '', 'Today Mao Zedong raised the question of a loan. Yesterday he spoke of the railways.', '', 'ANDREEV', 'No. 7', '5.II.49'].join('\n');
  const r = analyze(text);
  assert.equal(mentionOf(r, text, 'Today').iso, '1949-02-05');
  assert.equal(mentionOf(r, text, 'Yesterday').iso, '1949-02-04');
  // without a date of the sender's, the receipt is all there is
  const undated = text.replace('\n5.II.49', '');
  assert.equal(mentionOf(analyze(undated), undated, 'Today').iso, '1949-02-06');
});

test('`Today` is the sender’s day also when he wrote it without its year (`2 January, 11 p.m.`), in the envelope’s year or the one before', () => {
  const text = ['CIPHERED TELEGRAM No. 0130', 'From MOSCOW to PEKING', 'Received at 0215 3 January 1950', 'Sent at 0305 3 January 1950', '', 'Comrade Shaoqi:', '', 'Today at 4 p.m. Molotov and Mikoyan came to my residence.', '', 'MAO ZEDONG', '2 January, 11 p.m.', ''].join('\n');
  assert.equal(mentionOf(analyze(text), text, 'Today').iso, '1950-01-02');
  // across the new year: `31 December` under a cable received on 1 January is of the year before
  const newYear = text.replace(/3 January 1950/g, '1 January 1950').replace('2 January, 11 p.m.', '31 December, 11 p.m.');
  assert.equal(mentionOf(analyze(newYear), newYear, 'Today').iso, '1949-12-31');
});

test('a quoted letter dated without its year, months after the cable in the cable’s year, is of the year before', () => {
  const text = ['CIPHERED TELEGRAM No. 600040/sh', 'From PYONGYANG', 'Sent 20.1.51 10:05', '', 'To Comrade FENG XI.', '', 'I give the text of the letter of Kim Il Sung:', '',
    '"Comrade Feng Xi!', 'We ask for help with the air defence of Pyongyang.', 'KIM IL SUNG', '3.10"', '', 'RAZUVAEV', '20.1.51'].join('\n');
  const r = analyze(text);
  assert.equal(mentionOf(r, text, '3.10"').iso, '1950-10-03');
  assert.deepEqual(codes(r).filter(isWarning), []);
  // days ahead, it keeps the cable's year and is the slip it looks
  assert.ok(codes(analyze(text.replace('3.10"', '25.1"'))).includes('cable.date.innerAfterOuter'));
});

test('a day months after the cable, in a paragraph that wrote a year before it, is of that year', () => {
  const cable = (body: string) => ['CIPHERED TELEGRAM No. 600040/sh', 'From PYONGYANG', 'Sent 18.1.51 10:05', '', 'To Comrade FENG XI.', '', body, '', 'RAZUVAEV', '18.1.51'].join('\n');
  const iso = (body: string, words: string) => mentionOf(analyze(cable(body)), cable(body), words).iso;
  assert.equal(iso('In 1950 the question was raised. On 3 October Ambassador Shtykov reported it to you.', '3 October'), '1950-10-03');
  assert.equal(iso('On 25 June 1950 the war began. On 3 October Ambassador Shtykov reported.', '3 October'), '1950-10-03');
  // without a year before it, or when the year still leaves it ahead, it keeps the cable's
  assert.equal(iso('The delegation will arrive on 3 October.', '3 October'), '1951-10-03');
  assert.equal(iso('In 1951 the delegation will arrive on 3 October.', '3 October'), '1951-10-03');
});

test('a quoted letter of December 1950 says `of this year` of 1950, in a cable of January 1951', () => {
  const text = `CIPHERED TELEGRAM No. 20240
From BEIJING
Received 15:30 9.1.1951
To Cde. VYSHINSKY.
Zhou Enlai asked me to remind you of his letter to Cde. Kotov, of which I give the text:
"To Comrade Kotov.
On 12 March of this year the Soviet Government agreed to send a division of fighter aircraft to Shanghai.
Zhou Enlai
20 December 1950"
ROSHCHIN
9.1.51
`;
  assert.equal(mentionOf(analyze(text), text, '12 March').iso, '1950-03-12');
});

test('a quoted text with no date of its own cites nothing after the text quoting it: a forwarded telegram, an attached draft', () => {
  const forwarded = (cited: string) => analyze(['CIPHERED TELEGRAM No. 22190', 'From PEKING', 'Received 23:10 18.X.1950', 'To Cde. FILIPPOV [Stalin].', 'I transmit the following telegram of Mao Zedong:', '"Comrade FILIPPOV.', `Your telegram of ${cited} has been received.`, 'MAO ZEDONG"', 'ROSHCHIN', '18.X.50'].join('\n'));
  assert.ok(codes(forwarded('21 October')).includes('cable.date.referenceAfter'), codes(forwarded('21 October')).join());
  assert.deepEqual(codes(forwarded('16 October')).filter(chronologyCode), []);
  const draft = (cited: string) => analyze(['To Cde. Stalin.', 'I am sending you the draft of the reply to Shtykov.', 'MOLOTOV', '12 November 1950', '[Attachment]', 'To PYONGYANG', 'SOVIET AMBASSADOR.', 'To Cde. SHTYKOV.', `Your telegram of ${cited} has been received.`, 'FENG XI'].join('\n'));
  assert.ok(codes(draft('14 November')).includes('cable.date.referenceAfter'), codes(draft('14 November')).join());
  assert.deepEqual(codes(draft('10 November')).filter(chronologyCode), []);
});

test('a forwarding sentence’s citations and side clauses do not date the text it forwards, nor do plans and orders to report cite a telegram', () => {
  const forwarded = (intro: string, quoted: string, date = '25.10.50') => analyze(['From BEIJING Received 23:15 25.10.1950', 'To Cde. Filippov.', intro, `"${quoted}"`, 'ROSHCHIN', date].join('\n'));
  assert.deepEqual(codes(forwarded('In reply to your telegram of 20 October Mao Zedong handed me the following answer:', 'Your telegram of 24 October has also been received.')).filter(chronologyCode), []);
  assert.deepEqual(codes(forwarded('Zhou Enlai, who returned to Beijing on 19 October, today handed me the following note:', 'The Embassy’s note of 22 October has been received.')).filter(chronologyCode), []);
  // the forwarded telegram’s own date, between its sender and its addressee, is its date
  assert.ok(codes(forwarded('I received the following telegram of Mao Zedong of 21 October to Cde. Peng Dehuai:', 'Your telegram of 24 October has been received.')).includes('cable.date.referenceAfter'));
  for (const plan of ['Report to me by telegram after the meeting of 30 October.', 'Report on 30 October in a telegram.', 'Send me a telegram on 30 October after the meeting.', 'Your report on the meeting of 30 October is expected.']) {
    assert.deepEqual(codes(forwarded('Mao Zedong handed me the following telegram to Cde. Li Kenong:', plan)).filter(chronologyCode), [], plan);
  }
  assert.ok(codes(forwarded('Mao Zedong handed me the following telegram to Cde. Li Kenong:', 'I sent you a telegram on 30 October.')).includes('cable.date.referenceAfter'));
});

test('the telegram an answer answers, named with its author, dates the telegram answered, not the answer forwarded', () => {
  const forwarded = (intro: string, signed: string) => analyze(['From BEIJING Received 23:15 25.10.1950', 'To Cde. Filippov.', intro, '"Comrade FILIPPOV.', 'We agree.', 'MAO ZEDONG', `${signed}"`, 'ROSHCHIN', '25.10.50'].join('\n'));
  for (const intro of ['I transmit the answer of Mao Zedong to the telegram of Cde. Stalin of 20 October:', 'I send the reply of Mao Zedong to your telegram from Moscow of 20 October:']) {
    assert.deepEqual(codes(forwarded(intro, '0600 23 October')).filter(chronologyCode), [], intro);
  }
  // the forwarded telegram's own date, after its author, is still compared
  assert.ok(codes(forwarded('I transmit the telegram of Mao Zedong of 20 October:', '0600 23 October')).includes('cable.date.forwardedDate'));
});
