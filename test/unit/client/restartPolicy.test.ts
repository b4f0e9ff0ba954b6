/** The client's restart policy, driven by a clock of its own: restarts, a cap, and one message each way. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy } from '../../../client/src/restartPolicy';

function policy(maxRestarts = 3, windowMs = 180_000) {
  let now = 0;
  const told: string[] = [];
  const p = new RestartPolicy({ maxRestarts, windowMs, tell: m => told.push(m), now: () => now });
  return { p, told, advance: (ms: number) => (now += ms) };
}

test('a crash restarts the server and says so once, however many crashes follow under the cap', () => {
  const { p, told, advance } = policy(3, 180_000);
  for (let i = 0; i < 10; i++) {
    assert.equal(p.serverClosed(), 'restart', `crash ${i + 1}`);
    advance(100_000); // never more than 2 crashes in 3 minutes
  }
  assert.equal(told.length, 1);
  assert.match(told[0]!, /restarted/);
});

test('more crashes than the cap within the window stop the server, with one message, and it stays stopped', () => {
  const { p, told, advance } = policy(3, 180_000);
  assert.deepEqual([p.serverClosed(), p.serverClosed(), p.serverClosed()], ['restart', 'restart', 'restart']);
  advance(1_000);
  assert.equal(p.serverClosed(), 'stop');
  assert.equal(told.length, 2);
  assert.match(told[1]!, /stopped 4 times in 3 minutes/);
  advance(3_600_000);
  assert.equal(p.serverClosed(), 'stop', 'a stopped server is not restarted later either');
  assert.equal(told.length, 2, 'no message in a loop');
});
