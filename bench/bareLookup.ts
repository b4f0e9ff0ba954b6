/**
 * The baseline of the entity rows: the least work any name finder must do. One regular
 * expression cuts the text into words, and each word, lower-cased, is looked up in a Set holding
 * every gazetteer form (names, variants, cover names) and every word of those forms. No context,
 * no multi-word names, no resolution, no misspellings: just touching every word once.
 */
import { allForms, type Gazetteer } from '../server/src/service/gazetteer';

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

export class BareLookup {
  private readonly forms = new Set<string>();

  constructor(gazetteer: Gazetteer) {
    for (const entry of gazetteer.entries) {
      for (const { form } of allForms(entry)) {
        const key = form.toLowerCase();
        this.forms.add(key);
        for (const word of key.split(/[\s-]+/)) if (word) this.forms.add(word);
      }
    }
  }

  /** How many forms the lookup holds. */
  get size(): number {
    return this.forms.size;
  }

  /** The number of words of `text` that are gazetteer forms (so the work cannot be dropped). */
  scan(text: string): number {
    const re = new RegExp(WORD.source, WORD.flags);
    let hits = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (this.forms.has(m[0].toLowerCase())) hits++;
    }
    return hits;
  }
}
