/**
 * Merges gazetteer providers into one `Gazetteer`.
 *
 * Precedence (documented for users in docs/gazetteer.md):
 *   1. the built-in data comes first;
 *   2. workspace files follow in the order of `cable.gazetteer.files`;
 *   3. an entry whose `id` is already defined REPLACES the earlier entry as a whole (it keeps
 *      the earlier entry's position in the list), unless it says `"extend": true`, in which case
 *      its variants, pseudonyms, roles, tags and sources are APPENDED to the earlier entry and the
 *      scalar fields it sets (canonical, short, born, died, diedOn, note, ...) override the earlier ones;
 *   4. an `extend` entry with no earlier entry is added as new if it has `kind` and `canonical`,
 *      and otherwise ignored with a problem.
 * A provider that fails to load is simply absent, so the built-in data keeps working.
 */
import { Gazetteer } from './gazetteer';
import type { GazetteerEntry, GazetteerEntryInput, GazetteerProblem, GazetteerProvider, NameForm } from './types';
import builtinData from '../../../../data/gazetteer.json';

export const BUILTIN_PROVIDER_ID = 'builtin';

export function builtinProvider(): GazetteerProvider {
  return { id: BUILTIN_PROVIDER_ID, entries: (builtinData as { entries: GazetteerEntryInput[] }).entries };
}

export interface MergeResult {
  readonly gazetteer: Gazetteer;
  /** Problems found while merging, by provider id; paths are JSON pointers into that provider's file. */
  readonly problems: ReadonlyMap<string, readonly GazetteerProblem[]>;
}

export function mergeProviders(providers: readonly GazetteerProvider[]): MergeResult {
  const merged = new Map<string, GazetteerEntry>();
  const providerOf = new Map<string, string>();
  const problems = new Map<string, GazetteerProblem[]>();
  const report = (provider: string, problem: GazetteerProblem) => {
    const list = problems.get(provider) ?? [];
    list.push(problem);
    problems.set(provider, list);
  };

  for (const provider of providers) {
    provider.entries.forEach((input, index) => {
      const earlier = merged.get(input.id);
      if (input.extend && earlier) {
        merged.set(input.id, extendEntry(earlier, input, provider.id));
        return;
      }
      if (input.kind === undefined || input.canonical === undefined) {
        report(provider.id, {
          path: `/entries/${index}`,
          message: `"extend": no earlier entry with id "${input.id}", and no kind and canonical to add it as new`,
        });
        return;
      }
      merged.set(input.id, oneShape(input as GazetteerEntry)); // Map.set keeps the earlier position on replace
      providerOf.set(input.id, provider.id);
    });
  }
  return { gazetteer: new Gazetteer([...merged.values()], providerOf), problems };
}

function extendEntry(earlier: GazetteerEntry, input: GazetteerEntryInput, providerId: string): GazetteerEntry {
  const mark = (forms: readonly NameForm[] | undefined) => (forms ?? []).map((f) => ({ ...f, addedBy: providerId }));
  const { extend: _ignored, variants, pseudonyms, roles, tags, sources, ...scalars } = input;
  return oneShape({
    ...earlier,
    ...scalars,
    variants: [...(earlier.variants ?? []), ...mark(variants)],
    pseudonyms: [
      ...(earlier.pseudonyms ?? []),
      ...(pseudonyms ?? []).map((p) => ({ ...p, forms: mark(p.forms) })),
    ],
    roles: [...(earlier.roles ?? []), ...(roles ?? [])],
    tags: [...new Set([...(earlier.tags ?? []), ...(tags ?? [])])],
    sources: [...(earlier.sources ?? []), ...(sources ?? [])],
  });
}

/**
 * The entry with every field of `GazetteerEntry` present, in one order, those it lacks undefined
 * (`extend` dropped). The data writes its entries' fields in some forty different orders and sets;
 * as objects of as many shapes they made every read of `entry.kind` or `entry.id` in the entity
 * layer, which reads them per mention, a lookup among shapes rather than a fixed offset.
 */
function oneShape(e: GazetteerEntry): GazetteerEntry {
  return {
    id: e.id, kind: e.kind, canonical: e.canonical, system: e.system, short: e.short, country: e.country,
    tags: e.tags, variants: e.variants, pseudonyms: e.pseudonyms, roles: e.roles, born: e.born, died: e.died, diedOn: e.diedOn,
    wikidata: e.wikidata, note: e.note, sources: e.sources,
  };
}

/**
 * Holds the providers and hands out the merged gazetteer, rebuilt only after a change. The LSP
 * glue reads the files and calls `setWorkspaceProviders` on load and on every file change.
 */
export class GazetteerManager {
  private workspace: readonly GazetteerProvider[] = [];
  private cached: MergeResult | undefined;

  constructor(private readonly builtin: GazetteerProvider = builtinProvider()) {}

  /** Replaces the workspace providers; their order is their precedence (later wins). */
  setWorkspaceProviders(providers: readonly GazetteerProvider[]): void {
    // Unchanged files keep the merged gazetteer (and every analysis and index built on it).
    if (JSON.stringify(providers) === JSON.stringify(this.workspace)) return;
    this.workspace = [...providers];
    this.cached = undefined;
  }

  get providers(): readonly GazetteerProvider[] {
    return [this.builtin, ...this.workspace];
  }

  get gazetteer(): Gazetteer {
    return this.merge().gazetteer;
  }

  /** Merge problems of one provider (e.g. an `extend` entry with nothing to extend). */
  problemsOf(providerId: string): readonly GazetteerProblem[] {
    return this.merge().problems.get(providerId) ?? [];
  }

  private merge(): MergeResult {
    this.cached ??= mergeProviders(this.providers);
    return this.cached;
  }
}
