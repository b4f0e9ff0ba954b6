// The twenty-eighth outline round: a routing line's two places, a collection's title set off by blank lines,
// two telegrams one after the other with no rule between them, and a ministry's note named as one.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { DocumentSymbolProvider } from '../../../server/src/service/features/documentSymbols';
import { analysisSource, makeDocument, noToken } from './fixture';

function outline(lines: string[]): DocumentSymbol[] {
  return new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(makeDocument(lines.join('\n')), noToken);
}
const names = (s: DocumentSymbol | undefined) => (s?.children ?? []).map(c => c.name);

test('`MOSCOW, to PYONGYANG` under the telegram line is the route: the place of issue, then the destination', () => {
  const roots = outline(['CIPHERED TELEGRAM', 'MOSCOW, to PYONGYANG', 'TO THE SOVIET AMBASSADOR', '', 'Visit Kim Il Sung and pass him the following reply.', '', 'FILIPPOV', '14 October 1950']);
  assert.equal(roots[0]?.name, 'Ciphered telegram — Moscow → Pyongyang');
  assert.deepEqual(names(roots[0]).slice(1, 3), ['From: Moscow', 'Destination: Pyongyang']);
  // a man or an office after the small-letter `to` stays the addressee there
  const man = outline(['CIPHERED TELEGRAM', 'BEIPING, to TEREBIN', '', 'Your telegram received.', '', 'KUZNETSOV', '4 May 1948']);
  assert.ok(names(man[0]).includes('Addressee: Terebin'), JSON.stringify(names(man[0])));
  assert.ok(names(man[0]).includes('Destination: Beiping'), JSON.stringify(names(man[0])));
});
test('a ministry\'s note is named a note, its kind on a line of its own or after the ministry\'s name', () => {
  const body = ['', 'The Ministry of Foreign Affairs presents its compliments to the Embassy of the USSR.', '', 'Beijing, 12 January 1950'];
  const two = outline(['Ministry of Foreign Affairs of the People\'s Republic of China', 'Note', ...body]);
  assert.equal(two[0]?.name, 'Note');
  assert.ok(names(two[0]).includes('Institution: Ministry of Foreign Affairs of the People\'s Republic of China'), JSON.stringify(names(two[0])));
  const one = outline(['Ministry of Foreign Affairs of the People\'s Republic of China Note', ...body]);
  assert.equal(one[0]?.name, 'Note');
  assert.ok(names(one[0]).includes('Institution: Ministry of Foreign Affairs of the People\'s Republic of China'), JSON.stringify(names(one[0])));
});
