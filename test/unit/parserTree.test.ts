import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseCable } from '../../server/src/service/parser/parser';
import { inInnerTelegram, messagesAt, topMessages } from '../../server/src/service/parser/tree';

const text = [
  'To Cde. FILIPPOV [Stalin].',
  'I forward the following telegram of Mao Zedong:',
  '"Comrade Filippov. 1. We have decided to send our troops to Korea.',
  '"2. We ask you to send aviation. MAO ZEDONG 13 October"',
  'ROSHCHIN',
  '13.10.50',
].join('\n');

test('messagesAt: the cable\'s message, then the telegram it forwards, around an offset inside that telegram', () => {
  const doc = parseCable(text);
  const top = topMessages(doc);
  assert.equal(top.length, 1);
  const inner = top[0]!.telegrams[0]!;
  assert.ok(inner, 'the forwarded telegram is read');
  assert.deepEqual(messagesAt(top, text.indexOf('aviation')), [top[0], inner]);
  assert.deepEqual(messagesAt(top, text.indexOf('I forward')), [top[0]]);
  assert.deepEqual(messagesAt(top, text.length + 5), []);
});

test('inInnerTelegram: a name in the forwarded telegram is inside it; the forwarder\'s own words are not', () => {
  const doc = parseCable(text);
  const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  assert.equal(inInnerTelegram(doc, at('Korea')), true);
  assert.equal(inInnerTelegram(doc, at('I forward')), false);
  assert.equal(inInnerTelegram(doc, at('ROSHCHIN')), false);
});
