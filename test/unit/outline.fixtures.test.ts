// The outline of the fixture cables: the symbols each fixture's expected.json lists under `outline`
// must appear, by exact name (and detail, when given), anywhere in the symbol tree.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { analyzeDocument, createCableLanguageService, defaultSettings } from '../../server/src/service';
import { GazetteerManager } from '../../server/src/service/gazetteer';
import type { ExpectedSymbol } from './fixtureSummary';

const root = path.resolve(__dirname, '../../..');
const manager = new GazetteerManager();
const service = createCableLanguageService({ gazetteer: () => manager.gazetteer, settings: () => defaultSettings });

function outlineOf(file: string): DocumentSymbol[] {
  const doc = TextDocument.create(`file:///${file}`, 'cable', 1, readFileSync(path.join(root, file), 'utf8'));
  const flat: DocumentSymbol[] = [];
  const walk = (xs: DocumentSymbol[]) => xs.forEach(x => { flat.push(x); walk(x.children ?? []); });
  walk(service.getDocumentSymbols(doc));
  return flat;
}

for (const dir of ['test/fixtures/forms', 'test/fixtures/faulty']) {
  const expected: Record<string, { outline?: ExpectedSymbol[] }> = JSON.parse(readFileSync(path.join(root, dir, 'expected.json'), 'utf8'));
  for (const [file, want] of Object.entries(expected)) {
    if (!want.outline) continue;
    test(`outline of ${path.basename(dir)}/${file}`, () => {
      const flat = outlineOf(path.posix.join(dir, file));
      const names = flat.map(s => `${s.name} [${s.detail}]`);
      for (const w of want.outline!) {
        const found = flat.filter(s => s.name === w.name);
        assert.ok(found.length > 0, `no symbol ${JSON.stringify(w.name)} among ${JSON.stringify(names, null, 1)}`);
        if (w.detail !== undefined) assert.ok(found.some(s => s.detail === w.detail), `${w.name}: details ${JSON.stringify(found.map(s => s.detail))}, expected ${w.detail}`);
      }
    });
  }
}

test('an impossible date is never shown normalised in the outline', () => {
  const flat = outlineOf('test/fixtures/faulty/13-date-invalid-signature-line.cable');
  const shown = flat.filter(s => /1949-09-31/.test(`${s.name} ${s.detail}`));
  assert.deepEqual(shown.map(s => s.name), []);
  assert.ok(flat.some(s => s.detail === '1949-10-01 18:20'), 'a possible date keeps its normalised detail');
});

test('the closing quote of a quoted letter opens no second telegram inside it', () => {
  const flat = outlineOf('test/fixtures/forms/42-quoted-letter-with-list.cable');
  assert.deepEqual(flat.filter(s => /^Telegram/.test(s.name)).map(s => s.name), ['Telegram: Kim Il Sung → Stalin']);
});

/** The outline of a text, flattened. */
function outlineOfText(text: string): DocumentSymbol[] {
  const flat: DocumentSymbol[] = [];
  const walk = (xs: DocumentSymbol[]) => xs.forEach(x => { flat.push(x); walk(x.children ?? []); });
  walk(service.getDocumentSymbols(TextDocument.create(`file:///inline-${Math.random()}.cable`, 'cable', 1, text)));
  return flat;
}

test('the editor’s `[signature]` before the name it stands for: the name signs', () => {
  for (const signer of ['SHTYKOV', 'Shtykov']) {
    const text = ['CIPHERED TELEGRAM No. 4681', 'From Pyongyang', 'Received 31.8 17:27', '', 'To Comrade FENG XI.', '', 'Kim Il Sung asked me to transmit his request for tanks.', '', `[signature] ${signer}`, 'No. 1120', '31.8.50', ''].join('\n');
    const flat = outlineOfText(text);
    assert.deepEqual(flat.filter(s => /^Message/.test(s.name)).map(s => s.name), ['Message: Shtykov → Feng Xi, 31.8.50'], signer);
    assert.deepEqual(flat.filter(s => /^Signed/.test(s.name)).map(s => s.name), ['Signed: Shtykov'], signer);
  }
});

