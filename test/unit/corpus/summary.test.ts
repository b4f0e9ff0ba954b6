// The summary of one file: cables with number, date, channel, sender and recipient and the
// outline's title; mentions by gazetteer id with ranges; near-miss spellings; no text kept.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { summarizeFile } from '../../../server/src/service/corpus/summarize';
import { mentionsOfTable } from '../../../server/src/service/corpus/mentionTable';
import { MENTION_FIELDS } from '../../../server/src/service/corpus/types';
import { DocumentSymbolProvider } from '../../../server/src/service/features/documentSymbols';
import { analysisSource, joinLines, makeDocument, noToken, rangeOfText } from '../features/fixture';
import { beijingCable, moscowCable, roshchinCable } from './fixtures';

function summarize(text: string) {
  const doc = makeDocument(text);
  return { doc, summary: summarizeFile(doc.uri, doc, analysisSource().get(doc)) };
}

test('a cable: its number, date, channel, sender, recipient and the outline title', () => {
  const { doc, summary } = summarize(beijingCable('25025', 19, 'I have spoken with Cde. Roshchin.'));
  assert.equal(summary.cables.length, 1);
  const c = summary.cables[0];
  assert.equal(c.number, '25025');
  assert.equal(c.date, '1951-10-19');
  assert.equal(c.from, 'Beijing');
  assert.equal(c.to, 'Moscow');
  assert.equal(c.recipient, 'Joseph Stalin');
  const outline = new DocumentSymbolProvider(analysisSource()).provideDocumentSymbols(doc, noToken);
  assert.equal(c.title, outline[0].name, 'the title is the outline’s');
  assert.deepEqual(summary.references, []);
  assert.equal(summary.version, 1);
});

test('mentions: by gazetteer id, with the range of the name as written and how it names the entity', () => {
  const { doc, summary } = summarize(beijingCable('25025', 19, 'I have spoken with Cde. Roshchin.'));
  const mentions = mentionsOfTable(summary.mentions);
  const filippov = mentions.find(m => m.written === 'FILIPPOV');
  assert.ok(filippov, JSON.stringify(mentions));
  assert.equal(filippov.entityId, 'stalin');
  assert.equal(filippov.via, 'pseudonym');
  assert.deepEqual(filippov.range, rangeOfText(doc, 'FILIPPOV'));
  const gloss = mentions.find(m => m.written === 'Stalin');
  assert.ok(gloss);
  assert.equal(gloss.entityId, 'stalin');
  assert.equal(gloss.protectedBy, 'gloss');
  const roshchin = mentions.find(m => m.written === 'Roshchin');
  assert.ok(roshchin);
  assert.equal(roshchin.key, 'roshchin');
  assert.equal(roshchin.protectedBy, undefined);
});

test('a near-miss spelling is kept with the spelling it is near', () => {
  const { summary } = summarize(beijingCable('25025', 19, 'I have spoken with Cde. Roschin.'));
  const miss = summary.nearMisses.find(n => n.written === 'Roschin');
  assert.ok(miss, JSON.stringify(summary.nearMisses));
  assert.equal(miss.suggestionKey, 'roshchin');
  assert.ok(miss.entityIds.length > 0);
});

test('the summary keeps no text and no analysis', () => {
  const { summary } = summarize(beijingCable('25025', 19, 'I have spoken with Cde. Roshchin. '.repeat(50)));
  const json = JSON.stringify(summary);
  assert.ok(!json.includes('I have spoken'), 'no body text');
  assert.deepEqual(Object.keys(summary).sort(), ['cables', 'mentions', 'nearMisses', 'references', 'uri', 'version']);
});

test('the summary is plain data: a structured clone (a worker’s message) is the same summary', () => {
  const { summary } = summarize(beijingCable('25025', 19, 'I have spoken with Cde. Roshchin. Your telegram No. 3153.'));
  const copy = structuredClone(summary);
  assert.deepEqual(copy, summary);
  assert.deepEqual(mentionsOfTable(copy.mentions), mentionsOfTable(summary.mentions));
  assert.ok(copy.mentions.data instanceof Int32Array);
  assert.equal(copy.mentions.data.length, MENTION_FIELDS * mentionsOfTable(summary.mentions).length);
  assert.equal(new Set(copy.mentions.strings).size, copy.mentions.strings.length, 'each string once');
});

