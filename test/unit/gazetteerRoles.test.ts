// The built-in gazetteer's roles are dated at both ends, and a single post is held by one person
// at a time. The declared posts below are the offices a cable's hover most often names; each must
// be marked in the data, and no post key may be used that is not declared here (a typo would
// otherwise split one post in two and hide an overlap).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AFTER_1953,
  findPostOverlaps,
  parseDatePoint,
  postTenures,
  validateGazetteer,
  type GazetteerEntryInput,
} from '../../server/src/service/gazetteer';
import { dateFit } from '../../server/src/service/entities/dates';
import builtinJson from '../../data/gazetteer.json';

const entries = validateGazetteer(builtinJson).entries;

const SINGLE_POSTS = [
  'ussr-head-of-government', // Chairman of the Council of People's Commissars / Ministers
  'ussr-head-of-state', // Chairman of the Presidium of the Supreme Soviet
  'ussr-foreign-minister',
  'ussr-defence-minister', // Armed Forces / War / Defence
  'ussr-chief-of-general-staff',
  'ussr-mgb-minister',
  'ussr-mvd-minister',
  'ussr-ki-chairman',
  'ussr-ambassador-prc',
  'ussr-ambassador-dprk',
  'ussr-chief-adviser-prc', // the chief Soviet military adviser in China
  'ussr-representative-prc', // Stalin's representative with the CCP (Kovalev, 1948-1950)
  'prc-cpg-chairman', // Chairman of the Central People's Government
  'prc-military-council-chairman',
  'prc-premier',
  'prc-foreign-minister',
  'pla-acting-chief-of-general-staff',
  'pla-air-force-commander',
  'pla-navy-commander',
  'prc-public-security-minister',
  'prc-railways-minister',
  'prc-ambassador-ussr',
  'prc-ambassador-dprk',
  'beijing-mayor',
  'cpv-commander',
  'dprk-premier',
  'dprk-head-of-state',
  'dprk-defence-minister',
  'dprk-foreign-minister',
  'mpr-head-of-government',
  'kpa-chief-of-general-staff',
  'kpa-supreme-commander',
  'rok-president',
  'us-president',
  'us-secretary-of-state',
  'us-secretary-of-defense',
  'unc-commander',
  'unc-armistice-senior-delegate', // the head of the UNC's armistice delegation (Joy, then Harrison)
  'kpa-cpv-armistice-chief-delegate', // the head of the Korean and Chinese side's (Nam Il)
  'eighth-army-commander',
  'un-secretary-general',
  'india-prime-minister',
];

describe('built-in roles', () => {
  it('all have a start and an end (or the after-1953 marker)', () => {
    const open: string[] = [];
    for (const e of entries) {
      for (const r of e.roles ?? []) {
        if (!parseDatePoint(r.from) || (r.to !== AFTER_1953 && !parseDatePoint(r.to))) open.push(`${e.id}: ${r.title}`);
      }
    }
    assert.deepEqual(open, []);
    assert.ok(entries.some((e) => e.roles?.some((r) => r.to === AFTER_1953)), 'the marker is in use');
  });

  it('mark every declared single post, and only those', () => {
    const used = new Set(postTenures(entries).map((t) => t.post));
    assert.deepEqual(SINGLE_POSTS.filter((p) => !used.has(p)), [], 'declared but never marked');
    assert.deepEqual([...used].filter((p) => !SINGLE_POSTS.includes(p)), [], 'marked but not declared');
  });

  it('never give one single post to two people in the same month', () => {
    const overlaps = findPostOverlaps(entries).map((o) => `${o.post} ${o.month}: ${o.a.entryId} / ${o.b.entryId}`);
    assert.deepEqual(overlaps, []);
  });

  it('date the offices the cables of 1950-1951 rely on', () => {
    const holder = (post: string, year: number, month: number): string[] =>
      postTenures(entries)
        .filter((t) => t.post === post && t.first <= year * 12 + month - 1 && year * 12 + month - 1 <= t.last)
        .map((t) => t.entryId);
    assert.deepEqual(holder('ussr-chief-of-general-staff', 1950, 10), ['shtemenko']);
    assert.deepEqual(holder('ussr-defence-minister', 1950, 10), ['vasilevsky']);
    assert.deepEqual(holder('dprk-defence-minister', 1950, 8), ['choe_yong_gon']);
    assert.deepEqual(holder('dprk-foreign-minister', 1951, 7), ['pak_hon_yong']);
    assert.deepEqual(holder('pla-acting-chief-of-general-staff', 1950, 10), ['nie_rongzhen']);
    assert.deepEqual(holder('ussr-ki-chairman', 1950, 6), []);
    assert.deepEqual(holder('ussr-head-of-government', 1951, 10), ['stalin']);
  });
});

