import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { romanisationKeys } from '../../../server/src/service/romanisation';
import { CHINESE_SYLLABLES } from '../../../server/src/service/romanisation/chineseSyllables';
import { chineseKeys, foldPinyin } from '../../../server/src/service/romanisation/chinese';
import { keysOf, shareAKey, systemOf } from './helpers';

const rows = CHINESE_SYLLABLES.trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/));
const row = (pinyin: string) => rows.find((r) => r[0] === pinyin);

describe('the Chinese syllable table', () => {
  it('holds the whole pinyin inventory, each syllable once', () => {
    const pinyin = rows.map((r) => r[0]);
    assert.ok(pinyin.length >= 400, `${pinyin.length} syllables`);
    assert.equal(new Set(pinyin).size, pinyin.length);
    for (const s of ['zhuang', 'chuai', 'nve', 'lve', 'jiong', 'shei', 'er', 'o', 'yo']) assert.ok(row(s), `no ${s}`);
  });

  it('gives the Wade–Giles of the published tables', () => {
    const cases: [string, string][] = [
      ['xiong', 'hsiung'], ['zhi', 'chih'], ['chi', "ch'ih"], ['ri', 'jih'], ['zi', 'tzu'], ['ci', "tz'u"], ['jue', 'chüeh'],
      ['guo', 'kuo'], ['ke', "k'o"], ['er', 'erh'], ['yan', 'yen'], ['you', 'yu'], ['yu', 'yü'], ['cong', "ts'ung"],
      ['rong', 'jung'], ['zhuo', 'cho'], ['lve', 'lüeh'], ['qu', "ch'ü"], ['xu', 'hsü'], ['gui', 'kuei'], ['jian', 'chien'],
    ];
    for (const [py, wg] of cases) assert.ok(row(py)![1]!.split('/').includes(wg), `${py}: ${row(py)![1]}, expected ${wg}`);
    assert.ok(row('si')![1]!.split('/').includes('ssu') && row('si')![1]!.split('/').includes('szu'));
  });

  it('gives the Palladius of the published tables', () => {
    const cases: [string, string][] = [
      ['zhong', 'чжун'], ['xiao', 'сяо'], ['jiang', 'цзян'], ['jian', 'цзянь'], ['ri', 'жи'], ['si', 'сы'], ['yue', 'юэ'],
      ['qian', 'цянь'], ['xu', 'сюй'], ['shui', 'шуй'], ['er', 'эр'], ['guo', 'го'], ['ze', 'цзэ'], ['jie', 'цзе'], ['liu', 'лю'],
    ];
    for (const [py, pal] of cases) assert.ok(row(py)![2]!.split('/').includes(pal), `${py}: ${row(py)![2]}, expected ${pal}`);
    assert.ok(row('peng')![2]!.split('/').includes('пын'), 'the older Пын for peng');
  });

  it('reads every syllable of every system back to its own pinyin syllable', () => {
    for (const [py, wg, pal] of rows) {
      const folded = `zh:${foldPinyin(py!)}`;
      for (const w of wg!.split('/')) assert.ok(chineseKeys([[w]], 'wade-giles').includes(folded), `wade-giles ${w} does not read ${py}`);
      for (const p of pal!.split('/')) assert.ok(chineseKeys([[p]], 'palladius-cyrillic').includes(folded), `palladius ${p} does not read ${py}`);
      assert.ok(chineseKeys([[py!]], 'pinyin').includes(folded), `pinyin ${py}`);
    }
  });
});

