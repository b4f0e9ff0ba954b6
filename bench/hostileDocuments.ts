/**
 * Hostile documents: texts built to find the superlinear corners of the parser, the date scanner,
 * the name recogniser and the providers — one very long line, a million short ones, binary, deep
 * nesting, long runs of one token. The LSP tier opens them at a tenth of their size
 * (test/lsp/hostile.test.ts); the `hostile` bench section opens them at full and double size and
 * reports the time to diagnostics and its growth.
 *
 *   for (const doc of hostileDocuments(0.1, samples)) client.open(`untitled:${doc.name}.cable`, doc.text);
 *
 * `scale` 1 gives the sizes of issue 11 (10 MB, a million lines, ...); every document is built in
 * linear time and deterministically (a fixed seed).
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRng } from './random';

export interface HostileDocument {
  /** A short name, usable in a uri. */
  readonly name: string;
  /** What the document is, for the report. */
  readonly label: string;
  readonly text: string;
  /** Also ask for the outline and the semantic tokens (the issue names these for some inputs). */
  readonly symbols?: boolean;
  readonly tokens?: boolean;
}

/** A seeded stream of floats in [0, 1), the bench's own generator. */
function rng(seed: number): () => number {
  return createRng(seed).next;
}

/** `unit` repeated until the text is at least `length` characters long, built in O(length). */
function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.max(1, Math.ceil(length / unit.length)));
}

/** Random characters of every class: controls and NUL, Latin-1..Arabic, lone surrogates, CJK, brackets, line breaks. */
function binary(seed: number, length: number): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const k = r();
    if (k < 0.3) out.push(String.fromCharCode(Math.floor(r() * 32)));
    else if (k < 0.45) out.push(String.fromCharCode(0x80 + Math.floor(r() * 0x780)));
    else if (k < 0.55) out.push(String.fromCharCode(0xd800 + Math.floor(r() * 0x800)));
    else if (k < 0.65) out.push('[]"“”\r\n'[Math.floor(r() * 7)]);
    else if (k < 0.75) out.push(String.fromCharCode(0x4e00 + Math.floor(r() * 0x5000)));
    else out.push(String.fromCharCode(0x20 + Math.floor(r() * 0x5f)));
  }
  return out.join('');
}

/** Lone surrogates spread through real cable text: high without low, low without high. */
function loneSurrogates(seed: string, length: number): string {
  const r = rng(11);
  const out: string[] = [];
  let n = 0;
  while (n < length) {
    for (const word of seed.split(' ')) {
      out.push(word);
      const k = r();
      out.push(k < 0.1 ? '\ud800' : k < 0.2 ? '\udc00' : k < 0.25 ? '\udbff\n' : ' ');
      n += word.length + 1;
    }
  }
  return out.join('');
}

/**
 * The documents of issue 11 §2 at `scale` (1 = full size). `samples` are the texts of the
 * repository's sample cables; the first is the seed cable used for "real cable text".
 */
