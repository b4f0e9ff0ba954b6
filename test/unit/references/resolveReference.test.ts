// Resolving a citation against the corpus's cable summaries: by number, by number and day, by day
// and channel alone, and saying when two cables remain.
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CableSummary } from '../../../server/src/service/corpus/types';
import {
  ambiguousReference, checkResolvedReference, citedAfterCiting, describeCitation, formatReferenceDate, normaliseTelegramNumber,
  resolveTelegramReference, type CitingCable,
} from '../../../server/src/service/references';

const nowhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A cable summary with only what resolution reads; the title names it for the assertions. Its places are the gazetteer's (`Moscow` is `moscow`). */
function summary(title: string, fields: Partial<Omit<CableSummary, 'title'>> = {}): CableSummary {
  const ids = { ...(fields.from ? { fromId: fields.from.toLowerCase() } : {}), ...(fields.to ? { toId: fields.to.toLowerCase() } : {}) };
  return { index: 0, range: nowhere, headerRange: nowhere, layout: 'incoming', title, ...ids, ...fields };
}

const titles = (cables: readonly CableSummary[]) => cables.map((c) => c.title);

// The citing cable: Beijing to Moscow, 19 October 1951 (the seed).
const citing: CitingCable = {
  date: '1951-10-19 11:35', fromId: 'beijing', toId: 'moscow', senderId: 'mao', recipientId: 'stalin',
};

const corpus: readonly CableSummary[] = [
  summary('Moscow 3153 of 5 October', { number: '3153', date: '1951-10-05', from: 'Moscow', to: 'Beijing', layout: 'outgoing' }),
  summary('Pyongyang 3153 of 2 October', { number: 'No. 3153.', date: '1951-10-02', from: 'Pyongyang', to: 'Moscow' }),
  summary('Moscow 483/sh', { number: '483/SH', date: '1951-10-10', from: 'Moscow', to: 'Beijing', layout: 'outgoing' }),
  summary('Moscow 483', { number: '483', date: '1951-10-11', from: 'Moscow', to: 'Beijing', layout: 'outgoing' }),
  summary('Moscow 0115 18 October', { number: '5120', date: '1951-10-18 01:15', from: 'Moscow', to: 'Beijing', layout: 'outgoing' }),
  summary('Moscow 2240 18 October', { number: '5121', date: '1951-10-18 22:40', from: 'Moscow', to: 'Beijing', layout: 'outgoing' }),
  summary('Beijing 18 October', { number: '24990', date: '1951-10-18', from: 'Beijing', to: 'Moscow' }),
  summary('Beijing, undated', { number: '24800', from: 'Beijing', to: 'Moscow' }),
];

describe('normaliseTelegramNumber', () => {
  test('drops the sign, spaces, a final period and case; keeps the suffix', () => {
    assert.equal(normaliseTelegramNumber('No. 3153.'), '3153');
    assert.equal(normaliseTelegramNumber('N° 25025'), '25025');
    assert.equal(normaliseTelegramNumber('Nº 2481'), '2481');
    assert.equal(normaliseTelegramNumber('№ 3007'), '3007');
    assert.equal(normaliseTelegramNumber('#2231/sh'), '2231/sh');
    assert.equal(normaliseTelegramNumber('483/SH'), '483/sh');
    assert.notEqual(normaliseTelegramNumber('483/sh'), normaliseTelegramNumber('483'));
  });
});

