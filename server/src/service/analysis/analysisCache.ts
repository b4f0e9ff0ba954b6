/**
 * Analyses by document uri, at most one version each and at most `capacity` documents: the least
 * recently used one is dropped first, so a long session, a command-line run over a large folder
 * or a workspace index that visits every file never holds more than a bounded number. A new
 * version of a collection file reuses the analyses of its unchanged cables.
 */
import type { Gazetteer } from '../gazetteer';
import type { ITextDocument } from '../types';
import { analyzeFile, type FileAnalysis } from './fileAnalysis';
import type { CableSettings } from './settings';

/** What the features receive in their constructors: the analysis of a document's current version. */
export interface AnalysisSource {
  get(document: ITextDocument): FileAnalysis;
}

interface Entry {
  readonly version: number;
  readonly gazetteer: Gazetteer;
  readonly settings: CableSettings;
  readonly analysis: FileAnalysis;
}

export class AnalysisCache implements AnalysisSource {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly gazetteer: () => Gazetteer,
    private readonly settings: () => CableSettings,
    readonly capacity = 64,
  ) {}

  get(document: ITextDocument): FileAnalysis {
    const gazetteer = this.gazetteer();
    const settings = this.settings();
    const hit = this.entries.get(document.uri);
    if (hit) this.entries.delete(document.uri);
    const fresh = hit && hit.version === document.version && hit.gazetteer === gazetteer && hit.settings === settings;
    const analysis = fresh ? hit.analysis : analyzeFile(document, gazetteer, settings, hit?.analysis);
    // Re-inserting makes this uri the most recently used (a Map iterates in insertion order).
    this.entries.set(document.uri, fresh ? hit : { version: document.version, gazetteer, settings, analysis });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return analysis;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  get size(): number {
    return this.entries.size;
  }
}
