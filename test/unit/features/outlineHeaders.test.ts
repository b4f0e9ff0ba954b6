// The twenty-eighth outline round: a routing line's two places, a collection's title set off by blank lines,
// two telegrams one after the other with no rule between them, a ministry's note named as one, and a record's turns.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { DocumentSymbolProvider } from '../../../server/src/service/features/documentSymbols';
import { splitCollection } from '../../../server/src/service/analysis/collection';
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

test('a collection\'s title set off from its heading by a blank line names the cable\'s root', () => {
  const cable = ['CIPHERED TELEGRAM No. 20815', 'From BEIJING Received 21:15 27.July.1951', '', 'To Comrade FILIPPOV.', '', 'We have received your telegram.', '', 'MAO ZEDONG', '27.7.51'];
  assert.deepEqual(outline(['Document No. 1', '', 'Mao Zedong to Filippov, 27 July 1951', '', ...cable]).map(r => r.name), ['Document No. 1: Mao Zedong to Filippov, 27 July 1951']);
  assert.deepEqual(outline(['Document No. 1', '', 'Mao Zedong to Filippov, 27 July 1951', ...cable]).map(r => r.name), ['Document No. 1: Mao Zedong to Filippov, 27 July 1951']);
  // with no title, the envelope names it, as before; a salutation after the blank is the text's, not a title
  assert.ok(outline(['Document No. 1', '', ...cable])[0]?.name.startsWith('Document No. 1: Ciphered telegram No. 20815'));
  const letter = splitCollection(['Document No. 3', '', 'Comrade Stalin:', '', 'We agree.', '', 'Mao Zedong'].join('\n'));
  assert.equal(letter[0]?.title, undefined);
});

test('a second telegram\'s full header after the first\'s signature starts a cable of its own, blank lines between', () => {
  const first = ['CIPHERED TELEGRAM No. 20815', 'From BEIJING Received 21:15 27.July.1951', '', 'To Comrade FILIPPOV.', '', 'We have received your telegram of 25 July.', '', 'MAO ZEDONG', '27.7.51'];
  const second = ['CIPHERED TELEGRAM No. 20990', 'From PYONGYANG Received 18:46 3.9.1950', '', 'To Comrade FYN SI.', '', 'I report on the situation at the front.', '', 'SHTYKOV', '3.9.50'];
  const roots = outline([...first, '', '', ...second]);
  assert.deepEqual(roots.map(r => r.name), [
    'Cable 1: Ciphered telegram No. 20815 — Beijing → Moscow, received 21:15 27.Jul.1951',
    'Cable 2: Ciphered telegram No. 20990 — Pyongyang → Moscow, received 18:46 3.9.1950',
  ]);
  // not after a line that introduces what follows, not a second copy of the same number, not without a routing line under it
  assert.equal(splitCollection([...first.slice(0, 6), 'I transmit the following telegram:', '', ...second].join('\n')).length, 1);
  assert.equal(splitCollection([...first, '', '[Attachment]', '', ...second].join('\n')).length, 1);
  assert.equal(splitCollection([...first.slice(0, 6), 'Transmitting another telegram from Shtykov', '', ...second].join('\n')).length, 1);
  assert.equal(splitCollection([...first, '', 'CIPHERED TELEGRAM No. 20815', ...first.slice(1)].join('\n')).length, 1);
  assert.equal(splitCollection([...first, '', 'CIPHERED TELEGRAM No. 20990', '', 'To Comrade FYN SI.'].join('\n')).length, 1);
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

test('a record told in reported speech shows a lone `Mao: ...` line and a turn after the greetings as turns too', () => {
  const roots = outline(['RECORD OF CONVERSATION BETWEEN COMRADE I.V. STALIN AND MAO ZEDONG', '22 January 1950', '',
    'After the exchange of greetings, Comrade Stalin said that the treaty should be changed.', '', 'Mao Zedong replied that the Chinese side agreed.', '',
    'Mao: The railway should be returned after the peace treaty with Japan.', '', 'Recorded by N. Fedorenko.']);
  const turns = (roots[1]?.children ?? []).filter(c => c.detail === 'turn').map(c => c.name.slice(0, 20));
  assert.deepEqual(turns, ['After the exchange o', 'Mao Zedong replied t', 'Mao: The railway sho']);
});

test('`MOSCOW, MFA` after `To` or `Destination:` keeps the ministry as the addressee, and `To Whom:` on its own line is the form\'s addressee', () => {
  const body = ['', 'Pak Hon-yong asked me to convey the request of the government of the DPRK.', '', 'RAZUVAEV', '3.III.51'];
  for (const line of ['To MOSCOW, MFA', 'Destination: MOSCOW, MFA']) {
    const roots = outline(['CIPHERED TELEGRAM No. 22140', 'From PYONGYANG', line, 'Received 14:20 3 March 1951', ...body]);
    assert.deepEqual(names(roots[0]).slice(2, 5), ['Destination: Moscow', 'Addressee: MFA', 'Received: 14:20 3 March 1951'], line);
    assert.equal(roots[1]?.name, 'Message: Razuvaev → MFA, 3.III.51', line);
  }
  const form = outline(['Destination: PEKING', 'To Whom: SovAmbassador', '', 'To Comrade ROSHCHIN', '', 'Visit Mao Zedong and convey our agreement.', '', 'FILIPPOV', '5 January 1950']);
  assert.deepEqual(names(form[0]), ['Destination: Peking', 'Addressee: SovAmbassador', 'Addressee: Roshchin']);
  assert.equal(form[1]?.name, 'Message: Filippov → Roshchin, 5 January 1950');
});
