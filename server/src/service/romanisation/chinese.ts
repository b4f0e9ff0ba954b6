/**
 * Chinese names in pinyin, Wade–Giles, postal romanisation and Palladius (Latin or Cyrillic):
 * each system's spelling of a name is cut into syllables of that system, each syllable is read
 * back as the pinyin syllables it can spell, and the pinyin is folded to a coarse key that
 * forgets what some system cannot tell apart (aspiration, `j`/`z`, `-n`/`-ng`, `ü`/`u`).
 * `Mao Zedong`, `Mao Tse-tung`, `Mao Tsze-dun` and `Мао Цзэдун` all give `zh:mao cetun`.
 */
import { CHINESE_SYLLABLES } from './chineseSyllables';
import { cyrillicToLatin, plainLetters, segmentations } from './text';

export type ChineseSystem = 'pinyin' | 'wade-giles' | 'postal' | 'palladius' | 'palladius-cyrillic';

interface SyllableSet {
  /** Normalised spelling → the pinyin syllables it spells. */
  readonly spellings: Map<string, string[]>;
  longest: number;
}

const plainPinyin = (s: string) => plainLetters(s).replace(/v/g, 'u');

/**
 * Palladius as translators carry it into Latin letters, folded so that their habits meet:
 * `kh`/`h`, `tz`/`ts`, `Lyu`/`Liu`, `Tszie`/`Tsze`, `-ay`/`-ai`.
 */
function plainPalladius(s: string): string {
  return plainLetters(s)
    .replace(/kh/g, 'h')
    .replace(/tz/g, 'ts')
    .replace(/([aeiouy])y/g, '$1i')
    .replace(/([^aeiouy])iu/g, '$1yu')
    .replace(/([^aeiouy])ia/g, '$1ya')
    .replace(/([^aeiouy])[iy]e/g, '$1e');
}

const NORMALISE: Record<Exclude<ChineseSystem, 'palladius-cyrillic'>, (s: string) => string> = {
  pinyin: plainPinyin,
  'wade-giles': plainLetters,
  postal: plainLetters,
  palladius: plainPalladius,
};

let tables: Record<Exclude<ChineseSystem, 'palladius-cyrillic'>, SyllableSet> | undefined;

function syllableTables() {
  if (tables) return tables;
  const t = {
    pinyin: { spellings: new Map(), longest: 0 },
    'wade-giles': { spellings: new Map(), longest: 0 },
    postal: { spellings: new Map(), longest: 0 },
    palladius: { spellings: new Map(), longest: 0 },
  } as Record<Exclude<ChineseSystem, 'palladius-cyrillic'>, SyllableSet>;
  const add = (system: keyof typeof t, spelling: string, pinyin: string) => {
    const key = NORMALISE[system](spelling);
    const set = t[system];
    const list = set.spellings.get(key);
    if (!list) set.spellings.set(key, [pinyin]);
    else if (!list.includes(pinyin)) list.push(pinyin);
    if (key.length > set.longest) set.longest = key.length;
  };
  for (const line of CHINESE_SYLLABLES.split('\n')) {
    const [py, wg, pal, postal] = line.trim().split(/\s+/);
    if (!py || !wg || !pal) continue;
    add('pinyin', py, py);
    for (const w of wg.split('/')) {
      add('wade-giles', w, py);
      // postal is Wade–Giles without the apostrophes, save for the differences listed
      add('postal', w, py);
    }
    if (postal && postal !== '-') for (const p of postal.split('/')) add('postal', p, py);
    for (const p of pal.split('/')) add('palladius', cyrillicToLatin(p), py);
  }
  return (tables = t);
}

/** The coarse key of one pinyin syllable (see the file comment). */
export function foldPinyin(syllable: string): string {
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/.exec(syllable)!;
  const initial = m[1] ?? '';
  const folded =
    { b: 'p', d: 't', g: 'k', j: 'c', q: 'c', z: 'c', zh: 'c', ch: 'c', x: 's' }[initial] ?? initial;
  const final = m[2]!
    .replace(/[vü]/g, 'u')
    .replace(/^iong$/, 'iun')
    .replace(/ong$/, 'un')
    .replace(/ng$/, 'n')
    .replace(/^uo$/, 'o')
    .replace(/^ie$/, 'e');
  return folded + final;
}

