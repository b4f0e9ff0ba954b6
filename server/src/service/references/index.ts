/**
 * Links between cables (issue 9), the pure part: the citations of other telegrams in a document,
 * (resolution and checks follow).
 * The corpus index calls these; nothing here reads files or knows the workspace.
 */
export { findTelegramReferences, referenceDateOf, type TelegramRef, type Whose } from './telegramReferences';
