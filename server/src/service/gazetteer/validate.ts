/**
 * Validation of gazetteer JSON against `data/gazetteer.schema.json` (ajv, draft-07). A file with
 * some bad entries still yields its good ones: one broken entry must not take the rest down.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../../data/gazetteer.schema.json';
import type { GazetteerEntryInput, GazetteerProblem } from './types';
import { AFTER_1953, parseDatePoint } from './types';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

export interface GazetteerValidation {
  /** The entries that passed, in file order (a later duplicate id replaces an earlier one when merged). */
  readonly entries: readonly GazetteerEntryInput[];
  readonly problems: readonly GazetteerProblem[];
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'enum' && Array.isArray(error.params['allowedValues'])) {
    return `must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (error.keyword === 'additionalProperties') {
    return `unknown property ${JSON.stringify(error.params['additionalProperty'])}`;
  }
  return error.message ?? 'is not valid';
}

const entryPath = /^\/entries\/(\d+)(?:\/|$)/;

export function validateGazetteer(json: unknown): GazetteerValidation {
  const problems: GazetteerProblem[] = [];
  const validate = validator();
  if (validate(json)) {
    return { entries: checkMeaning((json as { entries: GazetteerEntryInput[] }).entries, problems), problems };
  }
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if'); // the `then` error says it better
  const badEntries = new Set<number>();
  let fileLevel = false;
  for (const error of errors) {
    const m = entryPath.exec(error.instancePath);
    if (m) badEntries.add(Number(m[1]));
    else fileLevel = true;
    problems.push({ path: error.instancePath || '/', message: describe(error) });
  }
  const raw = (json as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(raw) || (fileLevel && badEntries.size === 0)) {
    // The file itself is malformed (no entries array, unknown top-level keys): use nothing from it.
    return { entries: [], problems };
  }
  const good = raw.filter((_, i) => !badEntries.has(i)) as GazetteerEntryInput[];
  return { entries: checkMeaning(good, problems, raw as GazetteerEntryInput[]), problems };
}

/** Checks the schema cannot express: a role ending before it starts, died before born or in another year than the day of death, a generic form of no country. */
function checkMeaning(
  entries: readonly GazetteerEntryInput[],
  problems: GazetteerProblem[],
  all: readonly GazetteerEntryInput[] = entries,
): GazetteerEntryInput[] {
  const out: GazetteerEntryInput[] = [];
  for (const entry of entries) {
    const index = all.indexOf(entry);
    const at = `/entries/${index}`;
    if (entry.born !== undefined && entry.died !== undefined && entry.died < entry.born) {
      problems.push({ path: `${at}/died`, message: 'died before born' });
    }
    if (entry.diedOn !== undefined && entry.died !== undefined && Number(entry.diedOn.slice(0, 4)) !== entry.died) {
      problems.push({ path: `${at}/diedOn`, message: `the day of death is not in the year of death (${entry.died})` });
    }
    const periods: [string, { from?: string | number; to?: string | number }][] = [
      ...(entry.roles ?? []).map((r, i) => [`${at}/roles/${i}`, r] as [string, typeof r]),
      ...(entry.pseudonyms ?? []).map((p, i) => [`${at}/pseudonyms/${i}`, p] as [string, typeof p]),
      ...(entry.variants ?? []).map((v, i) => [`${at}/variants/${i}`, v] as [string, typeof v]),
    ];
    (entry.variants ?? []).forEach((v, i) => {
      if (v.generic && !entry.country && !entry.extend) problems.push({ path: `${at}/variants/${i}/generic`, message: 'a generic form needs the entry\'s "country"' });
    });
    for (const [path, period] of periods) {
      const from = parseDatePoint(period.from);
      // `after-1953` orders after every date of the period covered
      const to = period.to === AFTER_1953 ? { year: 1954 } : parseDatePoint(period.to);
      if (from && to && (to.year < from.year || (to.year === from.year && ((to.month ?? 12) < (from.month ?? 1)
        || (to.month === from.month && (to.day ?? 31) < (from.day ?? 1)))))) {
        problems.push({ path: `${path}/to`, message: 'ends before it starts' });
      }
    }
    out.push(entry);
  }
  return out;
}