/** Whether a word is one Chinese syllable in pinyin, Wade–Giles or postal spelling: `Yu`, `Yun`, `Hsiu`. */
export function isChineseSyllable(word: string): boolean {
  const t = syllableTables();
  return (['pinyin', 'wade-giles', 'postal'] as const).some((system) => t[system].spellings.has(NORMALISE[system](word)));
}

/** The readings of one word in one system: `[folded, exact]` pairs, the syllables run together (`['cetun', 'zedong']`). */
function wordReadings(parts: readonly string[], system: Exclude<ChineseSystem, 'palladius-cyrillic'>): [string, string][] {
  const set = syllableTables()[system];
  const word = parts.map((p) => NORMALISE[system](p)).join('');
  if (!word) return [];
  const out = new Map<string, string>(); // exact → folded
  // the fewest syllables: `Enlai` is en-lai, not en-la-i
  const cuts = segmentations(word, set.spellings, set.longest);
  const fewest = Math.min(...cuts.map((c) => c.length));
  for (const cut of cuts) {
    if (cut.length > fewest) continue;
    let readings: [string, string][] = [['', '']];
    for (const piece of cut) {
      const next: [string, string][] = [];
      for (const [f, e] of readings) for (const py of set.spellings.get(piece)!) if (next.length < 16) next.push([f + foldPinyin(py), e + py]);
      readings = next;
    }
    for (const [f, e] of readings) out.set(e, f);
  }
  return [...out].map(([e, f]) => [f, e]);
}

/**
 * The keys of a name in one system (`zh:` + the surname's syllables, a space, the given name's),
 * each with the exact pinyin readings that give it (`zh:kao kan` ← `gao gang` for Palladius
 * `Gao Gan`); none when some word is not made of that system's syllables.
 */
export function chineseReadings(words: readonly (readonly string[])[], system: ChineseSystem): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (words.length === 0) return out;
  const tableSystem = system === 'palladius-cyrillic' ? 'palladius' : system;
  let acc: [string, string][] = [['', '']];
  for (let k = 0; k < words.length; k++) {
    const latin = system === 'palladius-cyrillic' ? words[k]!.map(cyrillicToLatin) : words[k]!;
    const r = wordReadings(latin, tableSystem);
    if (r.length === 0) return new Map();
    const sep = k === 0 ? '' : k === 1 ? ' ' : '';
    const next: [string, string][] = [];
    for (const [f, e] of acc) for (const [wf, we] of r) if (next.length < 32) next.push([f + sep + wf, e + sep + we]);
    acc = next;
  }
  for (const [f, e] of acc) {
    const key = `zh:${f}`;
    const list = out.get(key);
    if (!list) out.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  }
  return out;
}

/** The keys alone (see `chineseReadings`). */
export function chineseKeys(words: readonly (readonly string[])[], system: ChineseSystem): string[] {
  return [...chineseReadings(words, system).keys()];
}

/** How strongly a spelling shows each system's habits: apostrophes and `hs` are Wade–Giles, `x` and `zh` pinyin. */
export function chineseMarkers(written: string, system: ChineseSystem): number {
  const w = written.toLowerCase();
  switch (system) {
    case 'pinyin':
      return count(w, /x|q|zh|(^|[\s-])(z|c(?!h)|r)|ong\b|ian\b|ie\b/g);
    case 'wade-giles':
      return count(w, /['’ʻ‘]|hs|ts(?!z)|tz|ih\b|ieh\b|ung\b|ien\b|ü|ê|(^|[\s-])j|-[a-z]/g);
    case 'postal':
      return count(w, /ow\b|kiang|king\b|tsing|kw|hw|sze\b/g);
    case 'palladius':
      return count(w, /tsz|chzh|(^|[\s-])zh|kh|yu|ya|yan|yn\b|sy|dun\b|tsi\b/g);
    default:
      return 5;
  }
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
