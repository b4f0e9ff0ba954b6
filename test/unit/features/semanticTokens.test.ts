// Semantic tokens: names from the gazetteer and the editor's brackets, in the LSP's relative
// encoding, one token per line, overlapping tokens dropped.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SemanticTokensProvider, semanticTokensLegend } from '../../../server/src/service/features/semanticTokens';
import { analysisSource, joinLines, makeDocument } from './fixture';

function data(text: string): number[] {
  return new SemanticTokensProvider(analysisSource()).provideSemanticTokens(makeDocument(text)).data;
}

/** Decodes the relative encoding into `line:character length type modifiers` lines. */
function tokens(text: string): string[] {
  const d = data(text);
  assert.equal(d.length % 5, 0);
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < d.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = d.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const names = semanticTokensLegend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit));
    out.push(`${line}:${character} ${length} ${semanticTokensLegend.tokenTypes[type]}${names.map(n => `.${n}`).join('')}`);
  }
  return out;
}

const glossed = joinLines(
  'To Cde. FILIPPOV [Stalin].',
  'ROSHCHIN',
);

test('the wire format: deltas from the previous token, the character relative only on the same line', () => {
  assert.deepEqual(data(glossed), [
    0, 8, 8, 1, 0, // FILIPPOV, a pseudonym
    0, 9, 1, 4, 0, // `[`, 9 characters further on the same line
    0, 1, 6, 0, 1, // Stalin, a person, the gloss modifier
    0, 6, 1, 4, 0, // `]`
    1, 0, 8, 0, 0, // ROSHCHIN: the next line, so the character counts from the line start
  ]);
});

test('a bracket holding a name gives its brackets and the name; a bracket without one is editorial throughout', () => {
  assert.deepEqual(tokens(glossed), ['0:8 8 pseudonym', '0:17 1 editorial', '0:18 6 person.gloss', '0:24 1 editorial', '1:0 8 person']);
  assert.deepEqual(tokens(joinLines('We agree [with the plan].', 'ROSHCHIN')), ['0:9 15 editorial', '1:0 8 person']);
});

test('a bracket over two lines gives one token per line', () => {
  assert.deepEqual(tokens(joinLines(
    '[Source: Archive of the President,',
    'fond 45, opis 1.]',
    '',
    'Text of the message.',
  )), ['0:0 34 editorial', '1:0 17 editorial']);
});

test('a bracket inside a bracket keeps the outer one only', () => {
  // `[1]` lies inside the editor's note: tokens may not overlap, so the first (outer) one stays.
  assert.deepEqual(tokens(joinLines('Send [Ed. note: see [1] below.] now.', 'ROSHCHIN')), ['0:5 26 editorial', '1:0 8 person']);
});

test('a document without names or brackets has no tokens', () => {
  assert.deepEqual(data(joinLines('Text of the message.', '', 'More text.')), []);
});

test('a person the gazetteer lacks has a token type of its own', () => {
  assert.deepEqual(tokens(joinLines('To Cde. Lebedinsky.', 'ROSHCHIN')), ['0:8 10 unknownPerson', '1:0 8 person']);
  assert.ok(semanticTokensLegend.tokenTypes.includes('unknownPerson'));
});
