// The built-in gazetteer's Chinese characters read as the names they stand beside. A maintained
// hanzi → pinyin library (pinyin-pro, with its surname readings) reads every hanzi form of a Chinese
// person; the reading must be one of the entry's pinyin spellings. This catches a character that
// reads otherwise, or a misspelt pinyin in the data (it found `Lin Boju` for 林伯渠, Lin Boqu). Korean hanja are left
// out: read as Chinese they give Chinese sounds (朴 piao for Pak). Every name whose simplified and
// traditional spellings differ is listed in both, as editions print either: each of both resolves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pinyin } from 'pinyin-pro';
import { GazetteerManager, validateGazetteer } from '../../server/src/service/gazetteer';
import { analyzeEntities } from '../../server/src/service/entities';
import builtinJson from '../../data/gazetteer.json';

const entries = validateGazetteer(builtinJson).entries;

/** Letters only, no tones, ü as v: `Péng Déhuái` → `pengdehuai`. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ü/g, 'v').replace(/[^a-z]/g, '');
}

function hanziMismatches(list: typeof entries): string[] {
  const out: string[] = [];
  for (const e of list) {
    if (e.kind !== 'person' || e.system !== 'pinyin') continue;
    const spellings = new Set([e.canonical ?? '', ...(e.variants ?? []).filter(v => v.system === 'pinyin').map(v => v.form)].map(fold));
    for (const v of e.variants ?? []) {
      if (v.system !== 'hanzi') continue;
      const read = fold(pinyin(v.form, { toneType: 'none', surname: 'head', v: true }));
      if (!spellings.has(read) && !spellings.has(read.replace(/v/g, 'u'))) out.push(`${e.id}: ${v.form} reads ${read}, not one of ${[...spellings].join(', ')}`);
    }
  }
  return out;
}

test('every hanzi form of a Chinese person reads as one of the entry\u2019s pinyin spellings', () => {
  const checked = entries.filter(e => e.system === 'pinyin' && e.variants?.some(v => v.system === 'hanzi')).length;
  assert.ok(checked >= 100, `only ${checked} Chinese people with characters`);
  assert.deepEqual(hanziMismatches(entries), []);
});

test('the check finds a character that reads otherwise, or a misspelt pinyin (a homophone passes)', () => {
  const wrong = validateGazetteer({
    entries: [
      { id: 'a', kind: 'person', canonical: 'Lin Boju', system: 'pinyin', variants: [{ form: '林伯渠', system: 'hanzi' }], sources: ['s'] },
      { id: 'b', kind: 'person', canonical: 'Gao Gang', system: 'pinyin', variants: [{ form: '高港', system: 'hanzi' }], sources: ['s'] },
      { id: 'c', kind: 'person', canonical: 'Ni Zhiliang', system: 'pinyin', variants: [{ form: '倪志亮', system: 'hanzi' }], sources: ['s'] },
    ],
  }).entries;
  const found = hanziMismatches(wrong);
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^a: 林伯渠 reads linboqu/);
});

/** Simplified, traditional and the entry both name; one form when the two scripts agree. */
const bothScripts: ReadonlyArray<readonly [string, string, string]> = [
  ['邓华', '鄧華', 'deng_hua'],
  ['周恩来', '周恩來', 'zhou_enlai'],
  ['彭德怀', '彭德懷', 'peng_dehuai'],
  ['毛泽东', '毛澤東', 'mao'],
  ['刘少奇', '劉少奇', 'liu_shaoqi'],
  ['高岗', '高崗', 'gao_gang'],
  ['邓小平', '鄧小平', 'deng_xiaoping'],
  ['金日成', '金日成', 'kim_il_sung'],
  ['朴宪永', '朴憲永', 'pak_hon_yong'],
  ['许宪', '許憲', 'ho_hon'],
  ['沈阳', '瀋陽', 'shenyang'],
  ['安东', '安東', 'andong'], // the city's name in the cables' years (丹东 from 1965)
  ['旅顺', '旅順', 'port_arthur'],
  ['大连', '大連', 'dalian'],
  ['东北', '東北', 'manchuria'],
  ['开城', '開城', 'kaesong'],
  ['板门店', '板門店', 'panmunjom'],
  ['长春', '長春', 'changchun'],
  ['中国人民志愿军', '中國人民志願軍', 'cpv'],
  ['中央军委', '中央軍委', 'cmc'],
  ['第三十八军', '第三十八軍', 'cpv_38th_army'],
  ['总参谋部', '總參謀部', 'pla_general_staff'],
  ['中国共产党中央委员会', '中國共產黨中央委員會', 'ccp_cc'],
  ['军事停战委员会', '軍事停戰委員會', 'mac'],
  ['中华民国', '中華民國', 'roc'],
];

test('a Chinese name resolves in simplified and in traditional characters alike', () => {
  const gazetteer = new GazetteerManager().gazetteer;
  const failed: string[] = [];
  for (const [simplified, traditional, id] of bothScripts) {
    for (const form of new Set([simplified, traditional])) {
      const text = `${form}。`;
      const mention = analyzeEntities(text, gazetteer, { channels: [], brackets: [] }).mentions[0];
      if (mention?.name !== form || mention.resolution.best.entry.id !== id) failed.push(`${form}: ${mention ? `${mention.name} → ${mention.resolution.best.entry.id}` : 'nothing'}, not ${id}`);
    }
  }
  assert.deepEqual(failed, []);
});
