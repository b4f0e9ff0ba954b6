/** The user's `cable.*` settings that the analysis and the features read. */
import type { Level } from '../diagnosticCodes';

export interface CableSettings {
  /** `cable.diagnostics.levels`: a level per diagnostic code, e.g. `{ "cable.name.variant": "hint" }`. */
  readonly diagnosticLevels: Readonly<Record<string, Level | undefined>>;
  /** `cable.chronology.toleranceHours`: how far envelope, stamp and footer dates may disagree. */
  readonly toleranceHours: number;
  /** `cable.inlayHints.pseudonyms`: show `[Stalin]` after a cover name with no gloss. */
  readonly pseudonymHints: boolean;
}

export const defaultSettings: CableSettings = Object.freeze({ diagnosticLevels: {}, toleranceHours: 48, pseudonymHints: true });
