// One period at the end of a message, even when it ends with a value that has its own
// (`9:45 a.m.`): the helper, and every diagnostic and name hover over the samples and fixtures.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sentence } from '../../server/src/service/sentence';
import { GazetteerManager } from '../../server/src/service/gazetteer';
import { allRules, analyzeDocument, defaultSettings, runRules } from '../../server/src/service/analysis';
import { getEntityHover } from '../../server/src/service/entities';

const DOUBLED = /(^|[^.])\.\.(?!\.)/;

describe('sentence', () => {
  it('adds a period only where none ends the text', () => {
    assert.equal(sentence('Deciphered at 1205'), 'Deciphered at 1205.');
    assert.equal(sentence('Received at 9:45 a.m.'), 'Received at 9:45 a.m.');
    assert.equal(sentence('Is it the 19th?'), 'Is it the 19th?');
    assert.equal(sentence("He wrote 'agreed.'"), "He wrote 'agreed.'");
    assert.equal(sentence('a list (two items)'), 'a list (two items).');
    assert.equal(sentence('trailing space  '), 'trailing space.');
  });
});

function cableFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? cableFiles(p) : d.name.endsWith('.cable') ? [p] : [];
  });
}

describe('messages and hovers over the samples and fixtures', () => {
  const root = path.resolve(__dirname, '../../..');
  const files = [...cableFiles(path.join(root, 'samples')), ...cableFiles(path.join(root, 'test', 'fixtures'))];
  const gazetteer = new GazetteerManager().gazetteer;

  it('never end a sentence with two periods', () => {
    assert.ok(files.length > 20, `${files.length} files`);
    const bad: string[] = [];
    let messages = 0;
    for (const file of files) {
      const analysis = analyzeDocument(fs.readFileSync(file, 'utf8'), gazetteer, defaultSettings);
      for (const d of runRules(analysis, allRules)) {
        for (const m of [d.message, ...(d.related ?? []).map((r) => r.message)]) {
          messages++;
          if (DOUBLED.test(m)) bad.push(`${path.basename(file)}: ${m}`);
        }
      }
      for (const mention of analysis.entities.mentions) {
        const md = getEntityHover(analysis.entities, mention.fullSpan.start)?.markdown.replace(/\\(.)/g, '$1') ?? '';
        if (DOUBLED.test(md)) bad.push(`${path.basename(file)} hover ${mention.name}: ${md.split('\n').find((l) => DOUBLED.test(l))}`);
      }
    }
    assert.ok(messages > 10, `${messages} messages`);
    assert.deepEqual(bad, []);
  });
});
