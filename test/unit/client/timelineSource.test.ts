// Refreshing the timeline: one request at a time, coalesced refreshes, bounded polling while the
// server is still indexing, listeners told only of changes. Timers and the request are fakes.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { TimelineResult } from '../../../protocol/src/protocol';
import { TimelineSource } from '../../../client/src/timeline/timelineSource';
import { cable, timeline } from './fixture';

/** A server whose answers the test releases one at a time. */
class FakeServer {
  readonly pending: Array<{ resolve: (v: unknown) => void; reject: (e: unknown) => void }> = [];
  requests = 0;
  fetch = (): Promise<unknown> => {
    this.requests++;
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  };
  async answer(value: unknown): Promise<void> {
    const next = this.pending.shift();
    assert.ok(next, 'a request is waiting for an answer');
    next.resolve(value);
    await settle();
  }
  async fail(error: unknown): Promise<void> {
    this.pending.shift()!.reject(error);
    await settle();
  }
}

/** Timers the test fires by hand. */
class FakeTimers {
  readonly scheduled: Array<{ callback: () => void; ms: number; cleared: boolean }> = [];
  setTimer = (callback: () => void, ms: number) => {
    const t = { callback, ms, cleared: false };
    this.scheduled.push(t);
    return t;
  };
  clearTimer = (handle: unknown) => {
    (handle as { cleared: boolean }).cleared = true;
  };
  get live() {
    return this.scheduled.filter(t => !t.cleared);
  }
  fireNext(): void {
    const t = this.live[0];
    assert.ok(t, 'a timer is scheduled');
    t.cleared = true;
    t.callback();
  }
}

function settle(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve));
}

function setup(maxPolls = 4) {
  const server = new FakeServer();
  const timers = new FakeTimers();
  const errors: unknown[] = [];
  const source = new TimelineSource({
    fetch: server.fetch,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    pollDelays: [100, 200, 400],
    maxPolls,
    onError: e => errors.push(e),
  });
  const seen: TimelineResult[] = [];
  source.onDidChange(r => seen.push(r));
  return { server, timers, source, seen, errors };
}

const one = timeline([cable('a', { date: '1950-10-03' })]);
const two = timeline([cable('a', { date: '1950-10-03' }), cable('b', { date: '1950-10-05' })]);

test('a refresh asks the server and tells the listeners; the same answer again tells no one', async () => {
  const { server, source, seen, timers } = setup();
  void source.refresh();
  await server.answer(one);
  assert.deepEqual(seen, [one]);
  assert.deepEqual(source.current, one);
  void source.refresh();
  await server.answer(one);
  assert.equal(seen.length, 1);
  void source.refresh();
  await server.answer(two);
  assert.deepEqual(seen, [one, two]);
  assert.equal(timers.scheduled.length, 0, 'complete answers schedule nothing');
});

test('refreshes during a request make one more request after it, not one each', async () => {
  const { server, source, seen } = setup();
  void source.refresh();
  void source.refresh();
  void source.refresh();
  assert.equal(server.requests, 1);
  await server.answer(one);
  assert.equal(server.requests, 2);
  await server.answer(two);
  assert.equal(server.requests, 2);
  assert.deepEqual(seen, [one, two]);
});

test('while the index is incomplete it asks again after growing delays, at most maxPolls times', async () => {
  const { server, source, timers, seen } = setup(4);
  const partial = (n: number) => timeline([cable(`c${n}`)], [], false);
  void source.refresh();
  await server.answer(partial(0));
  for (let n = 1; n <= 4; n++) {
    assert.equal(timers.live.length, 1, `poll ${n} is scheduled`);
    timers.fireNext();
    assert.equal(server.requests, n + 1);
    await server.answer(partial(n));
  }
  assert.deepEqual(timers.scheduled.map(t => t.ms), [100, 200, 400, 400]);
  assert.equal(timers.live.length, 0, 'no fifth poll');
  assert.equal(source.polling, false);
  assert.equal(seen.length, 5);
  // A refresh (the server's corpusChanged, or the user) starts the count again.
  void source.refresh();
  await server.answer(partial(5));
  assert.equal(timers.live.length, 1);
});

test('a complete answer ends the polling, and a refresh replaces a scheduled poll', async () => {
  const { server, source, timers } = setup();
  void source.refresh();
  await server.answer(timeline([], [], false));
  assert.equal(source.polling, true);
  void source.refresh();
  assert.equal(timers.live.length, 0, 'the scheduled poll was cancelled');
  await server.answer(one);
  assert.equal(source.polling, false);
  assert.equal(server.requests, 2);
});

test('a failed request is reported, keeps the last answer and schedules nothing', async () => {
  const { server, source, timers, errors, seen } = setup();
  void source.refresh();
  await server.answer(one);
  void source.refresh();
  await server.fail(new Error('boom'));
  assert.equal(errors.length, 1);
  assert.deepEqual(source.current, one);
  assert.equal(seen.length, 1);
  assert.equal(timers.scheduled.length, 0);
});

test('a server that cannot answer (undefined) changes nothing', async () => {
  const { server, source, timers, seen } = setup();
  void source.refresh();
  await server.answer(undefined);
  assert.equal(source.current, undefined);
  assert.equal(seen.length, 0);
  assert.equal(timers.scheduled.length, 0);
});

test('after dispose, answers are ignored and no poll runs', async () => {
  const { server, source, timers, seen } = setup();
  void source.refresh();
  await server.answer(timeline([], [], false));
  void source.refresh();
  source.dispose();
  await server.answer(one);
  assert.equal(seen.length, 1);
  assert.equal(timers.live.length, 0);
  void source.refresh();
  assert.equal(server.requests, 2);
});
