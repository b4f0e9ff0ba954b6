// Inlay hints: `= Stalin` after a cover name with no gloss, only inside the range the editor asks for.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { InlayHintKind, type Range } from 'vscode-languageserver-types';
import { InlayHintProvider } from '../../../server/src/service/features/inlayHints';
import { analysisSource, joinLines, makeDocument, range } from './fixture';

// Three unglossed mentions of the cover name Filippov: hints at 0:16, 1:13 and 2:8.
const threeMentions = joinLines(
  'To Cde. Filippov.',
  'Cde. Filippov has read it.',
  'Filippov agrees.',
  'ROSHCHIN',
);

function hints(text: string, within: Range, settings = {}): string[] {
  const provider = new InlayHintProvider(analysisSource(settings));
  return provider.provideInlayHints(makeDocument(text), within)
    .map(h => `${h.position.line}:${h.position.character} ${String(h.label)}`);
}

test('a hint after each unglossed cover name, with its kind, tooltip and padding', () => {
  const provider = new InlayHintProvider(analysisSource());
  const [first] = provider.provideInlayHints(makeDocument(threeMentions), range(0, 0, 0, 17));
  assert.deepEqual(first, {
    position: { line: 0, character: 16 },
    label: '= Stalin',
    kind: InlayHintKind.Type,
    tooltip: "Filippov is a cover name of Joseph Stalin (certain). This identification is the extension's, from its gazetteer, not the archive editor's: the document has no gloss for it.",
    paddingLeft: true,
  });
  assert.deepEqual(hints(threeMentions, range(0, 0, 4, 0)), ['0:16 = Stalin', '1:13 = Stalin', '2:8 = Stalin']);
});

test('hints outside the requested range are left out', () => {
  assert.deepEqual(hints(threeMentions, range(1, 0, 1, 26)), ['1:13 = Stalin']);
  assert.deepEqual(hints(threeMentions, range(3, 0, 3, 8)), []);
});

test('a hint exactly at either edge of the range is inside it', () => {
  assert.deepEqual(hints(threeMentions, range(1, 13, 2, 8)), ['1:13 = Stalin', '2:8 = Stalin']);
  assert.deepEqual(hints(threeMentions, range(1, 14, 2, 7)), []);
});

test('a glossed cover name gets no hint', () => {
  assert.deepEqual(hints(joinLines('To Cde. FILIPPOV [Stalin].', 'Filippov agrees.', 'ROSHCHIN'), range(0, 0, 3, 0)), []);
});

test('the setting turns the hints off', () => {
  assert.deepEqual(hints(threeMentions, range(0, 0, 4, 0), { pseudonymHints: false }), []);
});

test('a cover name the sources call probable gets `= Stalin?`, with the hedge in its own tooltip', () => {
  const text = joinLines('CIPHERED TELEGRAM', 'From PEKING', 'Received 12:00 7.1.1953', '', 'To Cde. Semenov.', 'MAO ZEDONG');
  const [hint] = new InlayHintProvider(analysisSource()).provideInlayHints(makeDocument(text), range(0, 0, 6, 0));
  assert.equal(hint?.label, '= Stalin?');
  assert.match(String(hint?.tooltip), /^Semenov is probably a cover name of Joseph Stalin \(the sources call it probable\)\./);
  assert.doesNotMatch(String(hint?.label), /[[\]()]/, 'no brackets in the label');
});

test('a disputed cover name names its candidates in its period, and no one outside it', () => {
  const cable = (received: string) => joinLines('CIPHERED TELEGRAM No. 600712/sh', 'From PYONGYANG', `Received ${received}`, '', 'To Comrade FENG XI [Stalin].', '', 'Cde. Matveyev has arrived.', '', 'SHTYKOV');
  const all = range(0, 0, 20, 0);
  assert.deepEqual(hints(cable('3:48 22.9.1950'), all), ['6:13 = Razuvaev? Zakharov?']);
  assert.deepEqual(hints(cable('3:48 14.8.1952'), all), []);
});
