/**
 * "Add to the workspace gazetteer": the workspace edit that appends an entry to the first
 * configured gazetteer file, creating the file when it does not exist yet. The edit is only
 * applied when the user picks the quick fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { applyEdits, modify } from 'jsonc-parser';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { GazetteerEntryInput } from '../service/gazetteer';

export function gazetteerAdditionEdit(file: string, entry: GazetteerEntryInput): WorkspaceEdit {
  const uri = pathToFileURL(file).href;
  const formatting = { insertSpaces: true, tabSize: 2, eol: '\n' };
  if (!existsSync(file)) {
    const text = JSON.stringify({ entries: [entry] }, null, 2) + '\n';
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    };
  }
  const text = readFileSync(file, 'utf8');
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
