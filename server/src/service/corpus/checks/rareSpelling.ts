/**
 * `cable.corpus.rareSpelling`: a person written rarely one way and often another across the
 * folder — `Roschin` once, `Roshchin` fourteen times. Only a near-miss (a spelling the gazetteer
 * does not list, close to one it does) is reported: `Mao Tse-tung` beside `Mao Zedong` is a
 * listed romanisation, not a slip, and stays silent.
 */
import { changedNearMisses, changedSpellings } from '../changes';
import { defineCorpusRule, type CorpusFinding } from '../corpusRule';
import type { CorpusChange, CorpusIndex, Located } from '../corpusIndex';
import type { MentionSummary } from '../types';
import type { Gazetteer } from '../../gazetteer';

/** The usual spelling must occur at least this often, and this many times more often than the rare one. */
const MIN_COMMON = 3;
const RATIO = 3;
/** At most this many places of the usual spelling are named as related locations. */
const RELATED = 3;

export const rareSpelling = defineCorpusRule({
  code: 'cable.corpus.rareSpelling',
  level: 'information',
  summary: 'a name written rarely one way and often another across the folder (`Roschin` 1× beside `Roshchin` 14×)',
  groups: (index: CorpusIndex) => index.nearMissKeys(),
  /** The near-misses the changes wrote or moved, and those whose usual spelling they did (its count and places changed). */
  affected(index: CorpusIndex, changes: readonly CorpusChange[]): Iterable<string> {
    const keys = new Set<string>();
    const spellings = new Set<string>();
    for (const change of changes) {
      for (const key of changedNearMisses(change)) keys.add(key);
      for (const key of changedSpellings(change)) spellings.add(key);
    }
    if (spellings.size) for (const key of index.nearMissKeys()) if (!keys.has(key) && spellings.has(index.nearMissSuggestion(key)!)) keys.add(key);
    return keys;
  },
  *checkGroup(index: CorpusIndex, gazetteer: Gazetteer, key: string): Iterable<CorpusFinding> {
    // `Chen Yu` is another man than `Chen Yun`, however often the folder names Chen Yun
    const rare = index.nearMissesWritten(key).filter(r => !r.item.anotherName);
    if (!rare.length) return;
    const { suggestionKey, entityIds } = rare[0].item;
    // The entity the usual spelling names: the one of the near-miss's candidates written so most often.
    let best: { id: string; count: number } | undefined;
    for (const id of entityIds) {
      const count = index.spellingsOf(id).get(suggestionKey) ?? 0;
      if (!best || count > best.count) best = { id, count };
    }
    if (!best || best.count < MIN_COMMON || best.count < RATIO * rare.length) return;
    const { usual, files, written } = usualSpelling(index, best.id, suggestionKey);
    const who = gazetteer.get(best.id)?.canonical ?? best.id;
    for (const { uri, item } of rare) {
      yield {
        uri,
        range: item.range,
        code: 'cable.corpus.rareSpelling',
        message: `'${item.written}' is written ${times(rare.length)} in this folder; '${written.form}' (${who})${written.counted} ${times(best.count)} in ${files} ${files === 1 ? 'file' : 'files'}.`,
        related: usual.map(m => ({ uri: m.uri, range: m.item.range, message: `'${m.item.written}' here` })),
      };
    }
  },
});

/** How an entity's usual spelling is written: its first places, how many files hold it, the forms its count covers, as the message names them. */
function usualSpelling(index: CorpusIndex, entityId: string, key: string): { usual: Located<MentionSummary>[]; files: number; written: FormsCounted } {
  const forms = index.spellingForms(entityId, key);
  // The first places in file and text order, whatever order the files were indexed in: the first
  // files by uri, then their mentions of the spelling in text order.
  const first = index.firstFilesSpelling(entityId, key, RELATED);
  const usual: Located<MentionSummary>[] = [];
  for (const uri of first) for (const item of index.mentionsIn(uri, entityId)) if (item.key === key) keepFirst(usual, { uri, item });
  return { usual, files: index.filesSpelling(entityId, key), written: formsWritten(forms) ?? { form: key, counted: '' } };
}

/** The usual spelling as the message names it: a form, and what its count covers when not that form alone. */
interface FormsCounted {
  readonly form: string;
  /** `''`, `, in any case,` or `, in all its forms,`. */
  readonly counted: string;
}

/**
 * The form of the usual spelling written most often (`Roshchin`), and whether its count covers other
 * cases of it too (`'ROSHCHIN' …, in any case, 20 times`: 16 and 4 are not 20 of 'ROSHCHIN'), or
 * forms that differ in more (`Roshchin's`, `Peng [Dehuai]`).
 */
function formsWritten(counts: ReadonlyMap<string, number>): FormsCounted | undefined {
  const forms = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([form]) => form);
  const [form] = forms;
  if (form === undefined) return undefined;
  if (forms.length === 1) return { form, counted: '' };
  const lower = form.toLowerCase();
  return { form, counted: forms.every(f => f.toLowerCase() === lower) ? ', in any case,' : ', in all its forms,' };
}

/** Keeps the first `RELATED` places, by file then place in the file; a tie keeps the earlier one first. */
function keepFirst(first: Located<MentionSummary>[], hit: Located<MentionSummary>): void {
  let at = first.length;
  while (at > 0 && before(hit, first[at - 1])) at--;
  if (at >= RELATED) return;
  first.splice(at, 0, hit);
  if (first.length > RELATED) first.pop();
}

function before(a: Located<MentionSummary>, b: Located<MentionSummary>): boolean {
  if (a.uri !== b.uri) return a.uri < b.uri;
  const ra = a.item.range.start;
  const rb = b.item.range.start;
  return ra.line - rb.line < 0 || (ra.line === rb.line && ra.character < rb.character);
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