test('a line the footer’s words do not know, under the footer, leaves the signature and the footer theirs', () => {
  const cable = (last: string) => ['CIPHERED TELEGRAM No. 21577', 'From Pyongyang', 'Received 14.7 09:05', '', 'To Comrade FILIPPOV.', '', 'The negotiations resumed today.', '', 'RAZUVAEV', 'No. 1095', '13.7.51', '', 'Deciphered by Sizov 10:30 14 July', 'Typed by Kravchuk 10:55 14 July', 'Five copies printed. Nº 5 to file.', last, ''].join('\n');
  for (const last of ['[illegible]', 'Filed.', 'Sent out 5 copies']) {
    const flat = outlineOfText(cable(last));
    assert.deepEqual(flat.filter(s => /^Message/.test(s.name)).map(s => s.name), ['Message: Razuvaev → Filippov, 13.7.51'], last);
    assert.ok(flat.some(s => s.detail === 'processing footer'), `${last}: the footer is one`);
  }
  // a signer's name in capitals under the footer lines is no stray note: the text is left as it was read
  const capitals = outlineOfText(cable('ROSHCHIN'));
  assert.ok(!capitals.some(s => s.name === 'Message: Razuvaev → Filippov, 13.7.51'));
});

test('copy lists: `1 – Cde. Stalin` without `to`, `3 – file`, `Typed 3 copies` and names set in two columns', () => {
  const numbered = ['CIPHERED TELEGRAM No. 4223', 'From Pyongyang', 'Received 04:10 3.X.1950', '', 'To Comrade FENG XI.', '', 'The front holds.', '', 'SHTYKOV', 'No. 1420', '2.X.50', '', 'Deciphered by Orlov 05:00 3 October', 'Typed 3 copies', '1 – Cde. Stalin', '2 – Cde. Molotov', '3 – file', ''].join('\n');
  const flat = outlineOfText(numbered);
  assert.deepEqual(flat.filter(s => s.detail === 'copyTo').map(s => s.name), ['1 – Cde. Stalin', '2 – Cde. Molotov', '3 – file']);
  assert.deepEqual(flat.filter(s => s.detail === 'copies').map(s => s.name), ['Typed 3 copies']);
  const analysis = analyzeDocument(numbered, manager.gazetteer, defaultSettings);
  const footer = analysis.parsed.blocks.find(b => b.kind === 'footer');
  assert.equal(footer?.kind === 'footer' ? footer.items.find(i => i.kind === 'copies')?.count : undefined, 3);
  const columns = ['Issuing No. 8711', 'Destination: PEKING', '', 'To Cde. Roshchin.', '', 'Telegraph the fulfillment.', '', 'A. GROMYKO', 'Nº 328/ag', '4.IX.50', '', 'Sent out 5 copies', 'Copy No. 2', 'Distribution:', 'Cde. Stalin            Cde. Molotov', 'Cde. Malenkov          Cde. Vyshinsky', 'Cde. Gromyko', ''].join('\n');
  const cols = outlineOfText(columns);
  assert.deepEqual(cols.filter(s => /^Message/.test(s.name)).map(s => s.name), ['Message: A. Gromyko → Roshchin, 4.IX.50']);
  assert.deepEqual(cols.filter(s => s.detail === 'copy').map(s => s.name), ['Cde. Stalin', 'Cde. Molotov', 'Cde. Malenkov', 'Cde. Vyshinsky', 'Cde. Gromyko']);
});

test('a Moscow copy ending in its number, its date and a copy list: the list is a footer and the number and date the message’s', () => {
  const text = ['COPY OF AN OUTGOING TELEGRAM', 'sent at 0040 5 November 1951', 'BEIJING - To Comrade KRASOVSKY', '', 'Transmit to Comrade MAO ZEDONG the following answer:', '“Comrade MAO ZEDONG!', 'We agree with the line of Comrade Li Kenong.', 'FILIPPOV.”', 'Telegraph the fulfillment.', 'No. 5981', '4.XI.51', 'copies NºNº 1-2 to Cde. Poskrebyshev', ''].join('\n');
  const flat = outlineOfText(text);
  assert.ok(flat.some(s => s.name === 'Number: No. 5981'), JSON.stringify(flat.map(s => s.name)));
  assert.ok(flat.some(s => s.name === 'Dated: 4.XI.51'));
  assert.ok(flat.some(s => s.name === 'copies NºNº 1-2 to Cde. Poskrebyshev' && s.detail === 'copyTo'));
});

