// The service cannot import protocol/ (it imports only its own modules), so it mirrors the shapes of
// `cable/timeline`; the compiler checks here that each side's value fits the other's type.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CorpusTimeline, TimelineEdge, TimelineEntry } from '../../server/src/service/features/timeline';
import type { TimelineCable, TimelineLink, TimelineResult } from '../../protocol/src/protocol';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const cableShape: Same<TimelineEntry, TimelineCable> = true;
const linkShape: Same<TimelineEdge, TimelineLink> = true;
const resultShape: Same<CorpusTimeline, TimelineResult> = true;

test('the service’s timeline shapes are the protocol’s', () => {
  assert.deepEqual([cableShape, linkShape, resultShape], [true, true, true]);
});
