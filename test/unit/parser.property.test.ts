/**
 * Property-based tests of `parseCable`: whatever the text — arbitrary strings, strings made of
 * cable-ish fragments, damaged copies of the fixtures — the parser never throws and its tree is
 * well formed: lines and top-level blocks tile the text, every span lies in the text, and every
 * node lies inside its parent. Runs are seeded, so a failure replays exactly.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { parseCable } from '../../server/src/service/parser/parser';
import type {
  Block, CableDocument, DistributionList, Envelope, Footer, HeaderField, Message, MessagePart, Stamp,
} from '../../server/src/service/parser/ast';
import type { Span } from '../../server/src/service/types';

const repoRoot = path.resolve(__dirname, '../../..');
const SEED = 20251126;

// ---------------------------------------------------------------- the properties

class Violation extends Error {}

function fail(message: string): never {
  throw new Violation(message);
}

const show = (s: Span | undefined) => (s ? `[${s.start}, ${s.end})` : 'undefined');

function checkSpan(text: string, s: Span | undefined, where: string): void {
  if (s === undefined) return;
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) fail(`${where}: span ${show(s)} is not made of integers`);
  if (s.start < 0 || s.end > text.length || s.start > s.end) fail(`${where}: span ${show(s)} outside [0, ${text.length}] or reversed`);
}

function inside(inner: Span | undefined, outer: Span, what: string): void {
  if (inner === undefined) return;
  if (inner.start < outer.start || inner.end > outer.end) fail(`${what} ${show(inner)} is not inside ${show(outer)}`);
}

/** Every object with numeric `start` and `end` anywhere in the tree is a span: all must lie in the text. */
function checkAllSpans(text: string, node: unknown, where: string, seen = new Set<unknown>()): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const o = node as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') checkSpan(text, o as unknown as Span, where);
  for (const [k, v] of Object.entries(o)) {
    if (k === 'text') continue;
    if (Array.isArray(v)) v.forEach((x, i) => checkAllSpans(text, x, `${where}.${k}[${i}]`, seen));
    else checkAllSpans(text, v, `${where}.${k}`, seen);
  }
}

function checkLines(doc: CableDocument): void {
  const { text, lines } = doc;
  if (lines.length === 0) {
    if (text.length > 0) fail('no lines for a non-empty text');
    return;
  }
  let at = 0;
  lines.forEach((l, i) => {
    if (l.index !== i) fail(`lines[${i}].index is ${l.index}`);
    if (l.full.start !== at) fail(`lines[${i}] starts at ${l.full.start}, the previous line ended at ${at}`);
    if (l.span.start !== l.full.start || l.span.end > l.full.end || l.span.start > l.span.end) fail(`lines[${i}]: span ${show(l.span)} not at the start of full ${show(l.full)}`);
    const body = text.slice(l.span.start, l.span.end);
    if (/[\r\n]/.test(body)) fail(`lines[${i}] ${show(l.span)} holds a line break`);
    const rest = text.slice(l.span.end, l.full.end);
    if (!/^[ \t]*(?:\r\n|\r|\n)?$/.test(rest)) fail(`lines[${i}]: between span and full end is ${JSON.stringify(rest)}, not a line break`);
    if (i + 1 < lines.length && l.full.end <= l.full.start && text.length > 0) fail(`lines[${i}] is empty but not the last line`);
    at = l.full.end;
  });
  if (at !== text.length) fail(`lines end at ${at}, the text at ${text.length}`);
}

function checkBlocks(doc: CableDocument): void {
  const { text, blocks } = doc;
  if (text.length === 0) {
    blocks.forEach((b, i) => checkSpan(text, b.span, `blocks[${i}]`));
    return;
  }
  if (blocks.length === 0) fail('no blocks for a non-empty text');
  if (blocks[0].span.start !== 0) fail(`the first block starts at ${blocks[0].span.start}, not 0`);
  for (let i = 1; i < blocks.length; i++) {
    const a = blocks[i - 1].span;
    const b = blocks[i].span;
    if (a.end !== b.start) fail(`blocks[${i - 1}] (${blocks[i - 1].kind}) ends at ${a.end} but blocks[${i}] (${blocks[i].kind}) starts at ${b.start}`);
  }
  const last = blocks[blocks.length - 1].span;
  if (last.end !== text.length) fail(`the last block ends at ${last.end}, the text at ${text.length}`);
  blocks.forEach((b, i) => checkBlock(b, `blocks[${i}] (${b.kind})`));
}

