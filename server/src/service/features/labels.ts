/**
 * How the outline and hovers write what the text holds, for a historian: `MAO ZEDONG` becomes
 * `Mao Zedong`, `[BEIJING]` becomes `Beijing`, `19 October 1951` becomes `19 Oct 1951`.
 */
import { alternation, monthNames } from '../vocabulary';
import type { Span } from '../types';
import { titleCaseWord } from '../gazetteer/names';

export function slice(text: string, span: Span | undefined): string {
  return span ? text.slice(span.start, span.end) : '';
}

/** Collapses runs of white space (double spacing, line breaks) into single spaces. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A surname of one syllable followed by the editor's given name: `Ni [Zhiliang]`, `Kim [Il Sung]`, `Peng [Dehuai]`. */
const COMPLETED_SURNAME = /(?<![\w'’-])([A-Z][a-z]{0,3})\s*\[([A-Z][a-z]+(?:[ -][A-Za-z][a-z]*)?)\]/g;

/** A surname with the editor's whole name after it: `P'eng [Peng Dehuai]`, `Kao [Gao Gang]` (or a given name of two words: `Kim [Il Sung]`). */
const GLOSSED_SURNAME = /(?<![\w'’-])([A-Z][\w'’-]*)\s*\[([A-Z][a-z]+ [A-Z][a-z]+(?:[ -][A-Za-z][a-z]*)?)\]/g;

/** Whether the bracket's first word is the surname in another romanisation (`P'eng`/`Peng`, `Kao`/`Gao`), by their last two letters. */
function sameEnding(surname: string, name: string): boolean {
  const a = surname.replace(/['’]/g, '').toLowerCase();
  const b = name.slice(0, name.indexOf(' ')).toLowerCase();
  return a.length >= 2 && b.length >= 2 && a.slice(-2) === b.slice(-2);
}

/** A title the editor names the holder of: `Chairman [Mao Zedong]`, `the Premier [Zhou Enlai]`. */
const NAMED_TITLE = /\b((?:Chairman|CHAIRMAN|Premier|PREMIER|Commander|COMMANDER|Marshal|MARSHAL|Generalissimo|Minister|MINISTER|Ambassador|AMBASSADOR))\s*\[([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\]/g;

/** `, Comrade ` or ` and Cde. ` before a second man of a list. */
const CO_ADDRESSEE_HONORIFIC = /(,\s*|\s(?:and|AND)\s+)(?:Cdes?\.|Comrades?|COMRADES?|Comr\.|Com\.)\s*/g;

/**
 * Words in capitals that are abbreviations, kept in capitals where a label title-cases the rest: the Soviet
 * ministries and commissariats (`NKID USSR`, `MGB`), parties, armies and states (`AMBASSADOR OF THE USSR IN THE MPR`
 * is 'Ambassador of the USSR in the MPR', not '... the Mpr'; `DRV`, `SCAP`).
 */
const ACRONYM = /^(?:USSR|CC|VKP|MFA|MID|NKID|NKO|NKGB|CPV|KPA|PLA|UN|US|II|III|IV|GS|OS|CPC|CCP|CPSU|WPK|KWP|DPRK|PRC|ROK|ROC|MPR|MPRP|DRV|SCAP|UNC|MGB|MVD|NKVD|GRU)$/;

/** `MAO ZEDONG` → `Mao Zedong`; `S H T Y K O V` → `Shtykov`; `FILIPPOV [Stalin]` → `Filippov`; `Stalin I.V.` and `Kim Il Sung` unchanged. */
export function displayName(raw: string): string {
  // An editor's supplied word inside a name stays (`[Liu] Shaoqi`, `Sadov[in]`); a trailing gloss goes (`FILIPPOV [Stalin]`).
  const supplied = raw.replace(/\[([A-Z][\w'’-]*)\](?=\s*[A-Z])/g, '$1').replace(/(\w)\[([a-z]+)\]/g, '$1$2')
    // a Chinese or Korean surname completed by the editor: `Ni [Zhiliang]` is Ni Zhiliang (a cover name's gloss, `FILIPPOV [Stalin]`, goes)
    // a surname in an older romanisation glossed with the whole name: `P'eng [Peng Dehuai]` is Peng Dehuai
    .replace(GLOSSED_SURNAME, (whole, surname: string, name: string) => sameEnding(surname, name) ? name : whole)
    .replace(COMPLETED_SURNAME, '$1 $2')
    .replace(NAMED_TITLE, '$1 $2');
  let s = oneLine(withoutHanziBeside(supplied).replace(/\[[^\]]*\]/g, ' ')).replace(/\s+([,;])/g, '$1').replace(/^[("“„«‘]+|[)"”»’'.,:;!：，。]+$/g, '').trim()
    // a closing parenthesis that closes one in the name stays: `CC VKP(b)`
    .replace(/\([a-z]$/, '$&)')
    // two names joined `Lin [2], and Gao [3]`: the comma only set off the editor's note mark
    .replace(/^([^,]+), and ([^,]+)$/, '$1 and $2')
    // each co-addressee's own `Comrade` goes, as the first man's did: `Kim Il Sung, Comrade Pak Hon-yong`
    .replace(CO_ADDRESSEE_HONORIFIC, '$1');
  // Initials after a surname keep their final period: `Stalin I.V.`.
  // (and initials of two letters or more whose last period the line's own took with it: `To Cde. Molotov V.M.`)
  if ((/(?:^|[\s.])[A-Z]$/.test(s) && /[A-Z]\.[)"”»,:;!]*$/.test(oneLine(raw))) || /\s(?:[A-Z]\.){1,2}[A-Z]$/.test(s)) s += '.';
  if (/^(?:[A-Z] ){2,}[A-Z]$/.test(s)) s = s.replace(/ /g, '');
  // (an ordinal's letters after its digits are small: `25TH ARMY` → `25th Army`)
  return s.replace(/(?<=\d)(?:ST|ND|RD|TH)\b/g, (w) => w.toLowerCase()).replace(/(?<!\d)[A-Z][\p{Lu}'’-]+/gu, (w, at: number) => (ACRONYM.test(w) ? w : titleCaseWord(w, at > 0 && /[A-Za-z] $/.test(s.slice(0, at)))))
    // `SECRETARY OF THE CC` → `Secretary of the CC`; `FORCES IN THE FAR EAST` → `Forces in the Far East` (a lone
    // `In` not before `the` may be a Korean name's syllable: `PAK IN SOK`; after an envoy's office it is his post's:
    // `SOVIET CONSUL GENERAL IN TIANJIN` → `Soviet Consul General in Tianjin`)
    .replace(/(?<=\S )(Of|The|And|For|In(?= [Tt]he\b)|(?<=(?:Consul|General|Ambassador|Affaires|USSR) )In)(?= )/g, w => w.toLowerCase());
}

/**
 * `Peng Dehuai 彭, Gao Gang 高` → `Peng Dehuai, Gao Gang`: the characters a bilingual edition writes after each
 * romanised name go; a name in characters alone (`毛泽东`) stays.
 */
function withoutHanziBeside(s: string): string {
  return /[\u3400-\u9fff]/.test(s) && /[A-Za-z]/.test(s) ? s.replace(/(?<=[A-Za-z\]])[ \t]+[\u3400-\u9fff]{1,4}(?=\s*(?:[,，、:：]|$))/g, '') : s;
}

/** `October` → `Oct`; May stays May. Built from the shared vocabulary, so the outline shortens exactly the months the scanner reads. */
const SHORT_MONTH = new Map<string, string>(
  monthNames.filter(m => m !== 'May').map(m => [m.toLowerCase(), m.slice(0, 3)]),
);
const LONG_MONTH = new RegExp(String.raw`\b(?:${alternation(monthNames.filter(m => m !== 'May'))})\b`, 'gi');

/** `1135 19 October 1951` → `1135 19 Oct 1951`: month names shortened, spacing collapsed. */
export function shortWhen(raw: string): string {
  return oneLine(raw).replace(LONG_MONTH, m => SHORT_MONTH.get(m.toLowerCase()) ?? m);
}

/** `CABLE` → `Cable`; `CIPHERED TELEGRAM` → `Ciphered telegram`; `Ciphered Telegram` → `Ciphered telegram`. */
export function documentTypeLabel(raw: string): string {
  const s = oneLine(raw).toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
