// What the built-in gazetteer makes a hover say on a cable's date: which entry a written form names,
// and the office the hover opens with. Each case is a fact checked against the sources the entry cites,
// so a slip in the data (a name on the wrong man, an office dated by the year of its event) shows here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GazetteerManager } from '../../server/src/service/gazetteer';
import { analyzeEntities, getEntityHover } from '../../server/src/service/entities';

const gazetteer = new GazetteerManager().gazetteer;

/** The first line of the hover over `word` in `text` read on `day` (`1950-08-20`), its Markdown escapes removed. */
function lead(text: string, word: string, day: string): string {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  const analysis = analyzeEntities(text, gazetteer, { date: { year, month, day: d }, channels: [], brackets: [] });
  const at = text.indexOf(word);
  assert.ok(at >= 0, `text has ${word}`);
  const hover = getEntityHover(analysis, at + 1);
  assert.ok(hover, `a hover over ${word}`);
  return hover.markdown.split('\n')[0]!.replace(/\\(.)/g, '$1');
}

describe('names the sources give to one man or body', () => {
  it('reads `Qiaomu` (乔木) as Hu Qiaomu, Mao’s secretary, not Qiao Guanhua, who left the pen-name by 1949', () => {
    assert.match(lead('Comrade Qiaomu drafted the editorial.', 'Qiaomu', '1950-08-20'), /^\*\*Hu Qiaomu\*\*/);
    assert.match(lead('乔木同志起草社论。', '乔木', '1950-08-20'), /^\*\*Hu Qiaomu\*\*/);
    assert.match(lead('喬木同志起草社論。', '喬木', '1950-08-20'), /^\*\*Hu Qiaomu\*\*/);
    assert.match(lead('Qiao Guanhua drafted the note.', 'Qiao', '1950-08-20'), /^\*\*Qiao Guanhua\*\*/);
  });
});

describe('the other side’s envoys', () => {
  it('reads `Kirk` as Alan G. Kirk, the American ambassador in Moscow of 1949–1951, as a cable names him after his office', () => {
    assert.match(lead('On 27 June the American ambassador in Moscow, Kirk, visited Gromyko.', 'Kirk', '1951-06-28'), /^\*\*Alan G\. Kirk\*\* — US Ambassador to the USSR \(on 28 Jun 1951\)/);
  });
});

describe('the men of the armistice talks and of the United Nations debate on the prisoners, 1951–1952', () => {
  it('names the first UNC delegates at Kaesong, Eden, Pearson and the Menon of the UN debate', () => {
    assert.match(lead('The enemy side was represented by Joy, Hodes, Craigie, Burke and Paik Sun-yup.', 'Hodes', '1951-07-10'), /^\*\*Henry I\. Hodes\*\* — Member of the UNC armistice delegation \(Major General\), on 10 Jul 1951/);
    assert.match(lead('The enemy side was represented by Joy, Hodes, Craigie, Burke and Paik Sun-yup.', 'Burke', '1951-07-10'), /^\*\*Arleigh Burke\*\*/);
    assert.match(lead('Today Eden, speaking in the House of Commons, supported the Indian draft.', 'Eden', '1952-11-20'), /^\*\*Anthony Eden\*\* — British Foreign Secretary \(on 20 Nov 1952\)/);
    assert.match(lead('The answer will be sent to Pearson, the President of the Assembly.', 'Pearson', '1952-12-12'), /^\*\*Lester B\. Pearson\*\* — President of the UN General Assembly \(seventh session\), on 12 Dec 1952/);
    assert.match(lead('The Indian draft, presented by Krishna Menon on 17 November, repeats the American principle.', 'Krishna Menon', '1952-11-25'), /^\*\*V\. K\. Krishna Menon\*\*/);
  });
});

