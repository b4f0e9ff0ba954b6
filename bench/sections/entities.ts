/**
 * Entity rows: recognition of names plus the name checks, per corpus file, next to a bare word
 * lookup and to cspell-lib; and how many problems each flags, on the generated corpus (which holds
 * deliberate typos) and on the project's correct fixtures (where every flag is a false problem).
 */
import { analyzeEntities, computeNameDiagnostics } from '../../server/src/service/entities';
import { GazetteerManager } from '../../server/src/service/gazetteer';
import { BareLookup } from '../bareLookup';
import { correctFixtures, corpusContexts, entityContextFor } from '../corpusAnalysis';
import type { BenchSection } from '../context';
import { createCspellChecker } from '../cspell';
import { utf8Length } from '../generator';
import { formatBytes, formatMs, formatRate, formatRatio, formatTiming, measure, type Measurement } from '../harness';

/** cspell may take this long for one pass over the whole corpus; beyond it, a subset is checked. */
const CSPELL_WHOLE_CORPUS_LIMIT_MS = 60_000;
/** The time aimed at for one cspell pass over a subset. */
const CSPELL_SUBSET_TARGET_MS = 30_000;
/** A subset is never smaller than this (bytes). */
const CSPELL_SUBSET_MIN_BYTES = 1_000_000;

interface Problems {
  total: number;
  byCode: Map<string, number>;
  /** Text of each flagged word, with its count. */
  words: Map<string, number>;
}

const emptyProblems = (): Problems => ({ total: 0, byCode: new Map(), words: new Map() });
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

function topWords(words: Map<string, number>, n: number): string {
  return [...words.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w, c]) => `${w}${c > 1 ? ` ×${c}` : ''}`)
    .join(', ');
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const perCable = (count: number, cables: number) => (cables > 0 ? (count / cables).toFixed(count / cables >= 10 ? 1 : 2) : 'n/a');

