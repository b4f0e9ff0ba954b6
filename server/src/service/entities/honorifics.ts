/** Forms of address before a name (`Cde. Molotov`, `Comrade Shtykov`, `tov. Stalin`), folded. */
export const HONORIFICS: ReadonlySet<string> = new Set(['cde', 'cdes', 'comrade', 'comrades', 'com', 'comr', 'cmrd', 'cmrds', 'tov']);
/** Abbreviated honorifics take a period; after a full word a period ends the sentence. */
export const ABBREVIATED: ReadonlySet<string> = new Set(['cde', 'cdes', 'com', 'comr', 'cmrd', 'cmrds', 'tov']);
/** Only a singular honorific may stand at a line's end before the name (`Dear Cde.` / `I. V. Stalin`). */
export const SINGULAR: ReadonlySet<string> = new Set(['cde', 'comrade', 'com', 'comr', 'cmrd', 'tov']);

/**
 * Titles and ranks that stand before a person's name (`Ambassador Ni`, `General Razuvaev`,
 * `Premier Kim`), folded. A word after one is a name only if it is no office word itself
 * (`General Staff`, `Comrade Chairman`, `Minister of Foreign Affairs`).
 */
export const TITLES: ReadonlySet<string> = new Set([
  'ambassador', 'general', 'marshal', 'minister', 'colonel', 'lieutenant', 'major', 'captain', 'admiral',
  'premier', 'chairman', 'president', 'secretary', 'commander', 'counsellor', 'counselor', 'consul',
  'attache', 'adviser', 'advisor', 'deputy', 'mr', 'mrs', 'dear', 'comrades', 'comrade',
]);

/**
 * A man's function written in small letters before his name, as translations write those the text
 * introduces (`the interpreter Pu Shouchang`, `the Indian delegate Krishna Menon`, `the new Indian
 * ambassador, Raghavan,`), folded: a capitalised word after one is his name.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'interpreter', 'translator', 'delegate', 'representative', 'ambassador', 'envoy', 'counsellor', 'counselor', 'consul',
  'attache', 'adviser', 'advisor',
]);

/**
 * Capitalised words that follow a form of address or a title without being a name: offices,
 * ranks, bodies and the words of their names. Folded.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...TITLES,
  'staff', 'chief', 'head', 'vice', 'acting', 'first', 'second', 'third', 'senior', 'junior', 'supreme', 'high', 'highest',
  'army', 'armies', 'navy', 'air', 'force', 'forces', 'command', 'commanders', 'committee', 'council', 'ministry', 'government',
  'department', 'directorate', 'administration', 'headquarters', 'embassy', 'mission', 'office', 'bureau', 'section',
  'representative', 'representatives', 'delegation', 'delegate', 'party', 'politburo', 'instance', 'instantsia', 'authority',
  'soviet', 'union', 'korean', 'koreans', 'chinese', 'russian', 'russians', 'american', 'americans', 'japanese', 'people', "people's",
  'peoples', 'volunteers', 'front', 'corps', 'division', 'regiment', 'battalion', 'military', 'foreign', 'affairs', 'internal',
  'state', 'security', 'defence', 'defense', 'war', 'armed', 'central', 'national', 'northeast', 'north', 'south', 'east', 'west',
  'sir', 'excellency', 'friend', 'friends', 'comrade-in-arms', 'leader', 'chairmen', 'ministers', 'generals', 'marshals',
  'ambassadors', 'and', 'the', 'of', 'to', 'for', 'from', 'with', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that',
  'cable', 'telegram', 'letter', 'copy', 'copies', 'file', 'no', 'nº', 'n°', 'top', 'secret', 'urgent', 'special', 'series',
  'name', 'names', 'greetings', 'respectfully', 'yours', 'devotedly', 'humbly', 'reporting', 'attachment', 'signature', 'handwritten',
  'stamp', 'archive', 'archives', 'source', 'original', 'translation', 'translator', 'editor', 'note', 'notes', 'text', 'see',
  'please', 'confirm', 'receipt', 'telegraph', 'transmit', 'pass', 'visit', 'convey', 'report', 'reports', 'answer', 'reply',
  'station', 'correspondent', 'agent', 'group', 'member', 'members', 'members', 'chancellery', 'secretariat', 'presidium',
  'assembly', 'conference', 'meeting', 'session', 'plan', 'line', 'situation', 'offensive', 'staffs', 'inspector', 'inspectorate',
  'procurator', 'prosecutor', 'court', 'tribunal', 'navy', 'fleet', 'district', 'region', 'province', 'city', 'county', 'village',
  'republic', 'kingdom', 'states', 'nations', 'united', 'democratic', 'communist', 'workers', 'labour', 'labor',
  'political', 'general', 'main', 'operations', 'operational', 'intelligence', 'rear', 'logistics', 'signals', 'engineering',
  // an envoy's full style: `Ambassador Extraordinary and Plenipotentiary`, `Envoy Extraordinary and Minister Plenipotentiary`
  'extraordinary', 'plenipotentiary',
]);