describe('the occupation of Japan, 1945–1947', () => {
  it('names Atcheson, the American chairman of the Allied Council for Japan, and no longer takes him for a slip of Acheson', () => {
    assert.match(lead('At today’s meeting of the Allied Council the American representative Atcheson raised the question of the prisoners.', 'Atcheson', '1947-04-11'), /^\*\*George Atcheson Jr\.\*\* — US member and chairman of the Allied Council for Japan \(on 11 Apr 1947\)/);
  });

  it('names the Council\'s other members of the period, Sebald after Atcheson and Macmahon Ball for the Commonwealth, and the Council itself from the Moscow agreement that set it up', () => {
    assert.match(lead('The American member Sebald demanded the figures of the repatriation.', 'Sebald', '1949-05-14'), /^\*\*William J\. Sebald\*\* — US member and chairman of the Allied Council for Japan \(on 14 May 1949\)/);
    assert.match(lead('The British Commonwealth member Ball supported our proposal.', 'Ball', '1946-06-12'), /^\*\*W\. Macmahon Ball\*\* — British Commonwealth member of the Allied Council for Japan \(on 12 Jun 1946\)/);
    assert.match(lead('At today’s meeting of the Allied Council for Japan the chairman read a statement.', 'Allied Council for Japan', '1946-04-17'), /^\*\*Allied Council for Japan\*\* — advisory body in Tokyo \(on 17 Apr 1946\)/);
  });
});

describe('spellings of one name', () => {
  it('reads `Kovalyov`, the ё of Ковалёв written yo, as Ivan Kovalev', () => {
    for (const form of ['Kovalyov', 'I.V. Kovalyov', 'Ковалёв']) assert.match(lead(`Mao Zedong agrees. ${form} reported.`, form, '1949-11-10'), /Ivan Kovalev\*\*/);
  });
});

describe('bodies under their several names', () => {
  it('reads `Northeast Frontier Army` as the Northeast Border Defence Army of July-October 1950, not as the CPV formed from it', () => {
    assert.match(lead('The Northeast Frontier Army stands on the Yalu.', 'Northeast Frontier Army', '1950-08-20'), /^\*\*Northeast Border Defence Army\*\*/);
    assert.match(lead('The Northeast Border Defence Army stands on the Yalu.', 'Northeast Border', '1950-08-20'), /^\*\*Northeast Border Defence Army\*\*/);
  });
});

describe('places the sources keep apart', () => {
  it('keeps Shangganling (Triangle Hill), where the battle of autumn 1952 was fought, apart from the mountain Osong-san north of it', () => {
    for (const form of ['Shangganling', '上甘岭', 'Triangle Hill']) assert.match(lead(`The battle at ${form} goes on.`, form, '1952-11-20'), /^\*\*Shangganling\*\* — place/);
    for (const form of ['Osong-san', '五圣山']) assert.match(lead(`The heights of ${form} are held.`, form, '1952-11-20'), /^\*\*Osong-san\*\* — place/);
  });

  it('reads `旅大` (Lüda) as the Port Arthur–Dalian area it names, not Port Arthur alone', () => {
    for (const form of ['旅大', 'Lüda']) assert.match(lead(`The garrison of ${form} was reinforced.`, form, '1951-03-01'), /^\*\*Lüda \(Port Arthur–Dalian\)\*\*/);
    assert.match(lead('The garrison of Port Arthur was reinforced.', 'Port Arthur', '1951-03-01'), /^\*\*Port Arthur \(Lüshun\)\*\*/);
  });
});

describe('places of the United Nations', () => {
  it('keeps Flushing Meadows, where the General Assembly met, apart from Lake Success', () => {
    const text = 'At Lake Success and at Flushing Meadows.';
    const analysis = analyzeEntities(text, gazetteer, { date: { year: 1950, month: 9, day: 20 }, channels: [], brackets: [] });
    assert.deepEqual(analysis.mentions.map((m) => [m.name, m.resolution.best.entry.id]), [['Lake Success', 'lake_success']]);
  });
});

describe('places of the war', () => {
  it('names the provinces of North and South Pyongan, not the Pyongan Province divided in 1896', () => {
    const text = 'The people’s committees of South Pyongan and North Pyongan met.';
    assert.equal(lead(text, 'South Pyongan', '1945-10-14'), '**South Pyongan** — place');
    assert.equal(lead(text, 'North Pyongan', '1945-10-14'), '**North Pyongan** — place');
  });

  it('knows the towns of the 1950 fighting that the cables name: Tongduchon, Yongdungpo, Wolmido, Taeyudong, Pukchin, Taechon', () => {
    const text = 'From Tongduchon and Yongdungpo to Wolmido; Taeyudong, Pukchin and Taechon.';
    for (const name of ['Tongduchon', 'Yongdungpo', 'Wolmido', 'Taeyudong', 'Pukchin', 'Taechon']) assert.equal(lead(text, name, '1950-10-25'), `**${name}** — place`);
    assert.equal(lead('彭德怀在大榆洞。', '大榆洞', '1950-10-25'), '**Taeyudong** — place');
  });
});

