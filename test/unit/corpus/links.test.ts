// Links between cables over an in-memory workspace: references resolved by number (header and
// sender's), by date and channel, ambiguity and a cited cable dated after the citing one, the
// "cited by" lenses, references from a header, definition, document links, hover and the timeline.
import { showReferencesCommand as lensCommand } from '../../../server/src/service/features/codeLenses';
import { showReferencesCommand as protocolLensCommand } from '../../../protocol/src/protocol';
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createCableLanguageService } from '../../../server/src/service';
import { GazetteerManager } from '../../../server/src/service/gazetteer';
import { corpusLinks, resolveFileReferences, sharingResolutions } from '../../../server/src/service/corpus/links';
import { joinLines, makeDocument, rangeOfText } from '../features/fixture';
import { beijingCable, moscowCable, roshchinCable } from './fixtures';
import { MemoryWorkspace, uriOf } from './memoryWorkspace';

async function serviceOver(files: Record<string, string>) {
  const manager = new GazetteerManager();
  const workspace = new MemoryWorkspace(files);
  const service = createCableLanguageService({ gazetteer: () => manager.gazetteer, workspace });
  await service.indexWorkspace();
  return service;
}

/** The cited cables of every reference in a file, as `file#cable` lists. */
function linksIn(service: Awaited<ReturnType<typeof serviceOver>>, name: string): string[][] {
  return corpusLinks(service.corpus).references
    .filter(r => r.uri === uriOf(name))
    .map(r => r.cited.map(c => `${c.uri.slice(uriOf('').length)}#${c.item.index}`));
}

const files = {
  // Moscow 6101 of 1 October; Roshchin answers (25150, his own No. 2467) on the 3rd.
  'm1.cable': moscowCable('6101', 1, 'Pass the following to Cde. Mao Zedong.'),
  'b3.cable': roshchinCable('25150', '2467', 3, 'Your telegram No. 6101 was delivered to Mao Zedong.'),
  // Moscow replies to the ambassador's own number on the 5th, and cites Moscow's own of the 1st by date.
  'm5.cable': moscowCable('6187', 5, 'Reply to your No. 2467. To my telegram of 1 October.'),
  // Mao writes on the 7th and cites Moscow's telegram of the 5th by date only.
  'b7.cable': beijingCable('25391', 7, 'I have received your telegram of 5 October.'),
};

