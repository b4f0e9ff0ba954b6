// Citations of other telegrams (issue 9): each form found in real cables is recognised with its
// exact extent, number, date and whose; the numbers a cable carries for itself are not citations.
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, defaultSettings } from '../../../server/src/service/analysis';
import { findTelegramReferences, type TelegramRef } from '../../../server/src/service/references';
import type { Span } from '../../../server/src/service/types';
import { builtinGazetteer, joinLines } from '../features/fixture';

function referencesIn(text: string): TelegramRef[] {
  return findTelegramReferences(analyzeDocument(text, builtinGazetteer, defaultSettings));
}

/** An incoming cable of 20 October 1950 around the body lines, with every number a cable carries for itself. */
function cable(...body: string[]): string {
  return joinLines(
    'CIPHERED TELEGRAM No. 20815',
    'From PEKING',
    'Received 21:15 20.October.1950',
    'Copy N° 2',
    '[Stamp: Incoming Nº 3951/shs 20 October 1950]',
    '',
    'To Cde. Filippov.',
    ...body,
    'ROSHCHIN',
    'N° 5205',
    'Deciphered by Fedyaev 1205 20 October',
    'Printed by Kornushina 1250 20 October № 3007',
    'Eight copies printed. Nº 8 to file',
  );
}

/** The span of `needle` in `text`, searched from `from`; the fixture must hold it. */
function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `the fixture holds ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length };
}

interface Expected {
  readonly cited: string;
  readonly number?: string;
  readonly date?: string;
  /** The date as written, when it differs from nothing (its span is checked). */
  readonly dateText?: string;
  readonly whose?: 'your' | 'my';
  readonly noun?: string;
  readonly via: TelegramRef['via'];
}

/** Asserts the one citation of a body line: its span, number span, date span and values, exactly. */
function assertCitation(line: string, expected: Expected): void {
  const text = cable(line);
  const refs = referencesIn(text);
  assert.equal(refs.length, 1, `one citation in ${JSON.stringify(line)}, found ${refs.map((r) => JSON.stringify(text.slice(r.span.start, r.span.end))).join(', ')}`);
  const ref = refs[0] as TelegramRef;
  const span = spanOf(text, expected.cited, text.indexOf(line));
  assert.deepEqual(ref.span, span);
  assert.equal(ref.number, expected.number);
  assert.deepEqual(ref.numberSpan, expected.number === undefined ? undefined : spanOf(text, expected.number, span.start));
  assert.equal(ref.date, expected.date);
  assert.deepEqual(ref.dateSpan, expected.dateText === undefined ? undefined : spanOf(text, expected.dateText, span.start));
  assert.equal(ref.whose, expected.whose);
  assert.equal(ref.noun, expected.noun);
  assert.equal(ref.via, expected.via);
  assert.equal(ref.depth, 0);
}

describe('citations by number', () => {
  test('your telegram No. 3153', () =>
    assertCitation('I have received your telegram No. 3153.', { cited: 'your telegram No. 3153', number: '3153', whose: 'your', noun: 'telegram', via: 'number' }));

  test('To No. 483/sh (the sign and the sentence period are not part of the number): the telegram answered, the addressee\'s', () =>
    assertCitation('To No. 483/sh. The troops are ready.', { cited: 'No. 483/sh', number: '483/sh', whose: 'your', via: 'number' }));

  test('In reply to No. 612 answers the addressee\'s telegram; In addition to No. 2481 says nothing of whose', () => {
    assertCitation('In reply to No. 612 the troops are ready.', { cited: 'No. 612', number: '612', whose: 'your', via: 'number' });
    assertCitation('In addition to No. 2481 the troops are ready.', { cited: 'No. 2481', number: '2481', via: 'number' });
  });

  test('To your No. 2631.', () => assertCitation('To your No. 2631.', { cited: 'your No. 2631', number: '2631', whose: 'your', via: 'number' }));

  test('my No. 2967', () =>
    assertCitation('In addition to my No. 2967, I report:', { cited: 'my No. 2967', number: '2967', whose: 'my', via: 'number' }));

  test('Reply to your No. 3290', () => assertCitation('Reply to your No. 3290.', { cited: 'your No. 3290', number: '3290', whose: 'your', via: 'number' }));

  test('in reply to your telegram No. 3311', () =>
    assertCitation('This is in reply to your telegram No. 3311 about the divisions.', { cited: 'your telegram No. 3311', number: '3311', whose: 'your', noun: 'telegram', via: 'number' }));

  test('your cable N° 25025 (degree sign, capital Your)', () =>
    assertCitation('Your cable N° 25025 has been received.', { cited: 'Your cable N° 25025', number: '25025', whose: 'your', noun: 'cable', via: 'number' }));

  test('our telegram Nº 20114 is the sender’s own (ordinal sign)', () =>
    assertCitation('See our telegram Nº 20114.', { cited: 'our telegram Nº 20114', number: '20114', whose: 'my', noun: 'telegram', via: 'number' }));

  test('Comrade Shtykov’s telegram № 1298: a third party’s', () =>
    assertCitation('The Question of Comrade Shtykov\'s telegram № 1298.', { cited: 'telegram № 1298', number: '1298', noun: 'telegram', via: 'number' }));

  test('my [telegram] No. 3105: a supplied word names what is cited; the (vkh. No. ...) number is not a second citation', () =>
    assertCitation('To my [telegram] No. 3105 (vkh. No. 21930).', { cited: 'my [telegram] No. 3105', number: '3105', whose: 'my', noun: 'telegram', via: 'number' }));
});

describe('citations by number and date', () => {
  test('#1405/sh dated 5 October (glued sign, year from the envelope)', () =>
    assertCitation('#1405/sh dated 5 October has been fulfilled.', { cited: '#1405/sh dated 5 October', number: '1405/sh', date: '1950-10-05', dateText: '5 October', via: 'number' }));

  test('my telegram No. 5205 of 19 October', () =>
    assertCitation('As stated in my telegram No. 5205 of 19 October, the 12th Division will go.', {
      cited: 'my telegram No. 5205 of 19 October', number: '5205', date: '1950-10-19', dateText: '19 October', whose: 'my', noun: 'telegram', via: 'number',
    }));

  test('telegram #2231/sh dated 6 May', () =>
    assertCitation('Further to telegram #2231/sh dated 6 May.', { cited: 'telegram #2231/sh dated 6 May', number: '2231/sh', date: '1950-05-06', dateText: '6 May', noun: 'telegram', via: 'number' }));
});

describe('citations by date', () => {
  test('your telegram of 0115 18 October (a time)', () =>
    assertCitation('I have received your telegram of 0115 18 October.', { cited: 'your telegram of 0115 18 October', date: '1950-10-18 01:15', dateText: '0115 18 October', whose: 'your', noun: 'telegram', via: 'date' }));

  test('two citations by date in two sentences of a line: the second is the noun after its date, not the first one’s noun', () =>
    assert.deepEqual(citationsOf('The arms promised in your telegram of 27 September should be sent to Sinuiju. The 27 September telegram has been passed to Cde. Matveyev.').map((c) => c.cited),
      ['your telegram of 27 September', '27 September telegram']));

  test('the 7 October telegram (the noun after the date)', () =>
    assertCitation('As was stated in the 7 October telegram.', { cited: '7 October telegram', date: '1950-10-07', dateText: '7 October', noun: 'telegram', via: 'date' }));
  test('Your 7 October telegram (the noun after the date, the possessive before it)', () =>
    assertCitation('Your 7 October telegram was delivered at 1030.', { cited: 'Your 7 October telegram', date: '1950-10-07', dateText: '7 October', whose: 'your', noun: 'telegram', via: 'date' }));

  test('his letter of 29 September: a letter, nobody’s in the channel', () =>
    assertCitation('Pass him the following reply to his letter of 29 September.', { cited: 'his letter of 29 September', date: '1950-09-29', dateText: '29 September', noun: 'letter', via: 'date' }));

  test('a name between the noun and the date stays the person’s: the citation is the date (its side and noun kept)', () => {
    assert.deepEqual(citationsOf('I have received your letter to Kim Il Sung of 1 October.'), [
      { cited: '1 October', number: undefined, date: '1950-10-01', whose: 'your', noun: 'letter' },
    ]);
    assert.deepEqual(citationsOf('The letter of Kim Il Sung of 1 October is attached.').map((c) => c.cited), ['1 October']);
  });

  test('a third party’s number: the citation starts at the sign, the name before it is the person’s', () =>
    assertCitation('To Shtykov\'s No. 1173.', { cited: 'No. 1173', number: '1173', via: 'number' }));

  test('the day a message was handed on is no citation of it: instructions conveyed to Kim Il Sung on 19 October, then his letter', () => {
    const forwarding = cable(
      'Your instructions were conveyed to Kim Il Sung on 19 October. Kim Il Sung handed me a letter to you. I transmit the letter:',
      '"Dear Comrade I. V. Stalin!', 'We ask you for direct military help.', 'KIM IL SUNG', '19 October 1950"',
    );
    assert.deepEqual(referencesIn(forwarding), []);
    const cited = cable('Your telegram of 19 October was conveyed to Kim Il Sung. He handed me a letter to you. I transmit the letter:', '"Dear Comrade I. V. Stalin!', 'We agree.', 'KIM IL SUNG"');
    assert.deepEqual(referencesIn(cited).map((r) => cited.slice(r.span.start, r.span.end)), ['Your telegram of 19 October']);
  });

  test('a date without a word naming a telegram is no citation', () => {
    assert.deepEqual(referencesIn(cable('Since 7 October the enemy press has been silent.')), []);
    assert.deepEqual(referencesIn(cable('27.7.51 at 21:30 Beijing time I received the following telegram from Mao Zedong:')), []);
  });
});

/** The citations of one body line, each as its text, number, date, side and noun. */
function citationsOf(line: string) {
  const text = cable(line);
  return referencesIn(text).map((r) => ({ cited: text.slice(r.span.start, r.span.end), number: r.number, date: r.date, whose: r.whose, noun: r.noun }));
}

describe('several numbers in one citation: each is a citation of the same side and noun', () => {
  test('a number with its date after a preposition: `as Cde. Shtykov reported in #1298/sh dated 21 September`', () =>
    assertCitation('As Cde. Shtykov reported in #1298/sh dated 21 September, the enemy took Kimpo.', { cited: '#1298/sh dated 21 September', number: '1298/sh', date: '1950-09-21', dateText: '21 September', via: 'number' }));

  test('your #1405/sh dated 5 October and No. 1421/sh', () =>
    assert.deepEqual(citationsOf('To your #1405/sh dated 5 October and No. 1421/sh.'), [
      { cited: 'your #1405/sh dated 5 October', number: '1405/sh', date: '1950-10-05', whose: 'your', noun: undefined },
      { cited: 'No. 1421/sh', number: '1421/sh', date: undefined, whose: 'your', noun: undefined },
    ]));

  test('your Nos. 1405/sh and 1421/sh: after a plural sign the further numbers have none', () =>
    assert.deepEqual(citationsOf('To your Nos. 1405/sh and 1421/sh.'), [
      { cited: 'your Nos. 1405/sh', number: '1405/sh', date: undefined, whose: 'your', noun: undefined },
      { cited: '1421/sh', number: '1421/sh', date: undefined, whose: 'your', noun: undefined },
    ]));

  test('my telegrams NºNº 1405/sh, 1421/sh and 1430/sh dated 7 October: the date is the last number’s', () =>
    assert.deepEqual(citationsOf('See my telegrams NºNº 1405/sh, 1421/sh and 1430/sh dated 7 October.'), [
      { cited: 'my telegrams NºNº 1405/sh', number: '1405/sh', date: undefined, whose: 'my', noun: 'telegram' },
      { cited: '1421/sh', number: '1421/sh', date: undefined, whose: 'my', noun: 'telegram' },
      { cited: '1430/sh dated 7 October', number: '1430/sh', date: '1950-10-07', whose: 'my', noun: 'telegram' },
    ]));

  test('In reply to your No. 3500 and No. 3702', () =>
    assert.deepEqual(citationsOf('In reply to your No. 3500 and No. 3702.').map((c) => [c.cited, c.whose]), [['your No. 3500', 'your'], ['No. 3702', 'your']]));

  test('a bare number after a singular sign is no further citation, nor a number another word owns', () => {
    assert.deepEqual(citationsOf('To your No. 3500 and 150 tanks.').map((c) => c.cited), ['your No. 3500']);
    assert.deepEqual(citationsOf('To your No. 3500 and Decision No. 204.').map((c) => c.cited), ['your No. 3500']);
    assert.deepEqual(citationsOf('Decision Nos. 204 and 205 were adopted.'), []);
  });

  test('a second citation with its own side keeps it: my No. 12 and your No. 15', () =>
    assert.deepEqual(citationsOf('Compare my No. 12 and your No. 15.').map((c) => [c.cited, c.whose]), [['my No. 12', 'my'], ['your No. 15', 'your']]));
});