describe('offices known to the day', () => {
  /** The titles of the offices an entry holds on a day, as the hover dates them. */
  const heldOn = (id: string, day: string): string[] => {
    const [year, month, d] = day.split('-').map(Number) as [number, number, number];
    const entry = entries.find((e) => e.id === id)!;
    return (entry.roles ?? []).filter((r) => dateFit({ year, month, day: d }, r.from, r.to) === 'in').map((r) => r.title);
  };
  const holds = (id: string, day: string, title: string) => heldOn(id, day).some((t) => t.startsWith(title));

  it('change hands on the day: the old holder is out and the new one in', () => {
    assert.ok(!holds('molotov', '1949-03-20', "Minister (People's Commissar) of Foreign Affairs") && holds('vyshinsky', '1949-03-20', 'Minister of Foreign Affairs'));
    assert.ok(!holds('macarthur', '1951-04-15', 'Commander-in-Chief, UN Command') && holds('ridgway', '1951-04-15', 'Commander-in-Chief, UN Command'));
    assert.ok(holds('ridgway', '1952-05-01', 'Commander-in-Chief, UN Command') && !holds('clark', '1952-05-01', 'Commander-in-Chief, UN Command'));
    assert.ok(!holds('ridgway', '1952-05-14', 'Commander-in-Chief, UN Command') && holds('clark', '1952-05-14', 'Commander-in-Chief, UN Command'));
    assert.ok(!holds('kuznetsov_vv', '1953-12-20', 'Soviet Ambassador') && holds('yudin', '1953-12-20', 'Soviet Ambassador'));
    assert.ok(!holds('choe_yong_gon', '1950-07-10', "Commander-in-Chief of the Korean People's Army") && holds('kim_il_sung', '1950-07-10', "Supreme Commander of the Korean People's Army"));
    assert.ok(!holds('panikkar', '1952-10-01', 'Indian Ambassador to the PRC'));
    assert.ok(!holds('khrushchev', '1947-05-14', 'First Secretary, Communist Party of Ukraine') && holds('kaganovich', '1947-05-14', 'First Secretary, Communist Party of Ukraine'));
    assert.ok(holds('khrushchev', '1948-05-14', 'First Secretary, Communist Party of Ukraine'));
  });

  it('begin and end on the day the sources give: the Council renamed, a mission, a party founded', () => {
    // the Council of People's Commissars became the Council of Ministers on 15 March 1946
    assert.ok(holds('stalin', '1946-03-14', "Chairman of the Council of People's Commissars") && !holds('stalin', '1946-03-14', 'Chairman of the Council of Ministers'));
    assert.ok(holds('stalin', '1946-03-21', 'Chairman of the Council of Ministers'));
    // Mikoyan left Moscow for Xibaipo on 26 January 1949; the Workers' Party of North Korea was founded in August 1946
    assert.ok(!holds('mikoyan', '1949-01-09', "Stalin's envoy") && holds('mikoyan', '1949-02-01', "Stalin's envoy"));
    assert.ok(!holds('kim_tu_bong', '1946-02-08', "Chairman of the Workers' Party") && holds('kim_tu_bong', '1946-09-15', "Chairman of the Workers' Party"));
  });

  it('date the 1952-1953 changes to the day the sources give: the Presidium elected, the DPRK foreign ministry handed on', () => {
    // the Presidium was elected on 16 October 1952, after the 19th Congress; before, its members sat in the Politburo
    assert.ok(holds('mikoyan', '1952-10-09', 'Member of the Politburo') && !holds('mikoyan', '1952-10-09', 'Member of the Presidium'));
    assert.ok(holds('mikoyan', '1952-10-20', 'Member of the Presidium') && !holds('mikoyan', '1952-10-20', 'Member of the Politburo'));
    assert.ok(!holds('vyshinsky', '1952-10-09', 'Candidate member of the Presidium') && holds('vyshinsky', '1952-10-20', 'Candidate member of the Presidium'));
    // Nam Il followed Pak Hon-yong as foreign minister on 3 March 1953
    assert.ok(!holds('nam_il', '1953-02-20', 'Minister of Foreign Affairs') && holds('pak_hon_yong', '1953-02-20', 'Vice Premier and Minister of Foreign Affairs'));
    assert.ok(holds('nam_il', '1953-04-27', 'Minister of Foreign Affairs') && !holds('pak_hon_yong', '1953-04-27', 'Vice Premier and Minister of Foreign Affairs'));
  });

  it('give the interpreters of the Moscow talks of 1952 their office, and Fedorenko his mission of March 1953', () => {
    assert.ok(holds('fedorenko', '1952-09-03', 'Interpreter at Stalin') && holds('shi_zhe', '1952-08-20', 'Interpreter'));
    assert.ok(holds('fedorenko', '1953-03-29', 'Sent with Ambassador V.V. Kuznetsov'));
  });

  it('leave the gaps and successions the sources give: Chiang out of office in 1949, a front before its district, a council renamed', () => {
    // Chiang stepped down on 21 January 1949 and resumed on 1 March 1950; before May 1948 he chaired the National Government
    assert.ok(holds('chiang_kai_shek', '1949-01-20', 'President of the Republic of China') && !holds('chiang_kai_shek', '1949-01-22', 'President'));
    assert.ok(holds('chiang_kai_shek', '1950-03-02', 'President') && holds('chiang_kai_shek', '1946-03-29', 'Chairman of the National Government'));
    // Malinovsky's Transbaikal Front fought in August 1945; its military district was formed in October
    assert.ok(holds('malinovsky', '1945-08-20', 'Commander, Transbaikal Front') && !holds('malinovsky', '1945-08-20', 'Commander, Transbaikal-Amur'));
    // Choe Yong-gon was commander-in-chief until Kim Il Sung took the supreme command on 4 July 1950, and only then went to the rear
    assert.deepEqual(heldOn('choe_yong_gon', '1950-06-26').filter((t) => /Commander/.test(t)), ["Commander-in-Chief of the Korean People's Army"]);
    // Kim Il Sung chaired the (Provisional) People's Committee before the DPRK; Molotov's deputy chairmanship follows the Council's name
    assert.ok(holds('kim_il_sung', '1947-05-12', "Chairman of the (Provisional) People's Committee") && !holds('kim_il_sung', '1947-05-12', 'Premier'));
    assert.ok(holds('molotov', '1951-03-03', '(First) Deputy Chairman of the Council of Ministers') && !holds('molotov', '1951-03-03', "(First) Deputy Chairman of the Council of People's Commissars"));
    // Lin Biao's military region (Central China, then Central-South) dates from May 1949, not the whole of 1949
    assert.ok(!holds('lin_biao', '1949-01-16', 'Commander of the Central-South Military Region') && holds('lin_biao', '1949-06-01', 'Commander of the Central-South Military Region'));
    // the PRC's offices date from 1 October 1949, the Northeast People's Government from August 1949
    assert.ok(!holds('wang_jiaxiang', '1949-05-18', 'Vice Minister of Foreign Affairs') && holds('wang_jiaxiang', '1949-11-01', 'Vice Minister of Foreign Affairs'));
    assert.ok(!holds('gao_gang', '1949-05-18', "Chairman of the Northeast People's Government") && holds('gao_gang', '1949-09-01', "Chairman of the Northeast People's Government"));
    // the civil war's field armies before they were renumbered in February 1949
    for (const id of ['liu_bocheng', 'deng_xiaoping', 'chen_yi', 'chen_geng']) assert.ok(heldOn(id, '1947-11-30').some((t) => /Field Army/.test(t)), id);
    assert.ok(holds('liu_yalou', '1948-10-03', 'Chief of Staff of the Northeast'));
    // the embassy's counsellor in Pyongyang is a namesake of the Central Committee's Ignatiev
    assert.ok(holds('ignatiev_am', '1950-04-12', 'Counsellor of the Soviet Embassy in the DPRK'));
  });

  it('date the posts of the Korean traffic of 1949–1950 as the sources do: a committee of the war, a party of the merger', () => {
    // the DPRK's Military Committee was set up on 26 June 1950, the day after the war began
    for (const [id, title] of [['kim_il_sung', 'Chairman of the Military Committee'], ['kim_chaek', 'Member of the Military Committee']] as const) {
      assert.ok(!holds(id, '1950-06-21', title) && holds(id, '1950-06-27', title), id);
    }
    // the Workers' Party of Korea was formed by the merger of 24 June 1949
    assert.ok(!holds('kim_il_sung', '1949-06-18', "Chairman of the Central Committee of the Workers' Party of Korea") && holds('kim_il_sung', '1949-07-01', "Chairman of the Central Committee of the Workers' Party of Korea"));
    // Mikoyan left the trade ministry on 4 March 1949, with Molotov's move from the Foreign Ministry
    assert.ok(holds('mikoyan', '1949-03-03', 'Minister of Foreign Trade') && !holds('mikoyan', '1949-03-05', 'Minister of Foreign Trade'));
    // in June 1950 Zakharov was deputy chief of the General Staff and head of the GRU, no longer head of the academy
    assert.deepEqual(heldOn('zakharov_mv', '1950-06-26'), ['Deputy Chief of the General Staff and head of its Main Intelligence Directorate (GRU)']);
    // Kim Il headed the KPA's political department when Kovalev reported his visit of May 1949
    assert.ok(holds('kim_il_pak_toksan', '1949-05-18', 'Head of the KPA Cultural (political) Department'));
  });

  it('date the offices of the Chinese intervention by when they were formed: Belov’s divisions before his corps, the CPV’s logistics command from May 1951', () => {
    // Belov commanded the fighter divisions in Manchuria before the 64th corps was formed from them in November 1950
    assert.ok(heldOn('belov', '1950-10-28').some((t) => /fighter aviation divisions in Manchuria/.test(t)) && !holds('belov', '1950-10-28', 'Commander, 64th Fighter Aviation Corps'));
    assert.ok(holds('belov', '1951-03-01', 'Commander, 64th Fighter Aviation Corps'));
    // Hong Xuezhi was deputy commander from the CPV's first day; its logistics command was formed in May 1951
    assert.deepEqual(heldOn('hong_xuezhi', '1950-10-08'), ['Deputy commander of the CPV']);
    assert.ok(holds('hong_xuezhi', '1951-06-01', 'Commander of the CPV Logistics Command'));
  });

  it('begin the PRC’s ministry’s posts with the PRC: Wu Xiuquan heads no department of its Ministry of Foreign Affairs before October 1949', () => {
    assert.ok(!holds('wu_xiuquan', '1949-03-15', 'Director, Department of the USSR and Eastern Europe'));
    assert.ok(holds('wu_xiuquan', '1950-02-14', 'Director, Department of the USSR and Eastern Europe'));
  });

  it('keep Burhan and Tao Zhiyue in office between the Xinjiang uprising of September 1949 and the People’s Government of December', () => {
    // the garrison came over on 25 September and the government on the 26th; both men stayed at their posts until December
    for (const day of ['1949-10-21', '1949-11-15']) {
      assert.ok(heldOn('burhan_shahidi', day).some((t) => /Chairman of the Xinjiang Provincial Government/.test(t)), day);
      assert.ok(heldOn('tao_zhiyue', day).some((t) => /Xinjiang garrison/.test(t)), day);
    }
    assert.ok(holds('burhan_shahidi', '1949-09-03', 'Chairman of the Xinjiang Provincial Government (Nationalist)') && !holds('burhan_shahidi', '1949-10-21', 'Chairman of the Xinjiang Provincial Government (Nationalist)'));
    // in the last days of December each is in his office under the People's Government alone: Burhan its chairman, Tao commander of the PLA's 22nd Army, Wang Zhen of the Xinjiang Military District
    assert.deepEqual(heldOn('tao_zhiyue', '1949-12-20'), ['Commander of the PLA 22nd Army (Corps) in Xinjiang']);
    assert.deepEqual(heldOn('burhan_shahidi', '1949-12-20'), ["Chairman of the Xinjiang Provincial People's Government"]);
    assert.ok(!holds('wang_zhen', '1949-12-20', 'Commander of the 1st Army Corps') && holds('wang_zhen', '1949-12-20', 'Secretary of the CCP Xinjiang Sub-bureau'));
    // Zhang Zhizhong chaired the province's government, the coalition with the Ili leaders, until Masud Sabri took over in May 1947
    assert.ok(holds('zhang_zhizhong', '1947-02-04', 'Chairman of the Xinjiang Provincial Government') && !holds('zhang_zhizhong', '1947-08-01', 'Chairman of the Xinjiang Provincial Government'));
    // Wang Zhen led the First Field Army's 1st Army Corps, formed with it in February 1949, into Xinjiang; Shi Zhe interpreted for Mao's side from Mikoyan's visit of January 1949
    for (const [id, title] of [['wang_zhen', 'Commander of the 1st Army Corps'], ['shi_zhe', 'Chief Russian interpreter for Mao']] as const) {
      const role = entries.find((e) => e.id === id)!.roles!.find((r) => r.title.startsWith(title))!;
      assert.ok(parseDatePoint(role.from)?.month !== undefined, id);
    }
    // the First Field Army was named in February 1949: Peng Dehuai commanded it all that autumn
    const firstFieldArmy = entries.find((e) => e.id === 'peng_dehuai')!.roles!.find((r) => /First Field Army/.test(r.title))!;
    assert.deepEqual(parseDatePoint(firstFieldArmy.from), parseDatePoint('1949-02'));
  });

  it('end with a death', () => {
    assert.deepEqual(heldOn('ren_bishi', '1950-11-02'), []);
    assert.deepEqual(heldOn('kim_chaek', '1951-02-03'), []);
    assert.ok(!holds('ho_ka_i', '1953-07-10', 'Vice Premier'));
    const died = entries.filter((e) => typeof e.died === 'number').flatMap((e) => (e.roles ?? [])
      .filter((r) => { const end = r.to === AFTER_1953 ? undefined : parseDatePoint(r.to); return end !== undefined && end.year > (e.died as number); })
      .map((r) => `${e.id}: ${r.title}`));
    assert.deepEqual(died, [], 'no office runs past the year of its holder’s death');
    // nor past the day of it, where that is known
    const afterDay = entries.filter((e) => e.diedOn !== undefined).flatMap((e) => (e.roles ?? [])
      .filter((r) => typeof r.to === 'string' && r.to !== AFTER_1953 && r.to > e.diedOn!.slice(0, r.to.length))
      .map((r) => `${e.id}: ${r.title} to ${String(r.to)}`));
    assert.deepEqual(afterDay, [], 'no office runs past the day of its holder’s death');
  });
});