export const entitiesSection: BenchSection = {
  title: 'Entity recognition and name checks: ours vs. a bare word lookup vs. cspell',
  async run(ctx, section) {
    const { files, bytes } = ctx.inputs.corpus();
    const texts = files.map((f) => f.text);
    const sizes = texts.map(utf8Length);
    const gazetteer = new GazetteerManager().gazetteer;
    const contexts = corpusContexts(ctx);
    const bare = new BareLookup(gazetteer);
    const all = texts.map((_, i) => i);
    const bytesOf = (indices: readonly number[]) => indices.reduce((sum, i) => sum + sizes[i], 0);

    // ---- ours: recognition + name diagnostics, file by file, the context computed beforehand
    let oursLast = emptyProblems();
    const ours = (indices: readonly number[]) => () => {
      const found = emptyProblems();
      for (const i of indices) {
        ctx.progress(i);
        const diagnostics = computeNameDiagnostics(analyzeEntities(texts[i], gazetteer, contexts[i]));
        found.total += diagnostics.length;
        for (const d of diagnostics) bump(found.byCode, d.code);
      }
      oursLast = found;
      return found.total;
    };
    const bareOver = (indices: readonly number[]) => () => {
      let hits = 0;
      for (const i of indices) hits += bare.scan(texts[i]);
      return hits;
    };

    ctx.log(`entities: ours over ${files.length} files`);
    const corpusOptions = { items: files.length, minRuns: 2, warmupMs: 0, budgetMs: 0 };
    const oursAll = await measure('entities corpus', ours(all), bytes, corpusOptions);
    const oursAllProblems = oursLast;
    const bareAll = await measure('bare lookup corpus', bareOver(all), bytes, { ...corpusOptions, budgetMs: 1500 });
    const bareHits = bareOver(all)();

    // ---- cspell: warm up on the fixtures (their counts are wanted anyway), then estimate its speed
    ctx.log('entities: loading cspell-lib');
    const cspell = await createCspellChecker();
    const fixtures = correctFixtures();
    const fixtureCspell = emptyProblems();
    for (const f of fixtures) {
      for (const word of await cspell.check(f.text, f.name)) {
        fixtureCspell.total++;
        bump(fixtureCspell.words, word);
      }
    }
    const probe = all.slice(0, Math.min(200, files.length));
    const probeStart = performance.now();
    for (const i of probe) await cspell.check(texts[i], files[i].name);
    const cspellMsPerByte = (performance.now() - probeStart) / bytesOf(probe);
    const projectedMs = cspellMsPerByte * bytes;
    let chosen = all;
    let subsetNote = '';
    if (projectedMs > CSPELL_WHOLE_CORPUS_LIMIT_MS) {
      // Every k-th file: a fixed, deterministic subset with the same mix of layouts as the corpus.
      let step = Math.ceil(projectedMs / CSPELL_SUBSET_TARGET_MS);
      step = Math.max(2, Math.min(step, Math.floor(bytes / CSPELL_SUBSET_MIN_BYTES)));
      chosen = all.filter((i) => i % step === 0);
      subsetNote = `one file in ${step} (${chosen.length} files, ${mb(bytesOf(chosen))}): the whole corpus would take about ${formatMs(projectedMs)}`;
    }
    const chosenBytes = bytesOf(chosen);
    let cspellLast = emptyProblems();
    const cspellOver = (indices: readonly number[]) => async () => {
      const found = emptyProblems();
      for (const i of indices) {
        ctx.progress(i);
        const words = await cspell.check(texts[i], files[i].name);
        found.total += words.length;
        for (const w of words) bump(found.words, w);
      }
      cspellLast = found;
      return found.total;
    };
    const expectedMs = cspellMsPerByte * chosenBytes;
    ctx.log(`entities: cspell over ${chosen.length} files (about ${formatMs(expectedMs)} a pass)`);
    // Already warm (fixtures and the probe files); one pass when a pass is long, else a few.
    const cspellM = await measure('cspell corpus', cspellOver(chosen), chosenBytes, {
      items: chosen.length,
      warmup: false,
      minRuns: expectedMs > 20_000 || ctx.quick ? 1 : 3,
      budgetMs: 0,
    });
    const cspellProblems = cspellLast;

    // ---- the same bytes for our side, when cspell saw only a subset
    let oursChosen: Measurement = oursAll;
    let bareChosen: Measurement = bareAll;
    let oursChosenProblems = oursAllProblems;
    if (chosen !== all) {
      const opts = { items: chosen.length, minRuns: 3, warmupMs: 0, budgetMs: 1500 };
      oursChosen = await measure('entities subset', ours(chosen), chosenBytes, opts);
      oursChosenProblems = oursLast;
      bareChosen = await measure('bare lookup subset', bareOver(chosen), chosenBytes, opts);
    }

    const corpusLabel = `corpus: ${files.length} files, ${mb(bytes)}`;
    const chosenLabel = chosen === all ? corpusLabel : `corpus subset: ${chosen.length} files, ${mb(chosenBytes)}`;
    const table = section.table(['work (per file)', 'input', 'time', 'MB/s', 'files/s', 'ours / this (time)']);
    const row = (work: string, input: string, m: Measurement, ratio: string) =>
      table.row(work, input, formatTiming(m), formatRate(m.mbPerSec), formatRate(m.itemsPerSec, 'files/s'), ratio);
    row('**ours**: `analyzeEntities` + `computeNameDiagnostics`', corpusLabel, oursAll, '1.00×');
    row('bare lookup: one word regex + `Set.has`', corpusLabel, bareAll, formatRatio(oursAll.medianMs / bareAll.medianMs));
    if (chosen !== all) {
      row('**ours**, same subset as cspell', chosenLabel, oursChosen, '1.00×');
      row('bare lookup, same subset', chosenLabel, bareChosen, formatRatio(oursChosen.medianMs / bareChosen.medianMs));
    }
    row(
      `cspell-lib \`spellCheckDocument\`, English${chosen !== all ? ' (**subset**)' : ''}`,
      chosenLabel,
      cspellM,
      formatRatio(oursChosen.medianMs / cspellM.medianMs),
    );
    section.note(
      'Ours is the work the language service does for names on every check: recognition with resolution of cover names, ' +
      'then the name diagnostics. The EntityContext of each file (its date, channels and brackets, from the parse and the ' +
      'chronology) is computed beforehand and not timed; the date section times that. ' +
      `The bare lookup holds ${bare.size} forms and words of ${gazetteer.size} gazetteer entries and hits ${bareHits} words in the corpus. ` +
      `cspell checks each file as a plain-text English document with its default dictionaries (${cspell.dictionaries.join(', ')}), ` +
      'without suggestions' +
      (subsetNote ? `; it checked ${subsetNote}, so its ratio compares the same subset` : '; it checked the whole corpus') +
      `. Ratios below 1× mean ours is faster.`,
    );

    // ---- how many problems each flags
    ctx.log('entities: problems on the correct fixtures');
    const fixtureOurs = emptyProblems();
    for (const f of fixtures) {
      const diagnostics = computeNameDiagnostics(analyzeEntities(f.text, gazetteer, entityContextFor(f.text)));
      for (const d of diagnostics) {
        fixtureOurs.total++;
        bump(fixtureOurs.byCode, d.code);
        bump(fixtureOurs.words, `${f.text.slice(d.span.start, d.span.end)} (${d.code.replace('cable.name.', '')}, \`${f.name}\`)`);
      }
    }
    const problems = section.table(['text', 'cables', 'ours: name problems', 'per cable', 'cspell: unknown words', 'per cable']);
    const byCode = (p: Problems) => [...p.byCode.entries()].map(([c, n]) => `${n} ${c.replace('cable.name.', '')}`).join(', ');
    if (chosen === all) {
      problems.row(`generated ${corpusLabel}`, files.length, `${oursAllProblems.total} (${byCode(oursAllProblems)})`, perCable(oursAllProblems.total, files.length), cspellProblems.total, perCable(cspellProblems.total, files.length));
    } else {
      problems.row(`generated ${corpusLabel}`, files.length, `${oursAllProblems.total} (${byCode(oursAllProblems)})`, perCable(oursAllProblems.total, files.length), 'not checked', '');
      problems.row(`generated ${chosenLabel}`, chosen.length, `${oursChosenProblems.total} (${byCode(oursChosenProblems)})`, perCable(oursChosenProblems.total, chosen.length), cspellProblems.total, perCable(cspellProblems.total, chosen.length));
    }
    problems.row(
      `**fixtures** (correct text): \`test/fixtures/forms/*.cable\` + \`samples/*.cable\` (${formatBytes(fixtures.reduce((s, f) => s + utf8Length(f.text), 0))})`,
      fixtures.length,
      fixtureOurs.total === 0 ? '0' : `${fixtureOurs.total} (${byCode(fixtureOurs)})`,
      perCable(fixtureOurs.total, fixtures.length),
      fixtureCspell.total,
      perCable(fixtureCspell.total, fixtures.length),
    );
    section.note(
      'The generated corpus carries deliberate damage (typos, clipped first letters), so some flags there are true problems; ' +
      'cspell also flags every name and cover name it does not know. The fixtures are correct text, so a flag there is a false problem, ' +
      'with one exception: the seed cable holds one real typo, `Le Kenong` beside `Li Kenong` (see `samples/README.md`), which is worth flagging. ' +
      '`samples/chronology-problem-1950.cable` is left out: it holds a deliberate date problem. ' +
      `Words cspell flags most on the generated corpus: ${topWords(cspellProblems.words, 12)}. ` +
      `On the fixtures: ${topWords(fixtureCspell.words, 12)}. ` +
      (fixtureOurs.total === 0 ? 'Ours flags nothing on the fixtures.' : `Ours flags on the fixtures: ${topWords(fixtureOurs.words, 12)}.`),
    );
  },
};
