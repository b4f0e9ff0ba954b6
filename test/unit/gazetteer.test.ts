import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  GazetteerManager,
  builtinProvider,
  mergeProviders,
  validateGazetteer,
  type GazetteerEntry,
} from '../../server/src/service/gazetteer';
import builtinJson from '../../data/gazetteer.json';

const builtin = new GazetteerManager().gazetteer;
const entry = (id: string): GazetteerEntry => {
  const e = builtin.get(id);
  assert.ok(e, `entry ${id} exists`);
  return e;
};

describe('built-in gazetteer data', () => {
  it('validates against the schema without problems', () => {
    const { entries, problems } = validateGazetteer(builtinJson);
    assert.deepEqual(problems, []);
    assert.ok(entries.length >= 130, `${entries.length} entries`);
  });

  it('has unique ids and all three kinds', () => {
    const ids = builtin.entries.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const kind of ['person', 'place', 'organisation'] as const) {
      assert.ok(builtin.entries.filter((e) => e.kind === kind).length >= 20, kind);
    }
  });

  it('records the key cover names with dates, channels and confidence', () => {
    const filippov = entry('stalin').pseudonyms?.find((p) => p.name === 'Filippov');
    assert.equal(filippov?.from, 1948);
    assert.equal(filippov?.to, '1953-03-05', 'Stalin died on 5 March 1953');
    assert.ok(filippov?.channels?.includes('Beijing'));
    const kuznetsov = entry('stalin').pseudonyms?.find((p) => p.name === 'Kuznetsov');
    assert.deepEqual(kuznetsov?.channels, ['Terebin']);
    assert.equal(entry('orlov_terebin').pseudonyms?.[0]?.name, 'Terebin');
    assert.equal(entry('bulganin').pseudonyms?.[0]?.name, 'Chanfu');
    assert.equal(entry('shtykov').pseudonyms?.[0]?.name, 'Shtraus');
    for (const id of ['zakharov_mv', 'razuvaev']) {
      const m = entry(id).pseudonyms?.find((p) => p.name === 'Matveyev');
      assert.equal(m?.confidence, 'disputed', id);
      assert.ok(m?.forms?.some((f) => f.form === 'Matveev'));
    }
    assert.ok(builtin.findByName('Fyn Si').some((e) => e.id === 'stalin'));
    assert.ok(builtin.findByName('Instantsia').length >= 1);
  });

  it('marks cipher clerks and keeps both spellings of Kornushina', () => {
    for (const name of ['Fedyaev', 'Kornushina', 'Makarov', 'Morozov', 'Bantsekina', 'Karpov', 'Sadovin', 'Mokrov', 'Leshevich']) {
      const found = builtin.findByName(name);
      assert.ok(found.some((e) => e.kind === 'person' && e.tags?.includes('clerk')), name);
    }
    assert.equal(builtin.findByName('Kornyushina')[0]?.id, 'clerk_kornushina');
  });

  it('knows a surname alone and a simplified-character form where sources write them', () => {
    assert.equal(builtin.findByName('Lebedev')[0]?.id, 'lebedev_ng');
    assert.equal(builtin.findByName('朴宪永')[0]?.id, 'pak_hon_yong');
  });

  it('has historical place names', () => {
    const cases: [string, string][] = [
      ['Peking', 'beijing'], ['Peiping', 'beijing'], ['Beiping', 'beijing'], ['Port Arthur', 'port_arthur'], ['Lüshun', 'port_arthur'],
      ['Dairen', 'dalian'], ['Heijo', 'pyongyang'], ['Keijo', 'seoul'], ['Genzan', 'wonsan'], ['Kanko', 'hamhung'],
      ['Seisin', 'chongjin'], ['Hamonten', 'panmunjom'], ['Bunsan', 'munsan'],
    ];
    for (const [name, id] of cases) assert.equal(builtin.findByName(name)[0]?.id, id, name);
  });

  it('gives Wikidata ids only in the Q-number form', () => {
    const withIds = builtin.entries.filter((e) => e.wikidata !== undefined);
    assert.ok(withIds.every((e) => /^Q[1-9]\d*$/.test(e.wikidata!)));
    assert.equal(entry('stalin').wikidata, 'Q855');
    assert.equal(entry('molotov').wikidata, undefined);
  });
});

