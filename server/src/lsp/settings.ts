/** Reads the user's `cable.*` settings into the service's shape; anything missing or malformed falls back to the default. */
import type { CableSettings, Level } from '../service';
import { defaultSettings } from '../service';

export interface ServerSettings extends CableSettings {
  /** `cable.gazetteer.files`: workspace gazetteer files, relative to each workspace folder; later files win. */
  readonly gazetteerFiles: readonly string[];
}

export const defaultServerSettings: ServerSettings = Object.freeze({ ...defaultSettings, gazetteerFiles: ['.cable/gazetteer.json'] });

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
  return Object.freeze({
    diagnosticLevels: levels,
    toleranceHours: typeof tolerance === 'number' && tolerance >= 0 ? tolerance : defaultSettings.toleranceHours,
    pseudonymHints: typeof hints === 'boolean' ? hints : defaultSettings.pseudonymHints,
    gazetteerFiles: Array.isArray(files) && files.every(f => typeof f === 'string') ? files : defaultServerSettings.gazetteerFiles,
  });
}
