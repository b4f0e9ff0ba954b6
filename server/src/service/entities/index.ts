/**
 * Entities: recognition of people, cover names, places and organisations in a cable, and what
 * the editor does with them (hover, name checks, quick fixes, semantic tokens, inlay hints).
 * All functions are pure; `analyzeEntities` is the one to cache per document version.
 */
export type {
  EntityContext,
  EntityAnalysis,
  EntityMention,
  MentionType,
  Resolution,
  ResolutionConfidence,
  Candidate,
  Evidence,
  EvidenceKind,
  NearMiss,
  UnknownPerson,
  ContextualReference,
  DatedText,
} from './types';
export { dateAt, inDatedText } from './textDates';
export { PROCESSING_LINE_CUE } from './types';
export { analyzeEntities, type RecognitionOptions } from './recognize';
export { entityIndexFor, buildEntityIndex, type EntityIndex } from './entityIndex';
export { getEntityHover, mentionAt, escapeMarkdown, type EntityHover, type EntityHoverContext } from './hover';
export { computeNameDiagnostics } from './nameDiagnostics';
export { getNameQuickFixes, getUnknownPersonFixes, type NameQuickFix, type TextEdit, type GazetteerAddition } from './quickFixes';
export {
  getEntitySemanticTokens,
  getEntityInlayHints,
  type EntitySemanticToken,
  type EntityTokenModifier,
  type EntityInlayHint,
} from './presentation';
export { tokenize, type Token } from './tokenizer';
export { editDistance, phoneticKey, isNearMiss } from './spelling';
