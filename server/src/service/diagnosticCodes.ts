/**
 * The one registry of diagnostic codes. Codes are stable ids: users refer to them in
 * `cable.diagnostics.levels`, tests assert them, and the README documents them. Almost every
 * code belongs to a rule (`analysis/rule.ts`) and is registered by the rule file alone; the
 * few codes the language server reports itself (a broken workspace gazetteer file) are listed
 * in `hostCodes` below. `npm run build` writes the manifest's and the README's lists from here.
 */
import { allRules } from './analysis/allRules';
import { corpusRules } from './corpus/corpusRules';
import type { Span } from './types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A user-settable level: a severity, or `ignore` to silence the code. */
export type Level = Severity | 'ignore';

/** Codes the language server reports outside the analysis of a cable. */
const hostCodes = {
  'cable.gazetteer.invalid': { level: 'error', summary: 'a workspace gazetteer file that cannot be read (reported in that file)' },
  'cable.diagnostics.truncated': { level: 'information', summary: 'a document with more findings than are reported (the first 5,000 are), at its start' },
} as const satisfies Record<string, { level: Level; summary: string }>;

/** A code: `cable.<area>.<check>`. The registry below knows which exist; the type only keeps the shape. */
export type DiagnosticCode = `cable.${string}`;

export interface CodeInfo {
  readonly code: DiagnosticCode;
  readonly level: Level;
  readonly summary: string;
}

/** Every code with its default level and summary: document rules, then corpus rules, then the host's codes. */
export const diagnosticCodes: readonly CodeInfo[] = Object.freeze([
  ...allRules.map(({ code, level, summary }) => ({ code, level, summary })),
  ...corpusRules.map(({ code, level, summary }) => ({ code, level, summary })),
  ...Object.entries(hostCodes).map(([code, info]) => ({ code: code as DiagnosticCode, level: info.level as Level, summary: info.summary })),
]);

const byCode = new Map<string, CodeInfo>(diagnosticCodes.map(c => [c.code, c]));

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return byCode.has(code);
}

export interface RelatedInformation {
  readonly span: Span;
  readonly message: string;
}

/** A diagnostic as the service computes it; the features convert spans to ranges and apply user levels. */
export interface CableDiagnostic {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedInformation[];
  /** Data a quick fix needs, e.g. `{ replacement: 'Li Kenong' }`. */
  readonly data?: Readonly<Record<string, unknown>>;
}

export function defaultLevel(code: DiagnosticCode): Level {
  return byCode.get(code)?.level ?? 'warning';
}

/** Resolves a code's level from user overrides (`cable.diagnostics.levels`), falling back to the default. */
export function levelFor(code: DiagnosticCode, overrides: Readonly<Record<string, Level | undefined>> | undefined): Level {
  return overrides?.[code] ?? defaultLevel(code);
}
