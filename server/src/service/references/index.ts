/**
 * Links between cables (issue 9), the pure part: the citations of other telegrams in a document,
 * their resolution against the corpus's cable summaries, and the checks on a resolved citation.
 * The corpus index calls these; nothing here reads files or knows the workspace.
 */
export { findTelegramReferences, referenceDateOf, type TelegramRef, type Whose } from './telegramReferences';
export { resolveTelegramReference, normaliseTelegramNumber, type CitingCable, type ReferenceKey, type Resolution } from './resolveReference';
export { ambiguousReference, checkResolvedReference, citedAfterCiting, describeCitation, formatReferenceDate, type ReferenceFinding } from './referenceChecks';