test('a copy list between the rules of the destination block stays in the envelope, and the addressee under it is the message’s', () => {
  const text = ['MID USSR', 'Tenth Department', 'CIPHERED TELEGRAM', 'Sent on 1:20 am, 7 January 1950', '_____________________________', 'PEKING, TO THE SOVIET AMBASSADOR', '_____________________________', 'Copies: Stalin (2), Molotov, Mikoyan, Vyshinskii', '', 'To Roshchin.', '', 'Visit Liu Shaoqi and pass him our answer.', '', 'A. VYSHINSKII', 'No. 31/ag', '6.I.50', ''].join('\n');
  const flat = outlineOfText(text);
  assert.ok(flat.some(s => s.name === 'Distribution: Stalin ×2, Molotov, Mikoyan, Vyshinskii'), JSON.stringify(flat.map(s => s.name)));
  assert.deepEqual(flat.filter(s => /^Message/.test(s.name)).map(s => s.name), ['Message: A. Vyshinskii → Roshchin, 6.I.50']);
});

test('a numbered administration heads the paper as an institution: `8th Administration of the General Staff`', () => {
  const text = ['8th Administration of the General Staff of the Armed Forces of the USSR', 'CIPHERED TELEGRAM No. 600742/sh', 'From PYONGYANG Received 28.8.50 05:52', '', 'To Comrade FYN SI.', '', 'The front holds.', '', 'SHTYKOV', ''].join('\n');
  const flat = outlineOfText(text);
  assert.ok(flat.some(s => s.name === 'Institution: 8th Administration of the General Staff of the Armed Forces of the USSR'), JSON.stringify(flat.map(s => s.name)));
  assert.ok(!flat.some(s => s.detail === 'editorial'));
});

test('`Enclosure` on its own line under a covering note opens the enclosed text; `Distribute to:` heads a distribution list', () => {
  const note = ['MFA USSR', 'Copy No. 1', '', 'To Comrade STALIN', '', 'I am forwarding the text of a letter from Mao Zedong, handed to me on 27 March 1950 by Ambassador Wang Jiaxiang.', 'Enclosure: the above, on 2 pages.', 'A. VYSHINSKY', '28 March 1950', 'Nº 211-v', 'Enclosure', 'Dear Comrade Stalin:', 'We ask you to leave the group in Shanghai.', 'With communist greetings,', 'Mao Zedong', 'Beijing, 20 March 1950', ''].join('\n');
  const flat = outlineOfText(note);
  assert.ok(flat.some(s => s.name === 'Message: A. Vyshinsky → Stalin, 28 March 1950'), JSON.stringify(flat.map(s => s.name)));
  assert.ok(flat.some(s => s.name === 'Attachment: Mao Zedong → Stalin, 20 March 1950'));
  const diary = ['From the Diary of N.V. ROSHCHIN', '', 'RECORD OF CONVERSATION', 'with Zhou Enlai', '15 January 1951', '', 'Zhou Enlai said that the offensive has stopped.', '', 'Ambassador of the USSR in the PRC', 'N. ROSHCHIN', '', 'Distribute to: Cdes. Vyshinsky, Gromyko, Zorin, file', ''].join('\n');
  const read = outlineOfText(diary);
  assert.ok(read.some(s => s.name === 'Signed: N. Roshchin'), JSON.stringify(read.map(s => s.name)));
  assert.ok(read.some(s => s.name === 'Distribution: Vyshinsky, Gromyko, Zorin, file'));
});

