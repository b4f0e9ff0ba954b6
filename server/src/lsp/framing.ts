/**
 * A guard in front of the JSON-RPC reader on stdio. The reader of vscode-jsonrpc trusts each
 * message's `Content-Length` header: a message without one, with a negative one or with one too
 * small leaves it waiting for a header that never comes, and the server stays alive but deaf.
 * The guard reads the frames itself and passes on only well-formed ones; when a frame is damaged it
 * logs it once and skips ahead to the next `Content-Length:` header, so the next good message is
 * answered.
 *
 *   const input = process.stdin.pipe(new FramingGuard(message => log(message)));
 *
 * What it cannot tell from the bytes it leaves to the reader: a body that is not JSON is passed on,
 * and the reader reports it and goes on.
 */
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = Buffer.from('Content-Length:', 'ascii');
/** A header block longer than this is not one: skip to the next `Content-Length:`. */
const MAX_HEADER_BYTES = 8 * 1024;

export class FramingGuard extends Transform {
  /** Bytes received and not yet passed on; joined only when a header or a whole body is read, so a large body is copied once. */
  private chunks: Buffer[] = [];
  private size = 0;
  /** The body length being waited for, or -1 while reading a header. */
  private expected = -1;
  /** How many bytes of the partial body have been searched for a following header. */
  private searched = 0;

  constructor(private readonly log: (message: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (;;) {
      const progressed = this.expected < 0 ? this.readHeader() : this.readBody();
      if (!progressed) break;
    }
    done();
  }

  private joined(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private keep(rest: Buffer): void {
    this.chunks = rest.length ? [rest] : [];
    this.size = rest.length;
  }

  /** Reads one header block; false when more bytes are needed. */
  private readHeader(): boolean {
    if (this.size === 0) return false;
    const buffer = this.joined();
    const end = buffer.indexOf(HEADER_END);
    if (end < 0) {
      if (buffer.length <= MAX_HEADER_BYTES) return false;
      this.skip(buffer, 'a header without an end');
      return true;
    }
    const length = contentLength(buffer.subarray(0, end).toString('latin1'));
    if (length === undefined) {
      this.skip(buffer, `a damaged header ${JSON.stringify(buffer.subarray(0, Math.min(end, 80)).toString('latin1'))}`);
      return true;
    }
    this.keep(buffer.subarray(end + HEADER_END.length));
    this.expected = length;
    this.searched = 0;
    return true;
  }

  /** Passes on one body when it is complete; false when more bytes are needed. */
  private readBody(): boolean {
    // A raw `Content-Length: N` line inside a body cannot be JSON (it would sit outside any string,
    // or inside one before a raw line break): the length given was too large, and a new message starts there.
    const next = this.headerInBody();
    if (next >= 0) {
      this.log(`cable: a message's Content-Length (${this.expected}) ran past the start of the next message; skipped to it`);
      this.keep(this.joined().subarray(next));
      this.expected = -1;
      return true;
    }
    if (this.size < this.expected) return false;
    const buffer = this.joined();
    const body = buffer.subarray(0, this.expected);
    this.keep(buffer.subarray(this.expected));
    this.expected = -1;
    this.push(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    return true;
  }

  /** The offset of a `Content-Length:` header line within the expected body's bytes received so far, or -1; each byte is searched once. */
  private headerInBody(): number {
    const limit = Math.min(this.size, this.expected);
    if (limit <= this.searched) return -1;
    // search the new bytes, with a margin for a header cut between two chunks
    const from = Math.max(0, this.searched - 40);
    this.searched = limit;
    const region = this.bytesFrom(from);
    const base = from;
    for (let at = region.indexOf(CONTENT_LENGTH); at >= 0 && base + at < limit; at = region.indexOf(CONTENT_LENGTH, at + 1)) {
      if (/^Content-Length:[ \t]*\d+\r\n/.test(region.subarray(at, at + 40).toString('latin1'))) return base + at;
    }
    return -1;
  }

  /** The bytes received from offset `from` on, copying only the chunks that hold them. */
  private bytesFrom(from: number): Buffer {
    const parts: Buffer[] = [];
    let end = this.size;
    for (let i = this.chunks.length - 1; i >= 0 && end > from; i--) {
      const chunk = this.chunks[i]!;
      const start = end - chunk.length;
      parts.unshift(start >= from ? chunk : chunk.subarray(from - start));
      end = start;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /** Drops bytes up to the next `Content-Length:` after the first byte (or all of them), and says why. */
  private skip(buffer: Buffer, why: string): void {
    const next = buffer.indexOf(CONTENT_LENGTH, 1);
    this.log(`cable: ignored ${why} on the input; ${next < 0 ? 'waiting for the next message' : 'skipped to the next message'}`);
    this.keep(next < 0 ? Buffer.alloc(0) : buffer.subarray(next));
  }
}

/** The Content-Length of a header block when every line is a header and the length a whole number; undefined otherwise. */
export function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const m = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/.exec(line);
    if (!m) return undefined;
    if (m[1]!.toLowerCase() !== 'content-length') continue;
    if (!/^\d{1,10}$/.test(m[2]!.trim())) return undefined;
    length = Number(m[2]!.trim());
  }
  return length;
}