describe('validateGazetteer', () => {
  it('rejects a file that is not a gazetteer', () => {
    for (const bad of [null, 42, 'x', [], { entries: 'no' }, { entry: [] }]) {
      const r = validateGazetteer(bad);
      assert.equal(r.entries.length, 0);
      assert.ok(r.problems.length > 0, JSON.stringify(bad));
    }
  });

  it('keeps the good entries of a file with a bad one and points at the bad one', () => {
    const r = validateGazetteer({
      entries: [
        { id: 'good', kind: 'person', canonical: 'Good Person' },
        { id: 'bad', kind: 'robot', canonical: 'Bad' },
        { id: 'also_good', extend: true, variants: [{ form: 'X', system: 'other' }] },
      ],
    });
    assert.deepEqual(r.entries.map((e) => e.id), ['good', 'also_good']);
    assert.ok(r.problems.some((p) => p.path === '/entries/1/kind'));
  });

  it('requires kind and canonical unless the entry extends another', () => {
    const r = validateGazetteer({ entries: [{ id: 'lonely' }] });
    assert.equal(r.entries.length, 0);
    assert.ok(r.problems.some((p) => p.path === '/entries/0' && /canonical/.test(p.message)));
  });

  it('finds periods that end before they start', () => {
    const r = validateGazetteer({
      entries: [{ id: 'p', kind: 'person', canonical: 'P', roles: [{ title: 'T', from: '1951-05', to: '1951-02' }] }],
    });
    assert.ok(r.problems.some((p) => p.path === '/entries/0/roles/0/to'));
  });

  it('wants the day of death in the year of death, and a day written YYYY-MM-DD', () => {
    const r = validateGazetteer({
      entries: [
        { id: 'a', kind: 'person', canonical: 'A', died: 1953, diedOn: '1952-03-05' },
        { id: 'b', kind: 'person', canonical: 'B', died: 1953, diedOn: 'March 1953' },
        { id: 'c', kind: 'person', canonical: 'C', died: 1953, diedOn: '1953-03-05' },
      ],
    });
    assert.ok(r.problems.some((p) => p.path === '/entries/0/diedOn'), JSON.stringify(r.problems));
    assert.ok(r.problems.some((p) => p.path.startsWith('/entries/1')), JSON.stringify(r.problems));
    assert.ok(!r.problems.some((p) => p.path.startsWith('/entries/2')), JSON.stringify(r.problems));
  });

  it('wants a country for a generic form, and a known country', () => {
    const r = validateGazetteer({
      entries: [
        { id: 'bureau', kind: 'organisation', canonical: 'Bureau of Somewhere', variants: [{ form: 'Bureau', generic: true }] },
        { id: 'staff', kind: 'organisation', canonical: 'Staff of Somewhere', country: 'Atlantis' },
        { id: 'ours', kind: 'organisation', canonical: 'Bureau of the PRC', country: 'PRC', variants: [{ form: 'Bureau', generic: true }] },
      ],
    });
    assert.ok(r.problems.some((p) => p.path === '/entries/0/variants/0/generic' && /country/.test(p.message)));
    assert.ok(r.problems.some((p) => p.path === '/entries/1/country'));
    assert.ok(!r.problems.some((p) => p.path.startsWith('/entries/2')));
  });

  it('rejects an invented-looking Wikidata id', () => {
    const r = validateGazetteer({ entries: [{ id: 'p', kind: 'person', canonical: 'P', wikidata: 'https://evil' }] });
    assert.ok(r.problems.some((p) => p.path === '/entries/0/wikidata'));
  });
});

