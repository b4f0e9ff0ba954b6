/**
 * cspell-lib, the engine of the "Code Spell Checker" extension, as the spell-checker reference
 * of the entity rows. It is an ES module, so it is loaded with a dynamic import.
 *
 * Each file is checked with `spellCheckDocument`, as a plain-text English document, with no
 * configuration file and no suggestions: the default settings for `language: 'en'`, i.e. the
 * American English dictionary, the common-misspellings list and cspell's always-on dictionaries
 * (companies, software terms, ...). That is what a user with the extension installed gets.
 */

export interface CspellChecker {
  /** The unknown words of one text (one entry per occurrence). */
  check(text: string, name: string): Promise<string[]>;
  /** The dictionaries cspell used, as it reports them. */
  readonly dictionaries: readonly string[];
}

export async function createCspellChecker(): Promise<CspellChecker> {
  const lib = await import('cspell-lib');
  const settings = { language: 'en' };
  const options = { generateSuggestions: false, noConfigSearch: true };
  const check = async (text: string, name: string): Promise<string[]> => {
    // A made-up uri: the text is passed in, cspell never reads the file.
    const document = { uri: `file:///cable-bench/${encodeURIComponent(name)}.txt`, text, languageId: 'plaintext', locale: 'en' };
    const result = await lib.spellCheckDocument(document, options, settings);
    if (result.errors?.length) throw new Error(`cspell: ${result.errors[0].message}`);
    return result.issues.map((issue) => issue.text);
  };
  // One check to load the dictionaries and to learn which are in force.
  const probe = await lib.spellCheckDocument(
    { uri: 'file:///cable-bench/probe.txt', text: 'probe text', languageId: 'plaintext', locale: 'en' },
    options,
    settings,
  );
  const dictionaries = [...(probe.settingsUsed.dictionaries ?? [])].map(String);
  return { check, dictionaries };
}
