/**
 * How the Node server writes its messages as JSON on stdio: as `JSON.stringify` writes them, except
 * that an answer holding a `LocationList` (Find All References) is written straight from the list's
 * arrays into one buffer. Made as objects, a person named in every file of a 10,000-cable folder
 * is 25,000 locations and 125,000 objects, then a 4 MB string, then a 4 MB buffer; written from the
 * list, it is the buffer alone, byte for byte the same (docs/benchmarks.md, "References written
 * from the index's list").
 *
 * Every other transport serialises with `JSON.stringify`, which reads the list through its
 * `toJSON`, so the answer is the same whichever way the client started the server.
 */
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';
import { LocationList } from '../service/locationList';

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
const CHARACTER = ascii(',"character":');
const END_OPEN = ascii('},"end":{"line":');
const LOCATION_CLOSE = ascii('}}}');
/** The longest a number of a range can be written: 2^31 − 1 has ten digits (LSP's positions are uintegers). */
const MAX_DIGITS = 10;
/** A location's bytes past its run's opening (`{"uri":"…","range":{"start":{"line":`), at most, with the comma after it. */
const REST_BYTES = 2 * CHARACTER.length + END_OPEN.length + LOCATION_CLOSE.length + 4 * MAX_DIGITS + 1;

/** The stdio writer's encoder (`StreamMessageWriter`'s `contentTypeEncoder`). */
export const jsonAnswers: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message: Message, options: ContentTypeEncoderOptions) => Promise.resolve(encodeMessage(message, options.charset)),
};

/** A message as the bytes of its JSON in `charset`. */
export function encodeMessage(message: Message, charset: BufferEncoding | string = 'utf-8'): Uint8Array {
  const result = (message as { result?: unknown }).result;
  if (result instanceof LocationList && isUtf8(charset)) {
    const written = writeLocations(result);
    if (written) return withResult(message, written);
  }
  return Buffer.from(JSON.stringify(message, undefined, 0), charset as BufferEncoding);
}

function isUtf8(charset: string): boolean {
  return charset === 'utf-8' || charset === 'utf8';
}

/** The message with `written` as the JSON of its `result`, its other members as `JSON.stringify` writes them, in their order. */
function withResult(message: Message, written: Buffer): Buffer {
  const parts: Buffer[] = [];
  let text = '{';
  for (const [key, value] of Object.entries(message)) {
    if (value === undefined) continue;
    if (text.length > 1 || parts.length) text += ',';
    text += `${JSON.stringify(key)}:`;
    if (key === 'result') {
      parts.push(Buffer.from(text, 'utf8'), written);
      text = '';
    } else {
      text += JSON.stringify(value);
    }
  }
  parts.push(Buffer.from(`${text}}`, 'utf8'));
  return Buffer.concat(parts);
}

/**
 * The JSON of the list's locations, as `JSON.stringify(list.toArray())` writes it; undefined when a
 * number of a range is not a whole number from 0 to 2^31 − 1 (never from the index; such a list goes
 * the slow way, through `toJSON`, and is written as `JSON.stringify` would).
 */
export function writeLocations(list: LocationList): Buffer | undefined {
  const runs = [...list.runs()];
  // Each location of a run opens with the same bytes: the run's uri and the keys before the first number.
  const openings = runs.map(run => Buffer.from(`{"uri":${JSON.stringify(run.uri)},"range":{"start":{"line":`, 'utf8'));
  let size = 2;
  for (let r = 0; r < runs.length; r++) size += (runs[r]!.to - runs[r]!.from) * (openings[r]!.length + REST_BYTES);
  const out = Buffer.allocUnsafe(size);
  out[0] = 0x5b; // [
  let at = 1;
  for (let r = 0; r < runs.length && at >= 0; r++) at = writeRun(out, at, list, runs[r]!.from, runs[r]!.to, openings[r]!);
  if (at < 0) return undefined;
  out[at] = 0x5d; // ]
  return out.subarray(0, at + 1);
}

/**
 * Locations [from, to) of the list, all in one file, each after its `opening`: where the bytes end, or −1.
 * A function of its own, called once a file, so that V8 optimises it as a whole early, as it does a small
 * function called often, rather than replacing one long loop while it runs.
 */
function writeRun(out: Buffer, at: number, list: LocationList, from: number, to: number, opening: Buffer): number {
  for (let i = from; i < to && at >= 0; i++) {
    if (i > 0) out[at++] = 0x2c; // ,
    // the opening is long enough (the uri) for one native copy to beat a loop
    out.set(opening, at);
    at = putNumber(out, at + opening.length, list.numberAt(i, 0));
    at = put(out, at, CHARACTER);
    at = putNumber(out, at, list.numberAt(i, 1));
    at = put(out, at, END_OPEN);
    at = putNumber(out, at, list.numberAt(i, 2));
    at = put(out, at, CHARACTER);
    at = putNumber(out, at, list.numberAt(i, 3));
    at = put(out, at, LOCATION_CLOSE);
  }
  return at;
}

/** Copies `bytes` to `out` at `at` (a loop: the pieces are a few dozen bytes, shorter than a call to `copy` pays for). */
function put(out: Buffer, at: number, bytes: Buffer): number {
  if (at < 0) return at;
  for (let k = 0; k < bytes.length; k++) out[at + k] = bytes[k]!;
  return at + bytes.length;
}

/** Writes a whole number from 0 to 2^31 − 1 in decimal; −1 for anything else. */
function putNumber(out: Buffer, at: number, n: number): number {
  if (at < 0 || !(n >= 0 && n <= 0x7fffffff) || n !== Math.floor(n)) return -1;
  // in 32-bit integers from here: the division and remainder of doubles cost several times more
  let v = n | 0;
  let digits = 1;
  for (let d = v; d >= 10; d = (d / 10) | 0) digits++;
  let k = at + digits;
  do {
    const q = (v / 10) | 0;
    out[--k] = 0x30 + v - 10 * q;
    v = q;
  } while (v > 0);
  return at + digits;
}
