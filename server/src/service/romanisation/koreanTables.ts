/**
 * Korean spelling tables: how each system writes the consonants and vowels of a syllable, and how
 * the common surnames are written. Facts from the published McCune–Reischauer (1939), Revised
 * Romanization (2000) and DPRK (1992) tables and from Soviet-era Russian practice (`Ким Ир Сен`,
 * `Пак Хен Ен`, `Цой`), as English translations of Russian documents carry it.
 *
 * Consonants fold to a class that every system can tell: `K` (ㄱ ㅋ ㄲ), `T` (ㄷ ㅌ ㄸ), `P` (ㅂ ㅍ
 * ㅃ), `C` (ㅈ ㅊ ㅉ), `S` (ㅅ ㅆ), `H` (ㅎ), `M`, `N` (ㄴ, and a final ㅇ, which Russian writes
 * `н`), `L` (ㄹ, `r` or `l`). Vowels fold to `A` (ㅏ ㅑ ㅘ), `I` (ㅣ) or `V` (every other vowel:
 * the systems and Russian disagree too much about ㅓ ㅕ ㅗ ㅔ ㅐ to keep them apart: `Sŏng`,
 * `Seong`, `Sung`, `Sen`).
 */

/**
 * `korean-english` is the conventional English spelling of Korean names before and beside the
 * systems, as American and South Korean texts of the period write them: `oo` for ㅜ (`Kim Doo-bong`,
 * `Pak Il-woo`), `ee` for ㅢ (`Hong Myung-hee`), `u`/`yu` for ㅓ/ㅕ (`Pak Hun-yung`).
 */
export type KoreanSystem = 'mccune-reischauer' | 'revised-romanization' | 'dprk' | 'korean-russian' | 'korean-english';

const COMMON_CONSONANTS: Record<string, string> = {
  g: 'K', k: 'K', kk: 'K', d: 'T', t: 'T', tt: 'T', b: 'P', p: 'P', pp: 'P', j: 'C', ch: 'C', jj: 'C', tch: 'C',
  s: 'S', ss: 'S', sh: 'S', h: 'H', m: 'M', n: 'N', ng: 'N', r: 'L', l: 'L',
};

/** Consonant spellings by system (apostrophes and breves are removed before reading). */
export const KOREAN_CONSONANTS: Record<KoreanSystem, Record<string, string>> = {
  'mccune-reischauer': COMMON_CONSONANTS,
  'revised-romanization': COMMON_CONSONANTS,
  // the DPRK marks aspiration with h: kh, th, ph, chh
  dprk: { ...COMMON_CONSONANTS, kh: 'K', th: 'T', ph: 'P', chh: 'C' },
  // Russian: х (kh) is ㅎ, кх/тх/пх/чх the aspirates, ц and дз for ㅈ ㅊ
  'korean-english': COMMON_CONSONANTS,
  'korean-russian': { ...COMMON_CONSONANTS, kh: 'H', kkh: 'K', tkh: 'T', pkh: 'P', chkh: 'C', ts: 'C', dz: 'C', dzh: 'C', zh: 'C', tsh: 'C' },
};

const VOWELS: Record<string, string> = {
  a: 'A', ya: 'A', wa: 'A', i: 'I', yi: 'I',
  e: 'V', o: 'V', u: 'V', y: 'V', eo: 'V', eu: 'V', ae: 'V', oe: 'V', ui: 'V', wo: 'V', we: 'V', wi: 'V',
  yo: 'V', yu: 'V', ye: 'V', yeo: 'V', yae: 'V', wae: 'V',
};

export const KOREAN_VOWELS: Record<KoreanSystem, Record<string, string>> = {
  'mccune-reischauer': VOWELS,
  'revised-romanization': VOWELS,
  dprk: VOWELS,
  'korean-russian': { ...VOWELS, yui: 'V', oi: 'V' },
  // (`ee` writes 희 in given names, `Myung-hee`; ㅢ folds with the other vowels)
  'korean-english': { ...VOWELS, oo: 'V', woo: 'V', ee: 'V' },
};

/** Initial, vowel and final jamo of a hangul syllable, as classes (`''` is the silent initial ㅇ). */
export const HANGUL_INITIALS = ['K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S', 'S', '', 'C', 'C', 'C', 'K', 'T', 'P', 'H'];
export const HANGUL_VOWELS = ['A', 'V', 'A', 'V', 'V', 'V', 'V', 'V', 'V', 'A', 'V', 'V', 'V', 'V', 'V', 'V', 'V', 'V', 'V', 'V', 'I'];
export const HANGUL_FINALS = ['', 'K', 'K', 'K', 'N', 'N', 'N', 'T', 'L', 'K', 'M', 'L', 'L', 'L', 'P', 'L', 'M', 'P', 'P', 'T', 'T', 'N', 'T', 'T', 'K', 'T', 'P', 'T'];

/**
 * Surnames: the hangul syllable, then its spellings in any system (MR, RR, DPRK, conventional
 * English, Russian in Latin and Cyrillic letters). A name is read as Korean only when its first
 * word is one of these.
 */
export const KOREAN_SURNAMES = `
김 Kim Gim Kimm Ким
이 Ri Li Lee Yi I Rhee Rhie Yee Ли Ри
박 Pak Park Bak Pack Paak Пак
최 Choe Ch'oe Choi Chhoe Choy Tsoi Tsoy Chkhve Цой Чхве
정 Chong Chŏng Jeong Chung Jung Cheong Chon Чон Чен
강 Kang Gang Канг Кан
조 Cho Jo Joe Чо Чжо
윤 Yun Yoon Юн
장 Chang Jang Чан Чжан
임 Im Lim Rim Yim Им Лим Рим
한 Han Хан
오 O Oh Oe О
서 So Sŏ Seo Suh Со
신 Sin Shin Син Шин
권 Kwon Kwŏn Gwon Квон
황 Hwang Хван
안 An Ahn Ан
송 Song Сон
류 Ryu Yu Yoo Ryoo Lyu Рю Лю
홍 Hong Хон
전 Chon Chŏn Jeon Chun Jun Чон Чен
고 Ko Go Koh Ко
문 Mun Moon Мун
양 Yang Ryang Ян Рян
손 Son Sohn Сон
배 Pae Bae Пэ Пе
백 Paek Baek Paik Pek Пэк Пек
허 Ho Hŏ Heo Hur Kho Хо Хе
남 Nam Нам
노 No Ro Roh Noh Но Ро
하 Ha Ха
곽 Kwak Gwak Квак
성 Song Sŏng Seong Sung Сон Сен
차 Cha Ch'a Чха Ча
주 Chu Ju Joo Чу Чжу
우 U Woo У
구 Ku Gu Koo Ку
민 Min Мин
무 Mu Му
방 Pang Bang Пан
염 Yom Yŏm Yeom Ryom Ём Рём
유 Yu Yoo Ю
`;
