/**
 * The merged gazetteer as the rest of the service sees it: a frozen list of entries with lookup by
 * id and by written form. Entity recognition builds its own index from it once (see
 * `../entities/entityIndex.ts`), keyed on the object, so a Gazetteer is treated as immutable.
 */
import type { GazetteerEntry, NameForm } from './types';
import { foldKey } from './names';

export class Gazetteer {
  private readonly byId = new Map<string, GazetteerEntry>();
  private readonly byForm = new Map<string, GazetteerEntry[]>();

  /**
   * @param entries the merged entries, in precedence order already applied
   * @param providerOf the provider id (`builtin` or a file uri) that defined each entry
   */
  constructor(
    readonly entries: readonly GazetteerEntry[],
    private readonly providers: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const entry of entries) {
      this.byId.set(entry.id, entry);
      for (const form of allForms(entry)) {
        const key = foldKey(form.form);
        const list = this.byForm.get(key);
        if (!list) this.byForm.set(key, [entry]);
        else if (!list.includes(entry)) list.push(entry);
      }
    }
    Object.freeze(this);
  }

  get size(): number {
    return this.entries.length;
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /** Entries with a name, variant or cover name written like `name` (case and diacritics ignored). */
  findByName(name: string): readonly GazetteerEntry[] {
    return this.byForm.get(foldKey(name)) ?? [];
  }

  /** `builtin`, or the uri of the workspace file that defined (or last replaced) the entry. */
  providerOf(id: string): string | undefined {
    return this.providers.get(id);
  }
}

/** A canonical name's qualifier in parentheses: `Chinese People's Volunteers (CPV)`, `Kumchon (Hwanghae)` (not `VKP(b)`). */
const QUALIFIER = /^(.*\S)\s+\([^()]*\)$/;

/**
 * Every written form of an entry's real name: the canonical name, the name without its qualifier
 * as the text writes it (`Chinese People's Volunteers`), and the variants; a variant of the canonical
 * name's own text stands for it, with the dates it gives.
 */
export function nameForms(entry: GazetteerEntry): NameForm[] {
  // a variant written as the canonical name gives it its dates (`Council of Ministers of the USSR` from March 1946)
  const canonical = entry.variants?.find((v) => v.form === entry.canonical);
  const forms: NameForm[] = [canonical ?? { form: entry.canonical, system: entry.system }];
  const bare = QUALIFIER.exec(entry.canonical)?.[1];
  if (bare !== undefined && !(entry.variants ?? []).some((v) => v.form === bare)) forms.push({ form: bare, system: entry.system });
  for (const v of entry.variants ?? []) if (v !== canonical) forms.push(v);
  return forms;
}

/** Name forms plus every spelling of every cover name. */
export function allForms(entry: GazetteerEntry): NameForm[] {
  const forms = nameForms(entry);
  for (const p of entry.pseudonyms ?? []) {
    forms.push({ form: p.name, system: p.system });
    for (const f of p.forms ?? []) forms.push(f);
  }
  return forms;
}