test('a damaged file still summarises (no throw), with what it can read', () => {
  const { summary } = summarize('[Stamp: unclosed\n\nCde. FILIPPOV');
  assert.equal(summary.cables.length, 1);
  assert.ok(mentionsOfTable(summary.mentions).some(m => m.entityId === 'stalin'));
});

test('the sender’s own number beside the header’s, places as the gazetteer names them, people by id', () => {
  const incoming = summarize(roshchinCable('25150', '2467', 3, 'Nothing more.')).summary.cables[0];
  assert.equal(incoming.number, '25150');
  assert.equal(incoming.senderNumber, '2467');
  assert.equal(incoming.senderId, 'roshchin');
  const outgoing = summarize(moscowCable('6187', 5, 'Reply to your No. 2467.'));
  const c = outgoing.summary.cables[0];
  assert.equal(c.number, '6187');
  assert.equal(c.senderNumber, undefined, 'an outgoing cable’s number is already its sender’s');
  assert.equal(c.to, 'Beijing', 'PEKING is Beijing');
  assert.match(c.title, /Moscow → Peking/, 'the title keeps the spelling of the text');
  const [ref] = outgoing.summary.references;
  assert.equal(ref.depth, 0);
  assert.deepEqual(ref.numberRange, rangeOfText(outgoing.doc, '2467'));
});

test('a bare surname is a mention of the person it stands for, unless two people of the name are named', () => {
  const one = mentionsOfTable(summarize(beijingCable('1', 19, 'Kim Il Sung received me. Kim agrees.')).summary.mentions);
  assert.deepEqual(one.filter(m => m.entityId === 'kim_il_sung').map(m => m.written), ['Kim Il Sung', 'Kim']);
  const two = mentionsOfTable(summarize(beijingCable('1', 19, 'Kim Il Sung and Kim Chaek received me. Kim agrees.')).summary.mentions);
  assert.deepEqual(two.filter(m => m.written === 'Kim'), []);
});

test('a cable to the Soviet Ambassador is to the man who held the post on its date, and a cable sent after midnight keeps its sending time', () => {
  const { summary } = summarize(moscowCable('6101', 1, 'Pass the following to Cde. Mao Zedong.'));
  assert.equal(summary.cables[0]!.recipient, 'Nikolai Roshchin');
  assert.equal(summary.cables[0]!.recipientId, 'roshchin');
  const late = summarize(moscowCable('6102', 1, 'Text.').replace('sent at 2355 1 October 1951', 'sent at 0115 2 October 1951')).summary.cables[0]!;
  assert.equal(late.date, '1951-10-01');
  assert.equal(late.sent, '1951-10-02 01:15');
});

test('a recipient written with a slip the checks report (To Roschin.) is still that person', () => {
  const cable = summarize(moscowCable('6511', 10, 'Pass the following.').replace('PEKING, TO THE SOVIET AMBASSADOR', 'PEKING\nTo Roschin.')).summary.cables[0]!;
  assert.deepEqual([cable.recipient, cable.recipientId], ['Nikolai Roshchin', 'roshchin']);
});

test('of two addressees the first is the recipient, even written with a slip: `To Cdes. Roschin and Mao Zedong.`', () => {
  const to = (line: string) => summarize(moscowCable('6511', 10, 'Pass the following.').replace('PEKING, TO THE SOVIET AMBASSADOR', `PEKING\n${line}`)).summary.cables[0]!;
  assert.deepEqual([to('To Cdes. Roschin and Mao Zedong.').recipientId, to('To Cdes. Roshchin and Mao Zedong.').recipientId, to('To Cdes. Mao Zedong and Roschin.').recipientId], ['roshchin', 'roshchin', 'mao']);
});

test('a cover name the sources dispute (MATVEYEV) is filed under the name as written with both readings; a gloss decides it', () => {
  const report = (signature: string) => 'CIPHERED TELEGRAM No. 600602/sh\nFROM: PYONGYANG\nSent by wire on 10/3/50 at 02:08 p.m.\nReceived in Moscow on 10/3/50 at 10:46 a.m.\n---\n'
    + 'To Comrade FYN SI.\n\nThe KPA General Staff still does not know where four of its divisions are.\n\n' + signature + '\nNo. 7\n3.10.50\n';
  const open = summarize(report('MATVEYEV')).summary.cables[0]!;
  assert.equal(open.sender, 'Matveyev (Vladimir Razuvaev or Matvei Zakharov)');
  assert.equal(open.senderId, 'razuvaev', 'the first reading, as the hover gives it, for matching citations');
  const glossed = summarize(report('MATVEYEV [Zakharov]')).summary.cables[0]!;
  assert.deepEqual([glossed.sender, glossed.senderId], ['Matvei Zakharov', 'zakharov_mv']);
});

