/**
 * Date rows: the date scanner alone (every notation of `docs/dates.md`, no roles) on the corpus
 * and on one large file, and the whole chronology (parse, roles, years, clocks, checks) per
 * corpus file; each next to the line-split baseline on the same bytes.
 */
import { analyzeChronology, scanDates } from '../../server/src/service/chronology';
import { allRules, analyzeDocument, defaultSettings, runRules } from '../../server/src/service/analysis';
import { builtinProvider, mergeProviders } from '../../server/src/service/gazetteer';
import { parseCable } from '../../server/src/service/parser/parser';
import { baselineScan } from '../baseline';
import type { BenchSection } from '../context';
import { utf8Length } from '../generator';
import { formatBytes, formatMs, formatRate, formatRatio, formatTiming, measure, type Measurement } from '../harness';
import { KB, MB } from '../inputs';

/** The large file is scanned only when that is expected to take at most this long. */
const BIG_FILE_LIMIT_MS = 30_000;

const gazetteer = mergeProviders([builtinProvider()]).gazetteer;
const chronologyRules = allRules.filter((r) => r.code.startsWith('cable.date.') || r.code.startsWith('cable.count.'));

export const datesSection: BenchSection = {
  title: 'Date recognition: scanDates and analyzeChronology vs. line split + one regex per line',
  async run(ctx, section) {
    const { files, bytes } = ctx.inputs.corpus();
    const texts = files.map((f) => f.text);
    // One large file: the target size, and two smaller ones to see how the time grows.
    const target = ctx.quick ? 1 * MB : 10 * MB;
    const steps = ctx.quick ? [256 * KB, 512 * KB] : [1 * MB, 2 * MB];

    let growth = 1;
    let mentions = 0;
    const scanAll = () => {
      let n = 0;
      for (let i = 0; i < texts.length; i++) {
        ctx.progress(i);
        n += scanDates(texts[i]).length;
      }
      mentions = n;
      return n;
    };
    const baseAll = () => {
      let n = 0;
      for (const t of texts) n += baselineScan(t);
      return n;
    };
    let chronologyMentions = 0;
    let chronologyDiagnostics = 0;
    const chronologyAll = () => {
      let n = 0;
      let d = 0;
      for (let i = 0; i < texts.length; i++) {
        ctx.progress(i);
        // the date and count rules read the timeline; the entity layer is not computed for them
        const analysis = analyzeDocument(texts[i], gazetteer, defaultSettings);
        n += analysis.chronology.mentions.length;
        d += runRules(analysis, chronologyRules).length;
      }
      chronologyMentions = n;
      chronologyDiagnostics = d;
      return n;
    };

    const corpusOptions = { items: files.length, minRuns: ctx.quick ? 2 : 3, warmupMs: 0, budgetMs: 0 };
    ctx.log('dates: scanDates over the corpus');
    const scanCorpus = await measure('scanDates corpus', scanAll, bytes, corpusOptions);
    const baseCorpus = await measure('baseline corpus (dates)', baseAll, bytes, { ...corpusOptions, budgetMs: 1500 });
    const big: { size: number; scan?: Measurement; base: Measurement; projectedMs?: number; mentions: number }[] = [];
    for (const size of steps) {
      const text = ctx.inputs.file(size);
      const bytes = utf8Length(text);
      ctx.log(`dates: scanDates on ${formatBytes(size)}`);
      let found = 0;
      const scan = await measure(`scanDates ${formatBytes(size)}`, () => (found = scanDates(text).length), bytes, { minRuns: size === steps[0] ? 2 : 1, warmupMs: 0, budgetMs: 0, warmup: size === steps[0] });
      const base = await measure(`baseline ${formatBytes(size)} (dates)`, () => baselineScan(text), bytes, { minRuns: 3 });
      big.push({ size, scan, base, mentions: found });
    }
    {
      // The target size only when it can finish in reasonable time, judged from how the time grew
      // between the two smaller sizes; otherwise the row says what it would take.
      const [a, b] = big;
      const exponent = Math.max(1, Math.log(b.scan!.minMs / a.scan!.minMs) / Math.log(b.size / a.size));
      const projectedMs = b.scan!.minMs * Math.pow(target / b.size, exponent);
      const text = ctx.inputs.file(target);
      const bytes = utf8Length(text);
      const base = await measure(`baseline ${formatBytes(target)} (dates)`, () => baselineScan(text), bytes, { minRuns: 3 });
      if (projectedMs <= BIG_FILE_LIMIT_MS) {
        ctx.log(`dates: scanDates on ${formatBytes(target)} (about ${formatMs(projectedMs)})`);
        let found = 0;
        const scan = await measure(`scanDates ${formatBytes(target)}`, () => (found = scanDates(text).length), bytes, { minRuns: projectedMs > 10_000 ? 1 : 3, warmup: false, budgetMs: 0 });
        big.push({ size: target, scan, base, mentions: found });
      } else {
        big.push({ size: target, base, projectedMs, mentions: 0 });
      }
      growth = exponent;
    }
    ctx.log('dates: parse + analyzeChronology over the corpus');
    const chronology = await measure('parse + analyzeChronology corpus', chronologyAll, bytes, { ...corpusOptions, minRuns: ctx.quick ? 1 : 2 });
    // The same on single files, as the server does when one large document is opened.
    const singles: { size: number; chron: Measurement; base: Measurement }[] = [];
    for (const size of ctx.quick ? [100 * KB] : [100 * KB, 1 * MB]) {
      const text = ctx.inputs.file(size);
      const n = utf8Length(text);
      ctx.log(`dates: parse + analyzeChronology on ${formatBytes(size)}`);
      const long = size >= 1 * MB;
      const chron = await measure(`parse + analyzeChronology ${formatBytes(size)}`, () => analyzeChronology(parseCable(text)).mentions.length, n,
        long ? { minRuns: 2, warmup: false, budgetMs: 0 } : { minRuns: 3 });
      const base = await measure(`baseline ${formatBytes(size)} (chronology)`, () => baselineScan(text), n, { minRuns: 3 });
      singles.push({ size, chron, base });
    }

    const corpusLabel = `corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, per file`;
    const table = section.table(['work', 'input', 'time', 'MB/s', 'baseline', 'baseline MB/s', 'time / baseline']);
    table.row('`scanDates`', corpusLabel, formatTiming(scanCorpus), formatRate(scanCorpus.mbPerSec), formatTiming(baseCorpus), formatRate(baseCorpus.mbPerSec), formatRatio(scanCorpus.medianMs / baseCorpus.medianMs));
    for (const r of big) {
      const input = `${formatBytes(r.size)} (one file)`;
      if (r.scan) {
        table.row('`scanDates`', input, formatTiming(r.scan), formatRate(r.scan.mbPerSec), formatTiming(r.base), formatRate(r.base.mbPerSec), formatRatio(r.scan.medianMs / r.base.medianMs));
      } else {
        table.row('`scanDates`', input, `**not run**: about ${formatMs(r.projectedMs ?? 0)} projected`, '', formatTiming(r.base), formatRate(r.base.mbPerSec), `about ${formatRatio((r.projectedMs ?? 0) / r.base.medianMs)}`);
      }
    }
    table.row('`parseCable` + `analyzeChronology`', corpusLabel, formatTiming(chronology), formatRate(chronology.mbPerSec), formatTiming(baseCorpus), formatRate(baseCorpus.mbPerSec), formatRatio(chronology.medianMs / baseCorpus.medianMs));
    for (const r of singles) {
      table.row('`parseCable` + `analyzeChronology`', `${formatBytes(r.size)} (one file)`, formatTiming(r.chron), formatRate(r.chron.mbPerSec), formatTiming(r.base), formatRate(r.base.mbPerSec), formatRatio(r.chron.medianMs / r.base.medianMs));
    }
    section.note(
      `\`scanDates\` finds ${mentions} date and time mentions in the corpus (${(mentions / files.length).toFixed(1)} per cable) ` +
      `and ${big.filter((r) => r.scan).map((r) => `${r.mentions} in the ${formatBytes(r.size)} file`).join(', ')}. ` +
      (growth > 1.3
        ? `**On one large file the time grows faster than the input**: about as size^${growth.toFixed(1)} between ` +
          `${formatBytes(steps[0])} and ${formatBytes(steps[1])}, while the same kind of text in small files (the corpus row) goes fast` +
          (big[big.length - 1].scan ? '. ' : `; so the ${formatBytes(target)} file was not scanned: it would take about ${formatMs(big[big.length - 1].projectedMs ?? 0)} (limit ${formatMs(BIG_FILE_LIMIT_MS)}). `)
        : `The time grows about as size^${growth.toFixed(1)} between ${formatBytes(steps[0])} and ${formatBytes(steps[1])}. `) +
      `\`analyzeChronology\` places ${chronologyMentions} mentions ` +
      `(${(chronologyMentions / files.length).toFixed(1)} per cable) in the cables' structure and raises ${chronologyDiagnostics} chronology diagnostics ` +
      '(the generated dates are random, so many sequences are out of order). The chronology row includes the parse it needs: ' +
      'that is the cost of one check of one file; the parse alone is in the corpus section above. ' +
      'The baseline is the same line split + one regex per line as in the parser rows, over the same bytes.',
    );
  },
};
