/**
 * The analysis of one version of one document: the parse, the chronology and the entities, each
 * computed at most once and only when a feature first asks for it. The outline and folding need
 * only the parse (and the outline's date details the chronology), so they answer before the
 * entity layer has run; diagnostics need everything.
 *
 * Nothing else in the service runs these layers: the features, the rules, the command-line
 * checker and the benchmark all go through `analyzeDocument`.
 */
import { parseCable } from '../parser/parser';
import type { CableDocument } from '../parser/ast';
import { analyzeChronology, type ChronologyResult } from '../chronology';
import { analyzeEntities, type EntityAnalysis } from '../entities';
import type { Gazetteer } from '../gazetteer';
import { entityContextOf } from './entityContext';
import type { CableSettings } from './settings';
import type { DateHint } from '../types';

/** Everything the features and the rules know about one version of a document. */
export interface DocumentAnalysis {
  readonly text: string;
  readonly parsed: CableDocument;
  readonly chronology: ChronologyResult;
  readonly entities: EntityAnalysis;
  /** The gazetteer and settings the analysis was made with (a change to either makes a new analysis). */
  readonly gazetteer: Gazetteer;
  readonly settings: CableSettings;
  /** The date the editor gave the cable outside its text, when one was given. */
  readonly dateHint?: DateHint;
  /** The glosses the editor gave outside its text (a collection title's `Matveyev [Zakharov]`), by the folded form glossed. */
  readonly titleGlosses?: ReadonlyMap<string, ReadonlySet<string>>;
}

class LazyAnalysis implements DocumentAnalysis {
  private parsedValue: CableDocument | undefined;
  private chronologyValue: ChronologyResult | undefined;
  private entitiesValue: EntityAnalysis | undefined;

  constructor(
    readonly text: string, readonly gazetteer: Gazetteer, readonly settings: CableSettings,
    readonly dateHint?: DateHint, readonly titleGlosses?: ReadonlyMap<string, ReadonlySet<string>>,
  ) {}

  get parsed(): CableDocument {
    return (this.parsedValue ??= parseCable(this.text));
  }

  get chronology(): ChronologyResult {
    return (this.chronologyValue ??= analyzeChronology(this.parsed, this.dateHint));
  }

  get entities(): EntityAnalysis {
    return (this.entitiesValue ??= analyzeEntities(this.text, this.gazetteer, entityContextOf(this.parsed, this.chronology, this.dateHint, this.titleGlosses)));
  }
}

/**
 * The one pipeline: text → parse → chronology → entities, each layer on first use. `dateHint` and
 * `titleGlosses` are what the editor says of the cable outside its text, in a collection's title:
 * its date (see `analyzeChronology`) and the cover names it glosses.
 */
export function analyzeDocument(
  text: string, gazetteer: Gazetteer, settings: CableSettings, dateHint?: DateHint, titleGlosses?: ReadonlyMap<string, ReadonlySet<string>>,
): DocumentAnalysis {
  return new LazyAnalysis(text, gazetteer, settings, dateHint, titleGlosses);
}
