import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { romanisationKeys } from '../../../server/src/service/romanisation';
import { hangulKey, koreanSurnames } from '../../../server/src/service/romanisation/korean';
import { keysOf, shareAKey, systemOf } from './helpers';

describe('Korean names by system', () => {
  it('Kim Il Sung in MR, RR, the DPRK system, Russian and hangul reaches one key', () => {
    assert.ok(shareAKey(['Kim Il Sung', 'Kim Il-sŏng', 'Kim Ilsŏng', 'Kim Il-song', 'Gim Il-seong', 'Kim Ir Sen', 'Ким Ир Сен', '김일성']));
    assert.equal(systemOf('Kim Il-sŏng'), 'mccune-reischauer');
    assert.equal(systemOf('Gim Il-seong'), 'revised-romanization');
    assert.equal(systemOf('Kim Ir Sen'), 'korean-russian');
    assert.equal(systemOf('김일성'), 'hangul');
  });

  it('Pak Hon Yong, Pak Hŏn-yŏng, Bak Heon-yeong, Park Hon-yong, Pak Hen En, Pak Khen En', () => {
    assert.ok(shareAKey(['Pak Hon Yong', 'Pak Hŏn-yŏng', 'Bak Heon-yeong', 'Park Hon-yong', 'Pak Hen En', 'Pak Khen En', 'Пак Хен Ен', '박헌영']));
    assert.equal(systemOf('Pak Khen En'), 'korean-russian');
  });

  it('Choe Yong-gon, Ch\'oe Yong-gŏn, Choi Yong-kun, Tsoi En Gen; Ri Sung Yop and Yi Sŭng-yŏp', () => {
    assert.ok(shareAKey(["Ch'oe Yong-gŏn", 'Choe Yonggeon', 'Choi Yong-kun', 'Tsoi En Gen', '최용건']));
    assert.ok(shareAKey(['Ri Sung Yop', 'Yi Sŭng-yŏp', 'Lee Seung-yeop', 'Li Syn Yop', 'Ли Сын Ёп', '이승엽']));
    assert.equal(systemOf('Ri Sung Yop'), 'dprk');
  });

  it('knows the usual surname spellings', () => {
    for (const s of ['Kim', 'Gim']) assert.deepEqual(koreanSurnames(s), ['김'], s);
    for (const s of ['Pak', 'Park', 'Bak']) assert.deepEqual(koreanSurnames(s), ['박'], s);
    for (const s of ['Ri', 'Li', 'Lee', 'Yi', 'Rhee']) assert.deepEqual(koreanSurnames(s), ['이'], s);
    for (const s of ['Choe', "Ch'oe", 'Choi', 'Tsoi']) assert.deepEqual(koreanSurnames(s), ['최'], s);
    for (const s of ['Chong', 'Chŏng', 'Jeong', 'Chung']) assert.ok(koreanSurnames(s).includes('정'), s);
    assert.deepEqual(koreanSurnames('Stalin'), []);
  });

  it('keeps different people apart', () => {
    const people = [['Kim Il Sung', 'Kim Ir Sen'], ['Kim Chaek', "Kim Ch'aek"], ['Kim Tu-bong', 'Kim Du-bong'], ['Pak Hon-yong', 'Pak Hen En'], ['Pak Il-u', 'Bak Ilu'], ['Nam Il', 'Nam Ir']];
    for (let a = 0; a < people.length; a++) {
      for (let b = a + 1; b < people.length; b++) {
        const ka = new Set(people[a]!.flatMap(keysOf));
        const shared = people[b]!.flatMap(keysOf).filter((k) => ka.has(k));
        assert.deepEqual(shared, [], `${people[a]![0]} and ${people[b]![0]} share ${shared.join(', ')}`);
      }
    }
  });

  it('reads a Korean key only after a known surname, and never from a surname alone', () => {
    assert.deepEqual(romanisationKeys('Seoul Radio').filter((k) => k.key.startsWith('ko:')), []);
    assert.deepEqual(romanisationKeys('Kim').filter((k) => k.key.startsWith('ko:')), []);
    assert.equal(hangulKey('김'), undefined);
  });
});