export function hostileDocuments(scale: number, samples: readonly string[]): HostileDocument[] {
  const seed = samples[0];
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  const MB = 1_000_000;
  const flat = seed.replace(/\s+/g, ' ') + ' ';
  const digits = '1 2 3 19 October 1951 0530 18 October 14.V.50 10/21/50 02:40 a.m. 7 1205 3.9 18:46 ';
  const footer = 'Deciphered by Fedyaev 1205 19 October\nReceived 3.9 18:46\n19 October 1951\n';
  const dated = 'CABLE N° 25025\nfrom [BEIJING] received at 1135 19 October 1951\nCopy N° 2\nto Cde. FILIPPOV\nCde. FILIPPOV!\n';
  return [
    { name: 'long-line', label: `${(10 * scale).toFixed(1)} MB of cable text on one line`, text: repeatTo(flat, n(10 * MB)) },
    { name: 'million-lines', label: `${n(1_000_000)} short lines`, text: 'T\n757\nCde.\n[\n]\n"\nx\n'.repeat(Math.ceil(n(1_000_000) / 7)) },
    { name: 'nul', label: `${n(1 * MB)} NUL characters`, text: '\u0000'.repeat(n(1 * MB)) },
    { name: 'binary', label: `${n(1 * MB)} random characters (controls, surrogates, CJK, brackets)`, text: binary(5, n(1 * MB)) },
    { name: 'bom', label: 'a BOM before the seed, and BOMs inside', text: '\ufeff' + seed.replace(/\n\n/g, '\n\ufeff\n').repeat(n(100)) },
    { name: 'crlf', label: 'the seed with CRLF line ends, repeated', text: seed.replace(/\n/g, '\r\n').repeat(n(200)) },
    { name: 'lone-cr', label: 'the seed with lone CR line ends, repeated', text: seed.replace(/\n/g, '\r').repeat(n(200)) },
    { name: 'surrogates', label: 'cable text with lone surrogates', text: loneSurrogates(seed, n(1 * MB)) },
    { name: 'nested-brackets', label: `${n(100_000)} nested brackets and quotes`, text: '[“"('.repeat(n(25_000)) + '\n' + ')"”]'.repeat(n(25_000)) + '\n' },
    { name: 'honorifics', label: `${n(50_000)} honorifics in a row`, text: 'Comrade '.repeat(n(50_000)) + 'Stalin\n' },
    { name: 'digits-dates', label: `${(scale).toFixed(1)} MB of digits and dates`, text: repeatTo(digits, n(1 * MB)) },
    { name: 'closing-quotes', label: `${n(32_000)} lines of only ”`, text: '”\n'.repeat(n(32_000)) },
    { name: 'opening-quotes', label: `2 × ${n(16_000)} lines of opening quotes`, text: '“\n'.repeat(n(16_000)) + '"\n'.repeat(n(16_000)) },
    { name: 'footers', label: `${(200 * scale).toFixed(0)} KB of footer lines`, text: repeatTo(footer, n(200_000)), symbols: true },
    { name: 'mao', label: `${n(40_000)} lines of Mao Zedong`, text: 'Mao Zedong\n'.repeat(n(40_000)) },
    { name: 'one-line-brackets', label: `${n(50_000)} nested brackets on one line`, text: '['.repeat(n(50_000)) + ' x ' + ']'.repeat(n(50_000)) },
    { name: 'samples', label: `the samples × ${n(200)} in one file`, text: samples.join('\n').repeat(n(200)), symbols: true, tokens: true },
    // (a year read as a clock too let the parser's date-line patterns split this line in 2^n ways)
    { name: 'repeated-date', label: 'one date 24 times on a line, a comma after each', text: '18 October 1950, '.repeat(24) + '\n', symbols: true },
    // (year-less dates in one sentence each asked the text back to every date before it for a year)
    { name: 'yearless-dates', label: `a cable's header, then ${(800 * scale).toFixed(0)} KB of year-less dates on one line`, text: dated + repeatTo('0530 18 October ', n(800_000)) + '\n', symbols: true },
    // (four digits after a clock were a clock two ways, so a line of them that the date pattern then failed to end took 2^n tries)
    { name: 'four-digit-numbers', label: 'a line of four-digit numbers, 24 of them', text: dated + '0530 1100 '.repeat(12) + 'sent.\n', symbols: true },
    // (a citation's noun is not looked for before an earlier date of an earlier sentence: the words between are read once)
    { name: 'letters-between-citations', label: `two citations by date ${(400 * scale).toFixed(0)} KB of letters apart`, text: dated + 'your telegram of 5 October ' + 'x'.repeat(n(400_000)) + '. The 7 October telegram\n', symbols: true },
    { name: 'chinese-dates', label: `a cable's header, then ${n(100_000)} characters of Chinese dates on one line`, text: dated + repeatTo('十月七日', n(100_000)) + '\n', symbols: true },
  ];
}

/** The repository's sample cables, the seed first (the "real cable text" of the documents above). */
export function readSamples(repoRoot: string): string[] {
  const dir = path.join(repoRoot, 'samples');
  const names = fs.readdirSync(dir).filter(f => f.endsWith('.cable')).sort();
  const seed = names.find(n => n.startsWith('seed-')) ?? names[0]!;
  return [seed, ...names.filter(n => n !== seed)].map(n => fs.readFileSync(path.join(dir, n), 'utf8'));
}
