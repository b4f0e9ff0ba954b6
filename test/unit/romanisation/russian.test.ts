import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { russianSkeleton } from '../../../server/src/service/romanisation';
import { keysOf, shareAKey, systemOf } from './helpers';

describe('Russian names by system', () => {
  it('Vyshinsky in BGN/PCGN, the Library of Congress, English, German and Cyrillic reaches one key', () => {
    assert.ok(shareAKey(['Vyshinsky', 'Vyshinskii', 'Vyshinskiy', 'Vyshinskij', 'Wyschinski', 'Вышинский']));
    assert.ok(shareAKey(['Andrey Vyshinsky', 'Andrei Vyshinskii', 'Andrej Wyschinski', 'Андрей Вышинский']));
    assert.equal(systemOf('Wyschinski'), 'russian-german');
    assert.equal(systemOf('Вышинский'), 'russian-cyrillic');
  });

  it('Malenkov, Zhukov, Roshchin, Khrushchev in their usual forms', () => {
    assert.ok(shareAKey(['Malenkov', 'Malenkow', 'Маленков']));
    assert.ok(shareAKey(['Zhukov', 'Shukow', 'Schukow', 'Жуков']));
    assert.ok(shareAKey(['Roshchin', 'Roschin', 'Рощин']));
    assert.ok(shareAKey(['Yakov Malik', 'Iakov Malik', 'Jakow Malik', 'Яков Малик']));
  });

  it('keeps different names apart', () => {
    const pairs: [string, string][] = [['Vyshinsky', 'Vasilevsky'], ['Malenkov', 'Molotov'], ['Zhukov', 'Shtykov'], ['Roshchin', 'Rubleva']];
    for (const [a, b] of pairs) {
      const ka = new Set(keysOf(a));
      assert.deepEqual(keysOf(b).filter((k) => ka.has(k)), [], `${a} and ${b}`);
    }
  });

  it('reads the German sch and the English sh, zh as one sound, and w as v', () => {
    assert.equal(russianSkeleton('Schukow', 'russian-german'), russianSkeleton('Zhukov', 'russian-english'));
    assert.notEqual(russianSkeleton('Chruschtschow', 'russian-english'), russianSkeleton('Chruschtschow', 'russian-german'));
  });
});
