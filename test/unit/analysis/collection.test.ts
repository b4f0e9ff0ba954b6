// Collection files (CABLE-FORMAT §11): where a new cable starts, and what each cable's analysis sees.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeFile, defaultSettings, splitCollection } from '../../../server/src/service/analysis';
import { builtinGazetteer, joinLines, makeDocument, twoCableCollection } from '../features/fixture';

const pieces = (text: string) => splitCollection(text).map(p => ({
  cable: text.slice(p.span.start, p.span.end),
  body: text.slice(p.body.start, p.body.end),
  heading: p.heading && text.slice(p.heading.start, p.heading.end),
  title: p.title && text.slice(p.title.start, p.title.end),
}));

test('an ordinary cable is one piece, whatever separators it holds inside', () => {
  const text = joinLines('CABLE N° 1', '---', 'To Cde. FILIPPOV.', '###', '* * * * *', '______', 'MAO ZEDONG');
  assert.deepEqual(pieces(text), [{ cable: text, body: text, heading: undefined, title: undefined }]);
});

test('a line of = signs or a form feed ends a cable; the rule stays with the cable before it', () => {
  const text = joinLines('CABLE N° 1', 'one', '=====', 'CABLE N° 2', 'two', '\f', 'CABLE N° 3', 'three');
  assert.deepEqual(pieces(text).map(p => p.cable), ['CABLE N° 1\none\n=====\n', 'CABLE N° 2\ntwo\n\f\n', 'CABLE N° 3\nthree']);
  assert.equal(pieces(joinLines('a', '==', 'b')).length, 1, 'two = signs are not a rule');
});

test('a form feed glued to a heading or a document line starts a cable there; glued to other text it only turns a page', () => {
  const headed = pieces(joinLines('CABLE N° 1', 'one', '\fDocument No. 2', 'CABLE N° 2', 'two'));
  assert.deepEqual(headed.map(p => p.heading), [undefined, 'Document No. 2']);
  assert.equal(headed[1].cable, '\fDocument No. 2\nCABLE N° 2\ntwo');
  const typed = pieces(joinLines('CABLE N° 1', 'one', '\fCIPHERED TELEGRAM No. 25940', 'two'));
  assert.deepEqual(typed.map(p => p.cable), ['CABLE N° 1\none\n', '\fCIPHERED TELEGRAM No. 25940\ntwo']);
  assert.equal(pieces(joinLines('CABLE N° 1', 'one', '\fthe text goes on over the page', 'MAO ZEDONG')).length, 1);
});

test('a routing line under a heading (`From Chongqing`) is the cable’s own first line, not the editor’s title', () => {
  const text = joinLines('DOCUMENT 3', 'From Chongqing', 'To the People’s Commissar of Foreign Affairs of the USSR Comrade Molotov V.M.', 'Chiang Kai-shek received me.', 'PETROV');
  assert.equal(pieces(text)[0]!.title, undefined);
  assert.equal(pieces(joinLines('DOCUMENT 3', 'From the Chinese side: a note on the talks', 'text'))[0]!.title, 'From the Chinese side: a note on the talks');
});

test('a letter’s dateline under a heading (`Moscow` / `12 March 1950`, `Moscow, 12 March 1950`) is the cable’s own first line, not the editor’s title', () => {
  const letter = (...dateline: string[]) => pieces(joinLines('Document 3', ...dateline, '', 'Dear Comrade Mao Zedong!', 'We agree.', 'I. STALIN'))[0]!;
  assert.equal(letter('Moscow', '12 March 1950').title, undefined);
  assert.equal(letter('Moscow', '12 March 1950').body.split('\n')[0], 'Moscow');
  assert.equal(letter('Moscow, 12 March 1950').title, undefined);
  // a city alone with no date under it is still the editor's title
  assert.equal(pieces(joinLines('Document 3', 'Moscow', 'CIPHERED TELEGRAM No. 100', 'text'))[0]!.title, 'Moscow');
});