describe('resolution in the index', () => {
  test('by the header number, by the sender’s own number, by date and channel', async () => {
    const service = await serviceOver(files);
    assert.deepEqual(linksIn(service, 'b3.cable'), [['m1.cable#0']]);
    assert.deepEqual(linksIn(service, 'm5.cable'), [['b3.cable#0'], ['m1.cable#0']]);
    assert.deepEqual(linksIn(service, 'b7.cable'), [['m5.cable#0']]);
  });

  test('a cable sent after midnight is cited by the time it went, and the time tells two cables of a day apart', async () => {
    const late = (number: string, received: string, sent: string) => joinLines(
      'COPY OF AN OUTGOING TELEGRAM', `received at ${received}`, `sent at ${sent}`, 'PEKING, TO THE SOVIET AMBASSADOR', '',
      'Pass the following to Cde. Mao Zedong.', '', 'FILIPPOV', `No. ${number}`, '17 October 1951',
    );
    const service = await serviceOver({
      'm17a.cable': late('5481', '0050 17 October 1951', '0115 17 October 1951'),
      'm17b.cable': late('5488', '2340 17 October 1951', '0115 18 October 1951'),
      'm17c.cable': late('5490', '2130 17 October 1951', '2200 17 October 1951'),
      'b19.cable': beijingCable('26017', 19, 'Your telegram of 0115 18 October has been received.'),
      'b20.cable': beijingCable('26020', 20, 'Your telegram of 2200 17 October has been received.'),
    });
    assert.deepEqual(linksIn(service, 'b19.cable'), [['m17b.cable#0']]);
    assert.deepEqual(linksIn(service, 'b20.cable'), [['m17c.cable#0']]);
  });

  test('a telegram cited by its day alone (`your telegram of the 5th`) is linked to the cable of that day, as one cited by its date', async () => {
    const service = await serviceOver({ ...files, 'b7d.cable': beijingCable('25392', 7, 'I have received your telegram of the 5th.') });
    assert.deepEqual(linksIn(service, 'b7d.cable'), [['m5.cable#0']]);
  });

  test('the channel decides: your telegram of 5 October is not a Beijing cable of that day', async () => {
    const service = await serviceOver({ ...files, 'b5.cable': beijingCable('25300', 5, 'Nothing to cite.') });
    assert.deepEqual(linksIn(service, 'b7.cable'), [['m5.cable#0']]);
  });

  test('an unresolved reference resolves to nothing and is silent', async () => {
    const service = await serviceOver({ 'b.cable': beijingCable('25000', 9, 'I have received your telegram No. 9999.') });
    assert.deepEqual(linksIn(service, 'b.cable'), [[]]);
    assert.deepEqual([...service.getCorpusDiagnostics().values()].flat(), []);
  });

  test('a date alone needs a channel to check: a message without envelope or addressee resolves nothing', async () => {
    const letter = joinLines(
      'Telegram from Mao Zedong to Peng Dehuai', '(October 12, 1951)', 'Peng and Gao:',
      '(1) Your telegram of October 9 has been received.', 'Mao Zedong', '20:00, October 12',
    );
    const service = await serviceOver({ 'letter.cable': letter, 'b9.cable': beijingCable('25400', 9, 'Nothing to cite.') });
    const refs = corpusLinks(service.corpus).references.filter(r => r.uri === uriOf('letter.cable'));
    assert.deepEqual(refs.map(r => [r.reference.date, r.reference.whose, r.cited.length]), [['1951-10-09', 'your', 0]]);
  });

  test('replies through a third man: to the ambassador about Mao’s number, to a named owner’s number, from a designator', async () => {
    const pyongyang = (header: string, from: string, signer: string, own: string, date: string, body: string) => joinLines(
      `CIPHERED TELEGRAM No. ${header}`, `From ${from}`, `Received ${date}`, 'To Comrade FENG XI [Stalin].', '', body, '', signer, `No. ${own}`, date,
    );
    const service = await serviceOver({
      'mao.cable': beijingCable('24560', 15, 'I ask for your opinion.').replace('MAO ZEDONG', 'MAO ZEDONG\nN° 4926'),
      // PEKING, TO THE SOVIET AMBASSADOR: "your" number is Mao's, for the ambassador only relays
      'm18.cable': moscowCable('3290', 18, 'To your No. 4926.\n\nPass the following to Cde. Mao Zedong: we agree.'),
      'shtykov.cable': pyongyang('600645/sh', 'Pyongyang', 'SHTYKOV', '1173', '16.9.1950', 'The enemy landed at Inchon.'),
      // a telegram to Matveyev citing Shtykov's number by his name
      'm-owner.cable': moscowCable('75563', 18, 'To Comrade MATVEYEV [Zakharov]\n\nTo Shtykov’s No. 1173.\n\nCover Seoul.'),
      // a sender known by a designator, not a place, citing Moscow's number
      'razuvaev.cable': pyongyang('602010/sh', 'CORRESPONDENT 17', 'RAZUVAEV', '22', '22.10.1951', 'Kim Il Sung recalled the letter (your No. 3290).'),
    });
    assert.deepEqual(linksIn(service, 'm18.cable'), [['mao.cable#0']]);
    assert.deepEqual(linksIn(service, 'm-owner.cable'), [['shtykov.cable#0']]);
    assert.deepEqual(linksIn(service, 'razuvaev.cable'), [['m18.cable#0']]);
    // the designator is the cable's origin as written, but names no place of the gazetteer
    const razuvaev = service.corpus.get(uriOf('razuvaev.cable'))?.cables[0];
    assert.deepEqual([razuvaev?.from, razuvaev?.fromId, razuvaev?.toId], ['Correspondent 17', undefined, 'moscow']);
  });

  test('a telegram without an envelope is numbered under its signature and sent from its signer’s capital: the reply through the ambassador links', async () => {
    const mao = joinLines('Cde. FILIPPOV!', '', 'We have decided to send the volunteers.', '', 'MAO ZEDONG', 'No. 4712', '19 October 1951');
    // between two of one state the parties say nothing of the places
    const toPeng = joinLines('Cde. Peng Dehuai!', '', 'Hold the line.', '', 'MAO ZEDONG', 'No. 4713', '19 October 1951');
    const service = await serviceOver({
      'mao.cable': mao,
      'peng.cable': toPeng,
      'm20.cable': moscowCable('3230', 20, 'To your No. 4712.\n\nTransmit to Mao Zedong that we agree.'),
    });
    const summary = service.corpus.get(uriOf('mao.cable'))?.cables[0];
    // (to Moscow: Stalin's state is the one of his posts, as the gazetteer gives them)
    assert.deepEqual([summary?.number, summary?.fromId, summary?.toId, summary?.senderId], ['4712', 'beijing', 'moscow', 'mao']);
    assert.equal(summary?.title, 'Message No. 4712', 'as hovers and ambiguity lists name it');
    const peng = service.corpus.get(uriOf('peng.cable'))?.cables[0];
    assert.deepEqual([peng?.number, peng?.fromId, peng?.toId], ['4713', undefined, undefined]);
    assert.deepEqual(linksIn(service, 'm20.cable'), [['mao.cable#0']]);
    const entry = service.getTimeline().cables.find(c => c.uri === uriOf('mao.cable'));
    assert.deepEqual([entry?.number, entry?.from, entry?.to], ['4712', 'Beijing', 'Moscow']);
  });

  test('a General Staff cable from Pyongyang is numbered on its signature line (`No. 1476/sh T. SHTYKOV`): the reply by number links, the outline names it', async () => {
    const shtykov = (sent: string, body: string, number: string, date: string) => joinLines(
      '8th Department of the General Staff of the Armed Forces USSR', 'CIPHERED TELEGRAM', 'FROM: PYONGYANG',
      `Sent by wire on ${sent} at 03:15 a.m.`, `Received in Moscow on ${sent} at 6:36 a.m.`, '', 'FENG XI [FYN SI; Stalin]', '',
      body, '', `No. ${number} T. SHTYKOV`, date,
    );
    const service = await serviceOver({
      'p14.cable': shtykov('10/14/50', 'Your telegram has been delivered to KIM IL SUNG.', '1476/sh', '14.10.50'),
      'p16.cable': shtykov('10/16/50', 'In addition to my telegram #1476/sh dated 14 October, I report that KIM IL SUNG thanks you.', '1510/sh', '16.10.50'),
    });
    const summary = service.corpus.get(uriOf('p14.cable'))?.cables[0];
    assert.deepEqual([summary?.number, summary?.senderNumber], ['1476/sh', undefined]);
    assert.match(String(summary?.title), /^Ciphered telegram No\. 1476\/sh — Pyongyang → Moscow/);
    assert.deepEqual(linksIn(service, 'p16.cable'), [['p14.cable#0']]);
    assert.equal(service.getWorkspaceSymbols('1476')[0]?.location.uri, uriOf('p14.cable'));
    assert.deepEqual([...service.getCorpusDiagnostics().values()].flat().map(d => d.code), []);
  });

  test('a citation by date reaches an outgoing copy that writes no year, by its day and month (and time) in the citation’s year', async () => {
    const yearless = (number: string, received: string, sent: string) => joinLines(
      'COPY OF AN OUTGOING TELEGRAM     TOP SECRET', `Nº ${number}`, `received at ${received}`, `sent at ${sent}`, '',
      'BEIJING - SOVIET AMBASSADOR', '', 'Visit Cde. MAO ZEDONG and pass him my greetings.', '', 'FILIPPOV',
    );
    const m5Text = yearless('4785', '2210 5 October', '2350 5 October');
    const service = await serviceOver({
      'm5.cable': m5Text,
      'm5-early.cable': yearless('4770', '0900 5 October', '1030 5 October'),
      'm6.cable': yearless('4790', '2210 6 October', '2350 6 October'),
      'b7.cable': roshchinCable('25264', '2302', 7, 'Your telegram of 2350 5 October has been delivered to Mao Zedong.'),
      'b8.cable': roshchinCable('25270', '2310', 8, 'Your telegram of 6 October has been delivered.'),
      // Beijing's own cable of 5 October is not “your” telegram
      'b5.cable': roshchinCable('25250', '2290', 5, 'Nothing to cite.'),
    });
    const m5 = service.corpus.get(uriOf('m5.cable'))?.cables[0];
    assert.deepEqual([m5?.date, m5?.yearless, m5?.yearlessSent], [undefined, '--10-05 23:50', undefined]);
    assert.deepEqual(linksIn(service, 'b7.cable'), [['m5.cable#0']], 'the time picks one of the day');
    assert.deepEqual(linksIn(service, 'b8.cable'), [['m6.cable#0']]);
    const [lens] = service.getCodeLenses(makeDocument(m5Text, 0, uriOf('m5.cable')));
    assert.equal(lens?.command?.title, 'cited by 1');
  });

  test('a cable that writes no year cites another such by day and month (`our telegram of 13 October` in a Moscow copy)', async () => {
    const toPyongyang = (received: string, sent: string, body: string) => joinLines(
      'COPY OF AN OUTGOING TELEGRAM     TOP SECRET', `received at ${received}`, `sent at ${sent}`, '', 'To PYONGYANG', 'SOVIET AMBASSADOR.', '', body, '', 'FYN SI',
    );
    const service = await serviceOver({
      'm13.cable': toPyongyang('2010 13 October', '2145 13 October', 'Tell Comrade KIM IL SUNG that we agree.'),
      'm14.cable': toPyongyang('1215 14 October', '1340 14 October', 'In addition to our telegram of 13 October.\n\nTell Comrade KIM IL SUNG that the aviation will come.'),
      // Moscow's to Beijing that day is Moscow's too, but to another correspondent
      'm13-beijing.cable': joinLines(
        'COPY OF AN OUTGOING TELEGRAM', 'received at 2210 13 October', 'sent at 2335 13 October', '', 'BEIJING - SOVIET AMBASSADOR', '',
        'Transmit to Comrade MAO ZEDONG my greetings.', '', 'FILIPPOV',
      ),
    });
    assert.deepEqual(service.corpus.get(uriOf('m13-beijing.cable'))?.cables.map(c => [c.toId, c.yearless]), [['beijing', '--10-13 23:35']]);
    const citation = service.corpus.get(uriOf('m14.cable'))?.references[0];
    assert.deepEqual([citation?.date, citation?.whose], ['--10-13', 'my']);
    assert.deepEqual(linksIn(service, 'm14.cable'), [['m13.cable#0']]);
  });

  test('a cable that writes no year, added or changed after the citing one, is linked then (the citing file is found by day and month)', async () => {
    const service = await serviceOver({ 'b7.cable': roshchinCable('25264', '2302', 7, 'Your telegram of 2350 5 October has been delivered.') });
    assert.deepEqual(linksIn(service, 'b7.cable'), [[]]);
    const m5 = joinLines(
      'COPY OF AN OUTGOING TELEGRAM', 'Nº 4785', 'received at 2210 5 October', 'sent at 2350 5 October', '', 'BEIJING - SOVIET AMBASSADOR', '',
      'Visit Cde. MAO ZEDONG and pass him my greetings.', '', 'FILIPPOV',
    );
    const summary = (await serviceOver({ 'm5.cable': m5 })).corpus.get(uriOf('m5.cable'))!;
    assert.deepEqual([...service.corpus.filesCiting(summary.cables)], [uriOf('b7.cable')]);
    service.corpus.update(summary);
    assert.deepEqual(linksIn(service, 'b7.cable'), [['m5.cable#0']]);
  });

  test('a state named as a place is its capital’s channel: Kim Il Sung’s letter cites the telegram sent “To NORTH KOREA”, not the Peking one', async () => {
    const toKorea = joinLines(
      'COPY OF AN OUTGOING TELEGRAM', 'Sent at 2355 3 December 1950', 'To NORTH KOREA To RAZUVAEV', '',
      'To Comrade RAZUVAEV.', '', 'Pass to Kim Il Sung that we agree.', '', 'FILIPPOV', 'No. 7001', '3 December 1950',
    );
    const kim = joinLines('Dear Comrade Feng Xi!', '', 'I have received your telegram of 3 December.', '', 'KIM IL SUNG', '5 December 1950');
    const service = await serviceOver({
      'korea.cable': toKorea,
      'peking.cable': moscowCable('7002', 3, 'Pass the following.').replace(/October 1951/g, 'December 1950'),
      'kim.cable': kim,
    });
    assert.equal(service.corpus.get(uriOf('korea.cable'))?.cables[0]?.toId, 'pyongyang');
    assert.equal(service.corpus.get(uriOf('kim.cable'))?.cables[0]?.fromId, 'pyongyang');
    assert.deepEqual(linksIn(service, 'kim.cable'), [['korea.cable#0']]);
  });

  test('a citation by date inside a forwarded telegram is resolved in the channel of its signer and addressee', async () => {
    const forwarded = (number: string, day: number, addressee: string, citation: string) => joinLines(
      `CIPHERED TELEGRAM No. ${number}`, 'From BEIJING', `Received 21:50 ${day}.10.1951`, 'To Cde. FILIPPOV [Stalin].', '',
      `At 1700 ${day} October Mao Zedong handed me the following telegram:`, '', `"${addressee}`, '', citation, '', `MAO ZEDONG ${day} October"`, '',
      'ROSHCHIN', `No. ${number.slice(-4)}`, `${day}.10.51`,
    );
    const service = await serviceOver({
      'm5.cable': moscowCable('6187', 5, 'Pass the following to Cde. Mao Zedong.'),
      // Mao to Filippov, forwarded by Roshchin: “your” is Filippov's, sent from Moscow on the 5th
      'to-filippov.cable': forwarded('25391', 7, 'Cde. FILIPPOV!', 'I have received your telegram of 5 October.'),
      // Mao to Li Kenong: “your” is Li Kenong's, not Moscow's
      'to-li.cable': forwarded('25392', 7, 'Cde. Li Kenong.', 'I have received your telegram of 5 October.'),
    });
    assert.deepEqual(linksIn(service, 'to-filippov.cable'), [['m5.cable#0']]);
    assert.deepEqual(linksIn(service, 'to-li.cable'), [[]]);
  });

  test('a named owner’s telegram is not another man’s of that number', async () => {
    const service = await serviceOver({
      ...files,
      // Roshchin's own No. 2467 is cited as Mao's and as Peng Dehuai's: neither is his
      'm6.cable': moscowCable('6190', 6, 'Mao Zedong’s No. 2467 has been received. Peng Dehuai’s telegram No. 2467 too.'),
    });
    assert.deepEqual(linksIn(service, 'm6.cable'), [[], []]);
    assert.deepEqual(linksIn(service, 'm5.cable'), [['b3.cable#0'], ['m1.cable#0']]);
  });

  test('a telegram without an envelope is cited by the hour under its signature, not only by the edition’s day above it', async () => {
    const liKenong = (hour: string, body: string) => joinLines(
      'Telegram, Li Kenong to Mao Zedong', 'October 18, 1951', '', 'Chairman Mao [Zedong]:', '', body, '', 'Li Kenong', `${hour}, October 18`,
    );
    const service = await serviceOver({
      'lk-0115.cable': liKenong('0115', 'The liaison officers met again.'),
      'lk-2100.cable': liKenong('2100', 'The enemy agreed to Panmunjom.'),
      'mao.cable': joinLines('Telegram, Mao Zedong to Li Kenong', 'October 19, 1951', '', 'Comrade Li Kenong:', '', 'I have received your telegram of 0115 October 18.', '', 'Mao Zedong', '0300, October 19'),
    });
    assert.deepEqual(linksIn(service, 'mao.cable'), [['lk-0115.cable#0']]);
    assert.equal(service.corpus.get(uriOf('lk-2100.cable'))?.cables[0]?.date, '1951-10-18 21:00');
  });

  test('a cable never resolves a reference to itself', async () => {
    const service = await serviceOver({ 'b.cable': beijingCable('25000', 9, 'To No. 25000.') });
    assert.deepEqual(linksIn(service, 'b.cable'), [[]]);
  });
});