function checkBlock(b: Block, where: string): void {
  switch (b.kind) {
    case 'envelope': return checkEnvelope(b, where);
    case 'message': return checkMessage(b, where, undefined);
    case 'footer': return checkFooter(b, where);
    case 'stamp': return checkStamp(b, b.span, where);
    case 'distribution': return checkDistribution(b, b.span, where);
    case 'notes': b.items.forEach((s, i) => inside(s, b.span, `${where}.items[${i}]`)); return;
    case 'separator': return;
  }
}

function checkField(f: HeaderField, parent: Span, where: string): void {
  inside(f.span, parent, where);
  inside(f.value, f.span, `${where}.value`);
  inside(f.label, f.span, `${where}.label`);
  inside(f.when, f.span, `${where}.when`);
  inside(f.who, f.span, `${where}.who`);
}

function checkEnvelope(e: Envelope, where: string): void {
  e.fields.forEach((f, i) => checkField(f, e.span, `${where}.fields[${i}] (${f.kind})`));
  if (e.distribution) checkDistribution(e.distribution, e.span, `${where}.distribution`);
  e.stamps.forEach((s, i) => checkStamp(s, e.span, `${where}.stamps[${i}]`));
}

function checkDistribution(d: DistributionList, parent: Span, where: string): void {
  inside(d.span, parent, where);
  d.entries.forEach((e, i) => {
    inside(e.span, d.span, `${where}.entries[${i}]`);
    inside(e.recipient, e.span, `${where}.entries[${i}].recipient`);
  });
}

function checkStamp(s: Stamp, parent: Span, where: string): void {
  inside(s.span, parent, where);
  inside(s.incomingNumber, s.span, `${where}.incomingNumber`);
  inside(s.when, s.span, `${where}.when`);
}

function checkPart(p: MessagePart, parent: Span, where: string): void {
  inside(p.span, parent, where);
  inside(p.value, p.span, `${where}.value`);
  inside(p.when, p.span, `${where}.when`);
}

/**
 * A message's own material lies inside it; an inner telegram's introducer, sender, recipient and
 * date may come from the forwarding sentence before it, so those lie inside the outer message.
 */
function checkMessage(m: Message, where: string, outer: Message | undefined): void {
  if (outer) {
    inside(m.span, outer.span, where);
    if (m.depth !== outer.depth + 1) fail(`${where}: depth ${m.depth} inside a message of depth ${outer.depth}`);
  } else if (m.depth !== 0) {
    fail(`${where}: a top-level message has depth ${m.depth}`);
  }
  const context = outer?.span ?? m.span;
  inside(m.openQuote, m.span, `${where}.openQuote`);
  inside(m.closeQuote, m.span, `${where}.closeQuote`);
  if (m.introducer) checkPart(m.introducer, context, `${where}.introducer`);
  inside(m.from, context, `${where}.from`);
  inside(m.to, context, `${where}.to`);
  inside(m.when, context, `${where}.when`);
  m.header.forEach((f, i) => checkField(f, m.span, `${where}.header[${i}] (${f.kind})`));
  m.parts.forEach((p, i) => checkPart(p, m.span, `${where}.parts[${i}] (${p.kind})`));
  m.stamps.forEach((s, i) => checkStamp(s, m.span, `${where}.stamps[${i}]`));
  m.telegrams.forEach((t, i) => {
    if (i > 0 && m.telegrams[i - 1].span.end > t.span.start) fail(`${where}.telegrams[${i - 1}] ${show(m.telegrams[i - 1].span)} overlaps telegrams[${i}] ${show(t.span)}`);
    checkMessage(t, `${where}.telegrams[${i}]`, m);
  });
}

function checkFooter(f: Footer, where: string): void {
  f.items.forEach((it, i) => {
    const w = `${where}.items[${i}] (${it.kind})`;
    inside(it.span, f.span, w);
    inside(it.verb, it.span, `${w}.verb`);
    inside(it.who, it.span, `${w}.who`);
    inside(it.when, it.span, `${w}.when`);
  });
  if (f.distribution) checkDistribution(f.distribution, f.span, `${where}.distribution`);
}

function checkBrackets(doc: CableDocument): void {
  doc.brackets.forEach((b, i) => {
    inside(b.inner, b.span, `brackets[${i}].inner`);
    if (i > 0 && doc.brackets[i - 1].span.start > b.span.start) fail(`brackets[${i}] starts before brackets[${i - 1}]`);
  });
}

/** Checks every property of a parse of `text`; throws a Violation naming the first one broken. */
function checkDocument(text: string, doc: CableDocument): void {
  if (doc.text !== text) fail('the document does not keep its text');
  checkAllSpans(text, { lines: doc.lines, blocks: doc.blocks, brackets: doc.brackets }, 'doc');
  checkLines(doc);
  checkBlocks(doc);
  checkBrackets(doc);
}

