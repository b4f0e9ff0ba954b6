// The stdio framing guard on its own: well-formed frames pass unchanged whatever the chunking; a
// damaged header or a wrong length is logged and skipped up to the next message.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { FramingGuard, contentLength } from '../../server/src/lsp/framing';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const good = [JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'a' }), JSON.stringify({ jsonrpc: '2.0', method: 'b', params: { t: 'Mao Zedong 毛泽东 \r\n' } })];

/** The bodies the guard passes on for `input`, fed in chunks of `size` bytes; and what it logged. */
async function run(input: string, size = Infinity): Promise<{ bodies: string[]; logged: string[] }> {
  const logged: string[] = [];
  const guard = new FramingGuard(m => logged.push(m));
  const out: Buffer[] = [];
  guard.on('data', (c: Buffer) => out.push(c));
  const bytes = Buffer.from(input, 'utf8');
  for (let i = 0; i < bytes.length; i += Math.min(size, bytes.length)) guard.write(bytes.subarray(i, i + size));
  guard.end();
  await new Promise(resolve => guard.on('end', resolve));
  const bodies: string[] = [];
  let rest = Buffer.concat(out);
  while (rest.length) {
    const end = rest.indexOf('\r\n\r\n');
    const length = contentLength(rest.subarray(0, end).toString('latin1'))!;
    bodies.push(rest.subarray(end + 4, end + 4 + length).toString('utf8'));
    rest = rest.subarray(end + 4 + length);
  }
  return { bodies, logged };
}

test('well-formed frames pass unchanged, in one chunk or byte by byte', async () => {
  for (const size of [Infinity, 1, 7]) {
    const { bodies, logged } = await run(good.map(frame).join(''), size);
    assert.deepEqual(bodies, good, `chunks of ${size}`);
    assert.deepEqual(logged, []);
  }
});

test('damaged frames are logged and skipped; the next message passes', async () => {
  const damaged = [
    'Content-Type: text/plain\r\n\r\n{}',
    'Content-Length: -5\r\n\r\n{}',
    'Content-Length: x\r\n\r\n{}',
    'garbage\r\n',
    `Content-Length: 4000\r\n\r\n${good[0]}`,
  ];
  for (const bad of damaged) {
    for (const size of [Infinity, 3]) {
      const { bodies, logged } = await run(bad + frame(good[1]!), size);
      assert.equal(bodies.at(-1), good[1], `${JSON.stringify(bad)} in chunks of ${size}: ${JSON.stringify(bodies)}`);
      assert.ok(logged.length >= 1, `${JSON.stringify(bad)}: not logged`);
    }
  }
});

test('a length too small passes a cut body (the reader reports it) and the next message after it', async () => {
  const { bodies, logged } = await run(`Content-Length: 5\r\n\r\n${good[0]}` + frame(good[1]!));
  assert.deepEqual(bodies, [good[0]!.slice(0, 5), good[1]]);
  assert.equal(logged.length, 1);
});

test('contentLength: every line a header, the length a whole number', () => {
  assert.equal(contentLength('Content-Length: 12'), 12);
  assert.equal(contentLength('content-length:3\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8'), 3);
  assert.equal(contentLength('Content-Type: x'), undefined);
  assert.equal(contentLength('Content-Length: 1.5'), undefined);
  assert.equal(contentLength('}Content-Length: 5'), undefined);
});