test('a rule above the first cable starts no empty cable of its own, nor does one above the first heading', () => {
  const text = joinLines('=====', 'CABLE N° 1', 'one', '=====', 'CABLE N° 2', 'two');
  assert.deepEqual(pieces(text).map(p => p.cable), ['=====\nCABLE N° 1\none\n=====\n', 'CABLE N° 2\ntwo']);
  const headed = pieces(joinLines('', '\f', 'Document No. 1', 'CABLE N° 1', '=====', 'Document No. 2', 'CABLE N° 2'));
  assert.deepEqual(headed.map(p => p.heading), ['Document No. 1', 'Document No. 2']);
});

test('a document heading on its own line starts a cable; with a rule before it, one boundary', () => {
  const text = joinLines('Document No. 12', 'Telegram from Roshchin to Filippov, 13 October 1950', 'CIPHERED TELEGRAM No. 25620', 'text', '==========', 'DOCUMENT 13', 'CABLE N° 7', 'more', 'Document 14', 'CABLE N° 8');
  const p = pieces(text);
  assert.deepEqual(p.map(x => x.heading), ['Document No. 12', 'DOCUMENT 13', 'Document 14']);
  assert.deepEqual(p.map(x => x.title), ['Telegram from Roshchin to Filippov, 13 October 1950', undefined, undefined], 'a title line under a heading; an envelope line is not one');
  assert.deepEqual(p.map(x => x.body.split('\n')[0]), ['CIPHERED TELEGRAM No. 25620', 'CABLE N° 7', 'CABLE N° 8']);
  assert.equal(pieces(joinLines('The Document No. 12 of the series', 'text')).length, 1, 'prose that mentions a document is no heading');
  // a title that gives the cable's number goes on to say who wrote to whom; the envelope's own line does not
  const numbered = pieces(joinLines('Document 12', 'Ciphered Telegram No. 25620, Roshchin to Filippov (Stalin), 13 October 1950', 'CIPHERED TELEGRAM No. 25620', 'text',
    '==========', 'Document 13', 'Ciphered telegram No. 6302', 'text'));
  assert.deepEqual(numbered.map(x => x.title), ['Ciphered Telegram No. 25620, Roshchin to Filippov (Stalin), 13 October 1950', undefined]);
});

test('a rule of = signs right under a heading or its title underlines them: it starts no cable, and the body starts after it', () => {
  const text = joinLines('Document No. 7', 'Ciphered telegram from Filippov to Zakharov, 27 January 1951', '=====', 'COPY OF AN OUTGOING TELEGRAM', 'one', '',
    'Document No. 8', '=====', 'CIPHERED TELEGRAM No. 2790', 'two', '', '=====', 'Document No. 9', '=====', 'CABLE N° 9', 'three');
  const p = pieces(text);
  assert.deepEqual(p.map(x => x.heading), ['Document No. 7', 'Document No. 8', 'Document No. 9']);
  assert.deepEqual(p.map(x => x.body.split('\n')[0]), ['COPY OF AN OUTGOING TELEGRAM', 'CIPHERED TELEGRAM No. 2790', 'CABLE N° 9']);
  // after a blank line the rule is a separator again
  assert.equal(pieces(joinLines('Document No. 7', 'CABLE N° 7', 'one', '', '=====', 'CABLE N° 8', 'two')).length, 2);
});

const collection = twoCableCollection('Le Kenong left.');

test('each cable is analysed on its own: no dates or spellings compared across cables', () => {
  const file = analyzeFile(makeDocument(collection), builtinGazetteer, defaultSettings);
  assert.equal(file.cables.length, 2);
  assert.ok(file.isCollection);
  // Each cable's own text, offsets shifted by where it starts.
  const [first, second] = file.cables;
  assert.ok(first.analysis.text.startsWith('CIPHERED TELEGRAM No. 100'));
  assert.equal(collection.slice(second.offset, second.offset + 25), 'CIPHERED TELEGRAM No. 200');
  assert.equal(second.doc.positionAt(0).line, 9);
  assert.equal(file.cableAt(second.offset + 5), second);
  assert.equal(file.cableAt(0), first);
  assert.deepEqual(second.analysis.chronology.documentDate, { year: 1950, month: 11, day: 1 });
});