describe('Chinese names by system', () => {
  it('Mao Zedong in four systems and two scripts reaches one key', () => {
    assert.ok(shareAKey(['Mao Zedong', 'Mao Tse-tung', 'Mao Tsetung', 'Mao Tsze-dun', 'Mao Tszedun', 'Мао Цзэдун', 'Мао Цзэ-дун']));
    assert.equal(systemOf('Mao Zedong'), 'pinyin');
    assert.equal(systemOf('Mao Tse-tung'), 'wade-giles');
    assert.equal(systemOf('Mao Tsze-dun'), 'palladius');
    assert.equal(systemOf('Мао Цзэдун'), 'palladius-cyrillic');
  });

  it('Zhou Enlai, Chou En-lai, Chou En Lai, Chzhou Enlai', () => {
    assert.ok(shareAKey(['Zhou Enlai', 'Chou En-lai', 'Chou En Lai', 'Chzhou Enlai', 'Чжоу Эньлай']));
    assert.equal(systemOf('Chzhou Enlai'), 'palladius');
    assert.equal(systemOf('Chou En-lai'), 'wade-giles');
  });

  it('Peng Dehuai, P\'eng Te-huai, P’eng Teh-huai, Pyn Dehuai, Пэн Дэхуай', () => {
    assert.ok(shareAKey(['Peng Dehuai', "P'eng Te-huai", 'P’eng Teh-huai', 'Peng Tehuai', 'Pyn Dehuai', 'Pyn De-khuai', 'Пэн Дэхуай', 'Пын Дэ-хуай']));
  });

  it('Liu Shaoqi, Liu Shao-ch\'i, Lyu Shao-tsi; Zhu De, Chu Teh, Chzhu De; Gao Gang, Kao Kang, Gao Gan', () => {
    assert.ok(shareAKey(['Liu Shaoqi', "Liu Shao-ch'i", 'Liu Shao-chi', 'Lyu Shao-tsi', 'Лю Шао-ци']));
    assert.ok(shareAKey(['Zhu De', 'Chu Teh', 'Chu Te', 'Chzhu De', 'Чжу Дэ']));
    assert.ok(shareAKey(['Gao Gang', 'Kao Kang', 'Gao Gan', 'Гао Ган']));
  });

  it('Jiang Jieshi, Chiang Chieh-shih, Tszyan Tszeshi; Deng Xiaoping, Teng Hsiao-p\'ing, Dén Syaopin', () => {
    assert.ok(shareAKey(['Jiang Jieshi', 'Chiang Chieh-shih', 'Tszyan Tszeshi', 'Цзян Цзеши']));
    assert.ok(shareAKey(['Deng Xiaoping', "Teng Hsiao-p'ing", 'Teng Hsiao-ping', 'Den Syaopin', 'Дэн Сяопин']));
    assert.equal(systemOf("Teng Hsiao-p'ing"), 'wade-giles');
  });

  it('gives with each key the exact pinyin the spelling reads as', () => {
    const readings = (w: string, system: string) => romanisationKeys(w).find((k) => k.system === system)?.readings ?? [];
    assert.deepEqual(readings('Gao Kang', 'pinyin'), ['gao kang']);
    assert.ok(readings('Kao Kang', 'wade-giles').includes('gao gang'));
    assert.ok(readings('Gao Gan', 'palladius').includes('gao gang'));
    assert.ok(readings('Gao Gan', 'palladius').includes('gao gan'));
  });

  it('keeps different people apart', () => {
    const people = [['Zhou Enlai', 'Chou En-lai'], ['Zhu De', 'Chu Teh'], ['Peng Zhen', "P'eng Chen"], ['Peng Dehuai', "P'eng Te-huai"], ['Chen Yun', "Ch'en Yün"], ['Chen Yi', "Ch'en I"], ['Lin Biao', 'Lin Piao'], ['Li Kenong', "Li K'o-nung"]];
    for (let a = 0; a < people.length; a++) {
      for (let b = a + 1; b < people.length; b++) {
        const ka = new Set(people[a]!.flatMap(keysOf));
        const shared = people[b]!.flatMap(keysOf).filter((k) => ka.has(k));
        assert.deepEqual(shared, [], `${people[a]![0]} and ${people[b]![0]} share ${shared.join(', ')}`);
      }
    }
  });

  it('reads no Chinese key from words that are no syllables of any system', () => {
    for (const w of ['Comrade Stalin', 'The Soviet', 'Pyongyang Radio', 'Joseph Stalin']) {
      assert.deepEqual(romanisationKeys(w).filter((k) => k.key.startsWith('zh:')), [], w);
    }
  });
});
