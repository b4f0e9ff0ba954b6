// The Outline: blocks named as a historian names them, an inner telegram under its message,
// normalised dates in the details, every selection range inside its symbol's range.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { DocumentSymbolProvider } from '../../../server/src/service/features/documentSymbols';
import { parseCable } from '../../../server/src/service/parser/parser';
import { analysisSource, cancelled, joinLines, makeDocument, noToken, range } from './fixture';

const forwardingCable = joinLines(
  'CIPHERED TELEGRAM',
  'From PEKING',
  'Received 12:00 3.5.1951',
  '',
  'To Cde. Filippov.',
  'I send you my telegram to Cde. Peng Dehuai.',
  '"Cde. Peng Dehuai.',
  'Hold the line.',
  'MAO ZEDONG 0530 2 May"',
  'ROSHCHIN',
  '',
  'Deciphered by Fedyaev 1205 3 May',
  'Printed by Kornushina 1250 3 May',
);

function symbols(text: string): DocumentSymbol[] {
  return new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(makeDocument(text), noToken);
}

interface Outline { name: string; detail?: string; kind: SymbolKind; children?: Outline[] }

function outline(found: DocumentSymbol[]): Outline[] {
  return found.map(s => ({ name: s.name, detail: s.detail, kind: s.kind, ...(s.children?.length ? { children: outline(s.children) } : {}) }));
}

function flatten(found: DocumentSymbol[]): DocumentSymbol[] {
  return found.flatMap(s => [s, ...flatten(s.children ?? [])]);
}

function inside(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

test('the outline of a forwarding cable: envelope fields, the message with its inner telegram, the footer', () => {
  assert.deepEqual(outline(symbols(forwardingCable)), [
    {
      name: 'Ciphered telegram — Peking → Moscow, received 12:00 3.5.1951', detail: 'envelope', kind: SymbolKind.Module, children: [
        { name: 'CIPHERED TELEGRAM', detail: 'document', kind: SymbolKind.Field },
        { name: 'From: Peking', detail: 'from', kind: SymbolKind.Field },
        { name: 'Received: 12:00 3.5.1951', detail: '1951-05-03 12:00', kind: SymbolKind.Field },
        { name: 'Addressee: Filippov', detail: 'addressee', kind: SymbolKind.Field },
      ],
    },
    {
      name: 'Message: Roshchin → Filippov', detail: 'message', kind: SymbolKind.Namespace, children: [
        {
          name: 'Telegram: Mao Zedong → Peng Dehuai, 0530 2 May', detail: '1951-05-02 05:30', kind: SymbolKind.Event, children: [
            { name: 'Salutation: Cde. Peng Dehuai.', detail: 'salutation', kind: SymbolKind.Property },
            { name: 'Signed: Mao Zedong 0530 2 May', detail: '1951-05-02 05:30', kind: SymbolKind.Property },
          ],
        },
        { name: 'Signed: Roshchin', detail: 'signature', kind: SymbolKind.Property },
      ],
    },
    {
      name: 'Deciphered by Fedyaev 1205 3 May', detail: 'processing footer', kind: SymbolKind.Struct, children: [
        { name: 'Deciphered by Fedyaev 1205 3 May', detail: '1951-05-03 12:05', kind: SymbolKind.Property },
        { name: 'Printed by Kornushina 1250 3 May', detail: '1951-05-03 12:50', kind: SymbolKind.Property },
      ],
    },
  ]);
});

test('a block\'s range ends at its last written character; its selection range is its meaningful words', () => {
  const [envelope, message, footer] = symbols(forwardingCable);
  assert.deepEqual([envelope.range, envelope.selectionRange], [range(0, 0, 4, 17), range(0, 0, 0, 17)]);
  assert.deepEqual([message.range, message.selectionRange], [range(5, 0, 9, 8), range(9, 0, 9, 8)]);
  const telegram = message.children![0];
  assert.deepEqual([telegram.range, telegram.selectionRange], [range(6, 0, 8, 22), range(6, 0, 6, 18)]);
  assert.deepEqual([footer.range, footer.selectionRange], [range(11, 0, 12, 32), range(11, 0, 11, 32)]);
  // A field selects its value: `PEKING` in `From PEKING`.
  assert.deepEqual(envelope.children![1].selectionRange, range(1, 5, 1, 11));
});

function checkNested(found: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of found) {
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection inside range`);
    if (parent) assert.ok(inside(s.range, parent.range), `${s.name} ${JSON.stringify(s.range)} inside ${parent.name} ${JSON.stringify(parent.range)}`);
    checkNested(s.children ?? [], s);
  }
}

test('every selection range lies inside its range, every child inside its parent', () => {
  const found = symbols(forwardingCable);
  assert.equal(flatten(found).length, 13);
  checkNested(found);
});

// Found by fuzzing: an attachment whose text is only a form feed trimmed to an empty range after its message's end.
test('a block holding only blank characters has no symbol, so it cannot stand outside its parent', () => {
  for (const text of ['Attachment:t\n\f\nm', 'Attachment:t\n\f\n', 'Attachment: see below\n \t\n']) {
    const found = symbols(text);
    checkNested(found);
    assert.ok(flatten(found).every(s => s.range.start.line !== s.range.end.line || s.range.start.character !== s.range.end.character), `no empty symbol in ${JSON.stringify(text)}`);
  }
});

test('editorial notes: a source note before the cable, endnotes after it', () => {
  const found = symbols(joinLines(
    '[Source: Archive of the President,',
    'fond 45, opis 1.]',
    '',
    'To Cde. Filippov.',
    'Text of the message.',
    'ROSHCHIN',
    '',
    'Deciphered by Fedyaev 1205 3 May',
    '',
    '[1] The telegram is kept in fond 45.',
    '[2] A second note.',
  ));
  const notes = found.filter(s => s.kind === SymbolKind.Package);
  assert.deepEqual(outline(notes), [
    {
      name: 'Source', detail: 'editorial', kind: SymbolKind.Package, children: [
        { name: '[Source: Archive of the President,', detail: 'note', kind: SymbolKind.String },
        { name: 'fond 45, opis 1.]', detail: 'note', kind: SymbolKind.String },
      ],
    },
    {
      name: "Editor's notes", detail: 'editorial', kind: SymbolKind.Package, children: [
        { name: '[1] The telegram is kept in fond 45.', detail: 'note', kind: SymbolKind.String },
        { name: '[2] A second note.', detail: 'note', kind: SymbolKind.String },
      ],
    },
  ]);
  assert.deepEqual(notes[1].range, range(9, 0, 10, 18));
});

test("an editor's block over the text holding only where it was found (`[Source: AVP RF, f. 07, ...]`, `Translated by ...`) is its source; with the edition's title it is the title and source", () => {
  const record = ['', 'RECORD OF CONVERSATION', 'between A. Ya. Vyshinsky and Zhou Enlai', '17 January 1950', '', 'Vyshinsky said that the proposals had been studied.', '', 'Recorded by N. Fedorenko'];
  const found = symbols(joinLines('[Source: AVP RF, f. 07, op. 23a, p. 18, d. 235, ll. 1-3.]', 'Translated by Danny Rozas.', ...record));
  assert.deepEqual(found.map(s => s.name).slice(0, 2), ['Source', 'Record of conversation — Andrey Vyshinsky and Zhou Enlai, 17 Jan 1950']);
  assert.equal(symbols(joinLines('APRF, f. 45, op. 1, d. 329, ll. 9-17.', '', 'To Comrade Filippov.', 'I have received your telegram.', 'Mao Zedong'))[0]!.name, 'Source');
  const titled = symbols(joinLines('Letter from Mao Zedong to Stalin', '[Source: APRF, f. 45, op. 1, d. 334, ll. 71-72.]', '', 'Comrade Stalin,', 'I ask you to send specialists.', 'Mao Zedong'));
  assert.equal(titled[0]!.name, 'Title and source');
});

test('a cancelled request has no outline', () => {
  assert.deepEqual(new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(makeDocument(forwardingCable), cancelled), []);
});

test('a distribution list names each recipient once, the copies of its lines summed', () => {
  const found = flatten(symbols(joinLines(
    'CABLE N° 25025',
    '',
    'o Cde. Stalin',
    '',
    'Stalin',
    '',
    'to Cde. Molotov',
    '',
    'from [BEIJING] received at 1135 19 October 1951',
    '',
    'To Cde. Filippov.',
    'Hold the line.',
    'Mao Zedong',
  ))).find(s => s.name.startsWith('Distribution'));
  assert.ok(found, 'a distribution list in the outline');
  assert.equal(found.name, 'Distribution: Stalin ×2, Molotov');
  assert.equal(found.detail, '3 copies');
  assert.deepEqual(found.children?.map(c => c.name), ['o Cde. Stalin', 'Stalin', 'to Cde. Molotov']);
});

test('collected works: a date line under the chapter title is the editor’s, and a provenance note does not hide the signature on its line', () => {
  const names = (text: string) => flatten(symbols(text)).map(s => s.name);
  const piece = (dateLine: string, closing: string[]) => joinLines('Chapter 12 Telegram to Peng Dehuai[1]', '', dateLine, '', 'Comrade Peng Dehuai:', '', 'The telegram of December 7 has been received.', '', ...closing);
  for (const dateLine of ['(December 9, 1950)', '(一九五0年十二月九日)']) {
    const found = names(piece(dateLine, ['Mao Zedong', 'December 9']));
    assert.ok(found.includes(dateLine), `${dateLine} among the title's notes: ${JSON.stringify(found)}`);
    assert.ok(found.includes('Message: Mao Zedong → Peng Dehuai, December 9'), JSON.stringify(found));
  }
  const noted = names(piece('(December 9, 1950)', ['Mao Zedong December 9 Printed from manuscript.']));
  assert.ok(noted.includes('Message: Mao Zedong → Peng Dehuai, December 9'), JSON.stringify(noted));
  // the year the editor supplies on that line (`December 9 [1950]`) is the date's, and the signature stays
  for (const closing of ['Mao Zedong December 9 [1950] Printed from manuscript.', 'Mao Zedong December 9 [1950]']) {
    const supplied = names(piece('', [closing]));
    assert.ok(supplied.includes('Message: Mao Zedong → Peng Dehuai, December 9 [1950]'), JSON.stringify(supplied));
  }
  // the edition's source note under the title (and under its date) is the title's too: the salutation still opens the message
  for (const dateLine of ['', '(December 9, 1950)']) {
    const sourced = names(piece(dateLine ? `${dateLine}\n\n[ Source: Selected Works on Military Affairs, p. 12 ]` : '[ Source: Selected Works on Military Affairs, p. 12 ]', ['Mao Zedong', 'December 9']));
    assert.ok(sourced.includes('[ Source: Selected Works on Military Affairs, p. 12 ]'), `the source note among the title's notes: ${JSON.stringify(sourced)}`);
    assert.ok(sourced.includes('Message: Mao Zedong → Peng Dehuai, December 9'), JSON.stringify(sourced));
  }
});

test('an edition’s provenance note (`Printed from manuscript.`, `Printed from a copy.`, `Original in Russian.`) is among the editor’s notes, on the signer’s line or under it, and hides no signature', () => {
  const notesOf = (found: DocumentSymbol[]) => found.find(s => s.name === "Editor's notes")?.children?.map(c => c.name) ?? [];
  const letter = (...closing: string[]) => joinLines('Comrade Gao Gang:', '', 'Please send the trucks to Andong before January 10.', '', ...closing);
  for (const note of ['Printed from manuscript.', 'Printed from the manuscript.', 'Printed from a copy.', 'Original in Russian.']) {
    for (const closing of [[`Mao Zedong January 3 ${note}`], ['Mao Zedong', `January 3 ${note}`], ['Mao Zedong', 'January 3', note], ['Mao Zedong', 'January 3', '', note]]) {
      const found = symbols(letter(...closing));
      const names = flatten(found).map(s => s.name);
      assert.deepEqual(notesOf(found), [note], `${closing.join(' / ')}: ${JSON.stringify(names)}`);
      assert.ok(names.some(n => n.startsWith('Message: Mao Zedong → Gao Gang')) && !names.some(n => n.includes('Printed from') && !n.startsWith(note)), JSON.stringify(names));
    }
  }
  // on the signer's line the note opens the notes that follow, and the message ends before it
  const found = symbols(letter('Mao Zedong January 3 Printed from manuscript.', '', '[1] Gao Gang was chairman of the Northeast Bureau.'));
  assert.deepEqual(notesOf(found), ['Printed from manuscript.', '[1] Gao Gang was chairman of the Northeast Bureau.']);
  const [message, notes] = found.slice(-2);
  assert.ok(message!.range.end.line === notes!.range.start.line && message!.range.end.character < notes!.range.start.character, JSON.stringify([message!.range, notes!.range]));
});

test('a rule inside the header keeps the header lines after it in the envelope', () => {
  const envelopeOf = (...lines: string[]) => {
    const root = symbols(joinLines(...lines)).find(s => s.detail === 'envelope');
    return (root?.children ?? []).map(s => s.name);
  };
  assert.deepEqual(
    envelopeOf('CIPHERED TELEGRAM No. 2217', 'BEIPING [SIC]', 'to TEREBIN', '* * * * *', 'Received 0220 12 February 1949', 'Sent 0340 12 February 1949', '', 'The text.', '', 'KUZNETSOV'),
    ['CIPHERED TELEGRAM No. 2217', 'Destination: Beiping', 'Addressee: Terebin', 'Received: 0220 12 February 1949', 'Sent: 0340 12 February 1949'],
  );
  assert.deepEqual(
    envelopeOf('CIPHERED TELEGRAM No. 2218', 'From BEIJING', '###', 'To Comrade GROMYKO.', '', 'The text.', '', 'ROSHCHIN'),
    ['CIPHERED TELEGRAM No. 2218', 'From: Beijing', 'Addressee: Gromyko'],
  );
});

test('a relay instruction before a quoted reply names the reply’s recipient, not the message’s: that is the ambassador addressed', () => {
  const names = flatten(symbols(joinLines(
    'COPY OF AN OUTGOING TELEGRAM', 'BEIJING - SOVIET AMBASSADOR', '', 'To Cde. ROSHCHIN.', '',
    'Visit Cde. Mao Zedong and pass him the following reply:', '"Comrade MAO ZEDONG!', 'We agree with your proposals.', 'FILIPPOV"', '', '6.IX.50 FILIPPOV',
  ))).map(s => s.name);
  assert.ok(names.includes('Message: Filippov → Roshchin, 6.IX.50'), JSON.stringify(names));
  assert.ok(names.includes('Telegram: Filippov → Mao Zedong'), JSON.stringify(names));
  const unquoted = flatten(symbols(joinLines('PYONGYANG', 'SOVIET AMBASSADOR', '', 'Visit Comrade Kim Il Sung and tell him that we agree.', '', 'FYN SI'))).map(s => s.name);
  assert.ok(unquoted.includes('Message: Fyn Si → Kim Il Sung'), `an unquoted relay is for the person visited: ${JSON.stringify(unquoted)}`);
  // an ambassador the envelope names is the one told to visit: the message is his
  const named = flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'To PYONGYANG', '', 'To Comrade RAZUVAEV.', '', 'Visit Comrade Kim Il Sung and tell him that the regiments will arrive in April.', '', 'VASILEVSKY', '17.III.51'))).map(s => s.name);
  assert.ok(named.includes('Message: Vasilevsky → Razuvaev, 17.III.51'), JSON.stringify(named));
});

test('a body sentence that opens with a comrade’s name is no salutation', () => {
  const names = flatten(symbols(joinLines(
    'CIPHERED TELEGRAM No. 3001', 'From BEIJING', 'Received 12:00 3.1.1951', '', 'To Cde. FILIPPOV [Stalin].', '',
    'Cde. Zhou Enlai asked me to convey to you the following.', 'The Chinese side agrees.', '', '3.1.51 ROSHCHIN',
  ))).map(s => s.name);
  assert.ok(names.includes('Message: Roshchin → Filippov, 3.1.51'), JSON.stringify(names));
  assert.ok(!names.some(n => n.startsWith('Salutation')), JSON.stringify(names));
  const greeted = flatten(symbols(joinLines('Dear Comrade I. V. Stalin:', '', 'We agree.', '', 'MAO ZEDONG'))).map(s => s.name);
  assert.ok(greeted.includes('Salutation: Dear Comrade I. V. Stalin:'), JSON.stringify(greeted));
  const joined = flatten(symbols(joinLines('"Dear Comrade I.V. Stalin,', 'We agree.', '', 'MAO ZEDONG'))).map(s => s.name);
  assert.ok(joined.includes('Salutation: Dear Comrade I.V. Stalin,'), JSON.stringify(joined));
});

test('an addressee part is labelled by its name, a salutation by its greeting without the body that follows on its line', () => {
  const names = flatten(symbols(joinLines('To Shtykov:', '', '“Comrade KIM IL SUNG. 1. Your request of 8 August has been received.', '2. We agree.', 'FYN SI”', '', 'ROSHCHIN'))).map(s => s.name);
  assert.ok(names.includes('To: Shtykov'), JSON.stringify(names));
  assert.ok(names.includes('Salutation: Comrade KIM IL SUNG.'), JSON.stringify(names));
  // a body after `To the`, the editor's footnote mark on it
  const body = flatten(symbols(joinLines('To the Southwest Bureau[1]:', '', '(1) Hold the base areas.', '', 'Central Committee', 'December 28', '[1] Of the CC.'))).map(s => s.name);
  assert.ok(body.includes('To: Southwest Bureau') && body.includes('Message: Central Committee → Southwest Bureau, December 28'), JSON.stringify(body));
});

test('an envelope addressee’s initials after his surname, a Russian letter’s two among them (`VYSHINSKY A.Ya.`), are no part of his name, as `STALIN I.V.`’s are not', () => {
  for (const [line, who] of [['To Comrade VYSHINSKY A.Ya.', 'Vyshinsky'], ['To Comrade MALIK Ya.A.', 'Malik'], ['To Comrade STALIN I.V.', 'Stalin']] as const) {
    const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 5320', 'From PEKING received at 11:55 4 March 1950', line, '', 'Text.', '', 'ROSHCHIN', '4 March 1950'))).map(s => s.name);
    for (const wanted of [`Addressee: ${who}`, `Message: Roshchin → ${who}, 4 March 1950`]) assert.ok(names.includes(wanted), `${line}: ${wanted} in ${JSON.stringify(names)}`);
  }
});

test('a sender named by his honorific above the place the cable came from (`From Cde. Kovalev` / `From PEKING`) leaves the route from the place; alone he is the route’s start', () => {
  const both = symbols(joinLines('No. 31877', 'From Cde. Kovalev', 'From PEKING Received 16:40 3.X.1949', '', 'To Cde. FILIPPOV [Stalin].', '', 'Text.', '', 'KOVALEV', '3.X.49'));
  assert.equal(both[0]?.name, 'Cable No. 31877 — Peking → Moscow, received 16:40 3.X.1949');
  const alone = symbols(joinLines('No. 31877', 'From Cde. Terebin', 'Received 16:40 3.X.1949', '', 'To Cde. FILIPPOV [Stalin].', '', 'Text.', '', 'TEREBIN', '3.X.49'));
  assert.equal(alone[0]?.name, 'Cable No. 31877 — Terebin → Moscow, received 16:40 3.X.1949');
});

test('an addressee after the place he is reached at (`Moscow, to Comrade STALIN.`, `Moscow, MFA, to Cde. MOLOTOV`) is the envelope’s addressee', () => {
  for (const [line, who] of [['Moscow, to Comrade STALIN.', 'Stalin'], ['Moscow, MFA, to Cde. MOLOTOV', 'Molotov']] as const) {
    const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 1', 'From KHABAROVSK', 'Received 19.8.45 18:25', '', line, '', 'Hata accepted our demands.', '', 'VASILEVSKY', '19.VIII.45'))).map(s => s.name);
    for (const wanted of [`Addressee: ${who}`, `Message: Vasilevsky → ${who}, 19.VIII.45`]) assert.ok(names.includes(wanted), `${line}: ${wanted} in ${JSON.stringify(names)}`);
  }
});

test('the ministry between the city and the addressee (`MOSCOW, MFA – to Cde. MOLOTOV`, after a comma or a dash) is addressed too, and he stays the message’s addressee', () => {
  for (const line of ['MOSCOW, MFA, to Cde. MOLOTOV', 'MOSCOW, MFA – to Cde. MOLOTOV', 'MOSCOW, MFA - to Cde. MOLOTOV', 'MOSCOW – MFA – to Cde. MOLOTOV']) {
    const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 5120', 'From TIANJIN', 'Received 09:40 3 August 1949', line, 'The Soviet citizens have registered.', 'TSYGANKOV', '3 August 1949'))).map(s => s.name);
    includesAll(names, ['Destination: Moscow', 'Addressee: MFA', 'Addressee: Molotov', 'Message: Tsygankov → Molotov, 3 August 1949']);
    assert.ok(!names.some(n => /MFA . to/.test(n)), `${line}: ${JSON.stringify(names)}`);
  }
  // the ministry with its state, and `To` in capitals after the dash
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 31544', 'From BEIJING', 'Received 22:40 12.XII.1952', 'MOSCOW, MFA USSR - To Comrade VYSHINSKY', 'Zhou Enlai received me.', '12.XII.52 PANYUSHKIN'))).map(s => s.name);
  includesAll(names, ['Destination: Moscow', 'Addressee: MFA USSR', 'Addressee: Vyshinsky', 'Message: Panyushkin → Vyshinsky, 12.XII.52']);
  // the city after a `To` of its own, the ministry and the man after it
  for (const line of ['To MOSCOW, MFA USSR - to Comrade MOLOTOV V.M.', 'TO MOSCOW - MFA - to Comrade MOLOTOV', 'To Moscow, to Comrade Molotov.']) {
    const toCity = flatten(symbols(joinLines('From PYONGYANG', 'Received 20:40 9 March 1953', line, '', 'Kim Il Sung received me.', '', 'SUZDALEV', '9.III.53'))).map(s => s.name);
    includesAll(toCity, ['Destination: Moscow', 'Addressee: Molotov', 'Message: Suzdalev → Molotov, 9.III.53']);
    assert.ok(!toCity.some(n => /To Mos/.test(n)), `${line}: ${JSON.stringify(toCity)}`);
  }
});

test('a cable addressed to Moscow with no origin line is not from Moscow: it is from the place its sender wrote under his name, or from a place unsaid', () => {
  const envelope = (...tail: string[]) => flatten(symbols(joinLines('TOP SECRET', 'BY CIPHER', '', 'MOSCOW, MFA – to Cde. MOLOTOV', '', 'Reporting:', '', 'On 20 March the Joint Commission opened in Seoul.', '', ...tail))).map(s => s.name).find(n => n.startsWith('Cable'));
  assert.strictEqual(envelope('T. SHTYKOV', '21 March 1946', 'Seoul'), 'Cable — Seoul → Moscow');
  assert.strictEqual(envelope('T. SHTYKOV', '21 March 1946'), 'Cable — to Moscow');
  // a cable to another city with no origin line still went out from Moscow
  const out = flatten(symbols(joinLines('TOP SECRET', '', 'PYONGYANG, TO THE SOVIET AMBASSADOR', '', 'Visit Kim Il Sung.', '', 'FYN SI'))).map(s => s.name);
  assert.ok(out.some(n => / — Moscow → Pyongyang/.test(n)), JSON.stringify(out));
});

test('the city and the man on the first line (`MOSCOW, MFA - to Cde. VYSHINSKY`), with no other header line, are an envelope: the message goes to him', () => {
  const body = ['', 'Liu Shaoqi received me on 7 February.', '', '8.II.50 ROSHCHIN'];
  for (const head of [[], ['Roshchin to Vyshinsky', '(8 February 1950)', '']]) {
    const names = flatten(symbols(joinLines(...head, 'MOSCOW, MFA - to Cde. VYSHINSKY', ...body))).map(s => s.name);
    includesAll(names, ['Cable — to Moscow', 'Destination: Moscow', 'Addressee: Vyshinsky', 'Message: Roshchin → Vyshinsky, 8.II.50']);
  }
  // the man alone on the first line is the message's own addressee, with no envelope
  const alone = flatten(symbols(joinLines('To Cde. VYSHINSKY', ...body))).map(s => s.name);
  includesAll(alone, ['Message: Roshchin → Vyshinsky, 8.II.50']);
  assert.ok(!alone.some(n => n.startsWith('Cable')), JSON.stringify(alone));
});

test('the place before the addressee on his line (`MUKDEN, TO COMRADE KOVALEV`) is the cable’s destination, as after a dash', () => {
  for (const line of ['MUKDEN, TO COMRADE KOVALEV', 'MUKDEN - TO COMRADE KOVALEV']) {
    const names = flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'sent at 0125 27 April 1949', line, '', 'Act as agreed.', '', 'FILIPPOV'))).map(s => s.name);
    for (const wanted of ['Destination: Mukden', 'Addressee: Kovalev', 'Copy of an outgoing telegram — Moscow → Mukden, sent 0125 27 Apr 1949']) assert.ok(names.includes(wanted), `${line}: ${wanted} in ${JSON.stringify(names)}`);
  }
});

test('two ministries stacked on a letterhead with no route or time head a joint note, not a cable; one ministry, or its cipher department, a cable', () => {
  const first = (...head: string[]) => flatten(symbols(joinLines(...head, 'Top Secret', '', 'To Comrade STALIN I.V.', '', 'We report on the request.', '', '(A. Vyshinsky) (A. Vasilevsky)', '', '18 September 1950', 'Nº 231/vsh')))[0]?.name;
  assert.equal(first('MINISTRY OF FOREIGN AFFAIRS OF THE USSR', 'WAR MINISTRY OF THE USSR'), 'Joint note Nº 231/vsh — Ministry of Foreign Affairs of the USSR and War Ministry of the USSR');
  assert.equal(first('MFA USSR'), 'Cable Nº 231/vsh');
  assert.equal(first('MFA USSR', 'Tenth Department'), 'Cable Nº 231/vsh');
  assert.equal(first('MFA USSR', 'Ministry of War USSR', 'From PEKING', 'Received 10:00 3.11.1950')?.startsWith('Cable Nº 231/vsh — Peking → Moscow'), true);
});

test('routing times below the signature of an outgoing copy are the message’s sent and transmitted times, not signatures', () => {
  const found = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 7', 'MFA USSR', '', 'To Cde. ROSHCHIN.', '', 'We agree.', '', 'VYSHINSKY', 'Sent 21:10 3.XII.51', 'Transmitted 21:48 3.XII.51')));
  const names = found.map(s => s.name);
  assert.ok(names.includes('Signed: Vyshinsky'), JSON.stringify(names));
  assert.ok(names.includes('Sent: 21:10 3.XII.51') && names.includes('Transmitted: 21:48 3.XII.51'), JSON.stringify(names));
  assert.ok(!names.some(n => /^Signed: (?:Sent|Transmitted)/.test(n)), JSON.stringify(names));
});

test('a routing time among the processing lines of an outgoing copy is the footer’s, and the signer and date above stay the message’s', () => {
  const found = symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'Destination: PYONGYANG', '', 'To Cde. SHTYKOV.', '', 'We agree.', '', 'FILIPPOV', '2.10.50', '', 'Printed by Rubleva 20:10 2.10.1950', 'sent 21:40 2.10.1950', 'Verified: Shift Chief Karpov'));
  const message = found.find(s => s.detail === 'message' || s.name.startsWith('Message'));
  assert.equal(message?.name, 'Message: Filippov → Shtykov, 2.10.50', JSON.stringify(outline(found)));
  const footer = found.find(s => s.detail === 'processing footer');
  assert.deepEqual(footer?.children?.map(c => [c.name, c.detail]), [
    ['Printed by Rubleva 20:10 2.10.1950', '1950-10-02 20:10'], ['sent 21:40 2.10.1950', '1950-10-02 21:40'], ['Verified: Shift Chief Karpov', 'verified'],
  ], JSON.stringify(outline(found)));
});

test('a distribution list wrapped after a comma goes on to its file copy, and names below a head may include the file', () => {
  const header = flatten(symbols(joinLines(
    'CABLE Nº 7340', 'from PEKING received at 16:40 23 November 1949 Copy Nº 8', '', 'Distribution list:',
    'Stalin - 2, Molotov - 1, Malenkov - 1,', 'Beria - 1, Kaganovich - 1, Bulganin - 1,', 'File of 8th - 1', '',
    'To Comrade STALIN Iosif Vissarionovich,', '', 'Mao Zedong asks you to receive Comrade Wang Jiaxiang.', '', 'Nº 481 KOVALEV, 23 November',
  )));
  const list = header.find(s => s.name.startsWith('Distribution:'));
  assert.equal(list?.detail, '8 copies', JSON.stringify(header.map(s => s.name)));
  assert.ok(header.some(s => s.name === 'Message: Kovalev → Stalin Iosif Vissarionovich, 23 November'), JSON.stringify(header.map(s => s.name)));
  const footer = flatten(symbols(joinLines(
    'To Comrade FENG XI [Stalin].', '', 'Kim Il Sung handed me a letter.', '', 'SHTYKOV', '3.X.50', '',
    'Typed by Bantsekina 2.10 23:15', 'Two copies printed', 'Distribution list:', 'Molotov', 'file',
  ))).map(s => s.name);
  assert.ok(footer.includes('Message: Shtykov → Feng Xi, 3.X.50') && footer.includes('Typed by Bantsekina 2.10 23:15'), JSON.stringify(footer));
});

test('one `to Cde.` line above the routing lines is the distribution; under a destination it is the addressee', () => {
  const envelope = (...lines: string[]) => (symbols(joinLines(...lines)).find(s => s.detail === 'envelope')?.children ?? []).map(s => s.name);
  assert.deepEqual(envelope('CABLE N° 25031', 'to Cde. Stalin', '', 'from [BEIJING] received at 0940 20 October 1951', 'Copy N° 1', '', 'To Cde. FILIPPOV.', '', 'The text.', '', 'ROSHCHIN'),
    ['CABLE N° 25031', 'Distribution: Stalin', 'From: Beijing', 'Received: 0940 20 October 1951', 'Copy N° 1', 'Addressee: Filippov']);
  assert.deepEqual(envelope('Ciphered Telegram # 601', 'BEIPING [SIC]', 'to TEREBIN', 'received at 0940 4 March', '', 'The text.', '', 'KUZNETSOV'),
    ['Ciphered Telegram # 601', 'Destination: Beiping', 'Addressee: Terebin', 'Received: 0940 4 March']);
});

test('a copy list whose first line a typist began with a capital (`To Cde. Stalin (2)` over `to Cde. Molotov`) is the distribution, and the addressee below it stays', () => {
  const envelope = (...lines: string[]) => (symbols(joinLines(...lines)).find(s => s.detail === 'envelope')?.children ?? []).map(s => s.name);
  const cable = (first: string) => envelope('CIPHERED TELEGRAM No. 25025', '', 'From BEIJING', 'Received 11.35 19 October 1951', 'Copy No. 2', first, 'to Cde. Molotov', 'to Cde. Beria', '', 'TOP SECRET', '', 'To Cde. FILIPPOV.', '', 'We agree.', '', 'MAO ZEDONG');
  assert.deepEqual(cable('To Cde. Stalin (2)'),
    ['CIPHERED TELEGRAM No. 25025', 'From: Beijing', 'Received: 11.35 19 October 1951', 'Copy No. 2', 'Distribution: Stalin ×2, Molotov, Beria', 'TOP SECRET', 'Addressee: Filippov']);
  // an addressee closes with its stop: the lines under it are a list of their own, not his
  const addressed = flatten(symbols(joinLines('From BEIJING', 'Received 11.35 19 October 1951', '', 'To Cde. FILIPPOV.', 'to Cde. Molotov', 'to Cde. Beria', '', 'We agree.', '', 'MAO ZEDONG'))).map(s => s.name);
  assert.ok(addressed.includes('Addressee: Filippov') && !addressed.some(n => /^Distribution: Filippov/.test(n)), JSON.stringify(addressed));
});

test('a relay on the addressee\'s own line (`To Comrade Roshchin for Comrade Zhou Enlai.`) names both men, as the relay on the next line does', () => {
  const envelope = (...lines: string[]) => (symbols(joinLines(...lines)).find(s => s.detail === 'envelope')?.children ?? []).map(s => s.name);
  const expected = ['CIPHERED TELEGRAM', 'Destination: Beijing', 'Addressee: Roshchin', 'Addressee: Zhou Enlai'];
  assert.deepEqual(envelope('CIPHERED TELEGRAM', '', 'BEIJING', 'To Comrade Roshchin for Comrade Zhou Enlai.', '', 'We agree.', '', 'FILIPPOV'), expected);
  assert.deepEqual(envelope('CIPHERED TELEGRAM', '', 'BEIJING', 'To Comrade Roshchin', 'for Comrade Zhou Enlai.', '', 'We agree.', '', 'FILIPPOV'), expected);
});

test('a relay under the addressee reads the same with a blank line between them (`TO TEREBIN` / `` / `For Cde. Mao Zedong.`), and under `to` in small letters', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const expected = ['CIPHERED TELEGRAM', 'Destination: Beijing', 'Addressee: Terebin', 'Addressee: Mao Zedong', 'Message: Filippov → Terebin, 14 May 1949'];
  for (const to of ['TO TEREBIN', 'to TEREBIN']) {
    for (const gap of [[], ['']]) {
      const got = names('CIPHERED TELEGRAM', 'BEIJING', to, ...gap, 'For Cde. Mao Zedong.', 'We agree with your plan.', 'FILIPPOV', '14 May 1949');
      for (const wanted of expected) assert.ok(got.includes(wanted), `${wanted} in ${JSON.stringify(got)} (${to}, ${gap.length} blank)`);
      assert.ok(!got.includes('To: Mao Zedong'), JSON.stringify(got));
    }
  }
});

test('a destination line naming a man under the origin (`From BEIJING` / `To FILIPPOV`) makes him the message’s addressee, as the envelope’s', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM', 'From BEIJING No. 1412 21 hours 40', 'minutes, 19.1.1951', 'Received 23:55 19.1.1951', '', 'To FILIPPOV', '', 'Mao Zedong agrees with the proposal of Peng Dehuai.', '', 'ZAKHAROV', '19.1.51'))).map(s => s.name);
  assert.ok(names.includes('Addressee: Filippov') && names.includes('Message: Zakharov → Filippov, 19.1.51'), JSON.stringify(names));
  // a place stays the destination, and the message names no addressee
  const place = flatten(symbols(joinLines('CIPHERED TELEGRAM', 'From BEIJING', 'Received 23:55 19.1.1951', '', 'To MOSCOW', '', 'The troops have crossed the river.', '', 'ZAKHAROV', '19.1.51'))).map(s => s.name);
  assert.ok(place.includes('Message: from Zakharov, 19.1.51'), JSON.stringify(place));
});

test('addressees of two more header and opening forms: To NORTH KOREA To RAZUVAEV, For immediate report to comrade FENG XI', () => {
  const northKorea = flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'To NORTH KOREA To RAZUVAEV TOP PRIORITY', 'sent at 0125 11 August 1952', '', 'The text.', '', 'VYSHINSKY'))).map(s => s.name);
  assert.ok(northKorea.includes('Destination: North Korea') && northKorea.includes('Addressee: Razuvaev') && northKorea.includes('TOP PRIORITY'), JSON.stringify(northKorea));
  assert.ok(northKorea.includes('Message: Vyshinsky → Razuvaev'), JSON.stringify(northKorea));
  const report = flatten(symbols(joinLines('From PYONGYANG', 'Received 2.1.51 21:05', '', 'For immediate report to comrade FENG XI [Stalin].x/', '', 'The offensive began.', '', 'No. 5 RAZUVAEV', '3.1.51'))).map(s => s.name);
  assert.ok(report.includes('Message: Razuvaev → Feng Xi, 3.1.51'), JSON.stringify(report));
});

test('`For the attention of Comrade X` is an addressee line as `For Comrade X` is', () => {
  const names = flatten(symbols(joinLines('From PYONGYANG', 'Received 23:40 14 October 1950', '', 'For the attention of Comrade FILIPPOV [Stalin].', '', 'The Chinese units will cross the river on the 19th.', '', 'SHTYKOV', '14.10.50'))).map(s => s.name);
  assert.ok(names.includes('Message: Shtykov → Filippov, 14.10.50') && names.includes('To: Filippov'), JSON.stringify(names));
  const capitals = flatten(symbols(joinLines('From PYONGYANG', '', 'FOR THE ATTENTION OF COMRADE FYN SI', '', 'The text.', '', 'SHTYKOV'))).map(s => s.name);
  assert.ok(capitals.includes('Message: Shtykov → Fyn Si'), JSON.stringify(capitals));
  // a sentence that only speaks of attention stays the text's
  const prose = flatten(symbols(joinLines('From PYONGYANG', '', 'For the attention of the army command the following is reported.', '', 'SHTYKOV'))).map(s => s.name);
  assert.ok(prose.includes('Message: from Shtykov'), JSON.stringify(prose));
});

test('a signer’s date written as the day alone under the signature (`KIM IL SUNG` / `the 14th`) dates the message, and the signer is read above it', () => {
  const names = flatten(symbols(joinLines('From PYONGYANG', 'Received 10:15 15 October 1950', '', 'To Comrade FYN SI [Stalin].', '', 'We thank you for your help.', '', 'KIM IL SUNG', 'the 14th'))).map(s => `${s.name} (${s.detail})`);
  for (const wanted of ['Message: Kim Il Sung → Fyn Si, 14th (1950-10-14)', 'Signed: Kim Il Sung (signature)', 'Dated: the 14th (date)']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
});

test('a title addressee names its man on the next line; an introducer’s possessive and a signature’s final period are not part of the names and dates', () => {
  const title = flatten(symbols(joinLines('MID USSR', 'Top Secret', '', 'TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR', 'Comrade STALIN I.V.', '', 'I submit a draft for your approval.', '', '(A. Gromyko)', '', '4.XII.1950'))).map(s => s.name);
  assert.ok(title.includes('Message: A. Gromyko → Stalin, 4.XII.1950'), JSON.stringify(title));
  const relayed = flatten(symbols(joinLines(
    'To Cde. FILIPPOV.', '', 'I transmit the reply of Cde. Mao Zedong to Cde. Kim Il Sung’s letter.', '', '“Cde. Kim Il Sung!', '', 'We agree with the proposal.', '', 'With greetings, MAO ZEDONG 2300 19 October.”', '', 'ROSHCHIN',
  ))).map(s => s.name);
  assert.ok(relayed.includes('Telegram: Mao Zedong → Kim Il Sung, 2300 19 October'), JSON.stringify(relayed));
});

test('an endorsement below the signature is another person’s minute, and a letter’s mandate and place are not its signers', () => {
  const endorsed = flatten(symbols(joinLines('Chairman Mao [Zedong]:', '', 'The Soviet side has agreed to our draft.', '', 'Zhou Enlai', 'February 5, 1950', '', 'I agree with this.', 'Mao Zedong', 'February 6, 1950'))).map(s => s.name);
  assert.ok(endorsed.includes('Message: Zhou Enlai → Mao Zedong, February 5, 1950'), JSON.stringify(endorsed));
  assert.ok(endorsed.includes('Endorsement: I agree with this.') && endorsed.includes('Signed: Mao Zedong'), JSON.stringify(endorsed));
  const letter = flatten(symbols(joinLines('Dear Comrade I. V. Stalin:', '', 'We ask for your help.', '', 'Devotedly yours,', 'Kim Il Sung', 'at the instruction of the Central Committee of the Workers’ Party of Korea', 'Pyongyang', '29 September 1950'))).map(s => s.name);
  assert.ok(letter.includes('Message: Kim Il Sung → I. V. Stalin, 29 September 1950'), JSON.stringify(letter));
  assert.ok(!letter.includes('Signed: Pyongyang'), JSON.stringify(letter));
  // men under the mandate sign on its behalf, one or two of them
  const onBehalf = (...signers: string[]) => flatten(symbols(joinLines('Dear Iosif Vissarionovich,', 'We ask you to provide us with direct military assistance.', 'Respectfully,', 'On behalf of the CC of the Workers’ Party of Korea', ...signers, 'Pyongyang, 29 September 1950'))).map(s => s.name);
  assert.ok(onBehalf('KIM IL SUNG').includes('Signed: Kim Il Sung'), JSON.stringify(onBehalf('KIM IL SUNG')));
  const two = onBehalf('KIM IL SUNG', 'PAK HON-YONG');
  assert.ok(two.includes('Signed: Kim Il Sung') && two.includes('Signed: Pak Hon-yong'), JSON.stringify(two));
});

test("a sentence of the text that opens with `On behalf of ...` is no mandate of the signer's: above the closing, or with its subject and verb (`... of the DPRK I ask you ...`)", () => {
  const letter = (...body: string[]) => flatten(symbols(joinLines('Dear Comrade Stalin,', '', ...body, '', 'With deep respect,', '', 'KIM IL SUNG', '', 'Pyongyang, 17 January 1951'))).map(s => s.name);
  const asked = letter('On behalf of the Government of the DPRK I ask you to receive our delegation.');
  assert.ok(!asked.some(n => n.startsWith('On behalf of:')) && asked.includes('Signed: Kim Il Sung'), JSON.stringify(asked));
  const above = letter('On behalf of the Government of the DPRK', 'and of the Workers’ Party of Korea, greetings.');
  assert.ok(!above.some(n => n.startsWith('On behalf of:')), JSON.stringify(above));
});

test('a copy number on its own line below the signature does not hide the signature', () => {
  const names = flatten(symbols(joinLines('To Comrade FILIPPOV [Stalin].', 'Zhou Enlai asked me.', '3.1.51 ROSHCHIN', '', 'Copy Nº 2', 'Deciphered by Karpov 1640 3 January'))).map(s => s.name);
  assert.ok(names.includes('Message: Roshchin → Filippov, 3.1.51') && names.includes('Number: Copy Nº 2'), JSON.stringify(names));
});

test('an unclosed quote ends before the forwarder’s own request, not at the forwarder’s signature', () => {
  const names = flatten(symbols(joinLines(
    'To Vyshinsky.', '', 'I transmit a note of the Embassy of the PRC of 3 December 1951 with the following contents:', '',
    '“The embassy asks to assist in the shipment of ammunition before 15 December.', '', 'Ambassador Zhang Wentian.', '',
    'In connection with this I ask for corresponding orders.', '', '(A. Gromyko)', '4.XII.51',
  ))).map(s => s.name);
  assert.ok(names.includes('Message: A. Gromyko → Vyshinsky, 4.XII.51'), JSON.stringify(names));
  assert.ok(names.some(n => n.startsWith('Telegram: from Ambassador Zhang Wentian')), JSON.stringify(names));
});

test('a group addressee line gives every name as the recipients', () => {
  const names = flatten(symbols(joinLines('Gao [Gang], Peng [Dehuai]:', '', '[We] agree that the troops move after 8 October.', '', 'Mao Zedong', 'October 7 [1950]'))).map(s => s.name);
  assert.ok(names.includes('Message: Mao Zedong → Gao Gang, Peng Dehuai, October 7 [1950]'), JSON.stringify(names));
});

test('a department is an entry of a list with its names below its head', () => {
  const names = flatten(symbols(joinLines('To Cde. FILIPPOV.', '', 'The text.', '', 'SHTYKOV', '', 'Deciphered by Orlov on 10/21/50 at 7:05 a.m.', 'Copies:', '1. Comr. Stalin', '2. Comr. Copy', '3. Comr. 10th department'))).map(s => s.name);
  assert.ok(names.includes('Distribution: Stalin, Copy, 10th department') && names.includes('3. Comr. 10th department'), JSON.stringify(names));
});

test('a sender’s number on the signature line, or with the date on the line below, is the message’s number', () => {
  const tail = (...lines: string[]) => flatten(symbols(joinLines('To Cde. FILIPPOV.', '', 'Zhou Enlai asked for trucks.', '', ...lines))).map(s => s.name);
  for (const lines of [['ROSHCHIN   No. 2781   11.11.50'], ['ROSHCHIN\tNo. 2781\t11.11.50'], ['ROSHCHIN', 'No. 2781 11.11.50']]) {
    const names = tail(...lines);
    assert.ok(names.includes('Message: Roshchin → Filippov, 11.11.50') && names.includes('Number: 2781'), `${JSON.stringify(lines)}: ${JSON.stringify(names)}`);
  }
  const before = tail('No. 22 T. SHTYKOV');
  assert.ok(before.includes('Number: 22') && before.includes('Signed: T. Shtykov'), JSON.stringify(before));
  assert.ok(!tail('To No. 25000.', 'MAO ZEDONG').some(n => n.startsWith('Signed: To')), 'a citation is no signature');
});

test('a rule before the addressee opens nothing: the addressee is read after it, with any honorific', () => {
  for (const honorific of ['Com[rade]', 'Comrade']) {
    const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 1', '---', `To ${honorific} FYN SI [Stalin].`, '', 'The front is stable.', '', 'SHTYKOV', '3.9.50'))).map(s => s.name);
    assert.ok(names.includes('Message: Shtykov → Fyn Si, 3.9.50'), `${honorific}: ${JSON.stringify(names)}`);
  }
  const inMessage = flatten(symbols(joinLines('---', 'To Com[rade] FYN SI [Stalin].', '', 'The front is stable.', '', 'SHTYKOV'))).map(s => s.name);
  assert.ok(inMessage.includes('Message: Shtykov → Fyn Si'), JSON.stringify(inMessage));
});

test('a web archive\'s page: its site name, title and labelled fields are the editor\'s title and source, not a salutation', () => {
  const page = (fields: readonly string[]) => symbols(joinLines(
    'Digital Archive', 'International History Declassified', '', 'March 03, 1951', 'Ciphered Telegram, Shtykov to Filippov [Stalin]', '',
    ...fields,
    'CIPHERED TELEGRAM No. 600517/sh', 'From Pyongyang.Sent 3.3.51 03:15', 'Received 3.3 06:36', '',
    'To comrade FILIPPOV [Stalin].', '', 'The front is stable.', '', 'T. SHTYKOV', '3.3.51',
  ));
  const spaced = page(['Citation:', '"Ciphered Telegram, Shtykov to Filippov [Stalin]," March 03, 1951, APRF, f. 45, op. 1, d. 348.', '', 'Summary:', 'Shtykov reports on the front.', '',
    'Original Language:', 'Russian', '', 'Contents:', 'English Translation', '']);
  assert.deepEqual(spaced.map(s => s.name), ['Title and source', 'Ciphered telegram No. 600517/sh — Pyongyang → Moscow, received 3.3 06:36', 'Message: T. Shtykov → Filippov, 3.3.51']);
  assert.deepEqual(spaced[0].children?.map(c => c.name).slice(-4), ['Original Language:', 'Russian', 'Contents:', 'English Translation']);
  // with no blank line between the fields and the header, `Contents:` holds only what a page lists
  const packed = page(['Citation:', '"Ciphered Telegram, Shtykov to Filippov [Stalin]," March 03, 1951.', 'Contents:', 'English Translation']);
  assert.deepEqual(packed.map(s => s.name), spaced.map(s => s.name));
  // a salutation above the labels opens the message: `Summary:` under it is the text's
  const salutation = symbols(joinLines('Comrade Kim Il Sung:', 'Summary:', 'The front is stable.', '', 'T. SHTYKOV'));
  assert.ok(!salutation.some(s => s.name === 'Title and source'), JSON.stringify(salutation.map(s => s.name)));
});

test('a web page copied as it shows: headings without their colon, fields on one line, a navigation line above', () => {
  const roots = symbols(joinLines(
    'Wilson Center Digital Archive', 'International History Declassified', 'Home | Search | Collections | About', 'December 07, 1950', 'Ciphered Telegram, Roshchin to Filippov [Stalin]',
    'Citation', '"Ciphered Telegram, Roshchin to Filippov [Stalin]," December 07, 1950, APRF, f. 45, op. 1, d. 336.', 'Summary', 'Roshchin reports on his talk with Zhou Enlai.',
    'Original Language: Russian', 'Contents: English Translation', '',
    'CIPHERED TELEGRAM No. 27340', 'From BEIJING', 'Received 20:50 7.XII.1950', 'To Cde. FILIPPOV [Stalin].', 'Zhou Enlai visited me today.', 'ROSHCHIN', '7.XII.50',
  ));
  assert.deepEqual(roots.map(s => s.name), ['Title and source', 'Ciphered telegram No. 27340 — Beijing → Moscow, received 20:50 7.XII.1950', 'Message: Roshchin → Filippov, 7.XII.50']);
  // a field on one line holds that line only: the header right under it stays the cable's
  const packed = symbols(joinLines('Ciphered Telegram, Roshchin to Filippov [Stalin]', 'Original Language: Russian', 'CIPHERED TELEGRAM No. 27340', 'From BEIJING', 'Received 20:50 7.XII.1950', 'To Cde. FILIPPOV [Stalin].', 'Zhou Enlai visited me today.', 'ROSHCHIN'));
  assert.deepEqual(packed.map(s => s.name).slice(0, 2), ['Title and source', 'Ciphered telegram No. 27340 — Beijing → Moscow, received 20:50 7.XII.1950']);
  // a report's own `Summary` line under its salutation is the text's
  assert.ok(!symbols(joinLines('Comrade Kim Il Sung:', 'Summary', 'The front is stable.', '', 'T. SHTYKOV')).some(s => s.name === 'Title and source'));
});

test('an edition’s superscript note markers (`:²`) end an addressee line as `[2]` does, and a `NOTES` heading over the notes opens them, never a signature', () => {
  const roots = symbols(joinLines(
    'Telegram, Zhou Enlai to Li Kenong and Qiao Guanhua, on the Military Demarcation Line¹', 'August 14, 1951', '[Source: Translated from a Chinese documentary collection.]',
    'Li [Kenong], Qiao [Guanhua]:²', '1. Your telegram of the 13th has been received.³', 'Zhou Enlai', 'August 14, 1951, 2200', '',
    'NOTES', '¹ The title is the editors’.', '² Li Kenong directed the delegation. – Trans.', '³ On 15 August a subcommittee was formed.',
  ));
  assert.deepEqual(roots.map(s => s.name), ['Title and source', 'Message: Zhou Enlai → Li Kenong, Qiao Guanhua, August 14, 1951, 2200', "Editor's notes"]);
  assert.ok(!flatten(roots).some(s => s.name === 'Signed: Notes'));
  assert.deepEqual(roots[2].children?.map(c => c.name)[0], 'NOTES');
  // a one-man addressee takes the marker too
  assert.ok(flatten(symbols(joinLines('To Comrade Li Kenong.²', '', 'Your telegram has been received.', '', 'Zhou Enlai'))).some(s => s.name === 'Message: Zhou Enlai → Li Kenong'));
  // `Notes` as the text's word, with no note under it, stays the text's
  assert.ok(!symbols(joinLines('Comrade Li Kenong:', 'Notes', 'The delegation should wait.', 'Zhou Enlai')).some(s => s.name === "Editor's notes"));
});

test('the Russian original’s heading kept among the header’s lines (`Шифртелеграмма № 21405`) is a note of the envelope: the addressee under it is still read', () => {
  const roots = symbols(joinLines('CABLE № 21405 TOP SECRET', 'From BEIJING received at 0715 28 November 1951', 'to Cde. Stalin', 'to Cde. Molotov', 'Шифртелеграмма № 21405', 'To Cde. FILIPPOV [Stalin].', 'Reporting:', '1. The air divisions flew 120 sorties.', 'KRASOVSKY', '27.XI.51'));
  assert.deepEqual(roots.map(s => s.name).slice(1), ['Message: Krasovsky → Filippov, 27.XI.51']);
  assert.ok(roots[0].children?.some(c => c.name === 'Шифртелеграмма № 21405'));
  // a Russian line of the text, under the addressee, stays the text's
  const body = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 3105', 'From PYONGYANG Received 12:40 27.III.50', 'To Cde. Vyshinsky.', 'Шифртелеграмма. Совершенно секретно.', 'I report on the talk.', 'Shtykov'))).map(s => s.name);
  assert.ok(body.includes('Message: Shtykov → Vyshinsky') && !body.includes('Шифртелеграмма. Совершенно секретно.'), JSON.stringify(body));
});

test('a title addressee naming a People’s Commissar or a military council, an army’s number in it, in capitals or normal case, with the man on its line or the next', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const caps = names('TO THE MILITARY COUNCIL OF THE 25TH ARMY', 'The troops will stay in their places.', 'I. STALIN', '20.IX.45');
  assert.ok(caps.includes('To: The Military Council of the 25th Army'), JSON.stringify(caps));
  const oneLine = names('From Chongqing', 'To the People’s Commissar of Foreign Affairs of the USSR Comrade Molotov V.M.', 'Today Chiang Kai-shek received me.', 'PETROV', '17 November 1945');
  assert.ok(oneLine.some(n => n.startsWith('Message: Petrov → Molotov')), JSON.stringify(oneLine));
  const twoLines = names('To the People’s Commissar of Foreign Affairs of the USSR', 'Comrade Molotov V.M.', 'Today Chiang Kai-shek received me.', 'PETROV', '17 November 1945');
  assert.ok(twoLines.includes("To: the People’s Commissar of Foreign Affairs of the USSR") && twoLines.some(n => n.startsWith('Message: Petrov → Molotov')), JSON.stringify(twoLines));
});

test('a Chinese telegram dated with 廿 or 卅 for twenty and thirty has its title, date and message', () => {
  const roots = symbols(joinLines('毛泽东关于志愿军作战部署给彭德怀的电报', '(一九五〇年十月廿一日)', '彭德怀同志：', '(一) 二十一日三时电悉。', '毛泽东', '十月廿一日四时'));
  assert.deepEqual(roots.map(s => s.name), ['Title and source', 'Message: 毛泽东 → 彭德怀, 十月廿一日四时']);
  assert.deepEqual(symbols(joinLines('彭德怀同志：', '同意。', '毛泽东', '十月卅日')).map(s => s.name), ['Message: 毛泽东 → 彭德怀, 十月卅日']);
});

test('a bilingual document: the Chinese original, then the translation with its title, date and message', () => {
  const roots = (text: string) => symbols(text).map(s => s.name);
  const withRule = roots(joinLines('周恩来同志:', '十月七日电悉。', '毛泽东', '十月七日', '——————', 'Telegram from Mao Zedong to Zhou Enlai', '(October 7, 1950)', '[Source: Translated from a Chinese collection.]', '', 'Comrade Zhou Enlai:', '', 'Your telegram of October 7 has been received.', '', 'Mao Zedong', 'October 7'));
  assert.deepEqual(withRule, ['Chinese original', 'Title and source', 'Message: Mao Zedong → Zhou Enlai, October 7']);
  const noRule = roots(joinLines('高岗、彭德怀:', '', '同意十月八日以后出动。', '', '毛泽东', '十月七日', '', 'Gao [Gang], Peng [Dehuai]:', '', '[We] agree that the troops move after 8 October.', '', 'Mao Zedong', 'October 7 [1950]'));
  assert.deepEqual(noRule, ['Chinese original', 'Message: Mao Zedong → Gao Gang, Peng Dehuai, October 7 [1950]']);
  assert.deepEqual(roots(joinLines('毛泽东同志:', '电悉。', 'Mao Zedong', 'October 7')).filter(n => n === 'Chinese original'), [], 'Latin text with no blank line or rule before it ends no original');
});

test('a flattened two-column copy table in the footer gives one entry per cell', () => {
  const names = flatten(symbols(joinLines('To Cde. FILIPPOV.', '', 'The text.', '', 'ROSHCHIN', '', 'Deciphered by Karpov 1240 3 October', 'Two copies printed', 'Copy Nº 1 to Cde. Stalin | Copy Nº 2 to Cde. Bulganin |', '|'))).map(s => s.name);
  assert.ok(names.includes('Copy Nº 1 to Cde. Stalin') && names.includes('Copy Nº 2 to Cde. Bulganin'), JSON.stringify(names));
});

test('a relay envelope’s `for Comrade X` names whom the ambassador passes the text to; the message goes to the ambassador', () => {
  const names = flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'sent at 0120 2 December 1950', 'BEIJING - To Comrade ROSHCHIN', 'for Comrade MAO ZEDONG', '', '"Comrade MAO ZEDONG!', 'We agree.', 'FILIPPOV"', '', 'for Cde. ROSHCHIN: please hand this over at once.', '', 'FILIPPOV'))).map(s => s.name);
  assert.ok(names.includes('Message: Filippov → Roshchin') && names.includes('Telegram: Filippov → Mao Zedong'), JSON.stringify(names));
});

test('footer and notes lines of other hands keep the signature and the footer: a dashed file copy, a second `xx/` note, a typist’s Russian mark', () => {
  const cable = (...tail: string[]) => joinLines('CIPHERED TELEGRAM No. 600972/sh', 'From PYONGYANG', 'Received 10/14/50 at 6:36 a.m.', '---', 'To Comrade FENG XI.x/', '', 'The divisions are ready.xx/', '', 'SHTYKOV', '14.10.50', '---', ...tail);
  for (const tail of [
    ['Three copies printed', 'Copy 1 - Stalin', 'Copy 2 - Molotov', 'Copy 3 - file of 8th Dept. of General Staff', 'x/ Pseudonym I.V. Stalin.'],
    ['Three copies printed', 'x/ Pseudonym I.V. Stalin.', 'xx/ Underlined in the original.'],
    ['Отп. 3 экз.', 'Three copies printed', '1 – to Cde. Stalin'],
  ]) {
    const names = flatten(symbols(cable(...tail))).map(s => s.name);
    assert.ok(names.includes('Signed: Shtykov') && names.some(n => n.startsWith('Message: Shtykov → Feng Xi')), JSON.stringify(names));
    assert.ok(names.includes('Three copies printed') || names.includes('Отп. 3 экз.'), JSON.stringify(names));
    if (tail.some(l => l.startsWith('xx/'))) assert.ok(names.includes('xx/ Underlined in the original.'), JSON.stringify(names));
  }
});

test('`Cabled by VTCh to the South for Stalin` among the header’s lines is a handling line, and the copies and addressee under it stay in the envelope', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 23110', 'From BEIJING', 'Received 21:35 12 September 1951', 'Cabled by VTCh to the South for Stalin', 'Copies: Stalin (2), Molotov', '', 'To Comrade FILIPPOV.', '', 'The text.', '', 'ROSHCHIN', '12.9.51'))).map(s => s.name);
  for (const wanted of ['Cabled by VTCh to the South for Stalin', 'Stalin (2)', 'Addressee: Filippov']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  assert.ok(names.some(n => n.startsWith('Message: Roshchin → Filippov')), JSON.stringify(names));
});

test('an editor’s note in Chinese under a Chinese telegram is a note, and the signer and rhyme-code day above it stay the telegram’s', () => {
  const names = flatten(symbols(joinLines('彭邓洪韩解[1]：', '(一) 皓电悉。', '(二) 同意第五次战役于四月二十二日黄昏发起。', '毛泽东', '号日', '[1] 彭，指彭德怀；邓，指邓华；洪，指洪学智；韩，指韩先楚；解，指解方。'))).map(s => s.name);
  for (const wanted of ['Signed: 毛泽东', 'Dated: 号日', '[1] 彭，指彭德怀；邓，指邓华；洪，指洪学智；韩，指韩先楚；解，指解方。']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  assert.ok(names.some(n => n.startsWith('Message: 毛泽东 → 彭邓洪韩解,')), JSON.stringify(names));
});

test('two of the gazetteer’s people signing one under the other sign together, and a bare `Agree.` under them is an endorsement', () => {
  const names = flatten(symbols(joinLines('Chairman Mao [Zedong]:', '', '1. The arms for the first 10 divisions will arrive in March.', '', 'Please give your instructions.', '', 'Humbly submitted,', '', 'Zhou Enlai', 'Nie Rongzhen', 'February 19, 1951', '', 'Agree. Send a copy to Comrade Peng Dehuai.', '', 'Mao Zedong', 'February 20'))).map(s => s.name);
  assert.ok(names.includes('Message: Zhou Enlai and Nie Rongzhen → Mao Zedong, February 19, 1951'), JSON.stringify(names));
  assert.ok(names.includes('Endorsement: Agree. Send a copy to Comrade Peng Dehuai.'), JSON.stringify(names));
  // names listed under a colon are a list, not signers
  const listed = flatten(symbols(joinLines('Ambassador Panyushkin:', '', 'The government delegation will leave Beijing on 15 August. The delegation is composed of:', 'Zhou Enlai', 'Chen Yun', 'Li Fuchun'))).map(s => s.name);
  assert.ok(listed.includes('Message: to Panyushkin') && !listed.some(n => n.startsWith('Signed')), JSON.stringify(listed));
  // a quoted signer and the forwarder under the quotation's close do not
  const forwarded = flatten(symbols(joinLines('To Cde. FILIPPOV.', '', 'I received the following telegram for you from Zhou Enlai.', '“Comrade Filippov!', 'We agree.', 'Zhou Enlai.”', '2.8.52 Roshchin'))).map(s => s.name);
  assert.ok(!forwarded.some(n => n.includes('Zhou Enlai and Roshchin')), JSON.stringify(forwarded));
});

test('a text the envoy is to say aloud to the men he meets is an oral message to them, not a telegram', () => {
  const told = flatten(symbols(joinLines('To PEKING', 'SOVIET AMBASSADOR.', '', 'To Comrade Roshchin.', '',
    'You are to meet Mao Zedong and Zhou Enlai and, without changing a word, tell them the following:', '"The Soviet Government agrees to the proposed date of the talks."', 'Telegraph the fulfillment.'))).map(s => s.name);
  assert.ok(told.includes('Oral message: to Mao Zedong and Zhou Enlai'), JSON.stringify(told));
  // a telegram the visited man is shown stays a telegram
  const shown = flatten(symbols(joinLines('To Comrade Roshchin.', '', 'Meet Mao Zedong and hand him the following telegram:', '', '"We agree with your proposals.', '', 'FILIPPOV"', '', 'FILIPPOV'))).map(s => s.name);
  assert.ok(shown.some(n => n.startsWith('Telegram: Filippov → Mao Zedong')), JSON.stringify(shown));
});

test('a telegram shown to the man a relay visits keeps its own addressee', () => {
  const names = flatten(symbols(joinLines('To Comrade Razuvaev.', '', 'Visit Kim Il Sung and acquaint him with the following telegram of Mao Zedong, received here today:', '', '"Comrade FILIPPOV.', '', 'The offensive will begin only after the arrival of the 3rd and 19th Army Groups.', '', 'MAO ZEDONG 0300 21 January"', '', 'Tell Kim Il Sung that we agree.', '', 'FILIPPOV', '20 January 1951'))).map(s => s.name);
  assert.ok(names.includes('Telegram: Mao Zedong → Filippov, 0300 21 January'), JSON.stringify(names));
  // a greeting that names no one leaves it the visited man's
  const comrades = flatten(symbols(joinLines('To Comrade Roshchin.', '', 'Visit Mao Zedong and acquaint him with the following telegram:', '', '"Comrades!', '', 'We agree with your proposals.', '', 'FILIPPOV"', '', 'Telegraph the fulfillment.', '', 'FILIPPOV'))).map(s => s.name);
  assert.ok(comrades.some(n => n.startsWith('Telegram: Filippov → Mao Zedong')), JSON.stringify(comrades));
  // without an addressee of its own, it is the visited man's
  const bare = flatten(symbols(joinLines('To Comrade Razuvaev.', '', 'Visit Kim Il Sung and pass him the following:', '', '"The offensive will begin in March.', '', 'FILIPPOV"', '', 'Telegraph the fulfillment.', '', 'FILIPPOV'))).map(s => s.name);
  assert.ok(bare.some(n => n.startsWith('Telegram: Filippov → Kim Il Sung')), JSON.stringify(bare));
});

test('a relay that hands the text to a man without `to` names its recipient, over a salutation by title', () => {
  const names = flatten(symbols(joinLines('To Comrade Roshchin.', '', 'Hand Zhou Enlai immediately the following answer:', '', '"Mr. Minister,', '', 'The Soviet Government agrees.', '', 'A. Gromyko"', '', 'Telegraph the fulfillment.', '', 'GROMYKO', '2 October 1949'))).map(s => s.name);
  assert.ok(names.some(n => n.startsWith('Telegram: A. Gromyko → Zhou Enlai')), JSON.stringify(names));
});

test('a telegram dated only by its receipt says it was received then', () => {
  const names = flatten(symbols(joinLines('To Cde. FILIPPOV.', '', '12.9.51 at 21:30 Beijing time I received the following telegram for you from Mao Zedong:', '"Comrade FILIPPOV.', 'We agree.', 'MAO ZEDONG"', '', 'ROSHCHIN', '12.9.51'))).map(s => s.name);
  assert.ok(names.includes('Telegram: Mao Zedong → Filippov, received 12.9.51 at 21:30 Beijing time'), JSON.stringify(names));
});

test('a man with his rank over his office and the salutation’s colon is the addressee', () => {
  const names = flatten(symbols(joinLines('Vice Admiral C. Turner Joy,', 'Senior Delegate of the United Nations Command Delegation:', '', 'Our delegation declares that the meetings are suspended from today, August 23.', '', 'Nam Il', 'August 23, 1951'))).map(s => s.name);
  assert.ok(names.some(n => n.startsWith('Message: Nam Il → Vice Admiral C. Turner Joy')), JSON.stringify(names));
  // a sentence ending in a comma over a line with a colon is no addressee
  const prose = flatten(symbols(joinLines('We have examined your proposals,', 'And we answer as follows:', '', 'The talks go on.', '', 'Nam Il'))).map(s => s.name);
  assert.ok(!prose.some(n => n.startsWith('To:')), JSON.stringify(prose));
});

test('Russian handling marks left in a translated header are header lines, and the addressee under them is read', () => {
  const names = flatten(symbols(joinLines('MID USSR', 'CIPHERED TELEGRAM No. 8711', 'Top Secret', 'PYONGYANG', 'SOVIET AMBASSADOR', '_________________', 'Копия', 'Вне очереди', 'To Cde. Tunkin.', '', 'Transmit the answer.', '', 'GROMYKO', '11.IX.49'))).map(s => s.name);
  assert.ok(names.includes('Вне очереди') && names.includes('Addressee: Tunkin') && names.some(n => n.startsWith('Message: Gromyko → Tunkin')), JSON.stringify(names));
});

test('under an addressee that is an office alone, `For Cde. X` names the man the message is for', () => {
  const names = flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'sent at 0120 19 December 1950', 'To PYONGYANG', 'SOVIET AMBASSADOR.', '', 'For Cde. RAZUVAEV.', '', 'To your No. 1790/sh.', '', 'We agree with the proposals.', '', 'FENG XI', 'No. 7766/sh'))).map(s => s.name);
  assert.ok(names.some(n => n.startsWith('Message: Feng Xi → Razuvaev')), JSON.stringify(names));
});

test('a message on one line closes with its signer after its last sentence, and a short sentence of prose is no signer', () => {
  const relay = flatten(symbols(joinLines(
    'To Comrade Kuznetsov.', '', 'Pass on to Mao Zedong the following:',
    '"Comrade MAO ZEDONG. We agree with your proposals. With greetings, FILIPPOV [Stalin]."', '', 'MOLOTOV', '15 January 1953',
  ))).map(s => s.name);
  assert.ok(relay.includes('Telegram: Filippov → Mao Zedong'), JSON.stringify(relay));
  const lost = flatten(symbols('To Cde. FILIPPOV [Stalin]. Zhou Enlai asked for trucks. With greetings, ROSHCHIN No. 1522 27.7.51')).map(s => s.name);
  assert.ok(lost.includes('Message: Roshchin → Filippov, 27.7.51') && lost.includes('Number: 1522'), JSON.stringify(lost));
  const prose = flatten(symbols(joinLines('To Cde. FILIPPOV.', '', 'The convoy left at night. It reached the KPA.'))).map(s => s.name);
  assert.ok(!prose.some(n => n.startsWith('Signed')), JSON.stringify(prose));
  const addressOnly = flatten(symbols('To Cde. FILIPPOV.')).map(s => s.name);
  assert.ok(!addressOnly.some(n => n.startsWith('Signed')), JSON.stringify(addressOnly));
});

test('a relay instruction’s dates are other days’: the note answered, the day the addressee returns, never the relayed text’s', () => {
  for (const instruction of ['Visit Cde. Zhou Enlai and pass him the following reply to his note of 12 November:', 'Pass the following to Comrade Zhou Enlai, who is expected back in Beijing on 15 November:']) {
    const names = flatten(symbols(joinLines('To Comrade Roshchin.', '', instruction, '"Comrade ZHOU ENLAI.', 'The Soviet Government agrees.', 'A. VYSHINSKY"', '', 'GROMYKO', '13.XI.50'))).map(s => s.name);
    assert.ok(names.includes('Telegram: A. Vyshinsky → Zhou Enlai'), instruction + ' ' + JSON.stringify(names));
  }
  const forwarded = flatten(symbols(joinLines('To Cde. Filippov.', '', 'I am sending you the text of my telegram to Cde. Li Kenong of 0530 18 October 1951:', '"To Cde. LI KENONG.', 'Hold firm.', 'MAO ZEDONG"', '', 'MAO ZEDONG'))).map(s => s.name);
  assert.ok(forwarded.includes('Telegram: Mao Zedong → Li Kenong, 0530 18 October 1951'), JSON.stringify(forwarded));
});

test('the editor’s lines at a cable’s end (a bracketed footnote, a translator’s credit, [stamp], [page break], an Ed. note) leave its signature block whole', () => {
  const head = ['CIPHERED TELEGRAM No. 25553', 'From BEIJING', 'Received 21:15 7.10.1950', '---', 'To Cde. FILIPPOV [Stalin].', '', 'Zhou Enlai left for Moscow today.', ''];
  const cases: string[][] = [
    ['ROSHCHIN', 'No. 2497', '7.10.50', '---', 'Three copies printed', '', '[1] [Ed. note: the Russian text has Kharbin.]'],
    ['ROSHCHIN', 'No. 2497', '7.10.50', '---', 'Deciphered by Morozov 2145 7 October', 'Four copies printed', 'Translated by Gary Goldberg.'],
    ['ROSHCHIN', 'No. 2497', '7.10.50', '[stamp]'],
    ['ROSHCHIN', 'No. 2497', '[page break]', '7.10.50'],
    ['ROSHCHIN', 'No. 2497', '7.10.50', '[Ed. note: the sending time is Beijing time.]', '---', 'Typed by Bantsekina on 10/7/50 at 11:00 p.m.'],
  ];
  for (const tail of cases) {
    const names = flatten(symbols(joinLines(...head, ...tail))).map(s => s.name);
    assert.ok(names.includes('Message: Roshchin → Filippov, 7.10.50') && names.includes('Number: No. 2497'), tail.join(' / ') + ' ' + JSON.stringify(names));
  }
});

test('page furniture of a PDF or a printed web page (a page number, a folio, a bulletin’s running head, a browser’s print header or footer) leaves the blocks around it whole', () => {
  const head = ['CIPHERED TELEGRAM No. 21930', 'From BEIJING Received 19:55 13 June 1951', '', 'To Cde. FILIPPOV [Stalin].', '', 'Mao Zedong asks for your instructions.', ''];
  const furniture = ['239', '— 239 —', 'CWIHP Bulletin, Issue 14/15 — 239', '238    Cold War International History Project Bulletin', '10/3/23, 2:15 PM    Wilson Center Digital Archive', 'https://digitalarchive.wilsoncenter.org/document/114901    1/3'];
  for (const page of furniture) {
    for (const tail of [['13.6.51 ROSHCHIN', 'No. 1308', '', 'Deciphered by Yelezov 20:40 13 June', '', page, '', 'Typed by Rubleva 21:35 13 June'], ['13.6.51 ROSHCHIN', page, 'No. 1308', '', 'Deciphered by Yelezov 20:40 13 June', 'Typed by Rubleva 21:35 13 June']]) {
      const names = flatten(symbols(joinLines(...head, ...tail))).map(s => s.name);
      for (const wanted of ['Message: Roshchin → Filippov, 13.6.51', 'Number: No. 1308', 'Deciphered by Yelezov 20:40 13 June', 'Typed by Rubleva 21:35 13 June']) assert.ok(names.includes(wanted), `${page}: ${wanted} in ${JSON.stringify(names)}`);
      assert.ok(!names.some(n => n.includes('239') || n.includes('Bulletin') || n.includes('Wilson')), JSON.stringify(names));
    }
  }
  // a folio between the envelope and the addressee
  const names = flatten(symbols(joinLines('MFA USSR', 'Issuing No. 8600', 'Destination: PEKING To Whom: SovAmbassador', 'Sent on 3:05 am, 14 May 1950', '', '— 14 —', '', 'To Roshchin.', '', 'Visit Mao Zedong and pass him the answer.', '', 'VYSHINSKY', '14.V.50'))).map(s => s.name);
  assert.ok(names.includes('Message: Vyshinsky → Roshchin, 14.V.50'), JSON.stringify(names));
  // a lone number over the envelope is still the cable's own
  assert.ok(flatten(symbols(joinLines('227', 'CIPHERED TELEGRAM', 'From PEKING', 'Received 12:00 3.5.1951', '', 'To Cde. Filippov.', '', 'Hold the line.', '', 'ROSHCHIN'))).some(s => s.name.includes('227')));
});

test('a web page’s citation of the cable above its header, in quote marks or under a `Citation` heading, is the editor’s title: the envelope stays', () => {
  const cable = ['CIPHERED TELEGRAM No. 21930', 'From BEIJING Received 19:55 13 June 1951', '', 'To Cde. FILIPPOV [Stalin].', '', 'Mao Zedong asks for your instructions.', '', '13.6.51 ROSHCHIN'];
  const citation = 'Ciphered Telegram, Roshchin to Filippov [Stalin], June 13, 1951, Wilson Center Digital Archive.';
  for (const top of [[`"Ciphered Telegram, Roshchin to Filippov [Stalin]", June 13, 1951, Wilson Center Digital Archive.`], ['Citation', '', citation]]) {
    const names = flatten(symbols(joinLines(...top, '', ...cable))).map(s => s.name);
    assert.ok(names.includes('Ciphered telegram No. 21930 — Beijing → Moscow, received 19:55 13 Jun 1951') && names.includes('Message: Roshchin → Filippov, 13.6.51'), JSON.stringify(names));
  }
});

test('an em dash as a PDF prints it: between a signature line’s number, name and date (`No. 1471 — SHTYKOV — 14.10.50`), and after a classification (`TOP PRIORITY —`)', () => {
  const cable = (priority: string, signature: string) => joinLines('CIPHERED TELEGRAM No. 600944/sh', priority, 'FROM: PYONGYANG', 'Received in Moscow on 10/14/50 at 6:36 a.m.', '', 'For immediate report to comrade FENG XI [Stalin].', '', 'I report: the evacuation has begun.', '', signature);
  for (const dash of ['—', '–', '-']) {
    const names = flatten(symbols(cable(`TOP PRIORITY ${dash}`, `No. 1471 ${dash} SHTYKOV ${dash} 14.10.50`))).map(s => s.name);
    for (const wanted of ['Ciphered telegram No. 600944/sh — Pyongyang → Moscow, received 10/14/50 at 6:36 a.m.', 'TOP PRIORITY', 'Message: Shtykov → Feng Xi, 14.10.50', 'Number: 1471', 'Signed: Shtykov 14.10.50']) assert.ok(names.includes(wanted), `${dash}: ${wanted} in ${JSON.stringify(names)}`);
  }
});

test('a footnote’s marker glued to a signer’s name (`ROSHCHIN4`, `SHTYKOV²`, `SHTYKOV*`) is no part of it, and one after a quote’s closing mark (`FILIPPOV [Stalin]."[1]`) leaves the quote closed', () => {
  for (const signer of ['ROSHCHIN4', 'ROSHCHIN²', 'ROSHCHIN*', '13.6.51 ROSHCHIN4']) {
    const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 21930', 'From BEIJING Received 19:55 13 June 1951', '', 'To Cde. FILIPPOV [Stalin].', '', 'Mao Zedong asks for your instructions.', '', signer, 'No. 1308'))).map(s => s.name);
    assert.ok(names.some(n => /^Signed: Roshchin\b/.test(n)) && names.includes('Number: No. 1308'), `${signer}: ${JSON.stringify(names)}`);
  }
  const text = joinLines('COPY OF AN OUTGOING TELEGRAM', 'sent at 0110 20 November', 'BEIJING - To Comrade KRASOVSKY', '', 'Transmit to Comrade MAO ZEDONG the following answer:', '', '"Comrade MAO ZEDONG.', '', 'We agree.', '', 'With greetings, FILIPPOV [Stalin]."[1]', '', 'FILIPPOV', '19 November 1951', '', '[1] Stalin’s cover name.');
  const inner = parseCable(text).blocks.flatMap(b => b.kind === 'message' ? b.telegrams : []);
  assert.equal(inner.length, 1);
  assert.ok(inner[0]!.closeQuote, 'the quote closes on its signature line');
  assert.ok(flatten(symbols(text)).map(s => s.name).includes('Message: Filippov → Krasovsky, 19 November 1951'));
});

test('a web page’s residue under the cable (`Related Documents` with its dates and titles) is the editor’s notes: the signature above it stays', () => {
  for (const heading of ['Related Documents', 'Associated People & Organizations', 'Original Archive', 'Download PDF']) {
    const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 21930', 'From BEIJING Received 19:55 13 June 1951', '', 'To Cde. FILIPPOV [Stalin].', '', 'Mao Zedong asks for your instructions.', '', '13.6.51 ROSHCHIN', '', heading, 'June 5, 1951', 'Ciphered Telegram, Filippov [Stalin] to Mao Zedong'))).map(s => `${s.name} (${s.detail})`);
    assert.ok(names.includes('Message: Roshchin → Filippov, 13.6.51 (1951-06-13)') && names.some(n => n.startsWith(heading) && n.endsWith('(note)')), `${heading}: ${JSON.stringify(names)}`);
  }
});

test('a footnote’s marker glued to the addressee’s name (`To Cde. FILIPPOV1 [Stalin].`) is no part of it', () => {
  for (const to of ['To Cde. FILIPPOV1 [Stalin].', 'To Cde. FILIPPOV² [Stalin].', 'To Cde. FILIPPOV*']) {
    const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 21930', 'From BEIJING Received 19:55 13 June 1951', '', to, '', 'Mao Zedong asks for your instructions.', '', '13.6.51 ROSHCHIN'))).map(s => s.name);
    assert.ok(names.includes('Addressee: Filippov') && names.includes('Message: Roshchin → Filippov, 13.6.51'), `${to}: ${JSON.stringify(names)}`);
  }
});

test('a fixed formula printed with a ligature as a PDF keeps it (`Telegraph the fulﬁllment.`, `Veriﬁed:`) reads as with its letters, its ranges on the original characters', () => {
  const text = joinLines('COPY OF AN OUTGOING TELEGRAM', 'sent at 0110 20 November', 'BEIJING - To Comrade KRASOVSKY', '', 'Transmit to Comrade MAO ZEDONG the answer.', '', 'Telegraph the fulﬁllment.', '', 'FILIPPOV', '19 November 1951', '---', 'Four copies made', 'Veriﬁed: shift chief Kar[pov]');
  const found = flatten(symbols(text));
  const names = found.map(s => `${s.name} (${s.detail})`);
  for (const wanted of ['Action: Telegraph the fulﬁllment. (action)', 'Veriﬁed: shift chief Kar[pov] (verified)', 'Signed: Filippov (signature)']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  const verified = found.find(s => s.name.startsWith('Veriﬁed'))!;
  assert.equal(verified.range.start.character, 0);
  assert.equal(verified.range.end.character, 'Veriﬁed: shift chief Kar[pov]'.length);
});

test('an archive citation above the cable is the editor’s source note, not a destination, and leaves the envelope whole', () => {
  for (const citation of ['APRF, f. 45, op. 1, d. 331, ll. 73–75', 'AP RF, f. 45, op. 1, d. 331, ll. 73–75', 'RGASPI f. 558, op. 11, d. 334, l. 12']) {
    const found = symbols(joinLines('Ciphered telegram from Kovalev to Filippov [Stalin], 28 May 1949', citation, 'CIPHERED TELEGRAM No. 54790', 'From PEKING', 'Received 10:15 28 May 1949', '---', 'To Comrade FILIPPOV [Stalin].', '', 'Your telegram was handed to Mao Zedong.', '', 'KOVALEV', '28.V.49'));
    const names = flatten(found).map(s => s.name);
    assert.ok(names.includes('Ciphered telegram No. 54790 — Peking → Moscow, received 10:15 28 May 1949'), citation + ' ' + JSON.stringify(names));
    assert.ok(names.includes(citation) && !names.some(n => n.startsWith('Destination')), JSON.stringify(names));
  }
});

test('an edition’s title over its date in parentheses, with or without a source note, and the Chinese “and report to” addressee', () => {
  const titled = flatten(symbols(joinLines('Telegram to Peng Dehuai on Crossing the 38th Parallel', '(December 13, 1950)', '', 'Comrade Peng Dehuai, and report to Comrade Gao Gang:', '', '1. Our army must cross the 38th parallel.', '', 'Mao Zedong', 'December 13'))).map(s => s.name);
  assert.ok(titled.includes('Title and source') && titled.includes('Message: Mao Zedong → Peng Dehuai, December 13'), JSON.stringify(titled));
  const informed = flatten(symbols(joinLines('Comrades Kim Il Sung and Peng Dehuai, and inform Comrades Li Kenong and Qiao Guanhua:', '', '1. The talks went well.', '', 'Mao Zedong', 'July 11'))).map(s => s.name);
  assert.ok(informed.includes('Message: Mao Zedong → Kim Il Sung and Peng Dehuai, July 11'), JSON.stringify(informed));
  const wadeGiles = flatten(symbols(joinLines("Comrade P'eng Te-huai:", '', '1. The talks went well.', '', 'Mao Tse-tung', 'July 11'))).map(s => s.name);
  assert.ok(wadeGiles.includes("Message: Mao Tse-tung → P'eng Te-huai, July 11"), JSON.stringify(wadeGiles));
});

test('an edition’s title naming only its people (`A to B, C and D`) over a plain date is the editor’s, when the salutation follows', () => {
  const titled = flatten(symbols(joinLines('Deng Liqun to Mao Zedong, Zhu De and Zhou Enlai', '20 August 1949', '', 'Chairman Mao, Commander Zhu, Vice-Chairman Zhou:', '', '1. I arrived in Yining on 17 August.', '', 'Deng Liqun', '20 August, 23 hours'))).map(s => s.name);
  assert.ok(titled.includes('Title and source'), JSON.stringify(titled));
  assert.ok(titled.includes('Message: Deng Liqun → Chairman Mao, Commander Zhu, Vice-Chairman Zhou, 20 August, 23 hours'), JSON.stringify(titled));
  const glossed = flatten(symbols(joinLines('Wang Zhen to Peng Dehuai and Xi Zhongxun', 'October 21, 1949', '', 'Commander Peng [Dehuai], Political Commissar Xi [Zhongxun]:', '', '1. Our units arrived.', '', 'Wang Zhen', '21 October'))).map(s => s.name);
  assert.ok(glossed.includes('Title and source') && glossed.some(n => n.startsWith('Message: Wang Zhen → Commander Peng Dehuai')), JSON.stringify(glossed));
  // a sentence, or a line with no opening under its date, stays the text's
  for (const first of ['Mao Zedong to be informed at once.', 'Deng Liqun to Mao Zedong, Zhu De and Zhou Enlai']) {
    const body = flatten(symbols(joinLines(first, '20 August 1949', '', first.endsWith('.') ? 'Chairman Mao:' : '1. I arrived in Yining on 17 August.', '', '1. I arrived in Yining.', '', 'Deng Liqun'))).map(s => s.name);
    assert.ok(!body.includes('Title and source'), JSON.stringify(body));
  }
});

test('an edition’s title naming the piece by its author’s possessive (`Zhou Enlai’s Notes on the Talks with Stalin`) over a plain date is the editor’s; a sentence stays the text’s', () => {
  const notes = (first: string) => flatten(symbols(joinLines(first, '3 September 1952', '', 'Present: Comrades Stalin, Molotov; on the Chinese side, Zhou Enlai, Chen Yun.', '', '1. Stalin agreed with Mao Zedong’s position.', '', 'Zhou Enlai', '3 September 1952'))).map(s => s.name);
  const titled = notes("Zhou Enlai's Notes on the Talks with Stalin");
  assert.ok(titled.includes('Title and source') && titled.includes("Zhou Enlai's Notes on the Talks with Stalin"), JSON.stringify(titled));
  assert.ok(!notes("Zhou Enlai's notes were handed to Stalin.").includes('Title and source'));
});

test('a signer’s date line may name the place of writing or give the hour without minutes', () => {
  for (const [dateLine, label] of [['October 8, 1950, in Beijing', 'October 8, 1950, in Beijing'], ['29 September 1950, Pyongyang', '29 September 1950, Pyongyang'], ['October 25, 2 a.m.', 'October 25, 2 a.m']]) {
    const names = flatten(symbols(joinLines('Comrade Peng Dehuai:', '', '1. Advance at once.', '', 'Mao Zedong', dateLine))).map(s => s.name);
    assert.ok(names.includes(`Message: Mao Zedong → Peng Dehuai, ${label}`), JSON.stringify(names));
  }
});

test('envelope lines of ministries, the Politburo and editions: Ciph. telegram, To: Comrade, Special File, a nested handwritten note, a comma-joined header, a bare protocol number, an extract’s heading, a dateline', () => {
  const title = (...lines: string[]) => symbols(joinLines(...lines))[0]!.name;
  const body = ['---', 'Reporting: Kim Il Sung asks for help.', '', 'SHTYKOV', '3.9.49'];
  assert.equal(title('MFA USSR', 'Tenth Department', 'Ciph. telegram No. 20537', 'From PYONGYANG', 'Received 3.9.49 11:46', ...body), 'Ciph. telegram No. 20537 — Pyongyang → Moscow, received 3.9.49 11:46');
  const colon = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 20537', 'From PYONGYANG', 'Received 3.9.49 11:46', 'To: Comrade Vyshinsky', 'Copies: Stalin (2), Molotov', ...body))).map(s => s.name);
  assert.ok(colon.includes('Addressee: Vyshinsky') && colon.includes('Distribution: Stalin ×2, Molotov'), JSON.stringify(colon));
  const politburo = ['VKP(b) CC', '# P81/307', '11/4/51', 'To: Cmrds Bulganin, Vasilevsky', '307. The Question of Comrade Krasovsky.', 'SECRETARY OF THE CC'];
  assert.equal(title('Top Secret. Special File', ...politburo), 'Politburo protocol # P81/307, 11/4/51');
  assert.equal(title('VKP(b) CC', 'P78/175', '2.X.50', 'To: Cmrds Vyshinsky, Gromyko', '175. On the telegram of Comrade Roshchin.', 'SECRETARY OF THE CC'), 'Politburo protocol P78/175, 2.X.50');
  const extract = flatten(symbols(joinLines('Strictly secret', 'Extract from protocol No. 78 of the meeting of the Politburo of the CC VKP(b)', 'Decision of 2 October 1950', '# P78/175', 'To: Cmrds Vyshinsky, Gromyko', '175. On the telegram of Comrade Roshchin.', 'SECRETARY OF THE CC'))).map(s => s.name);
  assert.ok(extract[0] === 'Politburo protocol # P78/175, 2 Oct 1950' && extract.includes('Dated: 2 October 1950'), JSON.stringify(extract));
  assert.equal(title('[handwritten: To Cde. Molotov. [signature]]', 'COPY OF AN OUTGOING TELEGRAM', 'sent at 0150 20 April 1948', 'To TEREBIN', '', 'To Terebin.', '', 'Transmit the answer.', '', 'KUZNETSOV'), 'Copy of an outgoing telegram — Moscow → Terebin, sent 0150 20 Apr 1948');
  assert.equal(title('CIPHERED TELEGRAM No. 600512/sh, From PYONGYANG, Sent 14.10.50 03:15, Received 14.10.50 06:36, Copy No. 2', ...body), 'Ciphered telegram No. 600512/sh — Pyongyang → Moscow, received 14.10.50 06:36');
  assert.equal(title('CIPHERED TELEGRAM No. 24919', 'From BEIJING', '9 October 1950   14.35', '---', 'To Vyshinsky.', '', 'Zhou Enlai left.', '', 'Roshchin'), 'Ciphered telegram No. 24919 — Beijing → Moscow, 9 Oct 1950 14.35');
  const dateline = flatten(symbols(joinLines('PEKING, November 11, 1950', '', 'Mr. Secretary-General:', '', 'The government has decided.', '', 'Chou En-lai', 'Minister for Foreign Affairs'))).map(s => s.name);
  assert.ok(dateline.includes('From: Peking') && dateline.includes('Dated: November 11, 1950'), JSON.stringify(dateline));
  assert.ok(dateline.includes('Signed: Chou En-lai') && dateline.includes('Office: Minister for Foreign Affairs'), JSON.stringify(dateline));
});

test('a telegram called encrypted, enciphered, cipher or coded is a document type, and `Making copies prohibited` without its verb is a handling line', () => {
  const title = (...lines: string[]) => symbols(joinLines(...lines))[0]!.name;
  const body = ['To Filippov', '', 'Zhou Enlai visited me today.', '', 'ROSHCHIN', 'No. 1435'];
  for (const type of ['ENCRYPTED TELEGRAM', 'Encrypted telegram', 'ENCIPHERED TELEGRAM', 'CIPHER TELEGRAM', 'Cipher telegram', 'CODED TELEGRAM', 'Coded telegram']) {
    const expected = `${type.charAt(0)}${type.slice(1).toLowerCase()} No. 1435 — Beijing → Moscow, received 14 May 1950 at 0310`;
    assert.equal(title(type, '', 'From Beijing, sent 13 May 1950 at 2330, received 14 May 1950 at 0310', '', ...body), expected);
  }
  for (const handling of ['Making copies prohibited', 'MAKING COPIES PROHIBITED', 'Copying is forbidden']) {
    const names = flatten(symbols(joinLines('CIPHERED TELEGRAM', '', 'Strictly Secret', handling, '', 'From PYONGYANG     Received 14 hours 25 minutes 30.09.1950', 'No. 1286', '', 'TO COMRADE FYN SI', '', 'Kim Il Sung asks for help.', '', 'SHTYKOV', '30.IX.50'))).map(s => s.name);
    assert.ok(names[0] === 'Ciphered telegram No. 1286 — Pyongyang → Moscow, received 14 hours 25 minutes 30.09.1950' && names.includes(handling), JSON.stringify(names));
  }
});

test('an edition’s title naming both sides over an outgoing copy’s destination is the editor’s, and `TO FYN SI.` is the man the cable goes to', () => {
  const body = ['', 'PYONGYANG', 'SOVIET AMBASSADOR', '', 'To Comrade Kim Il Sung.', '', 'We received your telegram of 29 August.', '', 'FILIPPOV'];
  for (const title of ['Ciphered telegram from Filippov (Stalin) to Kim Il Sung via Razuvaev, 31 August 1951', 'Ciphered telegram from Filippov [Stalin] to Kim Il Sung, 31 August 1951']) {
    const names = flatten(symbols(joinLines(title, ...body))).map(s => s.name);
    assert.ok(names[0] === 'Title and source' && names.includes('Cable — Moscow → Pyongyang') && names.includes('Message: Filippov → Kim Il Sung'), JSON.stringify(names));
  }
  // a cable's own first line that reads like a title, over its routing, keeps it
  const own = flatten(symbols(joinLines('Ciphered telegram from Beijing', 'Received 14:30 3 October 1950', '', 'To Filippov.', '', 'Zhou Enlai visited me.', '', 'ROSHCHIN'))).map(s => s.name);
  assert.ok(own[0]!.startsWith('Ciphered telegram'), JSON.stringify(own));
  const addressed = (line: string) => flatten(symbols(joinLines('CIPHERED TELEGRAM No. 600934/sh', '', 'From PYONGYANG    Sent 14.10.50 03:15', '', line, '', 'Kim Il Sung thanks you.', '', 'SHTYKOV'))).map(s => s.name);
  for (const line of ['TO FYN SI.', 'TO FENG XI.']) {
    const names = addressed(line);
    const who = line.slice(3, -1).split(' ').map(w => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
    assert.ok(names.includes(`Addressee: ${who}`) && names.includes(`Message: Shtykov → ${who}`), JSON.stringify(names));
  }
  assert.ok(addressed('TO PYONGYANG.').includes('Destination: Pyongyang'), JSON.stringify(addressed('TO PYONGYANG.')));
  // `From Beijing. To Comrade Filippov.`: the man, without his `Comrade`
  const routed = flatten(symbols(joinLines('From Beijing. To Comrade Filippov.', '', 'Zhou Enlai visited me.', '', 'ROSHCHIN', '3 October 1950'))).map(s => s.name);
  assert.ok(routed.includes('Addressee: Filippov') && routed.includes('Message: Roshchin → Filippov, 3 October 1950'), JSON.stringify(routed));
});

test('stacked signers with their offices under their names, and a McCune–Reischauer name with breves', () => {
  const names = flatten(symbols(joinLines('To General Ridgway:', '', 'We agree to meet at Kaesong.', '', 'Kim Il Sung', 'Supreme Commander of the Korean People’s Army', 'Peng Teh-huai', 'Commander of the Chinese People’s Volunteers', 'July 1, 1951'))).map(s => s.name);
  assert.ok(names.includes('Signed: Kim Il Sung') && names.includes('Signed: Peng Teh-huai') && names.filter(n => n.startsWith('Office:')).length === 2, JSON.stringify(names));
  const breves = flatten(symbols(joinLines('Chairman Mao Zedong:', '', 'We ask for help.', '', 'With respect,', 'Kim Il Sung', 'Pak Hŏn-yŏng', 'October 1, 1950'))).map(s => s.name);
  assert.ok(breves.includes('Signed: Pak Hŏn-yŏng') && breves.includes('Message: Kim Il Sung and Pak Hŏn-yŏng → Mao Zedong, October 1, 1950'), JSON.stringify(breves));
});

test('a signature’s place marker, an enclosure’s description, headers in capitals and a minister’s resolution across the top', () => {
  const marker = flatten(symbols(joinLines('To Comrade RAZUVAEV.', '', 'Tell the friends that the regiments will arrive in April.', '', 'VASILEVSKY', 'SHTEMENKO', '[signature]', '17.III.51'))).map(s => s.name);
  assert.deepEqual(marker.filter(n => n.startsWith('Signed')), ['Signed: Vasilevsky', 'Signed: Shtemenko']);
  const enclosure = flatten(symbols(joinLines('Comrade STALIN I.V.', '', 'I submit the draft of an instruction to Comrade Malik.', '', 'Attachment: draft instruction to Comrade Malik, on 2 pages.', '', '(A. Gromyko)', '4 July 1950'))).map(s => s.name);
  assert.ok(enclosure.includes('Message: A. Gromyko → Stalin, 4 July 1950') && !enclosure.some(n => n.startsWith('Attachment')), JSON.stringify(enclosure));
  const caps = flatten(symbols(joinLines('MINISTRY OF FOREIGN AFFAIRS OF THE USSR', 'TENTH DEPARTMENT', 'CIPHERED TELEGRAM NO. 7716', 'TO HARBIN', 'TO COMRADE KOVALEV I.V.', 'SENT 22:40 14.XII.1948', '---', 'The brigade will be sent.', '', 'N. BULGANIN'))).map(s => s.name);
  assert.ok(caps.includes('Institution: TENTH DEPARTMENT') && caps.includes('Destination: Harbin') && caps.includes('Addressee: Kovalev') && caps.some(n => n.startsWith('Sent: 22:40')), JSON.stringify(caps));
  const answered = flatten(symbols(joinLines('PYONGYANG', 'SOVIET AMBASSADOR.', '1179', '', 'To Comrade Shtykov.', '', 'Tell Kim Il Sung that we agree.', '', 'FYN SI'))).map(s => s.name);
  assert.ok(answered.includes('Reference: 1179'), JSON.stringify(answered));
  const resolution = flatten(symbols(joinLines('To Cde. Vyshinsky. Prepare a draft reply. V. Molotov. 6.IV', 'CIPHERED TELEGRAM No. 21130', 'From PEKING received 14:30 5 April 1950', '---', 'To Comrade VYSHINSKY.', '', 'Zhou Enlai asked.', '', 'ROSHCHIN'))).map(s => s.name);
  assert.ok(resolution.includes('To Cde. Vyshinsky. Prepare a draft reply. V. Molotov. 6.IV') && !resolution.some(n => n.startsWith('Addressee: Vyshinsky. Prepare')), JSON.stringify(resolution));
});

test('a salutation by name and patronymic names the recipient without its “Dear”', () => {
  const names = flatten(symbols(joinLines('Dear Iosif Vissarionovich,', '', 'We badly need help.', '', 'Respectfully,', 'KIM IL SUNG', '29 September 1950'))).map(s => s.name);
  assert.ok(names.includes('Message: Kim Il Sung → Stalin, 29 September 1950'), JSON.stringify(names));
});

test('a one-word reply is the body, not a signer', () => {
  for (const reply of ['Agree.', 'Approve.', 'Correct.', 'Yes.']) {
    const names = flatten(symbols(joinLines('To Roshchin.', '', reply, '', 'FILIPPOV', '3 October 1950'))).map(s => s.name);
    assert.ok(names.includes('Message: Filippov → Roshchin, 3 October 1950') && names.filter(n => n.startsWith('Signed')).length === 1, JSON.stringify(names));
  }
});

test('a group addressee led by a glossed Chairman, and a file copy closing the copy list', () => {
  const group = flatten(symbols(joinLines('To the Chairman [Mao Zedong] and Comrades Zhu [De], Liu [Shaoqi], Zhou [Enlai]:', 'The enemy has crossed the 38th Parallel.', 'Peng Dehuai', 'October 9 [1950]'))).map(s => s.name);
  // the editor's name for the Chairman stays, as the other glosses do
  assert.ok(group.includes('To: Chairman Mao Zedong and Zhu De, Liu Shaoqi, Zhou Enlai'), JSON.stringify(group));
  const filed = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 600311/sh', 'To Cde. FYN SI [Stalin].', 'The enemy is retreating.', 'TEREBIN', 'No. 31', '2 December 1950', '---',
    'Deciphered by Orlov 2.12.50 15:00', 'Five copies typed Leshevich Nº 6712', '1 – to Cde. Stalin', '2 – to Cde. Molotov', 'File of 8th'))).map(s => s.name);
  assert.ok(filed.includes('Message: Terebin → Fyn Si, 2 December 1950') && filed.includes('Deciphered by Orlov 2.12.50 15:00'), JSON.stringify(filed));
});

test('an unclosed quote ends at its signer in normal case with the date under it, not at the forwarder’s signature', () => {
  const names = flatten(symbols(joinLines('To Cde. Filippov.', '27.7.51 at 21:30 Beijing time I received the following telegram from Cde. Peng Dehuai.',
    '“Chairman Mao:', 'The enemy has agreed to discuss the demarcation line.', 'Peng Dehuai', '27.7.51', 'Please inform me of your opinion.', 'MAO ZEDONG', '27.7.51'))).map(s => s.name);
  assert.ok(names.includes('Telegram: Peng Dehuai → Mao, 27.7.51') && names.includes('Message: Mao Zedong → Filippov, 27.7.51'), JSON.stringify(names));
});

test('a stamp that opens mid-body and never closes ends before the body’s next sentence (§7)', () => {
  const names = flatten(symbols(joinLines('CABLE N° 24505', 'from [BEIJING] received at 1015 12 November 1950', 'to Cde. FILIPPOV', 'Cde. FILIPPOV!',
    'The Volunteers have completed the first campaign.', '[Stamp: SUBJECT TO RETURN', 'The second campaign will begin at the end of November.', 'MAO ZEDONG', 'N° 4733', '12 November'))).map(s => s.name);
  assert.ok(names.includes('Message: Mao Zedong → Filippov, 12 November') && names.includes('Stamp: SUBJECT TO RETURN'), JSON.stringify(names));
});

test('a stamp right under the routing line, with no header line below it, is the envelope’s: before the salutation or before a rule', () => {
  for (const rule of [[], ['---']]) {
    const found = symbols(joinLines('CABLE N° 21688', 'from [BEIJING] received at 1020 1 July 1951', '[Stamp: SUBJECT TO RETURN', 'Incoming N° 254/2291/shs 1 July 1951]', ...rule,
      'Cde. FILIPPOV!', '', 'The talks will open on 10 July.', '', 'MAO ZEDONG'));
    const [envelope, message] = found;
    assert.ok(envelope.children!.some(s => s.name === 'Stamp: Incoming 254/2291/shs 1 July 1951'), JSON.stringify(outline(found)));
    assert.ok(message.name.startsWith('Message: Mao Zedong → Filippov') && !flatten([message]).some(s => s.name.startsWith('Stamp')), JSON.stringify(outline(found)));
  }
});

test('a message to two men is to both (`To Cdes. SHTYKOV and MATVEYEV.`, `Comrades Kim Il Sung and Pak Heon-yeong!`); a comma alone joins no second man', () => {
  const names = (greeting: string) => flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'received at 1840 27 September', 'sent at 2015 27 September', 'To PYONGYANG', 'SOVIET AMBASSADOR.', '',
    greeting, '', 'We have received your telegram.', '', 'FYN SI', 'No. 4310/sh', '27 September 1950'))).map(s => s.name);
  const cases: [string, string][] = [
    ['To Cdes. SHTYKOV and MATVEYEV.', 'Fyn Si → Shtykov and Matveyev'],
    ['To Cdes. Li Kenong and Qiao Guanhua:', 'Fyn Si → Li Kenong and Qiao Guanhua'],
    ['Comrades Kim Il Sung and Pak Heon-yeong!', 'Fyn Si → Kim Il Sung and Pak Heon-yeong'],
    ['To Cdes. Malenkov, Molotov and Beria.', 'Fyn Si → Malenkov, Molotov and Beria'],
    ['Comrade Kim Il Sung, Chairman of the Cabinet of Ministers!', 'Fyn Si → Kim Il Sung,'],
  ];
  for (const [greeting, title] of cases) {
    const found = names(greeting);
    assert.ok(found.some(n => n.startsWith(`Message: ${title} 27 September 1950`) || n === `Message: ${title}, 27 September 1950`), `${greeting}: ${JSON.stringify(found)}`);
  }
});

test('a salutation by name and patronymic (`Dear Iosif Vissarionovich,`) names the man the gazetteer reads in it; one it does not know stays as written', () => {
  const title = (greeting: string) => symbols(joinLines(greeting, '', 'We have no means of our own to stop the enemy.', '', 'KIM IL SUNG', '29 September 1950'))[0]!.name;
  assert.equal(title('Dear Iosif Vissarionovich,'), 'Message: Kim Il Sung → Stalin, 29 September 1950');
  assert.equal(title('Dear Comrade Iosif Vissarionovich!'), 'Message: Kim Il Sung → Stalin, 29 September 1950');
  assert.equal(title('Dear Comrade Stalin!'), 'Message: Kim Il Sung → Stalin, 29 September 1950');
  assert.equal(title('Dear Ivan Petrovich!'), 'Message: Kim Il Sung → Ivan Petrovich, 29 September 1950');
  // the other leaders a letter greets so are in the gazetteer by name and patronymic too
  assert.equal(title('Dear Vyacheslav Mikhailovich,'), 'Message: Kim Il Sung → Vyacheslav Molotov, 29 September 1950');
  assert.equal(title('Dear Andrei Yanuaryevich!'), 'Message: Kim Il Sung → Andrey Vyshinsky, 29 September 1950');
});

test('a Chinese greeting by the given name alone (`Comrade Shaoqi:`) names the man by his full name; a surname stays as written', () => {
  const title = (greeting: string, signer = 'Mao Zedong') => symbols(joinLines(greeting, '', 'Your telegram has been received. We agree with all the points.', '', signer, '4 July 1949'))[0]!.name;
  assert.equal(title('Comrade Shaoqi:'), 'Message: Mao Zedong → Liu Shaoqi, 4 July 1949');
  assert.equal(title('Comrade Enlai:'), 'Message: Mao Zedong → Zhou Enlai, 4 July 1949');
  assert.equal(title('Comrade Peng:'), 'Message: Mao Zedong → Peng, 4 July 1949');
  assert.equal(title('Comrade Roshchin!', 'Zhou Enlai'), 'Message: Zhou Enlai → Roshchin, 4 July 1949');
});

test('a forwarded telegram to two men (`my telegram to Cdes. Li Kenong and Qiao Guanhua`) is titled with both; a man’s possessive (`to Cde. Li Kenong’s telegram`) stays his alone', () => {
  const telegram = (intro: string) => flatten(symbols(joinLines('CABLE N° 31207', 'from [BEIJING] received at 0905 3 July 1951', '', 'To Cde. FILIPPOV.', '', intro,
    '"To Cdes. Li Kenong and Qiao Guanhua.', 'Hold to the proposal on the demarcation line.', 'MAO ZEDONG', '2 July"', '', 'MAO ZEDONG', '3 July 1951'))).map(s => s.name).find(n => n.startsWith('Telegram'));
  assert.equal(telegram('I send you the text of my telegram to Cdes. Li Kenong and Qiao Guanhua.'), 'Telegram: Mao Zedong → Li Kenong and Qiao Guanhua, 2 July');
  assert.equal(telegram('I send you the text of my telegram to Cde. Li Kenong and Cde. Qiao Guanhua.'), 'Telegram: Mao Zedong → Li Kenong and Qiao Guanhua, 2 July');
  assert.equal(telegram('I send you my reply to Cde. Li Kenong’s telegram.'), 'Telegram: Mao Zedong → Li Kenong, 2 July');
});

test('a stacked addressee opened by a man (`Chairman Mao Zedong,` / `The Central People’s Government,` / ...) is all addressee, the salutation below it', () => {
  const names = flatten(symbols(joinLines('Chairman Mao Zedong,', 'The Central People’s Government,', 'The Government of the People’s Republic of China,', '', 'Dear Comrades!', '',
    'We have received your message of 2 October.', '', 'Devotedly yours,', 'KIM IL SUNG', '4 October 1950'))).map(s => s.name);
  for (const wanted of ['Message: Kim Il Sung → Mao Zedong, 4 October 1950', 'To: Mao Zedong', 'To: The Central People’s Government', 'To: The Government of the People’s Republic of China', 'Salutation: Dear Comrades!']) {
    assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  }
  // a greeting ending in a comma with the body under it is still the salutation
  const alone = flatten(symbols(joinLines('Chairman Mao Zedong,', 'We have received your message of 2 October.', '', 'KIM IL SUNG', '4 October 1950'))).map(s => s.name);
  assert.ok(alone.includes('Salutation: Chairman Mao Zedong,'), JSON.stringify(alone));
});

test('a salutation opened by `Esteemed`, `Respected` or `Deeply respected` greets its man; a sentence opened by `Respected` does not', () => {
  const names = (greeting: string) => flatten(symbols(joinLines(greeting, '', 'The enemy has crossed the parallel.', '', 'KIM IL SUNG', '8 October 1950'))).map(s => s.name);
  for (const [greeting, title] of [['Deeply respected Comrade Stalin!', 'Stalin'], ['Respected Comrade Kim Il Sung!', 'Kim Il Sung'], ['Esteemed Iosif Vissarionovich!', 'Stalin']]) {
    const found = names(greeting);
    assert.ok(found.includes(`Message: Kim Il Sung → ${title}, 8 October 1950`) && found.includes(`Salutation: ${greeting}`), `${greeting}: ${JSON.stringify(found)}`);
  }
  assert.ok(!names('Respected by the whole army, the general arrived.').some(n => n.startsWith('Salutation')));
});

test('a salutation with a copy addressee runs to the copy’s name: an honorific’s period ends no sentence', () => {
  const names = flatten(symbols(joinLines('Cde. FILIPPOV!', '', 'I send you my telegram:', '', '"Cde. Le Kenong, copy to Cdes. Kim Il Sung and Peng Dehuai. I have received your telegram.', 'MAO ZEDONG"', '', 'MAO ZEDONG'))).map(s => s.name);
  assert.ok(names.includes('Salutation: Cde. Le Kenong, copy to Cdes. Kim Il Sung and Peng Dehuai.'), JSON.stringify(names));
});

test('an edition’s title right over the cable’s header is the editor’s, and the header keeps its own type, sender and addressee', () => {
  const header = ['CIPHERED TELEGRAM No. 25620', 'Top Secret', 'From BEIJING', 'Received 17:35 13.10.1950', 'To Comrade FILIPPOV.', '', 'Mao Zedong agrees.', '', 'ROSHCHIN', '13.10.50'];
  for (const title of [['Ciphered telegram from Roshchin to Filippov [Stalin], 13 October 1950'], ['Ciphered Telegram, Roshchin to Filippov (Stalin)', 'October 13, 1950']]) {
    const names = flatten(symbols(joinLines(...title, ...header))).map(s => s.name);
    assert.ok(names.includes('Title and source'), JSON.stringify(names));
    assert.ok(names.includes('Ciphered telegram No. 25620 — Beijing → Moscow, received 17:35 13.10.1950'), JSON.stringify(names));
    assert.ok(!names.some(n => n.startsWith('From: Roshchin') || n.startsWith('Addressee: Filippov, 13')), JSON.stringify(names));
  }
  // A cable whose own first line names its sender keeps it as its header.
  const own = flatten(symbols(joinLines('Ciphered telegram from Beijing', 'Received 17:35 13.10.1950', 'To Comrade FILIPPOV.', '', 'Mao Zedong agrees.', '', 'ROSHCHIN'))).map(s => s.name);
  assert.ok(!own.includes('Title and source'), JSON.stringify(own));
});

test('a signature keeps its date line in every form a date line takes', () => {
  const dates = ['19 Oct 51', 'at 22 hours 15 minutes 19 October', '19 October 1951 0230', '2 hours 30 min, 19 October 1951', '19.X.51 0230', '19/X-51', '19 October 1951, Friday', 'Friday, 19 October 1951'];
  for (const date of dates) {
    const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 100', 'From BEIJING', 'Received 23:05 19 October 1951', '', 'To Cde. Filippov.', '', 'Mao Zedong agrees with the proposals.', '', 'ROSHCHIN', date))).map(s => s.name);
    assert.ok(names.includes('Signed: Roshchin') && names.includes(`Dated: ${date}`), `${date}: ${JSON.stringify(names)}`);
  }
});

test('a sentence of the message that opens with a routing word is the message’s, not the envelope’s', () => {
  const cases: [string[], string][] = [
    [['CIPHERED TELEGRAM No. 3300', 'From BEIJING', 'Received 10:20 5 March 1951', '', 'To Cde. Filippov.', '', 'Received your telegram No. 3290. Mao Zedong agrees with the proposals.', '', 'ROSHCHIN', '5 March 1951'], 'Message: Roshchin → Filippov, 5 March 1951'],
    [['To Cde. Filippov.', '', 'Received in Pyongyang on 9 October the letter of Kim Il Sung.', '', 'SHTYKOV', '10 October 1950'], 'Message: Shtykov → Filippov, 10 October 1950'],
    [['Chairman Mao [Zedong]:', 'Arrived in Moscow on October 9.', 'Zhou Enlai', 'October 10'], 'Message: Zhou Enlai → Mao Zedong, October 10'],
  ];
  for (const [lines, message] of cases) {
    const names = flatten(symbols(joinLines(...lines))).map(s => s.name);
    assert.ok(names.includes(message), JSON.stringify(names));
    assert.ok(!names.some(n => /^(?:Received|Arrived|Destination): (?!10:20)/.test(n)), JSON.stringify(names));
  }
  // Routing lines with their place, their clerk and their clock stay in the envelope.
  const routed = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 601176/sh', 'FROM: PYONGYANG', 'Sent by wire on 9/30/50 at 11:10 p.m. Pyongyang time', 'Received in Moscow on 9/30/50 at 6:05 p.m.', 'Arrived at the 8D/GS on 9/30/50 at 6:30 p.m.', '---', 'For immediate report to comrade FYN SI [Stalin].', '', 'Text.', '', 'SHTYKOV'))).map(s => s.name);
  assert.ok(['Sent: 9/30/50 at 11:10 p.m. Pyongyang time', 'Received: 9/30/50 at 6:05 p.m.', 'Arrived: 9/30/50 at 6:30 p.m.'].every(n => routed.includes(n)), JSON.stringify(routed));
});

test('a quoted telegram whose first line no addressee form reads is one telegram, not a telegram inside itself', () => {
  const found = symbols(joinLines('To Comrade FYN SI [Stalin].', '', 'On 2 December the following directive was sent:', '', '"To the commander of the front.', 'Take up defensive positions by 6 December.', 'Kim Il Sung"', '', 'RAZUVAEV', '4.12.50'));
  const telegrams = flatten(found).filter(s => s.name.startsWith('Telegram'));
  assert.deepEqual(telegrams.map(s => s.name), ['Telegram: from Kim Il Sung, 2 December']);
});

test('a routing line right under a list of copies is the envelope’s origin, not a copy', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 31877', 'Copies:', '1. Comr. Stalin', '2. Comr. Molotov', 'From BEIJING', 'Received 10:30 2 August 1951', '', 'To Cde. Filippov.', '', 'Mao Zedong agrees.', '', 'KRASOVSKY', '1 August 1951'))).map(s => s.name);
  assert.ok(names.includes('Distribution: Stalin, Molotov') && names.includes('From: Beijing'), JSON.stringify(names));
});

test('a closing formula and the signer’s name on one line sign the text, whichever formula it is', () => {
  for (const closing of ['With deep respect,', 'Devotedly yours,', 'Devotedly yours.', 'With fraternal greetings,', 'Respectfully yours,', 'Sincerely yours,']) {
    const letter = flatten(symbols(joinLines('Dear Comrade Stalin!', '', 'We thank you for the assistance.', '', `${closing} KIM IL SUNG`, '31 August 1950'))).map(s => s.name);
    assert.ok(letter.includes('Signed: Kim Il Sung') && letter.some(n => n.startsWith('Message: Kim Il Sung → Stalin')), `${closing} ${JSON.stringify(letter)}`);
  }
});

test('a closing formula under a text that shares its addressee’s line (`To Comrade Vasilevsky: The airfields ...`) closes it, it is no second addressee', () => {
  for (const closing of ['Humbly submitted,', 'Respectfully submitted,', 'Devotedly yours,']) {
    const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 21406', 'From PEKING', 'Received 22:40 14.V.1951', 'To Comrade FILIPPOV [Stalin].', 'I am forwarding the report of Comrade Zakharov.',
      '“To Comrade Vasilevsky: The airfields at Andong will be ready by 1 June.', closing, 'ZAKHAROV”.', 'ROSHCHIN'))).map(s => s.name);
    assert.ok(names.includes(`Closing: ${closing}`) && !names.some(n => n.startsWith('To: ') && n !== 'To: Vasilevsky'), `${closing} ${JSON.stringify(names)}`);
  }
});

test('a quoted letter that never closes its quote ends under its stacked signers and their date, not at the first signer', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 600971/sh', 'From PYONGYANG', 'Received 29.9 21:05', '', 'To Comrade FYN SI.', '', 'I transmit the letter with the following contents:', '',
    '“Dear Iosif Vissarionovich,', '', 'We ask you to give us direct military assistance.', '', 'With deep respect,', 'KIM IL SUNG', 'PAK HEON-YEONG', '29 September 1950', '', 'SHTYKOV', 'No. 1339', '30.9.50'))).map(s => s.name);
  for (const wanted of ['Message: Shtykov → Fyn Si, 30.9.50', 'Telegram: Kim Il Sung and Pak Heon-yeong → Stalin, 29 September 1950']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
});

test('a letter’s place of writing under the signer is the place, not a second signer; a date line’s weekday is not the date', () => {
  const letter = flatten(symbols(joinLines('Chairman Mao Zedong:', '', 'We thank you for the assistance.', '', 'Respectfully, KIM IL SUNG', 'Pyongyang', '1 December 1950'))).map(s => `${s.name} (${s.detail})`);
  assert.deepEqual(letter.filter(n => n.startsWith('Signed') || n.startsWith('Written')), ['Signed: Kim Il Sung (signature)', 'Written at: Pyongyang (place)'], JSON.stringify(letter));
  const weekday = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 25311', 'From BEIJING', 'Received 16:20 19 October 1950', '', 'To Cde. Filippov.', '', 'The Volunteers cross the Yalu tonight.', '', 'ROSHCHIN', 'Thursday, 19 October 1950'))).map(s => `${s.name} (${s.detail})`);
  assert.ok(weekday.includes('Message: Roshchin → Filippov, 19 October 1950 (1950-10-19)'), JSON.stringify(weekday));
});

test('an edition’s title over a plain date, with no source note, leaves the salutation to the message', () => {
  const names = flatten(symbols(joinLines('Telegram from Mao Zedong to Peng Dehuai', '21 January 1951', '', 'Comrade Peng Dehuai:', '', 'The Soviet comrades agree with our answer.', '', 'Mao Zedong', '2200 21 January'))).map(s => s.name);
  assert.ok(names.includes('Title and source') && names.includes('Salutation: Comrade Peng Dehuai:') && names.includes('Message: Mao Zedong → Peng Dehuai, 2200 21 January'), JSON.stringify(names));
});

test('an editor’s bracket under an edition’s title (`[Translated from the Russian text.]`) is the title’s, over the salutation or the date line; a place in McCune-Reischauer (`P’anmunjŏm, 11 April 1953`) dates it', () => {
  const letter = flatten(symbols(joinLines('Letter from Kim Il Sung to Stalin', '[Translated from the Russian text.]', '', 'Dear Comrade Stalin!', '', 'We ask for your help.', '', 'Kim Il Sung', '29 September 1950'))).map(s => s.name);
  for (const wanted of ['Title and source', 'Salutation: Dear Comrade Stalin!', 'Message: Kim Il Sung → Stalin, 29 September 1950']) assert.ok(letter.includes(wanted), `${wanted} in ${JSON.stringify(letter)}`);
  const dated = flatten(symbols(joinLines('Letter from Nam Il to William K. Harrison', '[English text as handed over by the liaison officers.]', '', "P'anmunjŏm, 11 April 1953", '', 'General Harrison:', '', 'The agreement was signed today.', '', 'Nam Il'))).map(s => s.name);
  for (const wanted of ['Title and source', 'Salutation: General Harrison:', 'Message: Nam Il → Harrison, 11 April 1953']) assert.ok(dated.includes(wanted), `${wanted} in ${JSON.stringify(dated)}`);
  // a stamp under the title is the paper's, not the editor's
  const stamped = flatten(symbols(joinLines('Letter from Kim Il Sung to Stalin', '[Stamp: Incoming Nº 1412/shs 6 May 1950]', '', 'Dear Comrade Stalin!', '', 'We ask for your help.', '', 'Kim Il Sung'))).map(s => s.name);
  assert.ok(!stamped.includes('Title and source'), JSON.stringify(stamped));
});

test('an edition’s title in the editor’s brackets over an English date (`[Telegram from Peng Zhen and Lin Biao to the Central Committee]` / `May 15, 1946`) is a title too', () => {
  const names = flatten(symbols(joinLines('[Telegram from Peng Zhen and Lin Biao to the Central Committee]', 'May 15, 1946', '', 'Central Committee:', '', 'The battle of Siping has lasted one month.', '', 'Peng Zhen, Lin Biao', '十五日'))).map(s => s.name);
  for (const wanted of ['Title and source', 'May 15, 1946', 'Salutation: Central Committee:', 'Message: Peng Zhen and Lin Biao → Central Committee, 十五日']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
});

test('an unbracketed stamp ends at its own closing bracket, not at an editor’s reading inside it', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 7715', 'From PEKING', 'Received 09:20 6 May 1950', '', 'To Cde. Filippov.', '', 'Mao Zedong has agreed to the text of the communique.', '', 'ROSHCHIN', 'No. 1702', '6 May 1950', '', 'Subject to return to the', 'VKP(b) CC Special Section 17[25]', 'Incoming Nº 1412/shs 6 May 1950]'))).map(s => s.name);
  assert.ok(names.includes('Signed: Roshchin') && names.includes('Stamp: Incoming 1412/shs 6 May 1950'), JSON.stringify(names));
});

test('a routing line’s time, its clock and then its date are one receipt', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 100', 'From BEIJING', 'Received at 21:30 Beijing time 27.7.51', '', 'To Cde. Filippov.', '', 'Mao Zedong agrees.', '', 'KRASOVSKY', '27.7.51'))).map(s => `${s.name} (${s.detail})`);
  assert.ok(names.some(n => n.startsWith('Received: 21:30 Beijing time 27.7.51 (1951-07-27 21:30')), JSON.stringify(names));
});

test('an inner telegram takes its sender from who asked for it and its recipient from the relay’s last words; an action above a rule and the sending is kept', () => {
  const asked = flatten(symbols(joinLines('To Comrade FILIPPOV [Stalin]', '', 'Mao Zedong asked me to transmit to you the following:', '', '"1. Our delegation will leave for Kaesong on 8 July.', '2. Li Kenong will direct the negotiations."', '', 'KRASOVSKY', '2 July 1951'))).map(s => s.name);
  // (asked to transmit it to you: the telegram is for the man the relay is written to)
  assert.ok(asked.includes('Telegram: Mao Zedong → Filippov'), JSON.stringify(asked));
  const sent = flatten(symbols(joinLines('To Comrade FILIPPOV [Stalin]', '', 'I am sending you a telegram received from Peng Dehuai:', '', '"1. The troops need rest."', '', 'KRASOVSKY', '2 July 1951'))).map(s => s.name);
  assert.ok(sent.includes('Telegram: from Peng Dehuai'), JSON.stringify(sent));
  const relay = flatten(symbols(joinLines('PYONGYANG', 'SOVIET AMBASSADOR', '', 'Pass the following to Kim Il Sung:', '', '"We have received your request of 3 September. Two military advisers will be sent."', '', 'FYN SI'))).map(s => s.name);
  assert.ok(relay.includes('Telegram: to Kim Il Sung'), JSON.stringify(relay));
  const action = flatten(symbols(joinLines('PYONGYANG, TO THE SOVIET AMBASSADOR', '', 'To Cde. Shtykov.', '', 'Your request has been approved.', '', 'Confirm receipt.', '', '---', 'Sent 23:40 10.IV.50'))).map(s => s.name);
  assert.ok(action.includes('Action: Confirm receipt.') && action.includes('Sent: 23:40 10.IV.50'), JSON.stringify(action));
});

test('a relay order closing on an adverb (`Deliver the following to X immediately:`) names the relayed text’s recipient', () => {
  const names = flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'sent at 0215 14 October 1950', '', 'PYONGYANG, TO THE SOVIET AMBASSADOR', '',
    'Deliver the following to Pak Hon-yong immediately:', '', '"The armaments you asked for will be sent from the USSR.', '', 'I wish you success."', '', 'FYN SI [Stalin].', '', 'No. 4870'))).map(s => s.name);
  assert.ok(names.includes('Telegram: to Pak Hon-yong') && names.includes('Message: Fyn Si → Soviet Ambassador'), JSON.stringify(names));
});

test('`For immediate transmission to X or Y.` opens a relay: the quoted text signed inside its quote is the inner telegram, to either man', () => {
  const names = flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'sent at 0335 1 October 1950', '', 'PEKING, TO THE SOVIET AMBASSADOR', '',
    'For immediate transmission to Gao Gang or Peng Dehuai.', '', '"You should move five divisions to the border at once.', '', 'Greetings.', '', 'FILIPPOV [Stalin]"', '', 'No. 4590'))).map(s => s.name);
  assert.ok(names.includes('Telegram: Filippov → Gao Gang or Peng Dehuai') && names.includes('Message: to Soviet Ambassador'), JSON.stringify(names));
});

test('`For immediate transmission to X or Y.` over the text it relays unquoted makes the message the first man’s, as `Transmit to Cde. X` does', () => {
  const names = flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'BEIJING - SOVIET AMBASSADOR', 'For immediate transmission to MAO ZEDONG or ZHOU ENLAI.', '',
    'I think you should move at least five or six divisions toward the 38th Parallel at once.', '', 'FILIPPOV [Stalin]', '1 October 1950', 'No. 4581'))).map(s => s.name);
  assert.ok(names.includes('Message: Filippov → Mao Zedong, 1 October 1950'), JSON.stringify(names));
});

test('a closing alone, an order above the signer, an ordinal or Chinese date line and an unclosed stamp leave the signature block whole', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const order = names('Comrade Peng Dehuai:', '', 'The plan is approved.', '', 'Hold Pyongyang.', '', 'Mao Zedong', 'January 9, 1951');
  assert.ok(order.includes('Message: Mao Zedong → Peng Dehuai, January 9, 1951') && !order.includes('Signed: Hold Pyongyang'), JSON.stringify(order));
  const greetings = names('Comrade Filippov:', '', 'We ask for equipment for sixteen divisions.', '', 'Greetings.', '', 'Mao Zedong', '2300 March 1');
  assert.ok(greetings.includes('Closing: Greetings.') && greetings.includes('Message: Mao Zedong → Filippov, 2300 March 1'), JSON.stringify(greetings));
  const ordinal = names('Dear Comrade Mao Zedong:', '', 'We ask for help.', '', 'Respectfully,', 'Kim Il Sung', 'Pak Hon-yong', 'October 1st, 1950');
  assert.ok(ordinal.includes('Signed: Kim Il Sung') && ordinal.includes('Signed: Pak Hon-yong') && ordinal.includes('Dated: October 1st, 1950'), JSON.stringify(ordinal));
  const chinese = names('Comrade Ni Zhiliang:', '', 'Inform Kim Il Sung.', '', 'Zhou Enlai', '(一九五0年十二月七日)');
  assert.ok(chinese.includes('Signed: Zhou Enlai') && chinese.includes('Dated: (一九五0年十二月七日)'), JSON.stringify(chinese));
  const stamp = names('CABLE N° 25112', 'from [BEIJING] received at 0910 3 November 1951', '[Stamp: SUBJECT TO RETURN', 'Incoming N° 254/3700/shs 3 November 1951', '', 'to Cde. FILIPPOV', '', 'Cde. FILIPPOV!', '', 'The negotiations are continuing.', '', 'MAO ZEDONG', '3 November');
  assert.ok(stamp.includes('Message: Mao Zedong → Filippov, 3 November') && stamp.includes('Addressee: Filippov'), JSON.stringify(stamp));
});

test('co-signers after a closing on one line, a place before or after the date, and an addressee under a list of copies', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const cosigned = names('To Comrade FYN SI [Stalin].', '', 'I transmit the letter of Kim Il Sung and Pak Hon-yong:', '"Dear Comrade Stalin!', 'We ask for direct military assistance.', 'Respectfully, KIM IL SUNG, PAK HON-YONG', '29 September 1950"', 'SHTYKOV', '30.9.50');
  assert.ok(cosigned.includes('Telegram: Kim Il Sung and Pak Hon-yong → Stalin, 29 September 1950') && cosigned.includes('Closing: Respectfully,'), JSON.stringify(cosigned));
  const before = names('Dear Comrade Stalin!', '', 'We ask you to strengthen the air defence of Pyongyang.', '', 'KIM IL SUNG', 'Pyongyang, July 16, 1952');
  assert.ok(before.includes('Message: Kim Il Sung → Stalin, July 16, 1952') && before.includes('Dated: Pyongyang, July 16, 1952'), JSON.stringify(before));
  const after = names('Chairman Mao Zedong:', '', 'I received your telegram of January 19.', '', 'Kim Il Sung', 'January 27, 1951', 'Pyongyang');
  assert.ok(after.includes('Written at: Pyongyang') && !after.includes('Signed: Pyongyang'), JSON.stringify(after));
  const listed = names('MFA USSR', 'CIPHERED TELEGRAM', 'Sent 21:10 3.4.51', 'Distribution list:', 'Stalin', 'Molotov', '', 'To RAZUVAEV.', '', 'Inform Kim Il Sung that we agree.', '', 'GROMYKO', '3.4.51');
  assert.ok(listed.includes('Distribution: Stalin, Molotov') && listed.includes('Message: Gromyko → Razuvaev, 3.4.51'), JSON.stringify(listed));
});

test('salutations with a body to report to, a minute with its instruction, and a footnote that slipped to the top', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const chairman = names('Chairman Mao and report to the Central Military Commission:', '', 'The troops are exhausted.', '', 'Peng Dehuai', '1900 December 19');
  assert.ok(chairman.includes('Message: Peng Dehuai → Mao, 1900 December 19'), JSON.stringify(chairman));
  const glossed = names('Lin [Biao], Deng [Zihui], Tan [Zheng] and report to the Central China Bureau:', '', 'The Fourth Field Army should take Guangzhou in September.', '', 'Central Military Commission', '0400 August 16');
  assert.ok(glossed.some(n => n.startsWith('Salutation: Lin [Biao], Deng [Zihui]')), JSON.stringify(glossed));
  const minute = names('Chairman Mao:', '', 'The Northeast Bureau proposes to build two airfields.', '', 'Gao Gang', 'February 3, 1951', '', 'I agree. Send to Comrade Zhou Enlai for implementation.', 'Mao Zedong', 'February 5, 1951');
  assert.ok(minute.includes('Message: Gao Gang → Mao, February 3, 1951') && minute.includes('Endorsement: I agree. Send to Comrade Zhou Enlai for implementation.'), JSON.stringify(minute));
  const footnote = names('[2] Hong Xuezhi was deputy commander.', '', 'Comrades Peng Dehuai and Hong Xuezhi:', '', 'Transport must be solved first.', '', 'Mao Zedong', 'January 9, 1951');
  assert.ok(footnote.includes("Editor's notes") && footnote.includes('Salutation: Comrades Peng Dehuai and Hong Xuezhi:'), JSON.stringify(footnote));
  // right above a group addressee with its own note marker
  const group = names('[2] Gao refers to Gao Gang.', 'To the Chairman [Mao Zedong] and Comrades Zhu [De], Liu [Shaoqi], Zhou [Enlai]:[1]', '', 'We propose to begin the offensive on 31 December.', '', 'Peng Dehuai', '2100 19 December [1950]');
  assert.ok(group.includes("Editor's notes") && group.includes('To: Chairman Mao Zedong and Zhu De, Liu Shaoqi, Zhou Enlai'), JSON.stringify(group));
});

test('an unclosed quote ends at its signer with the date beside him; a letter’s inside address and a title addressee in normal case are the message’s', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const unclosed = names('To Cde. Filippov.', '', 'I am sending you my telegram to Cde. Peng Dehuai.', '', '"Comrade Peng Dehuai:', 'The plan is approved.', 'Mao Zedong 0600 22 November', '', 'MAO ZEDONG', 'Nº 5311', '23 November');
  assert.ok(unclosed.includes('Telegram: Mao Zedong → Peng Dehuai, 0600 22 November') && unclosed.includes('Message: Mao Zedong → Filippov, 23 November'), JSON.stringify(unclosed));
  const kremlin = names('Moscow, Kremlin', 'To Comrade I. V. STALIN', '', 'Dear Comrade Stalin!', '', 'Greetings on your birthday.', '', 'KIM IL SUNG', '21 December 1951');
  assert.ok(kremlin.includes('Address: Moscow, Kremlin') && kremlin.includes('Message: Kim Il Sung → I. V. Stalin, 21 December 1951') && !kremlin.some(n => n.startsWith('Closing')), JSON.stringify(kremlin));
  const minister = names('To the Minister of Foreign Affairs of the USSR', 'Comrade A. Ya. VYSHINSKY', '', 'Esteemed Comrade Minister,', '', 'Please transmit the statement.', '', 'PAK HON-YONG', '23 August 1951');
  assert.ok(minister.includes('Message: Pak Hon-yong → A. Ya. Vyshinsky, 23 August 1951') && minister.includes('Salutation: Esteemed Comrade Minister,'), JSON.stringify(minister));
});

test('a minute needs the letter’s own signature above it, and a signature keeps its unclosed mark and a Korean date line', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const agree = names('Comrade Peng Dehuai:', '', 'The plan is approved.', '', 'I agree.', '', 'Mao Zedong', 'January 9, 1951');
  assert.ok(!agree.some(n => n.startsWith('Endorsement')) && agree.includes('Signed: Mao Zedong'), JSON.stringify(agree));
  const mark = names('Chairman Mao:', '', 'The first campaign ended on November 5.', '', 'Peng Dehuai [signature', 'November 6, 1950');
  assert.ok(mark.includes('Message: Peng Dehuai → Mao, November 6, 1950'), JSON.stringify(mark));
  const korean = names('Dear Comrade Minister,', '', 'Please transmit the statement.', '', 'Respectfully,', 'PAK HON-YONG', '1951. 8. 23.');
  assert.ok(korean.includes('Signed: Pak Hon-yong') && korean.includes('Dated: 1951. 8. 23.'), JSON.stringify(korean));
});

test('a first line naming a man after his honorific and nothing else is the addressee, initials and all; a name cut by a hyphen at the line end is not', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const first = names('Comrade A. Ya. VYSHINSKY', '', 'Please transmit the statement.', '', 'PAK HON-YONG', '23 August 1951');
  assert.ok(first.includes('To: A. Ya. Vyshinsky') && !first.some(n => n.startsWith('Salutation')), JSON.stringify(first));
  const cut = names('CIPHERED TELEGRAM No. 20001', 'To Cde. Filippov.', 'Cde. Shty-', 'kov and Zhou En-', 'lai met.', '', 'ROSHCHIN');
  assert.ok(!cut.some(n => n.includes('Shty-')), JSON.stringify(cut));
});

test('a line no header reads above the document’s type is a title, and the envelope under it is kept', () => {
  const cable = (...top: string[]) => joinLines(...top, '', 'CIPHERED TELEGRAM No. 4159', 'From BEIJING', 'Received 21:30 14.10.1949', '', 'To Comrade FILIPPOV [Stalin].', '', 'The army took Canton.', '', 'KOVALEV', '14.10.49');
  for (const top of [['Шифртелеграмма'], ['Kovalev to Filippov'], ['Copy', 'Translation from Russian']]) {
    const names = flatten(symbols(cable(...top))).map(s => s.name);
    for (const wanted of ['Title and source', 'From: Beijing', 'Addressee: Filippov', 'Message: Kovalev → Filippov, 14.10.49']) {
      assert.ok(names.includes(wanted), `${JSON.stringify(top)}: ${wanted} in ${JSON.stringify(names)}`);
    }
  }
  // a sentence over a type word that opens a sentence is no title: `Incoming reports ...` is not a header
  const prose = flatten(symbols(joinLines('The front is quiet.', 'Incoming reports confirm it.', '', 'KOVALEV'))).map(s => s.name);
  assert.ok(!prose.includes('Title and source'), JSON.stringify(prose));
});

test('a routing line with a weekday between its time and its date keeps the date', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 12011', 'From BEIJING Received 16:20 Wednesday, 25 October 1950', '', 'To Comrade FILIPPOV.', '', 'The talks go on.', '', 'ROSHCHIN'))).map(s => `${s.name} (${s.detail})`);
  assert.ok(names.includes('Received: 16:20 Wednesday, 25 October 1950 (1950-10-25 16:20)'), JSON.stringify(names));
});

test('an abbreviated weekday before a routing line’s date or a signature’s date line leaves the date read', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 3310', 'From PEKING', 'Received 14:00 Tue., 10 July 1951', '', 'To FILIPPOV.', '', 'The delegation left for Kaesong.', '', 'ROSHCHIN', 'Tues. 10 July 1951'))).map(s => `${s.name} (${s.detail})`);
  assert.ok(names.includes('Received: 14:00 Tue., 10 July 1951 (1951-07-10 14:00)'), JSON.stringify(names));
  assert.ok(names.includes('Message: Roshchin → Filippov, 10 July 1951 (1951-07-10)'), JSON.stringify(names));
});

test('a cover name of two words ending in a short one (To FYN SI., To FENG XI.) is the addressee, not a place', () => {
  for (const name of ['FYN SI', 'FENG XI']) {
    const names = flatten(symbols(joinLines('From Pyongyang. Sent 8.2.51 14:08', 'Received 8.2 18:46', '', `To ${name}.`, '', '1. Text of the report.', '', 'RAZUVAEV', '8.2.51'))).map(s => s.name);
    assert.ok(!names.some(n => n.startsWith('Destination')), JSON.stringify(names));
    assert.ok(names.some(n => /^Message: Razuvaev → (Fyn Si|Feng Xi)/.test(n)), JSON.stringify(names));
  }
});

test('McCune–Reischauer breves in a name: the salutation, the relay’s addressee and a signature in capitals keep the whole name', () => {
  const relay = flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'sent at 0040 4 November 1950', 'PYONGYANG', 'SOVIET AMBASSADOR', '',
    'Pass the following to Cde. Kim Il-sŏng:', '“Comrade Kim Il-sŏng!', 'We agree that Pak Hŏn-yŏng should remain with the staff.', 'FYN SI”', 'No. 4877'))).map(s => s.name);
  assert.ok(relay.includes('Telegram: Fyn Si → Kim Il-sŏng') && relay.includes('Salutation: Comrade Kim Il-sŏng!'), JSON.stringify(relay));
  const letter = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 20399', 'From PYONGYANG', 'Received 18:30 6.2.1951', '', 'To FYN SI.', '',
    '“Dear Comrade Stalin!', 'We thank you.', 'Respectfully, KIM IL-SŎNG”', '', 'RAZUVAEV', '6.2.51'))).map(s => s.name);
  assert.ok(letter.includes('Telegram: Kim Il-sŏng → Stalin') && letter.includes('Signed: Kim Il-sŏng'), JSON.stringify(letter));
});

test('a signer with his rank or office before his name signs: the rank is no part of the signature', () => {
  const signed = (line: string) => flatten(symbols(joinLines('From PYONGYANG', 'Received 12:00 9.2.46', '', 'To Comrade SHTYKOV.', '', 'I report that the committee has been formed.', '', line, '9.2.46')))
    .filter(s => s.detail === 'signature').map(s => s.name);
  for (const [line, name] of [
    ['Major General ROMANENKO', 'Romanenko'], ['MAJOR GENERAL ROMANENKO', 'Romanenko'], ['Colonel General T. SHTYKOV', 'T. Shtykov'], ['Ambassador PETROV', 'Petrov'],
    ['General of the Army SHTEMENKO', 'Shtemenko'], ['Marshal of the Soviet Union R. MALINOVSKY', 'R. Malinovsky'],
    ['CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR G. MALENKOV', 'G. Malenkov'], ['Minister of Foreign Affairs of the USSR A. Vyshinsky', 'A. Vyshinsky'],
  ]) assert.deepEqual(signed(line), [`Signed: ${name}`], line);
  // an office without the man's initials is no signature line of its own
  assert.deepEqual(signed('Minister of Foreign Affairs of the USSR'), []);
});

test('an office alone on the line over the signer’s name is his office, not a signer (`Chief Military Adviser` / `Lieutenant General KOTOV`)', () => {
  const signed = (...closing: string[]) => flatten(symbols(joinLines('From BEIJING', 'Received 16:35 12.XI.1952', '', 'To Cde. VASILEVSKY.', '', 'I consider the requests justified.', '', ...closing)))
    .filter(s => s.detail === 'signature' || s.detail === 'office' || s.name.startsWith('Message')).map(s => s.name);
  assert.deepEqual(signed('Chief Military Adviser', 'Lieutenant General KOTOV', '11 November 1952'), ['Message: Kotov → Vasilevsky, 11 November 1952', 'Office: Chief Military Adviser', 'Signed: Kotov']);
  assert.deepEqual(signed('SOVIET AMBASSADOR IN THE PRC', 'A. PANYUSHKIN'), ['Message: A. Panyushkin → Vasilevsky', 'Office: SOVIET AMBASSADOR IN THE PRC', 'Signed: A. Panyushkin']);
  assert.deepEqual(signed('Chairman of the Council of Ministers of the USSR', 'G. MALENKOV'), ['Message: G. Malenkov → Vasilevsky', 'Office: Chairman of the Council of Ministers of the USSR', 'Signed: G. Malenkov']);
  // a sentence over the signer is the text's, and an office line run on from the text above is no office
  assert.deepEqual(signed('Chairman Mao agrees', 'ROSHCHIN'), ['Message: Roshchin → Vasilevsky', 'Signed: Roshchin']);
});

test('a report signed by each man under his office (`Commander-in-Chief ...` / `Marshal of the Soviet Union A. VASILEVSKY` / `Member of the Military Council` / `Colonel General I. SHIKIN`) is signed by both', () => {
  const signed = (...closing: string[]) => flatten(symbols(joinLines('To Comrade STALIN', '', 'The troops of the 1st Far Eastern Front took Mudanjiang.', '', ...closing)))
    .filter(s => s.detail === 'signature' || s.detail === 'office' || s.name.startsWith('Message')).map(s => s.name);
  assert.deepEqual(signed('Commander-in-Chief of the Soviet Forces in the Far East', 'Marshal of the Soviet Union A. VASILEVSKY', 'Member of the Military Council', 'Colonel General I. SHIKIN', '16 August 1945'), [
    'Message: A. Vasilevsky and I. Shikin → Stalin, 16 August 1945', 'Office: Commander-in-Chief of the Soviet Forces in the Far East', 'Signed: A. Vasilevsky', 'Office: Member of the Military Council', 'Signed: I. Shikin']);
  assert.deepEqual(signed('COMMANDER OF THE TROOPS OF THE FRONT', 'K. MERETSKOV', 'MEMBER OF THE MILITARY COUNCIL', 'T. SHTYKOV'), [
    'Message: K. Meretskov and T. Shtykov → Stalin', 'Office: COMMANDER OF THE TROOPS OF THE FRONT', 'Signed: K. Meretskov', 'Office: MEMBER OF THE MILITARY COUNCIL', 'Signed: T. Shtykov']);
  // with no office over the first man the block is the last man's, as before
  assert.deepEqual(signed('We await your orders.', 'A. VASILEVSKY', 'Member of the Military Council', 'I. SHIKIN'), ['Message: I. Shikin → Stalin', 'Signed: I. Shikin']);
});

test('a signature’s date line with its clock in hours (`22:00 hours, 14 October`, `13 January, 14:00 hours`) dates the message', () => {
  for (const [line, iso] of [['22:00 hours, 14 October', '--10-14 22:00'], ['13 January, 14:00 hours', '--01-13 14:00'], ['14 October, 22:00 hours', '--10-14 22:00']]) {
    const names = flatten(symbols(joinLines('Comrade Peng Dehuai:', '', 'The Soviet comrades agree.', '', 'Mao Zedong', line))).map(s => `${s.name} (${s.detail})`);
    assert.ok(names.includes(`Message: Mao Zedong → Peng Dehuai, ${line} (${iso})`), JSON.stringify(names));
  }
});

test('a Chinese edition’s closing date with its clock in four digits and `hours` (`October 23, 2000 hours`, `July 1, 1951, 2300 hours`) dates the message', () => {
  for (const [line, iso] of [['October 23, 2000 hours', '--10-23 20:00'], ['November 8, 2100 hours', '--11-08 21:00'], ['July 1, 1951, 2300 hours', '1951-07-01 23:00']]) {
    const names = flatten(symbols(joinLines('Comrade Peng Dehuai:', '', '(1) Your telegram has been received.', '', 'Mao Zedong', line))).map(s => `${s.name} (${s.detail})`);
    assert.ok(names.includes(`Message: Mao Zedong → Peng Dehuai, ${line} (${iso})`) && names.includes('Signed: Mao Zedong (signature)'), JSON.stringify(names));
  }
});

test('under the processing footer, a footnote marked * † ‡ or a superscript (as a PDF copies it) that opens with a name and a running head in capitals are notes: the footer and the signature stay', () => {
  for (const last of ['* Li Kenong headed the Chinese delegation at the talks.', '† Kim Il Sung signed in ink.', 'TOP SECRET', 'PAGE 2 OF 2', '² Li Kenong headed the Chinese delegation at the talks.']) {
    const names = flatten(symbols(joinLines('CABLE N° 25025', 'From BEIJING Received 1135 19 October 1951', '', 'Cde. FILIPPOV!', '', 'The talks resume on 25 October.', '', 'MAO ZEDONG', '19 October', '', 'Deciphered by Fedyaev 1205 19 October', 'Eight copies printed', '', last))).map(s => `${s.name} (${s.detail})`);
    for (const wanted of ['Signed: Mao Zedong (signature)', 'Deciphered by Fedyaev 1205 19 October (processing footer)', `${last} (note)`]) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  }
});

test('a memorandum titled so on its first line keeps its envelope: classification, addressee; the man it is to is the message’s recipient', () => {
  const names = flatten(symbols(joinLines('Memorandum', 'Top secret', 'To Comrade STALIN I.V.', 'I submit a draft of instructions to Cde. Malik.', 'A. VYSHINSKY', '10 November 1950'))).map(s => `${s.name} (${s.detail})`);
  for (const wanted of ['Memorandum (document)', 'Top secret (classification)', 'Message: A. Vyshinsky → Stalin, 10 November 1950 (1950-11-10)']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  // a memorandum of a conversation is a record, as before
  assert.ok(flatten(symbols(joinLines('Memorandum of Conversation', '', 'Stalin: What does Nehru say?', 'Zhou Enlai: He is worried.'))).some(s => s.name.startsWith('Memorandum of Conversation')));
});

test('a note to several leaders, a `To Comrade` line each, is addressed to them all in its header and to the first as its principal', () => {
  const names = flatten(symbols(joinLines('MVD USSR', 'Top secret', 'To Comrade STALIN I.V.', 'To Comrade MOLOTOV V.M.', 'To Comrade BERIA L.P.', 'The Ministry of Internal Affairs of the USSR reports that the transfer was carried out.', 'Minister of Internal Affairs of the USSR S. KRUGLOV', '20 July 1950'))).map(s => s.name);
  for (const wanted of ['Addressee: Stalin', 'Addressee: Molotov', 'Addressee: Beria', 'Message: Kruglov → Stalin, 20 July 1950']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  assert.ok(!names.some(n => n.startsWith('To: ')), JSON.stringify(names));
});

test('a short instruction about a comrade above the signature is the message, not a co-signer', () => {
  for (const line of ['Inform Comrade Zhou Enlai.', 'Visit Comrade Mao Zedong.']) {
    const names = flatten(symbols(joinLines('BEIJING - SOVIET AMBASSADOR', 'To Comrade KUZNETSOV', line, 'MOLOTOV', '19.III.53'))).map(s => s.name);
    assert.ok(names.includes('Message: Molotov → Kuznetsov, 19.III.53') && names.filter(n => n.startsWith('Signed')).length === 1, JSON.stringify(names));
  }
});

test('co-signers on one line, comma-separated, each sign; a list of single words does not', () => {
  const signed = (line: string) => flatten(symbols(joinLines('Chairman Mao [Zedong]:', '', 'The enemy is a puppet regiment.', '', line, '1900 25 October [1950]'))).filter(s => s.detail === 'signature').map(s => s.name);
  assert.deepEqual(signed('Peng Dehuai, Deng Hua, Hong Xuezhi'), ['Signed: Peng Dehuai', 'Signed: Deng Hua', 'Signed: Hong Xuezhi']);
  assert.deepEqual(signed('PENG DEHUAI, DENG HUA'), ['Signed: Peng Dehuai', 'Signed: Deng Hua']);
  assert.deepEqual(signed('Kaesong, Panmunjom, Munsan'), []);
  // a joint command signs with six
  assert.deepEqual(signed('Peng Dehuai, Deng Hua, Hong Xuezhi, Han Xianchu, Xie Fang, Du Ping').length, 6);
});

test('a message signed by two or more is titled by them together; an endorsement below a blank line is no co-signer', () => {
  const title = (...lines: string[]) => flatten(symbols(joinLines('Comrade STALIN I.V.:', '', 'We ask for your approval.', '', ...lines))).map(s => s.name).find(n => n.startsWith('Message'));
  assert.equal(title('(A. Vyshinsky) (A. Vasilevsky)', '', '14 March 1951'), 'Message: A. Vyshinsky and A. Vasilevsky → Stalin, 14 March 1951');
  assert.equal(title('KIM IL SUNG', 'PAK HEON-YEONG', '29 September 1950'), 'Message: Kim Il Sung and Pak Heon-yeong → Stalin, 29 September 1950');
  assert.equal(title('Peng Dehuai, Deng Hua, Hong Xuezhi, Han Xianchu, Xie Fang, Du Ping', '2200 25 October [1950]'), 'Message: Peng Dehuai and 5 others → Stalin, 2200 25 October [1950]');
  assert.equal(title('VYSHINSKY', '14 March 1951'), 'Message: Vyshinsky → Stalin, 14 March 1951');
  assert.equal(title('A. Vyshinsky', 'A. Vasilevsky', '', '8 October 1950'), 'Message: A. Vyshinsky and A. Vasilevsky → Stalin, 8 October 1950', 'stacked signers with initials, in normal case');
  // each signer's office under his name; two in parentheses with their ranks on the line below
  assert.equal(title('KIM IL SUNG', 'Chairman of the Cabinet of Ministers of the DPRK', 'PAK HON YONG', 'Minister of Foreign Affairs of the DPRK', '29 September 1950'), 'Message: Kim Il Sung and Pak Hon Yong → Stalin, 29 September 1950');
  assert.equal(title('(A. Vasilevsky) (S. Shtemenko)', 'Marshal of the Soviet Union     General of the Army', '5 July 1950'), 'Message: A. Vasilevsky and S. Shtemenko → Stalin, 5 July 1950');
});

test('a signature dated by the part of the day keeps its signature and date: `Night of January 7`', () => {
  const names = flatten(symbols(joinLines('Comrade [Liu] Shaoqi:', '', 'The negotiations continue.', '', 'Mao Zedong', 'Night of January 7'))).map(s => s.name);
  assert.ok(names.includes('Signed: Mao Zedong') && names.includes('Dated: Night of January 7'), JSON.stringify(names));
  const evening = flatten(symbols(joinLines('To Cde. Filippov.', '', 'The talks go on.', '', 'ROSHCHIN', 'Evening of 3 October 1950'))).map(s => s.name);
  assert.ok(evening.includes('Dated: Evening of 3 October 1950'), JSON.stringify(evening));
});

test('an addressee with his office after the name is the addressee, and the salutation below is read too', () => {
  const names = flatten(symbols(joinLines(
    "To Comrade Mao Zedong, Chairman of the Central People's Government of the People's Republic of China", '', 'Dear Comrade Mao Zedong!', '',
    'The enemy has cut our communications.', '', 'Respectfully, KIM IL SUNG', 'PAK HEON-YEONG', '1 October 1950',
  ))).map(s => s.name);
  for (const wanted of ['Message: Kim Il Sung and Pak Heon-yeong → Mao Zedong, 1 October 1950', 'To: Mao Zedong', 'Salutation: Dear Comrade Mao Zedong!', 'Signed: Pak Heon-yeong']) {
    assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  }
});

test('a signer keeps his signature with a footnote mark glued on, or an editor’s gloss of his office before his name', () => {
  const marked = flatten(symbols(joinLines('To BEIJING', 'SOVIET AMBASSADOR.', '', 'For immediate report to comrade MAO ZEDONG.', '', '"Comrade MAO ZEDONG! We agree with the proposal of the Koreans.', '', 'FILIPPOV.x/”', '', 'VYSHINSKY', '14 May 1950', '', 'x/ Pseudonym I.V. Stalin.'))).map(s => s.name);
  assert.ok(marked.includes('Telegram: Filippov → Mao Zedong'), JSON.stringify(marked));
  const glossed = flatten(symbols(joinLines('To Comrade A. Ya. VYSHINSKY', '', 'I transmit a note:', '', '"Dear Comrade Minister,', '', 'We ask the Soviet delegation to protest.', '', 'With respect', '[Foreign Minister] Pak Heon-yeong"', '', 'RAZUVAEV', '13.2.51'))).map(s => s.name);
  assert.ok(glossed.includes('Signed: Pak Heon-yeong') && glossed.includes('Closing: With respect'), JSON.stringify(glossed));
});

test('a salutation whose name went to the next line is one salutation', () => {
  const names = flatten(symbols(joinLines('To Comrade FILIPPOV [Stalin]', '', 'Dear Cde.', 'I. V. Stalin', '', 'I send you warm greetings.', '', 'Devotedly yours,', 'Mao Zedong', '21 December 1949'))).map(s => s.name);
  assert.ok(names.includes('Salutation: Dear Cde. I. V. Stalin'), JSON.stringify(names));
});

test('a second stacked office (War Ministry USSR, the Committee of Information) is an institution, and the header under it is kept', () => {
  const names = flatten(symbols(joinLines('MFA USSR', 'War Ministry USSR', 'Top Secret', 'Special no. 550', 'Destination: PEKING To Whom: SovAmbassador', '', 'To Comrade ROSHCHIN.', '', 'The talks are to be held in Kaesong.', '', 'A. VYSHINSKY', 'A. VASILEVSKY', '10 February 1951'))).map(s => s.name);
  for (const wanted of ['Institution: War Ministry USSR', 'Special: 550', 'Destination: Peking']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  const committee = flatten(symbols(joinLines('COMMITTEE OF INFORMATION UNDER THE COUNCIL OF MINISTERS USSR', 'CIPHERED TELEGRAM No. 9120', 'From HARBIN', 'Received 11:20 7.IX.1948', '', 'To Cde. Molotov.', '', 'Nothing new.', '', 'FEDOTOV'))).map(s => s.name);
  assert.ok(committee.includes('Institution: COMMITTEE OF INFORMATION UNDER THE COUNCIL OF MINISTERS USSR'), JSON.stringify(committee));
});

test('a footnote that slipped to the top with no space after its mark is still the editor’s note', () => {
  const names = flatten(symbols(joinLines('[2]This refers to the Northeast Military Region.', '', 'Gao Gang:', '', 'The 13th Army Group should finish its concentration before 5 August.[2]', '', 'Mao Zedong', '0200 31 July [1950]'))).map(s => s.name);
  assert.ok(names.includes('Salutation: Gao Gang:') && names.includes("Editor's notes"), JSON.stringify(names));
});

test('a quoted letter keeps its title addressee, the man under it, and its place of writing before the closing quote', () => {
  const names = flatten(symbols(joinLines(
    'To Comrade FYN SI [Stalin]', '', 'I herewith transmit a letter to you from comrade Kim Il Sung:', '',
    '"TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR', 'Comrade STALIN I.V.', '', 'Dear Iosif Vissarionovich,', '',
    'We ask you to give us direct military help.', '', 'With deep respect,', 'KIM IL SUNG', '29 September 1950', 'Pyongyang"', '', 'SHTYKOV',
  ))).map(s => s.name);
  for (const wanted of ['Telegram: Kim Il Sung → Stalin, 29 September 1950', 'Salutation: Dear Iosif Vissarionovich,', 'Written at: Pyongyang']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  assert.ok(!names.includes('Signed: Pyongyang'), JSON.stringify(names));
});

test('a To line that names a person is the addressee: a cover name alone, or the man under the destination', () => {
  const cover = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 2314', 'From PYONGYANG', 'Received 9 October 1950   14.35', '', 'TO FENG XI', '', 'Kim Il Sung asks you to expedite the dispatch of weapons.', '', 'SHTYKOV', '9.10.50'))).map(s => s.name);
  assert.ok(cover.includes('Addressee: Feng Xi') && !cover.some(n => n.startsWith('Destination')), JSON.stringify(cover));
  const attached = flatten(symbols(joinLines(
    'VKP(b) CC', '# P78/118', '30.9.50', 'Extract Minutes from Protocol #78 of the Meeting of the Politburo of the VKP(b) CC', '118. Question of Comrade Matveyev.', 'To approve the attached draft telegram.', 'SECRETARY OF THE CC', '',
    '[Attachment to the Decision of the Politburo #78 regarding #118]', '', 'To PYONGYANG', 'To MATVEYEV', '', 'Visit Comrade Kim Il Sung and pass him the following.', '', 'CHANFU',
  ))).map(s => s.name);
  assert.ok(attached.includes('Destination: Pyongyang') && attached.includes('Addressee: Matveyev'), JSON.stringify(attached));
  // a place stays the destination
  const place = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 12', 'TO HARBIN', '', 'Report at once.', '', 'FILIPPOV'))).map(s => s.name);
  assert.ok(place.includes('Destination: Harbin'), JSON.stringify(place));
});

test('the typist under the receipt in a Pyongyang header of 1950 is a header line, and the glossed addressee under it is kept', () => {
  const names = flatten(symbols(joinLines(
    'CIPHERED TELEGRAM No. 600648/sh', 'FROM: PYONGYANG', 'Sent by wire on 10/14/50 at 03:15 a.m.', 'Received in Moscow on 10/14/50 at 6:36 a.m.',
    'Deciphered by Yelezov on 10/14/50 at 7:45 a.m.', 'Typed by Rubleva on 10/14/50 at 9:20 a.m.', '', 'TO FENG XI [FYN SI; Stalin]', '',
    'I report: Kim Il Sung has been acquainted with your telegram.', '', 'SHTYKOV', '14.10.50',
  ))).map(s => s.name);
  for (const wanted of ['Typed: 10/14/50 at 9:20 a.m.', 'Addressee: Feng Xi', 'Message: Shtykov → Feng Xi, 14.10.50']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
});

test('a handling mark, a number written in by hand, and a clerk’s cabling note keep their places in the outline', () => {
  const cipher = flatten(symbols(joinLines('MOLNIYA EH', 'CIPHERED TELEGRAM No. 1020', 'To NORTH KOREA To RAZUVAEV TOP PRIORITY', 'By CIPHER', '', 'Immediately convey to Comrade Kim Il Sung our greetings.', '', 'No. 56', '16 January 1951'))).map(s => s.name);
  assert.ok(cipher.includes('By CIPHER'), JSON.stringify(cipher));
  const handwritten = flatten(symbols(joinLines('MFA USSR', 'CIPHERED TELEGRAM', 'BEIJING - SOVIET AMBASSADOR', 'Nº [handwritten: 412/ag] [signature]', '', 'To Roshchin.', '', 'Visit Zhou Enlai and inform him of our agreement.', '', '4.XII.51 GROMYKO'))).map(s => s.name);
  for (const wanted of ['Ciphered telegram Nº 412/ag — Moscow → Beijing', 'To: Roshchin', 'Signed: Gromyko 4.XII.51']) assert.ok(handwritten.includes(wanted), `${wanted} in ${JSON.stringify(handwritten)}`);
  const cabled = flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'TO TEREBIN', '', 'For Mao Zedong.', '', 'Your telegram of 30 November has been received.', '', 'Kuznetsov', '16.XII.1947', '', 'Cabled by VTCh to the South for Stalin.'))).map(s => s.name);
  for (const wanted of ['Signed: Kuznetsov', 'Dated: 16.XII.1947', 'Cabled by VTCh to the South for Stalin.']) assert.ok(cabled.includes(wanted), `${wanted} in ${JSON.stringify(cabled)}`);
});

test('a record of conversation is the document’s type, not a destination', () => {
  // titled by who spoke when the heading names them
  for (const [heading, title] of [
    ['RECORD OF CONVERSATION', 'Record of conversation, 20 Aug 1952'],
    ['RECORD OF CONVERSATION BETWEEN COMRADE I.V. STALIN AND ZHOU ENLAI', 'Record of conversation — Stalin and Zhou Enlai, 20 Aug 1952'],
    ['Memorandum of Conversation with Kim Il Sung', 'Memorandum of conversation — Kim Il Sung, 20 Aug 1952'],
  ]) {
    const names = flatten(symbols(joinLines(heading!, '20 August 1952', '', 'Stalin: Mao Zedong is right. This war is getting on America’s nerves.', '', 'Recorded by N. Fedorenko'))).map(s => s.name);
    assert.ok(names[0] === title && !names.some(n => n.startsWith('Destination')), `${heading}: ${JSON.stringify(names)}`);
  }
});

test('a telegram in Chinese alone: its addressee, its signer, its date in numerals or in the rhyme code, and the translator’s note on the code', () => {
  const plain = flatten(symbols(joinLines('高岗同志：', '', '同意你九月十二日电报所提意见。', '', '毛泽东', '九月十四日'))).map(s => s.name);
  for (const wanted of ['Message: 毛泽东 → 高岗, 九月十四日', 'Salutation: 高岗同志：', 'Signed: 毛泽东', 'Dated: 九月十四日']) assert.ok(plain.includes(wanted), `${wanted} in ${JSON.stringify(plain)}`);
  const coded = flatten(symbols(joinLines('高岗同志：', '', '同意你九月十二日电报所提意见。', '', '毛泽东', '寒日[1]', '', '[1] 寒日 is a coded day and stands for the 14th of the month; here 14 September 1950. – Translator.'))).map(s => s.name);
  for (const wanted of ['Signed: 毛泽东', 'Dated: 寒日[1]', "Editor's notes"]) assert.ok(coded.includes(wanted), `${wanted} in ${JSON.stringify(coded)}`);
});

test('a telegram in Chinese alone under the edition’s Chinese title and bracketed date: the title is the editor’s, the addressee still opens the message', () => {
  const names = flatten(symbols(joinLines('关于同意志愿军入朝作战的电报', '', '（一九五0年十月八日）', '', '彭德怀、高岗同志：', '', '命令中国人民志愿军迅速向朝鲜境内出动。', '', '毛泽东', '十月八日'))).map(s => s.name);
  for (const wanted of ['Title and source', '关于同意志愿军入朝作战的电报', 'Salutation: 彭德怀、高岗同志：', 'Signed: 毛泽东', 'Dated: 十月八日']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  // a first line of the text itself (a sentence, an addressee) is no title
  for (const first of ['命令中国人民志愿军迅速向朝鲜境内出动。', '彭德怀同志：']) {
    const text = flatten(symbols(joinLines(first, '（一九五0年十月八日）', '', '毛泽东', '十月八日'))).map(s => s.name);
    assert.ok(!text.includes('Title and source'), `${first}: ${JSON.stringify(text)}`);
  }
});

test('a Chinese original whose footnote is marked 〔1〕 stays the original above the translation', () => {
  const names = flatten(symbols(joinLines('彭高[1]：', '', '同意你们十月十四日电报所提部署。', '', '毛泽东', '十月十七日', '', '〔1〕彭，指彭德怀。高，指高岗。', '',
    'Peng [Dehuai] and Gao [Gang][1]:', '', 'I agree with the deployment proposed in your telegram of [October] 14.', '', 'Mao Zedong', 'October 17'))).map(s => s.name);
  for (const wanted of ['Chinese original', 'Message: Mao Zedong → Peng Dehuai and Gao Gang, October 17']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
});

test('a short cable whose line breaks were all lost is cut into its envelope, addressee, message, signature and footer', () => {
  const short = flatten(symbols('CIPHERED TELEGRAM No. 2480 From BEIJING Received 06:10 2 March 1952 To Comrade FILIPPOV. Zhou Enlai transmitted to me the statement of the Chinese government. ROSHCHIN No. 412 2.III.52')).map(s => s.name);
  for (const wanted of ['From: Beijing', 'Received: 06:10 2 March 1952', 'Addressee: Filippov', 'Signed: Roshchin 2.III.52', 'Number: 412']) assert.ok(short.includes(wanted), `${wanted} in ${JSON.stringify(short)}`);
  // `transmitted to me` is the body's verb, not a routing time
  assert.ok(!short.some(n => n.startsWith('Transmitted')), JSON.stringify(short));
  const quoted = flatten(symbols('CIPHERED TELEGRAM No. 20701 From BEIJING Received 21:15 12.VI.1951 To Cde. Filippov. Today on June 12 I received the following telegram from Mao Zedong: "Comrade FILIPPOV. We agree with your proposals. Mao Zedong 12 June" I ask for corresponding orders. ROSHCHIN No. 3290 12.VI.51 --- Deciphered by Karpov 2240 12 June Two copies printed')).map(s => s.name);
  for (const wanted of ['Salutation: Comrade FILIPPOV.', 'Action: I ask for corresponding orders.', 'Signed: Roshchin 12.VI.51', 'Deciphered by Karpov 2240 12 June Two copies printed']) assert.ok(quoted.includes(wanted), `${wanted} in ${JSON.stringify(quoted)}`);
});

test('a header run together on one short line: the copies end before the classification, the address follows it', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 20772 From BEIJING Received 19:55 13 June 1951 Copies: Stalin (2), Molotov TOP SECRET To Cde. Filippov [Stalin].', '', 'Text.', '', 'ROSHCHIN', '13.6.51'))).map(s => s.name);
  for (const wanted of ['Distribution: Stalin ×2, Molotov', 'TOP SECRET', 'Addressee: Filippov', 'Message: Roshchin → Filippov, 13.6.51']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
});

test('a cable on one line: the copies end where the addressee begins, with no period between them', () => {
  const names = flatten(symbols('CIPHERED TELEGRAM No. 25811 From BEIJING Received 02:00 4.11.1950 Copies: Stalin (2), Molotov, Bulganin To Cde. FILIPPOV. Mao Zedong invited me and said that the troops, the artillery and the aircraft are ready. ROSHCHIN No. 2611 3.11.50 Deciphered by Yelezov 02:40 4.11 Four copies printed')).map(s => s.name);
  for (const wanted of ['Distribution: Stalin ×2, Molotov, Bulganin', 'Addressee: Filippov', 'Message: Roshchin → Filippov, 3.11.50']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  // copies written to someone in small letters stay in the list
  const lower = flatten(symbols('CIPHERED TELEGRAM No. 25811 From BEIJING Received 02:00 4.11.1950 Copies: Stalin (2), Molotov, Bulganin to Cde. Filippov, Beria TOP SECRET To Cde. FILIPPOV. Text of the message follows here. ROSHCHIN 3.11.50')).map(s => s.name);
  assert.ok(lower.some(n => n.startsWith('Distribution: Stalin ×2, Molotov, Bulganin') && n.endsWith('Beria')), JSON.stringify(lower));
});

test('a message on one line opens with its date, then the addressee glossed by the editor', () => {
  const names = flatten(symbols('9 March 1952 To Comrade FILIPPOV [Stalin] Your telegram of 4 March has been received. With greetings, ROSHCHIN')).map(s => s.name);
  for (const wanted of ['Message: Roshchin → Filippov, 9 March 1952', 'Dated: 9 March 1952', 'To: Filippov']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  // an edition's date in parentheses over the salutation
  const edition = flatten(symbols(joinLines('(13 October 1950)', '', 'Comrade [Zhou] Enlai:', '', 'Please consult again with Comrade Filippov [Stalin].', '', 'Mao Zedong', '21:00, 13 October'))).map(s => s.name);
  assert.ok(edition.includes('Message: Mao Zedong → Zhou Enlai, 21:00, 13 October') && edition.includes('Salutation: Comrade [Zhou] Enlai:'), JSON.stringify(edition));
  // the same with its line breaks
  const lines = flatten(symbols(joinLines('9 March 1952', '', 'To Comrade FILIPPOV [Stalin]', '', 'Your telegram of 4 March has been received.', '', 'ROSHCHIN'))).map(s => s.name);
  assert.ok(lines.includes('Message: Roshchin → Filippov, 9 March 1952'), JSON.stringify(lines));
});

test('a copies line under the receipt, with the addressee below it, stays in the header', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 1234', 'From PEKING', 'Received 10:00 3.10.1950', 'Three copies printed.', 'To Cde. FILIPPOV.', '', 'Mao Zedong asked me to convey his thanks.', '', 'ROSHCHIN', '3.10.50'))).map(s => s.name);
  for (const wanted of ['Three copies printed.', 'Addressee: Filippov', 'Message: Roshchin → Filippov, 3.10.50']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
});

test('a signature keeps its place when its date is impossible: the date is the check’s to report', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 1309', 'From BEIJING No. 1309 20 hours 05 minutes, 13.1.1951', '', 'TO FILIPPOV', '', 'Zhou Enlai informed me of the decision.', '', '13.13.51 ROSHCHIN'))).map(s => s.name);
  assert.ok(names.includes('Signed: Roshchin 13.13.51'), JSON.stringify(names));
});

test('a letter’s last lines: what it encloses, and its place of writing over the date after a blank line or a mandate', () => {
  const memo = flatten(symbols(joinLines('To Comrade STALIN I.V.', '', 'I submit for your consideration a draft of instructions to Comrade Malik.', '', 'A. Gromyko', '20 June 1951', '', 'Attachment: draft telegram to Malik (3 pages).'))).map(s => s.name);
  for (const wanted of ['Signed: A. Gromyko', 'Dated: 20 June 1951', 'Enclosure: draft telegram to Malik (3 pages).']) assert.ok(memo.includes(wanted), `${wanted} in ${JSON.stringify(memo)}`);
  const letter = flatten(symbols(joinLines('Dear Comrade Iosif Vissarionovich Stalin,', '', 'We ask you to accept our assurances of lasting friendship.', '', 'With communist greetings,', '', 'Chairman of the Cabinet of Ministers', 'KIM IL SUNG', '', 'Pyongyang', '15 August 1948'))).map(s => s.name);
  assert.ok(letter.includes('Written at: Pyongyang') && !letter.includes('Signed: Pyongyang'), JSON.stringify(letter));
  const mandated = flatten(symbols(joinLines('Dear Comrade Stalin,', '', 'We agree with your proposal.', '', 'With communist greetings,', '', 'Mao Zedong', 'at the instruction of the Central Committee of the Communist Party of China', 'Beijing', '28 September 1952'))).map(s => s.name);
  assert.ok(mandated.includes('Written at: Beijing') && mandated.includes('Signed: Mao Zedong'), JSON.stringify(mandated));
  const behalf = flatten(symbols(joinLines('Dear Comrade Stalin!', '', 'We thank you for the reception.', '', 'Respectfully,', 'Liu Shaoqi', 'on behalf of the CC CCP', '4 July 1949'))).map(s => s.name);
  assert.ok(behalf.includes('Signed: Liu Shaoqi') && behalf.includes('On behalf of: on behalf of the CC CCP'), JSON.stringify(behalf));
  const institution = flatten(symbols(joinLines('8th DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY', 'CIPHERED TELEGRAM No. 60812', 'FROM: PYONGYANG', 'Received in Moscow on 3/11/51 at 03:05 a.m.', '', 'To Comrade FYN SI.', '', 'Kim Il Sung asked for 40 advisers.', '', 'RAZUVAEV', '11.3.51'))).map(s => s.name);
  assert.ok(institution.includes('Institution: 8th DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY'), JSON.stringify(institution));
  // the department by its abbreviation
  const abbreviated = flatten(symbols(joinLines('8MDGS', 'CIPHERED TELEGRAM No. 601045/sh', 'From CORRESPONDENT 17 Sent 2.12.50 Received 3.12 1:15', '', 'To Cde. FYN SI.', '', 'The enemy is retreating.', '', 'KOTOV', '2.12.50'))).map(s => s.name);
  assert.ok(abbreviated.includes('Institution: 8MDGS'), JSON.stringify(abbreviated));
  // a main directorate by its name, the envelope under it (not an editor's title before a message)
  for (const heading of ['MAIN INTELLIGENCE DIRECTORATE OF THE GENERAL STAFF OF THE ARMED FORCES OF THE USSR', 'MAIN POLITICAL ADMINISTRATION OF THE RED ARMY']) {
    const main = flatten(symbols(joinLines(heading, 'CIPHERED TELEGRAM No. 15570', "From YAN'AN Received 18:05 22.V.1946", '', 'To Comrade STALIN.', '', 'The town was left on 19 May.', '', 'ORLOV', '22.5.46'))).map(s => s.name);
    assert.ok(main.includes(`Institution: ${heading}`) && main.some(n => n.startsWith('Ciphered telegram No. 15570')), JSON.stringify(main));
  }
});

test('a record of conversation with the edition’s source note under its heading, signed by the man who recorded it', () => {
  const names = flatten(symbols(joinLines(
    "RECORD OF CONVERSATION BETWEEN COMRADE I.V. STALIN AND CHAIRMAN OF THE CENTRAL PEOPLE'S GOVERNMENT OF THE PEOPLE'S REPUBLIC OF CHINA MAO ZEDONG",
    '16 December 1949', '[Source: APRF f.45 op.1 d.329, ll. 9-17.]', '',
    'Comrade Mao Zedong: The most important question at the present time is the question of establishing peace.', '',
    'Comrade Stalin: The question of peace greatly preoccupies the Soviet Union as well.', '',
    'Recorded by Cde. N. Fedorenko', '[signature]',
  ))).map(s => s.name);
  for (const wanted of ['Record of conversation — Stalin and Mao Zedong, 16 Dec 1949', 'Dated: 16 December 1949', 'Message: recorded by N. Fedorenko', 'Recorded by: N. Fedorenko']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  assert.ok(!names.includes('Title and source'), JSON.stringify(names));
});

test('a record whose recorder the edition leaves out (`Recorded by [...]`) is still signed as a record, the omission kept', () => {
  for (const elided of ['[...]', '[…]']) {
    const names = flatten(symbols(joinLines('RECORD OF CONVERSATION', 'between Comrade I.V. Stalin and Zhou Enlai', '20 August 1952', '',
      'Comrade Stalin asked how the delegation had travelled.', '', `Recorded by ${elided}`, '[signature]'))).map(s => s.name);
    for (const wanted of [`Message: recorded by ${elided}`, `Recorded by: ${elided}`]) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  }
});

test('a record’s date line with its place, or the place the editor supplied, dates the record, and the title still names who spoke', () => {
  for (const dateline of ['Moscow, 10 April 1950', '[Moscow,] 10 April 1950']) {
    const names = flatten(symbols(joinLines('RECORD OF CONVERSATION', 'OF COMRADE I.V. STALIN WITH KIM IL SUNG AND PAK HEON-YEONG', dateline, 'Present:', 'Comrades Molotov and Vyshinsky;', 'interpreter Mun Il.', '',
      'Stalin: The international situation has changed.', '', 'Kim Il Sung: We are ready.', '', 'Recorded by T. Shtykov'))).map(s => s.name);
    for (const wanted of ['Record of conversation — Stalin, Kim Il Sung and Pak Hon-yong, 10 Apr 1950', 'Dated: 10 April 1950', 'Present: Comrades Molotov and Vyshinsky; interpreter Mun Il.']) {
      assert.ok(names.includes(wanted), `${dateline}: ${wanted} in ${JSON.stringify(names)}`);
    }
  }
});

test("a letter's dateline over its greeting says where it was written and when, on one line (`Moscow, the Kremlin, 12 March 1950`) or two (`Moscow` / `12 March 1950`), and sends the letter nowhere", () => {
  const letter = ['', 'Dear Comrade Mao Zedong,', '', 'We agree with your proposal.', '', 'With communist greetings,', 'J. Stalin'];
  for (const dateline of [['Moscow, 12 March 1950'], ['Moscow, the Kremlin, 12 March 1950'], ['Moscow', '12 March 1950']]) {
    const found = symbols(joinLines(...dateline, ...letter));
    assert.deepEqual(found.map(s => s.name), ['Cable — from Moscow, 12 Mar 1950', 'Message: J. Stalin → Mao Zedong'], dateline.join(' / '));
    includesAll(flatten(found).map(s => s.name), ['From: Moscow', 'Dated: 12 March 1950', 'Salutation: Dear Comrade Mao Zedong,']);
  }
  // a letter written elsewhere went where its addressee was, which its dateline does not say
  assert.equal(symbols(joinLines('Pyongyang, 14 September 1950', '', 'Dear Comrade Stalin!', '', 'The situation is grave.', '', 'Kim Il Sung'))[0]!.name, 'Cable — from Pyongyang, 14 Sep 1950');
  // a city alone over a routing line is no dateline
  assert.equal(symbols(joinLines('CIPHERED TELEGRAM', 'From PYONGYANG', 'Received 10:20 3.9.50', '', 'To Cde. FENG XI.', 'I report.', 'SHTYKOV'))[0]!.name, 'Ciphered telegram — Pyongyang → Moscow, received 10:20 3.9.50');
});

test("a letter's dateline names the Far East's other capitals of two words or the period's spellings (`Ulan Bator, 10 October 1950`, `Chungking, ...`, `Dairen, ...`) as it names Moscow", () => {
  const letter = ['', 'Dear Comrade Stalin!', '', 'I ask you to receive our delegation.', '', 'With deep respect,', 'Kh. CHOIBALSAN'];
  for (const place of ['Ulan Bator', 'ULAN BATOR', 'Ulan-Bator', 'Ulaanbaatar', 'Chungking', 'Dairen', 'Hanoi']) {
    const found = symbols(joinLines(`${place}, 10 October 1950`, ...letter));
    assert.deepEqual(found.map(s => s.name).slice(1), ['Message: Kh. Choibalsan → Stalin'], place);
    includesAll(flatten(found).map(s => s.name), ['Dated: 10 October 1950', 'Salutation: Dear Comrade Stalin!']);
  }
  // a destination of two words over the addressee is where the cable went
  assert.equal(symbols(joinLines('CIPHERED TELEGRAM No. 1207', '', 'ULAN BATOR, TO THE SOVIET AMBASSADOR', '', 'Visit Choibalsan and tell him that we agree.', '', 'MOLOTOV'))[0]!.name, 'Ciphered telegram No. 1207 — Moscow → Ulan Bator');
});

test('a record’s date line opened by any place in normal case, however romanised, dates it: not only the cities the patterns list', () => {
  for (const place of ['Changchun', 'Khabarovsk', 'Voroshilov', "P'yŏngyang", 'Ulan-Bator']) {
    const names = flatten(symbols(joinLines('RECORD OF CONVERSATION', 'of Marshal of the Soviet Union R.Ya. MALINOVSKY with XIONG SHIHUI', '', `${place}, 13 October 1945`, '', 'Xiong Shihui thanked the Soviet command.'))).map(s => s.name);
    for (const wanted of ['Record of conversation — Rodion Malinovsky and Xiong Shihui, 13 Oct 1945', `From: ${place}`, 'Dated: 13 October 1945']) assert.ok(names.includes(wanted), `${place}: ${wanted} in ${JSON.stringify(names)}`);
  }
  // a weekday before the date is no place of writing
  const weekday = flatten(symbols(joinLines('RECORD OF CONVERSATION', 'of Marshal of the Soviet Union R.Ya. MALINOVSKY with XIONG SHIHUI', '', 'Saturday, 13 October 1945', '', 'Xiong Shihui thanked the Soviet command.'))).map(s => s.name);
  assert.ok(!weekday.includes('From: Saturday'), JSON.stringify(weekday));
});

test('a record from a diary is dated by the day under its heading, not the day the diary entry was written', () => {
  const names = flatten(symbols(joinLines('From the diary of', 'N.V. ROSHCHIN', 'TOP SECRET', 'Copy Nº 3', '8 July 1950', '', 'RECORD OF CONVERSATION', 'with Zhou Enlai', '2 July 1950', '',
    'Today I visited Zhou Enlai at his request.', '', 'AMBASSADOR OF THE USSR IN THE PRC', 'N. ROSHCHIN'))).map(s => s.name);
  assert.equal(names[0], 'Record of conversation — Nikolai Roshchin and Zhou Enlai, 2 Jul 1950');
});

test('a protocol extract on the party’s letterhead keeps its header: the motto, the party, the number, the readers named without a colon', () => {
  const extract = (party: string, number: string, organ: string) => flatten(symbols(joinLines('Strictly secret.', 'Proletarians of all countries, unite!', party, number, 'To Comrades Molotov, Vyshinsky, Gromyko.',
    `Extract from Protocol No. 78 of the Meeting of the ${organ}`, 'Decision of 5 October 1950', '175. Question of the MFA USSR.', '1. Approve the draft instruction.', 'SECRETARY OF THE CC', '6 October 1950'))).map(s => s.name);
  const politburo = extract('ALL-UNION COMMUNIST PARTY (Bolsheviks). CENTRAL COMMITTEE', 'Nº P78/175', 'Politburo of the CC VKP(b)');
  for (const wanted of ['Politburo protocol Nº P78/175, 5 Oct 1950', 'Institution: ALL-UNION COMMUNIST PARTY (Bolsheviks). CENTRAL COMMITTEE', 'Distribution: Molotov, Vyshinsky, Gromyko', 'Decision: 175. Question of the MFA USSR.']) {
    assert.ok(politburo.includes(wanted), `${wanted} in ${JSON.stringify(politburo)}`);
  }
  const presidium = extract('COMMUNIST PARTY OF THE SOVIET UNION. CENTRAL COMMITTEE', 'No. P3/41', 'Presidium of the CC CPSU');
  assert.ok(presidium[0]?.startsWith('Presidium protocol No. P3/41'), JSON.stringify(presidium));
});

test('a government’s resolution: its header read, titled by the body that passed it, its subject its decision, an omitted attachment no telegram', () => {
  const named = flatten(symbols(joinLines('COUNCIL OF MINISTERS USSR', 'DECREE No. 412-190ss', '2 June 1952', 'Moscow, Kremlin', 'Top Secret', '',
    'On the supply of the Korean army', '', 'The Council of Ministers of the USSR resolves:', '1. To approve the list (Attachment No. 1).', '',
    'Chairman of the Council of Ministers of the USSR', 'I. STALIN', '', '[Attachment No. 1]', '', '[The list is not printed here.]'))).map(s => `${s.name} (${s.detail})`);
  for (const wanted of ['Decree No. 412-190ss — Council of Ministers USSR, 2 Jun 1952 (envelope)', 'Institution: COUNCIL OF MINISTERS USSR (institution)', 'From: Moscow (from)',
    'Top Secret (classification)', 'Decision: On the supply of the Korean army (decision)', 'Signed: I. Stalin (signature)']) assert.ok(named.includes(wanted), `${wanted} in ${JSON.stringify(named)}`);
  assert.ok(!named.some(n => n.includes('inner telegram')), JSON.stringify(named));
});

test('a government’s resolution headed by the state before its body (`USSR COUNCIL OF MINISTERS`) is read as under `COUNCIL OF MINISTERS USSR`', () => {
  for (const body of ['USSR COUNCIL OF MINISTERS', 'USSR Council of Ministers']) {
    const named = flatten(symbols(joinLines(body, 'Strictly secret', 'RESOLUTION No. 858-372ss', '19 March 1953', 'Moscow, Kremlin', '', 'On the question of the war in Korea', '',
      'The Council of Ministers of the USSR RESOLVES:', '', '1. To approve the text of the letter (attached).', '', 'Chairman of the Council of Ministers of the USSR', 'G. MALENKOV'))).map(s => `${s.name} (${s.detail})`);
    for (const wanted of [`Resolution No. 858-372ss — USSR Council of Ministers, 19 Mar 1953 (envelope)`, `Institution: ${body} (institution)`, 'Decision: On the question of the war in Korea (decision)', 'Signed: G. Malenkov (signature)']) {
      assert.ok(named.includes(wanted), `${wanted} in ${JSON.stringify(named)}`);
    }
  }
});

test('a government’s resolution naming its body on the type line (`RESOLUTION OF THE USSR COUNCIL OF MINISTERS`, perhaps its number after) is read as the two lines would be', () => {
  const resolution = (heading: string) => flatten(symbols(joinLines('Top Secret', '', heading, '', '19 March 1953', '', 'On the question of the war in Korea', '',
    '1. To approve the text of the letter (attached).', '', 'CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR G. MALENKOV'))).map(s => `${s.name} (${s.detail})`);
  const plain = resolution('RESOLUTION OF THE USSR COUNCIL OF MINISTERS');
  for (const wanted of ['Resolution — USSR Council of Ministers, 19 Mar 1953 (envelope)', 'Institution: USSR COUNCIL OF MINISTERS (institution)', 'Signed: G. Malenkov (signature)']) {
    assert.ok(plain.includes(wanted), `${wanted} in ${JSON.stringify(plain)}`);
  }
  const numbered = resolution('Resolution of the Council of Ministers of the USSR No. 858-372ss');
  for (const wanted of ['Resolution No. 858-372ss — Council of Ministers of the USSR, 19 Mar 1953 (envelope)', 'Institution: Council of Ministers of the USSR (institution)']) {
    assert.ok(numbered.includes(wanted), `${wanted} in ${JSON.stringify(numbered)}`);
  }
  // a sentence of the text that begins with an act's name stays the text's
  const sentence = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 31207', 'From BEIJING Received 13:55 3.7.1951', '', 'To Cde. FILIPPOV.', '',
    'Resolution of the General Assembly of 1 February is unlawful.', '', 'MAO ZEDONG', '3.7.51'))).map(s => `${s.name} (${s.detail})`);
  assert.ok(sentence.includes('Ciphered telegram No. 31207 — Beijing → Moscow, received 13:55 3.7.1951 (envelope)'), JSON.stringify(sentence));
  assert.ok(!sentence.some(n => n.startsWith('Institution')), JSON.stringify(sentence));
});

test('a note from an embassy: the embassy heads it, and its addressee is the man under his style and office (`To His Excellency` / `the Minister ...` / `A.Ya. VYSHINSKY`)', () => {
  const note = (...address: string[]) => flatten(symbols(joinLines("EMBASSY OF THE PEOPLE'S REPUBLIC OF CHINA IN THE USSR", 'No. 241', 'Moscow, 11 August 1952', '', ...address, '', 'Your Excellency:', '',
    'I have the honour to inform you that a government delegation will arrive in Moscow on 17 August 1952.', '', 'ZHANG WENTIAN'))).map(s => `${s.name} (${s.detail})`);
  const named = note('To His Excellency', 'the Minister of Foreign Affairs of the USSR', 'A.Ya. VYSHINSKY');
  for (const wanted of ["Institution: EMBASSY OF THE PEOPLE'S REPUBLIC OF CHINA IN THE USSR (institution)", 'Message: Zhang Wentian → A.Ya. Vyshinsky (message)', 'To: A.Ya. Vyshinsky (addressee)', 'Salutation: Your Excellency: (salutation)']) {
    assert.ok(named.includes(wanted), `${wanted} in ${JSON.stringify(named)}`);
  }
  assert.ok(note('His Excellency,', 'Minister of Foreign Affairs', 'Mr. Dean Acheson').includes('To: Dean Acheson (addressee)'));
  // the style with no man under it is no name
  assert.ok(!note('To His Excellency', 'the Minister of Foreign Affairs of the USSR').some(n => n.startsWith('To: the Minister')));
});

test('a message to several bodies, one `To the ...` line under another, the last closing with a colon, goes to all of them', () => {
  const names = flatten(symbols(joinLines('To the Central Committee of the Communist Party of the Soviet Union,', 'To the Council of Ministers of the USSR,', 'To the Presidium of the Supreme Soviet of the USSR:', '',
    'With the deepest grief the Chinese people have received the news of the death of Comrade Stalin.', '', 'Mao Zedong', '6 March 1953'))).map(s => s.name);
  for (const wanted of ['Message: Mao Zedong → the Central Committee of the Communist Party of the Soviet Union and 2 others, 6 March 1953', 'To: the Council of Ministers of the USSR', 'To: the Presidium of the Supreme Soviet of the USSR']) {
    assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  }
  // one such line alone is the addressee, or yields to the man the salutation names
  const alone = (...lines: string[]) => flatten(symbols(joinLines('To the Chairman of the Council of Ministers of the USSR:', '', ...lines, 'We report that the plan has been fulfilled.', '', 'KIM IL SUNG', '5 May 1950'))).map(s => s.name);
  assert.ok(alone().includes('Message: Kim Il Sung → the Chairman of the Council of Ministers of the USSR, 5 May 1950'), JSON.stringify(alone()));
  assert.ok(alone('Dear Comrade Stalin!', '').includes('Message: Kim Il Sung → Stalin, 5 May 1950'), JSON.stringify(alone('Dear Comrade Stalin!', '')));
});

test('a published text with no date under its signature bears the date the edition gives under its title', () => {
  const edition = (dateLine: string, ...closing: string[]) => flatten(symbols(joinLines('Letter from Kim Il Sung and Peng Teh-huai to General Mark W. Clark on the Exchange of Sick and Injured Captured Personnel', dateLine,
    '[Source: New China News Agency, English service, 28 March 1953.]', '', 'General Mark W. Clark,', 'Commander-in-Chief of the United Nations Command:', '', 'We have received your letter of February 22, 1953.', '', ...closing))).map(s => `${s.name} (${s.detail})`);
  assert.ok(edition('March 28, 1953', 'KIM IL SUNG').includes('Message: Kim Il Sung → Mark W. Clark, March 28, 1953 (1953-03-28)'), JSON.stringify(edition('March 28, 1953', 'KIM IL SUNG')));
  assert.ok(edition('Pyongyang, March 28, 1953', 'KIM IL SUNG').includes('Message: Kim Il Sung → Mark W. Clark, March 28, 1953 (1953-03-28)'));
  assert.ok(edition('(March 28, 1953)', 'KIM IL SUNG').includes('Message: Kim Il Sung → Mark W. Clark, March 28, 1953 (1953-03-28)'));
  // a date under the signature is the text's own
  assert.ok(edition('March 28, 1953', 'KIM IL SUNG', 'March 27, 1953').some(n => n.startsWith('Message: Kim Il Sung → Mark W. Clark, March 27, 1953')));
});

test('an attachment addressed to several, one `To` line under another, is labelled with all of them', () => {
  const attachment = (...to: string[]) => flatten(symbols(joinLines('COUNCIL OF MINISTERS USSR', 'DECREE No. 501-220ss', '4 June 1952', 'Moscow, Kremlin', '', 'On Korea', '', '1. To approve the letter (Attachment No. 1).', '',
    'Chairman of the Council of Ministers of the USSR', 'I. STALIN', '', '[Attachment No. 1]', '', ...to, '', 'The Soviet Government agrees with your proposals.'))).map(s => s.name).filter(n => n.startsWith('Attachment'));
  assert.deepEqual(attachment('To Comrade Mao Zedong', 'To Comrade Kim Il Sung'), ['Attachment: to Mao Zedong and Kim Il Sung']);
  assert.deepEqual(attachment('To Comrade Mao Zedong', 'To Comrade Kim Il Sung', 'To Comrade Peng Dehuai'), ['Attachment: to Mao Zedong and 2 others']);
  assert.deepEqual(attachment('To Comrade Mao Zedong'), ['Attachment: to Mao Zedong']);
});

test('a Politburo extract: titled by its protocol number, the item it records shown as its decision', () => {
  const names = flatten(symbols(joinLines('VKP(b) CC', '# P78/131', '30/9/50', 'To: Cmrds Bulganin, Gromyko', 'Extract Minutes from Protocol #78 of the Meeting of the Politburo of the VKP(b) CC', 'Decision dated September 30, 1950', "131. The Question of Comrade Shtykov's telegram No. 1298.", 'Approve the attached draft telegram to Comrade Shtykov.', 'SECRETARY OF THE CC'))).map(s => s.name);
  for (const wanted of ['Politburo protocol # P78/131, 30/9/50', "Decision: 131. The Question of Comrade Shtykov's telegram No. 1298."]) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  // an extract headed by its protocol alone, its item in small letters
  const presidium = flatten(symbols(joinLines('Extract from Protocol No. 4 of the Meeting of the Bureau of the Presidium of the CC CPSU', 'Decision dated 22 December 1952', '17. On the request of Comrade Vyshinsky.', 'To approve the draft instructions to Comrade Vyshinsky.', 'SECRETARY OF THE CC CPSU'))).map(s => s.name);
  for (const wanted of ['Protocol extract, 22 Dec 1952', 'Decision: 17. On the request of Comrade Vyshinsky.']) assert.ok(presidium.includes(wanted), `${wanted} in ${JSON.stringify(presidium)}`);
  // an extract of a decision, its question unnumbered
  const unnumbered = flatten(symbols(joinLines('VKP(b) CC', '12/11/50', '', 'Extract from the decision of the Politburo of the CC VKP(b)', 'Decision dated November 12, 1950', '', 'The Question of Beijing.', '', 'Approve the draft.', '', 'SECRETARY OF THE CC'))).map(s => s.name);
  for (const wanted of ['Protocol extract, 12/11/50', 'Decision: The Question of Beijing.']) assert.ok(unnumbered.includes(wanted), `${wanted} in ${JSON.stringify(unnumbered)}`);
  // a decision the Politburo took by poll says so on its date line, which stays its date line
  for (const line of ['Decision dated November 12, 1950, adopted by poll', 'Decision of 12 November 1950 (adopted by poll)']) {
    const poll = flatten(symbols(joinLines('VKP(b) CC', '# P79/258-op', '10/11/50', 'To: Cmrds Vyshinsky, Gromyko', 'Extract Minutes from Protocol #79 of the Meeting of the Politburo of the VKP(b) CC', line, '258. The Question of the MFA USSR.', 'Approve the draft instructions to Cde. Malik (attached).', 'SECRETARY OF THE CC'))).map(s => `${s.name} (${s.detail})`);
    for (const wanted of ['Decision: 258. The Question of the MFA USSR. (decision)']) assert.ok(poll.includes(wanted), `${wanted} in ${JSON.stringify(poll)}`);
    assert.ok(poll.some(n => n.startsWith('Dated:') && n.endsWith('(1950-11-12)')), JSON.stringify(poll));
  }
  // the members' votes under the secretary (`For:`, its names running on over a comma) leave him the signer
  for (const votes of [['For: Cdes. Stalin, Molotov, Malenkov.'], ['For: Cdes. Stalin, Molotov, Malenkov, Beria, Bulganin,', 'Kaganovich, Mikoyan.']]) {
    const voted = flatten(symbols(joinLines('VKP(b) CC', '# P76/36', '29/7/50', 'To: Cmrds Vyshinsky, Gromyko', 'Decision dated July 29, 1950', '36. The Question of the MFA USSR.', 'Instruct Cde. Malik to return to the Security Council on 1 August.', 'SECRETARY OF THE CC', ...votes))).map(s => s.name);
    assert.ok(voted.includes('Signed: Secretary of the CC') && !voted.some(n => /Signed: (?:Kaganovich|For)/.test(n)), JSON.stringify(voted));
  }
  // a cable's numbered paragraph on a question is prose, not a decision
  const prose = flatten(symbols(joinLines('To Cde. Shtykov.', '', '2. The question of direct military assistance will be discussed.', '', 'FILIPPOV'))).map(s => s.name);
  assert.ok(!prose.some(n => n.startsWith('Decision')), JSON.stringify(prose));
});

test('a forwarded note names its sender after `from` without an honorific, but a place is no sender', () => {
  const forwarded = (sentence: string) => flatten(symbols(joinLines('To Cde. Filippov [Stalin].', '', sentence, '', '"The delegation left Beijing on 14 November."', '', 'KOTOV', '24.11.50'))).map(s => s.name);
  assert.ok(forwarded('I transmit a note from Zhou Enlai with the following contents:').includes('Telegram: from Zhou Enlai'));
  const place = forwarded('I transmit a report from North Korea with the following contents:');
  assert.ok(place.includes('Telegram') && !place.some(n => n.includes('North Korea')), JSON.stringify(place));
});

test('Chinese command telegrams as editions print them: glossed co-signers, the addressees before the copy, the rhyme-code day romanised', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const glossed = names('Chairman Mao [Zedong]:', '', 'The fifth campaign has ended.', '', 'Peng [Dehuai], Deng [Hua], Pak [Il-u]', '26 May 1951');
  for (const wanted of ['Signed: Peng Dehuai', 'Signed: Deng Hua', 'Signed: Pak Il-u']) assert.ok(glossed.includes(wanted), `${wanted} in ${JSON.stringify(glossed)}`);
  const copied = names('Li [Kenong] and Qiao [Guanhua], and report to Chairman Mao:', '', 'The meeting of 10 July has taken place.', '', 'Deng Hua, Xie Fang', '11 July 1951');
  assert.ok(copied.includes('Message: Deng Hua and Xie Fang → Li Kenong and Qiao Guanhua, 11 July 1951'), JSON.stringify(copied));
  // after their honorific, each man keeps the editor's gloss of his name
  const honoured = names('Comrades Peng [Dehuai] and Gao [Gang], and copy to Comrades Deng [Hua], Hong [Xuezhi], Han [Xianchu] and Xie [Fang]:[1]', '', '(1) The order of October 9 is not to be carried out for the time being.', '', 'Mao Zedong', '2000, October 12');
  assert.ok(honoured.includes('Message: Mao Zedong → Peng Dehuai and Gao Gang, 2000, October 12'), JSON.stringify(honoured));
  const coded = names('Comrade [Peng] Dehuai:', '', 'Our troops must cross the 38th Parallel.', '', 'Mao Zedong', 'Yuan[1]', '', '[1] "Yuan" is the telegraphic rhyme code for the 13th day of the month.');
  assert.ok(coded.includes('Signed: Mao Zedong') && coded.includes('Dated: Yuan[1]') && !coded.includes('Signed: Yuan'), JSON.stringify(coded));
});

test('a cable `To` a man with no routing times is his, not one from Moscow: Terebin’s `To KUZNETSOV`', () => {
  const names = flatten(symbols(joinLines('No. 50333', 'To KUZNETSOV', '', 'Mao Zedong has received your telegram of 6 January and asked me to pass the following.', '', 'TEREBIN', '9.I.49'))).map(s => s.name);
  assert.ok(names.includes('Cable No. 50333 — to Kuznetsov'), JSON.stringify(names));
  const outgoing = flatten(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'To TEREBIN', '', 'Tell Mao Zedong that we agree.', '', 'KUZNETSOV', '20.IV.48'))).map(s => s.name);
  assert.ok(outgoing.some(n => n.startsWith('Copy of an outgoing telegram — Moscow → Terebin')), JSON.stringify(outgoing));
});

test('a CPV telegram: its salutation’s surname with the given name the editor supplies, a copy `and also to`, a date `2000 hours, 8 December`', () => {
  const names = flatten(symbols(joinLines('Chairman Mao [Zedong]:', '', 'The enemy is retreating.', '', 'Peng Dehuai', '2000 hours, 8 December'))).map(s => s.name);
  assert.ok(names.includes('Message: Peng Dehuai → Mao Zedong, 2000 hours, 8 December') && names.includes('Dated: 2000 hours, 8 December'), JSON.stringify(names));
  const copy = flatten(symbols(joinLines('Peng [Dehuai], Gao [Gang], and also to Deng [Hua], Xie [Fang]:', '', 'The two armies should start on the 19th.', '', 'Mao Zedong', '1700 17 October 1950'))).map(s => s.name);
  assert.ok(copy.includes('Message: Mao Zedong → Peng Dehuai, Gao Gang, 1700 17 October 1950'), JSON.stringify(copy));
});

test('the addressee with the editor’s x/ glued on, under a copies line, or under an edition’s bare title', () => {
  const glued = flatten(symbols(joinLines('From BEIJING Received 16:40 23 November 1950', '', 'To Cde. Filippov.x/', '', 'The advisers have arrived.', '', 'ROSHCHIN', '23 November 1950', '', 'x/ Pseudonym I.V. Stalin.'))).map(s => s.name);
  assert.ok(glued.includes('Message: Roshchin → Filippov, 23 November 1950'), JSON.stringify(glued));
  const copies = flatten(symbols(joinLines('From Mukden', 'Received 16:40 18 May 1949', 'Three copies printed', '', 'Comrade STALIN I.V.', '', 'Gao Gang asks for 500 railway specialists.', '', 'Nº 312 KOVALEV, 18 May'))).map(s => s.name);
  assert.ok(copies.includes('Three copies printed') && copies.includes('Message: Kovalev → Stalin, 18 May'), JSON.stringify(copies));
  const titled = flatten(symbols(joinLines('Letter from Kim Il Sung to Stalin', '', 'Dear Comrade Stalin!', '', 'We badly need direct military assistance.', '', 'Kim Il Sung', '29 September 1950'))).map(s => s.name);
  assert.ok(titled.includes('Title and source') && titled.includes('Message: Kim Il Sung → Stalin, 29 September 1950'), JSON.stringify(titled));
});

test('a diary’s list of those present is the header’s, down to the record’s first sentence with no blank line, and after the diary’s heading on its line', () => {
  const under = names('FROM THE DIARY OF A.A. GROMYKO', 'RECORD OF CONVERSATION WITH THE AMBASSADOR OF THE PRC WANG JIAXIANG', '12 January 1950', 'Present:', 'Counsellor of the Embassy Dai Zheng', 'the interpreter Lapin',
    'Wang Jiaxiang handed over a note of the Central People’s Government.', 'I promised to inform the government.', 'A. Gromyko');
  includesAll(under, ['Record of conversation — Andrei Gromyko and Wang Jiaxiang, 12 Jan 1950', 'Present: Counsellor of the Embassy Dai Zheng the interpreter Lapin', 'Message: from A. Gromyko', 'Signed: A. Gromyko']);
  const inline = names('From the diary of V.V. KUZNETSOV. Present: Comrade Zhou Enlai, the interpreter Shi Zhe.', 'Record of conversation with Mao Zedong on 2 April 1953', 'Mao Zedong said that the Chinese comrades had studied the proposal.', 'V. Kuznetsov');
  // those present are no side of the conversation, as on a line of their own
  includesAll(inline, ['Record of conversation — Vasily Kuznetsov and Mao Zedong, 2 Apr 1953', 'From the diary of V.V. KUZNETSOV.', 'Present: Comrade Zhou Enlai, the interpreter Shi Zhe.', 'Signed: V. Kuznetsov']);
});

test('a record’s `Present:` over the list of those present greets no one', () => {
  const names = flatten(symbols(joinLines('Record of Conversation between Comrade I.V. Stalin and Zhou Enlai, 3 September 1952', '', 'Present:', 'Cdes. Molotov, Vyshinsky, Fedorenko (interpreter).', '', 'Stalin: What does Nehru say?', '', 'Recorded by A. Vyshinsky'))).map(s => s.name);
  assert.ok(!names.some(n => n.startsWith('Salutation')) && names.includes('Message: recorded by A. Vyshinsky'), JSON.stringify(names));
  // the names on the lines below it are the header's note of who was present
  const listed = flatten(symbols(joinLines('RECORD OF CONVERSATION BETWEEN COMRADE I. V. STALIN AND ZHOU ENLAI', '', '20 August 1952', '', 'Present:', 'On the Soviet side: Cdes. Molotov, Vyshinsky.', 'On the Chinese side: Chen Yun, Shi Zhe.', '', 'Zhou Enlai: We must continue the war.', '', 'Stalin: Mao Zedong is right.', '', 'Recorded by N. Fedorenko'))).map(s => s.name);
  assert.ok(listed.includes('Present: On the Soviet side: Cdes. Molotov, Vyshinsky. On the Chinese side: Chen Yun, Shi Zhe.'), JSON.stringify(listed));
  // its speakers' turns are entries of the outline, to go from one to the next
  const turns = flatten(symbols(joinLines('RECORD OF CONVERSATION BETWEEN COMRADE I. V. STALIN AND ZHOU ENLAI', '', 'Zhou Enlai: We must continue the war.', '', 'Stalin: Mao Zedong is right.', '', 'Recorded by N. Fedorenko'))).filter(s => s.detail === 'turn').map(s => s.name);
  assert.deepEqual(turns, ['Zhou Enlai: We must continue the war.', 'Stalin: Mao Zedong is right.']);
});

test("a record told in reported speech (`Vyshinsky said that ...`, `Zhou Enlai replied that ...`) has each speaker's sentence as his turn, where its message was empty", () => {
  const turns = (...lines: string[]) => flatten(symbols(joinLines(...lines))).filter(s => s.detail === 'turn').map(s => s.name);
  assert.deepEqual(turns('RECORD OF CONVERSATION', 'between A. Ya. Vyshinsky and Zhou Enlai', '17 January 1950', '',
    'Vyshinsky said that the proposals had been studied. Zhou Enlai replied that Mao Zedong was ready. I said that I would inform Moscow.', '', 'Comrade Stalin asked about the harvest.'),
  ['Vyshinsky said that the proposals had been studied.', 'Zhou Enlai replied that Mao Zedong was ready.', 'Comrade Stalin asked about the harvest.']);
  // under a diary's heading too; the recorder's own `I replied` and a pronoun's sentence name no one
  assert.deepEqual(turns('From the diary of N. V. Roshchin', '', 'Record of conversation with Zhou Enlai, 10 January 1950', '', 'Zhou Enlai said that the barracks would be requisitioned. He added that the consuls had been told. I replied that I would inform Moscow.'),
    ['Zhou Enlai said that the barracks would be requisitioned.']);
  // a speaker named after words that place his sentence in the talk (`In reply, `, `Then `, `After a pause, `)
  const led = flatten(symbols(joinLines('RECORD OF CONVERSATION', 'between Comrade Stalin and Zhou Enlai', '20 August 1952', '',
    'Stalin asked about the talks.', 'In reply, Zhou Enlai said that the Americans would not yield.', 'Then Stalin remarked that they could not fight long.', 'After a pause, Zhou Enlai added that the army was ready. Then I said that I would report.'))).filter(s => s.detail === 'turn');
  assert.deepEqual(led.map(s => s.name.slice(0, 30)), ['Stalin asked about the talks.', 'In reply, Zhou Enlai said that', 'Then Stalin remarked that they', 'After a pause, Zhou Enlai adde']);
  // an ambassador's cable that tells what was said is no record: its text has no turns
  assert.deepEqual(turns('CIPHERED TELEGRAM No. 12', 'From PEKING', 'Received 21:15 10 January 1950', '', 'To Cde. Vyshinsky.', 'Zhou Enlai said that he would leave on 20 January. Mao Zedong agreed.', 'ROSHCHIN'), []);
});

test('an editorial note under the signature, unbracketed, is the editor’s and leaves the signers theirs', () => {
  const names = flatten(symbols(joinLines('Reply.', '', 'KIM IL SUNG', 'PENG DEHUAI', '1 July 1951', '', 'Editorial note: Mao Zedong sent the text of the reply to Stalin before it was broadcast.'))).map(s => s.name);
  assert.ok(names.includes("Editor's notes") && names.includes('Message: from Kim Il Sung and Peng Dehuai, 1 July 1951'), JSON.stringify(names));
});

test('offices and ranks under a signer are his (`Vice Admiral, United States Navy` / `Senior Delegate`); a generalissimo under a title addressee is the addressee', () => {
  const joy = flatten(symbols(joinLines('The United Nations Command delegation is here to discuss the cessation of hostilities.', '', 'C. TURNER JOY', 'Vice Admiral, United States Navy', 'Senior Delegate'))).map(s => s.name);
  for (const wanted of ['Signed: C. Turner Joy', 'Office: Vice Admiral, United States Navy', 'Office: Senior Delegate']) assert.ok(joy.includes(wanted), `${wanted} in ${JSON.stringify(joy)}`);
  assert.ok(!joy.includes('Signed: Senior Delegate'), JSON.stringify(joy));
  const kim = flatten(symbols(joinLines('To the Chairman of the Council of Ministers of the USSR', 'Generalissimo Iosif Vissarionovich STALIN', '', 'Dear Iosif Vissarionovich,', '', 'We express to you our deep gratitude.', '', 'KIM IL SUNG', '15 August 1949'))).map(s => s.name);
  assert.ok(kim.includes('Message: Kim Il Sung → Iosif Vissarionovich Stalin, 15 August 1949'), JSON.stringify(kim));
});

test('a commander under his command’s title, named by his rank and honorific (`Marshal of the Soviet Union Comrade MERETSKOV`), is the addressee', () => {
  const names = (rank: string) => flatten(symbols(joinLines('TOP SECRET', 'From HEIJO', 'Received 0415 5 October 1945', '', 'To the Commander of the Troops of the 1st Far Eastern Front', rank, '', 'Reporting:', '', '1. The committees of the five provinces met in Heijo.', '', 'CHISTYAKOV', 'LEBEDEV', '4 October 1945'))).map(s => s.name);
  const marshal = names('Marshal of the Soviet Union Comrade MERETSKOV');
  assert.ok(marshal.includes('Message: Chistyakov and Lebedev → Meretskov, 4 October 1945') && marshal.includes('To: Meretskov'), JSON.stringify(marshal));
  const general = names('Colonel General Comrade SHTYKOV');
  assert.ok(general.includes('Message: Chistyakov and Lebedev → Shtykov, 4 October 1945'), JSON.stringify(general));
  // a rank alone over a line of text stays the text's
  const prose = names('Major General Romanenko reports that the committees met.');
  assert.ok(!prose.includes('To: Romanenko'), JSON.stringify(prose));
});

test('a handwritten note under the signature is shown as a note', () => {
  const names = flatten(symbols(joinLines('From BEIJING Received 21:15 14.10.1949', '', 'To Cde. Filippov [Stalin].', '', 'Text.', '', 'ROSHCHIN', '14.10.49', '', '[handwritten: Cde. Stalin has read it. A. Poskrebyshev 15.X.49]'))).map(s => s.name);
  assert.ok(names.some(n => n.startsWith('[handwritten: Cde. Stalin has read it.')) && names.includes('Signed: Roshchin'), JSON.stringify(names));
});

test('a record of conversation: its heading with the day it was held, who was present, and the speakers’ turns as its text', () => {
  const held = flatten(symbols(joinLines(
    'RECORD OF CONVERSATION BETWEEN COMRADE I.V. STALIN AND CHAIRMAN MAO ZEDONG ON 16 DECEMBER 1949', '', 'Present: Cdes. Molotov, Malenkov, Bulganin, Vyshinsky, Fedorenko (interpreter).', '',
    'After an exchange of greetings the following conversation took place.', '', 'Comrade Mao Zedong: The most important question at the present time is the question of establishing peace.', '',
    'Comrade Stalin: In China a war for peace, as it were, is taking place.', '', 'Recorded by Cde. Fedorenko'))).map(s => s.name);
  // those present are not among the speakers of its title
  for (const wanted of ['Record of conversation — Stalin and Mao Zedong, 16 Dec 1949', 'Present: Cdes. Molotov, Malenkov, Bulganin, Vyshinsky, Fedorenko (interpreter).']) assert.ok(held.includes(wanted), `${wanted} in ${JSON.stringify(held)}`);
  // no salutation to a speaker, no telegram in `the following conversation`
  assert.ok(!held.some(n => n.startsWith('Salutation') || n.startsWith('Telegram')), JSON.stringify(held));
  const diary = flatten(symbols(joinLines('From the Diary of N.V. ROSHCHIN', '', 'RECORD OF CONVERSATION', 'with the Minister of Foreign Affairs of the PRC Zhou Enlai', '2 July 1950', '', 'At 21:00 I visited Zhou Enlai at his request.', '', 'Ambassador of the USSR in the PRC', 'N. Roshchin'))).map(s => s.name);
  for (const wanted of ['Record of conversation — Nikolai Roshchin and Zhou Enlai, 2 Jul 1950', 'From the Diary of N.V. ROSHCHIN', 'with the Minister of Foreign Affairs of the PRC Zhou Enlai']) assert.ok(diary.includes(wanted), `${wanted} in ${JSON.stringify(diary)}`);
  assert.ok(!diary.some(n => n.startsWith('From:')), JSON.stringify(diary));
  const notes = flatten(symbols(joinLines('Notes of the Conversation between Comrade Stalin and a Governmental Delegation of the DPRK headed by Kim Il Sung', '', '5 March 1949', '', 'Present: Molotov, Vyshinsky, Shtykov.', '', 'Stalin: What kind of help do you need?', '', 'Kim Il Sung: The Korean economy needs credits.'))).map(s => s.name);
  assert.ok(notes.includes('Notes of the conversation — Stalin and Kim Il Sung, 5 Mar 1949') && !notes.some(n => n.startsWith('Salutation')), JSON.stringify(notes));
});

test('a relay’s instruction names the message’s recipient, and a lost line break before a copies list or a bare To NAME. is found', () => {
  const relay = flatten(symbols(joinLines('PEKING, TO THE SOVIET AMBASSADOR', '', 'To transmit to Comrade Mao Zedong', '', 'Your telegram of 3 October has been received. We consider that you must help the Koreans.', '', 'FILIPPOV'))).map(s => s.name);
  assert.ok(relay.includes('Message: Filippov → Mao Zedong'), JSON.stringify(relay));
  const copies = flatten(symbols('CIPHERED TELEGRAM No. 3170 From PYONGYANG Received 11:40 17.11.1950 To Comrade FYN SI [Stalin]. I report: Kim Il Sung asks for your advice. T. SHTYKOV No. 1596 17.11.50 Deciphered by Morozov 12:30 17.11 Typed by Kravchuk 13:10 17.11 Copies: Stalin (2), Molotov, Bulganin, Vasilevsky, File of 8th Dept.')).map(s => s.name);
  assert.ok(copies.includes('Typed by Kravchuk 13:10 17.11') && copies.some(n => n.startsWith('Distribution: Stalin ×2, Molotov')), JSON.stringify(copies));
  const addressed = flatten(symbols('CIPHERED TELEGRAM No. 2480 From BEIJING Received 06:10 2 March 1952 To ROSHCHIN. Zhou Enlai transmitted to me the statement of the Chinese government. KRASOVSKY No. 412 2.III.52')).map(s => s.name);
  assert.ok(addressed.includes('To: Roshchin') || addressed.includes('Addressee: Roshchin'), JSON.stringify(addressed));
});

test('a numbered file copy closing the footer’s copy list (`2 – File of 8th Dept.`) is a list entry: the signer, the date and the footer stay', () => {
  const text = joinLines('To Comrade FENG XI [Stalin].', '', 'Kim Il Sung asks for advisers.', '', 'SHTYKOV', '', '3.9.50', '',
    'Deciphered by Morozov 19:50 3.9.50', '', '1 – to Cde. Stalin', '', '2 – File of 8th Dept.');
  const names = flatten(symbols(text)).map(s => s.name);
  for (const wanted of ['Message: Shtykov → Feng Xi, 3.9.50', 'Deciphered by Morozov 19:50 3.9.50', '2 – File of 8th Dept.']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  const footer = parseCable(text).blocks.find(b => b.kind === 'footer');
  const entries = footer?.kind === 'footer' ? footer.distribution?.entries.map(e => [text.slice(e.recipient.start, e.recipient.end), e.copyNumber]) : undefined;
  assert.deepEqual(entries, [['Stalin', 1], ['File of 8th Dept', 2]]);
});

test('an `Attachment: ...` line over a covering note’s signature describes the enclosure: the note keeps its signer and date, the draft under `[Attachment]` is the one attachment', () => {
  const names = flatten(symbols(joinLines('To Comrade STALIN I.V.', '', 'I submit for your approval a draft of the answer to Shtykov.', '', 'Attachment: draft telegram to Pyongyang.', '', 'A. GROMYKO', '', '11 November 1950', '',
    '[Attachment]', '', 'To PYONGYANG', '', 'SOVIET AMBASSADOR.', '', 'Visit Kim Il Sung and tell him that his request is being considered.', '', 'GROMYKO'))).map(s => s.name);
  for (const wanted of ['Message: A. Gromyko → Stalin, 11 November 1950', 'Enclosure: draft telegram to Pyongyang.', 'Signed: A. Gromyko']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  assert.deepEqual(names.filter(n => n.startsWith('Attachment')), ['Attachment: Gromyko → Soviet Ambassador'], JSON.stringify(names));
  // a handwritten minute under the note's signature (`[handwritten:]` / `Agreed.` / `I. St.`) is an endorsement, not an attachment
  const minuted = flatten(symbols(joinLines('To Cde. Stalin.', 'I submit the draft of the reply to Cde. Shtykov.', 'A. Gromyko', '3 September 1950', '[handwritten:]', 'Agreed.', 'I. St.',
    'Attachment: draft cable to Pyongyang', 'To PYONGYANG', 'SOVIET AMBASSADOR.', 'Tell Kim Il Sung that his letter has been received.', 'GROMYKO'))).map(s => s.name);
  assert.ok(minuted.includes('Endorsement: Agreed.') && minuted.filter(n => n.startsWith('Attachment')).length === 1, JSON.stringify(minuted));
  // one above the note's own signature block (`[handwritten:]` / `Send.` / `Molotov` / `A. Gromyko` / ...) leaves the note its signer
  const above = flatten(symbols(joinLines('To Cde. I. V. STALIN', '', 'I submit a draft answer to the note of the Government of India.', '', '[handwritten:]', 'Send. To be sent as it stands.', 'Molotov', '',
    'A. Gromyko', 'Nº 412/ag', '19 January 1951'))).map(s => s.name);
  assert.ok(above.includes('Signed: A. Gromyko') && !above.some(n => n.startsWith('Attachment')), JSON.stringify(above));
});

test('a rhyme-code day alone (`皓`, `皓 [1]`) or after the signer (`Peng Dehuai 皓`) is the telegram’s date and leaves the signer his', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const opening = ['Chairman Mao [Zedong]:', '', 'Please consider whether this plan is appropriate and instruct.', ''];
  const alone = names(...opening, 'Peng Dehuai', '', '皓');
  for (const wanted of ['Message: Peng Dehuai → Mao Zedong, 皓', 'Signed: Peng Dehuai', 'Dated: 皓']) assert.ok(alone.includes(wanted), `${wanted} in ${JSON.stringify(alone)}`);
  const noted = names(...opening, 'Peng Dehuai', '', '皓 [1]', '', '[1] 皓 (hao) is the rhyme-code for the 19th day of the month. – Trans.');
  assert.ok(noted.includes('Signed: Peng Dehuai') && noted.includes('Dated: 皓 [1]'), JSON.stringify(noted));
  const beside = names(...opening, 'Peng Dehuai 皓');
  assert.ok(beside.includes('Message: Peng Dehuai → Mao Zedong, 皓') && beside.includes('Signed: Peng Dehuai 皓'), JSON.stringify(beside));
});

test('a signature’s date with the editor’s glosses after it (`19 December [皓]`, `19 December[1]`, `18 November [巧], 17:00–19:00 [酉][1]`) keeps the signer and the date', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const opening = ['Chairman Mao [Zedong]:', '', 'The troops need rest before the next offensive.', '', 'Peng Dehuai'];
  for (const date of ['19 December [皓]', '19 December[1]', '19 December [1]', '20:00, 12 October [文][3]', '18 November [巧], 17:00–19:00 [酉][1]']) {
    const found = names(...opening, date, '', '[1] The telegram was sent at 6 a.m.');
    for (const wanted of [`Message: Peng Dehuai → Mao Zedong, ${date}`, 'Signed: Peng Dehuai', `Dated: ${date}`]) assert.ok(found.includes(wanted), `${wanted} in ${JSON.stringify(found)}`);
  }
});

test('a `[Source: ...]` note printed after the text is an editor’s note under the message, not a title over it', () => {
  const found = outline(symbols(joinLines('Enlai:', '', 'The Politburo has decided that our army should enter Korea.', '', 'Mao Zedong', '13 October', '',
    '[Source: Jianguo yilai Mao Zedong wengao, vol. 1, p. 556.]')));
  assert.deepEqual(found.map(s => [s.name, s.detail]), [['Message: Mao Zedong → Zhou Enlai, 13 October', '--10-13'], ['Editor\'s notes', 'editorial']]);
  assert.deepEqual(found[0].children!.map(s => s.name), ['Salutation: Enlai:', 'Signed: Mao Zedong', 'Dated: 13 October']);
});

test('a numbered attachment heading under the signature (`Attachment No. 1`) opens an attachment and leaves the letter its closing, signer and date', () => {
  const found = outline(symbols(joinLines('Your Excellency:', '', 'I transmit the list of equipment.', '', 'With deep respect,', 'ZHOU ENLAI', 'Beijing, 28 December 1950', '',
    'Attachment No. 1', 'List of equipment and materials', '1) Steel rails – 40,000 tons', '', 'ATTACHMENT 2', 'List of specialists')));
  assert.equal(found[0].name, 'Message: Zhou Enlai → Your Excellency, 28 December 1950');
  assert.deepEqual(found[0].children!.map(s => s.name),
    ['Salutation: Your Excellency:', 'Closing: With deep respect,', 'Signed: Zhou Enlai', 'Dated: Beijing, 28 December 1950', 'Attachment', 'Attachment']);
});

test('a dateline with any place in capitals (`KANGGYE, 3 November 1950`, `NEW DELHI, October 3, 1950—4 p.m.`) is where and when the letter was written, its date never an addressee', () => {
  for (const [dateline, place, date] of [['KANGGYE, 3 November 1950', 'Kanggye', '3 November 1950'], ['NEW DELHI, October 3, 1950—4 p.m.', 'New Delhi', 'October 3, 1950—4 p.m.']]) {
    const [envelope] = outline(symbols(joinLines(dateline, '', 'Dear Comrade Stalin!', '', 'The government of the DPRK has moved to Kanggye.', '', 'KIM IL SUNG')));
    assert.deepEqual(envelope.children!.map(s => s.name), [`From: ${place}`, `Dated: ${date}`]);
  }
});

test('a telegraph’s date line, the place and its date with no comma (`PYONGYANG 31 AUG 46 1430`), is where the telegram was handed in and when', () => {
  const [envelope] = outline(symbols(joinLines('TELEGRAM', 'PYONGYANG 31 AUG 46 1430', '', 'KIM TU-BONG ELECTED CHAIRMAN STOP', '', 'SHTYKOV')));
  assert.match(envelope.name, /^Telegram — Pyongyang\b.*, 31 AUG 46 1430$/);
  assert.deepEqual(envelope.children!.map(s => s.name), ['TELEGRAM', 'From: Pyongyang', 'Dated: 31 AUG 46 1430']);
  assert.equal(envelope.children![2].detail, '1946-08-31 14:30');
});

test('a telegram to several places, each with its addressee and the editor’s gloss on an old name (`VOROSHILOV [Ussuriysk] - to ...`), keeps every destination; the first addressee is the principal', () => {
  const [envelope, message] = outline(symbols(joinLines('COPY OF AN OUTGOING TELEGRAM', 'sent at 2055 20 September 1945', '',
    'KHABAROVSK - To the Commander-in-Chief of Soviet Forces in the Far East', 'VOROSHILOV [Ussuriysk] - to the Military Council of the Primorsky Military District',
    'HEIJO - to the Military Council of the 25th Army', '', '1. Do not form organs of Soviet power in North Korea.', '', 'STALIN', 'ANTONOV')));
  assert.deepEqual(envelope.children!.filter(s => /^(?:Destination|Addressee):/.test(s.name)).map(s => s.name), [
    'Destination: Khabarovsk', 'Addressee: the Commander-in-Chief of Soviet Forces in the Far East', 'Destination: Voroshilov',
    'Addressee: the Military Council of the Primorsky Military District', 'Destination: Heijo', 'Addressee: the Military Council of the 25th Army']);
  assert.match(message.name, /^Message: Stalin and Antonov → the Commander-in-Chief of Soviet Forces in the Far East\b/);
});

test('an extract of 1953 headed `CPSU CC` / `Presidium` keeps its header: the party and its organ are institutions, the protocol the Presidium’s', () => {
  const extract = (...heading: string[]) => outline(symbols(joinLines(...heading, '# P3/19', '19/III/53', 'To: Cmrds Malenkov, Molotov', '', 'Decision dated 19 March 1953', '',
    '19. On the question of the war in Korea.', '', 'SECRETARY OF THE CC')));
  const [envelope, message] = extract('CPSU CC', 'Presidium');
  assert.equal(envelope.name, 'Presidium protocol # P3/19, 19/III/53');
  assert.deepEqual(envelope.children!.map(s => s.name),
    ['Institution: CPSU CC', 'Institution: Presidium', '# P3/19', 'Dated: 19/III/53', 'Distribution: Malenkov, Molotov', 'Dated: 19 March 1953']);
  assert.ok(message.children!.some(s => s.name === 'Decision: 19. On the question of the war in Korea.'), JSON.stringify(message));
  assert.equal(extract('CPSU CC')[0].name, 'Presidium protocol # P3/19, 19/III/53');
  // the Politburo on a line of its own under the VKP(b) is its institution as well, and names the protocol
  assert.deepEqual(extract('VKP(b) CC', 'Politburo')[0].children!.slice(0, 2).map(s => s.name), ['Institution: VKP(b) CC', 'Institution: Politburo']);
  assert.equal(extract('VKP(b) CC', 'Politburo')[0].name, 'Politburo protocol # P3/19, 19/III/53');
});

test('a party’s Central Committee as the addressee, with its man after it (`To the Central Committee of the VKP(b), Comrade STALIN:`) or under it, keeps the addressee and the salutation', () => {
  const names = (...lines: string[]) => flatten(symbols(joinLines(...lines))).map(s => s.name);
  const inline = names('To the Central Committee of the VKP(b), Comrade STALIN:', '', 'We would like to report on the following questions.', '', 'LIU SHAOQI', '4 July 1949');
  for (const wanted of ['Message: Liu Shaoqi → Stalin, 4 July 1949', 'To: Stalin']) assert.ok(inline.includes(wanted), `${wanted} in ${JSON.stringify(inline)}`);
  const below = names('To the Central Committee of the CPSU,', 'Comrade I. V. STALIN', '', 'Dear Comrade Stalin!', 'We ask you to send specialists.', 'KIM IL SUNG', '12 December 1952');
  for (const wanted of ['Message: Kim Il Sung → I. V. Stalin, 12 December 1952', 'To: the Central Committee of the CPSU', 'To: I. V. Stalin', 'Salutation: Dear Comrade Stalin!']) {
    assert.ok(below.includes(wanted), `${wanted} in ${JSON.stringify(below)}`);
  }
});

test('a title addressee with its man on the same line and no comma (`To the Minister of Foreign Affairs of the USSR Cde. A.Ya. Vyshinsky`) names him; an office alone does not', () => {
  const names = (first: string) => flatten(symbols(joinLines('Top secret', first, 'I report that the Ambassador Zhang Wentian visited me.', 'V. ZORIN', '2 May 1951'))).map(s => s.name);
  for (const [line, man] of [
    ['To the Minister of Foreign Affairs of the USSR Cde. A.Ya. Vyshinsky', 'A.Ya. Vyshinsky'],
    ['To the Ambassador of the USSR in the PRC Cde. N.V. Roshchin', 'N.V. Roshchin'],
    ['To the Chairman of the Council of Ministers of the USSR Comrade G.M. Malenkov', 'G.M. Malenkov'],
  ]) {
    const got = names(line);
    for (const wanted of [`Message: V. Zorin → ${man}, 2 May 1951`, `To: ${man}`]) assert.ok(got.includes(wanted), `${wanted} in ${JSON.stringify(got)}`);
  }
  // the honorific that is also an office stays in the title
  assert.ok(names('To the Chairman of the Council of Ministers of the USSR').includes('To: the Chairman of the Council of Ministers of the USSR'));
});

test('a forwarding sentence names the telegram’s sender after `telegram from` and its date after `dated`, not the man who read it out nor the hour of the visit', () => {
  const names = (intro: string) => flatten(symbols(joinLines(intro, '', '"Zhou Enlai sent for me at midnight. He stated that China would intervene."', '', 'HENDERSON'))).map(s => s.name);
  const read = names('Bajpai asked me to call at 11 a.m. today. He read to me the following telegram from Panikkar dated October 3:');
  assert.ok(read.includes('Telegram: from Panikkar, October 3'), JSON.stringify(read));
  // a place after `from` sends nothing: the one who asked is still the sender
  const place = names('Bajpai asked me to transmit the following telegram from Korea:');
  assert.ok(place.includes('Telegram: from Bajpai'), JSON.stringify(place));
});

test('a forwarding sentence that names another’s date first gives the hour the text was handed over (`the proposal of the Political Committee of 13 January, handed to me by Zhou Enlai at 2000 17 January.`)', () => {
  const found = names('CABLE N° 25553', 'from PEKING received at 16:40 17 January 1951', '', 'To Cde. FILIPPOV [Stalin].', '',
    'I transmit the answer of the PRC to the proposal of the Political Committee of 13 January, handed to me by Zhou Enlai at 2000 17 January.', '',
    '"1. Negotiations should be held on the basis of the withdrawal of all foreign troops from Korea."', '', 'ROSHCHIN', 'No. 121', '17.1.51');
  includesAll(found, ['Message: Roshchin → Filippov, 17.1.51', 'Telegram: received 2000 17 January']);
});

test('a text relayed in quoted parts under their headings (`Pass the following to Kim Il Sung in two parts.` / `Part one:` / "..." / `Part two:` / "...") is to the man the forwarding sentence names, each part', () => {
  const found = names('To Shtykov.', '', 'Pass the following to Kim Il Sung in two parts.', '', 'Part one:', '"1. We consider that continuing the resistance is pointless."',
    'Part two:', '"2. It is important to take out all troops."', '', 'Telegraph the fulfillment.', '', 'FILIPPOV', 'No. 4681', '13 October 1950');
  includesAll(found, ['Message: Filippov → Shtykov, 13 October 1950']);
  assert.equal(found.filter(n => n === 'Telegram: to Kim Il Sung').length, 2, JSON.stringify(found));
  // parts of several lines each
  const long = names('To Shtykov.', '', 'Pass the following to Kim Il Sung in two parts.', '', 'Part one:', '"1. We consider that continuing the resistance is pointless.', '2. Prepare for evacuation."',
    'Part two:', '"3. It is important to take out all troops.', '4. The potential for fighting will be preserved."', '', 'FILIPPOV', 'No. 4681', '13 October 1950');
  assert.equal(long.filter(n => n === 'Telegram: to Kim Il Sung').length, 2, JSON.stringify(long));
});

test('a record’s heading keeps its date when the other man’s name went to a line of its own, or when a `[Source:]` note follows the heading', () => {
  const heading = (...lines: string[]) => outline(symbols(joinLines(...lines, '', 'Today at 16:00 I visited Zhou Enlai at his request.', '', 'A. PANYUSHKIN')))[0];
  const wrapped = heading('From the diary of', 'A.S. PANYUSHKIN', '', 'RECORD OF CONVERSATION', 'with the Premier of the State Administrative Council of the PRC', 'Zhou Enlai', '20 October 1952');
  assert.equal(wrapped.name, 'Record of conversation — Alexander Panyushkin and Zhou Enlai, 20 Oct 1952');
  assert.ok(wrapped.children!.some(s => s.name === 'with the Premier of the State Administrative Council of the PRC Zhou Enlai'), JSON.stringify(wrapped));
  const sourced = heading('RECORD OF CONVERSATION', 'of Ambassador N.V. Roshchin with Zhou Enlai', '3 October 1950', '', '[Source: AVPRF, fond 0100, opis 43, papka 302, delo 10.]');
  assert.equal(sourced.name, 'Record of conversation — Nikolai Roshchin and Zhou Enlai, 3 Oct 1950');
  assert.deepEqual(sourced.children!.map(s => s.name),
    ['RECORD OF CONVERSATION', 'of Ambassador N.V. Roshchin with Zhou Enlai', 'Dated: 3 October 1950', '[Source: AVPRF, fond 0100, opis 43, papka 302, delo 10.]']);
});

test('a quoted telegram opened on a numbered line (`1. "Chairman Mao [Zedong]:`) is seen: its salutation is kept and its closing quote is no repair', () => {
  const text = joinLines('To Comrade FILIPPOV.', '', 'I send you two telegrams.', '', '1. "Chairman Mao [Zedong]:', 'Kim Il Sung arrived at our headquarters.', 'Peng Dehuai', '16 January"', '',
    '2. "Comrade Peng Dehuai:', 'Receive him well.', 'Mao Zedong', '17 January"', '', 'ROSHCHIN', '17.1.51');
  const names = flatten(symbols(text)).map(s => s.name);
  for (const wanted of ['Telegram: Peng Dehuai → Mao Zedong, 16 January', 'Salutation: Chairman Mao [Zedong]:', 'Telegram: Mao Zedong → Peng Dehuai, 17 January', 'Salutation: Comrade Peng Dehuai:']) {
    assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  }
  const opened = parseCable(text).blocks.flatMap(b => b.kind === 'message' ? b.telegrams : []).map(t => text.slice(t.openQuote!.start, t.openQuote!.start + 8));
  assert.deepEqual(opened, ['"Chairma', '"Comrade']);
  assert.deepEqual(parseCable(text).repairs, []);
});

test('the recorder of a conversation whose signature the editor marks on his line (`Recorded by A. Vyshinsky [signature]`) signs the record', () => {
  const names = flatten(symbols(joinLines('RECORD OF CONVERSATION BETWEEN COMRADE I.V. STALIN AND ZHOU ENLAI', '20 August 1952', '',
    'Stalin: Mao Zedong is right.', '', 'Zhou Enlai: Our delegation will return to Beijing in the middle of September.', '', 'Recorded by A. Vyshinsky [signature]'))).map(s => s.name);
  for (const wanted of ['Message: recorded by A. Vyshinsky', 'Recorded by: A. Vyshinsky']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
});

test('a signature described in parentheses under the signer (`(Signed and dated in [Pyongyang])`) leaves the signer and the date read', () => {
  for (const described of ['(Signed and dated in [Pyongyang])', '(Signed as Chairman of the Cabinet of Ministers of the DPRK and dated)']) {
    const names = flatten(symbols(joinLines('Dear Comrade Stalin!', '', 'We ask you to receive our delegation in Moscow.', '', 'Kim Il Sung', described, '12 April 1950'))).map(s => s.name);
    for (const wanted of ['Message: Kim Il Sung → Stalin, 12 April 1950', 'Signed: Kim Il Sung', 'Dated: 12 April 1950']) assert.ok(names.includes(wanted), `${described}: ${wanted} in ${JSON.stringify(names)}`);
  }
});

test('a recorder set as a field (`Recorded by: N. Fedorenko`) signs the record as `Recorded by N. Fedorenko` does', () => {
  const names = flatten(symbols(joinLines('RECORD OF CONVERSATION BETWEEN COMRADE I.V. STALIN AND MAO ZEDONG', '16 December 1949', '',
    'Mao Zedong: The most important question at the present time is the question of establishing peace.', '', 'Stalin: In China a war for peace, as it were, is taking place.', '', 'Recorded by: N. Fedorenko'))).map(s => s.name);
  for (const wanted of ['Message: recorded by N. Fedorenko', 'Recorded by: N. Fedorenko']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  // and as a sentence: `The conversation was recorded by Cde. Fedorenko.`
  const sentence = flatten(symbols(joinLines('RECORD OF CONVERSATION BETWEEN COMRADE I.V. STALIN AND MAO ZEDONG', '16 December 1949', '',
    'Mao Zedong: The most important question at the present time is the question of establishing peace.', '', 'Stalin: In China a war for peace, as it were, is taking place.', '', 'The conversation was recorded by Cde. Fedorenko.'))).map(s => s.name);
  assert.ok(sentence.includes('Recorded by: Fedorenko'), JSON.stringify(sentence));
});

test('a diary’s heading whose owner went to the next line (`From the diary of` / `N.V. ROSHCHIN`) is one note over the record’s title and date', () => {
  const names = flatten(symbols(joinLines('From the diary of', '', 'N.V. ROSHCHIN', '', 'Record of conversation with Zhou Enlai', '', '3 October 1950', '',
    'Zhou Enlai said that China would intervene.', '', 'N. ROSHCHIN'))).map(s => s.name);
  for (const wanted of ['Record of conversation — Nikolai Roshchin and Zhou Enlai, 3 Oct 1950', 'From the diary of N.V. ROSHCHIN', 'Record of conversation with Zhou Enlai', 'Signed: N. Roshchin']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
});

test('lost line breaks after an addressee in capitals with no period or gloss (`To Comrade FILIPPOV Your telegram ...`): the addressee is the name, the date above it the message’s', () => {
  const line = '9 March 1952 To Comrade FILIPPOV Your telegram of 7 March has been received. With greetings, KRASOVSKY';
  const alone = flatten(symbols(line)).map(s => s.name);
  for (const wanted of ['Message: Krasovsky → Filippov, 9 March 1952', 'Dated: 9 March 1952', 'To: Filippov']) assert.ok(alone.includes(wanted), `${wanted} in ${JSON.stringify(alone)}`);
  const enveloped = flatten(symbols(joinLines('From PEKING received at 10:25 10 March 1952', '', line))).map(s => s.name);
  assert.ok(enveloped.includes('Addressee: Filippov') && enveloped.includes('Message: Krasovsky → Filippov'), JSON.stringify(enveloped));
  // a name in capitals going on in capitals is still the name: `To Comrade MAO ZEDONG We agree ...`
  const twoWords = flatten(symbols('9 March 1952 To Comrade MAO ZEDONG We agree with your proposal on the exchange of prisoners. FILIPPOV')).map(s => s.name);
  assert.ok(twoWords.includes('To: Mao Zedong'), JSON.stringify(twoWords));
});

test('lost line breaks before a signer and his date closing the line (`... Please instruct. Li Kenong 8 October 1952, 18:00`): the message is signed and dated; a sentence ending in a place and a date is not cut', () => {
  const line = 'Chairman Mao [Zedong]: (1) Today Harrison declared an indefinite recess and the enemy delegation left the tent. (2) We propose to keep the liaison officers at Panmunjom. Please instruct. Li Kenong 8 October 1952, 18:00';
  const names = flatten(symbols(line)).map(s => s.name);
  for (const wanted of ['Message: Li Kenong → Mao Zedong, 8 October 1952, 18:00', 'Signed: Li Kenong 8 October 1952, 18:00']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  const inPlace = flatten(symbols(line.replace('Li Kenong 8 October 1952, 18:00', 'In Kaesong 8 October 1952'))).map(s => s.name);
  assert.ok(!inPlace.some(n => n.startsWith('Signed')), JSON.stringify(inPlace));
  // the clock in four digits after the year, as the Chinese side writes it
  const mao = flatten(symbols('Comrade Filippov: Our troops will cross the Yalu on the 19th. Comrade Zhou Enlai will arrive in Moscow on 10 October. Mao Zedong 8 October 1950, 2300')).map(s => s.name);
  for (const wanted of ['Message: Mao Zedong → Filippov, 8 October 1950, 2300', 'Signed: Mao Zedong 8 October 1950, 2300']) assert.ok(mao.includes(wanted), `${wanted} in ${JSON.stringify(mao)}`);
});

test('lost line breaks before a Soviet signer’s surname alone and his date closing the line (`... Pak Hon-yong and Nam Il share this view. Razuvaev 16 July 1952`): the message is signed and dated; a city and its date, or a verb that ends as a surname does, is not cut', () => {
  const line = 'From Pyongyang. Sent 16.7.52 22:40 Received 16.7 18:10 To Comrade FILIPPOV. Kim Il Sung asked me to transmit to you that the enemy bombed Pyongyang on 11 July. Pak Hon-yong and Nam Il share this view. Razuvaev 16 July 1952';
  const names = flatten(symbols(line)).map(s => s.name);
  for (const wanted of ['Message: Razuvaev → Filippov, 16 July 1952', 'Signed: Razuvaev 16 July 1952']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  const numeric = flatten(symbols(line.replace('Razuvaev 16 July 1952', 'Shtykov 12.5.50'))).map(s => s.name);
  assert.ok(numeric.some(n => n.startsWith('Message: Shtykov → Filippov')), JSON.stringify(numeric));
  for (const tail of ['Harbin 16 July 1952', 'Begin 16 July 1952']) {
    const other = flatten(symbols(line.replace('Razuvaev 16 July 1952', tail))).map(s => s.name);
    assert.ok(!other.some(n => n.startsWith('Signed')), `${tail}: ${JSON.stringify(other)}`);
  }
});

test('a minute under a forwarded telegram whose quote never closes (`I agree with this.` / `Zhou Enlai` / date) is the telegram’s; its date is not the cover’s', () => {
  const names = flatten(symbols(joinLines('To Cde. KUZNETSOV.', '', 'Transmitting another telegram from Mao Zedong', '', '“Comrade Kuznetsov! We have decided to postpone the conference.', '', 'Mao Zedong 2 February', '',
    'I agree with this.', '', 'Zhou Enlai', '', 'February 2, 1948', '', 'TEREBIN', '', '3.II.48'))).map(s => s.name);
  for (const wanted of ['Message: Terebin → Kuznetsov, 3.II.48', 'Telegram: Mao Zedong → Kuznetsov, 2 February', 'Endorsement: I agree with this.', 'Signed: Zhou Enlai']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  // the minute sits inside the telegram, before the cover's own signature
  assert.ok(names.indexOf('Endorsement: I agree with this.') < names.indexOf('Signed: Terebin'), JSON.stringify(names));
});

test("the party's Central Committee as the institution line, in Latin or Cyrillic letters, under a handwritten note: the envelope stays", () => {
  for (const institution of ['CC VKP(b)', 'ЦК ВКП(б)', 'CPSU CC']) {
    const text = ['[handwritten: to Cde. Poskrebyshev]', institution, 'CIPHERED TELEGRAM No. 1443', 'From PYONGYANG Received 21:15 8.10.1950', '', 'To FENG XI [Stalin].', '', 'Kim Il Sung thanks you.', '', 'SHTYKOV', '8.10.50'].join('\n');
    const names = flatten(symbols(text)).map((s) => s.name);
    assert.ok(names.includes(`Institution: ${institution}`), `${institution}: ${JSON.stringify(names)}`);
    assert.ok(names.some((n) => n.startsWith('Ciphered telegram No. 1443 — Pyongyang → Moscow')), `${institution}: ${JSON.stringify(names)}`);
  }
});

test('a file copy in a flattened copy table (`Copy Nº 4 File of 8th Dept. |`) is one of its entries', () => {
  const text = ['CIPHERED TELEGRAM No. 21405', 'From BEIJING Received 13:55 3.7.1951', '', 'Copy Nº 1 to Cde. Stalin | Copy Nº 3 to Cde. Molotov |', 'Copy Nº 2 to Cde. Stalin | Copy Nº 4 File of 8th Dept. |', '', 'To Cde. FILIPPOV.', '', 'Mao Zedong agrees.', '', 'KRASOVSKY', '3.7.51'].join('\n');
  const names = flatten(symbols(text)).map((s) => s.name);
  assert.ok(names.includes('Distribution: Stalin ×2, Molotov, File of 8th Dept'), JSON.stringify(names));
  assert.ok(names.includes('Copy Nº 4 File of 8th Dept.'), JSON.stringify(names));
});

test('a stamp whose bracket holds the editor’s word alone (`[stamp:] Secret`) is named by the words after it', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 4223', 'From PYONGYANG Received 04:10 3.X.1950', '[stamp:] Secret', 'To Comrade FENG XI.', 'The front holds.', 'SHTYKOV'))).map(s => s.name);
  assert.ok(names.includes('Stamp: Secret'), JSON.stringify(names));
});

test('a relay that opens `Visit NAME ... and pass him the following` names the relayed text’s recipient', () => {
  const names = flatten(symbols(joinLines('CIPHERED TELEGRAM', 'Sent on 1:20 am, 7 January 1950', 'PEKING, TO THE SOVIET AMBASSADOR', '', 'To Roshchin.', '',
    'Visit Liu Shaoqi, who is acting in Peking in the absence of Mao Zedong, and pass him the following:', '', '"The Soviet government agrees."', '', 'A. VYSHINSKY', '6.I.50'))).map(s => s.name);
  assert.ok(names.includes('Telegram: to Liu Shaoqi'), JSON.stringify(names));
});

test('two signers in capitals stacked under a letter sign it together, the editor’s gloss of one notwithstanding', () => {
  const names = flatten(symbols(joinLines('To Comrade FENG XI.', '', 'I herewith transmit a letter of Kim Il Sung and Pak Heon-yeong to Comrade Stalin:', '',
    '"Dear Comrade Iosif Vissarionovich Stalin,', 'We ask you for direct military help.', 'With deep respect,', 'KIM IL SUNG', 'PAK HEON-YEONG [Pak Hon Yong]', 'Pyongyang', '29 September 1950"', '', 'SHTYKOV', 'No. 1434', '30.9.50'))).map(s => s.name);
  assert.ok(names.includes('Telegram: Kim Il Sung and Pak Heon-yeong → Stalin, 29 September 1950'), JSON.stringify(names));
});

test('a quoted text introduced by `NAME writes to me:` is from him', () => {
  const names = flatten(symbols(joinLines('To Cde. FILIPPOV [Stalin].', 'Mao Zedong has asked me to forward to you his telegram to Peng Dehuai:', '"Comrade Peng Dehuai.', 'Kim Il Sung writes to me:',
    '“Chairman Mao Zedong. The Korean divisions will be ready by 15 April.”', 'I agree with Comrade Kim Il Sung.', 'Mao Zedong 28 February"', 'ROSHCHIN', 'No. 457', '2.3.51'))).map(s => s.name);
  assert.ok(names.includes('Telegram: Kim Il Sung → Mao Zedong'), JSON.stringify(names));
});

test('a footer line’s bare time before the printing’s number is its time (`Printed by Kornushina 0130 № 4012`)', () => {
  const footer = flatten(symbols(joinLines('CIPHERED TELEGRAM No. 1412', 'From BEIJING', 'Received 2310 4 December 1951', '', 'To Cde. FILIPPOV.', '', 'The talks go on.', '', 'ROSHCHIN', '4.12.51', '---',
    'Deciphered by Fedyaev 0045', 'Printed by Kornushina 0130 № 4012', 'Verified by Shift Chief Sadov[in] 0150')));
  assert.deepEqual(footer.filter(s => /^(?:Deciphered|Printed|Verified) by/.test(s.name)).map(s => s.detail), ['processing footer', '1951-12-05 00:45', '1951-12-05 01:30', '1951-12-05 01:50']);
});

/** The names of every symbol of the outline of `lines`, depth first. */
function names(...lines: string[]): string[] {
  return flatten(symbols(joinLines(...lines))).map(s => s.name);
}

/** The outline of Gromyko's report to Stalin under a heading line. */
function gromykoUnder(heading: string): string[] {
  return names(heading, '', 'TO COMRADE STALIN I.V.', '', 'I report on my conversation with the American Ambassador Kirk.', '', 'A. GROMYKO');
}

/** Each of `wanted` is among the outline's names. */
function includesAll(found: readonly string[], wanted: readonly string[]): void {
  for (const w of wanted) assert.ok(found.includes(w), `${w} in ${JSON.stringify(found)}`);
}

test('a body addresses and signs as a body: `To the CC of the CPC.` over `Dear comrades!`, signed `CC VKP(b)`; co-addressees each with a `Comrade`', () => {
  const body = names('Ciphered telegram', 'From Moscow, 20 August 1950', '', 'To the CC of the CPC.', '', 'Dear comrades!', '', 'We agree with your proposal of 15 August.', '', 'CC VKP(b)');
  includesAll(body, ['Message: CC VKP(b) → the CC of the CPC', 'To: the CC of the CPC', 'Salutation: Dear comrades!', 'Signed: CC VKP(b)']);
  // a cable from Moscow went out: its label does not send it to Moscow
  assert.ok(body.includes('Ciphered telegram — from Moscow, sent 20 Aug 1950'), JSON.stringify(body));
  const two = names('To Comrade Kim Il Sung, Comrade Pak Hon-yong.', '', 'I have received your letter of 15 August.', '', 'FYN SI');
  assert.ok(two.includes('Message: Fyn Si → Kim Il Sung, Pak Hon-yong'), JSON.stringify(two));
  // a comma before an office joins no second man
  const office = names('To Comrade Kim Il Sung, Chairman of the Cabinet of Ministers.', '', 'I have received your letter of 15 August.', '', 'FYN SI');
  assert.ok(office.includes('Message: Fyn Si → Kim Il Sung'), JSON.stringify(office));
});

test('a postscript or a one-line minute under the signature block keeps the block; a numbered item naming a Comrade is no copy list', () => {
  const head = ['To Cde. Filippov.', 'Zhou Enlai informed me that the delegation will leave on 20 November.', 'ROSHCHIN', '17.XI.50'];
  for (const last of ['P.S. The list of the delegation will follow.', 'I agree with this telegram. Zhou Enlai, December 21']) {
    const found = names(...head, last);
    includesAll(found, ['Message: Roshchin → Filippov, 17.XI.50', 'Signed: Roshchin', 'Dated: 17.XI.50']);
  }
  assert.ok(names(...head, 'I agree with this telegram. Zhou Enlai, December 21').includes('Endorsement: I agree with this telegram. Zhou Enlai, December 21'));
  const directive = names('Peng [Dehuai], Gao [Gang]:', 'Your telegram has been received.', '1. The army is renamed the Chinese People\'s Volunteers.', '2. Comrade Gao Gang is responsible for the rear services.', 'Mao Zedong', 'October 8 [1950]');
  for (const wanted of ['Message: Mao Zedong → Peng Dehuai, Gao Gang, October 8 [1950]', 'Signed: Mao Zedong']) assert.ok(directive.includes(wanted), `${wanted} in ${JSON.stringify(directive)}`);
  assert.ok(!directive.some(n => /copy|footer|notes/i.test(n)), JSON.stringify(directive));
});

test('group addressees: `To Cdes. Stalin, Molotov.`, and the Chairman with the Military Commission', () => {
  const listed = names('To Cdes. Stalin, Molotov.', 'We submit the draft of an answer.', '(A. Vasilevsky)', '2 February 1951');
  assert.ok(listed.includes('Message: A. Vasilevsky → Stalin, Molotov, 2 February 1951'), JSON.stringify(listed));
  for (const line of ['Chairman [Mao Zedong] and the Military Commission:', 'To the Chairman [Mao Zedong] and the Military Commission, and inform Gao [Gang][1]:']) {
    const found = names(line, '(1) The troops are very tired.', 'Peng Dehuai', 'December 19, 1950');
    assert.ok(found.includes('Message: Peng Dehuai → Chairman Mao Zedong and the Military Commission, December 19, 1950'), JSON.stringify(found));
  }
});

test('a routing line’s place keeps the editor’s gloss out of it: `From PEKING [Beijing]` is the origin, not an addressee', () => {
  const found = names('CIPHERED TELEGRAM No. 11862', 'From PEKING [Beijing]', 'Received 16.X.1950 03:50', 'To Cde. STALIN.', 'The troops will cross on 19 October.', 'ROSHCHIN');
  includesAll(found, ['Ciphered telegram No. 11862 — Peking → Moscow, received 16.X.1950 03:50', 'From: Peking', 'Addressee: Stalin']);
});

test('a forwarding sentence names the sender after `telegram of` (not `of 13 October`), and dates the text by its last clause', () => {
  const of = names('To Cde. Filippov.', 'At 2140 I received the following telegram of Mao Zedong to Cde. Peng Dehuai:', '"The Americans want to force us to give in."', 'ROSHCHIN', '18.7.52');
  assert.ok(of.includes('Telegram: Mao Zedong → Peng Dehuai'), JSON.stringify(of));
  const dated = names('To Cde. Filippov.', 'I transmit the telegram of 13 October to Cde. Peng Dehuai:', '"The Americans want to force us to give in."', 'ROSHCHIN', '18.10.50');
  assert.ok(dated.includes('Telegram: to Peng Dehuai, 13 October'), JSON.stringify(dated));
  const clauses = names('To Cde. Gromyko.', 'Kim Il Sung said that the volunteers will enter Korea on 19 October; Mao Zedong wrote to him on 13 October:', '"The Chinese troops will enter Korea as planned."', 'SHTYKOV', '13.10.50');
  assert.ok(clauses.includes('Telegram: 13 October'), JSON.stringify(clauses));
});

test('a quote of words spoken (`... summoned Panikkar and made the following statement:`, `Zhou Enlai said:`) is reported speech, no inner telegram; one handed over is a text', () => {
  const spoken = (intro: string) => names('To Vyshinsky.', '', intro, '', '"If the American troops cross the 38th Parallel, China will intervene."', '', '3.10.50 ROSHCHIN');
  for (const intro of ['Zhou Enlai informed me that at 01:00 on 3 October he summoned Panikkar and made the following statement:', 'Zhou Enlai said:']) {
    const found = spoken(intro);
    assert.ok(!found.some(n => n.startsWith('Telegram')) && found.includes('Message: Roshchin → Vyshinsky, 3.10.50'), JSON.stringify(found));
  }
  assert.ok(spoken('Zhou Enlai handed me the following statement:').includes('Telegram: from Zhou Enlai'));
});

test('a covering note’s copies list over its attachment, a numbered report’s heading, a mixed-bracket note, an editor’s line over the addressee and a double-spaced salutation keep the blocks', () => {
  const covering = names('To Cde. Stalin.', 'I am sending you the draft of an answer.', '(A. Vyshinsky)', '30 January 1950', 'Copies: Stalin, Molotov', '[Attachment]', 'To Shtykov.', 'Tell Kim Il Sung that I am ready to receive him.', 'STALIN');
  includesAll(covering, ['Message: A. Vyshinsky → Stalin, 30 January 1950', 'Signed: A. Vyshinsky', 'Attachment: Stalin → Shtykov']);
  const summary = names('SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY', 'SUMMARY No. 174 OF RADIO INTERCEPTS', '27 June 1950', 'Top Secret', 'Copies: Stalin, Molotov, Malenkov', '', '1. At 13:00 Tokyo time the radio broadcast a statement by President Truman.');
  includesAll(summary, ['Summary No. 174, 27 Jun 1950', 'SUMMARY No. 174 OF RADIO INTERCEPTS', 'Dated: 27 June 1950', 'Distribution: Stalin, Molotov, Malenkov']);
  const mixed = names('Comrade Peng Dehuai:', '(1) Your telegram has been received(2〕.', 'Mao Zedong', 'October 21, 1950', '(2〕 The telegram has not been found.');
  includesAll(mixed, ['Signed: Mao Zedong', 'Dated: October 21, 1950', "Editor's notes"]);
  const handwritten = names('[handwritten: to Cde. Poskrebyshev]', 'To Cde. Stalin.', 'I am sending you the list of questions.', 'Zhou Enlai', 'January 22, 1950');
  assert.ok(handwritten.includes('Message: Zhou Enlai → Stalin, January 22, 1950'), JSON.stringify(handwritten));
  const spaced = names('Dear Cde.', '', 'I. V. Stalin', '', 'I am sending you the list of questions.', 'Zhou Enlai', 'January 22, 1950');
  assert.ok(spaced.includes('Message: Zhou Enlai → I. V. Stalin, January 22, 1950'), JSON.stringify(spaced));
});

test('a numbered list of comrades under a sentence of the text ending in its colon is the text’s, not a copy list', () => {
  const found = names('Comrade Kim Il Sung, Comrade Peng Dehuai:', 'We propose that the delegation consist of the following comrades:', '1. Comrade Nam Il', '2. Comrade Deng Hua', 'Mao Zedong', 'July 2, 1951');
  includesAll(found, ['Message: Mao Zedong → Kim Il Sung, Peng Dehuai, July 2, 1951', 'Signed: Mao Zedong', 'Dated: July 2, 1951']);
  assert.ok(!found.some(n => /footer|notes|copy/i.test(n)), JSON.stringify(found));
});

test('a paper’s kind in capitals on a line of its own is its document line, not a destination: `STATEMENT`, `MEMORANDUM`, `TASS STATEMENT`', () => {
  // (and a command's report by its kind: `COMBAT REPORT`, `OPERATIONAL SUMMARY`, `INTELLIGENCE REPORT`)
  for (const kind of ['STATEMENT', 'MEMORANDUM', 'TASS STATEMENT', 'VERBAL NOTE', 'AIDE-MEMOIRE', 'COMBAT REPORT', 'OPERATIONAL SUMMARY', 'INTELLIGENCE REPORT']) {
    const found = gromykoUnder(kind);
    assert.ok(found.includes(kind) && !found.some(n => n.startsWith('Destination')), JSON.stringify(found));
  }
  // a place alone in capitals is still where the cable went
  const place = names('PYONGYANG', 'SOVIET AMBASSADOR.', '', 'To Comrade SHTYKOV.', 'Visit Kim Il Sung.', 'FENG XI');
  assert.ok(place.includes('Destination: Pyongyang'), JSON.stringify(place));
});

test('two signers each over an office sign together, and the man who handed the text over sent it', () => {
  const joint = names('To General Ridgway:', '', 'We agree to meet your representatives at Kaesong.', '', 'Kim Il Sung', 'Supreme Commander of the Korean People\'s Army', '', 'Peng Dehuai', 'Commander of the Chinese People\'s Volunteers', '', '1 July 1951');
  assert.ok(joint.includes('Message: Kim Il Sung and Peng Dehuai → Ridgway, 1 July 1951'), JSON.stringify(joint));
  const handed = names('To Cde. Filippov.', 'Mao Zedong handed me the following telegram to Cde. Li Kenong:', '"Hold the line at Kaesong."', 'ROSHCHIN', '19.10.51');
  assert.ok(handed.includes('Telegram: Mao Zedong → Li Kenong'), JSON.stringify(handed));
});

test('a numbered memorandum, letter or special report heads its paper; a sentence naming one is the text’s', () => {
  for (const heading of ['Special report No. 0318', 'Memorandum No. 12', 'Letter No. 41', 'REPORT No. 12 ON THE SITUATION AT THE FRONT']) {
    const found = gromykoUnder(heading);
    includesAll(found, [heading, 'Addressee: Stalin', 'Message: A. Gromyko → Stalin']);
  }
  const sentence = names('To Cde. Stalin.', 'Report No. 12 of the General Staff has been received.', 'A. GROMYKO');
  assert.ok(sentence.includes('Message: A. Gromyko → Stalin') && !sentence.some(n => n.startsWith('Report')), JSON.stringify(sentence));
});

test('a text quoted inside a quoted telegram in single quotes is a telegram of the second level, with its signer and date', () => {
  const lines = (open: string, close: string) => names(
    'To Comrade FILIPPOV.', '', 'I am transmitting the text of a telegram of Mao Zedong to me of 21 October:', '',
    '"Comrade Roshchin, please forward the following telegram of Peng Dehuai to me:', '',
    `${open}Chairman Mao:`, 'Our units crossed the river on the night of 19 October.', 'Peng Dehuai', `19 October 1950${close}`, '',
    'We ask for your opinion. Mao Zedong. 21 October 1950."', '', 'ROSHCHIN', '21.X.50');
  for (const [open, close] of [["'", "'"], ['‘', '’'], ['«', '»']]) {
    const found = lines(open, close);
    includesAll(found, ['Telegram: from Mao Zedong, 21 October', 'Telegram: Peng Dehuai → Mao, 19 October 1950', 'Signed: Peng Dehuai', 'Dated: 19 October 1950', 'Signed: Roshchin']);
  }
  // an apostrophe is no quote: `'50` opens nothing, and outside a quoted text single quotes nest nothing
  const plain = names('To Comrade FILIPPOV.', 'I transmit the telegram of Peng Dehuai:', "'Our units crossed the river.'", 'ROSHCHIN');
  assert.ok(!plain.some(n => n.startsWith('Telegram')), JSON.stringify(plain));
});

test('a German-style quotation `„...“` inside a telegram is closed on its line: the telegram keeps its salutation, signer and date', () => {
  const found = names('To Comrade FILIPPOV [Stalin].', 'I transmit a note of Zhou Enlai with the following contents:',
    '«Comrade Filippov!', 'We have received the statement of Ridgway of 30 June, which says:',
    '„The UN Command is prepared to send its representatives to a meeting with yours.“',
    'We intend to reply that our representatives are ready to meet at Kaesong.', 'Zhou Enlai', '3 July 1951»', 'No. 1310', 'ROSHCHIN', '3.7.51');
  includesAll(found, ['Telegram: Zhou Enlai → Filippov, 3 July 1951', 'Salutation: Comrade Filippov!', 'Signed: Zhou Enlai', 'Signed: Roshchin']);
  assert.equal(found.filter(n => n.startsWith('Telegram')).length, 1, JSON.stringify(found));
});

test('a stamp that opens in a quoted telegram and never closes ends before the numbered text resumes, and is listed once', () => {
  const stamped = (close: string) => names('To FILIPPOV [Stalin].', 'I transmit the telegram of Mao Zedong to you:', '"Comrade Filippov!',
    '[Stamp: Subject to return to the', `VKP(b) CC Special Section${close}`, '1. Our troops have liberated Pyongyang.',
    '2. The enemy is retreating toward the 38th Parallel.', 'Mao Zedong', '7 December 1950"', 'No. 3105', 'ROSHCHIN', '8.12.50');
  for (const close of ['', ']']) {
    const found = stamped(close);
    includesAll(found, ['Telegram: Mao Zedong → Filippov, 7 December 1950', 'Signed: Mao Zedong', 'Signed: Roshchin', 'Number: No. 3105']);
    assert.equal(found.filter(n => n.startsWith('Stamp')).length, 1, JSON.stringify(found));
  }
});

test('the editor’s date in brackets under the signature dates the message (`[19 October 1950]`, `[19 October 1950][2]`)', () => {
  for (const line of ['[19 October 1950]', '[19 October 1950][2]']) {
    const found = names('Comrade Peng Dehuai, Comrade Deng Hua:', '', 'Your telegram was received.', '', 'Mao Zedong', line);
    includesAll(found, ['Message: Mao Zedong → Peng Dehuai, Deng Hua, 19 October 1950', 'Signed: Mao Zedong', `Dated: ${line}`]);
  }
  // an editor's note in brackets is still passed over
  const note = names('Comrade Peng Dehuai:', '', 'Your telegram was received.', '', 'Mao Zedong', '[handwritten: to the file]');
  assert.ok(note.includes('Signed: Mao Zedong') && !note.some(n => n.startsWith('Dated')), JSON.stringify(note));
});

test('quote marks alone on the lines around a quoted telegram open and close it: its salutation, signer and date are read', () => {
  const found = names('to Cde. FILIPPOV', '', 'I am sending you the text of my telegram to Cde. Li Kenong.', '', '"', '', 'Cde. Li Kenong:', '',
    'We should both not be in a hurry and not waste time.', '', 'MAO ZEDONG', '', '0530 18 October', '', '"', '', 'N° 5205', '', '19 October', '', 'MAO ZEDONG');
  includesAll(found, ['Telegram: Mao Zedong → Li Kenong, 0530 18 October', 'Salutation: Cde. Li Kenong:', 'Dated: 0530 18 October', 'Number: N° 5205', 'Dated: 19 October']);
});

test('a title whose holder the editor names in brackets addresses that man: `Chairman [Mao]:`, `Premier [Zhou Enlai]:`', () => {
  const to = (salutation: string) => names(salutation, '', 'Your telegram of October 13 was received.', '', 'Peng Dehuai', 'October 14')[0];
  assert.equal(to('Chairman [Mao]:'), 'Message: Peng Dehuai → Chairman Mao, October 14');
  assert.equal(to('Premier [Zhou Enlai]:'), 'Message: Peng Dehuai → Premier Zhou Enlai, October 14');
  assert.equal(to('Chairman Mao [Zedong]:'), 'Message: Peng Dehuai → Mao Zedong, October 14');
});

test('a date line run into the next words under the signature block (lost line breaks, §3) dates the message and keeps its signature', () => {
  const found = names('To Comrade FILIPPOV [Stalin]', '', 'Reporting: the enemy is active.', '', 'RAZUVAEV', 'No. 281', '9 March 1952 To Comrade VYSHINSKY Your telegram No. 2231 was received.');
  includesAll(found, ['Message: Razuvaev → Filippov, 9 March 1952', 'Signed: Razuvaev', 'Number: No. 281', 'Dated: 9 March 1952']);
  // a sentence of the text that opens with a date, under no signature, is still the text
  const text = names('To Comrade FILIPPOV [Stalin]', '', 'Reporting: the enemy is active.', '9 March 1952 the enemy attacked.');
  assert.ok(!text.some(n => n.startsWith('Dated')), JSON.stringify(text));
});

test('a record’s recorders: two of them, a day after the name, a name beside the signature’s mark; a `Between` line under the heading', () => {
  const record = (recorder: string, between = 'between') => names('RECORD OF CONVERSATION', `${between} Comrade I.V. STALIN and ZHOU ENLAI`, '3 September 1952', '',
    'STALIN: When do you leave?', 'ZHOU ENLAI: On 19 September.', '', recorder);
  assert.ok(record('Recorded by A. Vyshinsky and Cde. N. Fedorenko').includes('Recorded by: A. Vyshinsky and N. Fedorenko'));
  assert.ok(record('Recorded by A. Vyshinsky, N. Fedorenko').includes('Recorded by: A. Vyshinsky, N. Fedorenko'));
  includesAll(record('Recorded by N. Fedorenko, 18.IX.52'), ['Message: recorded by N. Fedorenko, 18.IX.52', 'Recorded by: N. Fedorenko 18.IX.52']);
  assert.ok(record('Recorded by [signature] (Fedorenko)').includes('Recorded by: Fedorenko'));
  const capital = record('Recorded by N. Fedorenko', 'Between');
  includesAll(capital, ['Record of conversation — Stalin and Zhou Enlai, 3 Sep 1952', 'Dated: 3 September 1952']);
});

test('a relay that names the man without an honorific addresses the relayed text to him: `Transmit to Kim Il Sung the following:`', () => {
  const found = names('PYONGYANG', 'SOVIET AMBASSADOR', '', 'Transmit to Kim Il Sung the following:', '"The Chinese comrades have again refused to send troops."', '', 'FYN SI');
  assert.ok(found.includes('Telegram: to Kim Il Sung'), JSON.stringify(found));
  const honoured = names('PYONGYANG', 'SOVIET AMBASSADOR', '', 'Transmit to Comrade Kim Il Sung the following:', '"The Chinese comrades have again refused to send troops."', '', 'FYN SI');
  assert.ok(honoured.includes('Telegram: to Kim Il Sung'), JSON.stringify(honoured));
  // `Tell NAME the following:` is the same relay
  const told = names('PYONGYANG', 'SOVIET AMBASSADOR', '', 'Tell Kim Il Sung the following:', '', '"The Soviet Government agrees with the proposal."', '', 'MOLOTOV');
  assert.ok(told.includes('Telegram: to Kim Il Sung'), JSON.stringify(told));
});

test('a date line with a part the editor supplied in brackets is the message’s date line: `0400 [21 October 1950]`, `[October] 21, 0400`', () => {
  for (const [line, label] of [['0400 [21 October 1950]', '0400 [21 October 1950]'], ['[October] 21, 0400', '[October] 21, 0400'], ['0400 21 [October]', '0400 21 [October]'], ['[19 October], 2100', '[19 October], 2100']]) {
    const found = names('Comrade [Peng] Dehuai:', '(1) Your telegram of October 18 has been received.', 'Mao Zedong', line);
    includesAll(found, [`Message: Mao Zedong → Peng Dehuai, ${label}`, 'Signed: Mao Zedong', `Dated: ${line}`]);
  }
  // a bracket that is no part of a date is still no date line
  const note = names('Comrade [Peng] Dehuai:', '(1) Your telegram of October 18 has been received.', 'Mao Zedong', '[handwritten: to the file]');
  assert.ok(!note.some(n => n.startsWith('Dated')), JSON.stringify(note));
});

test('a Chinese date line with its hour, or the day alone, under the signature is the date line, not a second signer', () => {
  for (const line of ['十月十九日二十一时', '十九日二十一时', '十九日']) {
    const found = names('彭德怀同志：', '（一）十八日电悉。', '毛泽东', line);
    includesAll(found, [`Message: 毛泽东 → 彭德怀, ${line}`, 'Signed: 毛泽东', `Dated: ${line}`]);
    assert.equal(found.filter(n => n.startsWith('Signed')).length, 1, JSON.stringify(found));
  }
});

test('a record’s mailing line between the signer and the date (`Sent: Cdes. Stalin, Molotov, file.`) leaves both read, and is no speaker', () => {
  const found = names('From the diary of N.V. Roshchin', 'Record of conversation with Zhou Enlai, 5 January 1951', 'At 21:00 I visited Zhou Enlai at his request.',
    'N. ROSHCHIN', 'Sent: Cdes. Stalin, Molotov, Vyshinsky, file.', '6 January 1951');
  includesAll(found, ['Signed: N. Roshchin', 'Dated: 6 January 1951']);
  const turns = names('RECORD OF CONVERSATION', 'between Comrade N.V. Roshchin and Zhou Enlai', '3 July 1951', '', 'ZHOU ENLAI: We agree.', 'ROSHCHIN: Good.', '',
    'N. ROSHCHIN', 'Sent: to Cde. Vyshinsky, to Cde. Gromyko, file');
  assert.ok(turns.includes('Signed: N. Roshchin') && !turns.some(n => n.startsWith('Sent')), JSON.stringify(turns));
});

test('`Attachment` in title case alone on its line marks the attached draft, as `ATTACHMENT` and `[Attachment]` do', () => {
  const found = names('VKP(b) CC', '# P78/131', '30/9/50', 'Decision dated September 30, 1950', '131. The Question of Korea.', '1. Approve the draft answer (attached).',
    'SECRETARY OF THE CC', '3-ak', 'Attachment', 'To PYONGYANG', 'SOVIET AMBASSADOR.', 'To Comrade Shtykov.', 'Visit Kim Il Sung and tell him that we agree.', 'VYSHINSKY', '30.IX.50');
  includesAll(found, ['Signed: Secretary of the CC', 'Number: 3-ak', 'Attachment: Vyshinsky → Shtykov, 30.IX.50']);
});

test('a group addressee with a copy addressee keeps every man before the copy; an older romanisation glossed with the whole name reads as the name', () => {
  const to = (salutation: string) => names(salutation, '', 'The talks went well.', '', 'Zhou Enlai', 'August 20, 1952')[0];
  assert.equal(to('Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and report to the Central Committee:'), 'Message: Zhou Enlai → Chairman Mao Zedong, Liu Shaoqi, August 20, 1952');
  assert.equal(to("P'eng [Peng Dehuai], Teng [Deng Hua], and inform Kao [Gao Gang]:"), 'Message: Zhou Enlai → Peng Dehuai, Deng Hua, August 20, 1952');
  // a given name of two words completes the surname
  assert.equal(to('Kim [Il Sung]:'), 'Message: Zhou Enlai → Kim Il Sung, August 20, 1952');
});

test('a copy addressee `for information` after the main one (`To Mao Tse-tung and for information to Chou En-lai:`) leaves the main one the addressee, and both are read as the men they are', () => {
  const cases: [string, string, string, string][] = [
    ['To Mao Tse-tung and for information to Chou En-lai:', 'Mao Tse-tung', 'mao', 'zhou_enlai'],
    ["Chairman Mao, and for information Comrade Liu Shao-ch'i:", 'Mao', 'mao', 'liu_shaoqi'],
    ['Comrade Peng Dehuai and for information Comrade Gao Gang:', 'Peng Dehuai', 'peng_dehuai', 'gao_gang'],
  ];
  for (const [salutation, main, mainId, copyId] of cases) {
    const text = joinLines(salutation, '', 'The Volunteers crossed the river at 2100.', '', 'Filippov', '25 October 1950');
    assert.equal(symbols(text)[0]!.name, `Message: Filippov → ${main}, 25 October 1950`, salutation);
    const read = analysisSource().get(makeDocument(text)).cables[0]!.analysis.entities.mentions.map(m => m.resolution.best.entry.id);
    assert.ok(read.includes(mainId) && read.includes(copyId), `${salutation}: ${JSON.stringify(read)}`);
  }
});

test('a government’s note a cable relays is a note, sent by the government it names (its heading, its opening formula, or the sentence handing it over), not an anonymous telegram', () => {
  const relayed = (introducer: string, ...note: string[]) => flatten(symbols(joinLines('MFA USSR', 'CIPHERED TELEGRAM', 'WASHINGTON - SOVIET AMBASSADOR', '', 'To Comrade Panyushkin.', '', introducer, '',
    ...note, '', 'Confirm receipt.', '', 'VYSHINSKY', '29 June 1950'))).map(s => s.name).filter(n => /^(?:Note|Telegram)\b/.test(n));
  assert.deepEqual(relayed('Transmit to the State Department the following:', '"NOTE OF THE SOVIET GOVERNMENT TO THE GOVERNMENT OF THE UNITED STATES', '', 'The events in Korea were provoked by the South Korean troops."'),
    ['Note: Soviet Government → Government of the United States']);
  assert.deepEqual(relayed('Transmit to the State Department the following:', '"The Soviet Government considers it necessary to state the following:', '', 'The events in Korea were provoked by the South Korean troops."'),
    ['Note: from Soviet Government']);
  assert.deepEqual(relayed('Visit Acheson and hand him the following note of the Government of the USSR:', '"The events in Korea were provoked by the South Korean troops."'),
    ['Note: Government of the USSR → Acheson']);
  // a telegram that only speaks of the Soviet Government stays a telegram
  assert.deepEqual(relayed('Transmit the following answer to Kim Il Sung:', '"The Soviet Government agrees to send the specialists."'), ['Telegram: to Kim Il Sung']);
});

test('a note printed on its own under a bare `NOTE` whose next line names its governments reads the two lines as one heading', () => {
  const text = ['', 'The events in Korea were provoked by the South Korean troops.', '', 'Moscow, 29 June 1950'];
  const found = symbols(joinLines('NOTE', 'of the Soviet Government to the Government of the United Kingdom', ...text));
  assert.deepEqual(outline(found).map(s => s.name), ['Note', 'Message: Soviet Government → Government of the United Kingdom, 29 June 1950']);
  assert.deepEqual(found[0]!.children?.map(c => c.name), ['NOTE of the Soviet Government to the Government of the United Kingdom']);
  // a bare `NOTE` over the text stays a bare note, and a line of the text under it is no part of its heading
  assert.deepEqual(symbols(joinLines('NOTE', ...text)).map(s => s.name), ['Note', 'Message: 29 June 1950']);
  assert.deepEqual(symbols(joinLines('NOTE', 'of the Soviet Government was handed to the ambassador today.', ...text))[0]!.children?.map(c => c.name), ['NOTE']);
});

test('a ministry’s memorandum to a leader is titled as the memorandum it calls itself: its heading naming the ministry and the man on one line, or its kind under its number', () => {
  const roots = (...lines: string[]) => symbols(joinLines(...lines)).map(s => s.name);
  const text = ['', 'The Chinese government asks for the delivery of 500 trucks before 1 May 1951.', '', 'A. Gromyko', '12 April 1951'];
  assert.deepEqual(roots('MFA USSR', 'Top Secret', '', 'MEMORANDUM of the Ministry of Foreign Affairs of the USSR to Comrade Stalin I.V.', ...text),
    ['Memorandum', 'Message: A. Gromyko → Stalin, 12 April 1951']);
  assert.deepEqual(roots('MEMORANDUM of the Ministry of Foreign Affairs of the USSR', '', 'To Comrade Molotov V.M.', ...text),
    ['Memorandum', 'Message: A. Gromyko → Molotov, 12 April 1951']);
  assert.deepEqual(roots('MFA USSR', 'No. 312/gs', 'Top Secret', '', 'TO COMRADE MOLOTOV V.M.', '', 'MEMORANDUM', ...text),
    ['Memorandum No. 312/gs', 'Message: A. Gromyko → Molotov, 12 April 1951']);
  // a sentence of the text about a memorandum is no heading
  assert.deepEqual(roots('MFA USSR', 'Top Secret', '', 'To Comrade Stalin I.V.', '', 'Memorandum of the Ministry of Foreign Affairs of the USSR was sent to the Chinese embassy.', ...text).slice(0, 1), ['Cable']);
});

test('a memorandum titled by its subject in normal case heads its paper as a `Memorandum`, alone on its line; a sentence that starts with the word stays text', () => {
  const roots = (...lines: string[]) => symbols(joinLines(...lines)).map(s => s.name);
  const text = ['', 'The Chinese government asks for the delivery of 500 trucks before 1 May 1951.', '', 'A. Gromyko', '12 April 1951'];
  assert.deepEqual(roots('Memorandum on the Chinese request for trucks', '', 'To Comrade Molotov V.M.', ...text),
    ['Memorandum', 'Message: A. Gromyko → Molotov, 12 April 1951']);
  assert.deepEqual(roots('MINISTRY OF FOREIGN AFFAIRS OF THE USSR', 'Memorandum concerning the talks with Cde. Zhou Enlai', 'To Comrade Molotov V.M.', ...text),
    ['Memorandum', 'Message: A. Gromyko → Molotov, 12 April 1951']);
  // a sentence (its stop, or its line running on) and a subject under another heading are the text's
  const head = (...lines: string[]) => roots(...lines, ...text)[0];
  assert.equal(head('MFA USSR', 'Memorandum on the trucks was handed to Cde. Roshchin.', '', 'To Comrade Molotov V.M.'), 'Cable');
  assert.equal(head('MFA USSR', 'Memorandum on the trucks was handed to us by', 'the Chinese embassy yesterday'), 'Cable');
  assert.equal(head('MFA USSR', 'CIPHERED TELEGRAM No. 12', 'Memorandum on the Chinese request for trucks', '', 'To Comrade Molotov V.M.'), 'Ciphered telegram No. 12');
});

test("a memorandum's labelled header (`From:` / `To:` / `Date:` / `Subject:`) is its writer, the man it is for, its date and its subject, not turns of a conversation nor a copy list", () => {
  const text = ['', 'Mao Zedong is expected to arrive in Moscow on 16 December.', '', 'I. TUGARINOV'];
  const found = symbols(joinLines('Memorandum of the Far Eastern Department of the MFA USSR', '', 'From: Head of the Far Eastern Department I. Tugarinov',
    'To: Deputy Minister of Foreign Affairs A. A. Gromyko', 'Date: 5 December 1949', 'Subject: On the forthcoming visit of Mao Zedong', ...text));
  assert.deepEqual(outline(found).map(s => s.name), [
    'Memorandum — Head of the Far Eastern Department I. Tugarinov → Deputy Minister of Foreign Affairs A. A. Gromyko, 5 Dec 1949',
    'Message: I. Tugarinov → Deputy Minister of Foreign Affairs A. A. Gromyko']);
  assert.deepEqual(found[0]!.children?.map(c => c.name), ['Memorandum of the Far Eastern Department of the MFA USSR', 'From: Head of the Far Eastern Department I. Tugarinov',
    'Addressee: Deputy Minister of Foreign Affairs A. A. Gromyko', 'Dated: 5 December 1949', 'Subject: On the forthcoming visit of Mao Zedong']);
  assert.ok(!flatten(found).some(s => s.detail === 'turn'));
  // `To: Cde.` names the addressee among the labels, under a letterhead with no heading too
  const lettered = symbols(joinLines('COMMITTEE OF INFORMATION', '', 'From: P. Fedotov', 'To: Cde. V. M. Molotov', 'Date: 3 November 1948', ...text));
  assert.equal(lettered[0]!.name, 'Cable — P. Fedotov → V. M. Molotov, 3 Nov 1948');
  assert.ok(!flatten(lettered).some(s => s.detail?.endsWith('copy') || s.detail?.endsWith('copies')), JSON.stringify(outline(lettered)));
  // a protocol extract's readers stay its copy list, and `FROM: PYONGYANG` alone its origin
  const extract = symbols(joinLines('VKP(b) CC', '# P91/204', '12/11/50', 'To: Cmrds Malenkov, Vyshinsky', 'Extract Minutes from Protocol #91 of the Meeting of the Politburo', '204. The Question of Kim.', 'Approve the draft.'));
  assert.ok(flatten(extract).some(s => s.name === 'Distribution: Malenkov, Vyshinsky'), JSON.stringify(outline(extract)));
  assert.equal(symbols(joinLines('CIPHERED TELEGRAM', 'FROM: PYONGYANG', 'Received 10:20 3.9.50', '', 'To Cde. FENG XI.', 'I report.', 'SHTYKOV'))[0]!.name, 'Ciphered telegram — Pyongyang → Moscow, received 10:20 3.9.50');
});

test('a paper with no heading whose labelled header gives its writer, its man and its subject (`From:` / `To:` / `Subject:`) is a memorandum', () => {
  const text = ['', 'On 3 October Zhou Enlai summoned the Indian ambassador Panikkar.', '', 'A. Gromyko', '5 October 1950'];
  assert.equal(symbols(joinLines('From: A. Gromyko', 'To: Comrade V. M. Molotov', 'Subject: On the statement of Zhou Enlai of 3 October 1950', ...text))[0]!.name, 'Memorandum — A. Gromyko → V. M. Molotov');
  assert.equal(symbols(joinLines('From: A. Gromyko', 'To: Comrade V. M. Molotov', 'Re: Statements of Zhou Enlai', ...text))[0]!.name, 'Memorandum — A. Gromyko → V. M. Molotov');
  // without a subject, or with a cipher office's times, the labelled lines may be a cable's
  assert.equal(symbols(joinLines('From: A. Gromyko', 'To: Comrade V. M. Molotov', ...text))[0]!.name, 'Cable — A. Gromyko → V. M. Molotov');
  assert.ok(symbols(joinLines('FROM: PYONGYANG', 'Received 10:20 3.9.50', 'Subject: the front', '', 'To Cde. FENG XI.', 'I report.', 'SHTYKOV'))[0]!.name.startsWith('Cable'));
});

test("an institution's name going on to the next line (`COMMITTEE OF INFORMATION` / `UNDER THE MFA USSR`) is one institution, and a memorandum's `Re:` in words is its subject", () => {
  const found = symbols(joinLines('COMMITTEE OF INFORMATION', 'UNDER THE MFA USSR', '', 'From: Deputy Chairman of the Committee of Information V. Zorin', 'To: Comrade V. M. Molotov',
    'Re: Statements of Liu Shaoqi on the Marshall Plan', '', 'Liu Shaoqi told a meeting of party officials that the CCP would not seek American aid.', '', 'V. ZORIN', '5 August 1949'));
  assert.deepEqual(found[0]!.children?.map(c => c.name), ['Institution: COMMITTEE OF INFORMATION UNDER THE MFA USSR', 'From: Deputy Chairman of the Committee of Information V. Zorin',
    'Addressee: V. M. Molotov', 'Re: Statements of Liu Shaoqi on the Marshall Plan']);
  assert.equal(found[1]!.name, 'Message: V. Zorin → V. M. Molotov, 5 August 1949');
  // a telegram's number after `RE:` stays a reference
  const cited = flatten(symbols(joinLines('From: V. Zorin', 'To: Comrade V. M. Molotov', 'RE: 2217/sh', '', 'The answer is attached.', '', 'V. ZORIN')));
  assert.ok(cited.some(s => s.name === 'Reference: 2217/sh'), JSON.stringify(cited.map(s => s.name)));
});

test('a telegram quoted German-style over several lines (`„Comrade Kim Il Sung:` ... `30 June 1951“`) closes at its `“`', () => {
  const found = names('To Comrade FILIPPOV.', 'I am sending you my telegram to Kim Il Sung:', '„Comrade Kim Il Sung:', 'We agree with your proposal.',
    'Mao Zedong', '30 June 1951“', '', 'MAO ZEDONG', 'No. 3026', '2 July 1951');
  includesAll(found, ['Message: Mao Zedong → Filippov, 2 July 1951', 'Telegram: Mao Zedong → Kim Il Sung, 30 June 1951', 'Dated: 30 June 1951', 'Number: No. 3026', 'Dated: 2 July 1951']);
});

test('a number and a date joined by a double or long dash under the signature are both read (`No. 312 -- 14 October 1949`)', () => {
  for (const line of ['No. 312 -- 14 October 1949', 'No. 312 — 14 October 1949', 'No. 312 - 14 October 1949']) {
    const found = names('To Cde. FILIPPOV.', '', 'Mao Zedong has arrived in Moscow.', '', 'KOVALEV', line);
    includesAll(found, ['Message: Kovalev → Filippov, 14 October 1949', 'Signed: Kovalev', 'Dated: 14 October 1949']);
  }
});

test('a Chinese telegram in quotes keeps its addressee and its date line with the closing mark; two mailing lines in a row; a title with a three-word holder', () => {
  const chinese = names('To Comrade FILIPPOV.', 'I transmit the telegram of Mao Zedong to Peng Dehuai:', '"彭德怀同志：', '我军今晚渡江。', '毛泽东', '十九日"', 'ROSHCHIN', '20.X.50');
  includesAll(chinese, ['Telegram: 毛泽东 → 彭德怀, 十九日', 'Signed: 毛泽东', 'Dated: 十九日']);
  const mailed = names('RECORD OF CONVERSATION WITH PAK HEON-YEONG', '11 July 1952', 'PAK HEON-YEONG: We agree.', '', 'V. RAZUVAEV',
    'Sent: Cdes. Stalin, Molotov, file.', 'Distributed: to Cde. Gromyko, to Cde. Zorin.', '12.VII.52');
  includesAll(mailed, ['Signed: V. Razuvaev', 'Dated: 12.VII.52']);
  const premier = names('Premier [Kim Il Sung]:', '', 'Your telegram was received.', '', 'Peng Dehuai', 'October 14');
  assert.equal(premier[0], 'Message: Peng Dehuai → Premier Kim Il Sung, October 14');
});

test('invisible characters a web export leaves at line ends (a zero-width space, joiner, word joiner) change no block of the outline', () => {
  const clean = forwardingCable;
  for (const mark of ['\u200b', '\u200c', '\u200d', '\u2060']) {
    assert.deepEqual(outline(symbols(clean.replace(/\n/g, `${mark}\n`))), outline(symbols(clean)), JSON.stringify(mark));
  }
});

test('a body line in capitals opening with a hyphenated name is no destination (`MAO TSE-TUNG will return`); `BEIJING - SOVIET AMBASSADOR` still is', () => {
  const found = names('From PEKING received at 16:40 22 February 1950', '', 'To Cde. Vyshinsky.', '', 'MAO TSE-TUNG will return on 4 March.', '', 'ROSHCHIN', '22.2.50');
  includesAll(found, ['Cable — Peking → Moscow, received 16:40 22 Feb 1950', 'Message: Roshchin → Vyshinsky, 22.2.50', 'Signed: Roshchin']);
  assert.ok(!found.some(n => n.startsWith('Destination')), found.join('\n'));
  for (const line of ['BEIJING - SOVIET AMBASSADOR', 'BEIJING--', 'PEKING, TO THE SOVIET AMBASSADOR']) {
    includesAll(names('COPY OF AN OUTGOING TELEGRAM', line, '', 'Visit Mao Zedong.', '', 'FILIPPOV'), ['Destination: Beijing'.replace('Beijing', line.startsWith('PEKING') ? 'Peking' : 'Beijing')]);
  }
});

test('a signature with a Russian two-letter initial (`Ya. Malik`, `YA. A. MALIK`, `Malik Ya.A.`) and a joint one (`FILIPPOV, ZHOU ENLAI`) are signatures', () => {
  for (const [line, signed] of [['Ya. Malik', 'Ya. Malik'], ['YA. A. MALIK', 'Ya. A. Malik'], ['Malik Ya.A.', 'Malik Ya.A.']]) {
    includesAll(names('From LONDON received at 21:30 3 July 1953', '', 'To Cde. V. M. Molotov.', '', 'The Prime Minister is ill.', '', line, '3.VII.53'), [`Signed: ${signed}`, `Message: ${signed} → V. M. Molotov, 3.VII.53`]);
  }
  includesAll(names('Transmit to Comrade MAO ZEDONG the following:', '', '"The Soviet Union will cover the volunteers with aircraft.', '', 'FILIPPOV, ZHOU ENLAI', '11 October 1950"'),
    ['Telegram: Filippov, Zhou Enlai → Mao Zedong, 11 October 1950', 'Signed: Filippov, Zhou Enlai']);
});

test("the editor's long note under the processing footer, and an edition's part heading under the signature, leave the signature block whole", () => {
  const noted = names('To Cde. VYSHINSKY.', 'I report.', 'SHTYKOV', '4.2.50', 'Deciphered by Karpov 1505 4 February', '[Translated for the second edition from the copy in RGASPI f. 558, op. 11, d. 346, ll. 17-18.]');
  includesAll(noted, ['Message: Shtykov → Vyshinsky, 4.2.50', 'Signed: Shtykov', 'Dated: 4.2.50', "Editor's notes"]);
  const headed = names('To Cde. ROSHCHIN.', 'Telegraph the fulfillment.', 'FILIPPOV', 'No. 4581', '1 October 1950', 'II. THE CHINESE ANSWER');
  includesAll(headed, ['Message: Filippov → Roshchin, 1 October 1950', 'Signed: Filippov', 'Number: No. 4581', "Editor's notes", 'II. THE CHINESE ANSWER']);
  // inside a text such a line is the text's
  const inside = names('To Cde. ROSHCHIN.', 'I. THE MILITARY QUESTION', 'The units will move.', 'FILIPPOV', '1 October 1950');
  includesAll(inside, ['Message: Filippov → Roshchin, 1 October 1950']);
  assert.ok(!inside.includes("Editor's notes"), inside.join('\n'));
});

test("a signer's initial that is also a Roman numeral (`I. STALIN`, `V. MOLOTOV`) closing the text signs it, not an edition's part heading", () => {
  const closed = names('Dear Comrade Mao Zedong,', 'We agree with your proposal.', 'With greetings,', 'I. STALIN');
  includesAll(closed, ['Message: I. Stalin → Mao Zedong', 'Signed: I. Stalin']);
  assert.ok(!closed.includes("Editor's notes"), closed.join('\n'));
  // with only the date and the footer under it
  includesAll(names('To Cde. ROSHCHIN.', 'Convey our agreement.', 'V. MOLOTOV', '12 March 1950', 'Deciphered by Karpov 1505 12 March'),
    ['Message: V. Molotov → Roshchin, 12 March 1950', 'Signed: V. Molotov']);
  // a part heading over a text stays the editor's; two numerals stay a heading even at the end
  const parted = names('To Cde. ROSHCHIN.', 'Convey our agreement.', 'FILIPPOV', '1 October 1950', 'II. CONCLUSIONS');
  includesAll(parted, ['Message: Filippov → Roshchin, 1 October 1950', "Editor's notes", 'II. CONCLUSIONS']);
});

test("a record's `Sent to Cdes. Stalin, Molotov, Vyshinsky.` under its signature is the list of its copies, and the signature above stays the message's", () => {
  const found = flatten(symbols(joinLines('RECORD OF CONVERSATION', 'with Zhou Enlai', '10 March 1950', '', 'Zhou Enlai said that the note had been received.', '', 'N. ROSHCHIN', '', 'Sent to Cdes. Stalin, Molotov, Vyshinsky.')));
  includesAll(found.map(s => s.name), ['Message: from N. Roshchin', 'Signed: N. Roshchin', 'Distribution: Stalin, Molotov, Vyshinsky']);
  // one man, or no honorific of several, is a sentence of the text
  const sentence = flatten(symbols(joinLines('To Cde. Vyshinsky.', 'The note was handed over.', 'Sent to Cde. Roshchin for delivery.', 'ROSHCHIN')));
  assert.ok(!sentence.some(s => s.name.startsWith('Distribution')), JSON.stringify(sentence.map(s => s.name)));
});

test("`to Cde. X` lines under the processing footer are its copies' list, and the signature block above stays whole", () => {
  const found = names('CIPHERED TELEGRAM No. 5', 'From BEIJING Received 11:20 17.10.1950', 'To Cde. FILIPPOV.', 'Zhou Enlai informed me.', 'ROSHCHIN', '17.10.50',
    'Deciphered by Yelezov 11:55 17.10.50', 'to Cde. Stalin', 'to Cde. Molotov', 'to Cde. Malenkov');
  includesAll(found, ['Message: Roshchin → Filippov, 17.10.50', 'Signed: Roshchin', 'Dated: 17.10.50', 'Deciphered by Yelezov 11:55 17.10.50']);
  assert.ok(!found.includes("Editor's notes"), found.join('\n'));
  const doc = parseCable(joinLines('To Cde. FILIPPOV.', 'Zhou Enlai informed me.', 'ROSHCHIN', '17.10.50', 'Deciphered by Yelezov 11:55 17.10.50', 'to Cde. Stalin', 'to Cde. Molotov'));
  const footer = doc.blocks.find(b => b.kind === 'footer');
  assert.equal(footer?.kind === 'footer' ? footer.distribution?.entries.length : undefined, 2);
});

test('header lines in other cases and labels: `Strictly Secret`, `top secret`, `series "G" T`, a bare `Deciphered 3.9 19:20`, `Copy No.: 2`, an addressee with a glued `x/`', () => {
  for (const line of ['Strictly Secret', 'strictly secret', 'top secret', 'series "G" T', 'Deciphered 3.9 19:20', 'Deciphered: 3.9 19:20', 'Copy No.: 2']) {
    const found = names('CIPHERED TELEGRAM No. 3', 'From Pyongyang.Sent 3.9.50 14:08', 'Received 3.9 18:46', line, 'To Comrade FENG XI.', 'I report.', 'SHTYKOV', '3.9.50');
    includesAll(found, ['Addressee: Feng Xi', 'Message: Shtykov → Feng Xi, 3.9.50']);
  }
  includesAll(names('From PYONGYANG', 'Received 03:15 11.1.1951', '', 'FENG XI [Stalin].x/', '', 'I report: all quiet.', '', 'RAZUVAEV', '11.1.51', 'x/ Pseudonym I.V. Stalin.'),
    ['Addressee: Feng Xi', 'Message: Razuvaev → Feng Xi, 11.1.51']);
  includesAll(names('From PEKING', 'Received 12:33 28.2.51', 'To Comrade FILIPPOV [Stalin].x/', 'I received the telegram.', 'ZAKHAROV', '28.2.51'), ['Addressee: Filippov', 'Message: Zakharov → Filippov, 28.2.51']);
});

test("a joint message's title addressee with a general's rank, and its signers with their offices before their names in capitals", () => {
  const found = names('From BEIJING', 'Received 16:05 30.6.1951', '', 'To Comrade FILIPPOV [Stalin]', '', 'Kim Il Sung and Peng Dehuai have prepared the following answer:', '',
    '"To Commander-in-Chief of the United Nations forces General Ridgway.', '', 'We agree to meet in Kaesong.', '',
    "Commander of the Korean People's Army KIM IL SUNG", 'Commander of the Chinese People\'s Volunteers PENG DEHUAI"', '', 'MAO ZEDONG', '30.6.51');
  includesAll(found, ['Telegram: Kim Il Sung and Peng Dehuai → Ridgway', 'To: Ridgway', 'Signed: Kim Il Sung', 'Signed: Peng Dehuai', 'Message: Mao Zedong → Filippov, 30.6.51']);
});

test("joint signers whose offices open with `Supreme` or `Deputy` (`Supreme Commander of the Korean People's Army KIM IL SUNG`) sign both, not the last alone", () => {
  const found = names('From Pyongyang. Sent 1.7.51 15:20', 'Received 1.7 10:10', '', 'To Comrade FILIPPOV [Stalin].', '', 'I transmit the reply of Kim Il Sung and Peng Dehuai to Ridgway:', '',
    '"General Ridgway, Commander-in-Chief of the United Nations Forces:', '', 'We agree to meet your representative in the area of Kaesong.', '',
    "Supreme Commander of the Korean People's Army KIM IL SUNG", "Commander of the Chinese People's Volunteers PENG DEHUAI", '1 July 1951"', '', 'RAZUVAEV', '1.7.51');
  includesAll(found, ['Telegram: Kim Il Sung and Peng Dehuai → Ridgway, 1 July 1951', 'Signed: Kim Il Sung', 'Signed: Peng Dehuai', 'Message: Razuvaev → Filippov, 1.7.51']);
  const deputy = names('Comrade FILIPPOV!', '', 'We report.', '', "Deputy Commander of the Chinese People's Volunteers DENG HUA", '12.8.51');
  includesAll(deputy, ['Signed: Deng Hua']);
});

test("the sender's own number run into the routing line is shown as his, not as a second document", () => {
  const found = names('CIPHERED TELEGRAM No. 25844', 'From BEIJING No. 2563 21 hours 40', 'minutes, 19.10.1950', 'Received 18:05 19.10.1950', '', 'To Cde. FILIPPOV.', '', 'I report.', '', 'ROSHCHIN');
  includesAll(found, ["Sender's number: No. 2563", 'CIPHERED TELEGRAM No. 25844']);
  assert.ok(!found.includes('No. 2563'), found.join('\n'));
});

test('a telegram quoted whole on one line in single quotes inside a quoted telegram is its own, after a forwarding sentence', () => {
  const found = names('From BEIJING', 'Received 21:15 20.2.1951', '', 'To Cde. Filippov.', '', 'Zhou Enlai handed me the following telegram of Mao Zedong:', '',
    '"Comrade FILIPPOV [Stalin].', '', 'Peng Dehuai sent me the following telegram:', '', "'Chairman Mao [Zedong]: The enemy has begun an offensive. PENG DEHUAI 17 February'", '',
    'We are preparing to rotate the troops.', '', 'MAO ZEDONG 20 February"', '', '20.II.51 ROSHCHIN');
  includesAll(found, ['Telegram: Mao Zedong → Filippov, 20 February', 'Telegram: Peng Dehuai → Mao Zedong, 17 February', 'Signed: Mao Zedong 20 February', 'Message: Roshchin → Filippov, 20.II.51']);
});

test("a Chinese telegram's salutation ending in a group (`..., and leading comrades of the Volunteers at all levels:`), and a signer's office after his name and a comma", () => {
  includesAll(names('Comrade Peng Dehuai, Comrade Gao Gang[1], and leading comrades of the Volunteers at all levels:', '', '(1) The Volunteers will cross the river.', '', 'Mao Zedong', 'October 8, 1950'),
    ['Message: Mao Zedong → Peng Dehuai, Gao Gang, October 8, 1950']);
  const signed = names('Comrade Gao Gang, copy to Peng Dehuai:', '', '(1) The Volunteers will cross the river.', '', "Mao Zedong, Chairman of the People's Revolutionary Military Council", 'October 8, 1950');
  includesAll(signed, ['Message: Mao Zedong → Gao Gang, October 8, 1950', 'Signed: Mao Zedong']);
});

test('a quoted answer after `NAME received me and gave the following answer:` is his', () => {
  const found = names('From BEIJING', 'Received 23:40 2.10.1950', '', 'To Cde. FILIPPOV.', '', 'On 2 October at 21:00 Beijing time Mao Zedong received me and gave the following answer:', '',
    '"1. We intended to move several volunteer divisions.', '2. We have decided not to move them now."', '', 'ROSHCHIN', '3.10.50');
  includesAll(found, ['Telegram: from Mao Zedong, 2 October at 21:00 Beijing time', 'Message: Roshchin → Filippov, 3.10.50']);
});

test("a distribution list cut by the editor's brackets (`Bulganin[, Khrushchev, Vyshinsky]`) names each man without them", () => {
  const found = names('CIPHERED TELEGRAM No. 7', 'From BEIJING Received 11:20 17.10.1950', 'Copies: Stalin (2), Molotov, Bulganin[, Khrushchev, Vyshinsky], File of 8th [Dept]', 'To Cde. FILIPPOV.', 'Zhou Enlai informed me.', 'ROSHCHIN', '17.10.50');
  assert.ok(found.some(n => n.startsWith('Distribution: Stalin ×2, Molotov, Bulganin, Khrushchev, Vyshinsky, File of 8th')), found.join('\n'));
});

test('a Chinese addressee with a footnote mark in Chinese brackets after a name (`彭〔2〕、高：`) greets', () => {
  includesAll(names('彭〔2〕、高：', '', '我军今晚渡江。', '', '毛泽东', '十月十九日'), ['Salutation: 彭〔2〕、高：', 'Signed: 毛泽东']);
});

test('a designator signs as its routing line names the sender: `CORRESPONDENT 17`', () => {
  const found = names('CIPHERED TELEGRAM No. 12', 'From CORRESPONDENT 17 Sent 24.11.50 Received 25.11 3:48-18:10', '', 'To Cde. FILIPPOV.', '', 'The units have crossed.', '', 'CORRESPONDENT 17', '24.11.50');
  includesAll(found, ['Message: Correspondent 17 → Filippov, 24.11.50', 'Signed: Correspondent 17']);
});

test('a bilingual addressee and signature, each name followed by its characters (`Peng [Dehuai] 彭, Gao [Gang] 高:`, `Mao Zedong 毛泽东`)', () => {
  const found = names('Peng [Dehuai] 彭, Gao [Gang] 高:', '', 'Our troops will cross tonight.', '', 'Mao Zedong 毛泽东', 'October 19, 1950');
  includesAll(found, ['Salutation: Peng [Dehuai] 彭, Gao [Gang] 高:', 'Signed: Mao Zedong']);
  // the characters after each name are not the outline's (`Peng Dehuai 彭`); a name in characters alone stays
  assert.equal(found[0], 'Message: Mao Zedong → Peng Dehuai, Gao Gang, October 19, 1950');
  assert.ok(names('彭高:', '', '我军今晚过江。', '', '毛泽东', 'October 19, 1950')[0]!.startsWith('Message: 毛泽东 → 彭高'), 'names in characters alone');
});

test('a rank of several words before the addressee is his title: `To Marshal of the Soviet Union VASILEVSKY.`, `... Cde. MALINOVSKY`', () => {
  const rank = names('CIPHERED TELEGRAM No. 11/08894', 'To KHABAROVSK', 'To Marshal of the Soviet Union VASILEVSKY.', '', 'Report by 28 August on the state of the bridges.', '', 'STALIN', '23 August 1945');
  includesAll(rank, ['Message: Stalin → Vasilevsky, 23 August 1945', 'To: Vasilevsky']);
  const honoured = names('CIPHERED TELEGRAM No. 14/3207', 'To CHANGCHUN', 'To Marshal of the Soviet Union Cde. MALINOVSKY', '', 'Report the measures taken by 20 November.', '', 'ANTONOV', '11 November 1945');
  includesAll(honoured, ['Message: Antonov → Malinovsky, 11 November 1945', 'To: Malinovsky']);
});

test('a reply’s lead under the destination (`SOVIET AMBASSADOR` / `To No. 94.`) is the envelope’s reference, and the man under it the addressee', () => {
  const found = names('COPY OF AN OUTGOING TELEGRAM     TOP SECRET', 'sent at 2005 28 March', 'PYONGYANG', 'SOVIET AMBASSADOR', 'To No. 94.', '', 'To Cde. Suzdalev.', '', 'Inform Cde. Kim Il Sung.', '', 'MOLOTOV', 'No. 2342', '28.III.53');
  includesAll(found, ['Reference: No. 94', 'Addressee: Suzdalev', 'Message: Molotov → Suzdalev, 28.III.53']);
});

test('a date closing with whose clock it is, in parentheses (`0300, August 21 (Beijing time)`), dates the message under its signer', () => {
  for (const clock of ['Beijing time', 'local time', 'Moscow time']) {
    const found = names('Chairman Mao:', '', 'The conversation took place today.', '', 'Zhou Enlai', `0300, August 21 (${clock})`);
    includesAll(found, [`Message: Zhou Enlai → Mao, 0300, August 21 (${clock})`, 'Signed: Zhou Enlai', `Dated: 0300, August 21 (${clock})`]);
  }
});

test('a salutation naming whom its addressee passes the telegram on to (`Comrade Peng Dehuai, and transmit to Comrade Kim Il Sung:`) greets the first', () => {
  for (const verb of ['transmit to', 'pass to', 'forward to']) {
    const found = names(`Comrade Peng Dehuai, and ${verb} Comrade Kim Il Sung:`, '', 'Your telegram has been received.', '', 'Mao Zedong', '2100, 21 June');
    includesAll(found, ['Message: Mao Zedong → Peng Dehuai, 2100, 21 June', `Salutation: Comrade Peng Dehuai, and ${verb} Comrade Kim Il Sung:`]);
  }
});

test('a salutation that hands the telegram on (`Comrade Roshchin, and pass on to Comrade Zhou Enlai:`) is to the first man, and its text is relayed to the second', () => {
  const passed = names('COPY OF AN OUTGOING TELEGRAM', 'sent at 0105 12 March 1951', '', 'BEIJING - SOVIET AMBASSADOR', '', 'Comrade Roshchin, and pass on to Comrade Zhou Enlai:', '',
    'We agree with the proposal of the Chinese government on the talks.', '', 'FILIPPOV', '12.3.51');
  includesAll(passed, ['Message: Filippov → Roshchin, 12.3.51', 'Telegram: to Zhou Enlai', 'Signed: Filippov']);
  const asked = names('Ambassador Wang, and please transmit to Comrade Li Fuchun:', '', 'The Soviet side agrees to deliver the equipment in the second quarter.', 'The list of the plants will follow by mail.', '', 'Zhou Enlai', 'March 12, 1950');
  includesAll(asked, ['Message: Zhou Enlai → Wang, March 12, 1950', 'Salutation: Ambassador Wang, and please transmit to Comrade Li Fuchun:', 'Telegram: to Li Fuchun', 'Dated: March 12, 1950']);
  // quoted, the relayed text is the quote
  const quoted = names('Comrade Roshchin, and pass on to Comrade Zhou Enlai:', '', '"We agree with the proposal of the Chinese government on the talks."', '', 'FILIPPOV', '12.3.51');
  includesAll(quoted, ['Message: Filippov → Roshchin, 12.3.51', 'Telegram: to Zhou Enlai']);
  // a copy to another (`and report to`) relays nothing
  const copied = names('Comrade Peng Dehuai, and report to Comrade Gao Gang:', '', 'Your telegram has been received.', '', 'Mao Zedong', '2100, 21 June');
  assert.ok(!copied.some(n => n.startsWith('Telegram')), JSON.stringify(copied));
});

test('a relay’s `for Comrade KIM IL SUNG` under `To PYONGYANG` / `To Comrade SHTYKOV` is the envelope’s, and the message is to the ambassador', () => {
  const found = names('CIPHERED TELEGRAM No. 4829/sh', 'To PYONGYANG', 'To Comrade SHTYKOV', 'for Comrade KIM IL SUNG', '', 'Transmit to Comrade KIM IL SUNG the following:', '',
    '“We propose that you evacuate North Korea.', 'FYN SI [Stalin]”', '', 'FYN SI', '13 October 1950');
  includesAll(found, ['Addressee: Shtykov', 'Addressee: Kim Il Sung', 'Message: Fyn Si → Shtykov, 13 October 1950', 'Telegram: Fyn Si → Kim Il Sung']);
});

test('a copy list’s file copy written `Copy 3 - file` is the footer’s, as `Copy 1 - Stalin` is', () => {
  const found = names('CIPHERED TELEGRAM No. 458', 'From PYONGYANG Received 10:00 26.6.1950', 'To Comrade FILIPPOV.', 'The offensive began.', 'SHTYKOV', 'No. 458', '26.6.50', '---',
    'Three copies printed', 'Copy 1 - Stalin', 'Copy 2 - Vasilevsky', 'Copy 3 - file');
  includesAll(found, ['Copy 1 - Stalin', 'Copy 3 - file']);
  assert.ok(!found.includes("Editor's notes"), JSON.stringify(found));
});

test('a place of writing and a date closing the signer’s block (`Warsaw, 7 October 1949`) is its date line, not a second signer', () => {
  const found = names('Mr. Chairman,', '', 'I have the honour to inform you of the decision of my Government.', '', 'Boleslaw Bierut', 'President of the Polish Republic', 'Warsaw, 7 October 1949');
  includesAll(found, ['Message: Boleslaw Bierut → Chairman, 7 October 1949', 'Signed: Boleslaw Bierut', 'Dated: Warsaw, 7 October 1949']);
});

test('a place of writing romanised with breves or an apostrophe closing the signers’ block (`P\'yŏngyang, October 1, 1950`) is its date line, not a signer', () => {
  for (const place of ["P'yŏngyang", 'Sinŭiju']) {
    const found = names('Dear Comrade Mao Zedong:', '', 'We ask for help.', '', 'Kim Il Sung', 'Pak Hŏn-yŏng', `${place}, October 1, 1950`);
    includesAll(found, [`Dated: ${place}, October 1, 1950`, 'Signed: Kim Il Sung', 'Signed: Pak Hŏn-yŏng']);
    assert.ok(!found.some(n => n.startsWith(`Signed: ${place}`)), JSON.stringify(found));
  }
});

test('a people’s commissariat by its full name heading the paper (`PEOPLE\'S COMMISSARIAT OF FOREIGN AFFAIRS USSR`) is the institution, as `NKID USSR` is', () => {
  const found = names("PEOPLE'S COMMISSARIAT OF FOREIGN AFFAIRS USSR", 'CIPHERED TELEGRAM', 'CHUNGKING, TO THE SOVIET AMBASSADOR', 'sent at 2215 15 August 1945', '', 'To Petrov.', '', 'The treaty was signed on 14 August.', '', 'MOLOTOV', '15.VIII.45');
  includesAll(found, ["Institution: PEOPLE'S COMMISSARIAT OF FOREIGN AFFAIRS USSR", 'Message: Molotov → Petrov, 15.VIII.45']);
  assert.ok(!found.includes('Title and source'), JSON.stringify(found));
});

test('the addressee’s acknowledgement under the minister’s signature (`Received and will be carried out.` / `ROSHCHIN` / `9 October 1951`) is an endorsement, the message still the minister’s', () => {
  const found = names('MID USSR', 'Ciphered Telegram # 9104', 'PEKING, TO THE SOVIET AMBASSADOR', '', 'To Roshchin.', '', 'The question is not to be discussed on our initiative.', '',
    'GROMYKO', 'Nº 547/ag', '8.X.51', '', 'Received and will be carried out.', 'ROSHCHIN', '9 October 1951');
  includesAll(found, ['Message: Gromyko → Roshchin, 8.X.51', 'Signed: Gromyko', 'Endorsement: Received and will be carried out.', 'Signed: Roshchin']);
});

test('a salutation naming the addressee by his full state title (`Comrade Matyas Rakosi, Chairman of the Council of Ministers of the Hungarian People\'s Republic:`) greets him, however long', () => {
  const found = names("Comrade Matyas Rakosi, Chairman of the Council of Ministers of the Hungarian People's Republic:", '', 'I send you warm congratulations.', '', 'Zhou Enlai', '16 August 1952');
  includesAll(found, ['Message: Zhou Enlai → Matyas Rakosi, 16 August 1952']);
});

test('a part marker in the envelope (`Part 1 of 2`, `Continuation of No. 3153. Beginning see No. 3153/1.`) is a field of it: the copies and the addressee below it stay the envelope’s', () => {
  for (const marker of ['Part 1 of 2', 'PART II OF III', 'Part 2 of 2. Continuation of No. 25199', 'Continuation of No. 3153. Beginning see No. 3153/1.']) {
    const found = names('CIPHERED TELEGRAM No. 25199', 'From BEIJING', 'Received 04:20 3.10.1950', marker, 'Copies: Stalin (2), Molotov', '', 'To Cde. FILIPPOV [Stalin].', '',
      'Mao Zedong handed me his answer.', '', 'ROSHCHIN', 'No. 2406', '3.10.50');
    includesAll(found, [marker, 'Addressee: Filippov', 'Message: Roshchin → Filippov, 3.10.50']);
    assert.ok(found.some(n => n.startsWith('Distribution: Stalin ×2, Molotov')), JSON.stringify(found));
  }
});

test('the clerk’s end mark under the signature block (`End of telegram No. 3153.`, `END OF TELEGRAM.`) signs nothing: the signer, number and date above it stay', () => {
  for (const mark of ['End of telegram No. 3153.', 'END OF TELEGRAM.', '(End of text)']) {
    const found = names('CABLE Nº 3153 TOP SECRET', 'From PYONGYANG', 'Received 9.8.51 03:05', '', 'To Comrade FILIPPOV [Stalin].', '', '4. On the military situation.', '',
      'RAZUVAEV', 'No. 1172', '8 August 1951', mark, '---', 'Deciphered by Orlov 03:50 9.8.51');
    includesAll(found, ['Message: Razuvaev → Filippov, 8 August 1951', 'Signed: Razuvaev', 'Number: No. 1172']);
    assert.ok(!found.some(n => /^Signed: End/i.test(n)), JSON.stringify(found));
  }
});

test('an appendix or annex marked on its own line (`Appendix No. 1`, `[Appendix No. 2]`, `Annex`) is an attachment, as `Attachment No. 1` is: the covering memo keeps its signer and date', () => {
  for (const mark of ['Appendix No. 1', '[Appendix No. 1]', 'Annex', 'APPENDIX']) {
    const found = names('MID USSR', 'Top Secret', '', 'To Comrade STALIN I.V.', '', 'I am forwarding to you a draft instruction to Cde. Roshchin.', '', 'A. GROMYKO', '22 January 1951', '',
      mark, '', 'BEIJING', 'SOVIET AMBASSADOR', '', 'To Roshchin.', '', 'Telegraph the fulfillment.', '', 'VYSHINSKY');
    includesAll(found, ['Message: A. Gromyko → Stalin, 22 January 1951', 'Attachment: Vyshinsky → Roshchin']);
  }
});

test('an appendix after the signature of a letter forwarded in quotes (`Respectfully, KIM IL SUNG` / `31 October 1951` / `Appendix` / a list) is the letter’s attachment: its signer and date stay', () => {
  const found = names('CIPHERED TELEGRAM No. 4410', 'From PYONGYANG', 'Received 05:15 1.11.1951', '', 'To Comrade FILIPPOV [Stalin].', '', 'I transmit the letter of Kim Il Sung to you:', '',
    '"Dear Comrade Stalin!', '', 'The list of the means required is given in the appendix.', '', 'Respectfully, KIM IL SUNG', '31 October 1951', '', 'Appendix',
    '1. Anti-aircraft guns of 85-mm calibre - 96"', '', 'RAZUVAEV', 'No. 1544', '31.10.51');
  includesAll(found, ['Telegram: Kim Il Sung → Stalin, 31 October 1951', 'Signed: Kim Il Sung', 'Attachment', 'Message: Razuvaev → Filippov, 31.10.51']);
});

test('a copy list a copy a line under the receipt (`Copy Nº 1 - Cde. Stalin` / `Copy Nº 2 - Cde. Molotov`) is the envelope’s distribution, and the addressee below it stays', () => {
  const found = names('CIPHERED TELEGRAM No. 600512/sh', 'From BEIJING', 'Received 22:20 14.10.1950', 'Copy Nº 1 - Cde. Stalin', 'Copy Nº 2 - Cde. Molotov', 'Copy Nº 3 - File of 8th Dept.', '',
    'To Comrade FILIPPOV [Stalin].', '', 'The Chinese comrades have decided to render military assistance to the Koreans.', '', 'KOTOV', 'No. 1376/sh', '14.10.50');
  includesAll(found, ['Addressee: Filippov', 'Message: Kotov → Filippov, 14.10.50', 'Copy Nº 1 - Cde. Stalin']);
  assert.ok(found.some(n => n.startsWith('Distribution: Stalin, Molotov, File of 8th')), JSON.stringify(found));
});

test('an edition’s note of who drafted the text (`(Drafted by Liu Shaoqi.)`) under the signature block signs nothing: the signer and date above it stay', () => {
  const found = names('Northeast Bureau:', '', '1. The first group of Soviet specialists will arrive at Manzhouli around January 20.', '', 'Central Committee', 'January 8', '(Drafted by Liu Shaoqi.)');
  includesAll(found, ['Signed: Central Committee', 'Dated: January 8']);
});

test('a directive’s stacked addressees, each body on its line (`the Military Council of the 25th Army`), then its date and number over the text, date and number it', () => {
  const found = names('DIRECTIVE OF THE HEADQUARTERS OF THE SUPREME HIGH COMMAND', 'To the Commander-in-Chief of the Soviet Forces in the Far East,', 'the Military Council of the Primorsky Military District,',
    'the Military Council of the 25th Army', '20 September 1945', 'No. 10', '', '1. Not to establish Soviets on the territory of North Korea.', '', 'I. STALIN', 'A. ANTONOV');
  includesAll(found, ['DIRECTIVE OF THE HEADQUARTERS OF THE SUPREME HIGH COMMAND', 'To: the Military Council of the 25th Army', 'Dated: 20 September 1945', 'Number: No. 10', 'Signed: I. Stalin']);
  assert.ok(found.some(n => n.startsWith('Message: I. Stalin and A. Antonov → ') && n.endsWith(', 20 September 1945')), JSON.stringify(found));
});

test('the open quote of a telegram’s first part ends at `(Continued in part 2)`, or above the signature block that ends the message (`ROSHCHIN` / `No. 2406` / `3.10.50`): the relayer signs the outer message, not the quoted text, whose sender the forwarding sentence names (`Mao Zedong’s answer`)', () => {
  const head = ['CIPHERED TELEGRAM No. 25199', 'From BEIJING', 'Received 04:20 3.10.1950', 'Part 1 of 2', '', 'To Cde. FILIPPOV [Stalin].', '',
    'I transmit the text of Mao Zedong\'s answer, which he handed to me at 2300 2 October:', '', '"Cde. FILIPPOV!', '', '1. We originally planned to move several volunteer divisions into North Korea.'];
  for (const mark of [['(Continued in part 2)'], ['[Continued in part II]'], []]) {
    for (const block of [['ROSHCHIN', 'No. 2406', '3.10.50'], ['ROSHCHIN', 'No. 2406 3.10.50']]) {
      const found = names(...head, ...mark, '', ...block, '', 'Deciphered by Morozov 0445 3 October');
      includesAll(found, ['Message: Roshchin → Filippov, 3.10.50', 'Telegram: Mao Zedong → Filippov, received 2300 2 October']);
      assert.ok(!found.some(n => n.startsWith('Telegram: Roshchin')), JSON.stringify(found));
    }
  }
});

test('a CCP circular’s addressees (`To all Central Bureaus, sub-bureaus, ..., and Party committees of the armies:`) and a copy addressee after `and to` (`Northeast Bureau, and to Gao Gang:`) greet them; a sentence ending in a colon does not', () => {
  const circular = names('To all Central Bureaus, sub-bureaus, provincial and municipal Party committees, and Party committees of the armies:', '', 'The campaign shall be carried out.', '', 'Central Committee', 'October 26, 1950');
  includesAll(circular, ['Message: Central Committee → all Central Bureaus, sub-bureaus, provincial and municipal Party committees, and Party committees of the armies, October 26, 1950']);
  const copy = names('Northeast Bureau, and to Gao Gang:', '', '1. The specialists will arrive at Manzhouli around January 20.', '', 'Central Committee', 'January 8');
  includesAll(copy, ['Message: Central Committee → Northeast Bureau, January 8', 'Salutation: Northeast Bureau, and to Gao Gang:']);
  const prose = names('All Party committees must observe the following:', '', 'The campaign shall be carried out.', '', 'Central Committee', 'October 26, 1950');
  assert.ok(!prose.some(n => n.startsWith('Salutation')), JSON.stringify(prose));
});

test('an envoy signing with his office alone signs as the office: `Consul General of the USSR in Shanghai`, `SOVIET CONSUL GENERAL IN TIANJIN.`', () => {
  const cable = (signed: string) => names('CIPHERED TELEGRAM No. 3318', 'From SHANGHAI', 'Received 16:20 14 June 1950', 'To Cde. Vyshinsky.',
    '1. The municipal authorities have asked the consulate for lists of Soviet citizens.', '2. The request has been answered.', signed, 'No. 87', '14 June 1950');
  includesAll(cable('Consul General of the USSR in Shanghai'), ['Message: Consul General of the USSR in Shanghai → Vyshinsky, 14 June 1950', 'Signed: Consul General of the USSR in Shanghai', 'Number: No. 87']);
  includesAll(cable('SOVIET CONSUL GENERAL IN TIANJIN.'), ['Signed: Soviet Consul General in Tianjin']);
  includesAll(cable('Chargé d’Affaires of the USSR in Pyongyang'), ['Signed: Chargé d’Affaires of the USSR in Pyongyang']);
  // a sentence about the consul is no signature
  const sentence = cable('The Consul General in Shanghai has been informed of this.');
  assert.ok(!sentence.some(n => n.startsWith('Signed:')), JSON.stringify(sentence));
});

test('a diplomatic note’s heading with its number (`NOTE No. 95`) names the paper, under an edition’s title calling it a cable', () => {
  const text = joinLines('Cable No. 241, Note from the Chinese Embassy in the USSR to the USSR MFA', 'March 16, 1951', '[Source: AVP RF, fond 0100, opis 44, delo 12.]',
    'Embassy of the People’s Republic of China in the USSR', 'NOTE No. 95',
    'The Embassy presents its compliments to the Ministry of Foreign Affairs of the USSR and has the honour to inform it that the delegation will arrive in Moscow on 20 March.', 'Moscow, 14 March 1951');
  const all = flatten(symbols(text)).map(s => s.name);
  includesAll(all, ['Note No. 95', 'NOTE No. 95', 'Message: 14 March 1951']);
  assert.ok(names('VERBAL NOTE Nº 12', '', 'The Embassy has the honour to inform the Ministry.', '', 'Moscow, 3 April 1952').includes('Verbal note Nº 12'));
});

test('an institution’s name set over two lines of a letterhead (`COMMITTEE OF INFORMATION` / `under the Council of Ministers of the USSR`) is one institution, and the header under it is kept', () => {
  const committee = names('COMMITTEE OF INFORMATION', 'under the Council of Ministers of the USSR', '', 'Top Secret', 'Copy No. 2', '', 'No. 4/7315', '17 December 1948', '',
    'To Comrade V. M. MOLOTOV', '', 'I report on the situation in Northern China.', '', 'Deputy Chairman of the Committee of Information', 'P. FEDOTOV');
  includesAll(committee, ['Institution: COMMITTEE OF INFORMATION under the Council of Ministers of the USSR', 'Addressee: V. M. Molotov', 'Dated: 17 December 1948', 'Message: P. Fedotov → V. M. Molotov']);
  const ministry = names('MINISTRY OF FOREIGN AFFAIRS', 'of the USSR', '', 'Top Secret', '', 'To Comrade I. V. STALIN', '', 'I report that the delegation has left Moscow.', '', 'A. VYSHINSKY', '3 March 1950');
  includesAll(ministry, ['Institution: MINISTRY OF FOREIGN AFFAIRS of the USSR', 'Addressee: I. V. Stalin', 'Message: A. Vyshinsky → I. V. Stalin, 3 March 1950']);
  // a sentence under the institution is the text's, not its name
  const prose = names('MINISTRY OF FOREIGN AFFAIRS', 'of the USSR has received the note of the Embassy.', '', 'A. VYSHINSKY');
  assert.ok(!prose.includes('Institution: MINISTRY OF FOREIGN AFFAIRS of the USSR has received the note of the Embassy.'), JSON.stringify(prose));
});

test('a relay for one man or another (`For Mao Zedong or Zhou Enlai.`) addresses the message to both, as `and` does', () => {
  const all = names('COPY OF AN OUTGOING TELEGRAM No. 4581', 'sent at 0340 2 October 1950', '', 'BEIJING', 'SOVIET AMBASSADOR', 'For Mao Zedong or Zhou Enlai.', '',
    'I am far from Moscow on vacation.', '', 'FILIPPOV');
  includesAll(all, ['Message: Filippov → Mao Zedong or Zhou Enlai', 'To: Mao Zedong or Zhou Enlai']);
  includesAll(names('To Cdes. Shtykov or Matveyev.', '', 'Report at once.', '', 'FILIPPOV'), ['Message: Filippov → Shtykov or Matveyev']);
});

test('a cable on one line: the copies after the classification, the destination in capitals before the addressee, the date and signer after the text, and the footer under the signer are each a line', () => {
  const all = names('CIPHERED TELEGRAM No. 31544 From BEIJING Sent 20:15 12.XII.1952 Received 22:40 12.XII.1952 TOP SECRET Copies: Stalin (2), Molotov, Malenkov, Beria, Bulganin, Vyshinsky MOSCOW, MFA USSR - To Comrade VYSHINSKY On 11 December Zhou Enlai received me and said that the statement will be published on 14 December. 12.XII.52 PANYUSHKIN Deciphered by Sokolov 23:30 12.XII.52 Typed: 8 copies');
  includesAll(all, ['TOP SECRET', 'Distribution: Stalin ×2, Molotov, Malenkov, Beria, Bulganin, Vyshinsky', 'Destination: Moscow', 'Addressee: Vyshinsky',
    'Message: Panyushkin → Vyshinsky, 12.XII.52', 'Signed: Panyushkin 12.XII.52', 'Typed: 8 copies']);
  // a classification in capitals after a signer is no footer, and a name in capitals in prose cuts nothing
  const prose = names('CIPHERED TELEGRAM No. 31545 From BEIJING Received 22:40 12.XII.1952 To Cde. FILIPPOV. The delegation of the KOREAN side, with NAM IL at its head, arrived in Beijing on 11 December and will leave on 14 December. ROSHCHIN 12.XII.52');
  includesAll(prose, ['Message: Roshchin → Filippov, 12.XII.52']);
  assert.ok(!prose.some(n => n === 'NAM IL at its head, arrived in Beijing on 11 December and will leave on 14 December.'), JSON.stringify(prose));
});

test('a cable on one line: the type under the institution, the series and `MOLNIYA` after the times, the address after `MOLNIYA`, and an addressee with his initials after his name are each a line', () => {
  const flash = names('CIPHERED TELEGRAM From NEW YORK Sent 02:10 1 August 1950 Received 10:35 1 August 1950 Series "G" MOLNIYA To Comrade GROMYKO Today, 1 August, I took the chair of the Security Council. I ask for instructions. No. 2241 MALIK');
  includesAll(flash, ['Received: 10:35 1 August 1950', 'Series "G"', 'MOLNIYA', 'Addressee: Gromyko', 'Message: Malik → Gromyko']);
  const initials = names('NKID USSR CIPHERED TELEGRAM No. 18422 From CHUNGKING Sent 14:20 27.VI.1945 Received 19:55 27.VI.1945 To Comrade MOLOTOV V.M. Today T.V. Soong told me that he will fly to Moscow on 28 June. PETROV No. 311');
  includesAll(initials, ['Institution: NKID USSR', 'CIPHERED TELEGRAM No. 18422', 'Addressee: Molotov', 'Message: Petrov → Molotov']);
});

test('a paper’s kind alone over the line naming who issued it (`ORDER` / `of the Supreme Commander of the Korean People’s Army and ...`) is one heading, and the date under it is the paper’s; a sentence under the kind stays the text’s', () => {
  const text = ['27 July 1953', '', 'The armistice agreement was signed today at 10:00 at Panmunjom.', '', 'Supreme Commander of the Korean People\'s Army KIM IL SUNG', 'Commander of the Chinese People\'s Volunteers PENG DEHUAI'];
  const found = symbols(joinLines('ORDER', 'of the Supreme Commander of the Korean People\'s Army and the Commander of the Chinese People\'s Volunteers', ...text));
  assert.equal(found[0]!.name, 'Order, 27 Jul 1953');
  assert.deepEqual(found[0]!.children?.map(c => c.name), ['ORDER of the Supreme Commander of the Korean People\'s Army and the Commander of the Chinese People\'s Volunteers', 'Dated: 27 July 1953']);
  assert.ok(found[1]!.name.startsWith('Message: from Kim Il Sung and Peng Dehuai'), found[1]!.name);
  const statement = symbols(joinLines('STATEMENT', 'of the Government of the PRC', ...text));
  assert.deepEqual(statement[0]!.children?.map(c => c.name), ['STATEMENT of the Government of the PRC', 'Dated: 27 July 1953']);
  // a sentence under the kind is the text's, not the heading's
  assert.deepEqual(symbols(joinLines('STATEMENT', 'of the Government was read out on the radio today.', ...text))[0]!.children?.map(c => c.name), ['STATEMENT']);
});

test('joint signers, each under his office with a blank line between the blocks (`Chairman of the Council of Ministers of the USSR` / `G. MALENKOV` over `Minister of Foreign Affairs of the USSR` / `V. MOLOTOV`), both sign', () => {
  const names = flatten(symbols(joinLines('To Comrade Mao Zedong.', '', 'The Soviet Government agrees with your proposal on the prisoners of war.', '', 'Chairman of the Council of Ministers of the USSR', 'G. MALENKOV', '', 'Minister of Foreign Affairs of the USSR', 'V. MOLOTOV'))).map(s => s.name);
  for (const wanted of ['Message: G. Malenkov and V. Molotov → Mao Zedong', 'Office: Chairman of the Council of Ministers of the USSR', 'Signed: G. Malenkov', 'Office: Minister of Foreign Affairs of the USSR', 'Signed: V. Molotov']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  // a government's resolution, signed by the Council's chairman and its business manager
  const resolution = flatten(symbols(joinLines('Council of Ministers of the USSR', 'Resolution No. 858-372ss', '19 March 1953', '', '1. To approve the text of the letter.', '',
    'Chairman of the Council of Ministers of the USSR', 'G. MALENKOV', '', 'Business Manager of the Council of Ministers of the USSR', 'A. KORNEEV'))).map(s => s.name);
  for (const wanted of ['Message: from G. Malenkov and A. Korneev', 'Office: Business Manager of the Council of Ministers of the USSR']) assert.ok(resolution.includes(wanted), `${wanted} in ${JSON.stringify(resolution)}`);
  // a paragraph of the text over the one block is no second block
  const one = flatten(symbols(joinLines('To Comrade Mao Zedong.', '', 'The Soviet Government agrees with your proposal.', 'We ask you to inform Comrade Kim Il Sung.', '', 'Minister of Foreign Affairs of the USSR', 'V. MOLOTOV'))).map(s => s.name);
  assert.ok(one.includes('Message: V. Molotov → Mao Zedong'), JSON.stringify(one));
  // three blocks or more: each signs, the first too
  const three = flatten(symbols(joinLines('To Comrade Mao Zedong.', '', 'The Soviet Government agrees.', '', 'Chairman of the Council of Ministers of the USSR', 'G. MALENKOV', '',
    'Minister of Foreign Affairs of the USSR', 'V. MOLOTOV', '', 'Deputy Chairman of the Council of Ministers of the USSR', 'N. BULGANIN'))).map(s => s.name);
  for (const wanted of ['Message: G. Malenkov and 2 others → Mao Zedong', 'Signed: G. Malenkov', 'Signed: V. Molotov', 'Signed: N. Bulganin']) assert.ok(three.includes(wanted), `${wanted} in ${JSON.stringify(three)}`);
});

test('a paper’s place of issue under its date (`STATEMENT` / `30 March 1953` / `Beijing`) says where it was issued, not a route to Moscow', () => {
  const text = ['', 'The Government of the PRC proposes that the exchange of sick and wounded prisoners begin at once.', '', 'Zhou Enlai'];
  assert.equal(symbols(joinLines('STATEMENT', '30 March 1953', 'Beijing', ...text))[0]!.name, 'Statement — from Beijing, 30 Mar 1953');
  assert.equal(symbols(joinLines('ORDER', 'of the Supreme Commander of the Korean People\'s Army', '27 July 1953', 'Pyongyang', ...text))[0]!.name, 'Order — from Pyongyang, 27 Jul 1953');
  // a routing line makes the place a route again
  assert.equal(symbols(joinLines('STATEMENT', '30 March 1953', 'Beijing', 'Received 23:10 30.3.53', ...text))[0]!.name.includes('Beijing → Moscow'), true);
});

test('a record of `Stalin: ...` lines that tells some turns in reported speech (`Zhou Enlai asked whether ...`, `Stalin said that ...`) has those sentences as turns too; a cable with such lines has none', () => {
  const turns = (...lines: string[]) => flatten(symbols(joinLines(...lines))).filter(s => s.detail === 'turn').map(s => s.name);
  const dialogue = ['Stalin: What is the situation in Korea?', '', 'Zhou Enlai: The Korean comrades want to conclude the armistice.', '', 'Zhou Enlai asked whether more aviation divisions could be sent.', '', 'Stalin said that this would be discussed with Bulganin.'];
  const found = turns('RECORD OF CONVERSATION', 'between Comrade I. V. Stalin and Zhou Enlai', '20 August 1952', '', ...dialogue);
  assert.equal(found.length, 4, JSON.stringify(found));
  assert.ok(found[2]!.startsWith('Zhou Enlai asked whether') && found[3]!.startsWith('Stalin said that'), JSON.stringify(found));
  // with no record's heading the `Name:` lines alone are turns
  assert.equal(turns('To Cde. Molotov.', '', ...dialogue, '', 'ROSHCHIN').filter(n => /said|asked/.test(n)).length, 0);
});

test('an extract from a resolution, headed by the act and its date (`Extract from the Resolution of the Council of Ministers of the USSR No. 858-372ss of 19 March 1953`), is named and dated as one; a protocol extract keeps its name', () => {
  const text = ['To: Cdes. Molotov, Vyshinsky', '', '1. To instruct the Soviet delegation at the General Assembly to support the proposal.', '', 'Chairman of the Council of Ministers of the USSR G. Malenkov'];
  const found = symbols(joinLines('Extract from the Resolution of the Council of Ministers of the USSR No. 858-372ss of 19 March 1953', ...text));
  assert.equal(found[0]!.name, 'Resolution extract, 19 Mar 1953');
  assert.ok(found[0]!.children?.some(c => c.name === 'Dated: 19 March 1953'), JSON.stringify(found[0]!.children?.map(c => c.name)));
  // a party organ's decision stays its protocol's item
  assert.equal(symbols(joinLines('Extract from the decision of the Presidium of the CC CPSU dated 19 March 1953', ...text))[0]!.name, 'Protocol extract, 19 Mar 1953');
  assert.equal(symbols(joinLines('Extract Minutes from Protocol #5 of the Meeting of the Presidium of the CC CPSU', ...text))[0]!.name, 'Protocol extract');
});

test('a diary’s mailing line with a colon under its signer, closing the record (`V. KUZNETSOV` / `Sent: Cdes. Malenkov, Molotov, Bulganin, file.`), is the list of its copies; between the signer and his date it stays the message’s', () => {
  const record = ['From the diary of', 'V. V. KUZNETSOV', '', 'RECORD OF CONVERSATION', 'with Zhou Enlai', '3 April 1953', '', 'Today I visited Zhou Enlai at his request.', '', 'V. KUZNETSOV', ''];
  const names = flatten(symbols(joinLines(...record, 'Sent: Cdes. Malenkov, Molotov, Bulganin, file.'))).map(s => s.name);
  for (const wanted of ['Signed: V. Kuznetsov', 'Distribution: Malenkov, Molotov, Bulganin, file']) assert.ok(names.includes(wanted), `${wanted} in ${JSON.stringify(names)}`);
  const dated = flatten(symbols(joinLines(...record.slice(0, -1), 'Sent: Cdes. Malenkov, Molotov, Bulganin, file.', '4 April 1953'))).map(s => s.name);
  assert.ok(dated.includes('Dated: 4 April 1953') && !dated.some(n => n.startsWith('Distribution')), JSON.stringify(dated));
});

test('a record of conversation closing on its list of those present (`Present: Molotov, Malenkov, ... Shi Zhe`) shows it, as the same line under its heading does', () => {
  const record = ['RECORD OF CONVERSATION BETWEEN COMRADE I. V. STALIN AND ZHOU ENLAI', '20 August 1952', '', 'Stalin asked what the situation was at the front.', 'Zhou Enlai replied that the volunteers held their positions.', ''];
  const names = flatten(symbols(joinLines(...record, 'Present: Molotov, Malenkov, Bulganin, Vyshinsky, Fedorenko, Shi Zhe'))).map(s => s.name);
  assert.ok(names.includes('Present: Molotov, Malenkov, Bulganin, Vyshinsky, Fedorenko, Shi Zhe'), JSON.stringify(names));
  // over the recorder's signature too
  const signed = flatten(symbols(joinLines(...record, 'Present: Molotov, Fedorenko (interpreter)', '', 'Recorded by N. Fedorenko'))).map(s => s.name);
  assert.ok(signed.includes('Present: Molotov, Fedorenko (interpreter)') && signed.includes('Recorded by: N. Fedorenko'), JSON.stringify(signed));
});

test('a copy’s addressee under a ministry letter’s addressee (`To Comrade A. Ya. Vyshinsky` / `Copy: to Comrade A. A. Gromyko`) is a note of the header, not dropped', () => {
  const found = symbols(joinLines('Top Secret', 'MINISTRY OF FOREIGN AFFAIRS OF THE USSR', 'To Comrade A. Ya. Vyshinsky', 'Copy: to Comrade A. A. Gromyko', '', 'I report that the Korean ambassador visited me.', '', 'A. GROMYKO', '4 March 1950'));
  const names = flatten(found).map(s => s.name);
  assert.ok(names.includes('Copy: to Comrade A. A. Gromyko') && names.includes('Addressee: A. Ya. Vyshinsky'), JSON.stringify(names));
});

test('an outgoing copy’s `To PYONGYANG, SOVIET AMBASSADOR` is the destination and the office reached there, as `BEIJING - SOVIET AMBASSADOR` is, not the message’s addressee `Pyongyang`', () => {
  const found = symbols(joinLines('CIPHERED TELEGRAM', 'To PYONGYANG, SOVIET AMBASSADOR', 'To Comrade SHTYKOV.', '', 'Tell Kim Il Sung that I am ready to receive him.', '', 'FILIPPOV [Stalin]'));
  const names = flatten(found).map(s => s.name);
  assert.ok(names.includes('Destination: Pyongyang') && names.includes('Addressee: Soviet Ambassador') && !names.includes('To: Pyongyang'), JSON.stringify(names));
});

test('two signers on one line, joined by `and` or set apart by a run of blanks, are each a signature; a sentence naming two men is none', () => {
  const signed = (line: string, head = 'CIPHERED TELEGRAM No. 771') => flatten(symbols(joinLines(head, 'From PYONGYANG', 'Sent 3 July 1950', 'To Comrade FILIPPOV.', '', 'The situation at the front is stable.', '', line))).map(s => s.name).filter(n => n.startsWith('Signed:'));
  assert.deepEqual(signed('S. KRASOVSKY and I. BELOV'), ['Signed: S. Krasovsky', 'Signed: I. Belov']);
  assert.deepEqual(signed('I. IVANOV and ROSHCHIN'), ['Signed: I. Ivanov', 'Signed: Roshchin']);
  assert.deepEqual(signed('Ivanov and Petrov'), ['Signed: Ivanov', 'Signed: Petrov']);
  assert.deepEqual(signed('Peng Dehuai    Deng Hua'), ['Signed: Peng Dehuai', 'Signed: Deng Hua']);
  assert.deepEqual(signed('ZAKHAROV    KOTOV'), ['Signed: Zakharov', 'Signed: Kotov']);
  assert.deepEqual(signed('Kim Il Sung and Pak Heon-yeong left Pyongyang'), []);
  assert.deepEqual(signed('Moscow and Beijing'), []);
});

test('a date with its city after the list of copies (`Beijing, 12 October 1950`) stays the footer’s, as `Moscow, 12 October 1950` does, no editor’s note', () => {
  for (const city of ['Moscow', 'Beijing', 'Pyongyang']) {
    const names = flatten(symbols(joinLines('To Comrade Filippov.', '', 'We agree with your proposal.', '', 'Mao Zedong', '', 'Copies: 1 - Stalin', `${city}, 12 October 1950`))).map(s => s.name);
    assert.ok(names.includes(`Copies: 1 - Stalin ${city}, 12 October 1950`) && !names.some(n => n.startsWith('Editor')), JSON.stringify(names));
  }
});