describe('GazetteerManager', () => {
  it('replaces a built-in entry by id, keeping its place', () => {
    const m = new GazetteerManager();
    const position = m.gazetteer.entries.findIndex((e) => e.id === 'molotov');
    m.setWorkspaceProviders([{ id: 'ws', entries: [{ id: 'molotov', kind: 'person', canonical: 'V. M. Molotov (mine)' }] }]);
    const g = m.gazetteer;
    assert.equal(g.get('molotov')?.canonical, 'V. M. Molotov (mine)');
    assert.equal(g.get('molotov')?.variants, undefined);
    assert.equal(g.entries.findIndex((e) => e.id === 'molotov'), position);
    assert.equal(g.providerOf('molotov'), 'ws');
    assert.equal(g.providerOf('stalin'), 'builtin');
  });

  it('extends an entry with new forms and marks them as added', () => {
    const m = new GazetteerManager();
    m.setWorkspaceProviders([{ id: 'ws', entries: [{ id: 'li_kenong', extend: true, variants: [{ form: 'Le Kenong', system: 'other' }] }] }]);
    const e = m.gazetteer.get('li_kenong')!;
    assert.equal(e.canonical, 'Li Kenong');
    assert.ok(e.variants?.some((v) => v.form === 'Le Kenong' && v.addedBy === 'ws'));
    assert.ok(e.variants?.some((v) => v.form === '李克农'), 'keeps the built-in variants');
  });

  it('gives every merged entry the same fields in the same order, whatever the files wrote, and drops `extend`', () => {
    const m = new GazetteerManager();
    m.setWorkspaceProviders([{ id: 'ws', entries: [
      { id: 'li_kenong', extend: true, variants: [{ form: 'Le Kenong', system: 'other' }] },
      { died: 1990, canonical: 'Somebody New', kind: 'person', id: 'somebody_new' },
    ] }]);
    const orders = new Set(m.gazetteer.entries.map((e) => Object.keys(e).join()));
    assert.equal(orders.size, 1, [...orders].join('\n'));
    assert.ok(!('extend' in m.gazetteer.get('li_kenong')!));
    // what the read-only document of an entry shows: the fields it sets, none of the empty ones
    assert.deepEqual(JSON.parse(JSON.stringify(m.gazetteer.get('somebody_new'))), { id: 'somebody_new', kind: 'person', canonical: 'Somebody New', died: 1990 });
  });

  it('lets later workspace files win over earlier ones', () => {
    const m = new GazetteerManager();
    m.setWorkspaceProviders([
      { id: 'a', entries: [{ id: 'newcomer', kind: 'person', canonical: 'From A' }] },
      { id: 'b', entries: [{ id: 'newcomer', kind: 'person', canonical: 'From B' }] },
    ]);
    assert.equal(m.gazetteer.get('newcomer')?.canonical, 'From B');
  });

  it('reports an extend entry with nothing to extend', () => {
    const m = new GazetteerManager();
    m.setWorkspaceProviders([{ id: 'ws', entries: [{ id: 'nobody', extend: true, variants: [{ form: 'Nobody' }] }] }]);
    assert.equal(m.gazetteer.get('nobody'), undefined);
    assert.equal(m.problemsOf('ws').length, 1);
  });

  it('rebuilds only after a change', () => {
    const m = new GazetteerManager();
    const first = m.gazetteer;
    assert.equal(m.gazetteer, first);
    m.setWorkspaceProviders([]);
    assert.equal(m.gazetteer, first, 'the same (empty) workspace files keep the merged gazetteer');
    const extra = { id: 'ws', entries: [{ id: 'test_person', kind: 'person' as const, canonical: 'Test Person' }] };
    m.setWorkspaceProviders([extra]);
    const second = m.gazetteer;
    assert.notEqual(second, first);
    assert.equal(second.size, first.size + 1);
    m.setWorkspaceProviders([structuredClone(extra)]);
    assert.equal(m.gazetteer, second, 'equal files read again keep it too');
  });

  it('merges the built-in provider alone into the built-in data', () => {
    const { gazetteer } = mergeProviders([builtinProvider()]);
    assert.equal(gazetteer.size, (builtinJson as { entries: unknown[] }).entries.length);
  });
});
