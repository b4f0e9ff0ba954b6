// Hover: a date's normalised value, or who a name stands for, over exactly the words hovered;
// nothing over blank space or plain words.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { MarkupKind, type Hover, type MarkupContent } from 'vscode-languageserver-types';
import { HoverProvider } from '../../../server/src/service/features/hover';
import { analysisSource, documentWithCursor, joinLines, range } from './fixture';

const cable = (line2: string, line4: string, line5: string) => joinLines(
  'CIPHERED TELEGRAM',
  'From PEKING',
  line2,
  '',
  line4,
  line5,
  'ROSHCHIN',
);

function hover(text: string): Hover | null {
  const { doc, position } = documentWithCursor(text);
  return new HoverProvider(analysisSource()).provideHover(doc, position);
}

function markdown(h: Hover | null): string {
  assert.ok(h, 'a hover');
  const contents = h.contents as MarkupContent;
  assert.equal(contents.kind, MarkupKind.Markdown);
  return contents.value;
}

test('a cover name: who it stands for, over the name with its honorific', () => {
  const h = hover(cable('Received 12:00 3.5.1951', 'To Cde. Fili$|ppov.', 'Text of the message.'));
  assert.deepEqual(h?.range, range(4, 3, 4, 16));
  assert.match(markdown(h), /^\*\*Filippov\*\* — cover name of \*\*Joseph Stalin\*\*/);
});

test('a date: its normalised value and role, over the whole date', () => {
  const h = hover(cable('Received 12:00 3.5$|.1951', 'To Cde. Filippov.', 'Text of the message.'));
  assert.deepEqual(h?.range, range(2, 9, 2, 23));
  assert.match(markdown(h), /^\*\*1951-05-03 12:00\*\* Moscow time/);
  assert.match(markdown(h), /Role: received/);
});

test('the first and the last character of a name both hover it', () => {
  assert.deepEqual(hover(cable('Received 12:00 3.5.1951', 'To Cde. Filippov.', 'Text of the message.').replace('ROSHCHIN', '$|ROSHCHIN'))?.range, range(6, 0, 6, 8));
  assert.deepEqual(hover(cable('Received 12:00 3.5.1951', 'To Cde. Filippov.', 'Text of the message.').replace('ROSHCHIN', 'ROSHCHI$|N'))?.range, range(6, 0, 6, 8));
});

test('no hover on a blank line, on plain words or just after a name', () => {
  assert.equal(hover(cable('Received 12:00 3.5.1951', 'To Cde. Filippov.', 'Text of the message.').replace('\n\n', '\n$|\n')), null);
  assert.equal(hover(cable('Received 12:00 3.5.1951', 'To Cde. Filippov.', 'Text of the mes$|sage.')), null);
  assert.equal(hover(cable('Received 12:00 3.5.1951', 'To Cde. Filippov.', 'Text of the message.') + '$|'), null);
});

// Found by fuzzing: in `FILIPPOV [Stalin]` the cover name's hover answered inside the gloss, over `FILIPPOV` only.
test('inside a gloss: the glossed name hovers itself, and the brackets hover the cover name with its gloss', () => {
  const onGlossName = hover(cable('Received 12:00 3.5.1951', 'To Cde. FILIPPOV [Stali$|n].', 'Text of the message.'));
  assert.deepEqual(onGlossName?.range, range(4, 18, 4, 24));
  assert.match(markdown(onGlossName), /^\*\*Joseph Stalin\*\*/);
  const onBracket = hover(cable('Received 12:00 3.5.1951', 'To Cde. FILIPPOV $|[Stalin].', 'Text of the message.'));
  assert.deepEqual(onBracket?.range, range(4, 3, 4, 25));
  assert.match(markdown(onBracket), /^\*\*FILIPPOV\*\* — cover name of \*\*Joseph Stalin\*\*/);
});