describe('checks', () => {
  test('two cables with the cited number: cable.corpus.ambiguousReference, with each as a related location', async () => {
    const service = await serviceOver({
      ...files,
      'm1-copy.cable': moscowCable('6101', 2, 'Pass the following to Cde. Mao Zedong, once more.'),
    });
    const found = service.getCorpusDiagnostics().get(uriOf('b3.cable')) ?? [];
    const ambiguous = found.filter(d => d.code === 'cable.corpus.ambiguousReference');
    assert.equal(ambiguous.length, 1, JSON.stringify(found));
    assert.match(String(ambiguous[0].message), /“your telegram No\. 6101” matches 2 cables/);
    assert.deepEqual(ambiguous[0].relatedInformation!.map(r => r.location.uri).sort(), [uriOf('m1-copy.cable'), uriOf('m1.cable')]);
    assert.equal(ambiguous[0].severity, 3, 'information');
    assert.equal(found.filter(d => d.code === 'cable.corpus.citesLater').length, 0);
  });

  test('the cited cable saved twice (same number, day and channel) is one cable: no ambiguity', async () => {
    const service = await serviceOver({
      ...files,
      'm1-copy.cable': moscowCable('6101', 1, 'Pass the following to Cde. Mao Zedong, once more.'),
    });
    const found = service.getCorpusDiagnostics().get(uriOf('b3.cable')) ?? [];
    assert.deepEqual(found.filter(d => d.code === 'cable.corpus.ambiguousReference'), []);
    assert.equal((service.getCorpusDiagnostics().get(uriOf('m1-copy.cable')) ?? []).filter(d => d.code === 'cable.corpus.duplicateCable').length, 1, 'the copy is reported as such');
  });

  test('a reference to a cable dated after the citing one: cable.corpus.citesLater (days, not times)', async () => {
    const citing = roshchinCable('25150', '2467', 3, 'Your telegram No. 6300 was delivered. To my No. 2400.');
    const service = await serviceOver({
      'b3.cable': citing,
      'm9.cable': moscowCable('6300', 9, 'Pass the following.'),
      // The same day, a later hour: not reported (the two dates may be on different clocks).
      'b3-later.cable': roshchinCable('25160', '2400', 3, 'Later the same day.'),
    });
    const found = service.getCorpusDiagnostics().get(uriOf('b3.cable')) ?? [];
    assert.deepEqual(found.map(d => d.code), ['cable.corpus.citesLater']);
    assert.equal(found[0].severity, 2, 'warning');
    assert.match(String(found[0].message), /dated 9 October 1951, after the cable that cites it \(3 October 1951\)/);
    assert.equal(found[0].relatedInformation![0].location.uri, uriOf('m9.cable'));
    assert.deepEqual(found[0].range, rangeOfText(makeDocument(citing), 'Your telegram No. 6300'));
    assert.deepEqual(linksIn(service, 'b3.cable')[1], ['b3-later.cable#0'], 'the same-day reference resolves');
  });

  test('a reference by number to a later cable that writes no year: cable.corpus.citesLater, the year read beside the citing cable', async () => {
    const yearless = (number: string, received: string, sent: string) => joinLines(
      'COPY OF AN OUTGOING TELEGRAM     TOP SECRET', `Nº ${number}`, `received at ${received}`, `sent at ${sent}`, '',
      'BEIJING - SOVIET AMBASSADOR', '', 'Transmit to Comrade MAO ZEDONG my greetings.', '', 'FILIPPOV',
    );
    const service = await serviceOver({
      'b7.cable': roshchinCable('25264', '2302', 7, 'As for your No. 4954, I shall report separately. Your No. 4785 was delivered. Your No. 4100 too.'),
      'm13.cable': yearless('4954', '2210 13 October', '2335 13 October'),
      'm5.cable': yearless('4785', '2210 5 October', '2350 5 October'),
      // half a year away: March 1951 or March 1952, so nothing is said
      'm3.cable': yearless('4100', '1030 25 March', '1200 25 March'),
    });
    assert.deepEqual(linksIn(service, 'b7.cable'), [['m13.cable#0'], ['m5.cable#0'], ['m3.cable#0']]);
    const found = service.getCorpusDiagnostics().get(uriOf('b7.cable')) ?? [];
    assert.deepEqual(found.map(d => d.code), ['cable.corpus.citesLater'], JSON.stringify(found));
    assert.match(String(found[0].message), /dated 13 October, 23:35 \(no year written; read as 1951 beside the citing cable\), after the cable that cites it \(7 October 1951\)/);
    assert.equal(found[0].relatedInformation![0].location.uri, uriOf('m13.cable'));
  });

  test('a number cited inside a forwarded telegram is not a cable months later (numbered afresh), and days later is still reported', async () => {
    const forwarded = '"Cde. Filippov. Your telegram No. 6300 has been received. Your telegram No. 6310 too. MAO ZEDONG 2 October 1951"';
    const citing = beijingCable('25150', 3, `I am sending you the text of the telegram of Mao Zedong to Cde. Filippov:\n\n${forwarded}`);
    const march = joinLines(
      'COPY OF AN OUTGOING TELEGRAM', 'No. 6300', 'received at 2210 13 March 1952', 'sent at 2350 13 March 1952',
      'BEIJING - SOVIET AMBASSADOR', '', 'Transmit to Comrade MAO ZEDONG my greetings.', '', 'FILIPPOV',
    );
    const service = await serviceOver({ 'b3.cable': citing, 'm-march.cable': march, 'm10.cable': moscowCable('6310', 10, 'Pass the following.') });
    assert.deepEqual(linksIn(service, 'b3.cable'), [[], ['m10.cable#0']]);
    const later = (service.getCorpusDiagnostics().get(uriOf('b3.cable')) ?? []).filter(d => d.code === 'cable.corpus.citesLater');
    assert.deepEqual(later.map(d => d.range), [rangeOfText(makeDocument(citing), 'Your telegram No. 6310')]);
  });

  test('`your telegram No. N` inside a forwarded telegram is its addressee’s: not a cable of that number another man sent', async () => {
    const forwarded = (addressee: string) => beijingCable('25150', 12, `I am sending you the text of my telegram to Cde. ${addressee}:\n\n"Cde. ${addressee}. I have received your telegram No. 6310. MAO ZEDONG 11 October 1951"`);
    const service = await serviceOver({ 'to-li.cable': forwarded('Li Kenong'), 'to-filippov.cable': forwarded('Filippov'), 'm10.cable': moscowCable('6310', 10, 'Pass the following.') });
    // Filippov's No. 6310 is the one Mao answers in his telegram to Filippov; Li Kenong's is not in the folder
    assert.deepEqual(linksIn(service, 'to-filippov.cable'), [['m10.cable#0']]);
    assert.deepEqual(linksIn(service, 'to-li.cable'), [[]]);
  });

  test('a citation that writes its date gets one warning, on the date: cable.date.referenceAfter, not citesLater too', async () => {
    const texts = {
      'b3-date.cable': beijingCable('25150', 3, 'Your telegram of 9 October has been handed to Zhou Enlai.'),
      'b3-both.cable': beijingCable('25151', 3, 'Your telegram No. 6300 of 9 October has been handed to Zhou Enlai.'),
    };
    const service = await serviceOver({ ...texts, 'm9.cable': moscowCable('6300', 9, 'Pass the following.') });
    for (const [name, text] of Object.entries(texts)) {
      assert.deepEqual(linksIn(service, name), [['m9.cable#0']], `${name} resolves`);
      const corpus = (service.getCorpusDiagnostics().get(uriOf(name)) ?? []).map(d => d.code);
      const own = service.computeDiagnostics(makeDocument(text, 0, uriOf(name))).map(d => d.code);
      assert.deepEqual([...corpus, ...own], ['cable.date.referenceAfter'], name);
    }
  });

  test('each number of a citation of several is resolved and checked: your Nos. A and B, your No. A and No. B', async () => {
    const citing = roshchinCable('25150', '2467', 3, 'To your Nos. 6300 and 6310.\n\nIn reply to your No. 6101 and No. 6300.');
    const service = await serviceOver({
      'b3.cable': citing,
      'm1.cable': moscowCable('6101', 1, 'Pass the following.'),
      'm9.cable': moscowCable('6300', 9, 'Pass the following.'),
      'm10.cable': moscowCable('6310', 10, 'Pass the following.'),
    });
    assert.deepEqual(linksIn(service, 'b3.cable'), [['m9.cable#0'], ['m10.cable#0'], ['m1.cable#0'], ['m9.cable#0']]);
    const later = (service.getCorpusDiagnostics().get(uriOf('b3.cable')) ?? []).filter(d => d.code === 'cable.corpus.citesLater');
    const doc = makeDocument(citing);
    assert.deepEqual(later.map(d => d.range), [rangeOfText(doc, 'your Nos. 6300'), rangeOfText(doc, '6310'), rangeOfText(doc, 'No. 6300')]);
  });

  test('the message quotes the citation in its own words: “In addition to my No. 2480” adds no noun', async () => {
    const service = await serviceOver({
      'b3.cable': roshchinCable('25150', '2467', 3, 'In addition to my No. 2480.'),
      'b9.cable': roshchinCable('25300', '2480', 9, 'Later.'),
    });
    const found = service.getCorpusDiagnostics().get(uriOf('b3.cable')) ?? [];
    assert.match(String(found[0]?.message), /^The citation “my No\. 2480” resolves to /);
  });

  test('the corpus in order: no findings', async () => {
    const service = await serviceOver(files);
    assert.deepEqual([...service.getCorpusDiagnostics().values()].flat().map(d => d.code), []);
  });
});

