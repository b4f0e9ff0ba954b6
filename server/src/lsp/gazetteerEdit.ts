/**
 * "Add to the workspace gazetteer": the edit that adds ONE entry to a gazetteer file. The code
 * action is listed without touching the file; its edit is computed when the user picks it
 * (`codeAction/resolve`), from the file as it is then.
 *
 * The edit is minimal: one insertion after the last entry of the `entries` array (found by a
 * scanner that skips strings and comments), in the file's own indentation and line endings, so
 * the rest of the user's file is left exactly as it was — and a minified file stays one line.
 */
import { parse, type ParseError } from 'jsonc-parser';
import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { findEntriesPlace, stripBom } from '../service/gazetteer';
import type { GazetteerFileText } from './workspaceGazetteer';

/** The text of a new gazetteer file holding one entry. */
export function newGazetteerFileText(entry: object): string {
  return JSON.stringify({ entries: [entry] }, null, 2) + '\n';
}

/**
 * The one TextEdit that adds `entry` to the `entries` array of a gazetteer file's text; positions
 * are in the text without its BOM (as editors count). An empty text becomes a whole new file.
 * Undefined when the text is not an object whose `entries` (if present) is an array: there is no
 * place to add the entry without guessing. Pure.
 */
export function insertEntryEdit(fileText: string, entry: object): TextEdit | undefined {
  const text = stripBom(fileText);
  if (!text.trim()) return { range: { start: positionAt(text, 0), end: positionAt(text, text.length) }, newText: newGazetteerFileText(entry) };
  const place = findEntriesPlace(text);
  if (!place) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(text);
  const multiLine = text.trimEnd().includes('\n');
  const insert = (offset: number, newText: string): TextEdit => ({ range: { start: positionAt(text, offset), end: positionAt(text, offset) }, newText });
  const compact = JSON.stringify(entry);

  if (place.kind === 'array') {
    if (place.lastEnd !== undefined) {
      // After the last entry; `[ {…}, ]` keeps its trailing comma after the new entry.
      const indent = place.lastStart !== undefined ? indentIfLineStart(text, place.lastStart) : undefined;
      if (indent === undefined) return insert(place.lastEnd, `,${compact}`);
      return insert(place.lastEnd, `,${eol}${indent}${pretty(entry, unit, indent, eol)}`);
    }
    // An empty array: the entry goes between its brackets.
    const outer = lineIndent(text, place.open);
    const between = text.slice(place.open + 1, place.close);
    const body = multiLine ? `${eol}${outer}${unit}${pretty(entry, unit, outer + unit, eol)}${eol}${outer}` : compact;
    if (!between.trim()) {
      return { range: { start: positionAt(text, place.open + 1), end: positionAt(text, place.close) }, newText: body };
    }
    return insert(place.close, body); // only comments inside: keep them
  }

  // No `entries` key yet: add one as the object's last member.
  const at = place.lastEnd ?? place.open + 1;
  const comma = place.lastEnd !== undefined ? ',' : '';
  if (!multiLine) return insert(at, `${comma}"entries":[${compact}]`);
  const inner = unit + unit;
  return insert(at, `${comma}${eol}${unit}"entries": [${eol}${inner}${pretty(entry, unit, inner, eol)}${eol}${unit}]${place.lastEnd === undefined ? eol : ''}`);
}

/** The entry as JSON over several lines, every line after the first indented by `indent`. */
function pretty(entry: object, unit: string, indent: string, eol: string): string {
  return JSON.stringify(entry, null, unit).split('\n').join(eol + indent);
}

/** The file's indentation step: the leading white space of its first indented line, or two spaces. */
function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  if (!m) return '  ';
  return m[1].startsWith('\t') ? '\t' : m[1];
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineIndent(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/** The white space before `offset` when nothing else precedes it on its line; otherwise undefined. */
function indentIfLineStart(text: string, offset: number): string | undefined {
  const before = text.slice(lineStart(text, offset), offset);
  return /^[ \t]*$/.test(before) && text.lastIndexOf('\n', offset - 1) >= 0 ? before : undefined;
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

/** What resolving "add to the gazetteer" gave: the edit, or a one-line reason for the user. */
export type GazetteerAddition = { readonly edit: WorkspaceEdit } | { readonly problem: string };

/**
 * The workspace edit adding `entry` to the gazetteer file `uri`, given what loading it gave now
 * (the host reads it: from disk, or through the client in the web build). A file that does not
 * exist yet is created only when the client can create files (`resourceOperations` includes
 * `create`). A file that is refused or not valid JSON gets a reason instead. Pure.
 */
export function gazetteerAdditionEdit(uri: string, loaded: GazetteerFileText, entry: object, options: { canCreate: boolean }): GazetteerAddition {
  const name = decodeURIComponent(uri).split('/').slice(-2).join('/');
  if ('missing' in loaded) {
    if (!options.canCreate) return { problem: `${name} does not exist and this editor cannot create it from the language server: create it with {"entries": []} and try again.` };
    return {
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newGazetteerFileText(entry) }] },
        ],
      },
    };
  }
  if ('refused' in loaded) return { problem: `${name}: ${loaded.refused}` };
  const errors: ParseError[] = [];
  if (loaded.text.trim()) parse(loaded.text, errors, { allowTrailingComma: true });
  if (errors.length) return { problem: `${name} is not valid JSON (line ${positionAt(loaded.text, errors[0].offset).line + 1}): fix it, then add the name again.` };
  const edit = insertEntryEdit(loaded.text, entry);
  if (!edit) return { problem: `${name} has no "entries" array to add the name to: fix the file, then add the name again.` };
  return { edit: { changes: { [uri]: [edit] } } };
}