describe('resolveTelegramReference', () => {
  test('by number: every cable with it, signs and case aside', () => {
    assert.deepEqual(titles(resolveTelegramReference({ number: '3153' }, citing, corpus).matches), ['Moscow 3153 of 5 October', 'Pyongyang 3153 of 2 October']);
  });

  test('483/sh is not 483', () => {
    assert.deepEqual(titles(resolveTelegramReference({ number: '483/sh' }, citing, corpus).matches), ['Moscow 483/sh']);
    assert.deepEqual(titles(resolveTelegramReference({ number: '483' }, citing, corpus).matches), ['Moscow 483']);
  });

  test('by number and channel: your telegram was sent by the recipient’s side', () => {
    assert.deepEqual(titles(resolveTelegramReference({ number: '3153', whose: 'your' }, citing, corpus).matches), ['Moscow 3153 of 5 October']);
  });

  test('by number and day: the day narrows, a wrong day excludes', () => {
    assert.deepEqual(titles(resolveTelegramReference({ number: '3153', date: '1951-10-02' }, citing, corpus).matches), ['Pyongyang 3153 of 2 October']);
    assert.deepEqual(resolveTelegramReference({ number: '3153', date: '1951-10-03' }, citing, corpus).matches, []);
  });

  test('a cable that gives no date is kept for a number, but yields to one of the right day', () => {
    const undated = summary('3153, undated', { number: '3153', from: 'Moscow', to: 'Beijing' });
    assert.deepEqual(titles(resolveTelegramReference({ number: '3153', date: '1951-10-05', whose: 'your' }, citing, [undated]).matches), ['3153, undated']);
    assert.deepEqual(titles(resolveTelegramReference({ number: '3153', date: '1951-10-05', whose: 'your' }, citing, [undated, ...corpus]).matches), ['Moscow 3153 of 5 October']);
  });

  test('by day and channel alone: your telegram of 0115 18 October', () => {
    assert.deepEqual(titles(resolveTelegramReference({ date: '1951-10-18 01:15', whose: 'your' }, citing, corpus).matches), ['Moscow 0115 18 October']);
  });

  test('by day and channel, no time: both of the recipient’s cables that day remain', () => {
    assert.deepEqual(titles(resolveTelegramReference({ date: '1951-10-18', whose: 'your' }, citing, corpus).matches), ['Moscow 0115 18 October', 'Moscow 2240 18 October']);
  });

  test('my telegram of 18 October is the sender’s own', () => {
    assert.deepEqual(titles(resolveTelegramReference({ date: '1951-10-18', whose: 'my' }, citing, corpus).matches), ['Beijing 18 October']);
  });

  test('a time on another clock prefers but never excludes: 0930 18 October still finds the recipient’s cables of that day', () => {
    assert.deepEqual(titles(resolveTelegramReference({ date: '1951-10-18 09:30', whose: 'your' }, citing, corpus).matches), ['Moscow 0115 18 October', 'Moscow 2240 18 October']);
  });

  test('without a number, a cable of the day that names neither places nor person cannot be told to be the one cited', () => {
    const toPeng: CitingCable = { date: '1950-10-25', senderId: 'mao', recipientId: 'peng-dehuai' };
    const nameless = summary('Politburo extract of 21 October', { number: 'P79/243', date: '1950-10-21' });
    const peng = summary('Peng of 21 October', { date: '1950-10-21', senderId: 'peng-dehuai' });
    assert.deepEqual(resolveTelegramReference({ date: '1950-10-21', whose: 'your' }, toPeng, [nameless]).matches, []);
    assert.deepEqual(titles(resolveTelegramReference({ date: '1950-10-21', whose: 'your' }, toPeng, [nameless, peng]).matches), ['Peng of 21 October']);
    // a number names its telegram: there the nameless cable still answers
    assert.deepEqual(titles(resolveTelegramReference({ number: 'P79/243', whose: 'your' }, toPeng, [nameless]).matches), ['Politburo extract of 21 October']);
  });

  test('without a number, a cable that gives no date cannot be the one cited', () => {
    assert.deepEqual(resolveTelegramReference({ date: '1951-10-20', whose: 'my' }, citing, corpus).matches, []);
  });

  test('a citation with neither number nor day resolves to nothing', () => {
    assert.deepEqual(resolveTelegramReference({ whose: 'your' }, citing, corpus).matches, []);
  });

  test('the channel is compared by people too: of two cables between the right places, “your” telegram is the addressee’s', () => {
    const other = summary('Gromyko to Beijing', { number: '777', date: '1951-10-05', from: 'Moscow', to: 'Beijing', sender: 'Gromyko', senderId: 'gromyko' });
    const mine = summary('Filippov to Mao', { number: '777', date: '1951-10-05', from: 'Moscow', to: 'Beijing', sender: 'Filippov', senderId: 'stalin' });
    assert.deepEqual(titles(resolveTelegramReference({ number: '777', whose: 'your' }, citing, [other, mine]).matches), ['Filippov to Mao']);
  });

  test('a “your” telegram between the right places from another man is still the one cited when no other is: Moscow answers Mao through the ambassador', () => {
    const toAmbassador: CitingCable = { date: '1951-10-18', fromId: 'moscow', toId: 'beijing', senderId: 'stalin', recipientId: 'roshchin' };
    const mao = summary('Mao 4926', { number: '24560', senderNumber: '4926', date: '1951-10-15', from: 'Beijing', to: 'Moscow', senderId: 'mao' });
    assert.deepEqual(titles(resolveTelegramReference({ number: '4926', whose: 'your' }, toAmbassador, [mao]).matches), ['Mao 4926']);
    // ... but not one sent the other way, nor the sender's own series under another man's name
    const outgoing = summary('Moscow 4926', { number: '4926', date: '1951-10-15', from: 'Moscow', to: 'Beijing', senderId: 'gromyko' });
    assert.deepEqual(resolveTelegramReference({ number: '4926', whose: 'your' }, toAmbassador, [outgoing]).matches, []);
    const razuvaev: CitingCable = { date: '1951-11-22', fromId: 'pyongyang', toId: 'moscow', senderId: 'razuvaev', recipientId: 'stalin' };
    const shtykov = summary('Shtykov No. 22', { number: '600100/sh', senderNumber: '22', date: '1950-06-02', from: 'Pyongyang', to: 'Moscow', senderId: 'shtykov' });
    assert.deepEqual(resolveTelegramReference({ number: '22', whose: 'my' }, razuvaev, [shtykov]).matches, []);
  });

  test('“my” (or “our”) numbered telegram is the signer’s own, wherever he sent it from: an envoy on a mission cites his cable from his embassy', () => {
    const fromPyongyang: CitingCable = { date: '1953-04-02', fromId: 'pyongyang', toId: 'moscow', senderId: 'kuznetsov_vv', recipientId: 'molotov' };
    const hisOwn = summary('Kuznetsov No. 80 from Peking', { number: '9120', senderNumber: '80', date: '1953-03-30', from: 'Beijing', to: 'Moscow', senderId: 'kuznetsov_vv' });
    assert.deepEqual(titles(resolveTelegramReference({ number: '80', whose: 'my' }, fromPyongyang, [hisOwn]).matches), ['Kuznetsov No. 80 from Peking']);
    // the number alone, from another place and another man, is not his; nor, from another place, a cable whose signer is unknown
    const anothers = summary('Roshchin No. 80', { number: '80', date: '1953-03-30', from: 'Beijing', to: 'Moscow', senderId: 'roshchin' });
    const unsigned = summary('Peking No. 80, unsigned', { number: '80', date: '1953-03-30', from: 'Beijing', to: 'Moscow' });
    assert.deepEqual(resolveTelegramReference({ number: '80', whose: 'my' }, fromPyongyang, [anothers, unsigned]).matches, []);
  });

  test('of two “your” telegrams of the day from the right man, the one addressed to the citing cable’s sender is preferred; none is excluded', () => {
    const shtykov: CitingCable = { date: '1950-10-09 12:10', fromId: 'pyongyang', toId: 'moscow', senderId: 'shtykov', recipientId: 'stalin' };
    const toZakharov = summary('Feng Xi to Zakharov', { number: '4725', date: '1950-10-08', from: 'Moscow', to: 'Pyongyang', senderId: 'stalin', recipientId: 'zakharov', layout: 'outgoing' });
    const toShtykov = summary('Feng Xi to Shtykov', { number: '4731', date: '1950-10-08', from: 'Moscow', to: 'Pyongyang', senderId: 'stalin', recipientId: 'shtykov', layout: 'outgoing' });
    assert.deepEqual(titles(resolveTelegramReference({ date: '1950-10-08', whose: 'your' }, shtykov, [toZakharov, toShtykov]).matches), ['Feng Xi to Shtykov']);
    // one addressed to another man is still the one cited when no other is (Moscow may write to him through another)
    assert.deepEqual(titles(resolveTelegramReference({ date: '1950-10-08', whose: 'your' }, shtykov, [toZakharov]).matches), ['Feng Xi to Zakharov']);
    // and of two that name no addressee, both remain
    const unaddressed = [summary('a', { date: '1950-10-08', from: 'Moscow', to: 'Pyongyang', senderId: 'stalin' }), summary('b', { date: '1950-10-08', from: 'Moscow', to: 'Pyongyang', senderId: 'stalin' })];
    assert.deepEqual(titles(resolveTelegramReference({ date: '1950-10-08', whose: 'your' }, shtykov, unaddressed).matches), ['a', 'b']);
  });

  test('a cable of the number written months after the citing one is another telegram; days after, a slip the check reports', () => {
    const nextYear = summary('Moscow 3153 of 1952', { number: '3153', date: '1952-01-20', from: 'Moscow', to: 'Beijing', senderId: 'stalin' });
    assert.deepEqual(resolveTelegramReference({ number: '3153', whose: 'your' }, citing, [nextYear]).matches, []);
    const daysLater = summary('Moscow 3153 of 25 October', { number: '3153', date: '1951-10-25', from: 'Moscow', to: 'Beijing', senderId: 'stalin' });
    assert.deepEqual(titles(resolveTelegramReference({ number: '3153', whose: 'your' }, citing, [nextYear, daysLater]).matches), ['Moscow 3153 of 25 October']);
  });

  test('places are compared by gazetteer id: a designator (CORRESPONDENT 17) never conflicts with a place', () => {
    const correspondent: CitingCable = { date: '1950-11-22', senderId: 'razuvaev', recipientId: 'stalin', toId: 'moscow' };
    const moscow = summary('Moscow 75021', { number: '75021', date: '1950-08-28', from: 'Moscow', to: 'Pyongyang', senderId: 'stalin' });
    assert.deepEqual(titles(resolveTelegramReference({ number: '75021', whose: 'your' }, correspondent, [moscow]).matches), ['Moscow 75021']);
  });

  test('people are compared by gazetteer id: a role (Soviet Ambassador) never conflicts with a name', () => {
    const toAmbassador: CitingCable = { date: '1950-10-05', fromId: 'moscow', toId: 'beijing', senderId: 'stalin' };
    const roshchin = summary('Roshchin 2467', { number: '25150', senderNumber: '2467', date: '1950-10-03', from: 'Beijing', to: 'Moscow', sender: 'Nikolai Roshchin', senderId: 'roshchin' });
    assert.deepEqual(titles(resolveTelegramReference({ number: '2467', whose: 'your' }, toAmbassador, [roshchin]).matches), ['Roshchin 2467']);
  });

  test('a sender’s own number finds the cable as well as its header number', () => {
    const roshchin = summary('Roshchin 2467', { number: '25150', senderNumber: 'No. 2467', date: '1950-10-03', from: 'Beijing', to: 'Moscow' });
    assert.deepEqual(titles(resolveTelegramReference({ number: '2467' }, citing, [roshchin]).matches), ['Roshchin 2467']);
    assert.deepEqual(titles(resolveTelegramReference({ number: '25150' }, citing, [roshchin]).matches), ['Roshchin 2467']);
    assert.deepEqual(resolveTelegramReference({ number: '2468' }, citing, [roshchin]).matches, []);
  });

  test('a numbered citation that writes no year finds a dated cable of that day and month; by a day alone it does not', () => {
    // Matveyev's report dated `3.10` (no year anywhere): `Your telegram #4362/sh dated 1 October`
    const yearlessReport: CitingCable = { fromId: 'pyongyang', toId: 'moscow', recipientId: 'stalin' };
    const moscow = summary('Moscow 4362/sh of 1 October 1950', { number: '4362/sh', date: '1950-10-01', sent: '1950-10-01 03:45', from: 'Moscow', to: 'Pyongyang', senderId: 'stalin' });
    assert.deepEqual(titles(resolveTelegramReference({ number: '4362/sh', date: '--10-01', whose: 'your' }, yearlessReport, [moscow]).matches), ['Moscow 4362/sh of 1 October 1950']);
    assert.deepEqual(titles(resolveTelegramReference({ number: '4362/sh', date: '--10-01 03:45', whose: 'your' }, yearlessReport, [moscow]).matches), ['Moscow 4362/sh of 1 October 1950'], 'and by the time it was sent');
    assert.deepEqual(resolveTelegramReference({ number: '4362/sh', date: '--10-02', whose: 'your' }, yearlessReport, [moscow]).matches, [], 'another day still excludes');
    assert.deepEqual(resolveTelegramReference({ date: '--10-01', whose: 'your' }, yearlessReport, [moscow]).matches, [], 'a day alone could be any year’s');
  });
});