test('an embassy’s covering note with an enclosed record of conversation: the envelope, the note’s signature, and the record’s turns', () => {
  const text = ['EMBASSY OF THE USSR IN THE DPRK', 'TOP SECRET', 'Copy No. 2', 'To the Minister of Foreign Affairs of the USSR', 'Comrade A.Ya. VYSHINSKY',
    'I am sending you the record of my conversation with Kim Il Sung of 12 May 1949.', 'Enclosure: on 2 pages, to the addressee only.', 'Ambassador of the USSR in the DPRK', 'T. SHTYKOV', '14 May 1949', 'Nº 0112',
    'Enclosure', 'RECORD OF CONVERSATION', 'with the Chairman of the Cabinet of Ministers of the DPRK Kim Il Sung', '12 May 1949',
    'Kim Il Sung: The southerners are concentrating troops near the parallel.', 'Shtykov: I will report your request to Moscow.', 'Recorded by T. Shtykov', ''].join('\n');
  const flat = outlineOfText(text);
  const names = flat.map(s => s.name);
  assert.ok(names.includes('Institution: EMBASSY OF THE USSR IN THE DPRK'), JSON.stringify(names));
  assert.ok(names.includes('Message: T. Shtykov → A.Ya. Vyshinsky, 14 May 1949'));
  assert.ok(!flat.some(s => s.detail === 'turn' && s.name.startsWith('Enclosure')), 'the enclosure line is no speaker');
  assert.deepEqual(flat.filter(s => s.detail === 'turn').map(s => s.name.split(':')[0]), ['Kim Il Sung', 'Shtykov']);
});

test('`Copy of an outgoing telegram` in small letters heads the envelope as its capitals do, and the destination under it stays the envelope’s', () => {
  const text = ['CIPHERED TELEGRAM', '', 'Copy of an outgoing telegram', '', 'BEIPING [SIC] – TO TEREBIN', '', 'For immediate report to comrade MAO ZEDONG.', '', 'We have received a proposal from Nanjing.', '', 'FILIPPOV [Stalin]', '10.I.1949', ''].join('\n');
  const flat = outlineOfText(text);
  const names = flat.map(s => s.name);
  assert.ok(names.includes('Copy of an outgoing telegram'), JSON.stringify(names));
  assert.ok(names.includes('Destination: Beiping'));
  assert.ok(names.includes('Addressee: Terebin'));
  assert.ok(names.includes('Message: Filippov → Mao Zedong, 10.I.1949'));
});

test('`From MOSCOW to PEKING`: the city after `to` is the destination, not the addressee; the man on the next line is', () => {
  const text = ['CIPHERED TELEGRAM No. 0130', '', 'From MOSCOW to PEKING', 'For Comrade LIU SHAOQI', '', 'Comrade Shaoqi:', '', 'Zhou Enlai should come to Moscow.', '', 'MAO ZEDONG', '2 January 1950', ''].join('\n');
  const flat = outlineOfText(text);
  const names = flat.map(s => s.name);
  assert.ok(names.includes('Destination: Peking'), JSON.stringify(names));
  assert.ok(!names.includes('Addressee: Peking'));
  assert.ok(names.includes('Addressee: Liu Shaoqi'));
  // a man after `to` stays the addressee
  const man = outlineOfText(['CIPHERED TELEGRAM No. 2', 'From Pyongyang To Vyshinsky', '', 'The front holds.', '', 'SHTYKOV', ''].join('\n')).map(s => s.name);
  assert.ok(man.includes('Addressee: Vyshinsky'), JSON.stringify(man));
});

test('a bare `Incoming` over the numbered telegram line: the telegram’s line names the envelope, not the direction word with the sender’s number', () => {
  const text = ['MFA USSR', 'Tenth Department', 'Incoming', '', 'CIPHERED TELEGRAM No. 1412', '', 'From PEKING No. 41 20 hours 05 minutes, 10.1.1950', 'Received 17:30 10.1.1950', '', 'To Comrade VYSHINSKY.', '', 'Zhou Enlai left for Moscow today.', '', '10.1.50 ROSHCHIN', ''].join('\n');
  const names = outlineOfText(text).map(s => s.name);
  assert.ok(names.includes('Ciphered telegram No. 1412 — Peking → Moscow, received 17:30 10.1.1950'), JSON.stringify(names));
  assert.ok(names.includes('Incoming'));
});

