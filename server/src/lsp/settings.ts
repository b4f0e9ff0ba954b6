/** Reads the user's `cable.*` settings into the service's shape; anything missing or malformed falls back to the default. */
import type { CableSettings, Level } from '../service';
import { defaultSettings } from '../service';

export interface ServerSettings extends CableSettings {
  /** `cable.gazetteer.files`: workspace gazetteer files, relative to each workspace folder; later files win. Paths leading out of the folder are refused when resolved (WorkspaceGazetteer.filesOf). */
  readonly gazetteerFiles: readonly string[];
  /** `cable.corpus.exclude`: globs of files and folders the corpus index leaves out, relative to a workspace folder. */
  readonly corpusExclude: readonly string[];
  /** `cable.diagnostics.scope`: problems of the open files only, or of every cable of the workspace. */
  readonly diagnosticsScope: 'open' | 'workspace';
}

export const defaultServerSettings: ServerSettings = Object.freeze({
  ...defaultSettings, gazetteerFiles: ['.cable/gazetteer.json'], corpusExclude: ['**/node_modules/**'], diagnosticsScope: 'workspace' as const,
});

const LEVELS = new Set<Level>(['error', 'warning', 'information', 'hint', 'ignore']);

export function readSettings(raw: unknown): ServerSettings {
  const cable = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const section = (name: string) => (cable[name] && typeof cable[name] === 'object' ? (cable[name] as Record<string, unknown>) : {});
  const levels: Record<string, Level> = {};
  const rawLevels = section('diagnostics')['levels'];
  if (rawLevels && typeof rawLevels === 'object') {
    for (const [code, level] of Object.entries(rawLevels as Record<string, unknown>)) {
      if (typeof level === 'string' && LEVELS.has(level as Level)) levels[code] = level as Level;
    }
  }
  const tolerance = section('chronology')['toleranceHours'];
  const hints = section('inlayHints')['pseudonyms'];
  const files = section('gazetteer')['files'];
  const exclude = section('corpus')['exclude'];
  const scope = section('diagnostics')['scope'];
  return Object.freeze({
    diagnosticLevels: levels,
    toleranceHours: typeof tolerance === 'number' && tolerance >= 0 ? tolerance : defaultSettings.toleranceHours,
    pseudonymHints: typeof hints === 'boolean' ? hints : defaultSettings.pseudonymHints,
    gazetteerFiles: Array.isArray(files) && files.every(f => typeof f === 'string') ? files : defaultServerSettings.gazetteerFiles,
    corpusExclude: Array.isArray(exclude) && exclude.every(f => typeof f === 'string') ? exclude : defaultServerSettings.corpusExclude,
    diagnosticsScope: scope === 'open' || scope === 'workspace' ? scope : defaultServerSettings.diagnosticsScope,
  });
}

/** `files.exclude` (`{ "**\/.git": true }`) as the globs that are switched on. */
export function readFilesExclude(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object') return [];
  return Object.entries(raw as Record<string, unknown>).filter(([, on]) => on === true).map(([glob]) => glob);
}
