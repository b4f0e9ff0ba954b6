// What every provider test needs and nothing more: a document written as joined lines, an optional
// cursor marker, and an analysis source over the built-in gazetteer, so that a test builds only
// the provider under test (`new FoldingRangeProvider(source())`).
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { analyzeFile, defaultSettings, type AnalysisSource, type CableSettings } from '../../../server/src/service/analysis';
import { GazetteerManager } from '../../../server/src/service/gazetteer';
import type { ICancellationToken } from '../../../server/src/service/types';

export const builtinGazetteer = new GazetteerManager().gazetteer;

export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** Where the cursor is in a fixture; the marker itself is not part of the text. */
export const CURSOR = '$|';

export interface CursorFixture {
  readonly text: string;
  readonly offset: number;
}

/** Takes the one `$|` out of `text` and says where it was. */
export function withCursor(text: string): CursorFixture {
  const offset = text.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the fixture has a cursor marker');
  assert.equal(text.indexOf(CURSOR, offset + 1), -1, 'the fixture has one cursor marker');
  return { text: text.slice(0, offset) + text.slice(offset + CURSOR.length), offset };
}

export function makeDocument(text: string, version = 1, uri = 'file:///test.cable'): TextDocument {
  return TextDocument.create(uri, 'cable', version, text);
}

/** A document and the position of its cursor marker. */
export function documentWithCursor(text: string): { doc: TextDocument; position: Position } {
  const fixture = withCursor(text);
  const doc = makeDocument(fixture.text);
  return { doc, position: doc.positionAt(fixture.offset) };
}

/** A fresh analysis of each document asked for: the providers' own behaviour, no cache in between. */
export function analysisSource(settings: Partial<CableSettings> = {}): AnalysisSource {
  const merged: CableSettings = { ...defaultSettings, ...settings };
  return { get: doc => analyzeFile(doc, builtinGazetteer, merged) };
}

export const noToken: ICancellationToken = { isCancellationRequested: false };
export const cancelled: ICancellationToken = { isCancellationRequested: true };

/** `range(1, 0, 1, 8)`: a range from line/character pairs, for exact assertions. */
export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** The offset range of the n-th occurrence of `needle` as an LSP range. */
export function rangeOfText(doc: TextDocument, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `the fixture has ${occurrence + 1} × ${JSON.stringify(needle)}`);
  }
  return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}

/** A collection file of two cables (CABLE-FORMAT §11) with a heading each; `line` is the second cable's body line. */
export function twoCableCollection(line = 'Zhou Enlai left.'): string {
  return joinLines(
    'Document No. 1',
    'CIPHERED TELEGRAM No. 100',
    'From PEKING Received 10:00 3.11.1950',
    'To Cde. FILIPPOV.',
    'Li Kenong arrived.',
    'ROSHCHIN',
    'Deciphered by Orlov 1100 3 November',
    '==========',
    'Document No. 2',
    'CIPHERED TELEGRAM No. 200',
    'From PEKING Received 09:00 1.11.1950',
    'To Cde. FILIPPOV.',
    line,
    'ROSHCHIN',
    'Deciphered by Orlov 0930 1 November',
  );
}