// ---------------------------------------------------------------- parsing in a worker, with a time limit

/**
 * The parser runs in a worker thread so that a parse that never ends (a regular expression that
 * backtracks exponentially) is stopped and reported instead of hanging the test run. The parser
 * claims linear time; a few seconds for a text of a few kilobytes means it is not.
 */
const PARSE_TIME_LIMIT_MS = 2_000;
const parserModule = path.join(__dirname, '../../server/src/service/parser/parser.js');
const workerSource = `
const { parentPort } = require('node:worker_threads');
const { parseCable } = require(${JSON.stringify(parserModule)});
parentPort.on('message', text => {
  try { parentPort.postMessage({ doc: parseCable(text) }); }
  catch (e) { parentPort.postMessage({ error: e instanceof Error ? (e.stack || e.message) : String(e) }); }
});`;

let worker: Worker | undefined;

function parseInWorker(text: string): Promise<CableDocument> {
  const w = (worker ??= new Worker(workerSource, { eval: true }));
  w.unref();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      w.removeAllListeners('message');
      worker = undefined;
      void w.terminate();
      reject(new Violation(`parseCable took more than ${PARSE_TIME_LIMIT_MS} ms on a text of ${text.length} characters`));
    }, PARSE_TIME_LIMIT_MS);
    w.once('message', (m: { doc?: CableDocument; error?: string }) => {
      clearTimeout(timer);
      if (m.error !== undefined) reject(new Violation(`parseCable threw: ${m.error}`));
      else resolve(m.doc!);
    });
    w.postMessage(text);
  });
}

async function parseAndCheck(text: string): Promise<void> {
  checkDocument(text, await parseInWorker(text));
}

// ---------------------------------------------------------------- generators