describe('a header reference field', () => {
  test('RE: 2217/sh under the destination of an outgoing draft answers the addressee', () => {
    const text = joinLines('COPY OF AN OUTGOING TELEGRAM', 'PYONGYANG', 'SOVIET AMBASSADOR', 'RE: 2217/sh', 'To Comrade Shtykov.', 'Your proposal is accepted.', 'FILIPPOV');
    const refs = referencesIn(text);
    assert.equal(refs.length, 1);
    assert.deepEqual(refs[0], { span: spanOf(text, 'RE: 2217/sh'), number: '2217/sh', numberSpan: spanOf(text, '2217/sh'), whose: 'your', via: 'header', depth: 0 });
  });

  test('a bare 2217/sh. under an attached draft’s destination, without its period', () => {
    const text = joinLines(
      'Cable', 'To Cde. Stalin.', 'I attach the draft of a reply.', 'Gromyko', '[Attachment]', 'To PYONGYANG', 'SOVIET AMBASSADOR.', '2217/sh.', 'To Comrade Shtykov.', 'Your proposal is accepted.', 'FILIPPOV',
    );
    const refs = referencesIn(text);
    assert.deepEqual(refs.map((r) => ({ cited: text.slice(r.span.start, r.span.end), number: r.number, via: r.via, depth: r.depth })), [
      { cited: '2217/sh.', number: '2217/sh', via: 'header', depth: 1 },
    ]);
    assert.equal(refs[0]?.message?.depth, 1);
  });
});

