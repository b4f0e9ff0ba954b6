// Names read from the document's context: names in Chinese characters and hangul, the one-character
// addressee runs of Chinese military telegrams, a lone character or a bare surname or given name
// standing for someone the cable names in full, people the gazetteer lacks (hover, count, semantic
// token, quick fix), the editor's notes as evidence, and names inside the editor's annotations.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GazetteerManager, type Gazetteer } from '../../server/src/service/gazetteer';
import type { GazetteerEntryInput } from '../../server/src/service/gazetteer/types';
import {
  getEntityHover,
  getEntitySemanticTokens,
  getUnknownPersonFixes,
  type EntityAnalysis,
  type EntityMention,
} from '../../server/src/service/entities';
import { allRules, analyzeDocument, defaultSettings, runRules } from '../../server/src/service/analysis';

const builtin = new GazetteerManager().gazetteer;

/** A small gazetteer of its own, so that these tests do not move when the built-in data grows. */
function gazetteerOf(entries: GazetteerEntryInput[]): Gazetteer {
  return new GazetteerManager({ id: 'builtin', entries }).gazetteer;
}

const person = (id: string, canonical: string, forms: string[], extra: Partial<GazetteerEntryInput> = {}): GazetteerEntryInput => ({
  id,
  kind: 'person',
  canonical,
  system: 'pinyin',
  variants: forms.map((form) => ({ form, system: /^[\p{Script=Han}]+$/u.test(form) ? 'hanzi' : /^[\p{Script=Hangul}]+$/u.test(form) ? 'hangul' : 'pinyin' })),
  ...extra,
});

const fourthFieldArmy = gazetteerOf([
  person('lin_biao', 'Lin Biao', ['林彪']),
  person('lin_boju', 'Lin Boqu', ['林伯渠']),
  // listed before Deng Zihui, so that only the cable's context can pick Deng Zihui
  person('deng_xiaoping', 'Deng Xiaoping', ['邓小平'], { roles: [{ title: 'General Secretary of the CCP', from: 1956, to: 1966 }] }),
  person('deng_zihui', 'Deng Zihui', ['邓子恢'], { roles: [{ title: 'Second secretary of the Central China Bureau', from: 1949, to: 1952 }] }),
  person('tan_zheng', 'Tan Zheng', ['谭政']),
  person('xiao_ke', 'Xiao Ke', ['萧克']),
  person('zhao_erlu', 'Zhao Erlu', ['赵尔陆']),
  person('ni_zhiliang', 'Ni Zhiliang', ['倪志亮']),
  person('kim_il_sung', 'Kim Il Sung', ['金日成', '김일성']),
  person('kim_chaek', 'Kim Chaek', ['金策', '김책']),
  person('pak_hon_yong', 'Pak Hon-yong', ['Pak Heon-yeong', 'Pak Hon Yong', '朴憲永', '박헌영']),
  person('gao_gang', 'Gao Gang', ['高岗']),
  person('he_long', 'He Long', ['贺龙']),
  person('li_kenong', 'Li Kenong', ['李克农']),
  person('stalin', 'Joseph Stalin', ['Stalin'], { system: 'english' }),
]);

function entities(text: string, g: Gazetteer = fourthFieldArmy): EntityAnalysis {
  return analyzeDocument(text, g, defaultSettings).entities;
}

function at(a: EntityAnalysis, written: string, occurrence = 0): EntityMention | undefined {
  let offset = -1;
  for (let k = 0; k <= occurrence; k++) offset = a.text.indexOf(written, offset + 1);
  assert.ok(offset >= 0, `text has ${written}`);
  return a.mentions.find((m) => m.span.start === offset && m.span.end === offset + written.length);
}

function hoverAt(a: EntityAnalysis, written: string, occurrence = 0, context = {}): string {
  let offset = -1;
  for (let k = 0; k <= occurrence; k++) offset = a.text.indexOf(written, offset + 1);
  const h = getEntityHover(a, offset, context);
  assert.ok(h, `a hover on ${written}`);
  return h.markdown.replace(/\\(.)/g, '$1'); // read without the markdown escapes
}

const nameRules = allRules.filter((r) => r.code.startsWith('cable.name.'));
function nameDiagnostics(text: string, g: Gazetteer = fourthFieldArmy) {
  return runRules(analyzeDocument(text, g, defaultSettings), nameRules);
}

function repoFile(...parts: string[]): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, ...parts);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.join(process.cwd(), ...parts);
  }
}
const fixture = (name: string) => fs.readFileSync(repoFile('test', 'fixtures', 'forms', name), 'utf8');

describe('names in Chinese characters and hangul', () => {
  it('resolves a hanzi or hangul form of the built-in gazetteer, inside running Chinese text too', () => {
    const a = entities('毛泽东同志并周恩来：金日成首相和박헌영 외무상', builtin);
    assert.equal(at(a, '毛泽东')?.resolution.best.entry.id, 'mao');
    assert.equal(at(a, '周恩来')?.resolution.best.entry.id, 'zhou_enlai');
    assert.equal(at(a, '金日成')?.resolution.best.entry.id, 'kim_il_sung');
    assert.equal(at(a, '박헌영')?.resolution.best.entry.id, 'pak_hon_yong');
    assert.equal(at(a, '毛泽东')?.resolution.best.system, 'hanzi');
  });

  it('resolves the Chinese transcriptions of Soviet and Western names in a Chinese original', () => {
    const a = entities('请转告斯大林同志、莫洛托夫同志、维辛斯基同志。罗申同志已知道。李奇微和乔埃的建议、杜鲁门和艾奇逊的声明已收到。麥克阿瑟', builtin);
    const read = (written: string) => at(a, written)?.resolution.best.entry.id;
    assert.deepEqual(['斯大林', '莫洛托夫', '维辛斯基', '罗申', '李奇微', '杜鲁门', '艾奇逊', '麥克阿瑟'].map(read), ['stalin', 'molotov', 'vyshinsky', 'roshchin', 'ridgway', 'truman', 'acheson', 'macarthur']);
  });

  it('reads a hangul name with the particle Korean glues to it', () => {
    const a = entities('김일성은 박헌영에게 말했다. 김일성동지', builtin);
    assert.equal(at(a, '김일성')?.resolution.best.entry.id, 'kim_il_sung');
    assert.equal(at(a, '박헌영')?.resolution.best.entry.id, 'pak_hon_yong');
    assert.equal(at(a, '김일성', 1)?.resolution.best.entry.id, 'kim_il_sung');
    assert.equal(entities('김일성주의', builtin).mentions.length, 0, 'a longer word is another word');
  });

  it('hover on a hanzi name names the person and the script', () => {
    const h = hoverAt(entities('林彪同志：', builtin), '林彪');
    assert.match(h, /Lin Biao/);
    assert.match(h, /Chinese characters/);
  });
});