describe('features on references', () => {
  test('definition on a reference: the cited cable’s header; elsewhere none', async () => {
    const service = await serviceOver(files);
    const doc = makeDocument(files['m5.cable'], 0, uriOf('m5.cable'));
    const defs = service.getCitedCables(doc, rangeOfText(doc, '2467').start);
    const b3 = makeDocument(files['b3.cable'], 0, uriOf('b3.cable'));
    assert.deepEqual(defs, [{ uri: uriOf('b3.cable'), range: rangeOfText(b3, 'CIPHERED TELEGRAM No. 25150') }]);
    assert.deepEqual(service.getCitedCables(doc, rangeOfText(doc, 'FILIPPOV').start), []);
  });

  test('document links: on the number, or the whole citation without one; a #L fragment and the title', async () => {
    const service = await serviceOver(files);
    const doc = makeDocument(files['m5.cable'], 0, uriOf('m5.cable'));
    const links = service.getDocumentLinks(doc);
    assert.deepEqual(links.map(l => l.range), [rangeOfText(doc, '2467'), rangeOfText(doc, 'my telegram of 1 October')]);
    assert.deepEqual(links.map(l => l.target), [`${uriOf('b3.cable')}#L1`, `${uriOf('m1.cable')}#L1`]);
    assert.match(links[0].tooltip!, /^Ciphered telegram No\. 25150 — Beijing → Moscow/);
  });

  test('hover on a reference: the cited cable’s title and date, escaped; unresolved falls back', async () => {
    const service = await serviceOver(files);
    const doc = makeDocument(files['b7.cable'], 0, uriOf('b7.cable'));
    const hover = service.getHover(doc, rangeOfText(doc, 'your telegram').start);
    const value = (hover!.contents as { value: string }).value;
    assert.match(value, /^\*\*Copy of an outgoing telegram No\\\. 6187 — Moscow → Peking, sent 2355 5 Oct 1951\*\*, 5 October 1951 — in m5\\\.cable$/);
    const lone = makeDocument(beijingCable('25000', 9, 'I have received your telegram of 2 October.'), 0, uriOf('lone.cable'));
    const fallback = service.getHover(lone, rangeOfText(lone, '2 October').start);
    assert.ok(fallback && !(fallback.contents as { value: string }).value.includes('Copy of'), 'the date hover');
  });

  test('code lens: “cited by N” on each cited header, none on an uncited one; references from the header', async () => {
    const service = await serviceOver(files);
    const m1 = makeDocument(files['m1.cable'], 0, uriOf('m1.cable'));
    const lenses = service.getCodeLenses(m1);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].command!.title, 'cited by 2');
    assert.equal(lenses[0].command!.command, 'cable.showReferences');
    const [uri, at, locations] = lenses[0].command!.arguments as [string, unknown, { uri: string }[]];
    assert.equal(uri, uriOf('m1.cable'));
    assert.deepEqual(at, lenses[0].range.start);
    assert.deepEqual(locations.map(l => l.uri), [uriOf('b3.cable'), uriOf('m5.cable')]);
    const b7 = makeDocument(files['b7.cable'], 0, uriOf('b7.cable'));
    assert.deepEqual(service.getCodeLenses(b7), [], 'no one cites 25391');
    const refs = service.getReferences(m1, lenses[0].range.start).toArray();
    assert.deepEqual(refs, locations);
  });

  test('references from a collection cable’s own header line and the editor’s title, as from its heading', async () => {
    const collection = joinLines(
      'Document No. 1',
      'Ciphered telegram from Mao Zedong to Filippov [Stalin], 2 October 1951',
      files['b7.cable'].replace('25391', '25202').replace('7 October', '2 October').replace('your telegram of 5 October', 'a letter'),
      '=====',
      'Document No. 2',
      'Ciphered telegram from Roshchin to Filippov [Stalin], 3 October 1951',
      files['b3.cable'],
    );
    const service = await serviceOver({ ...files, 'b3.cable': '', 'c.cable': collection });
    const doc = makeDocument(collection, 0, uriOf('c.cable'));
    const heading = rangeOfText(doc, 'Document No. 2').start;
    const cited = service.getReferences(doc, heading).toArray();
    assert.deepEqual(cited.map(l => l.uri), [uriOf('m5.cable')], 'm5 cites No. 2467');
    // on the title's words (its names have references of their own) and on the cable's header line
    for (const at of [rangeOfText(doc, 'Roshchin to Filippov').start, rangeOfText(doc, 'CIPHERED TELEGRAM No. 25150').start]) {
      assert.deepEqual(service.getReferences(doc, { line: at.line, character: 2 }).toArray(), cited);
    }
    // the first cable's header lines are its own: no one cites it
    assert.deepEqual(service.getReferences(doc, { line: rangeOfText(doc, 'CIPHERED TELEGRAM No. 25202').start.line, character: 2 }).toArray(), []);
    assert.deepEqual(service.getReferences(doc, { line: rangeOfText(doc, 'Your telegram No. 6101').start.line, character: 2 }).toArray(), []);
  });
});

