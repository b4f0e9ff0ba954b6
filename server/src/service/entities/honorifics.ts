/** Forms of address before a name (`Cde. Molotov`, `Comrade Shtykov`, `tov. Stalin`), folded. */
export const HONORIFICS: ReadonlySet<string> = new Set(['cde', 'cdes', 'comrade', 'comrades', 'com', 'comr', 'cmrd', 'cmrds', 'tov']);
/** Abbreviated honorifics take a period; after a full word a period ends the sentence. */
export const ABBREVIATED: ReadonlySet<string> = new Set(['cde', 'cdes', 'com', 'comr', 'cmrd', 'cmrds', 'tov']);
/** Only a singular honorific may stand at a line's end before the name (`Dear Cde.` / `I. V. Stalin`). */
export const SINGULAR: ReadonlySet<string> = new Set(['cde', 'comrade', 'com', 'comr', 'cmrd', 'tov']);
