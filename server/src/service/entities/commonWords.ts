/**
 * English words (from the en_US dictionary) that lie within the spelling-check distance of a
 * built-in gazetteer name, e.g. `below` (Belov) and `clerk` (Clark). They are ordinary words and
 * must never be reported as misspelt names. Generated from the dictionary and the built-in
 * gazetteer; regenerate after adding names (see docs/gazetteer.md).
 */
const WORDS =
  'acheron admen anting axmen beeping beira belovo below berlins berra berta bradly bunsen bunyan ' +
  'buran busman cannon canon canto cantons cantor cantos canyon carton caxton china chits chorion ' +
  'chosen chunking clack clank clara clare clarke claro clary clerk dacian daley dalles dally daman ' +
  'damian damien danny daren darien darren delian dulled duller dullest dulls dulses formosan furan ' +
  'fusain genera genevas gimps gimpy godunov gunman hailer hanging hardin ichor jansen jensen kalian ' +
  'kalyan kasha kinin kinsmen koran kotos kremlins macaco macaw macho macro manchurian mango mason ' +
  'nankin nankins nanning narking orlon orlop pairs paras pares paries parish parks parrs parts parvis ' +
  'pavis peaking pecking peeing peeking peeping pekin pekings pekins pepping peris perking piking ' +
  'piping pipping pisan plague poking puking ravin scriabin seizin serow servo shanghais siding singe ' +
  'single sinking sipping siring siting sixing sizing sniping softa stain staling stamin straus ' +
  'strauss suntan swiping tainan taipan ulsan unman unsay warsaws yeoman zoril ';

const set = new Set(WORDS.split(' ').filter(Boolean));

export function isCommonEnglishWord(key: string): boolean {
  return set.has(key);
}

/**
 * Short English words that are also romanised surnames or given names (`He`, `Long`, `Gang`,
 * `Sung`, `Tan`): a bare one is never read as a person's name.
 */
const SHORT =
  'a an as at be by do go he her him his i if in is it me my no of on or so to up us we ye yes you she the and but for ' +
  'not may can man men son sun long young ten tan den hang gang sung wing chin king song mill van von de la le du ' +
  'are was all any one two six new old our out own see set who why how way war law day did has had its let nor off ' +
  'say she too use via yet ok per re';
const shortSet = new Set(SHORT.split(' ').filter(Boolean));

export function isShortEnglishWord(key: string): boolean {
  return shortSet.has(key);
}