test('a new version reuses the analysis of every cable whose text did not change', () => {
  const v1 = analyzeFile(makeDocument(collection, 1), builtinGazetteer, defaultSettings);
  const edited = collection.replace('Le Kenong left.', 'Le Kenong has left.');
  const v2 = analyzeFile(makeDocument(edited, 2), builtinGazetteer, defaultSettings, v1);
  assert.equal(v2.cables[0].analysis, v1.cables[0].analysis, 'the untouched cable is not analysed again');
  assert.notEqual(v2.cables[1].analysis, v1.cables[1].analysis, 'the edited one is');
  const otherSettings = analyzeFile(makeDocument(edited, 3), builtinGazetteer, { ...defaultSettings }, v2);
  assert.notEqual(otherSettings.cables[0].analysis, v2.cables[0].analysis, 'new settings make new analyses');
});

test('a cable is analysed again when its title’s glosses change, not when they stay', () => {
  const file = (title: string) => joinLines(
    'Document No. 11', title, 'CIPHERED TELEGRAM No. 100', 'From PYONGYANG', 'Received 1.10.1950', '', 'Cde. Matveyev arrived.', '', 'SHTYKOV', '',
    'Document No. 12', 'CIPHERED TELEGRAM No. 101', 'From PYONGYANG', 'Received 2.10.1950', '', 'Nothing new.', '', 'SHTYKOV',
  );
  const v1 = analyzeFile(makeDocument(file('Shtykov on Matveyev [Zakharov], 1 October 1950'), 1), builtinGazetteer, defaultSettings);
  assert.deepEqual([...(v1.cables[0].analysis.titleGlosses?.values() ?? [])].map(ids => [...ids]), [['zakharov_mv']]);
  const v2 = analyzeFile(makeDocument(file('Shtykov on  Matveyev [Zakharov], 1 October 1950'), 2), builtinGazetteer, defaultSettings, v1);
  assert.equal(v2.cables[0].analysis, v1.cables[0].analysis, 'the same glosses');
  const v3 = analyzeFile(makeDocument(file('Shtykov on Matveyev, 1 October 1950'), 3), builtinGazetteer, defaultSettings, v2);
  assert.notEqual(v3.cables[0].analysis, v2.cables[0].analysis, 'the gloss is gone');
  assert.equal(v3.cables[0].analysis.titleGlosses, undefined);
});

test('a cable that ends at a form-feed line keeps its signature, as one ending at a rule of = signs does', () => {
  const cable = (n: number) => ['CIPHERED TELEGRAM No. ' + n, 'From BEIJING', 'Received 22:10 2.XII.1950', '', 'To Cde. FILIPPOV [Stalin]', '', 'The aircraft should leave before 10 December.', '', '2.XII.50 ROSHCHIN'];
  for (const rule of ['\f', '=====', ' \f\t']) {
    const file = analyzeFile(makeDocument(joinLines(...cable(1), rule, ...cable(2))), builtinGazetteer, defaultSettings);
    assert.equal(file.cables.length, 2, JSON.stringify(rule));
    for (const { analysis } of file.cables) {
      const message = analysis.parsed.blocks.find(b => b.kind === 'message');
      const signers = message?.kind === 'message' ? message.parts.filter(p => p.kind === 'signature').map(p => analysis.text.slice(p.span.start, p.span.end)) : [];
      assert.deepEqual(signers, ['2.XII.50 ROSHCHIN'], `the signature before ${JSON.stringify(rule)}`);
    }
  }
});

test('a declassification stamp on the first line does not date the cable: its dates keep their own year', () => {
  const text = joinLines(
    '[Stamp: “Declassified 18 September 1992”]', '', 'CIPHERED TELEGRAM', 'FROM: PYONGYANG', 'Received in Moscow on 10/11/50 at 02:53 a.m.', '',
    'FENG XI', '', 'Kim Il Sung has asked me to forward the text of his telegram of October 10:', '', '"To Cde. Feng Xi.', 'We request aircraft.', 'KIM IL SUNG 10 October 1950"', '', 'MATVEYEV', '',
  );
  const cable = analyzeFile(makeDocument(text), builtinGazetteer, defaultSettings).cables[0]!;
  assert.equal(cable.analysis.dateHint, undefined);
  const cited = cable.analysis.chronology.mentions.find((m) => text.slice(m.span.start, m.span.end) === 'October 10');
  assert.equal(cited?.date?.year, 1950);
});