describe('numbers that are not citations', () => {
  test('the cable’s own number, copy number, incoming stamp, outgoing number and footer numbers', () => {
    assert.deepEqual(referencesIn(cable('The troops are ready.')), []);
  });

  test('paragraph numbers, ordinary numbers after No., a Decision No. and a Protocol #', () => {
    assert.deepEqual(referencesIn(cable('1. The 12th Division No. 5 was moved to airfield No. 3.', '2. Decision No. 204 dated 12 October.', '3. Protocol #91 of the Meeting.')), []);
  });

  test('a Politburo extract’s own number, date and decision header', () => {
    const text = joinLines(
      'VKP(b) CC', '# P91/204', '12/11/50', 'To: Cmrds Malenkov, Vyshinsky',
      'Extract Minutes from Protocol #91 of the Meeting of the Politburo of the VKP(b) CC', 'Decision No. 204 dated November 12, 1950',
      '204. The Question of Comrade Shtykov.', 'Approve the draft.', 'SECRETARY OF THE CC',
      '[Attachment to the Decision of the Politburo #91 regarding #204]',
    );
    assert.deepEqual(referencesIn(text), []);
  });

  test('an order, directive or note a third party issued, and a number followed by its issuer', () => {
    const lines = [
      'Kim Il Sung issued Order No. 27 of the Supreme Commander of the Korean People’s Army.',
      'Peng Dehuai has issued order No. 32 on the same question.',
      'Directive No. 12 of the General Staff was received.',
      'We received the Chinese note No. 41 and his instructions No. 7.',
      'The communique No. 3 of the Ministry of Foreign Affairs was published.',
    ];
    assert.deepEqual(referencesIn(cable(...lines)), []);
    // (each number is read on its own: two in a row, each with its issuer after it)
    assert.deepEqual(referencesIn(cable('The telegram No. 5 of the Front Command and the telegram No. 6 of the Army Staff were received.')), []);
    // the sender's or recipient's own order, or a reply's lead, still cites
    assert.deepEqual(referencesIn(cable('To your directive No. 12.', 'In reply to order No. 3.', 'Your telegram No. 3153 of the same day.')).map((r) => r.number), ['12', '3', '3153']);
  });

  test('an editor’s note citing a telegram is the editor’s voice, not the cable’s', () => {
    assert.deepEqual(referencesIn(cable('[Ed. note: this answers your telegram No. 3153.] The troops are ready.')), []);
  });
});

test('citations in a forwarded telegram belong to it: depth 1 and its message', () => {
  const text = joinLines(
    'CABLE N° 25025', 'from [BEIJING] received at 1135 19 October 1951', '', 'to Cde. FILIPPOV',
    'I am sending you the text of my telegram to Cde. Li Kenong of 0530 18 October 1951 for [your] information.',
    '"Cde. Li Kenong. I have received your telegram of 0115 18 October.', 'The talks will go on.', 'MAO ZEDONG 0530 18 October"', 'N° 5205',
  );
  const refs = referencesIn(text);
  assert.deepEqual(refs.map((r) => ({ cited: text.slice(r.span.start, r.span.end), date: r.date, whose: r.whose, depth: r.depth })), [
    { cited: '0530 18 October 1951', date: '1951-10-18 05:30', whose: 'my', depth: 0 },
    { cited: 'your telegram of 0115 18 October', date: '1951-10-18 01:15', whose: 'your', depth: 1 },
  ]);
  assert.equal(refs[1]?.message?.depth, 1);
});