describe('checks on a resolved citation', () => {
  const later = summary('Cable N° 5300 — Moscow → Beijing', { number: '5300', date: '1951-10-22', from: 'Moscow', to: 'Beijing' });
  const earlier = summary('Cable N° 5120 — Moscow → Beijing', { number: '5120', date: '1951-10-18 01:15', from: 'Moscow', to: 'Beijing' });
  const sameDay = summary('Cable N° 5400 — Moscow → Beijing', { number: '5400', date: '1951-10-19 23:00', from: 'Moscow', to: 'Beijing' });

  test('describeCitation and formatReferenceDate say the citation in words', () => {
    assert.equal(describeCitation({ number: '3153', whose: 'your', noun: 'cable' }), 'your cable No. 3153');
    assert.equal(describeCitation({ number: '483/sh' }), 'No. 483/sh');
    assert.equal(describeCitation({ number: '3102', whose: 'my' }), 'my No. 3102', 'no noun the text does not write');
    assert.equal(describeCitation({ date: '1951-10-18 01:15', whose: 'your' }), 'your telegram of 18 October 1951, 01:15');
    assert.equal(formatReferenceDate('1950-10-05'), '5 October 1950');
    assert.equal(formatReferenceDate('--10-05 23:50'), '5 October, 23:50', 'a day written without its year');
    assert.equal(formatReferenceDate('1950-10'), '1950-10', 'another shape as it is');
  });

  test('a cited cable dated after the citing one: a warning naming both dates', () => {
    const finding = citedAfterCiting({ number: '5300', whose: 'your', noun: 'telegram' }, citing, later);
    assert.deepEqual(finding, {
      kind: 'citedAfterCiting',
      level: 'warning',
      message: 'The citation “your telegram No. 5300” resolves to Cable N° 5300 — Moscow → Beijing, dated 22 October 1951, after the cable that cites it (19 October 1951, 11:35).',
      cables: [later],
    });
  });

  test('an earlier cable, a cable of the same day (clocks may differ) or an undated one is no finding', () => {
    assert.equal(citedAfterCiting({ number: '5120' }, citing, earlier), undefined);
    assert.equal(citedAfterCiting({ number: '5400' }, citing, sameDay), undefined);
    assert.equal(citedAfterCiting({ number: '5300' }, {}, later), undefined);
  });

  test('a cited cable that writes no year is judged in the one year the citing date allows, else not at all', () => {
    const yearless = (when: string) => summary(`Copy Nº 4954 — Moscow → Beijing, sent ${when}`, { number: '4954', yearless: when, from: 'Moscow', to: 'Beijing', layout: 'outgoing' });
    // cited on 19 October 1951: six days later in 1951, a year less six days earlier in 1950
    const sixDaysOn = yearless('--10-25 23:35');
    assert.equal(citedAfterCiting({ number: '4954', whose: 'your' }, citing, sixDaysOn)?.message,
      'The citation “your No. 4954” resolves to Copy Nº 4954 — Moscow → Beijing, sent --10-25 23:35, dated 25 October, 23:35 (no year written; read as 1951 beside the citing cable), after the cable that cites it (19 October 1951, 11:35).');
    assert.equal(citedAfterCiting({ number: '4954' }, citing, yearless('--10-13 23:35')), undefined, 'six days earlier');
    // 25 March is five months after October 1951 or seven before: no year stands out, no finding
    assert.equal(citedAfterCiting({ number: '4954' }, citing, yearless('--03-25')), undefined);
    // across the new year: 5 January beside 20 December 1950 is 5 January 1951
    assert.equal(citedAfterCiting({ number: '4954' }, { date: '1950-12-20' }, yearless('--01-05'))?.kind, 'citedAfterCiting');
    assert.equal(citedAfterCiting({ number: '4954' }, { date: '1951-01-05' }, yearless('--12-20')), undefined);
    assert.equal(citedAfterCiting({ number: '4954' }, {}, sixDaysOn), undefined, 'nor without the citing cable’s date');
  });

  test('read on two clocks: a later day in Beijing that is the same evening in Moscow is no finding; one later on every clock is', () => {
    const minute = (iso: string, zone: number) => Date.parse(iso + 'Z') / 60000 - zone * 60;
    // The seed's channel: Moscow (UTC+3) cites a Beijing (UTC+8) cable of 02:00 19 October, received 21:40 18 October Moscow time.
    const moscowReply: CitingCable = { date: '1951-10-18 23:40', utc: { from: minute('1951-10-18T23:40', 3), to: minute('1951-10-18T23:40', 3) } };
    const beijingNight = summary('Beijing 25110', { number: '25110', date: '1951-10-19 02:00', utc: { from: minute('1951-10-19T02:00', 8), to: minute('1951-10-19T02:00', 8) } });
    assert.equal(citedAfterCiting({ number: '25110', whose: 'your' }, moscowReply, beijingNight), undefined);
    const beijingMorning = summary('Beijing 25111', { number: '25111', date: '1951-10-19 09:00', utc: { from: minute('1951-10-19T09:00', 8), to: minute('1951-10-19T09:00', 8) } });
    assert.equal(citedAfterCiting({ number: '25111' }, moscowReply, beijingMorning)?.kind, 'citedAfterCiting');
    // Of two cables with the number, the one written after the citing cable on every clock cannot be the one cited.
    assert.deepEqual(titles(resolveTelegramReference({ number: '2511' }, moscowReply, [
      summary('the night cable', { number: '2511', date: beijingNight.date, utc: beijingNight.utc }),
      summary('the morning cable', { number: '2511', date: beijingMorning.date, utc: beijingMorning.utc }),
    ]).matches), ['the night cable']);
    assert.deepEqual(titles(resolveTelegramReference({ number: '2511' }, moscowReply, [summary('only the morning cable', { number: '2511', utc: beijingMorning.utc })]).matches),
      ['only the morning cable'], 'a single later cable stays: the citation is then wrong, and said so');
  });

  test('two matches: information listing both with their dates', () => {
    const finding = ambiguousReference({ number: '3153', whose: 'your', noun: 'telegram' }, [earlier, later]);
    assert.deepEqual(finding, {
      kind: 'ambiguous',
      level: 'information',
      message: 'The citation “your telegram No. 3153” matches 2 cables: Cable N° 5120 — Moscow → Beijing (18 October 1951, 01:15) and Cable N° 5300 — Moscow → Beijing (22 October 1951).',
      cables: [earlier, later],
    });
    assert.equal(ambiguousReference({ number: '3153' }, [earlier]), undefined);
  });

  test('many matches: the first five by name, then how many more', () => {
    const many = Array.from({ length: 8 }, (_, i) => summary(`Cable N° 3153 — Moscow → Beijing ${i + 1}`, { number: '3153', date: `1951-10-${String(i + 10)}`, from: 'Moscow', to: 'Beijing' }));
    const finding = ambiguousReference({ number: '3153' }, many)!;
    assert.equal(finding.cables.length, 8);
    assert.match(finding.message, /matches 8 cables: .*Beijing 5 \(14 October 1951\); and 3 more\.$/);
    assert.doesNotMatch(finding.message, /Beijing 6/);
  });

  test('copies of one cable (number, day and channel) are one cable: no ambiguity, and a later one is still later', () => {
    const copy = summary('Cable N° 5300 — Moscow → Beijing (second copy)', { number: 'No. 5300', date: '1951-10-22 10:00', from: 'Moscow', to: 'Beijing' });
    assert.equal(ambiguousReference({ number: '5300' }, [later, copy]), undefined);
    assert.deepEqual(checkResolvedReference({ number: '5300' }, citing, [later, copy]).map((f) => f.kind), ['citedAfterCiting']);
    const otherChannel = summary('Cable N° 5300 — Moscow → Pyongyang', { number: '5300', date: '1951-10-22', from: 'Moscow', to: 'Pyongyang' });
    assert.equal(ambiguousReference({ number: '5300' }, [later, copy, otherChannel])?.cables.length, 2, 'two cables, one of them saved twice');
  });

  test('checkResolvedReference: ambiguity for two, a later date for one, nothing otherwise', () => {
    assert.deepEqual(checkResolvedReference({ number: '1' }, citing, [earlier, later]).map((f) => f.kind), ['ambiguous']);
    assert.deepEqual(checkResolvedReference({ number: '1' }, citing, [later]).map((f) => f.kind), ['citedAfterCiting']);
    assert.deepEqual(checkResolvedReference({ number: '1' }, citing, [earlier]), []);
    assert.deepEqual(checkResolvedReference({ number: '1' }, citing, []), []);
  });

  test('resolution and check together: a citation found in a cable, resolved and checked', () => {
    const { matches } = resolveTelegramReference({ date: '1951-10-18', whose: 'your' }, citing, corpus);
    const findings = checkResolvedReference({ date: '1951-10-18', whose: 'your', noun: 'telegram' }, citing, matches);
    assert.equal(findings.length, 1);
    assert.match(findings[0]?.message ?? '', /^The citation “your telegram of 18 October 1951” matches 2 cables: Moscow 0115 18 October \(18 October 1951, 01:15\) and Moscow 2240 18 October/);
  });
});