test('a file named by its date dates a cable that writes no year, within the gazetteer’s period and for a file of one cable only', () => {
  const text = joinLines('Chairman Mao [Zedong]:', '', 'Stalin said that he would instruct Foreign Minister Molotov to prepare the question.', '', 'Liu Shaoqi', 'June 28');
  const yearOf = (uri: string) => {
    const cable = analyzeFile(makeDocument(text, 1, uri), builtinGazetteer, defaultSettings).cables[0]!;
    return cable.analysis.chronology.mentions.find((m) => text.slice(m.span.start, m.span.end) === 'June 28')?.date?.year;
  };
  assert.equal(yearOf('file:///corpus/1949-liu/1949-06-28-liu-to-mao.cable'), 1949);
  assert.equal(yearOf('file:///corpus/1949_06_28%20Liu%20to%20Mao.cable'), 1949);
  // a name dated by its download, or a name that is no date, says nothing of the cable
  assert.equal(yearOf('file:///downloads/2023-06-28-wilson-center.cable'), undefined);
  assert.equal(yearOf('file:///corpus/liu-to-mao-1949.cable'), undefined);
  // a collection's cables are dated by their own titles, not by the file's name
  const file = analyzeFile(makeDocument(twoCableCollection(), 1, 'file:///corpus/1949-06-28-collection.cable'), builtinGazetteer, defaultSettings);
  assert.equal(file.cables.length, 2);
  assert.deepEqual(file.cables.map((c) => c.analysis.dateHint), [undefined, undefined]);
});

test('a file whose name leads with a year, or which sits in a folder named by a year, dates a cable that writes none', () => {
  const text = joinLines('Chairman Mao [Zedong]:', '', 'Comrade Kim Il Sung and I arrived in Moscow on the evening of June 10.', '', 'Gao Gang', 'June 14');
  const chronologyOf = (uri: string) => analyzeFile(makeDocument(text, 1, uri), builtinGazetteer, defaultSettings).cables[0]!.analysis.chronology;
  const yearOf = (uri: string) => chronologyOf(uri).mentions.find((m) => text.slice(m.span.start, m.span.end) === 'June 14')?.date?.year;
  assert.equal(yearOf('file:///archive/1951/gao-gang-from-moscow.cable'), 1951);
  assert.equal(yearOf('file:///archive/1951-06/gao-gang.cable'), 1951);
  assert.equal(yearOf('file:///archive/1951%20Gao%20Gang%20to%20Mao.cable'), 1951);
  assert.equal(yearOf('file:///archive/1951_06_gao-gang.cable'), 1951);
  assert.deepEqual(chronologyOf('file:///archive/1951/gao-gang-from-moscow.cable').yearFrom, { from: 'the folder 1951', year: 1951 });
  // a folder or a name that is not a year of the period, or a year not alone in the folder's name, says nothing
  for (const uri of ['file:///archive/2023/gao-gang.cable', 'file:///archive/1951-korea/gao-gang.cable', 'file:///archive/19510614.cable', 'file:///archive/1951-13%20gao.cable', 'file:///archive/gao-gang.cable']) {
    assert.equal(yearOf(uri), undefined, uri);
  }
  // a year the text writes wins over the folder's
  const written = joinLines('Chairman Mao [Zedong]:', '', 'We arrived on June 10.', '', 'Gao Gang', 'June 14, 1950');
  const cable = analyzeFile(makeDocument(written, 1, 'file:///archive/1951/gao.cable'), builtinGazetteer, defaultSettings).cables[0]!;
  assert.equal(cable.analysis.chronology.mentions.find((m) => written.slice(m.span.start, m.span.end) === 'June 10')?.date?.year, 1950);
  assert.equal(cable.analysis.chronology.yearFrom, undefined);
});