describe('findPostOverlaps', () => {
  const person = (id: string, post: string, from: string | number, to: string | number): GazetteerEntryInput => ({
    id,
    kind: 'person',
    canonical: id,
    roles: [{ title: 'Chief', post, from, to }],
  });

  it('finds two holders in one month', () => {
    const found = findPostOverlaps([person('a', 'chief', '1948-11', '1952-06'), person('b', 'chief', '1950-02', '1953-03')]);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.month, '1950-02');
    assert.deepEqual([found[0]!.a.entryId, found[0]!.b.entryId], ['a', 'b']);
  });

  it('allows the month a post changes hands, but not two shared months', () => {
    assert.deepEqual(findPostOverlaps([person('a', 'chief', '1949-03', '1953-03'), person('b', 'chief', '1953-03', 1956)]), []);
    assert.equal(findPostOverlaps([person('a', 'chief', '1949-03', '1953-04'), person('b', 'chief', '1953-03', 1956)]).length, 1);
  });

  it('reads a bare year as its certain part and after-1953 as open', () => {
    // 1948-1952 then 1952-1960: each may have held it in 1952, neither certainly in the same month
    assert.deepEqual(findPostOverlaps([person('a', 'chief', 1948, 1952), person('b', 'chief', 1952, 1960)]), []);
    assert.equal(findPostOverlaps([person('a', 'chief', 1948, 1952), person('b', 'chief', 1950, 1960)]).length, 1);
    assert.equal(findPostOverlaps([person('a', 'chief', '1950-07', AFTER_1953), person('b', 'chief', '1970-01', 1980)]).length, 1);
  });

  it('ignores different posts and one person holding a post twice', () => {
    assert.deepEqual(findPostOverlaps([person('a', 'chief', 1948, 1955), person('b', 'deputy', 1948, 1955)]), []);
    const twice: GazetteerEntryInput = {
      id: 'm', kind: 'person', canonical: 'm',
      roles: [{ title: 'Chief', post: 'chief', from: '1939-05', to: '1949-03' }, { title: 'Chief', post: 'chief', from: '1949-03', to: 1956 }],
    };
    assert.deepEqual(findPostOverlaps([twice]), []);
  });
});