// Found by fuzzing: a position in a cable's heading or title read as the first character of its text.
test('no hover on a collection heading or its title, though a date or a name starts the cable under them', () => {
  assert.equal(hover('DOCUMENT 2\n$|e\nOctober 1'), null);
  assert.equal(hover('Docu$|ment No. 12\nA title\nMao Zedong agrees.'), null);
  assert.equal(hover('Document No. 12\nA ti$|tle\nMao Zedong agrees.'), null);
  assert.equal(hover('=====\nDocument No. 3\nA tele$|gram of Mao\n12 October 1950'), null);
  assert.deepEqual(hover('Document No. 12\nA title\nM$|ao Zedong agrees.')?.range, range(2, 0, 2, 10));
});

test('a cover name outside its years is only possibly its man; names the translations write are known', () => {
  assert.match(markdown(hover(cable('Received 12:00 8.8.1951', 'To Cde. Tere$|bin.', 'Text of the message.'))), /^\*\*Terebin\*\* — cover name, possibly of \*\*Andrei Orlov\*\*/);
  assert.match(markdown(hover(cable('Received 12:00 8.8.1948', 'To Cde. Tere$|bin.', 'Text of the message.'))), /^\*\*Terebin\*\* — cover name of \*\*Andrei Orlov\*\*/);
  assert.match(markdown(hover(cable('Received 23:00 8 August 1945', 'To Cde. VASI$|LIEV [Stalin].', 'Text of the message.'))), /cover name of \*\*Joseph Stalin\*\*/);
  assert.match(markdown(hover(cable('Received 23:30 16 October 1949', 'To Cde. Filippov.', 'Present were Zhou Enlai and Lin Bo$|ju.'))), /^\*\*Lin Boqu\*\* — Secretary\\-General of the Central People\\'s Government/);
  // a cover name kept into the 1950s, no last year known: open at its end, and said so in words
  const karsky = markdown(hover(cable('Received 12:00 10.4.1952', 'To Cde. Filippov.', 'Kar$|sky will interpret.')));
  assert.match(karsky, /^\*\*Karsky\*\* — cover name of \*\*Shi Zhe\*\*/);
  assert.match(karsky, /falls in the period from 1929/);
});

test('the embassy\'s counsellor in Pyongyang in 1949 is known: Tunkin hovers as Grigory Tunkin with his post, not as a person the gazetteer lacks', () => {
  const text = joinLines(
    'MFA USSR',
    'CIPHERED TELEGRAM No. 20311',
    'Destination: PYONGYANG To Whom: SovEmbassy',
    'Sent on 11:40 pm, 2 October 1949',
    '',
    'To Cde. Tun$|kin.',
    '',
    'Inform Kim Il Sung of the decision of 24 September.',
    '',
    'GROMYKO',
    '2.X.49',
  );
  const shown = markdown(hover(text));
  assert.match(shown, /^\*\*Grigory Tunkin\*\* — Minister\\-Counsellor of the Soviet Embassy in the DPRK .*on 2 Oct 1949$/m);
  assert.doesNotMatch(shown, /Not in the gazetteer/);
});

test('a surname after a junior rank, of a man with no known office on the date, is only possibly him', () => {
  const body = (line: string) => cable('Received 16:40 5.3.1949', 'To Cde. Vyshinsky.', line);
  assert.match(markdown(hover(body('The adviser Colonel Razu$|vaev travels with the delegation.'))), /^\*\*Razuvaev\*\* — possibly \*\*Vladimir Razuvaev\*\*/);
  assert.match(markdown(hover(body('The adviser Colonel Razu$|vaev travels with the delegation.'))), /perhaps a namesake/);
  // a general, or a date on which he held an office, is no reason to doubt
  assert.doesNotMatch(markdown(hover(cable('Received 16:40 5.3.1952', 'To Cde. Vyshinsky.', 'Colonel Razu$|vaev travels with the delegation.'))), /— possibly/);
});

test('an editor’s bracketed heading dates a text that gives no date of its own: names hover with the offices of that day', () => {
  const text = joinLines('[Record of conversation, Moscow, 16 December 1949]', 'Present: Cde. Sta$|lin, Molotov and Mao Zedong.');
  assert.match(markdown(hover(text)), /^\*\*Joseph Stalin\*\* — Chairman of the Council of Ministers of the USSR \(on 16 Dec 1949\)/);
  // an edition's title line ending in its date dates the text alike
  const titled = joinLines('Telegram, Stalin to Kim Il Sung (via Shtykov), 1 October 1950', '[Source: AVPRF f. 059a, op. 5a, d. 3, p. 11, l. 90.]', 'To PYONGYANG', 'SOVIET AMBASSADOR.', '"Comrade Kim Il Sung!', 'Your letter has been received.', 'FYN S$|I"');
  assert.match(markdown(hover(titled)), /^\*\*FYN SI\*\* — cover name of \*\*Joseph Stalin\*\*, Chairman of the Council of Ministers of the USSR \(on 1 Oct 1950\)/);
});

test('an officer who bears a cover name out of its years is an officer: Colonel Vasiliev in 1952 is not Stalin', () => {
  const body = (received: string, line: string) => cable(received, 'To Cde. Filippov.', line);
  assert.match(markdown(hover(body('Received 13:10 5.6.1952', 'Colonel Vasi$|liev of the air corps staff arrived in Mukden.'))), /^\*\*Vasiliev\*\* — probably a person \(after \\'Colonel\\'\)/);
  assert.match(markdown(hover(body('Received 13:10 5.6.1952', 'Colonel Vasi$|lyev of the air corps staff arrived in Mukden.'))), /probably a person/);
  // two months past its known years, on its own channel, a cover name is still possibly its man's, before a namesake with an office
  const terebin = joinLines('Ciphered Telegram # 50401', 'From Cde. Terebin', 'Received 03:30 12.III.1949', '', 'To Cde. KUZNE$|TSOV.', '', 'Mao Zedong asked me to thank you.', '', 'TEREBIN', 'No. 9', '11.III.49');
  assert.match(markdown(hover(terebin)), /^\*\*KUZNETSOV\*\* — cover name, possibly of \*\*Joseph Stalin\*\*/);
  // in its years, or without a rank, the cover name is still read
  assert.match(markdown(hover(body('Received 23:00 8 August 1945', 'To Cde. VASI$|LIEV [Stalin].'))), /cover name of \*\*Joseph Stalin\*\*/);
});

test('a cover name years outside its period, with no gloss and no channel of its own, is someone bearing the name: the advisers Vasiliev and Postnikov in 1950', () => {
  const body = (received: string, line: string) => cable(received, 'Text of the message.', line);
  const adviser = hover(body('Received 10:20 6.5.1950', 'The Soviet advisers Vasi$|liev and Postnikov are working on the plan.'));
  // the gazetteer knows the chief adviser of that name in 1950: he is the one named
  assert.match(adviser ? markdown(adviser) : '', /^\*\*Nikolai Vasiliev\*\* — Chief Soviet military adviser to the KPA/);
  assert.match(adviser ? markdown(adviser) : '', /Form used here: Vasiliev \(transliteration from Russian\)/);
  // glossed, or within a year of its period, it is still read as the cover name
  assert.match(markdown(hover(body('Received 10:20 6.5.1950', 'To Cde. VASI$|LIEV [Stalin].'))), /cover name of \*\*Joseph Stalin\*\*/);
  assert.match(markdown(hover(body('Received 10:20 6.5.1946', 'The advisers Vasi$|liev and Postnikov are working on the plan.'))), /cover name, possibly of \*\*Joseph Stalin\*\*/);
  // after `Cde.`, a cover name is still read as one, unless an official's post the men behind it never held stands before it
  assert.match(markdown(hover(body('Received 10:20 26.6.1950', 'Cde. Seme$|nov has asked for instructions.'))), /cover name, possibly of \*\*Joseph Stalin\*\*/);
  // (he is then a man the gazetteer does not list)
  assert.match(markdown(hover(body('Received 10:20 26.6.1950', 'The trade representative Cde. Seme$|nov has asked for instructions.'))), /^\*\*Semenov\*\* — probably a person/);
  assert.match(markdown(hover(body('Received 10:20 26.6.1950', 'The counsellor of the embassy Cde. Seme$|nov has asked for instructions.'))), /^\*\*Semenov\*\* — probably a person/);
});

test('of two posts held on the day, one sure on it comes before one known only to the year to have ended: Nam Il is foreign minister in May 1953', () => {
  const text = cable('Received 17:55 14.5.1953', 'To Cde. Molotov.', 'Na$|m Il will make the proposal at Panmunjom in the next days.');
  // (at the talks he is their chief delegate until the armistice; the General Staff, `to 1953`, is among the day's other offices)
  assert.match(markdown(hover(text)), /^\*\*Nam Il\*\* — Chief delegate of the KPA\/CPV side at the armistice talks \(on 14 May 1953\)\n\nAlso on 14 May 1953: Minister of Foreign Affairs of the DPRK/);
  // before the ministry, the General Staff
  assert.match(markdown(hover(cable('Received 17:55 14.5.1952', 'To Cde. Molotov.', 'Na$|m Il will make the proposal at Panmunjom in the next days.'))), /^\*\*Nam Il\*\* — Chief of the General Staff of the KPA \(on 14 May 1952\)/);
});

test('an envoy’s full style under his name is no man: `Ambassador Extraordinary and Plenipotentiary` names no one after `Ambassador`', () => {
  const note = (office: string) => joinLines("EMBASSY OF THE PEOPLE'S REPUBLIC OF CHINA IN THE USSR", 'Moscow, 11 August 1952', '', 'Your Excellency:', '', 'The delegation will arrive on 17 August.', '', 'ZHANG WENTIAN', office);
  assert.equal(hover(note("Ambassador Extra$|ordinary and Plenipotentiary of the People's Republic of China in the USSR")), null);
  assert.equal(hover(note("Envoy Extraordinary and Minister Plenipo$|tentiary of the People's Republic of China")), null);
});

test('the office the text gives a man before his honorific is the one shown: the embassy counsellor Cde. Suzdalev is the counsellor in 1953', () => {
  const text = cable('Received 22:40 29 March 1953', 'To Cde. Molotov.', 'The Soviet Ambassador Cde. Razuvaev and the embassy counsellor Cde. Suzda$|lev were present.');
  assert.match(markdown(hover(text)), /^\*\*Sergei Suzdalev\*\* — Counsellor of the Soviet embassy in Pyongyang/);
});

test('a man the gazetteer lacks after his function in small letters is a person the text introduces: the interpreter Pu Shouchang, the ambassador, Raghavan', () => {
  const body = (line: string) => cable('Received 09:30 22 November 1952', 'To Cde. Vyshinsky.', line);
  assert.match(markdown(hover(body('Present was the interpreter Pu Shou$|chang.'))), /^\*\*Pu Shouchang\*\* — probably a person \(after \\'interpreter\\'\)/);
  assert.match(markdown(hover(body('The Indian delegate Rajeshwar Da$|yal introduced the draft.'))), /^\*\*Rajeshwar Dayal\*\* — probably a person \(after \\'delegate\\'\)/);
  // (Krishna Menon, once this example, is now the gazetteer's)
  assert.match(markdown(hover(body('The Indian delegate Krishna Me$|non introduced the draft.'))), /^\*\*V\\\. K\\\. Krishna Menon\*\*/);
  assert.match(markdown(hover(body('The new Indian ambassador, Ragha$|van, called on him on 18 November.'))), /^\*\*Raghavan\*\* — probably a person \(after \\'ambassador\\'\)/);
  // a sentence's end after the function, or a known man after it, is no unknown man
  assert.equal(hover(body('He spoke through the interpreter. Ivan$|ov left at once.')), null);
  assert.match(markdown(hover(body('The delegate Nam$| Il spoke first.'))), /^\*\*Nam Il\*\*/);
});

test('a collection title that gives no date is read on the date of the cable under it', () => {
  const collection = joinLines('Document No. 15', 'Telegram, Pe$|ng Dehuai to Mao Zedong, on the Release of Prisoners by Syngman Rhee', '', 'Chairman [Mao Zedong]:', '',
    '1. Yesterday Syngman Rhee released more than 25,000 Korean prisoners of war.', '', 'Peng Dehuai', '2000, 20 June 1953', '', '===', '', 'Document No. 16', 'Telegram, Mao Zedong to Peng Dehuai', '',
    'Comrade [Peng] Dehuai:', '', 'Your telegram has been received.', '', 'Mao Zedong', '21 June 1953');
  assert.match(markdown(hover(collection)), /^\*\*Peng Dehuai\*\* — Commander and political commissar of the Chinese People\\'s Volunteers \(on 20 Jun 1953\)/);
});

test('a cover name the collection title glosses is read so in the cable under it', () => {
  const collection = (title: string) => joinLines('Document No. 11', title, 'COPY OF AN OUTGOING TELEGRAM', 'sent at 0335 1 October', 'To PYONGYANG', 'SOVIET AMBASSADOR.', '', 'Visit Kim Il Sung together with Cde. Mat$|veyev.', '', 'FENG XI', 'No. 75966', '1 October 1950');
  const glossed = markdown(hover(collection('Ciphered telegram from Feng Xi [Stalin] to Shtykov and Matveyev [Zakharov], 1 October 1950')));
  assert.match(glossed, /^\*\*Matveyev\*\* — cover name of \*\*Matvei Zakharov\*\*[^]*Identification: certain/);
  assert.match(glossed, /the same name is glossed elsewhere in this document/);
  const unglossed = markdown(hover(collection('Ciphered telegram from Feng Xi to Shtykov and Matveyev, 1 October 1950')));
  assert.doesNotMatch(unglossed, /glossed elsewhere/);
});

test('a cover name the sources call probable is certain at every mention of its form once the document glosses one', () => {
  const cable = (salutation: string) => joinLines('CIPHERED TELEGRAM No. 17', 'From BEIJING', 'Received 11:20 7.1.1953', '', 'To Comrade SEMENOV [Stalin].', '', salutation, '', 'We ask for ammunition.', '', 'MAO ZEDONG');
  assert.match(markdown(hover(cable('Comrade Seme$|nov!'))), /^\*\*Semenov\*\* — cover name of \*\*Joseph Stalin\*\*[^]*Identification: certain/);
});

test('a collection title’s names hover, read on the title’s date; its heading still does not', () => {
  const collection = (title: string) => joinLines('Document No. 12', title, 'CIPHERED TELEGRAM No. 25620', 'From BEIJING', 'Received 17:35 13.10.1950', 'To Comrade FILIPPOV.', '', 'Mao Zedong agrees.', '', 'ROSHCHIN', '13.10.50');
  const roshchin = hover(collection('Ciphered telegram from Rosh$|chin to Filippov [Stalin], 13 October 1950'));
  assert.deepEqual(roshchin?.range, range(1, 23, 1, 31));
  assert.match(markdown(roshchin), /^\*\*Nikolai Roshchin\*\* — Soviet Ambassador to the People\\'s Republic of China \(on 13 Oct 1950\)/);
  assert.match(markdown(hover(collection('Ciphered telegram from Roshchin to Filip$|pov [Stalin], 13 October 1950'))), /^\*\*Filippov\*\* — cover name of \*\*Joseph Stalin\*\*/);
  assert.equal(hover(collection('Ciphered telegram from Roshchin to Filippov [Stalin], 13 October 1950').replace('Document', 'Docu$|ment')), null);
});

test('a collection title that gives no date is read on its cable’s date: its people hover with their offices of that day', () => {
  const collection = (title: string) => joinLines('Document No. 2', title, '', 'Chairman Mao [Zedong]:', '', 'The provincial government declares its adherence to the People’s Government.', '', 'Burhan Shahidi', 'September 26, 1949');
  const burhan = markdown(hover(collection('Bur$|han’s Telegram to Chairman Mao')));
  assert.match(burhan, /^\*\*Burhan Shahidi\*\* — Chairman of the Xinjiang Provincial Government[^\n]*\(on 26 Sep 1949\)/);
  // a date in the title itself still dates it
  assert.match(markdown(hover(collection('Bur$|han’s Telegram to Chairman Mao, 3 September 1949'))), /\\\(Nationalist\\\), on 3 Sep 1949/);
});

test('a role held for sure on the date heads the hover before one that ended in that year with no month given', () => {
  const text = cable('Received 10:00 22.11.1949', 'To Cde. Filippov.', 'Chen Y$|un reported on the state of the economy.');
  assert.match(markdown(hover(text)), /^\*\*Chen Yun\*\* — Vice Premier and chairman of the Financial and Economic Committee \(on 22 Nov 1949\)/);
});

test('of the roles held on the date, the more particular heads the hover: Zakharov’s group in Korea and his post in Beijing before his General Staff posts of 1945–1960', () => {
  const zakharov = (received: string) => markdown(hover(cable(received, 'To Cde. ZAKHA$|ROV.', 'Text of the message.')));
  assert.match(zakharov('Received 10:00 18.9.1950'), /^\*\*Matvei Zakharov\*\* — Head of a General Staff group sent to North Korea \(on 18 Sep 1950\)/);
  assert.match(zakharov('Received 10:00 29.12.1950'), /^\*\*Matvei Zakharov\*\* — Chief Soviet military adviser in China \\\(Beijing\\\), on 29 Dec 1950/);
  // before he went to Beijing, late in 1950, the adviser's post is not his
  assert.doesNotMatch(zakharov('Received 10:00 26.6.1950'), /adviser in China/);
  // a role from a bare year is believed in the year's second half: Kovalev is Stalin's representative in November 1948, no longer Minister of Railways
  const kovalev = markdown(hover(cable('Received 10:00 19.11.1948', 'To Cde. Filippov.', 'Cde. KOVA$|LEV reports from Harbin.')));
  assert.match(kovalev, /Ivan Kovalev\*\*, Stalin\\'s representative with the CCP/);
});

test('an office whose start or end the gazetteer knows only to the year is not claimed for a day of that year: `from 1950, perhaps not yet on 2 Jan 1950`', () => {
  const lines = (received: string, line: string) => markdown(hover(cable(received, 'To Cde. Filippov.', line))).split('\n').filter((l) => l.trim());
  // Kovalev's post with the CCP ended in 1950, month unknown; Gao Gang's Northeast posts began in 1949
  const kovalev = lines('Received 10:00 2.1.1950', 'Cde. I. V. KOVA$|LEV reports from Mukden.');
  assert.match(kovalev[0]!, /Stalin\\'s representative with the CCP and plenipotentiary of the Council of Ministers in China \(until 1950, perhaps no longer on 2 Jan 1950\)$/);
  const gao = lines('Received 10:00 26.5.1949', 'Gao Ga$|ng asks for specialists.');
  assert.match(gao[0]!, /— Deputy secretary of the CCP Northeast Bureau \(until 1949, perhaps no longer on 26 May 1949\)$/);
  assert.match(gao[1]!, /^Also on 26 May 1949: Secretary of the CCP Northeast Bureau, 1949–1952 \(perhaps not yet then\);/);
  // an end known to the day or the month is read as given; a date of the year alone claims no day
  assert.match(lines('Received 10:00 15.11.1949', 'Gao Ga$|ng asks for specialists.')[0]!, /\(on 15 Nov 1949\)$/);
  assert.match(lines('Received 10:00 5.6.1951', 'Gao Ga$|ng asks for specialists.')[0]!, /\(on 5 Jun 1951\)$/);
});

test('of two single posts held at once, the main one heads the hover, and one that may have passed on in the month comes after one sure on the day', () => {
  const lead = (received: string, line: string) => markdown(hover(cable(received, 'To Cde. Filippov.', line))).split('\n')[0];
  // Molotov chaired the KI while he was Foreign Minister; Nie Rongzhen ran the General Staff while mayor of Beijing
  assert.match(lead('Received 10:00 20.11.1948', 'Cde. MOLO$|TOV agrees.'), /— Minister \\\(People\\'s Commissar\\\) of Foreign Affairs of the USSR/);
  assert.match(lead('Received 10:00 13.10.1950', 'Cde. Nie Rong$|zhen agrees.'), /— Acting Chief of the General Staff of the PLA/);
  // the day after he took the UN Command (known to the day) Ridgway's Eighth Army (known to the month) comes second
  assert.match(lead('Received 10:00 12.4.1951', 'General Ridg$|way proposed a meeting.'), /— Commander\\-in\\-Chief, UN Command/);
  // the DPRK's foreign minister is a single post: it heads Pak Hon-yong's hover before his party office
  assert.match(lead('Received 10:00 12.4.1951', 'Pak Hon-$|yong agrees.'), /— Vice Premier and Minister of Foreign Affairs of the DPRK/);
});

test('a name a man and a town both bear: Voroshilov is the marshal unless the words or the editor’s gloss make him the town (Ussuriysk, so named 1935–1957)', () => {
  const voroshilov = (line: string) => markdown(hover(cable('Received 10:00 12.9.1950', 'To Cde. Filippov.', line)));
  for (const line of ['Cde. Voro$|shilov agreed with the plan.', 'Marshal Voro$|shilov will come.', 'Voro$|shilov, Molotov and Bulganin have read it.']) assert.match(voroshilov(line), /^\*\*Kliment Voroshilov\*\* — /, line);
  for (const line of ['The guns will go by rail from Voro$|shilov [Ussuriysk] on 20 September.', 'The guns are in Voro$|shilov.', 'The delegation left Voro$|shilov for Moscow by train.', 'The train reached Voro$|shilov at night.']) assert.match(voroshilov(line), /^\*\*Ussuriysk\*\* — place/, line);
  // after `from`, either: both are offered
  assert.match(voroshilov('The guns will go by rail from Voro$|shilov on 20 September.'), /possibly/);
});

test('a cover name in Chinese characters: Mao’s `菲利波夫同志：` is Filippov, Stalin', () => {
  const h = hover(joinLines('菲利$|波夫同志：', '', '我们已决定派志愿军入朝作战。', '', '毛泽东', '十月七日'));
  assert.match(markdown(h), /^\*\*菲利波夫\*\* — cover name of \*\*Joseph Stalin\*\*/);
});

test('the clock’s place inside a date (`21:30 Beijing time`) answers as the place on its letters, the date elsewhere', () => {
  const text = (cursorInPlace: boolean) => joinLines('CIPHERED TELEGRAM No. 2131', 'From BEIJING', 'Received 30.1.51 02:10', '', 'To Cde. FILIPPOV.', '',
    `29.1.51 at 21:30 ${cursorInPlace ? 'Bei$|jing' : 'Beijing'} time I received the following telegram from Mao Zedong:`, '', `"Comrade Filippov! We agree. MAO ZEDONG 27 January"`, '', 'ROSHCHIN');
  assert.match(markdown(hover(text(true))), /^\*\*Beijing\*\*/);
  assert.match(markdown(hover(text(false).replace('21:30', '21:$|30'))), /Role: reference/);
});

test('a slip of a longer name that holds a shorter known one (`Kim Il Sang` holds `Kim Il`) hovers as the slip', () => {
  const text = cable('Received 12:00 10.4.1951', 'To Cde. Filippov.', 'Kim Il Sung agreed. Ki$|m Il Sang asked for the text.');
  const found = markdown(hover(text));
  assert.match(found, /^\*\*Kim Il Sang\*\* — not a known/);
  assert.match(found, /Kim Il Sung/);
});

test('a man named in the handwriting the editor reports hovers as in the text: `[handwritten: delivered by Radhakrishnan]`', () => {
  const note = joinLines('MID USSR', 'TOP SECRET', '', 'To Cde. I. V. STALIN', '', 'The note of the Government of India [handwritten: delivered by Radha$|krishnan] asks for an answer.', '', 'A. Gromyko', '19 January 1951');
  assert.match(markdown(hover(note)), /^\*\*Sarvepalli Radhakrishnan\*\* — Indian Ambassador to the USSR \(on 19 Jan 1951\)/);
});
