// The built-in gazetteer's Chinese characters read as the names they stand beside. A maintained
// hanzi → pinyin library (pinyin-pro, with its surname readings) reads every hanzi form of a Chinese
// person; the reading must be one of the entry's pinyin spellings. This catches a character that
// reads otherwise, or a misspelt pinyin in the data (it found `Lin Boju` for 林伯渠, Lin Boqu). Korean hanja are left
// out: read as Chinese they give Chinese sounds (朴 piao for Pak).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pinyin } from 'pinyin-pro';
import { validateGazetteer } from '../../server/src/service/gazetteer';
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