describe('one-character addressee runs', () => {
  const cable = ['林邓谭萧赵：', '(一) 五月二十二日电悉。', '——————', 'Lin [Biao], Deng [Zihui], Tan [Zheng], Xiao [Ke], Zhao [Erlu]:', '(1) Your telegram of May 22 has been received.'].join('\n');

  it('reads each character of the run as the person whose hanzi name starts with it', () => {
    const a = entities(cable);
    const ids = [...'林邓谭萧赵'].map((ch) => at(a, ch)?.resolution.best.entry.id);
    assert.deepEqual(ids, ['lin_biao', 'deng_zihui', 'tan_zheng', 'xiao_ke', 'zhao_erlu']);
    for (const ch of '林邓谭萧赵') assert.equal(at(a, ch)?.reference, 'addresseeRun');
  });

  it('prefers the people the cable names elsewhere, and says so in the hover', () => {
    const a = entities(cable);
    assert.equal(at(a, '邓')?.resolution.confidence, 'certain');
    const h = hoverAt(a, '邓');
    assert.match(h, /one-character reference in an addressee run/);
    assert.match(h, /Deng Zihui/);
    assert.match(h, /stands for Deng Zihui named on line 4/);
  });

  it('prefers someone active on the cable date when nobody is named in full', () => {
    const a = analyzeDocument('林邓：\n一九五0年十月十二日', fourthFieldArmy, defaultSettings).entities;
    assert.equal(a.context.date?.year, 1950);
    assert.equal(at(a, '邓')?.resolution.best.entry.id, 'deng_zihui');
    assert.equal(at(a, '邓')?.resolution.confidence, 'probable');
    assert.match(hoverAt(a, '邓'), /active on the cable's date: Second secretary of the Central China Bureau/);
  });

  it('lists the candidates when nothing decides', () => {
    const a = entities('林邓：\n(一) 电悉。');
    const deng = at(a, '邓')!;
    assert.equal(deng.resolution.confidence, 'uncertain');
    const all = [deng.resolution.best, ...deng.resolution.alternatives].map((c) => c.entry.id).sort();
    assert.deepEqual(all, ['deng_xiaoping', 'deng_zihui']);
    assert.match(hoverAt(a, '邓'), /Deng Zihui or Deng Xiaoping|Deng Xiaoping or Deng Zihui/);
  });

  it('reads a run glued to a footnote marker before the colon (彭高[1] :)', () => {
    const a = entities('彭高[1] :\n(一) 电悉。', builtin);
    assert.equal(at(a, '高')?.resolution.best.entry.id, 'gao_gang');
    assert.equal(at(a, '高')?.reference, 'addresseeRun');
  });

  it('leaves alone a single character, a run holding a character no name starts with, and Chinese prose', () => {
    assert.equal(entities('林：\n').mentions.length, 0);
    assert.equal(entities('林我谭：\n').mentions.length, 0);
    // mid-sentence, after other Chinese words: no addressee run
    assert.equal(entities('我们同意林邓谭的意见').mentions.filter((m) => m.reference === 'addresseeRun').length, 0);
  });

  it('draws no diagnostic', () => {
    assert.deepEqual(nameDiagnostics(cable), []);
  });
});

describe('a lone character for someone named in full', () => {
  it('reads 倪 as 倪志亮 when the cable names him, and the hover points at the full name', () => {
    const a = entities('倪志亮同志所部归你们指挥。\n倪部何时出动,请告。');
    const ni = at(a, '倪', 1)!;
    assert.equal(ni.resolution.best.entry.id, 'ni_zhiliang');
    assert.equal(ni.reference, 'character');
    assert.match(hoverAt(a, '倪', 1), /stands for 倪志亮 named on line 1/);
  });

  it('reads 金 as 金日成 before a title, but not the 金 of a Chinese word', () => {
    const a = entities('金日成首相来电。请转告金首相。资金问题另议。');
    assert.equal(at(a, '金', 1)?.resolution.best.entry.id, 'kim_il_sung');
    assert.equal(at(a, '金', 2), undefined, '资金 is money');
  });

  it('reads nothing when nobody of that surname is named in full', () => {
    assert.equal(entities('倪部何时出动,请告。').mentions.length, 0);
  });
});

describe('bare surnames and given names', () => {
  it('resolves Kim, Pak, Gao and Zhiliang to the one person of that name the cable names in full', () => {
    const a = entities(fixture('51-bare-surname.cable'), builtin);
    assert.equal(at(a, 'Kim', 1)?.resolution.best.entry.id, 'kim_il_sung');
    assert.equal(at(a, 'Pak', 2)?.resolution.best.entry.id, 'pak_hon_yong', 'the second Pak is the editor\'s [Pak Hon Yong]');
    assert.equal(at(a, 'Zhiliang', 1)?.resolution.best.entry.id, 'ni_zhiliang');
    assert.equal(at(a, 'Zhiliang', 1)?.reference, 'givenName');
    assert.match(hoverAt(a, 'Kim', 1), /surname alone: \*\*Kim Il Sung\*\*/);
    assert.match(hoverAt(a, 'Kim', 1), /stands for Kim Il Sung named on line 6/);
  });

  it('reads a name the forwarded telegram gives in full', () => {
    const a = entities(['I am sending you the text of the telegram from Gao Gang:', '"Comrade Stalin. The trains have left. Gao Gang"', 'Gao asks for an answer.'].join('\n'));
    assert.equal(at(a, 'Gao', 2)?.resolution.best.entry.id, 'gao_gang');
  });

  it('with two people of the surname named, lists both and says so', () => {
    const a = entities('Kim Il Sung and Kim Chaek received me. Kim said that the front holds.');
    const kim = at(a, 'Kim', 2)!;
    assert.equal(kim.resolution.confidence, 'uncertain');
    assert.deepEqual([kim.resolution.best, ...kim.resolution.alternatives].map((c) => c.entry.id).sort(), ['kim_chaek', 'kim_il_sung']);
    assert.match(hoverAt(a, 'Kim', 2), /Kim\*\*: Kim (Il Sung|Chaek) or Kim (Il Sung|Chaek) — both named in this cable/);
    assert.deepEqual(nameDiagnostics(a.text), []);
  });

  it('takes the last word of a Russian or Western name for its surname, and no given name of one alone', () => {
    const a = entities('Andrei Wyschinski and Kliment Yefremovich Voroshilov arrived, then Mark Wayne Clark. Wyschinski spoke; Kliment stayed silent. Mark answered.', builtin);
    assert.equal(at(a, 'Wyschinski', 1)?.resolution.best.entry.id, 'vyshinsky');
    assert.match(hoverAt(a, 'Wyschinski', 1), /surname alone/);
    assert.equal(at(a, 'Kliment', 1), undefined, 'a given name alone names nobody');
    assert.equal(at(a, 'Mark', 1), undefined, 'a given name alone names nobody');
  });

  it('leaves a surname alone when the cable names nobody of it in full', () => {
    assert.equal(entities('Kim said that the front holds.').mentions.length, 0);
  });

  it('does not take English words, other people of the surname or a misspelt name for the surname', () => {
    const a = entities('He Long arrived. He said that Long marches are hard. Kim Il Sung met Kim Tae-hong. Li Kenong wrote to Le Kenong.');
    assert.equal(at(a, 'He', 1), undefined, 'He is a pronoun');
    assert.equal(at(a, 'Long', 1), undefined, 'Long is an adjective');
    assert.equal(at(a, 'Kim', 1), undefined, 'Kim Tae-hong is somebody else');
    assert.equal(at(a, 'Kenong', 1), undefined, 'Le Kenong is a misspelling, not a bare given name');
  });

  it('draws no warning for the fixture', () => {
    assert.deepEqual(nameDiagnostics(fixture('51-bare-surname.cable'), builtin), []);
  });
});

describe('people the gazetteer lacks', () => {
  it('reads a name after a form of address or a title, and in a distribution list', () => {
    const a = entities(fixture('52-unknown-person.cable'), builtin);
    assert.deepEqual(a.unknownPeople.map((u) => [u.name, u.cue]), [
      ['Lebedinsky', "after 'Cde.'"],
      ['Lebedinsky', "after 'Cde.'"],
      ['Lebedinsky', 'distribution list'],
    ]);
    assert.deepEqual(nameDiagnostics(a.text, builtin), [], 'no warning for an unknown person');
  });

  it('the same name elsewhere in the text is the same person, without a form of address there', () => {
    const text = 'Gao Gang should order Zhang Mingyuan to move the rear services to Andong.\nComrade Zhang Mingyuan will report on the supplies. Zhang Mingyuanov is someone else.';
    const a = entities(text, builtin);
    assert.deepEqual(a.unknownPeople.map((u) => [u.name, u.cue]), [
      ['Zhang Mingyuan', "written so elsewhere in the text, after 'Comrade'"],
      ['Zhang Mingyuan', "after 'Comrade'"],
    ]);
    // a name of one short word is not sought again: `Tsoi` may be anyone's syllable
    const short = entities('The interpreter Comrade Tsoi was present. Tsoi translated.', builtin);
    assert.deepEqual(short.unknownPeople.map((u) => [u.name, u.span.start]), [['Tsoi', 24]]);
  });

  it('reads hyphened parts, apostrophes and letters beyond ASCII as part of a name, and no trailing hyphen or digits', () => {
    const a = entities("Comrade Tae-hong Kim arrived. Comrade O’Neil and Comrade O'Brien left. Comrade Müller-Wiese spoke. Comrade Ivanov- left. Comrade Petrov-3 came.", builtin);
    assert.deepEqual(a.unknownPeople.map((u) => u.name), ['Tae-hong Kim', 'O’Neil', "O'Brien", 'Müller-Wiese', 'Ivanov', 'Petrov']);
    const b = entities("Cde. Łukasz Nowak wrote; Comrade Kuz'min-Karavaev stayed. Comrade Sidorov-Éclair came. Comrade A. Ž. Kovač signed.", builtin);
    assert.deepEqual(b.unknownPeople.map((u) => [u.name, u.key]), [['Łukasz Nowak', 'łukasznowak'], ["Kuz'min-Karavaev", 'kuzminkaravaev'], ['Sidorov-Éclair', 'sidoroveclair'], ['A. Ž. Kovač', 'kovac']]);
  });

  it('reads a name before an office in apposition as a person, the office his in the hover', () => {
    const text = 'Wang Heshou, Vice Minister of Heavy Industry, will stay in Moscow. Later Wang Heshou will leave.\nComrade Ivanov, Counsellor of the Embassy will report.';
    const a = entities(text, builtin);
    assert.deepEqual(a.unknownPeople.map((u) => [u.name, u.office]), [
      ['Wang Heshou', 'Vice Minister of Heavy Industry'],
      ['Wang Heshou', 'Vice Minister of Heavy Industry'],
      ['Ivanov', 'Counsellor of the Embassy'],
    ]);
    // a hyphened office: Secretary-General
    assert.deepEqual(entities('Ivan Sidorenko, Secretary-General of the Society, came.', builtin).unknownPeople.map((u) => u.office), ['Secretary-General of the Society']);
    const hover = getEntityHover(a, text.indexOf('Heshou', 70))!;
    assert.match(hover.markdown, /Office, as the text gives it: Vice Minister of Heavy Industry\./);
    // a known man, a place, a single word, or words that are no name: nothing
    const none = entities('Zhou Enlai, Premier of the Government Administration Council, agrees. In Moscow, Minister Vyshinsky said so. Today, Chairman Mao left. Wang, Minister of Finance, came. Foreign Affairs, Deputy Minister.', builtin);
    assert.deepEqual(none.unknownPeople.map((u) => u.name), []);
  });

  it('reads a Chinese surname that is an English word (Song, He, Sung) before a Chinese given name and an office', () => {
    const text = 'Song Shaowen, Deputy Secretary-General of the Government Administration Council, will arrive. Vice Minister of Trade Sun Guozhi left.\nSung Ping-hsiang, Counsellor of the Embassy, stayed.';
    const a = entities(text, builtin);
    assert.deepEqual(a.unknownPeople.map((u) => [u.name, u.office]), [
      ['Song Shaowen', 'Deputy Secretary-General of the Government Administration Council'],
      ['Sun Guozhi', 'Vice Minister of Trade'],
      ['Sung Ping-hsiang', 'Counsellor of the Embassy'],
    ]);
    // the English word, a given name that is no Chinese one, or a surname alone: nothing
    const none = entities('Song of the Volga, Director of the choir, was sung. Song Festival, Chairman Ivanov presiding. Long March, Commander of the column. He Smith, Director of the works. Song, Deputy Minister of Trade, came.', builtin);
    assert.deepEqual(none.unknownPeople.map((u) => u.name), ['Ivanov']);
  });

  it('reads each name of a signature that two men sign together (IVANOV, PETROV)', () => {
    const text = 'To Cde. Shtykov.\n\nThe work is proceeding.\n\nIVANOV, PETROV\n';
    const a = entities(text, builtin);
    assert.deepEqual(a.unknownPeople.map((u) => [u.name, u.cue]), [['IVANOV', 'signature'], ['PETROV', 'signature']]);
    assert.deepEqual(nameDiagnostics(text, builtin), []);
    // a man the gazetteer knows beside him is his mention, not an unknown person, and does not hide him
    const b = entities('To Cde. Shtykov.\n\nThe work is proceeding.\n\nA. GROMYKO, PETROV\n', builtin);
    assert.deepEqual(b.unknownPeople.map((u) => u.name), ['PETROV']);
    assert.ok(at(b, 'GROMYKO'), 'GROMYKO is a mention');
  });

  it('reads both signers of a line that sets them apart by a run of blanks, or joins them with initials and `and`', () => {
    const signed = (line: string) => entities(`To Cde. Shtykov.\n\nThe work is proceeding.\n\n${line}\n3.IV.51\n`, builtin).unknownPeople.map((u) => [u.name, u.cue]);
    // (the parser's slot holds the whole line `IVANOV    PETROV`, or only `PETROV` after `I. IVANOV and P. `)
    assert.deepEqual(signed('IVANOV    PETROV'), [['IVANOV', 'signature'], ['PETROV', 'signature']]);
    assert.deepEqual(signed('I. IVANOV and P. PETROV'), [['IVANOV', 'signature'], ['PETROV', 'signature']]);
    // a man the gazetteer knows beside him stays his mention
    const b = entities('To Cde. Shtykov.\n\nThe work is proceeding.\n\nROSHCHIN    PETROV\n3.IV.51\n', builtin);
    assert.deepEqual(b.unknownPeople.map((u) => u.name), ['PETROV']);
    assert.ok(at(b, 'ROSHCHIN'), 'ROSHCHIN is a mention');
    // a closing formula before the signer is no name
    assert.deepEqual(signed('With greetings, IVANOV'), [['IVANOV', 'signature']]);
  });

  it('reads a letter-spaced signer (P E T R O V) and the name after the page\'s [signature] ([signature] (Petrov))', () => {
    const signed = (line: string) => entities(`To Cde. Shtykov.\n\nThe work is proceeding.\n\n${line}\n3.IV.51\n`, builtin).unknownPeople.map((u) => [u.name, u.cue]);
    assert.deepEqual(signed('P E T R O V'), [['PETROV', 'signature']]);
    assert.deepEqual(signed('[signature] (Petrov)'), [['Petrov', 'signature']]);
    // a man the gazetteer knows, letter-spaced, is his mention
    const a = entities('To Cde. Vyshinsky.\n\nThe work is proceeding.\n\nS H T Y K O V\n3.IV.51\n', builtin);
    assert.deepEqual(a.unknownPeople, []);
    // and one whose two words run together is no unknown man
    assert.deepEqual(signed('M A O Z E D O N G'), []);
  });

  it('reads a letter-spaced signer or addressee whose two words run together as the man or cover name they spell (M A O Z E D O N G, F E N G X I)', () => {
    const id = (text: string, written: string) => at(entities(text, builtin), written)?.resolution.best.entry.id;
    assert.equal(id('To Cde. Filippov.\n\nWe have decided to send troops.\n\nM A O Z E D O N G\n2.X.50\n', 'M A O Z E D O N G'), 'mao');
    const fengXi = at(entities('To Cde. Shtykov.\n\nYour telegram has been received.\n\nF E N G X I\n1.X.50\n', builtin), 'F E N G X I');
    assert.equal(fengXi?.resolution.best.entry.id, 'stalin');
    assert.equal(fengXi?.resolution.best.via, 'pseudonym');
    // letter-spaced in prose it is no name
    assert.equal(id('To Cde. Filippov.\n\nThe paper printed M A O Z E D O N G in big letters.\n\nROSHCHIN\n2.X.50\n', 'M A O Z E D O N G'), undefined);
  });

  it('reads a letter-spaced name of one word (S H T Y K O V) only where a man signs or is addressed, not in the text', () => {
    const id = (text: string) => at(entities(text, builtin), 'S H T Y K O V')?.resolution.best.entry.id;
    assert.equal(id('To Cde. Vyshinsky.\n\nThe work is proceeding.\n\nS H T Y K O V\n3.III.49\n'), 'shtykov');
    assert.equal(id('To Cde. Vyshinsky.\n\nThe paper printed S H T Y K O V in big letters.\n\nROSHCHIN\n3.III.49\n'), undefined);
  });

  it('reads a name after an office with its complement as a person, the office his', () => {
    const a = entities('Vice Minister of Heavy Industry Wang Heshou will arrive. The Chairman of the Financial and Economic Committee Chen Yun left.', builtin);
    assert.deepEqual(a.unknownPeople.map((u) => [u.name, u.office]), [['Wang Heshou', 'Vice Minister of Heavy Industry']]);
    // a known man, a man of one word, or no complement: nothing
    const none = entities('Minister of Foreign Affairs of the USSR Cde. Vyshinsky agrees. Chief of the General Staff Shtemenko left. Minister of Wang Heshou.', builtin);
    assert.deepEqual(none.unknownPeople.map((u) => u.name), []);
  });

  it('reads initials and steps over ranks: Colonel General, Dear Cde. on its own line', () => {
    const a = entities('Today Colonel General Razin arrived.\nDear Cde.\nI. P. Sokolov:\nComrade Tsarapkin agrees.');
    assert.deepEqual(a.unknownPeople.map((u) => u.name), ['Razin', 'I. P. Sokolov', 'Tsarapkin']);
    assert.deepEqual(a.unknownPeople.map((u) => u.key), ['razin', 'sokolov', 'tsarapkin']);
  });

  it('a name after a rank or a form of address one letter from a place is a person, not the place misspelt', () => {
    const text = 'Colonel General Razin has inspected the port of Rajin.\nComrade Razin will report on 25 February.';
    const a = entities(text, builtin);
    assert.deepEqual(a.unknownPeople.map((u) => [u.name, u.cue]), [['Razin', "after 'Colonel'"], ['Razin', "after 'Comrade'"]]);
    assert.deepEqual(a.nearMisses.map((n) => n.written), []);
    assert.deepEqual(nameDiagnostics(text, builtin), []);
    // without the rank the word is the port misspelt beside its right spelling
    const port = 'The port of Razin was bombed. The port of Rajin is repaired.';
    assert.deepEqual(nameDiagnostics(port, builtin).map((d) => d.code), ['cable.name.variant']);
  });

  it('reads every name after a plural form of address, and after Mr.', () => {
    const a = entities('Cdes. Ivanov and Petrov left. Comrades Sidorov, Orlovsky and Zhukov stay. Mr. Smith came.');
    assert.deepEqual(a.unknownPeople.map((u) => u.name), ['Ivanov', 'Petrov', 'Sidorov', 'Orlovsky', 'Zhukov', 'Smith']);
    assert.equal(a.unknownPeople[5]!.cue, "after 'Mr.'");
  });

  it('does not take offices, ranks, bodies or places for people', () => {
    const a = entities([
      'To the General Staff. Comrade Chairman, Marshal of the Soviet Union, Minister of Foreign Affairs,',
      'General Assembly, Comrade Ambassador, Cde. USSR, Ambassador SovAmbassador, Minister Pak, Comrades Kim and Li.',
      'Comrade Commander-in-Chief, Comrade Second Secretary, the Comrade Commander.',
      'The General Political Bureau of the KPA met the Main Political Directorate and Comrade Operations Chief.',
      'The spokesman of the General Information Administration, Hu Qiaomu, and the General Cadres Department agree.',
    ].join('\n'));
    assert.deepEqual(a.unknownPeople.map((u) => u.name), []);
  });

  it('hover: not in the gazetteer, with the number of mentions in the document or in the folder', () => {
    const a = entities(fixture('52-unknown-person.cable'), builtin);
    assert.match(hoverAt(a, 'Lebedinsky'), /Not in the gazetteer: 3 mentions in this document\./);
    assert.match(hoverAt(a, 'Lebedinsky', 0, { unknownInFolder: (key: string) => (key === 'lebedinsky' ? 7 : 0) }), /Not in the gazetteer: 7 mentions in this folder\./);
  });

  it('a name the editor glosses with one known person is that person; a gloss naming several is shown as evidence', () => {
    const one = entities('To Cde. Kuzmin [Stalin].\nThe fronts of Cde. Maksimov [Meretskov] and Cde. Morozov [Malinovsky] are ready.', builtin);
    assert.deepEqual(one.unknownPeople.map((u) => u.name), []);
    assert.deepEqual(['Kuzmin', 'Maksimov', 'Morozov'].map((n) => [n, at(one, n)?.resolution.best.entry.id, at(one, n)?.resolution.confidence]), [
      ['Kuzmin', 'stalin', 'certain'], ['Maksimov', 'meretskov', 'certain'], ['Morozov', 'malinovsky', 'certain'],
    ]);
    assert.match(hoverAt(one, 'Maksimov'), /^\*\*Kirill Meretskov\*\*[^]*Form used here: Maksimov \(not a listed form of this entry: the editor's gloss names it\)/);
    assert.equal(at(one, 'Meretskov')?.glossOf, one.mentions.indexOf(at(one, 'Maksimov')!), 'the gloss is of the name');
    const a = entities('To Cde. Kuzmin [Stalin, Molotov].\nThe talks begin.', builtin);
    assert.deepEqual(a.unknownPeople.map((u) => u.name), ['Kuzmin']);
    assert.match(hoverAt(a, 'Kuzmin'), /the editor's gloss \[Stalin, Molotov\] names \*\*Joseph Stalin\*\*, \*\*Vyacheslav Molotov\*\*/);
    // On the gloss the hover's range covers name and gloss, so that it holds the cursor (found by the fuzzer).
    const onGloss = a.text.indexOf('[');
    const h = getEntityHover(a, onGloss);
    assert.ok(h && h.span.start <= onGloss && onGloss < h.span.end, JSON.stringify(h?.span));
  });

  it('has a semantic token type of its own', () => {
    const a = entities('To Cde. Lebedinsky.\nZhou Enlai agrees.', builtin);
    const token = getEntitySemanticTokens(a).find((t) => a.text.slice(t.span.start, t.span.end) === 'Lebedinsky');
    assert.equal(token?.type, 'unknownPerson');
  });

  it('the quick fix adds a stub entry with every spelling seen', () => {
    const a = entities('To Cde. LEBEDINSKY.\nCde. Lebedinsky agrees.', builtin);
    const start = a.text.indexOf('Lebedinsky');
    const fixes = getUnknownPersonFixes(a, { start, end: start }, builtin, () => ['Lebedinskiy', 'Lebedinsky']);
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0]!.title, "Add 'Lebedinsky' to the workspace gazetteer");
    assert.deepEqual(fixes[0]!.addition?.entry, {
      id: 'lebedinsky',
      kind: 'person',
      canonical: 'Lebedinsky',
      variants: [{ form: 'Lebedinsky' }, { form: 'LEBEDINSKY' }, { form: 'Lebedinskiy' }],
    });
    assert.deepEqual(getUnknownPersonFixes(a, { start: 0, end: 2 }, builtin), [], 'nothing away from the name');
  });
});

describe("the editor's notes as evidence", () => {
  it('a numbered note at the end names the person a marker points to', () => {
    const a = entities(fixture('39-institutional-signature.cable'), builtin);
    const lin = a.mentions.find((m) => m.name === 'Lin' && m.reference === 'surname');
    assert.ok(lin, 'Lin alone is read as Lin Biao, named in full in the title');
    const h = hoverAt(a, 'Lin [2]');
    assert.match(h, /note 2 on line 12: Lin Biao\. — names \*\*Lin Biao\*\*/);
  });

  it('a footnote marker after a gloss (`[Stalin].x/`) and a numbered note `1.` at the end', () => {
    const a = entities(['To Cde. FILIPPOV [Stalin].x/', 'Gao Gang [1] agrees.', '1. Gao Gang, chairman of the Northeast People’s Government.', 'x/ Pseudonym I.V. Stalin.'].join('\n'), builtin);
    assert.match(hoverAt(a, 'FILIPPOV'), /note x\/ on line 4: Pseudonym I\.V\. Stalin\. — names \*\*Joseph Stalin\*\*/);
    assert.match(hoverAt(a, 'Gao Gang'), /note 1 on line 3: Gao Gang, chairman/);
  });

  it('a role gloss before the name and a normalising bracket after it', () => {
    const a = entities(fixture('51-bare-surname.cable'), builtin);
    const h = hoverAt(a, 'Pak Heon-yeong');
    assert.match(h, /gloss: Foreign Minister/);
    assert.match(h, /gloss: Pak Hon Yong — names \*\*Pak Hon-yong\*\*/);
  });
});

describe("names inside the editor's annotations", () => {
  it('a misspelt name in a handwritten note is a near miss like one in the text', () => {
    const found = nameDiagnostics('[handwritten: to Cde. Stilin]\nMFA USSR\nTo Cde. Vyshinsky.', builtin);
    assert.deepEqual(found.map((d) => [d.code, d.message.includes("'Stalin'")]), [['cable.name.unknownNearMiss', true]]);
  });

  it('and is a variant when the text spells the name right', () => {
    const found = nameDiagnostics('[... Cde. Poskrobyshev]\nTo Cde. Poskrebyshev.', builtin);
    assert.deepEqual(found.map((d) => d.code), ['cable.name.variant']);
  });

  it("an editor's gloss giving another romanisation stays silent", () => {
    assert.deepEqual(nameDiagnostics('Kim Il Sung received me with Pak Heon-yeong [Pak Hon Yong].\nPak Heon-yeong agreed.', builtin), []);
  });

  it('Russian in brackets is still not checked', () => {
    assert.deepEqual(nameDiagnostics('We must [pristupit k Stilinu] at once.', builtin), []);
  });
});

describe('names the words around them settle', () => {
  it('reads a name two men bear as the one the document names on his own (`Kovalev` with `I. Kovalev`)', () => {
    const text = ['Present: Cdes. Malenkov, Molotov and Kovalev.', 'Comrade Stalin asked about the situation in Manchuria.', 'Recorded by I. Kovalev.', '27 June 1949'].join('\n');
    const alone = entities(text, builtin);
    const kovalev = at(alone, 'Kovalev', 0)!;
    assert.equal(kovalev.resolution.best.entry.id, 'kovalev_iv');
    assert.equal(kovalev.resolution.confidence, 'probable');
    assert.ok(kovalev.resolution.best.evidence.some((e) => e.kind === 'namedInFull' && e.detail === 'I. Kovalev'));
    // without the full name the bare one stays in doubt
    const bare = at(entities(text.replace('I. Kovalev', 'Kovalev'), builtin), 'Kovalev', 0)!;
    assert.equal(bare.resolution.confidence, 'uncertain');
    // an office named beside the name outweighs a namesake named elsewhere
    const naval = entities(['Cde. V. V. Kuznetsov spoke for the trade unions.', 'The Naval Minister, Kuznetsov, reported on the fleet.', '12 August 1951'].join('\n'), builtin);
    assert.equal(at(naval, 'Kuznetsov', 1)?.resolution.best.entry.id, 'kuznetsov_ng');
  });

  it('does not read a river or an airfield as a man: `crossed the Han`, `Clark Field`', () => {
    const a = entities(['Han Xianchu reported. Our troops crossed the Han on rafts.', 'Clark Field in the Philippines is used by the bombers. General Clark left.', '19.5.52'].join('\n'), builtin);
    assert.equal(at(a, 'Han', 1), undefined);
    assert.equal(at(a, 'Clark', 0), undefined);
    assert.equal(at(a, 'Clark', 1)?.resolution.best.entry.id, 'clark');
  });

  it('reads `the Sino-Soviet treaty` as the treaty of its time, and `of 1945` on that year', () => {
    const treaty = (line: string, date: string) => at(entities(`${line}\n${date}`, builtin), 'Sino-Soviet treaty')!;
    assert.equal(treaty('Mao Zedong asked whether the Sino-Soviet treaty will be replaced.', '11.11.49').resolution.best.entry.id, 'sino_soviet_treaty_1945');
    assert.equal(treaty('Mao Zedong spoke of the Sino-Soviet treaty.', '19.8.51').resolution.best.entry.id, 'sino_soviet_treaty');
    const of1945 = treaty('Mao Zedong spoke of the Sino-Soviet treaty of 1945.', '19.8.51');
    assert.equal(of1945.resolution.best.entry.id, 'sino_soviet_treaty_1945');
    const a = entities('Mao Zedong spoke of the Sino-Soviet treaty of 1945.\n19.8.51', builtin);
    assert.match(hoverAt(a, 'Sino-Soviet treaty'), /\(in 1945\)/);
    // a clock before a day is no year: `of 1900 18 November 1951` reads Li Kenong on the text's date
    const clock = entities('I am sending you my telegram to Cde. Li Kenong of 1900 18 November 1951:\n"Cde. Li Kenong.\nHold.\nMAO ZEDONG 1900 18 November"\nROSHCHIN\n19.11.51', builtin);
    assert.doesNotMatch(hoverAt(clock, 'Li Kenong'), /1900/);
  });
});

describe('a place in the routing line', () => {
  it('reads `From VOROSHILOV` as the town (Ussuriysk), not the marshal', () => {
    const a = entities(['CIPHERED TELEGRAM No. 4410', 'From VOROSHILOV', 'Received 14:20 12.8.1945', 'To Cde. STALIN.', 'The troops crossed the border. Marshal Voroshilov was informed.', 'MERETSKOV', '12.8.45'].join('\n'), builtin);
    assert.equal(at(a, 'VOROSHILOV')?.resolution.best.entry.kind, 'place');
    assert.equal(at(a, 'Voroshilov')?.resolution.best.entry.kind, 'person');
  });
});

describe('a paper dated only by an archive’s stamp and its own text', () => {
  it('reads the names on the date the text writes, not on the declassification stamp’s', () => {
    const a = entities(['[Stamp: Declassified 2 March 1994]', 'RECORD OF CONVERSATION between A.I. Mikoyan and Mao Zedong, 1 February 1949',
      'Mao Zedong: We are glad that the CC VKP(b) has sent you.', 'Recorded by E. Kovalev'].join('\n'), builtin);
    assert.deepEqual(a.context.date, { year: 1949, month: 2, day: 1 });
    assert.match(hoverAt(a, 'A.I. Mikoyan'), /on 1 Feb 1949/);
  });
});

describe('a cover name that is also a real man’s surname, after a military rank', () => {
  it('is the man: `Colonel General Kuznetsov` in a record of December 1947 is F.F. Kuznetsov, not Stalin’s cover name', () => {
    const a = entities(['RECORD OF CONVERSATION with the Chief of the Second Main Administration, Colonel General F.F. Kuznetsov', '12 December 1947',
      'Colonel General Kuznetsov reported on the radio link through Comrade Orlov (Terebin).'].join('\n'), builtin);
    const kuznetsov = a.mentions.filter((m) => m.name === 'Kuznetsov');
    assert.equal(kuznetsov.length, 1);
    assert.equal(kuznetsov[0]!.resolution.best.entry.id, 'kuznetsov_ff');
    assert.notEqual(kuznetsov[0]!.resolution.best.via, 'pseudonym');
  });

  it('is still the cover name, in doubt, where its channel’s cable addresses it months before the sources’ period: `To Cde. KUZNETSOV` from Terebin in March 1947', () => {
    const text = ['CIPHERED TELEGRAM No. 3309', "From YAN'AN", 'Received 14.III.47 19:30', '', 'To Cde. KUZNETSOV', '', 'The Central Committee has decided not to defend Yan\'an.', '', 'TEREBIN', '14.III.47'].join('\n');
    const m = analyzeDocument(text, builtin, defaultSettings).entities.mentions.find((x) => x.name === 'KUZNETSOV')!;
    assert.deepEqual([m.resolution.best.entry.id, m.resolution.best.via, m.resolution.confidence], ['stalin', 'pseudonym', 'uncertain']);
    assert.ok(m.resolution.best.evidence.some((ev) => ev.kind === 'dateOutside'));
    assert.ok(m.resolution.alternatives.some((c) => c.entry.id === 'kuznetsov_ff'), 'the GRU chief stays a candidate');
  });
});

describe('a bare surname after another man of that surname named in full', () => {
  it('stands for him: `Peng` after `Peng Zhen` in a text that never names Peng Dehuai in full', () => {
    const zhen = entities(['Peng Zhen, Ye Jianying:', '1. The city government is formed.', '2. Peng is to chair the meeting on the 5th.', 'Mao Zedong', '3 February 1949'].join('\n'), builtin);
    const peng = zhen.mentions.find((m) => m.name === 'Peng')!;
    assert.equal(peng.resolution.best.entry.id, 'peng_zhen');
    assert.equal(peng.resolution.confidence, 'probable');
    // with Peng Dehuai named in full, `Peng` is still his
    const dehuai = entities(['To Comrade FILIPPOV.', 'Peng Zhen is in Beijing. Peng Dehuai crossed the Yalu. Peng reports the enemy retreats.', 'ROSHCHIN', '20.X.50'].join('\n'), builtin);
    assert.equal(dehuai.mentions.find((m) => m.name === 'Peng')!.resolution.best.entry.id, 'peng_dehuai');
  });
});

describe('a surname after a title', () => {
  // two men named Wang: one the PRC's ambassador in Moscow until January 1951, the other a minister of the Republic of China
  const wangs = gazetteerOf([
    person('wang_jiaxiang', 'Wang Jiaxiang', ['Wang Chia-hsiang'], {
      roles: [
        { title: 'PRC Ambassador to the USSR', from: '1949-10', to: '1951-01' },
        { title: 'Vice Minister of Foreign Affairs', from: '1949-10', to: 1959 },
      ],
    }),
    person('wang_shijie', 'Wang Shijie', [], { roles: [{ title: 'Minister of Foreign Affairs of the Republic of China', from: '1945-07', to: '1948-12' }] }),
    person('stalin', 'Joseph Stalin', ['Stalin'], { system: 'english' }),
  ]);
  const cable = (date: string, line: string) => ['To Cde. Stalin.', line, 'Zhou Enlai', date].join('\n');

  it('is the one man of that surname who held an office of that title on the date: `Ambassador Wang` in March 1950', () => {
    const a = entities(cable('12 March 1950', "Ambassador Wang handed over the note. Ambassador Wang's car waited."), wangs);
    const wang = at(a, 'Wang')!;
    assert.equal(wang.resolution.best.entry.id, 'wang_jiaxiang');
    assert.equal(wang.reference, 'titledSurname');
    assert.equal(wang.resolution.confidence, 'probable');
    assert.equal(at(a, 'Wang', 1)?.resolution.best.entry.id, 'wang_jiaxiang', 'the possessive too');
    const hover = hoverAt(a, 'Wang');
    assert.match(hover, /surname after a title: \*\*Wang Jiaxiang\*\*/);
    assert.match(hover, /such an office on the cable's date: PRC Ambassador to the USSR/);
    assert.match(hover, /Also on 12 Mar 1950: Vice Minister of Foreign Affairs/);
    assert.deepEqual(nameDiagnostics(a.text, wangs), []);
  });

  it('reads a title and a surname written in capitals: AMBASSADOR WANG', () => {
    const a = entities(cable('12 March 1950', 'AMBASSADOR WANG handed over the note. VICE MINISTER WANG left.'), wangs);
    assert.equal(at(a, 'WANG')?.resolution.best.entry.id, 'wang_jiaxiang');
    assert.equal(at(a, 'WANG')?.reference, 'titledSurname');
    assert.equal(at(a, 'WANG', 1)?.resolution.best.entry.id, 'wang_jiaxiang');
  });

  it('reads the title as written: a minister is not a vice minister, nor a vice minister a minister', () => {
    assert.equal(at(entities(cable('12 March 1950', 'Vice Minister Wang received me.'), wangs), 'Wang')?.resolution.best.entry.id, 'wang_jiaxiang');
    assert.equal(at(entities(cable('12 March 1950', 'Minister Wang received me.'), wangs), 'Wang'), undefined, 'no Wang was a minister in 1950');
    assert.equal(at(entities(cable('12 March 1947', 'Minister Wang received me.'), wangs), 'Wang')?.resolution.best.entry.id, 'wang_shijie');
  });

  it('names nobody outside the office, with two holders, or with no date', () => {
    assert.equal(at(entities(cable('3 June 1951', 'Ambassador Wang received me.'), wangs), 'Wang'), undefined, 'Wang Jiaxiang had left the embassy');
    const two = gazetteerOf([
      person('wang_a', 'Wang Aaa', [], { roles: [{ title: 'Ambassador to Poland', from: 1950, to: 1952 }] }),
      person('wang_b', 'Wang Bbb', [], { roles: [{ title: 'Ambassador to the USSR', from: 1950, to: 1952 }] }),
    ]);
    assert.equal(at(entities(cable('12 March 1951', 'Ambassador Wang received me.'), two), 'Wang'), undefined, 'two ambassadors named Wang');
    assert.equal(at(entities('Ambassador Wang received me.', wangs), 'Wang'), undefined, 'no date');
    assert.equal(at(entities(cable('12 March 1950', 'Ambassador Wang Bingnan received me.'), wangs), 'Wang'), undefined, 'another Wang');
  });

  it('picks, among the men of the surname the cable names in full, the one who held the office; and passes over a named man who held none', () => {
    const zhangs = gazetteerOf([
      person('zhang_wentian', 'Zhang Wentian', [], { roles: [{ title: 'PRC Ambassador to the USSR', from: '1951-04', to: 1955 }] }),
      person('zhang_hanfu', 'Zhang Hanfu', [], { roles: [{ title: 'Vice Minister of Foreign Affairs of the PRC', from: 1949, to: 1967 }] }),
      person('stalin', 'Joseph Stalin', ['Stalin'], { system: 'english' }),
    ]);
    const both = entities(cable('5 June 1951', 'Zhang Wentian and Zhang Hanfu met. Ambassador Zhang will stay. Vice Minister Zhang will leave. Zhang agrees.'), zhangs);
    assert.equal(at(both, 'Zhang', 2)?.resolution.best.entry.id, 'zhang_wentian');
    assert.equal(at(both, 'Zhang', 2)?.resolution.confidence, 'probable');
    assert.equal(at(both, 'Zhang', 3)?.resolution.best.entry.id, 'zhang_hanfu');
    assert.equal(at(both, 'Zhang', 4)?.resolution.confidence, 'uncertain', 'a bare surname with no title stays in doubt');
    // only the vice minister named in full: the ambassador is still the ambassador
    const one = entities(cable('16 July 1951', 'Vice Minister Zhang Hanfu wrote. Ambassador Zhang is to answer. Zhang is ill.'), zhangs);
    assert.equal(at(one, 'Zhang', 1)?.resolution.best.entry.id, 'zhang_wentian');
    assert.equal(at(one, 'Zhang', 1)?.reference, 'titledSurname');
    assert.equal(at(one, 'Zhang', 2)?.resolution.best.entry.id, 'zhang_hanfu', 'the bare surname is still the man named in full');
    // before the ambassador's time, the title names no one else: the named man stays
    const early = entities(cable('16 July 1950', 'Zhang Hanfu wrote. Ambassador Zhang is to answer.'), zhangs);
    assert.equal(at(early, 'Zhang', 1)?.resolution.best.entry.id, 'zhang_hanfu');
  });
});