describe('timeline', () => {
  test('every cable in date order, undated last, with the links of resolved references', async () => {
    const service = await serviceOver({ ...files, 'undated.cable': 'CIPHERED TELEGRAM No. 1\nFrom BEIJING\n\nText.\n' });
    const timeline = service.getTimeline();
    assert.deepEqual(timeline.cables.map(c => c.key), ['m1.cable#0', 'b3.cable#0', 'm5.cable#0', 'b7.cable#0', 'undated.cable#0'].map(k => uriOf(k)));
    assert.equal(timeline.cables[1].label, '1951-10-03 Beijing → Moscow  N° 25150  Nikolai Roshchin → Joseph Stalin');
    assert.deepEqual(timeline.cables[1].headerRange, rangeOfText(makeDocument(files['b3.cable']), 'CIPHERED TELEGRAM No. 25150'));
    const key = (name: string) => `${uriOf(name)}#0`;
    assert.deepEqual(timeline.links, [
      { from: key('b3.cable'), to: key('m1.cable') },
      { from: key('b7.cable'), to: key('m5.cable') },
      { from: key('m5.cable'), to: key('b3.cable') },
      { from: key('m5.cable'), to: key('m1.cable') },
    ]);
    assert.equal(timeline.complete, true);
  });
});


describe('a cable saved twice', () => {
  // b3 and its second copy: the same number, channel and date; the copy sorts first by path
  const twice = { ...files, 'b3-second-copy.cable': files['b3.cable'] };
  const key = (name: string) => `${uriOf(name)}#0`;

  test('the timeline shows it once, by the copy not named a copy, with the other noted and one set of arrows', async () => {
    const service = await serviceOver(twice);
    const timeline = service.getTimeline();
    assert.deepEqual(timeline.cables.map(c => c.key), ['m1.cable', 'b3.cable', 'm5.cable', 'b7.cable'].map(key));
    assert.deepEqual(timeline.cables[1].copies, [{ uri: uriOf('b3-second-copy.cable'), headerRange: timeline.cables[1].headerRange }]);
    assert.equal(timeline.cables[0].copies, undefined);
    assert.deepEqual(timeline.links, [
      { from: key('b3.cable'), to: key('m1.cable') },
      { from: key('b7.cable'), to: key('m5.cable') },
      { from: key('m5.cable'), to: key('b3.cable') },
      { from: key('m5.cable'), to: key('m1.cable') },
    ]);
  });

  test('citing from both copies, it is one citing cable: “cited by 2” (b3 and m5), the peek listing all three places', async () => {
    const service = await serviceOver(twice);
    const m1 = makeDocument(files['m1.cable'], 0, uriOf('m1.cable'));
    const [lens] = service.getCodeLenses(m1);
    assert.equal(lens?.command!.title, 'cited by 2');
    const locations = lens!.command!.arguments![2] as { uri: string }[];
    assert.deepEqual(locations.map(l => l.uri), ['b3-second-copy.cable', 'b3.cable', 'm5.cable'].map(uriOf));
  });

  test('a citation of it links to the copy not named a copy, else to the first in path order', async () => {
    const cases = [
      ['b3-second-copy.cable', 'b3.cable', 'b3.cable'],
      ['a-b3-retranslation.cable', 'z-b3.cable', 'z-b3.cable'],
      ['b3_copy2.cable', 'b3.cable', 'b3.cable'],
      ['b-b3.cable', 'a-b3.cable', 'a-b3.cable'],
    ];
    for (const [one, other, expected] of cases) {
      const service = await serviceOver({ ...files, 'b3.cable': '', [one]: files['b3.cable'], [other]: files['b3.cable'] });
      const m5 = makeDocument(files['m5.cable'], 0, uriOf('m5.cable'));
      const link = service.getDocumentLinks(m5).find(l => l.range.start.character === rangeOfText(m5, '2467').start.character);
      assert.equal(link?.target?.replace(/#L\d+$/, ''), uriOf(expected), `${one} / ${other}`);
    }
  });
});

test('the lens command the service writes is the one the client registers (protocol)', () => {
  assert.equal(lensCommand, protocolLensCommand);
});

describe('resolutions shared within a pass of checks', () => {
  test('a file is resolved once within a pass, anew outside one, and nothing is kept after it', async () => {
    const service = await serviceOver(files);
    const index = service.corpus;
    const file = index.get(uriOf('b3.cable'))!;
    const [a, b] = sharingResolutions(index, () => [resolveFileReferences(index, file), resolveFileReferences(index, file)]);
    assert.equal(a, b);
    assert.ok(a.length > 0);
    const outside = resolveFileReferences(index, file);
    assert.notEqual(outside, a);
    assert.deepEqual(outside, a);
    const again = sharingResolutions(index, () => resolveFileReferences(index, file));
    assert.notEqual(again, a);
    assert.deepEqual(again, a);
  });
});