/** Any UTF-16 code units, lone surrogates and control characters included. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map(a => String.fromCharCode(...a));

const anyString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', '\r', '[', ']', '"', '“', '”', '.', ':', '1', '0'), maxLength: 300 }),
  codeUnits,
);

const LONG = 'We should at our initiative and at an opportune moment propose means with which both sides could agree. ';

const fragments: readonly string[] = [
  // header
  'CABLE N° 25025', 'CABLE Nº 60112 TOP SECRET', 'CIPHERED TELEGRAM No. 20815', 'CIPHERED TELEGRAM', 'No. 31877', '227',
  'COPY OF AN OUTGOING TELEGRAM        TOP SECRET', 'MFA USSR', 'Tenth Department Received 17:10 4.XII.1951', 'VKP(b) CC',
  '# P91/204', 'Top Secret', 'Making copies is prohibited', 'Series G.', 'T', 'MOLNIYA', 'Special no. 612',
  'from [BEIJING] received at 1135 19 October 1951', 'from PEKING received at 16:40 23 November 1949 Copy Nº 2',
  'FROM: PYONGYANG', 'Sent by wire on 10/21/50 at 02:40 a.m.', 'From Pyongyang.Sent 3.9.50 14:08', 'Received 3.9 18:46',
  'From BEIJING No. 1412 21 hours 40', 'minutes, 19.1.1951', 'Copy N° 2', 'Copy Nº 1 to Cde. Stalin | Copy Nº 8 to Cde. Beria |', '|',
  'Copies: Stalin (2), Molotov,', 'Distribution list - 9 copies: Stalin - 2, Molotov - 1', 'Distribution list:', '1. Comr. Stalin',
  'to Cde. Molotov', 'to Cde. FILIPPOV', 'Destination: PEKING To Whom: SovAmbassador', 'To PYONGYANG', 'SOVIET AMBASSADOR.', 'RE: 2217/sh',
  'FENG XI [STALIN]', 'BEIPING [SIC]', 'To: Cmrds Malenkov, Vyshinsky',
  // message
  'Cde. FILIPPOV!', 'Chairman Mao [Zedong]:', '“Comrade MAO ZEDONG.', 'Dear Cde.', 'I. V. Stalin', 'Reporting:',
  'I am sending you the text of my telegram to Cde. Li Kenong of 0530 18 October 1951 for [your] information.',
  'Pass the following to Cde. Kim Il Sung:', '"Cde. Le Kenong, copy to Cdes. Kim Il Sung and Peng Dehuai.', 'MAO ZEDONG 0530 18 October"',
  'FILIPPOV [Stalin].”', 'With greetings, FILIPPOV [Stalin]', 'S H T Y K O V', '(A. Gromyko)', 'N° 5205', '19 October', '27.III.50 Shtykov',
  'Confirm receipt.', '[Attachment]', 'Attachment: draft telegram', '[handwritten:]', 'Greetings to the friends!', '1. Your request',
  // quotes and brackets
  '"', '“', '”', '"“', '”"', '[', ']', '[[', ']]', '[...]', '[…]', '[...[', '[Stamp:', '[stamp: Incoming Nº 1412/shs', '6 May 1950]',
  '[Stamp: SUBJECT TO RETURN', 'to the IV Unit OS VKP(b) CC', 'Incoming N° 254/3612/shs 19 October 1951]', 'Subject to return to the',
  '[Translator’s note: literally “[he] will”]', 'Sadov[in]', 'Parallel[1]', '[1] A footnote. – A. Translator.', 'x/ Pseudonym I.V. Stalin.',
  '[Source: Archive of the President]', 'Chapter 12 Title of the piece[1]', 'Printed from manuscript.',
  // footer
  'Deciphered by Fedyaev 1205 19 October', 'Printed by Kornushina 1250 19 October № 3007', 'Eight copies printed',
  'Verified: Section Chief Colonel', '[signature] (Makarov)', 'Deciphered by Karpov', 'at 1510 18 November', 'Typed by Kornyushina',
  'Nº 7602', 'Four copies made', 'copies NºNº 1-3 to Cde. Poskrebyshev', 'copy Nº 4 – to Cde. Molotov', '1 – to Cde. Stalin',
  'Verified by Shift Chief Sadov[in] 0410', 'sent in one copy from an original', 'Seven copies printed. Nº 7 to file',
  // separators, Chinese, Russian, long lines
  '---', '###', '——————', '* * * * *', '__________', '毛泽东', '彭高[1] :', '(一九五0年十月七日)', '〔2〕同意。', '十月七日', '军委',
  'Товарищу Сталину', LONG.repeat(5), `${LONG.repeat(3)}Deciphered by Fedyaev 1205 19 October Printed by X 1250 19 October`,
  `CABLE N° 1 from [BEIJING] received at 1135 19 October 1951 To Cde. Filippov. ${LONG.repeat(4)}"Cde. A. ${LONG}MAO ZEDONG 0530 18 October" [Stamp: Incoming N° 1 19 October 1951] Deciphered by X 1205 19 October`,
];

const joiners = ['\n', '\n', '\n\n', '\r\n', '\r', ' ', '', '  \n', '\t'];

const cableish = fc
  .array(fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), fc.constantFrom(...joiners)), { maxLength: 40 })
  .map(parts => parts.map(([f, j]) => f + j).join(''));

function readCables(dir: string): [string, string][] {
  const abs = path.join(repoRoot, dir);
  return fs.readdirSync(abs).filter(f => f.endsWith('.cable')).sort().map(f => [`${dir}/${f}`, fs.readFileSync(path.join(abs, f), 'utf8')]);
}

const corpus = [...readCables('samples'), ...readCables('test/fixtures/forms'), ...readCables('test/fixtures/faulty')];

type Mutation =
  | { op: 'delete'; a: number }
  | { op: 'duplicate'; a: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'cut'; a: number }
  | { op: 'insert'; a: number; s: string }
  | { op: 'crlf' }
  | { op: 'join'; a: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), a: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), a: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('cut' as const), a: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), a: fc.nat(), s: fc.constantFrom('"', '“', '”', '[', ']', '[Stamp: ', '\n', '\r', '"\n', ']\n[') }),
  fc.record({ op: fc.constant('crlf' as const) }),
  fc.record({ op: fc.constant('join' as const), a: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const at = (n: number, size: number) => (size === 0 ? 0 : n % size);
  switch (m.op) {
    case 'delete': lines.splice(at(m.a, lines.length), 1); return lines.join('\n');
    case 'duplicate': { const i = at(m.a, lines.length); lines.splice(i, 0, lines[i]); return lines.join('\n'); }
    case 'swap': { const i = at(m.a, lines.length); const j = at(m.b, lines.length); [lines[i], lines[j]] = [lines[j], lines[i]]; return lines.join('\n'); }
    case 'cut': return text.slice(0, at(m.a, text.length + 1));
    case 'insert': { const i = at(m.a, text.length + 1); return text.slice(0, i) + m.s + text.slice(i); }
    case 'crlf': return text.replace(/\r?\n/g, '\r\n');
    case 'join': { const i = at(m.a, Math.max(1, lines.length - 1)); if (lines.length > 1) lines.splice(i, 2, `${lines[i]} ${lines[i + 1]}`); return lines.join('\n'); }
  }
}

const mutatedFixture = fc
  .tuple(fc.nat({ max: corpus.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([i, ms]) => ms.reduce(mutate, corpus[i][1]));

// ---------------------------------------------------------------- the tests

async function holds(arb: fc.Arbitrary<string>, numRuns: number): Promise<void> {
  await fc.assert(fc.asyncProperty(arb, parseAndCheck), {
    seed: SEED,
    numRuns,
    includeErrorInReport: true,
    // A run that cannot finish its runs in time fails, so that a slow parser cannot pass by being cut short.
    plugins: [fc.interruptAfterTimeLimit(90_000, { failOnInterrupt: true })],
  });
}

after(async () => {
  const w = worker;
  worker = undefined;
  await w?.terminate();
});

describe('parseCable properties', () => {

  test('every fixture and sample parses into a well-formed tree', async () => {
    assert.ok(corpus.length >= 40, `only ${corpus.length} fixture cables found`);
    const problems: string[] = [];
    for (const [name, text] of corpus) {
      try {
        await parseAndCheck(text);
      } catch (e) {
        problems.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('a few fixed edge cases', async () => {
    for (const text of ['', '\n', '\r\n', '\r', ' ', '[', ']', '"', '“', '[Stamp:', '\n\n\n', 'x'.repeat(5000), '[Stamp: a\n\nb]', '\ud800', '\r\r\n\n']) {
      await parseAndCheck(text);
    }
  });

  test('arbitrary strings', () => holds(anyString, 6000));

  test('strings built from cable fragments', () => holds(cableish, 6000));

  test('damaged fixtures: lines deleted, duplicated, swapped, joined; cut; quotes and brackets inserted', () => holds(mutatedFixture, 3000));
});

/** Minimised counterexamples the properties found; each stays here as a regression case. */
const counterexamples: Record<string, string> = {
  'a title addressee with no colon (exponential backtracking)': 'TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR',
  'the same line after an envelope': 'MFA USSR\n\nMinistry of War USSR\n\nTop Secret\n\nSpecial no. 81/III\n\nTO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF T',
  'a routing time ending in "a.m."': 'Sent by wire on 10/21/50 at 02:40 a.m.\n',
  'a routing keyword with nothing after it': 'FROM:',
  'a distribution list heading after a footer line': 'Deciphered\n1to n\nDistribution list:',
  'a stamp in a preamble line': 'Chapter 1[Stamp\n:\nYour telegram of December 3 has been received. I agree that the armies which have',
  'an unclosed stamp before a source note (incoming number)': '[stamp:Incoming2\n[Source:]\n ',
  'an unclosed stamp before a source note (date)': '[Stamp:4.I.51\n[Source:]\nC',
  'a line of the same date, comma after comma (a year read as a clock too: exponential backtracking)': '18 October 1950, '.repeat(24),
  'the same in the US order': 'October 18, 1950, '.repeat(24),
  'a line of four-digit numbers (a clock after a clock read two ways: exponential backtracking)': '0530 1100 '.repeat(24) + 'sent.',
  'four-digit clocks with hours after them': '2300 hours, '.repeat(24) + 'x',
  'a line of capitals and spaces (a list of names read word by word, and letter by letter inside each)': 'COPY OF AN OUTGOING TELEGRAM        TOP SECRET\t!\n',
  'an unclosed stamp inside an inner telegram':
    'i transmit\nTo C\n[Stamp:\nOR\n.\nVComrade Kim Il Sung and tell him that his letter of 3 September has been receive',
};

describe('minimised counterexamples', () => {
  for (const [name, text] of Object.entries(counterexamples)) {
    test(name, () => parseAndCheck(text));
  }
});

// The checker must be able to fail: a broken tree is reported.
test('the checker rejects broken trees', () => {
  assert.throws(() => checkDocument('ab', { ...parseCable('ab'), text: 'a' }), Violation);
  const text = 'CABLE N° 1\nDeciphered by X 1205 19 October\n';
  const doc = parseCable(text);
  assert.throws(() => checkBlocks({ ...doc, blocks: doc.blocks.slice(1) }), Violation);
  assert.throws(() => checkLines({ ...doc, lines: doc.lines.slice(1) }), Violation);
  assert.throws(() => checkAllSpans(text, { x: { start: 0, end: text.length + 1 } }, 'x'), Violation);
  assert.throws(() => inside({ start: 0, end: 5 }, { start: 1, end: 5 }, 'x'), Violation);
});