test('a letter’s addressee by his office alone, without `To the`, over the line greeting him by name: the man is the recipient', () => {
  for (const greeting of ['Mr. A. Ya. Vyshinsky:', 'Comrade A. Ya. Vyshinsky:']) {
    const text = ['Minister of Foreign Affairs of the USSR', greeting, '', 'The Central People’s Government has appointed Mr. Wang Jiaxiang ambassador.', '', 'Zhou Enlai', '3 October 1949', ''].join('\n');
    const names = outlineOfText(text).map(s => s.name);
    assert.ok(names.includes('Message: Zhou Enlai → A. Ya. Vyshinsky, 3 October 1949'), JSON.stringify(names));
    assert.ok(names.includes('To: Minister of Foreign Affairs of the USSR'));
  }
  // an office line over prose is the text's
  const prose = outlineOfText(['Chairman of the Council of Ministers of the USSR', 'Stalin received the delegation today.', '', 'Zhou Enlai', '3 October 1949', ''].join('\n')).map(s => s.name);
  assert.ok(!prose.some(n => n.startsWith('To:')), JSON.stringify(prose));
});

test('a salutation that asks the addressee to pass the text on (`Comrade Shaoqi, and inform the other Central Committee comrades:`) greets the addressee', () => {
  for (const tail of ['and inform the other Central Committee comrades:', 'and please convey to all the comrades of the Politburo:']) {
    const text = ['Comrade Shaoqi, ' + tail, '', '(1) I arrived in Moscow at noon on the 16th.', '', 'Mao Zedong', '18 December', ''].join('\n');
    const names = outlineOfText(text).map(s => s.name);
    assert.ok(names.includes('Message: Mao Zedong → Liu Shaoqi, 18 December'), JSON.stringify(names));
  }
  // a sentence that informs is no salutation
  const prose = outlineOfText(['Comrade Kovalev said that he would inform the other members of the group.', '', 'Mao Zedong', '18 December', ''].join('\n')).map(s => s.name);
  assert.ok(!prose.some(n => n.startsWith('Salutation')), JSON.stringify(prose));
});

test('`To Beiping – to TEREBIN`: a known city in small letters after `To`, then the man there, are the destination and the addressee', () => {
  const text = ['CIPHERED TELEGRAM', '', 'To Beiping – to TEREBIN', '', 'Comrade MAO ZEDONG!', '', 'Your telegram of 13 January received.', '', 'FILIPPOV', ''].join('\n');
  const names = outlineOfText(text).map(s => s.name);
  assert.ok(names.includes('Destination: Beiping'), JSON.stringify(names));
  assert.ok(names.includes('Addressee: Terebin'));
  // a man's name after `To` is no city
  const man = outlineOfText(['CIPHERED TELEGRAM', '', 'To Kovalev – to Terebin', '', 'Comrade MAO ZEDONG!', '', 'Received.', '', 'FILIPPOV', ''].join('\n')).map(s => s.name);
  assert.ok(!man.includes('Destination: Kovalev'), JSON.stringify(man));
});

test('a relay’s `For Mao Zedong` without an honorific under the destination keeps the routing times under it in the envelope', () => {
  const text = ['CIPHERED TELEGRAM', '', 'BEIPING – TO TEREBIN', 'For Mao Zedong', '', 'Received at 1410 14 January 1949', 'Sent at 1635 14 January 1949', '', 'Comrade MAO ZEDONG!', '', 'Your telegram of 13 January received.', '', 'FILIPPOV', ''].join('\n');
  const names = outlineOfText(text).map(s => s.name);
  assert.ok(names.includes('Ciphered telegram — Moscow → Beiping, sent 1635 14 Jan 1949'), JSON.stringify(names));
  assert.ok(names.includes('Addressee: Mao Zedong'));
  assert.ok(names.includes('Message: Filippov → Mao Zedong'));
});
