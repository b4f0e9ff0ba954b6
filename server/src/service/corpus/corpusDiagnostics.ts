/**
 * The corpus checks' findings as diagnostics, by file, kept up to date change by change: after a
 * file changes only the rule groups the change can touch are checked again (`CorpusRule.affected`),
 * and only the files those groups report in get a new list, if it reads differently; `changesSince`
 * names those files, so a publisher need not compare every file's list. Everything is checked again
 * when the gazetteer or the settings change, or when the index moved on further than its journal
 * remembers.
 */
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { CableSettings } from '../analysis';
import { levelFor } from '../diagnosticCodes';
import { SEVERITY } from '../features/diagnostics';
import type { Gazetteer } from '../gazetteer';
import type { ILogger } from '../types';
import type { CorpusIndex } from './corpusIndex';
import type { CorpusFinding, CorpusRule } from './corpusRule';
import { sharingResolutions } from './links';

interface Reported {
  readonly uri: string;
  readonly diagnostic: Diagnostic;
}

/** The files whose findings changed since a version of them (none given: too far back to tell), and the version now. */
export interface CorpusDiagnosticChanges {
  readonly version: number;
  readonly uris: ReadonlySet<string> | undefined;
}

/** How many updates `changesSince` can look back over; a consumer further behind looks at every file. */
const JOURNAL_LIMIT = 64;

export class CorpusDiagnostics {
  private state: { version: number; gazetteer: Gazetteer; settings: CableSettings } | undefined;
  /** Grows with every update that changed some file's findings. */
  private version = 0;
  /** The files each such update changed, the oldest first. */
  private readonly journal: { version: number; uris: ReadonlySet<string> }[] = [];
  /** `rule index \0 group` → what the group reports. */
  private readonly groups = new Map<string, readonly Reported[]>();
  /** uri → the groups reporting in it. */
  private readonly groupsOf = new Map<string, Set<string>>();
  /** uri → its findings, rule by rule in registry order, each rule's in text order; only files with findings. */
  private readonly byUri = new Map<string, readonly Diagnostic[]>();

  constructor(private readonly rules: readonly CorpusRule[], private readonly logger?: ILogger) {}

  /**
   * The files whose findings changed after `version` (0 before the first), as of the last `get`, or
   * no set when the record does not reach back that far. A file counts only when its list reads
   * differently: one checked again with the same outcome keeps its array and is not named.
   */
  changesSince(version: number): CorpusDiagnosticChanges {
    const reached = version === this.version || (version < this.version && this.journal.length > 0 && this.journal[0]!.version <= version + 1);
    if (!reached) return { version: this.version, uris: undefined };
    const uris = new Set<string>();
    for (const entry of this.journal) if (entry.version > version) for (const uri of entry.uris) uris.add(uri);
    return { version: this.version, uris };
  }

  /**
   * The findings of the index as it stands. The map is this object's own and changes in place; a
   * file whose findings did not change keeps the very same array, so a consumer can compare by identity.
   */
  get(index: CorpusIndex, gazetteer: Gazetteer, settings: CableSettings): ReadonlyMap<string, readonly Diagnostic[]> {
    // The citation and ambiguity checks read the same files' resolved references.
    return sharingResolutions(index, () => this.update(index, gazetteer, settings));
  }

  private update(index: CorpusIndex, gazetteer: Gazetteer, settings: CableSettings): ReadonlyMap<string, readonly Diagnostic[]> {
    const state = this.state;
    const version = index.version;
    if (state && state.gazetteer === gazetteer && state.settings === settings) {
      if (state.version === version) return this.byUri;
      const changes = index.changesSince(state.version);
      if (changes) {
        const touched = new Set<string>();
        this.rules.forEach((rule, r) => {
          if (levelFor(rule.code, settings.diagnosticLevels) === 'ignore') return;
          let groups: Iterable<string>;
          try {
            groups = [...rule.affected(index, changes)];
          } catch (e) {
            this.failed(rule, e);
            return;
          }
          for (const group of groups) this.checkGroup(index, gazetteer, settings, r, group, touched);
        });
        this.record(touched);
        this.state = { version, gazetteer, settings };
        return this.byUri;
      }
    }
    this.groups.clear();
    this.groupsOf.clear();
    // every file that had findings may lose them; `rebuild` keeps the lists that read the same
    const touched = new Set<string>(this.byUri.keys());
    this.rules.forEach((rule, r) => {
      if (levelFor(rule.code, settings.diagnosticLevels) === 'ignore') return;
      try {
        for (const group of [...rule.groups(index)]) this.checkGroup(index, gazetteer, settings, r, group, touched);
      } catch (e) {
        this.failed(rule, e);
      }
    });
    this.record(touched);
    this.state = { version, gazetteer, settings };
    return this.byUri;
  }

