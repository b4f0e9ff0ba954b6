// One title case for names written in capitals, shared by the outline's labels and the quick
// fixes' replacements: hyphened surnames, given names of Chinese and Korean, apostrophes.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { titleCaseName, titleCaseWord } from '../../server/src/service/gazetteer/names';
import { inCaseOf } from '../../server/src/service/entities/nameChecks';
import { displayName } from '../../server/src/service/features/labels';

test('titleCaseName writes names in capitals as names are written', () => {
  const cases: [string, string][] = [
    ['KOTOV-LEGONKOV', 'Kotov-Legonkov'],
    ['PAK HEON-YEONG', 'Pak Heon-yeong'],
    ['MAO TSE-TUNG', 'Mao Tse-tung'],
    ["P'ENG TEH-HUAI", "P'eng Teh-huai"],
    ["CH'EN YI", "Ch'en Yi"],
    ["O'NEIL", "O'Neil"],
    ["STALIN'S", "Stalin's"],
    ['I.V. STALIN', 'I.V. Stalin'],
    ['KIM IL SUNG', 'Kim Il Sung'],
    ['KIM IL-SŎNG', 'Kim Il-sŏng'],
  ];
  for (const [caps, written] of cases) assert.equal(titleCaseName(caps), written, caps);
  // only a given name keeps its syllables small: a surname's hyphened part is a name of its own
  assert.equal(titleCaseWord('SUNG', false), 'Sung');
  assert.equal(titleCaseWord('IL-SUNG', true), 'Il-sung');
  assert.equal(titleCaseWord('IL-SUNG', false), 'Il-Sung');
});

test('a quick fix and an outline label title-case a name alike', () => {
  for (const caps of ["P'ENG TEH-HUAI", 'KOTOV-LEGONKOV', 'PAK HEON-YEONG', "O'NEIL"]) {
    assert.equal(inCaseOf('Chou En-lai', caps), titleCaseName(caps), caps);
    assert.equal(displayName(caps), titleCaseName(caps), caps);
  }
  // a place's apostrophe between syllables, as in the pinyin of `YAN'AN`
  assert.equal(displayName("YAN'AN"), "Yan'an");
  // the model's capitals win, and a name in normal case is kept as written
  assert.equal(inCaseOf('LE KENONG', 'Li Kenong'), 'LI KENONG');
  assert.equal(inCaseOf('Le Kenong', "P'eng Teh-huai"), "P'eng Teh-huai");
});

test('an addressee’s title in capitals keeps its small words small: `in the` as `of the`, a Korean syllable `In` stays', () => {
  assert.equal(displayName('THE COMMANDER-IN-CHIEF OF SOVIET FORCES IN THE FAR EAST'), 'The Commander-in-chief of Soviet Forces in the Far East');
  assert.equal(displayName('PAK IN SOK'), 'Pak In Sok');
});

test('an office in capitals keeps its abbreviations in capitals: the commissariat, the Mongolian and Vietnamese states', () => {
  assert.equal(displayName('AMBASSADOR OF THE USSR IN THE MPR'), 'Ambassador of the USSR in the MPR');
  assert.equal(displayName('NKID USSR'), 'NKID USSR');
  assert.equal(displayName('CC OF THE MPRP'), 'CC of the MPRP');
  assert.equal(displayName('GOVERNMENT OF THE DRV'), 'Government of the DRV');
  // a name is still a name
  assert.equal(displayName('CHOIBALSAN'), 'Choibalsan');
});

test('initials after a surname keep their last period, also when the line’s closing period took it (`Molotov V.M`)', () => {
  assert.equal(displayName('Molotov V.M'), 'Molotov V.M.');
  assert.equal(displayName('STALIN I.V.'), 'Stalin I.V.');
  assert.equal(displayName('I.V. STALIN'), 'I.V. Stalin');
  assert.equal(displayName('Kim Il Sung'), 'Kim Il Sung');
});

test('an outline label of two addressees drops the comma that only set off the editor’s note marks', () => {
  assert.equal(displayName('Lin [2], and Gao [3]'), 'Lin and Gao');
  // three or more keep their commas
  assert.equal(displayName('Lin [2], Gao [3], and Rao [4]'), 'Lin, Gao, and Rao');
});
