/**
 * "Add to the workspace gazetteer": the workspace edit that appends an entry to the first
 * configured gazetteer file, creating the file when it does not exist yet. The edit is only
 * applied when the user picks the quick fix.
 */
import { applyEdits, modify } from 'jsonc-parser';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { GazetteerEntryInput } from '../service/gazetteer';

/** `text` is the file's current text, undefined when the file does not exist. */
export function gazetteerAdditionEdit(uri: string, text: string | undefined, entry: GazetteerEntryInput): WorkspaceEdit {
  const formatting = { insertSpaces: true, tabSize: 2, eol: '\n' };
  if (text === undefined) {
    const created = JSON.stringify({ entries: [entry] }, null, 2) + '\n';
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: created }] },
      ],
    };
  }
  const edits = modify(text, ['entries', -1], entry, { formattingOptions: formatting, isArrayInsertion: true });
  // One edit replacing the whole text keeps the positions simple and the result well-formed.
  const updated = applyEdits(text, edits);
  const whole: TextEdit = { range: { start: { line: 0, character: 0 }, end: endOf(text) }, newText: updated };
  return { changes: { [uri]: [whole] } };
}

function endOf(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
