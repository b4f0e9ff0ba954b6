/**
 * The analysis layer: one pipeline (`analyzeDocument`), the per-document result every feature
 * and rule reads (`DocumentAnalysis`), a bounded cache by uri and version, and the rules.
 *
 * A workspace index plugs in here: it asks `analyzeDocument` for each file it indexes and keeps a
 * compact summary of the analysis (cables, mentions, references), never the analysis itself.
 */
export { analyzeDocument, type DocumentAnalysis } from './documentAnalysis';
export { analyzeFile, type FileAnalysis, type CableView } from './fileAnalysis';
export { splitCollection, type CablePart } from './collection';
export { AnalysisCache, type AnalysisSource } from './analysisCache';
export { defaultSettings, type CableSettings } from './settings';
export { defineRule, type Rule } from './rule';
export { runRules, type LevelledDiagnostic } from './runRules';
export { allRules } from './allRules';
export { entityContextOf } from './entityContext';