describe('offices dated by the month they began or ended', () => {
  it('makes Kotov-Legonkov Zakharov’s deputy only from Zakharov’s arrival in November 1950; before it he is the attaché and chief adviser', () => {
    const kotov = (day: string) => lead('Kotov reported on the training.', 'Kotov', day);
    assert.match(kotov('1950-08-20'), /Soviet military attaché in the PRC and first chief military adviser/);
    assert.match(kotov('1950-10-14'), /Soviet military attaché in the PRC and first chief military adviser/);
    assert.match(kotov('1951-01-10'), /Deputy chief military adviser in China \(under Zakharov\)/);
  });

  it('puts military intelligence inside the Committee of Information from the committee’s founding in May 1947', () => {
    const gru = (day: string) => lead('SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY', 'SECOND', day);
    assert.match(gru('1947-11-30'), /— inside the Committee of Information \(on 30 Nov 1947\)$/);
    assert.match(gru('1947-03-10'), /— Main Intelligence Directorate of the General Staff \(on 10 Mar 1947\)$/);
  });

  it('gives Beijing a mayor after Nie Rongzhen: Peng Zhen from February 1951', () => {
    assert.match(lead('Mayor Peng Zhen received the delegation.', 'Peng', '1951-03-20'), /^\*\*Peng Zhen\*\* — Mayor of Beijing \(on 20 Mar 1951\)/);
    assert.match(lead('Mayor Peng Zhen received the delegation.', 'Peng', '1952-11-20'), /^\*\*Peng Zhen\*\* — Mayor of Beijing/);
    assert.doesNotMatch(lead('Peng Zhen received the delegation.', 'Peng', '1950-08-20'), /Mayor/);
  });

  it('ends Shtykov’s rank of Colonel General with his demotion of early 1951, after his recall from Pyongyang', () => {
    assert.match(lead('Shtykov left for Moscow.', 'Shtykov', '1951-01-10'), /— Colonel General \(on 10 Jan 1951\)/);
    assert.doesNotMatch(lead('Shtykov left for Moscow.', 'Shtykov', '1951-03-20'), /Colonel General/);
    assert.doesNotMatch(lead('Shtykov left for Moscow.', 'Shtykov', '1951-07-19'), /Colonel General/);
  });

  it('ends Abakumov’s ministry of State Security on the day of his removal, 4 July 1951', () => {
    assert.match(lead('Abakumov reported.', 'Abakumov', '1951-07-02'), /— Minister of State Security \(MGB\)/);
    assert.doesNotMatch(lead('Abakumov reported.', 'Abakumov', '1951-07-19'), /Minister of State Security/);
  });

  it('keeps Lee Bum-suk Prime Minister until April 1950 but Minister of Defence only until Shin Sung-mo took it in March 1949', () => {
    assert.match(lead('Lee Bum-suk spoke in Seoul.', 'Lee', '1949-08-01'), /^\*\*Lee Bum-suk\*\* — Prime Minister of the ROK \(on 1 Aug 1949\)$/);
    assert.doesNotMatch(lead('Lee Bum-suk spoke in Seoul.', 'Lee', '1949-08-01'), /Defence/);
    assert.match(lead('Shin Sung-mo spoke in Seoul.', 'Shin', '1949-08-01'), /Minister of National Defence of the ROK/);
  });

  it('makes S.D. Ignatiev a Secretary of the Central Committee from Stalin’s death to 5 April 1953, his MGB merged into the MVD on 5 March', () => {
    assert.match(lead('S.D. Ignatiev spoke.', 'Ignatiev', '1953-03-20'), /^\*\*Semyon Ignatiev\*\* — Secretary of the CPSU Central Committee \(on 20 Mar 1953\)$/);
    assert.match(lead('S.D. Ignatiev spoke.', 'Ignatiev', '1953-03-04'), /— Minister of State Security \(MGB\)/);
    assert.doesNotMatch(lead('S.D. Ignatiev spoke.', 'Ignatiev', '1953-04-20'), /Secretary|Minister/);
  });

  it('takes the Moscow committee from Khrushchev on 14 March 1953, leaving him the Central Committee’s Secretariat until September', () => {
    assert.match(lead('Khrushchev spoke.', 'Khrushchev', '1953-03-10'), /— First Secretary of the Moscow party committee and CC Secretary/);
    assert.match(lead('Khrushchev spoke.', 'Khrushchev', '1953-04-20'), /— Secretary of the CPSU Central Committee, heading its Secretariat \(on 20 Apr 1953\)$/);
  });

  it('makes Vasilevsky Minister of War from the split of his Ministry of the Armed Forces on 25 February 1950, not the whole month', () => {
    assert.match(lead('To: Cmrds Bulganin, Vasilevsky', 'Vasilevsky', '1950-02-18'), /— Minister of the Armed Forces of the USSR \(on 18 Feb 1950\)$/);
    assert.match(lead('To: Cmrds Bulganin, Vasilevsky', 'Vasilevsky', '1950-02-26'), /— Minister of War of the USSR \(on 26 Feb 1950\)$/);
  });

  it('dates Liu Shaoqi’s Moscow delegation and the specialists Kovalev led home with him to the days of the journey, not the whole year', () => {
    assert.doesNotMatch(lead('Liu Shaoqi spoke.', 'Liu', '1949-06-04'), /delegation/);
    assert.match(lead('Liu Shaoqi spoke.', 'Liu', '1949-07-10'), /— Led the CCP delegation to Moscow \(on 10 Jul 1949\)$/);
    assert.doesNotMatch(lead('Comrade Kovalev will accompany the specialists.', 'Kovalev', '1949-07-06'), /specialists/);
    assert.match(lead('Comrade Kovalev will accompany the specialists.', 'Kovalev', '1949-07-06'), /Stalin's representative with the CCP/);
  });

  it('gives the men of Manchuria and northern Korea their offices of 1945-1948, each from the month it began', () => {
    assert.match(lead('Yumashev reported.', 'Yumashev', '1945-08-16'), /— Commander of the Pacific Fleet \(on 16 Aug 1945\)$/);
    assert.match(lead('Peng Zhen arrived.', 'Peng', '1945-11-20'), /— Secretary of the CCP Northeast Bureau/);
    assert.match(lead('Lin Biao arrived.', 'Lin', '1945-11-20'), /— Commander of the Northeast People's Autonomous Army/);
    assert.match(lead('Gao Gang arrived.', 'Gao', '1946-06-16'), /— Deputy secretary of the CCP Northeast Bureau/);
    assert.match(lead('Luo Ronghuan arrived.', 'Luo', '1946-06-16'), /— Deputy secretary of the CCP Northeast Bureau/);
    assert.match(lead('Kim Tu-bong spoke.', 'Kim', '1946-02-09'), /— Vice-chairman of the Provisional People's Committee for North Korea/);
    assert.match(lead('Kim Tu-bong spoke.', 'Kim', '1946-05-09'), /Chairman of the New People's Party|Vice-chairman/);
    // Cho Man-sik chaired his province's committee until the Five Provinces Bureau was set up on 19 November 1945
    assert.match(lead('Cho Man-sik spoke.', 'Cho', '1945-11-07'), /— Chairman of the South Pyongan People's Political Committee/);
    assert.match(lead('Cho Man-sik spoke.', 'Cho', '1945-11-25'), /— Chairman of the Five Provinces Administrative Bureau/);
  });

  it('leaves Vyshinsky First Deputy Minister of Foreign Affairs under Molotov after 5 March 1953', () => {
    assert.match(lead('Vyshinsky spoke.', 'Vyshinsky', '1953-04-20'), /^\*\*Andrey Vyshinsky\*\* — First Deputy Minister of Foreign Affairs of the USSR \(on 20 Apr 1953\)$/);
    assert.match(lead('Vyshinsky spoke.', 'Vyshinsky', '1953-03-01'), /— Minister of Foreign Affairs of the USSR/);
  });

  it('gives Shvernik the trade unions from March 1953, Zhukov the Ground Forces in spring 1946 and Nie Rongzhen the North China Military Region in 1948', () => {
    assert.match(lead('Shvernik spoke.', 'Shvernik', '1953-06-01'), /— Chairman of the All-Union Central Council of Trade Unions \(AUCCTU\)/);
    assert.match(lead('Zhukov spoke.', 'Zhukov', '1946-04-15'), /— Commander-in-Chief of the Ground Forces and Deputy Minister of the Armed Forces/);
    assert.match(lead('Nie Rongzhen spoke.', 'Nie', '1948-10-01'), /— Commander and political commissar, North China Military Region/);
  });

  it('gives Zakharov his commands after 1953, the Leningrad Military District and then the forces in Germany, not General Staff posts', () => {
    assert.match(lead('Zakharov reported.', 'Zakharov', '1955-06-01'), /— Commander, Leningrad Military District \(on 1 Jun 1955\)$/);
    assert.match(lead('Zakharov reported.', 'Zakharov', '1958-06-01'), /— Commander-in-Chief, Group of Soviet Forces in Germany \(on 1 Jun 1958\)$/);
  });

  it('ends Malinovsky’s Transbaikal Front on 9 October 1945, the day it became the Transbaikal-Amur Military District', () => {
    assert.match(lead('Cde. Malinovsky spoke.', 'Malinovsky', '1945-10-13'), /— Commander, Transbaikal-Amur Military District \(on 13 Oct 1945\)$/);
    assert.match(lead('Cde. Malinovsky spoke.', 'Malinovsky', '1945-10-05'), /— Commander, Transbaikal Front \(on 5 Oct 1945\)$/);
  });

  it('gives Shtykov the Military Council of the 1st Far Eastern Front in August 1945, before the occupation of northern Korea', () => {
    assert.match(lead('From the Military Council of the 1st Far Eastern Front. SHTYKOV', 'SHTYKOV', '1945-08-12'), /— Member of the Military Council, 1st Far Eastern Front \(on 12 Aug 1945\)$/);
    assert.match(lead('Shtykov reported.', 'Shtykov', '1946-03-08'), /— Head of the Soviet occupation administration in North Korea/);
  });
});

describe('notes that agree with their roles', () => {
  it('says that Shtykov’s cover name `Shtraus` is known from no published cable', () => {
    const text = 'SHTRAUS. 12.3.50';
    const analysis = analyzeEntities(text, gazetteer, { date: { year: 1950, month: 3, day: 12 }, channels: ['Pyongyang'], brackets: [] });
    const hover = getEntityHover(analysis, 1)!.markdown.replace(/\\(.)/g, '$1');
    assert.match(hover, /Terentii Shtykov/);
    assert.match(hover, /no published cable or archive title with this name is known/);
  });

  it('ends Gao Gang’s chairmanship of the Northeast People’s Government in November 1952, with the government itself', () => {
    const hover = (day: number, month: number, year: number) => {
      const analysis = analyzeEntities('Gao Gang arrived.', gazetteer, { date: { year, month, day }, channels: [], brackets: [] });
      return getEntityHover(analysis, 1)!.markdown.replace(/\\(.)/g, '$1');
    };
    assert.match(hover(10, 3, 1952), /Chairman of the Northeast People's Government/);
    assert.doesNotMatch(hover(10, 3, 1953), /Chairman of the Northeast People's Government/);
  });

  it('notes that Mu Chong’s death is dated both 9 August 1951 and October 1952', () => {
    const text = 'Mu Chong commands the corps.';
    const analysis = analyzeEntities(text, gazetteer, { date: { year: 1950, month: 7, day: 20 }, channels: [], brackets: [] });
    const hover = getEntityHover(analysis, 1)!.markdown.replace(/\\(.)/g, '$1');
    assert.match(hover, /9 August 1951/);
    assert.match(hover, /October 1952/);
  });

  it('gives F.F. Kuznetsov the GRU from 1943, as his role does, not from 1947', () => {
    const text = 'F.F. Kuznetsov reported.';
    const analysis = analyzeEntities(text, gazetteer, { date: { year: 1946, month: 5, day: 20 }, channels: [], brackets: [] });
    const hover = getEntityHover(analysis, 1)!.markdown.replace(/\\(.)/g, '$1');
    assert.match(hover, /Chief of the GRU from 1943/);
    assert.doesNotMatch(hover, /from 1947\./);
  });
});

describe('people of the cables of 1945-1948', () => {
  it('knows the American generals of the Joint Commission and the 25th Army’s last commander, on the dates of their offices', () => {
    assert.match(lead('General Hodge wrote to Chistyakov.', 'Hodge', '1946-01-16'), /^\*\*John R. Hodge\*\* — Commanding General, US Army Forces in Korea \(USAFIK\)/);
    assert.match(lead('General Arnold said the commission would meet.', 'Arnold', '1946-03-20'), /^\*\*Archibald V. Arnold\*\* — Head of the US delegation to the US-Soviet Joint Commission/);
    assert.match(lead('General Brown said the commission would meet.', 'Brown', '1947-05-21'), /^\*\*Albert E. Brown\*\* — Head of the US delegation to the US-Soviet Joint Commission/);
    assert.match(lead('General Korotkov reported.', 'Korotkov', '1948-02-08'), /^\*\*Gennadii Korotkov\*\* — Commander, Soviet 25th Army in northern Korea/);
  });

  it('leaves the word brown alone: Brown is named only with his rank or initials', () => {
    const text = 'The brown hills were taken.';
    const analysis = analyzeEntities(text, gazetteer, { date: { year: 1947, month: 5, day: 21 }, channels: [], brackets: [] });
    assert.deepEqual(analysis.mentions.map((m) => m.name), []);
  });
});

describe('Xinjiang in the autumn of 1949', () => {
  it('gives Burhan the provincial chairmanship he kept after declaring for the CCP on 26 September 1949, and the people’s government’s only from December', () => {
    const text = 'The Chairman of the Xinjiang provincial government Burhan has sent a telegram to Mao Zedong.';
    assert.match(lead(text, 'Burhan', '1949-09-10'), /^\*\*Burhan Shahidi\*\* — Chairman of the Xinjiang Provincial Government \(Nationalist\)/);
    for (const day of ['1949-10-20', '1949-11-20']) {
      assert.match(lead(text, 'Burhan', day), /^\*\*Burhan Shahidi\*\* — Chairman of the Xinjiang Provincial Government, having declared for the CCP \(on /, day);
    }
    assert.match(lead(text, 'Burhan', '1950-03-01'), /^\*\*Burhan Shahidi\*\* — Chairman of the Xinjiang Provincial People's Government/);
  });
});

describe('the Chinese advisers with the Viet Minh and the DRV’s envoy in Beijing', () => {
  it('knows Luo Guibo, Wei Guoqing and Hoang Van Hoan by their offices of 1950–1954', () => {
    const text = 'Wei Guoqing and Luo Guibo have returned to Vietnam. Hoang Van Hoan will visit the embassy.';
    assert.match(lead(text, 'Luo Guibo', '1950-09-28'), /^\*\*Luo Guibo\*\* — Liaison representative of the CCP Central Committee with the Viet Minh \(on 28 Sep 1950\)/);
    assert.match(lead(text, 'Luo Guibo', '1953-04-10'), /^\*\*Luo Guibo\*\* — Head of the Chinese Political Advisory Group in Vietnam \(on 10 Apr 1953\)/);
    assert.match(lead(text, 'Wei Guoqing', '1953-04-10'), /^\*\*Wei Guoqing\*\* — Head of the Chinese Military Advisory Group in Vietnam \(on 10 Apr 1953\)/);
    assert.match(lead(text, 'Hoang Van Hoan', '1953-04-10'), /^\*\*Hoang Van Hoan\*\* — DRV representative, then Ambassador, in Beijing \(on 10 Apr 1953\)/);
    assert.match(lead('罗贵波同志已到越南。', '罗贵波', '1951-03-01'), /^\*\*Luo Guibo\*\*/);
  });
});

describe('the Mongolian leaders under their double titles', () => {
  it('names Choibalsan and Tsedenbal, each by the premiership he held on the date', () => {
    const choibalsan = 'I was received by the Chairman of the Council of Ministers of the MPR and Commander-in-Chief Marshal Choibalsan.';
    assert.match(lead(choibalsan, 'Choibalsan', '1950-12-08'), /^\*\*Khorloogiin Choibalsan\*\* — Chairman of the Council of Ministers of the Mongolian People's Republic \(on 8 Dec 1950\)/);
    const tsedenbal = 'I was received by the General Secretary of the Central Committee of the MPRP and Chairman of the Council of Ministers of the MPR Tsedenbal.';
    assert.match(lead(tsedenbal, 'Tsedenbal', '1952-12-08'), /^\*\*Yumjaagiin Tsedenbal\*\* — Chairman of the Council of Ministers of the Mongolian People's Republic \(on 8 Dec 1952\)/);
  });
});