  /** Rebuilds the lists of the files touched, and notes those that now read differently. */
  private record(touched: ReadonlySet<string>): void {
    const changed = new Set<string>();
    for (const uri of touched) if (this.rebuild(uri)) changed.add(uri);
    if (!changed.size) return;
    this.journal.push({ version: ++this.version, uris: changed });
    if (this.journal.length > JOURNAL_LIMIT) this.journal.shift();
  }

  /** Checks one group again, replacing what it reported; the files it reported in, before or now, join `touched`. */
  private checkGroup(index: CorpusIndex, gazetteer: Gazetteer, settings: CableSettings, r: number, group: string, touched: Set<string>): void {
    const rule = this.rules[r];
    const id = `${r}\u0000${group}`;
    for (const { uri } of this.groups.get(id) ?? []) {
      touched.add(uri);
      this.groupsOf.get(uri)?.delete(id);
    }
    this.groups.delete(id);
    const severity = SEVERITY[levelFor(rule.code, settings.diagnosticLevels) as Exclude<ReturnType<typeof levelFor>, 'ignore'>];
    const reported: Reported[] = [];
    try {
      for (const f of rule.checkGroup(index, gazetteer, group)) reported.push({ uri: f.uri, diagnostic: toDiagnostic(f, severity) });
    } catch (e) {
      this.failed(rule, e);
    }
    if (!reported.length) return;
    this.groups.set(id, reported);
    for (const { uri } of reported) {
      touched.add(uri);
      let ids = this.groupsOf.get(uri);
      if (!ids) this.groupsOf.set(uri, (ids = new Set()));
      ids.add(id);
    }
  }

  /**
   * A file's list again from its groups: by rule, then by place (so the order does not depend on
   * which group was checked last). Returns whether it reads differently; if not, the old array stays.
   */
  private rebuild(uri: string): boolean {
    const ids = this.groupsOf.get(uri);
    const list: { rule: number; diagnostic: Diagnostic }[] = [];
    for (const id of ids ?? []) {
      const rule = Number(id.slice(0, id.indexOf('\u0000')));
      for (const reported of this.groups.get(id) ?? []) if (reported.uri === uri) list.push({ rule, diagnostic: reported.diagnostic });
    }
    if (!list.length) {
      this.groupsOf.delete(uri);
      return this.byUri.delete(uri);
    }
    list.sort((a, b) => a.rule - b.rule
      || a.diagnostic.range.start.line - b.diagnostic.range.start.line
      || a.diagnostic.range.start.character - b.diagnostic.range.start.character
      || (a.diagnostic.message < b.diagnostic.message ? -1 : a.diagnostic.message > b.diagnostic.message ? 1 : 0));
    const diagnostics = list.map(d => d.diagnostic);
    if (sameDiagnostics(diagnostics, this.byUri.get(uri))) return false;
    this.byUri.set(uri, diagnostics);
    return true;
  }

  private failed(rule: CorpusRule, e: unknown): void {
    this.logger?.log(`cable: corpus rule ${rule.code} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
}

function toDiagnostic(f: CorpusFinding, severity: Diagnostic['severity']): Diagnostic {
  return {
    range: f.range, severity, code: f.code, source: 'cable', message: f.message,
    relatedInformation: f.related?.map(r => ({ location: { uri: r.uri, range: r.range }, message: r.message })),
  };
}

function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((d, i) => sameDiagnostic(d, b[i]!));
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a === b) return true;
  if (a.message !== b.message || a.code !== b.code || a.severity !== b.severity || a.source !== b.source || !sameRange(a.range, b.range)) return false;
  const ra = a.relatedInformation ?? [];
  const rb = b.relatedInformation ?? [];
  return ra.length === rb.length && ra.every((r, i) =>
    r.message === rb[i]!.message && r.location.uri === rb[i]!.location.uri && sameRange(r.location.range, rb[i]!.location.range));
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
