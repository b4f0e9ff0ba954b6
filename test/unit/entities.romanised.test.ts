// Names spelt by system: correct spellings that the gazetteer does not list resolve by their
// romanisation keys, say which system spells them, and draw no warning.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GazetteerManager } from '../../server/src/service/gazetteer';
import { analyzeEntities, entityIndexFor, getEntityHover, type EntityAnalysis } from '../../server/src/service/entities';
import { romanisedIndexFor } from '../../server/src/service/entities/romanised';
import { allRules, analyzeDocument, defaultSettings, runRules } from '../../server/src/service/analysis';

const gazetteer = new GazetteerManager().gazetteer;

function analyze(text: string): EntityAnalysis {
  return analyzeEntities(text, gazetteer, { channels: [], brackets: [] });
}

/** Is the spelling listed (as the tokenizer reads it: hyphens and spaces alike)? These tests are about spellings the gazetteer does not hold. */
function listed(spelling: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ');
  return gazetteer.entries.some((e) => [e.canonical, ...(e.variants ?? []).map((v) => v.form)].some((f) => fold(f) === fold(spelling)));
}

function repoFile(...parts: string[]): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, ...parts);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.join(process.cwd(), ...parts);
  }
}

describe('names spelt by system', () => {
  const cases: [string, string, string][] = [
    ["Hsieh Fang", 'xie_fang', 'wade-giles'],
    ['Hsieh Fang', 'xie_fang', 'wade-giles'],
    ["Wu Hsiu-ch'üan", 'wu_xiuquan', 'wade-giles'],
    ['Chzhou Enlai', 'zhou_enlai', 'palladius'],
    ['Pyn Dehuai', 'peng_dehuai', 'palladius'],
    ['Lyu Shao-tsi', 'liu_shaoqi', 'palladius'],
    ['Chzhu De', 'zhu_de', 'palladius'],
    ['Tszyan Tszeshi', 'chiang_kai_shek', 'palladius'],
    ['Чжоу Эньлай', 'zhou_enlai', 'palladius-cyrillic'],
    ['Pak Hen En', 'pak_hon_yong', 'korean-russian'],
    ['Pak Khen En', 'pak_hon_yong', 'korean-russian'],
    ["Kim Ch'ang-man", 'kim_chang_man', 'mccune-reischauer'],
    ['Gim Il-seong', 'kim_il_sung', 'revised-romanization'],
    ['Andrei Wyschinski', 'vyshinsky', 'russian-german'],
  ];
  for (const [written, id, system] of cases) {
    it(`${written} is ${id}, in ${system}`, () => {
      assert.ok(!listed(written), `${written} is listed in the gazetteer: the case tests nothing`);
      const a = analyze(`Report from ${written} on the talks.`);
      const m = a.mentions.find((x) => x.name === written);
      assert.ok(m, `no mention of ${written}: ${a.mentions.map((x) => x.name).join(', ')}`);
      assert.equal(m.resolution.best.entry.id, id);
      assert.equal(m.resolution.best.spelledBy, system);
      assert.equal(a.text.slice(m.span.start, m.span.end), written);
      assert.deepEqual(a.nearMisses, []);
    });
  }

  it('reads Mao Tsze-dun whole, though Mao alone is listed', () => {
    assert.ok(!listed('Mao Tsze-dun'));
    const a = analyze('Telegram of Mao Tsze-dun to the Central Committee.');
    assert.deepEqual(a.mentions.map((m) => [m.name, m.resolution.best.entry.id, m.resolution.best.spelledBy]), [['Mao Tsze-dun', 'mao', 'palladius']]);
  });

  it('reads a name over a line break and before a possessive', () => {
    const a = analyze('Comrade Pak Hen\nEn reported. Chzhou Enlai’s answer follows.');
    assert.deepEqual(
      a.mentions.map((m) => [m.name, m.resolution.best.entry.id, m.possessive]),
      [
        ['Pak Hen En', 'pak_hon_yong', false],
        ['Chzhou Enlai', 'zhou_enlai', true],
      ],
    );
    assert.ok(a.mentions[0]!.honorific, 'Comrade is the honorific of Pak Hen En');
  });

  it('resolves no bare surname, no mix of two people, no English phrase', () => {
    const text = [
      'Li said that Kim and Wang had seen Peng and Zhou.',
      'Chou Teh and Kim Il will come; Pak Chaek stays.',
      'He Said the Long Men were in New York. The Tea Party and Hen En Masse.',
      'Kim Il Sung Park is a street.',
    ].join('\n');
    const a = analyze(text);
    const bySystem = a.mentions.filter((m) => m.resolution.best.spelledBy);
    assert.deepEqual(bySystem.map((m) => m.name), []);
  });

  it('takes pinyin at its word: Gao Kang is no pinyin of Gao Gang, though Kao Kang and Gao Gan are its Wade–Giles and Palladius', () => {
    const a = analyze('Gao Kang arrived. Kao Kang arrived. Gao Gan arrived.');
    assert.deepEqual(
      a.mentions.map((m) => [m.name, m.resolution.best.entry.id]),
      [
        ['Kao Kang', 'gao_gang'],
        ['Gao Gan', 'gao_gang'],
      ],
    );
    // left to the spelling checks, which take it for a slip of one of Gao Gang's listed forms
    assert.deepEqual(a.nearMisses.map((n) => [n.written, n.entries.map((e) => e.id)]), [['Gao Kang', ['gao_gang']]]);
  });

  it('holds only keys of two words or more, each naming one entry', () => {
    const r = romanisedIndexFor(entityIndexFor(gazetteer));
    assert.ok(r.size > 200, `only ${r.size} keys`);
    assert.equal(r.lookup('Kim'), undefined);
    assert.equal(r.lookup('Zhou'), undefined);
    assert.equal(r.lookup('Chou En-lai')?.targets[0]?.entry.id, 'zhou_enlai');
  });

  it('says in the hover which system spells the name', () => {
    const a = analyze("Report from Ch'ai Ch'eng-wen on the talks.");
    const h = getEntityHover(a, a.text.indexOf('Ch\'ai') + 2);
    assert.ok(h, 'a hover');
    assert.match(h.markdown, /\*\*Chai Chengwen\*\*/);
    assert.match(h.markdown, /Wade–Giles; not a listed spelling, read by its system/);
  });

  it('draws no diagnostic on the fixture of unseen but correct spellings', () => {
    const text = fs.readFileSync(repoFile('test', 'fixtures', 'forms', '49-spellings-by-system.cable'), 'utf8');
    const analysis = analyzeDocument(text, gazetteer, defaultSettings);
    const resolved = analysis.entities.mentions.filter((m) => m.resolution.best.spelledBy).map((m) => m.name);
    assert.deepEqual(resolved, ['Pak Hen En', "Kim Ch'ang-man", 'Pyn Dehuai', "Ch'ai Ch'eng-wen", "Wu Hsiu-ch'üan"]);
    assert.deepEqual(runRules(analysis, allRules).map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`), []);
  });

  it('reports no variant between a listed spelling and a system spelling of one name', () => {
    const text = 'Report of Chou En-lai. Chou Enlai agrees. Liu Shao-ch\'i and Liu Shao-chi concur.';
    const analysis = analyzeDocument(text, gazetteer, defaultSettings);
    const warnings = runRules(analysis, allRules).filter((d) => d.severity === 'warning' || d.severity === 'error');
    assert.deepEqual(warnings.map((d) => d.code), []);
  });
});