test('an addressee written with initials after the name (Comrade STALIN I.V.) is the gazetteer’s person', () => {
  const { summary } = summarize(joinLines(
    'CIPHERED TELEGRAM No. 601022/sh',
    'From Pyongyang.Sent 8.10.50 16:20',
    'Received 8.10 14:05',
    '---',
    'TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR',
    'Comrade STALIN I.V.',
    '',
    '1. Kim Il Sung thanked you.',
    '',
    'T. SHTYKOV',
    'No. 1443/sh',
    '8.10.50',
  ));
  assert.equal(summary.cables[0].recipient, 'Joseph Stalin');
  assert.equal(summary.cables[0].recipientId, 'stalin');
  assert.equal(summary.cables[0].senderId, 'shtykov');
});

test('a bare cover name under the origin is the addressee, not a place: `FROM: PYONGYANG` … `FENG XI` goes to Moscow, to Stalin', () => {
  const { summary } = summarize(joinLines(
    '8th Department of the General Staff of the Armed Forces USSR', 'CIPHERED TELEGRAM', 'FROM: PYONGYANG',
    'Sent by wire on 10/14/50 at 03:15 a.m.', 'Received in Moscow on 10/14/50 at 6:36 a.m.', '', 'TOP PRIORITY', 'FENG XI', '',
    'Your telegram has been delivered to KIM IL SUNG.', '', 'No. 1476/sh T. SHTYKOV', '14.10.50',
  ));
  const c = summary.cables[0];
  assert.deepEqual([c.from, c.to, c.toId, c.sender, c.recipient, c.recipientId], ['Pyongyang', 'Moscow', 'moscow', 'Terentii Shtykov', 'Joseph Stalin', 'stalin']);
  assert.match(c.title, / — Pyongyang → Moscow, /);
});

test('an unsigned Moscow relay is sent by the signer of the text it passes on; a text introduced as another’s is not its sender’s', () => {
  const relay = (introducer: string, signer: string) => summarize(joinLines(
    'COPY OF AN OUTGOING TELEGRAM     TOP SECRET', 'Nº 5500', 'received at 2230 17 November 1950', 'sent at 2355 17 November 1950', '',
    'BEIJING - SOVIET AMBASSADOR', '', introducer, '', '"Your request of 15 November about the lorries will be fulfilled.', '', `${signer}"`, '',
    'Telegraph the fulfillment.',
  )).summary.cables[0];
  const own = relay('Pass the following to Cde. MAO ZEDONG:', 'FILIPPOV');
  assert.deepEqual([own.sender, own.senderId, own.recipient], ['Joseph Stalin', 'stalin', 'Nikolai Roshchin']);
  const forwarded = relay('Pass to Cde. MAO ZEDONG the following telegram from Cde. KIM IL SUNG:', 'KIM IL SUNG');
  assert.equal(forwarded.senderId, undefined);
});

test('a state named as the destination (`To NORTH KOREA To RAZUVAEV`) is its capital’s place, by name as by id: one channel with `PYONGYANG` / `To RAZUVAEV`', () => {
  const toState = summarize(joinLines('COPY OF AN OUTGOING TELEGRAM', 'received at 1940 25 November', 'sent at 2215 25 November', 'To NORTH KOREA To RAZUVAEV',
    'Tell Comrade Kim Il Sung that the regiments will be sent.', 'FILIPPOV', 'No. 512/sh', '25 November 1951')).summary.cables[0];
  const toCapital = summarize(joinLines('COPY OF AN OUTGOING TELEGRAM', 'received at 2210 7 October', 'sent at 0040 8 October', 'PYONGYANG', 'To RAZUVAEV',
    'Tell Comrade Kim Il Sung that we agree.', 'FILIPPOV', 'No. 483/sh', '8 October 1951')).summary.cables[0];
  for (const c of [toState, toCapital]) {
    assert.equal(c?.to, 'Pyongyang', JSON.stringify(c));
    assert.equal(c?.toId, 'pyongyang', JSON.stringify(c));
  }
  // the outline's title keeps the words the header writes
  assert.match(toState?.title ?? '', /Moscow → North Korea/);
});
