/**
 * The benchmark's corpus generator must be reproducible (same seed ⇒ same bytes), hit the size
 * it is asked for, and produce every layout of the format notes; otherwise benchmark numbers
 * from two runs or two machines cannot be compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng, generateCable, generateCorpus, generateFile, LAYOUTS, Layout, utf8Length } from '../../bench/generator';

test('the same seed gives the same bytes, a different seed different ones', () => {
  assert.equal(generateFile(7, 50_000), generateFile(7, 50_000));
  assert.notEqual(generateFile(7, 50_000), generateFile(8, 50_000));
  const a = generateCorpus(3, 200);
  const b = generateCorpus(3, 200);
  assert.deepEqual(a, b);
  assert.notDeepEqual(generateCorpus(4, 200).map((f) => f.text), a.map((f) => f.text));
});

test('generation never uses Math.random', () => {
  const original = Math.random;
  Math.random = () => {
    throw new Error('Math.random was called');
  };
  try {
    generateCorpus(11, 300);
    generateFile(11, 20_000);
  } finally {
    Math.random = original;
  }
});

test('file sizes are within 10% of the target, in UTF-8 bytes', () => {
  for (const target of [1024, 10 * 1024, 100 * 1024, 1024 * 1024]) {
    for (const seed of [1, 2, 3]) {
      const text = generateFile(seed, target);
      const bytes = utf8Length(text);
      assert.ok(Math.abs(bytes - target) <= target * 0.1, `seed ${seed}: ${bytes} bytes for a target of ${target}`);
      assert.equal(bytes, Buffer.byteLength(text, 'utf8'), 'utf8Length agrees with Buffer.byteLength');
    }
  }
});

test('a smaller file of one seed is a prefix of a larger one up to its last cable', () => {
  const small = generateFile(5, 200_000);
  const large = generateFile(5, 400_000);
  const lastBreak = small.lastIndexOf('\n\n');
  assert.ok(lastBreak > 100_000);
  assert.ok(large.startsWith(small.slice(0, lastBreak)));
});

/** A shape each layout must show; checked on many samples so a rare branch cannot hide a broken one. */
const SIGNATURES: Record<Layout, RegExp[]> = {
  'seed': [/^CABLE N° \d+$/m, /^from \[(BEIJING|PEKING)\] received at \d{4} \d{1,2} [A-Z][a-z]+ \d{4}$/m, /\n\n---\n\n/],
  'mfa-tenth': [/^(MFA|MID) USSR$/m, /^Tenth Department/m, /Received on [^\n]+\n+(?:[^\n]*\n+)?Sent on /],
  'gru-ciphered': [/^SECOND (MAIN ADMINISTRATION|DIRECTORATE) OF THE/m, /CIPHERED TELEGRAM|Ciphered Telegram #/],
  'pyongyang-1950': [/^FROM: PYONGYANG$/m, /^Sent by wire on \d\d\/\d\d\/\d\d at /m, /^Received in Moscow on /m, /^Arrived at the 8D\/GS on /m, /^Deciphered by \w+ on /m],
  'pyongyang-dotted': [/^From Pyongyang\.Sent \d{1,2}\.\d{1,2}\.\d\d \d{1,2}:\d\d$/m, /^Sent to the 8th Department of the General Staff/m],
  'beijing-ciphered': [/^(from|From) (PEKING|BEIJING)/m],
  'outgoing-copy': [/^(COPY OF AN OUTGOING TELEGRAM|Issuing No\. \d+)/],
  'politburo-extract': [/^VKP\(b\) CC\r?\n+# P\d+\/\d+/, /^Extract Minutes from Protocol #\d+/m, /^SECRETARY OF THE CC$/m, /\[Attachment|\[handwritten:\]|^Attachment: /m],
  'chinese-plain': [/^\[1\] /m],
  'published-source': [/^Telegram, /, /^\[ ?Source: .+\]$/m],
  'collected-works': [/^Chapter \d+ .+\[1\]/, /Printed from manuscript\.$/m],
  'run-on': [/^.{400,}$/m],
};

test('every layout is produced with its characteristic lines', () => {
  const rng = createRng(99);
  for (const layout of LAYOUTS) {
    for (let i = 0; i < 25; i++) {
      // Random damage (a clipped first letter, say) may hit any line, so shapes are checked without it.
      const text = generateCable(rng, layout, { damage: false }).replace(/\r\n/g, '\n');
      for (const pattern of SIGNATURES[layout]) {
        assert.match(text, pattern, `${layout} sample ${i} lacks ${pattern}:\n${text.slice(0, 600)}`);
      }
      assert.doesNotMatch(text, /undefined|NaN|\[object /, `${layout} sample ${i} has a template hole`);
    }
  }
});

test('a corpus mixes all layouts and stays within realistic sizes', () => {
  const corpus = generateCorpus(2024, 1200);
  const seen = new Set(corpus.map((f) => f.layout));
  assert.deepEqual([...seen].sort(), [...LAYOUTS].sort());
  assert.equal(new Set(corpus.map((f) => f.name)).size, corpus.length, 'file names are unique');
  for (const file of corpus) {
    const bytes = utf8Length(file.text);
    assert.ok(bytes > 100 && bytes < 20_000, `${file.name} has ${bytes} bytes`);
  }
});

test('the corpus exercises the hard cases: nesting, damage and every number sign', () => {
  const text = generateCorpus(77, 1500).map((f) => f.text).join('\n');
  // An inner telegram inside an inner telegram: a forwarding sentence inside quoted text.
  assert.match(text, /^[“"](?:[^\n]*\n+){1,40}?(I am sending you the text|I received the following|I herewith transmit|I transmit a note|Transmitting another|has asked me to forward|the following directive)/m);
  for (const sign of ['N°', 'Nº', '№', 'No.', '#']) assert.ok(text.includes(`${sign} `), `number sign ${sign}`);
  for (const typo of [/Le Kenong/, /Filipov|FILIPOV/, /Roschin|ROSCHIN/, /recieved/]) assert.match(text, typo);
  assert.ok(text.includes('\r\n'), 'some documents use CRLF');
  assert.match(text, /\d{1,2}\.(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.\d{2,4}/, 'Roman-numeral months');
  assert.match(text, /\d{1,2} hours \d{1,2} minutes|\d{1,2} hours \d{1,2}\r?\nminutes/, 'times in words');
  assert.match(text, /\d{1,2}:\d\d-\d{1,2}:\d\d/, 'time ranges');
  assert.match(text, /local time \(\d\d:\d\d \[\d{1,2} [A-Z][a-z]+\] Moscow\)/, 'local time with its Moscow equivalent');
  assert.match(text, /^\d\d\/\d\d\/\d\d\r?\n.*\r?\n[A-Z][a-z]+ \d{1,2}, \d{4}\r?$/m, 'a day-first slash date spelled out two lines later');
  assert.match(text, /\b\d{1,2}\.(?:[A-Z][a-z]+)\.\d{4}\b/, 'month name between dots (27.July.1951)');
  assert.match(text, /[〇0一二三四五六七八九]{4}年十月七日/, 'Chinese date');
});
