/**
 * What the entity rows need besides each file's text: its EntityContext (the document's date,
 * channels and editorial brackets), which comes from the parse and the chronology. Computed once
 * per run and shared, so the entity rows time recognition alone and the date section need not
 * parse the corpus twice. Also the project's correct fixtures, for the "false problems" rows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCable } from '../server/src/service/parser/parser';
import { analyzeChronology } from '../server/src/service/chronology';
import { entityContextOf } from '../server/src/service/analysis/entityContext';
import type { EntityContext } from '../server/src/service/entities';
import type { CableDocument } from '../server/src/service/parser/ast';
import type { BenchContext } from './context';
import type { Inputs } from './inputs';

/** The repository root, from this file's compiled place `out/bench/`. */
export const repoRoot = path.resolve(__dirname, '..', '..');

const contexts = new WeakMap<Inputs, EntityContext[]>();

/** The EntityContext of one text, exactly as the language service builds it. */
export function entityContextFor(text: string, parsed: CableDocument = parseCable(text)): EntityContext {
  return entityContextOf(parsed, analyzeChronology(parsed));
}

/** Remembers contexts computed elsewhere (the date section computes them on its way). */
export function rememberCorpusContexts(inputs: Inputs, list: EntityContext[]): void {
  contexts.set(inputs, list);
}

/** The EntityContext of every corpus file, in corpus order. */
export function corpusContexts(ctx: BenchContext): EntityContext[] {
  let list = contexts.get(ctx.inputs);
  if (list === undefined) {
    const { files } = ctx.inputs.corpus();
    ctx.log(`parsing the corpus for the entity contexts (${files.length} files)`);
    list = files.map((f, i) => {
      ctx.progress(i);
      return entityContextFor(f.text);
    });
    contexts.set(ctx.inputs, list);
  }
  return list;
}

export interface FixtureFile {
  /** Path relative to the repository root, with forward slashes. */
  readonly name: string;
  readonly text: string;
}

/**
 * The project's correct cables: `test/fixtures/forms/*.cable` and `samples/*.cable`, minus the
 * sample that holds a deliberate chronology problem. Real-looking text with no spelling mistakes,
 * so every problem flagged on it is a false one.
 */
export function correctFixtures(): FixtureFile[] {
  const out: FixtureFile[] = [];
  for (const dir of ['test/fixtures/forms', 'samples']) {
    const abs = path.join(repoRoot, dir);
    if (!fs.existsSync(abs)) continue;
    for (const name of fs.readdirSync(abs).sort()) {
      if (!name.endsWith('.cable') || name === 'chronology-problem-1950.cable') continue;
      out.push({ name: `${dir}/${name}`, text: fs.readFileSync(path.join(abs, name), 'utf8') });
    }
  }
  return out;
}
